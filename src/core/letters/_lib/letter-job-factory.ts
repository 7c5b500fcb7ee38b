/**
 * Test factories and demo data for letters: the only place outside a checked constructor that brands values.
 * Used by the letter tests, the golden files, the demo rendering and the 5,000-letter bench.
 */
import { addDays, diffDays, type IsoDate } from "../../dates/iso-date";
import type { Cents } from "../../money/cents";
import type { CellAddress } from "../../types/issue";
import type { LetterJob, LetterLine, LetterSender } from "../letter-job";

/** The sample workbook's company (src/cli/sample): a Southampton wholesaler. The IBAN is the documentation example. */
export const HARBOUR_LANE: LetterSender = {
  name: "Harbour Lane Supplies Ltd",
  address: "Unit 4, Harbour Lane Trade Park, Southampton, SO14 3QL",
  phone: "023 8049 6000",
  email: "accounts@harbourlanesupplies.example",
  website: null,
  companyNumber: "08123456",
  vatNumber: "GB 123 4567 89",
  bank: {
    bankName: "NatWest, Southampton City branch",
    accountName: "Harbour Lane Supplies Ltd",
    sortCode: "60-16-13",
    accountNumber: "31926819",
    iban: "GB29 NWBK 6016 1331 9268 19",
    bic: "NWBKGB2L",
  },
  paymentLink: "https://pay.example.com/harbour-lane",
  senderName: "Priya Shah",
  senderTitle: null,
  bccSelf: "accounts@harbourlanesupplies.example",
};

/** The as-of date of the sample workbook. */
export const SAMPLE_AS_OF = "2026-11-30" as IsoDate;

/** A cell address for tests. @example cell("Customers!A2") //=> "Customers!A2" */
export function cell(address: string): CellAddress {
  return address as CellAddress;
}

/**
 * An invoice line due `daysPastDue` days before `asOf` on net-30 terms, fully open unless `openCents` says; a negative
 * amount makes a credit note (no due date).
 *
 * @example makeLine("INV-1", 100_00, 10).dueDate //=> "2026-11-20"
 */
export function makeLine(invoiceNo: string, amountCents: number, daysPastDue: number, asOf: IsoDate = SAMPLE_AS_OF, openCents: number = amountCents): LetterLine {
  const dueDate = addDays(asOf, -daysPastDue);
  const credit = amountCents < 0;
  return {
    invoiceNo,
    kind: credit ? "credit-memo" : "invoice",
    invoiceDate: addDays(dueDate, -30),
    dueDate: credit ? null : dueDate,
    amountCents: amountCents as Cents,
    openCents: openCents as Cents,
    daysPastDue: credit ? null : diffDays(dueDate, asOf),
  };
}

/**
 * Totals as the desk computes them: all lines netted; overdue = open balance of lines past due.
 *
 * @example totalsOf([makeLine("A", 100_00, 10), makeLine("B", 50_00, -3)]) //=> { totalDueCents: 15000, overdueCents: 10000, oldestDaysPastDue: 10 }
 */
export function totalsOf(lines: readonly LetterLine[]): LetterJob["totals"] {
  const total = lines.reduce((sum, line) => sum + line.openCents, 0);
  const overdueLines = lines.filter((line) => line.kind === "invoice" && (line.daysPastDue ?? 0) > 0);
  return {
    totalDueCents: total as Cents,
    overdueCents: overdueLines.reduce((sum, line) => sum + line.openCents, 0) as Cents,
    oldestDaysPastDue: overdueLines.reduce((max, line) => Math.max(max, line.daysPastDue ?? 0), 0),
  };
}

/** Overrides for `makeLetterJob`: any top-level field, and customer/company fields merged into the defaults. */
export type LetterJobOverrides = Partial<Omit<LetterJob, "customer" | "company">> & {
  readonly customer?: Partial<LetterJob["customer"]>;
  readonly company?: Partial<LetterSender>;
};

/**
 * A realistic English final notice to Quayside Kitchen & Bar, with any field overridden.
 *
 * @example makeLetterJob({ tone: "soft" }).templateId //=> "final-notice"
 */
export function makeLetterJob(overrides: LetterJobOverrides = {}): LetterJob {
  const asOf = overrides.asOf ?? SAMPLE_AS_OF;
  const lines = overrides.lines ?? [
    makeLine("INV-10231", 1_284_50, 62, asOf),
    makeLine("INV-10307", 846_00, 48, asOf, 446_00),
    makeLine("CN-00412", -120_00, 0, asOf),
  ];
  const { customer, company, ...rest } = overrides;
  return {
    customer: {
      key: "C001",
      accountRef: "C001",
      name: "Quayside Kitchen & Bar Ltd",
      contactPerson: "Dean Whitlock",
      email: "dean@quaysidekitchen.example",
      cc: [],
      address: "14 Town Quay, Southampton, SO14 2AQ",
      language: "en",
      ...customer,
    },
    company: { ...HARBOUR_LANE, ...company },
    stage: { id: "final-notice", level: 6, name: "Final notice" },
    tone: "firm",
    templateId: "final-notice",
    asOf,
    currency: "GBP",
    lines,
    totals: totalsOf(lines),
    deadline: addDays(asOf, 14),
    fees: null,
    promise: null,
    plan: null,
    source: cell("Customers!A2"),
    ...rest,
  };
}

/**
 * The German firm reminder to Gasthaus Brandt in Cologne, in euros.
 *
 * @example makeGermanJob().customer.language //=> "de"
 */
