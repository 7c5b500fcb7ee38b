/**
 * @jest-environment jsdom
 */
// Loads the BUILT functions bundle (dist/functions.js, from `npm run build`) the way Excel does: as a
// script in a page with Excel's CustomFunctions global, which the bundle's generated associate() calls
// fill. Then every id in dist/functions.json must be associated and answer like the engine.
import fs from "fs";
import path from "path";
import { installCustomFunctionsShim, type CustomFunctionsShim } from "./helpers/custom-functions-shim";
import { computeStage, formatStageLabel } from "../src/core/policy/compute-stage";
import type { IsoDate } from "../src/core/dates/iso-date";
import { isoDateToSerial } from "../src/core/excel/serial";
import { assessCustomerRisk } from "../src/core/predict/customer-risk";
import { predictOpenInvoices } from "../src/core/predict/predict-open-invoices";
import { preparePrediction } from "../src/core/predict/prediction-context";
import { readLedger } from "../src/workbook/read-ledger";
import { makeRegisterRows, registerColumns, registerSheetRows } from "../src/functions/_lib/test-register";
import { bookOf, gridOf } from "./helpers/grid-of";

const dist = path.join(__dirname, "..", "dist");
const metadataPath = path.join(dist, "functions.json");
const bundlePath = path.join(dist, "functions.js");

interface FunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly parameters: readonly { name: string; description?: string; optional?: boolean; dimensionality?: string }[];
  readonly options?: { volatile?: boolean };
  readonly result?: { type?: string };
}

function loadBundle(): { shim: CustomFunctionsShim; metadata: readonly FunctionMetadata[] } {
  if (!fs.existsSync(bundlePath) || !fs.existsSync(metadataPath)) {
    throw new Error(`dist/functions.js or dist/functions.json is missing: run \`npm run build\` first (npm test does).`);
  }
  const shim = installCustomFunctionsShim(window as unknown as Record<string, unknown>);
  const script = document.createElement("script");
  script.textContent = fs.readFileSync(bundlePath, "utf8");
  document.head.appendChild(script);
  const metadata = (JSON.parse(fs.readFileSync(metadataPath, "utf8")) as { functions: FunctionMetadata[] }).functions;
  return { shim, metadata };
}

const { shim, metadata } = loadBundle();
const fn = (id: string) => {
  const found = shim.associated.get(id);
  if (found === undefined) throw new Error(`${id} is not associated by the bundle`);
  return found;
};
const NOV_25 = 46351;

