/** Number formats of the sheets Collect writes (Excel format codes). */
export const DATE_FORMAT = "yyyy-mm-dd";
/** Money with thousands separators and cents; the currency is in its own column. */
export const MONEY_FORMAT = "#,##0.00";
/** Whole numbers (days, counts, levels). */
export const WHOLE_FORMAT = "0";
/** One decimal (scores, average days). */
export const ONE_DECIMAL_FORMAT = "0.0";
/** A share shown as a percentage (0.8 → 80%). */
export const PERCENT_FORMAT = "0%";
/** Text: what is written stays text, even "=SUM(A1)" or "00123". */
export const TEXT_FORMAT = "@";
/** A share as a percentage with one decimal (0.559 → 55.9%). */
export const PERCENT_ONE_DECIMAL_FORMAT = "0.0%";
