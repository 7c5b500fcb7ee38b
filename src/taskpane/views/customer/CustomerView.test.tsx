/** @jest-environment jsdom */
import { sampleHost } from "../../../../test/helpers/sample-book";
import { button, changeValue, click, control, openTab, renderPane, settled, type RenderedPane } from "../../../../test/helpers/render-pane";

let pane: RenderedPane | undefined;
afterEach(() => pane?.unmount());

async function openQuayside(): Promise<RenderedPane> {
  const host = await sampleHost();
  const rendered = await renderPane(host);
  await settled(rendered.container);
  await click(rendered.container.querySelector('li[data-customer="C001"] > button'));
  await settled(rendered.container);
  return rendered;
}

describe("CustomerView", () => {
  it("shows the account status: balance, aging, days to pay, rating, promises, disputes, plan, invoices and history", async () => {
    pane = await openQuayside();
    const text = pane.container.textContent ?? "";
    expect(text).toContain("Quayside Kitchen & Bar Ltd");
    expect(text).toContain("Balance£16,921.22");
    expect(text).toContain("Rating D");
    expect(text).toMatch(/Days to pay\d+ days on average/);
    expect(text).toContain("1 kept · 1 broken");
    expect(pane.container.querySelector('[aria-label="Aging of Quayside Kitchen & Bar Ltd"]')?.querySelectorAll("li")).toHaveLength(6);
    expect(pane.container.querySelector('[aria-label="Open invoices"]')?.textContent).toContain("INV-10290");
    expect(pane.container.querySelector('[aria-label="Contact history, newest first"]')?.textContent).toContain("20 Nov 2026");
    expect(pane.container.querySelector('[aria-label="Today\'s action"]')?.textContent).toContain("Send a final notice with a deadline");
  });

  it("shows the customer's late-payment risk with what it rests on", async () => {
    pane = await openQuayside();
    expect(pane.container.textContent).toMatch(/Late-payment risk\d+ of 100 \(high\) · pays 90 days late on average over 6 invoices, 6 of them late/);
    expect(pane.container.querySelector('[aria-label^="Late-payment risk"][aria-label$="high"]')?.textContent).toBe("Likely late");
  });

  it("says what to fix instead of saving an empty contact", async () => {
    pane = await openQuayside();
    const host = pane.env.host as Awaited<ReturnType<typeof sampleHost>>;
    await click(button(pane.container, "Save to Collect Log"));
    expect(pane.container.textContent).toContain("Say what was discussed.");
    expect(host.log.appended).toEqual([]);
  });

  it("logs a call with a promise to Collect Log; the customer leaves the worklist and shows 'On hold' with the promise", async () => {
    pane = await openQuayside();
    const host = pane.env.host as Awaited<ReturnType<typeof sampleHost>>;
    const form = pane.container.querySelector('form[aria-label="Log a contact with Quayside Kitchen & Bar Ltd"]') as HTMLElement;
    await changeValue(control(form, "Discussed"), "Agreed to clear the oldest invoices");
    await changeValue(control(form, "Offers made"), "Two instalments");
    await changeValue(control(form, "Promised amount (GBP)"), "5000");
    await changeValue(control(form, "Promised by"), "2026-12-10");
    await click(button(form, "Save to Collect Log"));
    await settled(pane.container);
    const row = host.log.appended[0]?.rows[0] ?? [];
    expect(row.slice(1, 9)).toEqual(["10:30", "Quayside Kitchen & Bar Ltd", null, "Dean Whitlock", "Call", "Agreed to clear the oldest invoices", "Two instalments", 5000]);
    expect(pane.container.textContent).toContain("Contact saved in Collect Log");
    expect(pane.container.textContent).toMatch(/NextOn hold: .*promise/);
    expect(pane.container.querySelector('[aria-label="Contact history, newest first"] li')?.textContent).toContain("Promised £5,000.00 by 10 Dec 2026");
    await openTab(pane.container, "Worklist");
    expect(pane.container.querySelector('ul[aria-label="Customers to contact today"] li[data-customer="C001"]')).toBeNull();
    await click(button(pane.container, "On hold ("));
    expect(pane.container.querySelector('ul[aria-label="Customers on hold"] li[data-customer="C001"]')?.textContent).toMatch(/On hold: .*promise/);
  });

  it("asks for a customer when none is selected", async () => {
    pane = await renderPane(await sampleHost());
    await settled(pane.container);
    await openTab(pane.container, "Customer");
    expect(pane.container.textContent).toContain("Pick a customer above, or open one from the Worklist.");
  });
});
