import { type IsoDate, isValidDateParts, isoDateFromParts, toIsoDate } from "../core/dates/iso-date";
import { serialToIsoDate } from "../core/excel/serial";
import { MESSAGES } from "../core/messages";
import { readIdText } from "../workbook/cell-text";
import { ArgumentError } from "./excel-error";
import { getDateSystem, todayIso } from "./settings";

/**
 * One shared path from what Excel passes to what core expects (HyperFormula's argument tables).
 * Excel passes numbers (dates are serials in the workbook's date system), text, booleans, and for an
 * empty cell null (Excel on the web) or 0 (Windows and Mac); ranges arrive as 2-D arrays.
 */
export type ArgumentSpec =
  | { readonly name: string; readonly kind: "date"; readonly whenBlank: "required" | "null" | "today" }
  | { readonly name: string; readonly kind: "number"; readonly whenBlank: "required" | number; readonly min?: number; readonly integer?: boolean }
  | { readonly name: string; readonly kind: "flag" }
  | { readonly name: string; readonly kind: "choice"; readonly choices: readonly string[]; readonly whenBlank: string }
  | { readonly name: string; readonly kind: "date-list" }
  | { readonly name: string; readonly kind: "number-list"; readonly optional?: boolean }
  | { readonly name: string; readonly kind: "number-or-list" }
  | { readonly name: string; readonly kind: "id"; readonly whenBlank: "required"; readonly what: string }
  | { readonly name: string; readonly kind: "id-column" }
  | { readonly name: string; readonly kind: "date-column" }
  | { readonly name: string; readonly kind: "amount-column" };

type DateOut<S> = S extends { whenBlank: "null" } ? IsoDate | null : IsoDate;

/** The coerced type of each argument kind. */
export type Coerced<S> = S extends { kind: "date" }
  ? DateOut<S>
  : S extends { kind: "number" }
    ? number
    : S extends { kind: "flag" }
      ? boolean
      : S extends { kind: "choice" }
        ? string
        : S extends { kind: "date-list" }
          ? readonly (IsoDate | null)[]
          : S extends { kind: "number-list"; optional: true }
            ? readonly (number | null)[] | null
            : S extends { kind: "number-list" }
              ? readonly (number | null)[]
              : S extends { kind: "number-or-list" }
                ? number | readonly (number | null)[]
                : S extends { kind: "id" }
                  ? string
                  : S extends { kind: "id-column" }
                    ? readonly (string | null)[]
                    : S extends { kind: "date-column" }
                      ? readonly (IsoDate | null)[]
                      : S extends { kind: "amount-column" }
                        ? readonly (number | null)[]
                        : never;

/**
 * Converts every argument of a function call by its table, or throws an `ArgumentError` whose message
 * names the argument.
 *
 * @example coerceArguments([{ name: "due", kind: "date", whenBlank: "required" }] as const, [46351]) //=> ["2026-11-25"]
 */
export function coerceArguments<const T extends readonly ArgumentSpec[]>(specs: T, args: readonly unknown[]): { -readonly [K in keyof T]: Coerced<T[K]> } {
  return specs.map((spec, index) => coerceOne(spec, args[index])) as { -readonly [K in keyof T]: Coerced<T[K]> };
}

function coerceOne(spec: ArgumentSpec, value: unknown): unknown {
  switch (spec.kind) {
    case "date":
      return coerceDate(spec.name, value, spec.whenBlank);
    case "number":
      return coerceNumber(spec, value);
    case "flag":
      return coerceFlag(spec.name, value);
    case "choice":
      return coerceChoice(spec.name, value, spec.choices, spec.whenBlank);
    case "date-list":
      return flatten(value).map((item, i) => coerceDate(`${spec.name} (item ${i + 1})`, item, "null"));
    case "number-list":
      if (spec.optional === true && isBlank(value)) return null;
      return flatten(value).map((item, i) => (isBlank(item) ? null : coerceNumber({ name: `${spec.name} (item ${i + 1})`, kind: "number", whenBlank: "required" }, item)));
    case "number-or-list": {
      const items = flatten(value);
      if (items.length === 1) return coerceNumber({ name: spec.name, kind: "number", whenBlank: "required" }, items[0]);
      return items.map((item, i) => (isBlank(item) ? null : coerceNumber({ name: `${spec.name} (item ${i + 1})`, kind: "number", whenBlank: "required" }, item)));
    }
    case "id": {
      const id = coerceId(spec.name, value);
      if (id === null) throw new ArgumentError({ kind: "not-available", message: `${spec.name} is blank. Enter ${spec.what}.` });
      return id;
    }
    // The column kinds read one column of a register (a Table column such as Invoices[Due date]); their
    // messages name the row within the range, which is the table's data row.
    case "id-column":
      return flatten(value).map((item, i) => coerceId(`${spec.name} (row ${i + 1})`, item));
    case "date-column":
      return flatten(value).map((item, i) => coerceDate(`${spec.name} (row ${i + 1})`, item, "null"));
    case "amount-column":
      // A blank amount is null on the web and 0 on the desktop; core treats a zero amount as no amount.
      return flatten(value).map((item, i) => (isBlank(item) ? null : coerceNumber({ name: `${spec.name} (row ${i + 1})`, kind: "number", whenBlank: "required" }, item)));
  }
}

/**
 * An identifier (invoice number, customer) as the workbook reader reads it: trimmed text, and a number as its
 * digits (1001 and "1001" are the same invoice). Null when blank; the desktop's 0 for an empty cell counts as
 * blank, so an invoice or customer literally numbered 0 cannot be told from an empty cell.
 */
