import { sampleHost, SAMPLE_AS_OF } from "../../test/helpers/sample-book";
import type { IsoDate } from "../core/dates/iso-date";
import type { ContactLogEntry } from "../core/ledger/ledger";
import type { Cents } from "../core/money/cents";
import { LOG_SHEET_NAME } from "../workbook/owned";
import { logContact, markDoneEntry, PANE_LOG_ORIGIN } from "./log-contact";
import { analyseWorkbook } from "./run-collect";

function promiseEntry(customerKey: string): ContactLogEntry {
  return {
    date: SAMPLE_AS_OF,
    time: "10:30",
    customerKey,
    invoiceNo: null,
    person: "Dean Whitlock",
    channel: "call",
    discussed: "Agreed to pay the overdue invoices",
    offers: "Pay in two parts",
    promiseCents: 500000 as Cents,
    promiseDate: "2026-12-10" as IsoDate,
    disputeOpened: false,
    stage: null,
    template: null,
    origin: PANE_LOG_ORIGIN,
    source: null,
  };
}

describe("logContact", () => {
  it("appends the contact to Collect Log, creating the sheet first when the workbook has none", async () => {
    const host = await sampleHost();
    const run = await analyseWorkbook(host, { asOf: SAMPLE_AS_OF });
    await logContact(host, run.ledger, promiseEntry("C001"));
    expect(host.log.created).toEqual([LOG_SHEET_NAME]);
    const [appended] = host.log.appended;
    expect(appended?.sheet).toBe(LOG_SHEET_NAME);
    expect(appended?.rows[0]?.slice(1, 7)).toEqual(["10:30", "Quayside Kitchen & Bar Ltd", null, "Dean Whitlock", "Call", "Agreed to pay the overdue invoices"]);
    expect(appended?.rows[0]?.[8]).toBe(5000);
  });

  it("holds the customer on the promise in the next analysis: off the worklist, 'On hold' with the reason", async () => {
    const host = await sampleHost();
    const before = await analyseWorkbook(host, { asOf: SAMPLE_AS_OF });
    expect(before.worklist.rows.map((row) => row.customerKey)).toContain("C001");
    await logContact(host, before.ledger, promiseEntry("C001"));
    const after = await analyseWorkbook(host, { asOf: SAMPLE_AS_OF });
    expect(after.worklist.rows.map((row) => row.customerKey)).not.toContain("C001");
    const status = after.statuses.find((s) => s.customerKey === "C001");
    expect(status?.nextAction).toMatch(/^On hold: .*promise/);
  });

  it("takes a customer off today's list when its action is marked done", async () => {
    const host = await sampleHost();
    const before = await analyseWorkbook(host, { asOf: SAMPLE_AS_OF });
    const row = before.worklist.rows.find((r) => r.customerKey === "C032");
    if (row === undefined) throw new Error("the sample's worklist should have C032");
    await logContact(host, before.ledger, markDoneEntry(row, SAMPLE_AS_OF, "09:00"));
    const after = await analyseWorkbook(host, { asOf: SAMPLE_AS_OF });
    expect(after.worklist.rows.map((r) => r.customerKey)).not.toContain("C032");
  });
});

describe("markDoneEntry", () => {
  it("records the row's stage, template and channel so the next run counts the contact at that level", async () => {
    const host = await sampleHost();
    const run = await analyseWorkbook(host, { asOf: SAMPLE_AS_OF });
    const row = run.worklist.rows[0];
    if (row === undefined) throw new Error("empty worklist");
    const entry = markDoneEntry(row, SAMPLE_AS_OF, null);
    expect(entry).toMatchObject({ customerKey: row.customerKey, stage: `${row.stageLevel} ${row.stageName}`, template: row.template, origin: PANE_LOG_ORIGIN });
    expect(entry.channel).toBe(row.channel);
  });
});
