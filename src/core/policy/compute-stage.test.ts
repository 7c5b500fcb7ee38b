import type { IsoDate } from "../dates/iso-date";
import { computeStage, formatStageLabel, formatStageWhy, type StageInput } from "./compute-stage";
import { DEFAULT_POLICY, resolveTone, type Policy } from "./policy";

const asOf = "2026-11-25" as IsoDate;
const input = (fields: Partial<Omit<StageInput, "dueDate">> & { dueDate: string }): StageInput => ({ asOf, ...fields, dueDate: fields.dueDate as IsoDate });

describe("computeStage: the stage follows days relative to the due date", () => {
  it.each([
    { name: "just invoiced (due in 30 days)", dueDate: "2026-12-25", level: 1, status: "none", label: "1 Invoice sent" },
    { name: "20 days before due", dueDate: "2026-12-15", level: 2, status: "act", label: "2 Delivery confirmed" },
    { name: "6 days before due", dueDate: "2026-12-01", level: 2, status: "act", label: "2 Delivery confirmed" },
    { name: "5 days before due", dueDate: "2026-11-30", level: 3, status: "act", label: "3 Pre-due reminder" },
    { name: "due today", dueDate: "2026-11-25", level: 3, status: "act", label: "3 Pre-due reminder" },
    { name: "1 day past due", dueDate: "2026-11-24", level: 4, status: "act", label: "4 Past-due inquiry" },
    { name: "14 days past due", dueDate: "2026-11-11", level: 4, status: "act", label: "4 Past-due inquiry" },
    { name: "15 days past due", dueDate: "2026-11-10", level: 5, status: "act", label: "5 Firmer pressure" },
    { name: "47 days past due", dueDate: "2026-10-09", level: 6, status: "act", label: "6 Final notice" },
    { name: "90 days past due", dueDate: "2026-08-27", level: 7, status: "act", label: "7 Agency or legal" },
    { name: "two years past due", dueDate: "2024-11-25", level: 7, status: "act", label: "7 Agency or legal" },
  ])("$name → $label", ({ dueDate, level, status, label }) => {
    const result = computeStage(input({ dueDate }));
    expect(result.stage.level).toBe(level);
    expect(result.status).toBe(status);
    expect(formatStageLabel(result)).toBe(label);
  });

  it("a missed run jumps straight to the right level: nothing logged for 100 days → agency", () => {
    const result = computeStage(input({ dueDate: "2026-08-17", lastContact: null }));
    expect(result.stage.id).toBe("agency-legal");
    expect(result.status).toBe("act");
  });

  it("explains the rule path", () => {
    const result = computeStage(input({ dueDate: "2026-10-09", lastContact: "2026-11-03" as IsoDate }));
    expect(formatStageWhy(result)).toBe("Level 6 Final notice: 47 days past due ≥ 45; last contact 3 Nov (22 days ago); not on hold");
  });

  it.each([
    { name: "past due, contacted", due: "2026-11-15", last: "2026-11-03", promise: null, why: "Level 4 Past-due inquiry: 10 days past due ≥ 1; last contact 3 Nov (22 days ago); not on hold" },
    { name: "before the due date", due: "2026-11-28", last: null, promise: null, why: "Level 3 Pre-due reminder: due in 3 days (from 5 days before due); no contact logged; not on hold" },
    { name: "just issued", due: "2026-12-25", last: null, promise: null, why: "Level 1 Invoice sent: due in 30 days (from the invoice date); no action at this stage" },
    { name: "waiting after a recent contact", due: "2026-11-15", last: "2026-11-23", promise: null, why: "Level 4 Past-due inquiry: 10 days past due ≥ 1; last contact 23 Nov, 2 days ago (minimum 7); wait until 30 Nov" },
    { name: "held by a promise", due: "2026-10-09", last: null, promise: "2026-12-01", why: "Level 6 Final notice: 47 days past due ≥ 45; on hold: promise to pay by 1 Dec" },
    { name: "a promise from last year broken", due: "2025-12-20", last: null, promise: "2025-12-30", why: "Level 7 Agency or legal: 340 days past due ≥ 90; promise to pay by 30 Dec 2025 was broken; no contact logged; not on hold" },
  ])("explains the rule path when $name", ({ due, last, promise, why }) => {
    const result = computeStage(input({ dueDate: due, lastContact: last as IsoDate | null, promiseDate: promise as IsoDate | null }));
    expect(formatStageWhy(result)).toBe(why);
  });

  it("says when the first stage with an action starts", () => {
    const result = computeStage(input({ dueDate: "2026-12-25" }));
    expect(result.nextActionDate).toBe("2026-12-05");
  });
});

describe("computeStage: holds", () => {
  it.each([
    { name: "an open dispute holds", fields: { disputed: true }, hold: "disputed", label: "On hold: disputed" },
    { name: "the stop switch holds", fields: { onHold: true }, hold: "stopped", label: "On hold: stopped" },
    { name: "the stop switch wins over a dispute", fields: { onHold: true, disputed: true }, hold: "stopped", label: "On hold: stopped" },
    { name: "a promise not yet due holds", fields: { promiseDate: "2026-12-01" as IsoDate }, hold: "promise", label: "On hold: promise to pay by 2026-12-01" },
    { name: "a promise due today still holds", fields: { promiseDate: asOf }, hold: "promise", label: "On hold: promise to pay by 2026-11-25" },
  ])("$name", ({ fields, hold, label }) => {
    const result = computeStage(input({ dueDate: "2026-10-09", ...fields }));
    expect(result.status).toBe("hold");
    expect(result.hold).toBe(hold);
    expect(formatStageLabel(result)).toBe(label);
  });

  it("a held promise says when to look again", () => {
    expect(computeStage(input({ dueDate: "2026-10-09", promiseDate: "2026-12-01" as IsoDate })).nextActionDate).toBe("2026-12-02");
  });
});

