/**
 * Month names and abbreviations in English, German, French, Spanish and Dutch, lower case without accents.
 * Any prefix of three letters or more that points to one month is accepted too ("sept", "janv", "févr").
 */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ["january", "januar", "janner", "janvier", "enero", "januari"],
  ["february", "februar", "fevrier", "febrero", "februari"],
  ["march", "marz", "maerz", "mars", "marzo", "maart", "mrt"],
  ["april", "avril", "abril"],
  ["may", "mai", "mayo", "mei"],
  ["june", "juni", "juin", "junio"],
  ["july", "juli", "juillet", "julio"],
  ["august", "aout", "agosto", "augustus"],
  ["september", "septembre", "septiembre", "setiembre"],
  ["october", "oktober", "octobre", "octubre"],
  ["november", "noviembre"],
  ["december", "dezember", "decembre", "diciembre"],
];

/** Letters of the shortest prefix accepted for a month name. */
const MIN_PREFIX = 3;

const MONTH_BY_WORD: ReadonlyMap<string, number> = buildMonthIndex();

function buildMonthIndex(): Map<string, number> {
  const index = new Map<string, number>();
  const conflicts = new Set<string>();
  MONTH_NAMES.forEach((names, monthIndex) => {
    for (const name of names) {
      for (let length = Math.min(MIN_PREFIX, name.length); length <= name.length; length += 1) {
        const prefix = name.slice(0, length);
        const known = index.get(prefix);
        if (known !== undefined && known !== monthIndex + 1) conflicts.add(prefix);
        else index.set(prefix, monthIndex + 1);
      }
    }
  });
  for (const prefix of conflicts) index.delete(prefix);
  return index;
}

/**
 * The month number (1–12) of a month name or abbreviation, lower case without accents.
 *
 * @example monthFromName("nov")   //=> 11
 * @example monthFromName("marz")  //=> 3
 * @example monthFromName("ju")    //=> null
 */
export function monthFromName(word: string): number | null {
  return MONTH_BY_WORD.get(word) ?? null;
}