export function makeGermanJob(overrides: LetterJobOverrides = {}): LetterJob {
  const lines = overrides.lines ?? [makeLine("INV-10188", 2_350_00, 33), makeLine("INV-10254", 1_120_40, 19), makeLine("INV-10342", 640_00, -12)];
  return makeLetterJob({
    customer: {
      key: "C006", accountRef: "C006", name: "Gasthaus Brandt GmbH", contactPerson: "Klaus Brandt",
      email: "buchhaltung@gasthaus-brandt.example", address: "Severinstraße 112, 50678 Köln, Deutschland", language: "de",
      ...overrides.customer,
    },
    stage: { id: "firmer-pressure", level: 5, name: "Firmer pressure" },
    tone: "firm",
    templateId: "firm-reminder",
    currency: "EUR",
    lines,
    deadline: null,
    source: cell("Customers!A7"),
    ...withoutNested(overrides),
  });
}

function withoutNested(overrides: LetterJobOverrides): Partial<Omit<LetterJob, "customer" | "company">> & { company?: Partial<LetterSender> } {
  const { customer: _customer, ...rest } = overrides;
  return rest;
}

const NAMES = ["Quayside Kitchen", "Beacon Hill Hotel", "Wessex Event Catering", "Mill Street Deli", "Pennington Stationers", "Solent Leisure Trust", "Greenaway Garden Centre", "Riverside Kitchens"];
const TEMPLATES: readonly (readonly [string, "soft" | "firm"])[] = [["past-due", "soft"], ["past-due", "firm"], ["firm-reminder", "soft"], ["firm-reminder", "firm"], ["final-notice", "firm"], ["statement", "soft"]];

/**
 * `count` varied, deterministic jobs (English and German, 1–6 lines, every overdue template) for the bench.
 *
 * @example syntheticLetterJobs(3).map((job) => job.customer.key) //=> ["B00000", "B00001", "B00002"]
 */
export function syntheticLetterJobs(count: number): readonly LetterJob[] {
  const jobs: LetterJob[] = [];
  for (let index = 0; index < count; index += 1) {
    const key = `B${String(index).padStart(5, "0")}`;
    const german = index % 5 === 4;
    const lineCount = 1 + (index % 6);
    const lines = Array.from({ length: lineCount }, (_, line) =>
      makeLine(`INV-${String(20000 + index * 7 + line)}`, 100_00 + ((index * 7919 + line * 104_729) % 900_000), 5 + ((index + line * 13) % 80)));
    const [templateId, tone] = TEMPLATES[index % TEMPLATES.length] ?? ["past-due", "soft"];
    jobs.push(makeLetterJob({
      customer: {
        key, accountRef: key, name: `${NAMES[index % NAMES.length] ?? "Customer"} ${index}`, contactPerson: index % 3 === 0 ? null : `Contact ${index}`,
        email: `ap${index}@customer.example`, address: `${index} High Street, Southampton, SO14 ${index % 9}AA`, language: german ? "de" : "en",
      },
      templateId, tone, currency: german ? "EUR" : "GBP", lines,
      stage: { id: templateId, level: 4, name: templateId }, source: cell(`Customers!A${index + 2}`),
    }));
  }
  return jobs;
}

/**
 * A handful of realistic letters from the sample business: an English final notice with statutory late-payment
 * compensation and interest, a German second reminder in euros, a soft past-due reminder with a credit note and a
 * payment-plan confirmation. What the demo .docx and the docs/ pictures are rendered from.
 *
 * @example demoLetterJobs().map((job) => job.templateId) //=> ["final-notice", "firm-reminder", "past-due", "plan-confirmation"]
 */
export function demoLetterJobs(): readonly LetterJob[] {
  return [
    makeLetterJob({ fees: { feeCents: 140_00 as Cents, interestCents: 38_62 as Cents, basis: "Late Payment of Commercial Debts (Interest) Act 1998: 8% above the Bank of England base rate" } }),
    makeGermanJob(),
    makeLetterJob({
      customer: {
        key: "C002", accountRef: "C002", name: "Beacon Hill Hotel Ltd", contactPerson: "Margaret Ellis", email: "accounts@beaconhillhotel.example",
        cc: ["gm@beaconhillhotel.example"], address: "Beacon Hill Road, Winchester, SO23 7HX", language: "en",
      },
      stage: { id: "past-due-inquiry", level: 4, name: "Past-due inquiry" }, tone: "soft", templateId: "past-due", deadline: null,
      lines: [makeLine("INV-10277", 3_460_00, 12), makeLine("INV-10301", 1_215_75, 5), makeLine("CN-00398", -215_75, 0)],
      source: cell("Customers!A3"),
    }),
    makeLetterJob({
      customer: {
        key: "C015", accountRef: "C015", name: "Coastline Convenience Stores Ltd", contactPerson: "Nadia Hussain", email: "payables@coastlinestores.example",
        address: "Coastline House, Harbour Road, Gosport, PO12 1BG", language: "en",
      },
      stage: { id: "firmer-pressure", level: 5, name: "Payment plan" }, tone: "soft", templateId: "plan-confirmation", deadline: null,
      lines: [makeLine("INV-10122", 4_800_00, 71), makeLine("INV-10190", 2_400_00, 40)],
      plan: [
        { date: "2026-12-15" as IsoDate, amountCents: 2_400_00 as Cents },
        { date: "2027-01-15" as IsoDate, amountCents: 2_400_00 as Cents },
        { date: "2027-02-15" as IsoDate, amountCents: 2_400_00 as Cents },
      ],
      source: cell("Customers!A16"),
    }),
  ];
}
