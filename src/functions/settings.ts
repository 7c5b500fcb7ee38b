import type { DateSystem } from "../core/excel/serial";
import { isoDateFromParts, type IsoDate } from "../core/dates/iso-date";

/**
 * Runtime settings of the custom functions: the workbook's date system (serials Excel passes are in it)
 * and the clock that gives "today" when a function's asOf is omitted. The shared runtime sets the date
 * system from the workbook at start-up; tests set both.
 */
interface FunctionSettings {
  dateSystem: DateSystem;
  now: () => Date;
}

/**
 * Kept on a global so every bundle on the page shares it: in Excel's shared runtime the task pane bundle
 * learns the date system and the functions bundle uses it, and webpack gives each entry its own modules.
 */
const SETTINGS_KEY = "__collectFunctionSettings";
const holder = globalThis as typeof globalThis & { [SETTINGS_KEY]?: FunctionSettings };
const settings: FunctionSettings = (holder[SETTINGS_KEY] ??= { dateSystem: "1900", now: () => new Date() });

/** The date system serials are read and written in. */
export function getDateSystem(): DateSystem {
  return settings.dateSystem;
}

/** Called once the workbook's date system is known (1904 for workbooks from early Mac Excel). */
export function setDateSystem(system: DateSystem): void {
  settings.dateSystem = system;
}

/** Replaces the clock (tests), or restores the real one when called without an argument. */
export function setClock(now?: () => Date): void {
  settings.now = now ?? (() => new Date());
}

/**
 * Today on the user's computer, as a calendar date. An omitted asOf means this day; the functions that
 * use it are volatile, so Excel recalculates them and a sheet opened tomorrow shows tomorrow's answers.
 */
export function todayIso(): IsoDate {
  const now = settings.now();
  return isoDateFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
