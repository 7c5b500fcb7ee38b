import type { CellValue } from "./grid";

/** A column of a sheet Collect writes: header text, Excel number format, and width in characters. */
export interface OwnedColumn {
  readonly header: string;
  /** Excel number format code, e.g. "yyyy-mm-dd", "#,##0.00", "@" for text. */
  readonly numberFormat?: string;
  /** Width in characters of the default font (Excel's own unit for column widths). */
  readonly width?: number;
}

/** A sheet Collect writes in full (its content is replaced on every run). */
export interface OwnedSheet {
  readonly name: string;
  readonly columns: readonly OwnedColumn[];
  readonly rows: readonly (readonly CellValue[])[];
  /** Rows of text written above the table (title, basis, check cells); the table starts below them. */
  readonly preamble?: readonly (readonly CellValue[])[];
  /** Write the rows as an Excel Table with filters and banding (default true). */
  readonly asTable?: boolean;
  /** Freeze panes below the header row (default true). */
  readonly freezeHeader?: boolean;
  /**
   * Headers of columns that hold days past due: their cells are shaded by age (1–30, 31–60, over 60) with
   * conditional formatting, so the shading follows the numbers if the user sorts or edits them.
   */
  readonly ageColumns?: readonly string[];
  /** Excel table style name (default "TableStyleMedium2", see DEFAULT_TABLE_STYLE in hosts/host.ts). */
  readonly tableStyle?: string;
}
