/** @jest-environment jsdom */
import { sampleHost } from "../../../../test/helpers/sample-book";
import { button, changeValue, click, control, openTab, renderPane, settled, type RenderedPane } from "../../../../test/helpers/render-pane";

let pane: RenderedPane | undefined;
afterEach(() => pane?.unmount());

async function openSetup(): Promise<RenderedPane> {
  const rendered = await renderPane(await sampleHost());
  await settled(rendered.container);
  await openTab(rendered.container, "Setup");
  return rendered;
}

describe("SetupView", () => {
  it("lists each sheet with its role, and the first one's columns with confidence and sample values", async () => {
    pane = await openSetup();
    const text = pane.container.textContent ?? "";
    expect(text).toContain("510 invoices, 506 payments and 40 customers read from 5 sheets.");
    expect(text).toContain("InvoicesInvoices");
    expect(text).toContain("Contact LogContact log");
    const due = pane.container.querySelector('[data-field="dueDate"]');
    expect(due?.textContent).toContain("100% sure");
    expect((due?.querySelector("select") as HTMLSelectElement).value).toBe("F");
    expect(due?.textContent).toMatch(/\d{4}-\d{2}-\d{2} · \d{4}-\d{2}-\d{2}/);
  });

  it("saves a changed column in Collect Settings and reads the workbook again", async () => {
    pane = await openSetup();
    const host = pane.env.host as Awaited<ReturnType<typeof sampleHost>>;
    await changeValue(pane.container.querySelector('[data-field="notes"] select'), "none");
    await settled(pane.container);
    expect(host.log.written).toEqual(["Collect Settings"]);
    expect(pane.container.querySelector('[data-field="notes"]')).toBeNull();
    expect(pane.container.textContent).toContain('Saved in the "Collect Settings" sheet');
  });

  it("marks a column the user chose, and lets Collect decide again", async () => {
    pane = await openSetup();
    const host = pane.env.host as Awaited<ReturnType<typeof sampleHost>>;
    await changeValue(pane.container.querySelector('[data-field="notes"] select'), "K");
    await settled(pane.container);
    expect(pane.container.querySelector('[data-field="notes"]')?.textContent).toContain("Set by you");
    await changeValue(pane.container.querySelector('[data-field="notes"] select'), "");
    await settled(pane.container);
    expect(pane.container.querySelector('[data-field="notes"]')?.textContent).toContain("100% sure");
    expect(host.log.written).toEqual(["Collect Settings", "Collect Settings"]);
  });

  it("lists the problems found with their cells", async () => {
    pane = await openSetup();
    expect(pane.container.querySelector('[aria-label="Problems found in the workbook"]')?.textContent).toContain("Company!A1: ");
  });

  it("re-analyses for another as-of date", async () => {
    pane = await openSetup();
    await changeValue(control(pane.container, "As-of date"), "2026-12-31");
    await click(button(pane.container, "Apply"));
    await settled(pane.container);
    expect(pane.container.querySelector("header")?.textContent).toContain("as of 31 Dec 2026");
  });
});
