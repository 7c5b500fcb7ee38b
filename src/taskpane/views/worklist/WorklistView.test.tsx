/** @jest-environment jsdom */
import { sampleHost } from "../../../../test/helpers/sample-book";
import { button, changeValue, click, renderPane, settled, type RenderedPane } from "../../../../test/helpers/render-pane";

let pane: RenderedPane | undefined;
afterEach(() => pane?.unmount());

function rows(container: HTMLElement): string[] {
  return [...container.querySelectorAll('ul[aria-label="Customers to contact today"] > li')].map((li) => li.getAttribute("data-customer") ?? "");
}

describe("WorklistView", () => {
  it("lists today's customers ranked, each with its stage, channel, amount and reason", async () => {
    const host = await sampleHost();
    pane = await renderPane(host);
    await settled(pane.container);
    expect(pane.container.querySelector("#worklist-heading")?.textContent).toBe("15 customers to contact");
    expect(rows(pane.container)).toHaveLength(15);
    const first = pane.container.querySelector('li[data-customer="C001"]');
    expect(first?.textContent).toContain("Quayside Kitchen & Bar Ltd");
    expect(first?.textContent).toContain("6 · Final notice");
    expect(first?.textContent).toContain("£16,921");
    expect(first?.textContent).toContain("broke a promise on 16 Nov");
    expect(first?.querySelector('[aria-label="Letter"]')).not.toBeNull();
    expect(first?.textContent).toContain("likely late (risk 100)");
    expect(pane.container.querySelector('li[data-customer="C023"]')?.textContent ?? "").not.toContain("likely late");
  });

  it("filters by collector and by minimum age, and clears the filters", async () => {
    pane = await renderPane(await sampleHost());
    await settled(pane.container);
    await click(button(pane.container, "Filters"));
    const group = pane.container.querySelector('[aria-label="Worklist filters"]') as HTMLElement;
    const [stage, collector] = [...group.querySelectorAll("select")];
    await changeValue(collector, "Tom Gallagher");
    const tom = rows(pane.container);
    expect(tom.length).toBeGreaterThan(0);
    expect(tom.length).toBeLessThan(15);
    await changeValue(stage, "6");
    expect(rows(pane.container)).toEqual([]);
    expect(pane.container.textContent).toContain("No customer matches these filters.");
    await click(button(pane.container, "Clear filters"));
    await changeValue(group.querySelector('input[type="number"]'), "60");
    expect(rows(pane.container)).toEqual(["C001"]);
  });

  it("opens the customer on click and selects the customer's rows in Excel", async () => {
    const host = await sampleHost();
    pane = await renderPane(host);
    await settled(pane.container);
    await click(pane.container.querySelector('li[data-customer="C015"] > button'));
    await settled(pane.container);
    expect(pane.container.querySelector('[role="tab"][aria-selected="true"]')?.textContent).toMatch(/^Customer/);
    expect(pane.container.querySelector("h2")?.textContent).toContain("Coastline Convenience Stores Ltd");
    expect(host.log.selected).toHaveLength(1);
    expect(host.log.selected[0]?.[0]).toMatch(/^Invoices!A\d+:M\d+$/);
  });

  it("logs 'Done' in Collect Log and takes the customer off today's list", async () => {
    const host = await sampleHost();
    pane = await renderPane(host);
    await settled(pane.container);
    await click(button(pane.container, "Mark done: ask whether there is a problem with the overdue invoice for Kestrel"));
    await settled(pane.container);
    expect(host.log.appended[0]?.sheet).toBe("Collect Log");
    expect(host.log.appended[0]?.rows[0]).toEqual(expect.arrayContaining(["10:30", "Kestrel Facilities Management Ltd", "E-mail", "4 Past-due inquiry", "Collect task pane"]));
    expect(rows(pane.container)).not.toContain("C032");
    expect(pane.container.textContent).toContain("Kestrel Facilities Management Ltd: done, logged in Collect Log.");
  });
});