function coerceId(name: string, value: unknown): string | null {
  if (isBlank(value) || value === 0) return null;
  if (typeof value !== "number" && typeof value !== "string") throw valueProblem(name, value, "is not an invoice number or a customer. Use text or a number.");
  const id = readIdText(value);
  if (id === null) throw valueProblem(name, value, "is not an invoice number or a customer. Use text or a number.");
  return id;
}

/** Blank: omitted, an empty cell (null on the web), or empty text. */
function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

function valueProblem(name: string, shown: unknown, what: string): ArgumentError {
  return new ArgumentError({ kind: "value", message: `${name}: ${JSON.stringify(shown)} ${what}` });
}

function flatten(value: unknown): readonly unknown[] {
  if (!Array.isArray(value)) return [value];
  const out: unknown[] = [];
  for (const row of value as readonly unknown[]) {
    if (Array.isArray(row)) out.push(...(row as readonly unknown[]));
    else out.push(row);
  }
  return out;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const ISO_WITH_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DAY_MONTH_YEAR = /^(\d{1,2})[ -]([A-Za-z]{3,9})\.?[ ,-]*(\d{4})$/;
const MONTH_DAY_YEAR = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/;

/**
 * Reads a date written as text without guessing: ISO (2026-11-25, with or without a time) or with the
 * month in words (25 Nov 2026, 25-Nov-2026, Nov 25, 2026). 11/05/2026 is refused: one cell cannot say
 * whether it means 11 May or 5 November.
 */
export function parseUnambiguousDateText(text: string): IsoDate | null {
  const trimmed = text.trim();
  const iso = ISO_WITH_TIME.exec(trimmed);
  if (iso !== null) {
    const checked = toIsoDate(`${iso[1]}-${iso[2]}-${iso[3]}`);
    return checked.ok ? checked.value : null;
  }
  const dmy = DAY_MONTH_YEAR.exec(trimmed);
  const mdy = dmy === null ? MONTH_DAY_YEAR.exec(trimmed) : null;
  const parts = dmy !== null ? { day: dmy[1], month: dmy[2], year: dmy[3] } : mdy !== null ? { day: mdy[2], month: mdy[1], year: mdy[3] } : null;
  if (parts === null) return null;
  const month = MONTHS[(parts.month ?? "").toLowerCase().slice(0, (parts.month ?? "").toLowerCase().startsWith("sept") ? 4 : 3)];
  const year = Number(parts.year);
  const day = Number(parts.day);
  if (month === undefined || !isValidDateParts(year, month, day)) return null;
  return isoDateFromParts(year, month, day);
}

function coerceDate(name: string, value: unknown, whenBlank: "required" | "null" | "today"): IsoDate | null {
  // Excel on Windows and Mac passes 0 for an empty cell; serial 0 is not a usable date in either system.
  if (isBlank(value) || value === 0) {
    if (whenBlank === "today") return todayIso();
    if (whenBlank === "null") return null;
    throw new ArgumentError({ kind: "not-available", message: `${name} is blank. Enter a date.` });
  }
  if (typeof value === "number") {
    const date = serialToIsoDate(value, getDateSystem());
    if (!date.ok) throw valueProblem(name, value, MESSAGES[date.error]);
    return date.value;
  }
  if (typeof value === "string") {
    const date = parseUnambiguousDateText(value);
    if (date === null) throw valueProblem(name, value, "is not a date Collect can read without guessing. Use a date cell or text like 2026-11-25.");
    return date;
  }
  throw valueProblem(name, value, "is not a date. Use a date cell or text like 2026-11-25.");
}

function coerceNumber(spec: Extract<ArgumentSpec, { kind: "number" }>, value: unknown): number {
  if (isBlank(value)) {
    if (spec.whenBlank === "required") throw new ArgumentError({ kind: "not-available", message: `${spec.name} is blank. Enter a number.` });
    return spec.whenBlank;
  }
  const number = typeof value === "number" ? value : typeof value === "string" ? Number(value.trim().replace(/,/g, "")) : Number.NaN;
  if (typeof value === "boolean" || !Number.isFinite(number)) throw valueProblem(spec.name, value, "is not a number.");
  if (spec.integer === true && !Number.isInteger(number)) throw valueProblem(spec.name, value, "must be a whole number.");
  if (spec.min !== undefined && number < spec.min) throw valueProblem(spec.name, value, `must be at least ${spec.min}.`);
  return number;
}

const YES = new Set(["true", "yes", "y", "x", "1", "disputed", "ja", "oui", "sí", "si"]);
const NO = new Set(["false", "no", "n", "0", "nein", "non"]);

function coerceFlag(name: string, value: unknown): boolean {
  if (isBlank(value)) return false;
  if (typeof value === "boolean") return value;
  if (typeof value === "number" && (value === 0 || value === 1)) return value === 1;
  if (typeof value === "string") {
    const word = value.trim().toLowerCase();
    if (YES.has(word)) return true;
    if (NO.has(word)) return false;
  }
  throw valueProblem(name, value, "should be TRUE or FALSE (or Yes / No).");
}

function coerceChoice(name: string, value: unknown, choices: readonly string[], whenBlank: string): string {
  if (isBlank(value)) return whenBlank;
  const word = String(value).trim().toLowerCase();
  const match = choices.find((choice) => choice.toLowerCase() === word);
  if (match === undefined) throw valueProblem(name, value, `should be one of ${choices.map((c) => `"${c}"`).join(", ")}.`);
  return match;
}
