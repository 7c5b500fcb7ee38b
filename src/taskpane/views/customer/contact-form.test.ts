import { validateContactForm, type ContactFormValues } from "./contact-form";

const blank: ContactFormValues = { date: "2026-11-30", time: "", person: "", channel: "call", discussed: "", offers: "", promiseAmount: "", promiseDate: "", disputeOpened: false };
const context = { customerKey: "C001", stage: "6 Final notice", template: "final-notice" };

describe("validateContactForm", () => {
  it.each([
    { name: "a call with notes", values: { ...blank, discussed: "Left a message" }, check: { channel: "call", discussed: "Left a message", promiseCents: null } },
    { name: "a promise with amount and date", values: { ...blank, discussed: "Will pay", promiseAmount: "1,250.50", promiseDate: "2026-12-10" }, check: { promiseCents: 125050, promiseDate: "2026-12-10" } },
    { name: "a promise of the balance (no amount)", values: { ...blank, promiseDate: "2026-12-10" }, check: { promiseCents: null, promiseDate: "2026-12-10" } },
    { name: "a time without a leading zero", values: { ...blank, discussed: "x", time: "9:05" }, check: { time: "09:05" } },
    { name: "a dispute", values: { ...blank, disputeOpened: true }, check: { disputeOpened: true } },
  ])("builds the log entry for $name", ({ values, check }) => {
    const { entry, errors } = validateContactForm(values, context);
    expect(errors).toEqual({});
    expect(entry).toMatchObject({ customerKey: "C001", stage: "6 Final notice", origin: "Collect task pane", ...check });
  });

  it.each([
    { name: "no date", values: { ...blank, date: "", discussed: "x" }, field: "date" },
    { name: "a bad time", values: { ...blank, discussed: "x", time: "25:00" }, field: "time" },
    { name: "nothing said", values: blank, field: "discussed" },
    { name: "a negative amount", values: { ...blank, discussed: "x", promiseAmount: "-5", promiseDate: "2026-12-01" }, field: "promiseAmount" },
    { name: "a word as amount", values: { ...blank, discussed: "x", promiseAmount: "soon", promiseDate: "2026-12-01" }, field: "promiseAmount" },
    { name: "an amount without a date", values: { ...blank, discussed: "x", promiseAmount: "100" }, field: "promiseDate" },
    { name: "a promise before the contact", values: { ...blank, discussed: "x", promiseDate: "2026-11-01" }, field: "promiseDate" },
    { name: "a day that does not exist", values: { ...blank, discussed: "x", promiseDate: "2026-02-30" }, field: "promiseDate" },
  ])("refuses $name and says what to fix", ({ values, field }) => {
    const { entry, errors } = validateContactForm(values, context);
    expect(entry).toBeNull();
    expect(Object.keys(errors)).toEqual([field]);
  });
});
