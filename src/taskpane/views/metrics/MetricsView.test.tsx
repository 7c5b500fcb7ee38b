/** @jest-environment jsdom */
import { sampleHost } from "../../../../test/helpers/sample-book";
import { changeValue, openTab, renderPane, settled, type RenderedPane } from "../../../../test/helpers/render-pane";

let pane: RenderedPane | undefined;
afterEach(() => pane?.unmount());

describe("MetricsView", () => {
  it("shows DSO, best possible DSO, CEI, days delinquent, % current and the aging chart of the main currency", async () => {
    pane = await renderPane(await sampleHost());
    await settled(pane.container);
    await openTab(pane.container, "Metrics");
    const figures = [...pane.container.querySelectorAll('[role="group"][aria-label]')].map((el) => el.getAttribute("aria-label"));
    expect(figures).toEqual(expect.arrayContaining(["Open balance: £111,769", "Overdue: £59,216"]));
    expect(figures.find((f) => f?.startsWith("DSO: "))).toMatch(/^DSO: \d+ days$/);
    expect(figures.find((f) => f?.startsWith("CEI: "))).toMatch(/^CEI: \d+%$/);
    expect(figures.find((f) => f?.startsWith("Avg. days delinquent: "))).toBe("Avg. days delinquent: 32 days");
    const bars = [...(pane.container.querySelector('[aria-label="Aging of the open balance in GBP"]')?.querySelectorAll("li") ?? [])].map((li) => li.getAttribute("aria-label"));
    expect(bars).toEqual(["Current: £52,553", "1-30 days: £18,437", "31-60 days: £19,691", "61-90 days: £6,851", "91-120 days: £6,566", "120+ days: £7,670"]);
    expect(pane.container.querySelector('[aria-label="Customers with the most overdue"]')?.textContent).toContain("Quayside Kitchen & Bar Ltd");
  });

  it("shows the expected cash-in by week, adding up to the open receivables", async () => {
    pane = await renderPane(await sampleHost());
    await settled(pane.container);
    await openTab(pane.container, "Metrics");
    const weeks = [...(pane.container.querySelector('[aria-label="Expected cash-in by week"]')?.querySelectorAll("li") ?? [])].map((li) => li.getAttribute("aria-label"));
    expect(weeks).toHaveLength(14);
    expect(weeks[0]).toMatch(/^Week of 30 Nov 2026: £[\d,]+$/);
    expect(weeks[13]).toMatch(/^Later: £[\d,]+$/);
    expect(pane.container.querySelector('[aria-label="Expected cash-in by week"] li')?.textContent).toMatch(/^30 Nov£/);
    expect(pane.container.textContent).toContain("Predicted from how each customer has paid");
    expect(pane.container.textContent).toContain("= the open receivables");
  });

  it("switches currency, never adding pounds and euros", async () => {
    pane = await renderPane(await sampleHost());
    await settled(pane.container);
    await openTab(pane.container, "Metrics");
    await changeValue(pane.container.querySelector('select[aria-label="Currency"]'), "EUR");
    expect(pane.container.querySelector("#metrics-heading")?.textContent).toBe("Receivables in EUR");
    expect(pane.container.textContent).toContain("€352");
  });
});