describe("computeStage: broken promises escalate", () => {
  it.each([
    { name: "inquiry becomes firmer pressure", dueDate: "2026-11-20", level: 5 },
    { name: "firmer pressure becomes final notice", dueDate: "2026-11-01", level: 6 },
    { name: "agency stays agency (the top)", dueDate: "2026-06-01", level: 7 },
  ])("$name", ({ dueDate, level }) => {
    const result = computeStage(input({ dueDate, promiseDate: "2026-11-22" as IsoDate }));
    expect(result.brokenPromise).toBe(true);
    expect(result.stage.level).toBe(level);
    expect(formatStageLabel(result)).toContain("broken promise");
  });

  it("a promise broken before the due date flags but does not escalate", () => {
    const result = computeStage(input({ dueDate: "2026-11-28", promiseDate: "2026-11-20" as IsoDate }));
    expect(result.brokenPromise).toBe(true);
    expect(result.stage.level).toBe(3);
  });
});

describe("computeStage: contact frequency", () => {
  it.each([
    { name: "contacted 3 days ago: wait", lastContact: "2026-11-22", status: "act", expected: "wait", next: "2026-11-29" },
    { name: "contacted 7 days ago: act", lastContact: "2026-11-18", status: "act", expected: "act", next: "2026-11-25" },
    { name: "a contact logged after the as-of date is ignored", lastContact: "2026-11-30", status: "act", expected: "act", next: "2026-11-25" },
  ])("$name", ({ lastContact, expected, next }) => {
    const result = computeStage(input({ dueDate: "2026-11-20", lastContact: lastContact as IsoDate }));
    expect(result.status).toBe(expected);
    expect(result.nextActionDate).toBe(next);
  });

  it("labels the wait", () => {
    expect(formatStageLabel(computeStage(input({ dueDate: "2026-11-20", lastContact: "2026-11-22" as IsoDate })))).toBe("4 Past-due inquiry (wait until 2026-11-29)");
  });
});

describe("policy rules", () => {
  it("grace days push the past-due stages back", () => {
    const lenient: Policy = { ...DEFAULT_POLICY, graceDays: 5 };
    expect(computeStage(input({ dueDate: "2026-11-21" }), lenient).stage.level).toBe(3);
    expect(computeStage(input({ dueDate: "2026-11-19" }), lenient).stage.level).toBe(4);
  });

  it.each([
    { rule: "by-history", chronic: true, tone: "firm" },
    { rule: "by-history", chronic: false, tone: "soft" },
    { rule: "by-history", chronic: null, tone: "soft" },
    { rule: "firm", chronic: false, tone: "firm" },
    { rule: "soft", chronic: true, tone: "soft" },
  ] as const)("tone $rule for chronic=$chronic is $tone", ({ rule, chronic, tone }) => {
    expect(resolveTone(rule, chronic)).toBe(tone);
  });

  it("the default policy has the seven stages in order", () => {
    expect(DEFAULT_POLICY.stages.map((s) => s.level)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const triggers = DEFAULT_POLICY.stages.map((s) => s.triggerDaysFromDue ?? Number.NEGATIVE_INFINITY);
    expect([...triggers].sort((a, b) => a - b)).toEqual(triggers);
  });
});

describe("computeStage: payment plans and promise grace", () => {
  it("a plan on track holds", () => {
    const result = computeStage(input({ dueDate: "2026-10-09", planOnTrack: true }));
    expect(result.status).toBe("hold");
    expect(result.hold).toBe("plan");
    expect(formatStageLabel(result)).toBe("On hold: payment plan");
  });

  it("the stop switch and a dispute win over a plan", () => {
    expect(computeStage(input({ dueDate: "2026-10-09", planOnTrack: true, disputed: true })).hold).toBe("disputed");
    expect(computeStage(input({ dueDate: "2026-10-09", planOnTrack: true, onHold: true })).hold).toBe("stopped");
  });

  it.each([
    { name: "inquiry becomes firmer pressure", dueDate: "2026-11-20", level: 5 },
    { name: "firmer pressure becomes final notice", dueDate: "2026-11-01", level: 6 },
  ])("a missed instalment escalates like a broken promise: $name", ({ dueDate, level }) => {
    const result = computeStage(input({ dueDate, missedInstallmentDate: "2026-11-15" as IsoDate }));
    expect(result.brokenPromise).toBe(true);
    expect(result.stage.level).toBe(level);
    expect(result.why[0]).toContain("plan instalment due 15 Nov was missed");
    expect(formatStageLabel(result)).toContain("missed instalment");
  });

  it.each([
    { name: "inside the grace days the promise still holds", promiseDate: "2026-11-23", grace: 2, status: "hold", broken: false },
    { name: "after the grace days it is broken", promiseDate: "2026-11-22", grace: 2, status: "act", broken: true },
    { name: "without grace the day after is broken", promiseDate: "2026-11-24", grace: 0, status: "act", broken: true },
  ])("$name", ({ promiseDate, grace, status, broken }) => {
    const result = computeStage(input({ dueDate: "2026-11-01", promiseDate: promiseDate as IsoDate, promiseGraceDays: grace }));
    expect(result.status).toBe(status);
    expect(result.brokenPromise).toBe(broken);
  });

  it("a held promise with grace shows the promised date and looks again after the grace", () => {
    const result = computeStage(input({ dueDate: "2026-11-01", promiseDate: "2026-11-24" as IsoDate, promiseGraceDays: 2 }));
    expect(formatStageLabel(result)).toBe("On hold: promise to pay by 2026-11-24");
    expect(result.nextActionDate).toBe("2026-11-27");
  });
});
