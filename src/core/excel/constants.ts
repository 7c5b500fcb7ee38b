/**
 * Named constants for Excel's date serials. Each cites the behaviour it follows.
 */

/**
 * Serial 60 in the 1900 date system is 29 February 1900, a day that never existed. Lotus 1-2-3 treated
 * 1900 as a leap year and Excel kept the bug for compatibility
 * (https://learn.microsoft.com/office/troubleshoot/excel/wrongly-assumes-1900-is-leap-year).
 */
export const LOTUS_PHANTOM_LEAP_SERIAL = 60;

/**
 * Days between the 1900 and 1904 date systems: serial 0 in 1904 is 1 January 1904, which is serial 1462
 * in the 1900 system (https://learn.microsoft.com/office/troubleshoot/excel/1900-and-1904-date-system).
 */
export const EXCEL_1904_OFFSET_DAYS = 1462;

/** Serial of 1970-01-01 in the 1900 system (the Unix epoch), used to move between serials and day numbers. */
export const EXCEL_1900_UNIX_EPOCH_SERIAL = 25569;

/** The largest date Excel can show: 9999-12-31 is serial 2958465 in the 1900 system. */
export const MAX_EXCEL_SERIAL_1900 = 2958465;

/** The largest date in the 1904 system (9999-12-31). */
export const MAX_EXCEL_SERIAL_1904 = MAX_EXCEL_SERIAL_1900 - EXCEL_1904_OFFSET_DAYS;

/** Serial 1 in the 1900 system is 1900-01-01 (serial 0 shows as the non-date "1900-01-00"). */
export const MIN_EXCEL_SERIAL_1900 = 1;

/** Serial 0 in the 1904 system is 1904-01-01. */
export const MIN_EXCEL_SERIAL_1904 = 0;
