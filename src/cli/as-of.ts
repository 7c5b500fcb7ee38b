import { isoDateFromParts, toIsoDate, type IsoDate } from "../core/dates/iso-date";
import { UnusableInputError } from "./load-workbook";

/** The --as-of date, or today on this computer when it is not given. */
export function resolveAsOf(flag: string | true | undefined, now: () => Date = () => new Date()): IsoDate {
  if (flag === undefined) {
    const today = now();
    return isoDateFromParts(today.getFullYear(), today.getMonth() + 1, today.getDate());
  }
  const checked = typeof flag === "string" ? toIsoDate(flag) : null;
  if (checked === null || !checked.ok) throw new UnusableInputError(`--as-of needs a date written YYYY-MM-DD, e.g. --as-of 2026-11-30 (got ${flag === true ? "nothing" : `"${flag}"`}).`);
  return checked.value;
}
