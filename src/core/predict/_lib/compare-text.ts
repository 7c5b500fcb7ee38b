/** Orders text by UTF-16 code units, the same on every machine (localeCompare is not). @example compareText("a", "b") //=> -1 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
