import ExcelJS from "exceljs";
import { isoDateFromParts } from "../../src/core/dates/iso-date";
import { isoDateToSerial } from "../../src/core/excel/serial";
import type { CellValue, Grid, WorkbookGrids } from "../../src/workbook/grid";

const MS_PER_DAY = 86_400_000;

/**
 * An .xlsx file as WorkbookGrids, read with ExcelJS the way a file host would: formula cells give their cached
 * result (a formula without one is an empty cell), dates (JS Dates in UTC) become serials in the workbook's
 * date system, rich text becomes plain text, and number formats come from `cell.numFmt`. Test-only.
 */
export async function xlsxToGrids(path: string): Promise<WorkbookGrids> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const date1904 = workbook.properties.date1904 === true;
  const sheets: Grid[] = [];
  workbook.eachSheet((sheet) => {
    const dims = sheet.dimensions;
    const values: CellValue[][] = [];
    const numberFormats: string[][] = [];
    for (let row = dims.top; row <= dims.bottom; row += 1) {
      const rowValues: CellValue[] = [];
      const rowFormats: string[] = [];
      for (let column = dims.left; column <= dims.right; column += 1) {
        const cell = sheet.getCell(row, column);
        rowValues.push(toCellValue(cell.value, date1904));
        rowFormats.push(cell.numFmt || "General");
      }
      values.push(rowValues);
      numberFormats.push(rowFormats);
    }
    sheets.push({ sheetName: sheet.name, top: dims.top, left: dims.left, values, numberFormats });
  });
  return { dateSystem: date1904 ? "1904" : "1900", sheets };
}

function toCellValue(value: ExcelJS.CellValue, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) {
    // ExcelJS gives dates as UTC instants; the calendar day goes through core's serial conversion (Lotus leap
    // day and 1904 offset included) and the time of day is kept as the fraction.
    const day = isoDateFromParts(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
    const serial = isoDateToSerial(day, date1904 ? "1904" : "1900");
    const fraction = (value.getTime() % MS_PER_DAY) / MS_PER_DAY;
    return serial.ok ? serial.value + (fraction < 0 ? fraction + 1 : fraction) : String(value.toISOString());
  }
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: ExcelJS.CellValue }).result;
    if (result !== null && typeof result === "object" && !(result instanceof Date) && "error" in result) return { error: String(result.error) };
    return result === undefined ? null : toCellValue(result as ExcelJS.CellValue, date1904);
  }
  if ("text" in value) return String(value.text);
  return null;
}
