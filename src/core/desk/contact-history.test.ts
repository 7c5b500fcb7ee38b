import { DEFAULT_COLLECT_POLICY } from "../policy/collect-policy";
import { day, testContact } from "./_lib/test-ledger";
import { indexContacts, lastContactAtLevel, lastContactBy, lastContactDate, lastLeveledContact, loggedLevel } from "./contact-history";

const asOf = day("2026-11-25");

describe("indexContacts and the last-contact look-ups", () => {
  const contacts = [
    testContact({ date: "2026-11-20", invoiceNo: "INV-2", channel: "call", stage: "5 Firmer pressure" }),
    testContact({ date: "2026-11-01", invoiceNo: null, channel: "e-mail", stage: "Past-due inquiry" }),
    testContact({ date: "2026-11-30", invoiceNo: null, channel: "letter" }),
    testContact({ date: "2026-11-10", customer: "C2" }),
  ];
  const history = indexContacts(contacts, asOf).get("C1") ?? [];

  it("keeps entries up to the as-of date, oldest first, per customer", () => {
    expect(history.map((entry) => entry.date)).toEqual(["2026-11-01", "2026-11-20"]);
  });

  it.each([
    { name: "an invoice with its own contact", invoiceNo: "INV-2", date: "2026-11-20" },
    { name: "another invoice: the customer-wide contact covers it", invoiceNo: "INV-9", date: "2026-11-01" },
    { name: "any invoice (frequency cap)", invoiceNo: null, date: "2026-11-20" },
  ])("lastContactDate for $name", ({ invoiceNo, date }) => {
    expect(lastContactDate(history, invoiceNo)).toBe(date);
  });

  it("finds the last call and the last known level", () => {
    expect(lastContactBy(history, "call")?.date).toBe("2026-11-20");
    expect(lastContactBy(history, "letter")).toBeNull();
    expect(lastLeveledContact(history, DEFAULT_COLLECT_POLICY)).toEqual({ level: 5, date: "2026-11-20" });
    expect(lastContactAtLevel(history, 4, DEFAULT_COLLECT_POLICY)).toBe("2026-11-20");
    expect(lastContactAtLevel(history, 6, DEFAULT_COLLECT_POLICY)).toBeNull();
  });
});

describe("loggedLevel", () => {
  it.each([
    { name: "the level number first", stage: "6 Final notice", template: null, level: 6 },
    { name: "'Level 3'", stage: "Level 3", template: null, level: 3 },
    { name: "a stage name in any case", stage: "final NOTICE", template: null, level: 6 },
    { name: "a stage id", stage: "agency-legal", template: null, level: 7 },
    { name: "a scenario's own stage name", stage: "Welcome call", template: null, level: 2 },
    { name: "the template when the stage is blank", stage: null, template: "firm-reminder", level: 5 },
  ])("reads $name", ({ stage, template, level }) => {
    expect(loggedLevel(testContact({ stage, template }), DEFAULT_COLLECT_POLICY)).toBe(level);
  });

  it.each([
    { name: "nothing", stage: null, template: null },
    { name: "free text", stage: "spoke to Dean", template: null },
    { name: "template none", stage: null, template: "none" },
    { name: "an unknown template", stage: "", template: "christmas-card" },
  ])("gives null for $name", ({ stage, template }) => {
    expect(loggedLevel(testContact({ stage, template }), DEFAULT_COLLECT_POLICY)).toBeNull();
  });
});
