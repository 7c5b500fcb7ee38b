import fc from "fast-check";
import { type IsoDate, dayNumberToIsoDate, type DayNumber } from "../dates/iso-date";
import { convertSerial, isoDateToSerial, serialToIsoDate, type DateSystem } from "./serial";

// Expected serials checked against Python: (date - date(1899, 12, 30)).days, minus 1462 for the 1904 system.
describe("serialToIsoDate", () => {
  it.each([
    { name: "first day of the 1900 system", serial: 1, system: "1900", date: "1900-01-01" },
    { name: "last day before the phantom leap day", serial: 59, system: "1900", date: "1900-02-28" },
    { name: "first day after the phantom leap day", serial: 61, system: "1900", date: "1900-03-01" },
    { name: "Unix epoch", serial: 25569, system: "1900", date: "1970-01-01" },
    { name: "a real leap day", serial: 36585, system: "1900", date: "2000-02-29" },
    { name: "new year 2025", serial: 45658, system: "1900", date: "2025-01-01" },
    { name: "a date with a time of day", serial: 46351.75, system: "1900", date: "2026-11-25" },
    { name: "last day Excel shows", serial: 2958465, system: "1900", date: "9999-12-31" },
    { name: "first day of the 1904 system", serial: 0, system: "1904", date: "1904-01-01" },
    { name: "new year 2025 in 1904", serial: 44196, system: "1904", date: "2025-01-01" },
    { name: "today in 1904", serial: 44889, system: "1904", date: "2026-11-25" },
    { name: "last day in 1904", serial: 2957003, system: "1904", date: "9999-12-31" },
  ] as const)("reads $name ($serial, $system)", ({ serial, system, date }) => {
    expect(serialToIsoDate(serial, system)).toEqual({ ok: true, value: date });
  });

  it.each([
    { name: "the phantom 29 Feb 1900", serial: 60, system: "1900", error: "phantom-leap-day" },
    { name: "serial 0 in 1900 (1900-01-00)", serial: 0, system: "1900", error: "out-of-range" },
    { name: "a negative serial", serial: -1, system: "1900", error: "out-of-range" },
    { name: "a negative serial in 1904", serial: -0.5, system: "1904", error: "out-of-range" },
    { name: "past 9999-12-31", serial: 2958466, system: "1900", error: "out-of-range" },
    { name: "past 9999-12-31 in 1904", serial: 2957004, system: "1904", error: "out-of-range" },
    { name: "NaN", serial: Number.NaN, system: "1900", error: "not-a-number" },
    { name: "Infinity", serial: Number.POSITIVE_INFINITY, system: "1904", error: "not-a-number" },
  ] as const)("refuses $name", ({ serial, system, error }) => {
    expect(serialToIsoDate(serial, system)).toEqual({ ok: false, error });
  });
});

describe("isoDateToSerial", () => {
  it.each([
    { date: "1900-01-01", system: "1900", serial: 1 },
    { date: "1900-02-28", system: "1900", serial: 59 },
    { date: "1900-03-01", system: "1900", serial: 61 },
    { date: "2026-11-25", system: "1900", serial: 46351 },
    { date: "1904-01-01", system: "1904", serial: 0 },
    { date: "2026-11-25", system: "1904", serial: 44889 },
  ] as const)("writes $date as $serial in $system", ({ date, system, serial }) => {
    expect(isoDateToSerial(date as IsoDate, system)).toEqual({ ok: true, value: serial });
  });

  it.each([
    { name: "a date before 1900", date: "1899-12-31", system: "1900" },
    { name: "a date before 1904 in the 1904 system", date: "1903-12-31", system: "1904" },
  ] as const)("refuses $name", ({ date, system }) => {
    expect(isoDateToSerial(date as IsoDate, system)).toEqual({ ok: false, error: "out-of-range" });
  });
});

describe("round trips", () => {
  const systems: readonly DateSystem[] = ["1900", "1904"];
  it.each(systems.map((system) => ({ system })))("serial → date → serial is the identity in $system", ({ system }) => {
    const min = system === "1900" ? 1 : 0;
    const max = system === "1900" ? 2958465 : 2957003;
    fc.assert(
      fc.property(fc.integer({ min, max }).filter((s) => system === "1904" || s !== 60), (serial) => {
        const date = serialToIsoDate(serial, system);
        if (!date.ok) return false;
        const back = isoDateToSerial(date.value, system);
        return back.ok && back.value === serial;
      }),
      { numRuns: 2000 },
    );
  });

  it.each(systems.map((system) => ({ system })))("date → serial → date is the identity in $system", ({ system }) => {
    // Day numbers for 1904-01-01 … 9999-12-31, inside both systems.
    fc.assert(
      fc.property(fc.integer({ min: -24107, max: 2932896 }), (dayNumber) => {
        const date = dayNumberToIsoDate(dayNumber as DayNumber);
        const serial = isoDateToSerial(date, system);
        if (!serial.ok) return false;
        const back = serialToIsoDate(serial.value, system);
        return back.ok && back.value === date;
      }),
      { numRuns: 2000 },
    );
  });

  it("converting between systems keeps the calendar date", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1462, max: 2958465 }), (serial1900) => {
        const a = serialToIsoDate(serial1900, "1900");
        const b = serialToIsoDate(convertSerial(serial1900, "1900", "1904"), "1904");
        return !a.ok || (b.ok && a.value === b.value);
      }),
    );
  });
});
