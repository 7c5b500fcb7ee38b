import type { Locale } from "date-fns";
import { de } from "date-fns/locale/de";
import { enGB } from "date-fns/locale/en-GB";
import { fr } from "date-fns/locale/fr";
import { type IsoDate, isoDateToDayNumber } from "../dates/iso-date";
import { baseLanguage } from "./letter-locale";

/** Milliseconds in a day: Intl formats a UTC instant, so a day number times this names the calendar day. */
const MS_PER_DAY = 86_400_000;

/**
 * Month names come from date-fns' locales for the languages Collect ships templates in, so a letter's wording
 * does not change with the ICU version of the browser or Node that renders it (golden files stay stable).
 * Other languages fall back to the host's Intl data.
 */
const DATE_FNS_LOCALES: Readonly<Record<string, Locale>> = { en: enGB, de, fr };

function parts(date: IsoDate): { year: number; monthIndex: number; day: number } {
  return { year: Number(date.slice(0, 4)), monthIndex: Number(date.slice(5, 7)) - 1, day: Number(date.slice(8, 10)) };
}

function monthName(locale: Locale, monthIndex: number, width: "wide" | "abbreviated"): string {
  return locale.localize.month(monthIndex as Parameters<Locale["localize"]["month"]>[0], { width, context: "formatting" });
}

/** US English writes the month first ("November 25, 2026"): leave it to Intl. */
function isAmerican(locale: string): boolean {
  return /^en-US$/i.test(locale);
}

const INTL_LONG = new Map<string, Intl.DateTimeFormat>();
const INTL_SHORT = new Map<string, Intl.DateTimeFormat>();

function intlFormat(cache: Map<string, Intl.DateTimeFormat>, locale: string, style: "long" | "medium", date: IsoDate): string {
  let formatter = cache.get(locale);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: "UTC" });
    cache.set(locale, formatter);
  }
  return formatter.format(isoDateToDayNumber(date) * MS_PER_DAY);
}

/**
 * A date written out in full, as a letter dates itself and states a deadline.
 *
 * @param date - the calendar date
 * @param locale - Intl locale of the letter ("en-GB", "de-DE")
 * @example formatLongDate("2026-11-25" as IsoDate, "en-GB") //=> "25 November 2026"
 * @example formatLongDate("2026-11-25" as IsoDate, "de-DE") //=> "25. November 2026"
 * @example formatLongDate("2026-11-01" as IsoDate, "fr-FR") //=> "1er novembre 2026"
 */
export function formatLongDate(date: IsoDate, locale: string): string {
  const language = baseLanguage(locale);
  const dateFnsLocale = isAmerican(locale) ? undefined : DATE_FNS_LOCALES[language];
  if (dateFnsLocale === undefined) return intlFormat(INTL_LONG, locale, "long", date);
  const { year, monthIndex, day } = parts(date);
  const month = monthName(dateFnsLocale, monthIndex, "wide");
  if (language === "de") return `${day}. ${month} ${year}`;
  if (language === "fr") return `${day === 1 ? "1er" : day} ${month} ${year}`;
  return `${day} ${month} ${year}`;
}

/**
 * A date short enough for a table column: "25 Nov 2026" in English, "25.11.2026" in German, "25/11/2026" in
 * French, as each country's invoices print them.
 *
 * @example formatShortDate("2026-11-05" as IsoDate, "en-GB") //=> "5 Nov 2026"
 * @example formatShortDate("2026-11-05" as IsoDate, "de-DE") //=> "05.11.2026"
 */
export function formatShortDate(date: IsoDate, locale: string): string {
  const language = baseLanguage(locale);
  const { year, monthIndex, day } = parts(date);
  const dd = String(day).padStart(2, "0");
  const mm = String(monthIndex + 1).padStart(2, "0");
  if (language === "en" && !isAmerican(locale)) return `${day} ${monthName(enGB, monthIndex, "abbreviated")} ${year}`;
  if (language === "de") return `${dd}.${mm}.${year}`;
  if (language === "fr") return `${dd}/${mm}/${year}`;
  return intlFormat(INTL_SHORT, locale, "medium", date);
}
