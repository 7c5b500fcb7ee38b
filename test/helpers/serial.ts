import { toIsoDate } from "../../src/core/dates/iso-date";
import { isoDateToSerial } from "../../src/core/excel/serial";

/** The Excel serial of an ISO date, for building test grids. Throws on a bad fixture. */
export function serialOf(iso: string, system: "1900" | "1904" = "1900"): number {
  const date = toIsoDate(iso);
  if (!date.ok) throw new Error(`bad fixture date ${iso}`);
  const serial = isoDateToSerial(date.value, system);
  if (!serial.ok) throw new Error(`no serial for ${iso}`);
  return serial.value;
}
