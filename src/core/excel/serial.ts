import type { Brand } from "../types/brand";
import { err, ok, type Result } from "../types/result";
import { type DayNumber, type IsoDate, dayNumberToIsoDate, isoDateToDayNumber } from "../dates/iso-date";
import {
  EXCEL_1900_UNIX_EPOCH_SERIAL,
  EXCEL_1904_OFFSET_DAYS,
  LOTUS_PHANTOM_LEAP_SERIAL,
  MAX_EXCEL_SERIAL_1900,
  MAX_EXCEL_SERIAL_1904,
  MIN_EXCEL_SERIAL_1900,
  MIN_EXCEL_SERIAL_1904,
} from "./constants";

/** A number Excel stores for a date (and, in its fraction, a time of day). */
export type ExcelSerial = Brand<number, "ExcelSerial">;

/** Which epoch a workbook counts its dates from: Windows Excel's 1900 or early Mac Excel's 1904. */
export type DateSystem = "1900" | "1904";

export type SerialError = "not-a-number" | "out-of-range" | "phantom-leap-day";

/**
 * The calendar date of an Excel serial. A fraction (a time of day) is dropped: 45000.75 is the day of 45000.
 * In the 1900 system serial 60 is the non-existent 29 Feb 1900 (Lotus 1-2-3 bug) and is refused, and
 * serials 1–59 are shifted by one day to undo that bug.
 *
 * @example serialToIsoDate(45658, "1900") //=> { ok: true, value: "2025-01-01" }
 * @example serialToIsoDate(44196, "1904") //=> { ok: true, value: "2025-01-01" }
 * @example serialToIsoDate(60, "1900")    //=> { ok: false, error: "phantom-leap-day" }
 */
export function serialToIsoDate(serial: number, system: DateSystem): Result<IsoDate, SerialError> {
  if (!Number.isFinite(serial)) return err("not-a-number");
  const whole = Math.floor(serial);
  if (system === "1904") {
    if (whole < MIN_EXCEL_SERIAL_1904 || whole > MAX_EXCEL_SERIAL_1904) return err("out-of-range");
    return ok(dayNumberToIsoDate((whole + EXCEL_1904_OFFSET_DAYS - EXCEL_1900_UNIX_EPOCH_SERIAL) as DayNumber));
  }
  if (whole < MIN_EXCEL_SERIAL_1900 || whole > MAX_EXCEL_SERIAL_1900) return err("out-of-range");
  if (whole === LOTUS_PHANTOM_LEAP_SERIAL) return err("phantom-leap-day");
  const shifted = whole < LOTUS_PHANTOM_LEAP_SERIAL ? whole + 1 : whole;
  return ok(dayNumberToIsoDate((shifted - EXCEL_1900_UNIX_EPOCH_SERIAL) as DayNumber));
}

/**
 * The Excel serial of a calendar date in the given date system.
 *
 * @example isoDateToSerial("2025-01-01", "1900") //=> { ok: true, value: 45658 }
 * @example isoDateToSerial("1900-03-01", "1900") //=> { ok: true, value: 61 }
 * @example isoDateToSerial("1903-12-31", "1904") //=> { ok: false, error: "out-of-range" }
 */
export function isoDateToSerial(date: IsoDate, system: DateSystem): Result<ExcelSerial, SerialError> {
  const unixSerial = isoDateToDayNumber(date) + EXCEL_1900_UNIX_EPOCH_SERIAL;
  if (system === "1904") {
    const serial = unixSerial - EXCEL_1904_OFFSET_DAYS;
    if (serial < MIN_EXCEL_SERIAL_1904 || serial > MAX_EXCEL_SERIAL_1904) return err("out-of-range");
    return ok(serial as ExcelSerial);
  }
  // Dates up to 28 Feb 1900 sit one serial lower than the day count says, because serial 60 is the phantom day.
  const serial = unixSerial <= LOTUS_PHANTOM_LEAP_SERIAL ? unixSerial - 1 : unixSerial;
  if (serial < MIN_EXCEL_SERIAL_1900 || serial > MAX_EXCEL_SERIAL_1900) return err("out-of-range");
  return ok(serial as ExcelSerial);
}

/**
 * Moves a serial from one date system to the other, keeping the calendar date.
 *
 * @example convertSerial(45658, "1900", "1904") //=> 44196
 */
export function convertSerial(serial: number, from: DateSystem, to: DateSystem): number {
  if (from === to) return serial;
  return from === "1900" ? serial - EXCEL_1904_OFFSET_DAYS : serial + EXCEL_1904_OFFSET_DAYS;
}
