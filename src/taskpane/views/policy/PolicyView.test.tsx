/** @jest-environment jsdom */
import { followStandard } from "../../../core/policy/stage-inheritance";
import { sampleHost, SAMPLE_AS_OF } from "../../../../test/helpers/sample-book";
import { button, changeValue, click, openTab, renderPane, settled, waitFor, type RenderedPane } from "../../../../test/helpers/render-pane";
import { replayPolicy, replayWindowEndingAt } from "../../../core/replay/replay-policy";
import { analyseWorkbook } from "../../../service/run-collect";
import { ratedRisks, readWhatIfWorkbook } from "../../../service/what-if";
import { POLICY_DRAFT_SHEET_NAME, WHAT_IF_SHEET_NAME } from "../../../workbook/owned";

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

  it("replays the form's policy beside the saved one off the click, shows the change, and writes the draft and the What-if", async () => {
    pane = await openPolicy();
    const host = pane.env.host as Awaited<ReturnType<typeof sampleHost>>;
    await changeValue(stage(pane.container, 5).querySelectorAll("input")[1], "8");
    await click(button(pane.container, "What if…"));
    // The click returns at once: the replay runs in slices between paints, with a spinner and a way to stop it.
    expect(pane.container.textContent).toMatch(/Starting the replay…|Replaying customer \d+ of 40/);
    expect(button(pane.container, "Stop")).toBeTruthy();
    await waitFor(() => {
      if (pane?.container.querySelector('table[aria-label^="What if"]') == null) throw new Error("no what-if yet");
    }, 30000);

    const run = await analyseWorkbook(await sampleHost(), { asOf: SAMPLE_AS_OF });
    const edited = run.policy.stages.map((s) => (s.level === 5 ? { ...s, triggerDaysFromDue: 8 } : s));
    // Scenarios whose level 5 was Standard's (Late-payer risk) follow the edit; those with their own (Key account) keep it.
    const scenarios = run.policy.scenarios.map((s) => (s.stages === null ? s : { ...s, stages: followStandard(s.stages, run.policy.stages, edited) }));
    expect(scenarios.find((s) => s.name === "Late-payer risk")?.stages?.find((st) => st.level === 5)?.triggerDaysFromDue).toBe(8);
    expect(scenarios.find((s) => s.name === "Key account")?.stages?.find((st) => st.level === 5)?.triggerDaysFromDue).toBe(21);
    const draft = { ...run.policy, stages: edited, scenarios };
    const expected = replayPolicy(run.ledger, draft, run.policy, replayWindowEndingAt(SAMPLE_AS_OF), { plans: run.plans, risks: ratedRisks(run.ledger, SAMPLE_AS_OF) });
    const cells = (label: string): string[] => {
      const row = [...pane!.container.querySelectorAll("table[aria-label^='What if'] tr")].find((tr) => tr.querySelector("td")?.textContent === label);
      return [...(row?.querySelectorAll("td") ?? [])].map((td) => td.textContent ?? "");
    };
    const change = expected.draft.contacts.length - expected.current.contacts.length;
    expect(cells("All contacts")).toEqual(["All contacts", expected.current.contacts.length.toLocaleString("en-GB"), expected.draft.contacts.length.toLocaleString("en-GB"), change > 0 ? `+${change}` : change < 0 ? `−${-change}` : "0"]);
    expect(cells("Calls")[2]).toBe(String(expected.draft.byChannel.call));
    expect(cells("DSO (GBP)")[1]).toBe(`${(expected.current.modelled.find((o) => o.currency === "GBP")?.dsoCountback.value ?? 0).toFixed(1)} d`);
    expect(pane.container.textContent).toContain('Compared: Standard stage 5 "Firmer pressure": starts 8 days after due (was 15 days after due).');
    expect(host.log.written).toEqual([]);

    await click(button(pane.container, "Write to the workbook"));
    await waitFor(() => expect(host.log.written).toEqual([POLICY_DRAFT_SHEET_NAME, WHAT_IF_SHEET_NAME]));
    expect(pane.container.textContent).toContain(`Wrote "${POLICY_DRAFT_SHEET_NAME}" and "${WHAT_IF_SHEET_NAME}".`);
    const book = await readWhatIfWorkbook(host);
    expect(book.draftGrid).toBeDefined();
  });

  it("checks the form before replaying: a field that needs a change stops it, with its message", async () => {
    pane = await openPolicy();
    await changeValue(stage(pane.container, 5).querySelectorAll("input")[1], "-30");
    await click(button(pane.container, "What if…"));
    expect(stage(pane.container, 5).textContent).toContain("Must be 1 or later: stages come in order.");
    expect(pane.container.textContent).not.toContain("Starting the replay");
  });
});
