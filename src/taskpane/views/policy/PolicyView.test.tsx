/** @jest-environment jsdom */
import { sampleHost } from "../../../../test/helpers/sample-book";
import { button, changeValue, click, openTab, renderPane, settled, type RenderedPane } from "../../../../test/helpers/render-pane";

let pane: RenderedPane | undefined;
afterEach(() => pane?.unmount());

async function openPolicy(): Promise<RenderedPane> {
  const rendered = await renderPane(await sampleHost());
  await settled(rendered.container);
  await openTab(rendered.container, "Policy");
  return rendered;
}

function stage(container: HTMLElement, level: number, scenario = "Standard"): HTMLElement {
  const found = container.querySelector<HTMLElement>(`[role="group"][aria-label="Stage ${level} of ${scenario}"]`);
  if (found === null) throw new Error(`no stage ${level} of ${scenario}`);
  return found;
}

describe("PolicyView", () => {
  it("shows the Standard stages with their days, channel and tone", async () => {
    pane = await openPolicy();
    const final = stage(pane.container, 6);
    expect((final.querySelector('input[aria-label="Name of stage 6"]') as HTMLInputElement).value).toBe("Final notice");
    const [days, wait] = [...final.querySelectorAll<HTMLInputElement>("input")].slice(1);
    expect(days?.value).toBe("45");
    expect(wait?.value).toBe("10");
    expect([...final.querySelectorAll("select")].map((s) => s.value)).toEqual(["letter", "firm"]);
  });

  it("refuses a stage that starts before the one below it, saying so under the field, and writes nothing", async () => {
    pane = await openPolicy();
    const host = pane.env.host as Awaited<ReturnType<typeof sampleHost>>;
    await changeValue(stage(pane.container, 5).querySelectorAll("input")[1], "-30");
    await click(button(pane.container, "Save policy"));
    expect(stage(pane.container, 5).textContent).toContain("Must be 1 or later: stages come in order.");
    expect(pane.container.textContent).toContain("One field needs a change");
    expect(host.log.written).toEqual([]);
  });

  it("saves a valid change to Collect Policy and re-analyses with it", async () => {
    pane = await openPolicy();
    const host = pane.env.host as Awaited<ReturnType<typeof sampleHost>>;
    await changeValue(stage(pane.container, 6).querySelectorAll("input")[1], "30");
    await click(button(pane.container, "Save policy"));
    await settled(pane.container);
    expect(host.log.written).toEqual(["Collect Policy"]);
    expect(pane.container.textContent).toContain('Policy saved in the "Collect Policy" sheet');
    expect((stage(pane.container, 6).querySelectorAll("input")[1] as HTMLInputElement).value).toBe("30");
  });

  it("gives a scenario its own stages to edit", async () => {
    pane = await openPolicy();
    await changeValue(pane.container.querySelector("select"), "Public sector");
    expect(pane.container.textContent).toContain("Public sector uses the Standard stages with 15 grace days.");
    await click(button(pane.container, "Give Public sector its own stages"));
    expect(stage(pane.container, 4, "Public sector")).toBeTruthy();
  });
});
