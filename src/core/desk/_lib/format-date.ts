/** The desk's notes write dates the short way ("3 Nov"); the function lives with the other date helpers. */
export { formatShortDate } from "../../dates/format-short-date";