describe("the built functions bundle", () => {
  it("associates every function in functions.json, and nothing else", () => {
    const ids = metadata.map((f) => f.id).sort();
    expect([...shim.associated.keys()].sort()).toEqual(ids);
    expect(ids).toEqual(expect.arrayContaining(["ADD", "ADDINVOICE", "AGING", "BPDSO", "CEI", "DAYSLATE", "DAYSPASTDUE", "DAYSTOPAY", "DSO", "INTEREST", "PAYDATE", "PCTCURRENT", "PROMISEKEPT", "RISK", "STAGE", "WHY"]));
  });

  it("gives every function and parameter a description for Excel's autocomplete", () => {
    for (const f of metadata) {
      expect(f.description?.length ?? 0).toBeGreaterThan(10);
      for (const p of f.parameters) expect(`${f.id}.${p.name}: ${p.description ?? ""}`).toMatch(/: \S.{5,}/);
    }
  });

  it("declares asOf optional and the as-of functions volatile", () => {
    const stage = metadata.find((f) => f.id === "STAGE");
    expect(stage?.parameters.map((p) => [p.name, p.optional === true])).toEqual([
      ["due", false], ["asOf", true], ["disputed", true], ["promiseDate", true], ["lastContact", true],
    ]);
    expect(stage?.options?.volatile).toBe(true);
    expect(metadata.find((f) => f.id === "DAYSTOPAY")?.parameters[0]?.dimensionality).toBe("matrix");
  });

  it.each([
    { due: 46304, disputed: null, promise: null, last: null },
    { due: 46304, disputed: true, promise: null, last: null },
    { due: 46340, disputed: false, promise: 46345, last: null },
    { due: 46340, disputed: false, promise: 46360, last: null },
    { due: 46348, disputed: false, promise: null, last: 46349 },
  ])("STAGE answers like the engine for due $due", ({ due, disputed, promise, last }) => {
    const iso = (s: number | null) => (s === null ? null : (new Date(Date.UTC(1899, 11, 30) + s * 86400000).toISOString().slice(0, 10) as IsoDate));
    const engine = computeStage({ dueDate: iso(due) as IsoDate, asOf: "2026-11-25" as IsoDate, disputed: disputed === true, promiseDate: iso(promise), lastContact: iso(last) });
    expect(fn("STAGE")(due, NOV_25, disputed, promise, last)).toBe(formatStageLabel(engine));
  });

  it.each([
    { id: "DAYSPASTDUE", args: [46304, NOV_25], out: 47 },
    { id: "AGING", args: [46304, NOV_25], out: "31-60" },
    { id: "DAYSLATE", args: [46304, 46309], out: 5 },
    { id: "DAYSTOPAY", args: [[[46000], [46010]], [[46010], [46030]]], out: 15 },
    { id: "DSO", args: [212000, [[100000], [80000], [70000]], 30, "countback"], out: 30 + 30 + (32000 / 70000) * 30 },
    { id: "BPDSO", args: [50000, 250000, 90], out: 18 },
    { id: "CEI", args: [100000, 300000, 120000, 70000, 3], out: (280 / 330) * 100 },
    { id: "ADD", args: [212000, 50000, 250000, 90], out: 76.32 - 18 },
    { id: "PCTCURRENT", args: [[[600], [250], [900]], [[46357], [46296], [46265]], NOV_25], out: (600 / 1750) * 100 },
    { id: "ADDINVOICE", args: [[[600], [250]], [[46357], [46296]], NOV_25], out: (250 * 55) / 850 },
    { id: "PROMISEKEPT", args: [[[150], [900]], [[46315], [46341]], [[150], [0]], [[46315], [null]], NOV_25, 2], out: 50 },
    { id: "INTEREST", args: [1000, 46321, 8, NOV_25], out: 6.58 },
    { id: "WHY", args: [46304, NOV_25, false, null, 46329], out: "Level 6 Final notice: 47 days past due ≥ 45; last contact 3 Nov (22 days ago); not on hold" },
  ])("$id answers like core", ({ id, args, out }) => {
    const value = fn(id)(...args);
    if (typeof out === "number") expect(value).toBeCloseTo(out, 9);
    else expect(value).toBe(out);
  });

  it("declares RISK and PAYDATE over six register columns, asOf optional and volatile (it defaults to today)", () => {
    const register = ["invoices", "customers", "invoiceDates", "dueDates", "amounts", "paidDates"];
    const risk = metadata.find((f) => f.id === "RISK");
    const payDate = metadata.find((f) => f.id === "PAYDATE");
    expect(risk?.parameters.map((p) => [p.name, p.optional === true, p.dimensionality ?? "scalar"])).toEqual([
      ["invoiceOrCustomer", false, "scalar"], ...register.map((name) => [name, false, "matrix"]), ["asOf", true, "scalar"], ["show", true, "scalar"],
    ]);
    expect(payDate?.parameters.map((p) => [p.name, p.optional === true, p.dimensionality ?? "scalar"])).toEqual([
      ["invoice", false, "scalar"], ...register.map((name) => [name, false, "matrix"]), ["asOf", true, "scalar"],
    ]);
    expect([risk?.options?.volatile, payDate?.options?.volatile]).toEqual([true, true]);
    expect(payDate?.result?.type).toBe("number");
  });

  it("RISK and PAYDATE answer like core on the register the CLI reads from the same rows", () => {
    const rows = makeRegisterRows(300);
    const asOf = "2026-11-25" as IsoDate;
    const ledger = readLedger(bookOf([gridOf("Invoices", registerSheetRows(rows), { formats: { 2: "yyyy-mm-dd", 3: "yyyy-mm-dd", 5: "yyyy-mm-dd" } })]));
    const context = preparePrediction(ledger, asOf);
    if (!context.ok) throw new Error(context.error);
    const columns = registerColumns(rows);
    const serial = (date: IsoDate) => {
      const value = isoDateToSerial(date, "1900");
      return value.ok ? value.value : Number.NaN;
    };
    const open = predictOpenInvoices(context.value);
    expect(open.length).toBeGreaterThan(5);
    for (const prediction of open) {
      expect(fn("RISK")(prediction.invoiceNo, ...columns, NOV_25)).toBe(prediction.riskScore);
      expect(fn("RISK")(prediction.invoiceNo, ...columns, NOV_25, "reasons")).toBe(prediction.reasons.map((r) => r.text).join("; "));
      expect(fn("PAYDATE")(prediction.invoiceNo, ...columns, NOV_25)).toBe(serial(prediction.predictedPayDate));
    }
    const names = new Map(ledger.invoices.map((invoice) => [invoice.customerKey, invoice.customerName]));
    for (const customer of assessCustomerRisk(context.value)) expect(fn("RISK")(names.get(customer.customerKey), ...columns, NOV_25, "band")).toBe(customer.riskBand);
    let thrown: unknown;
    try {
      fn("PAYDATE")("NO-SUCH", ...columns, NOV_25);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ code: "#N/A", message: '"NO-SUCH" is not an invoice number in invoices.' });
  });

  it("throws Excel's error type with a message for bad input", () => {
    let thrown: unknown;
    try {
      fn("DAYSPASTDUE")("not a date", NOV_25);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ code: "#VALUE!", message: expect.stringContaining('due: "not a date"') });
  });
});
