import type { CellValue } from "./grid";

/** A column of a sheet Collect writes: header text, Excel number format, and width in characters. */
export interface OwnedColumn {
  readonly header: string;
  /** Excel number format code, e.g. "yyyy-mm-dd", "#,##0.00", "@" for text. */
  readonly numberFormat?: string;
  /** Width in characters of the default font (Excel's own unit for column widths). */
  readonly width?: number;
}

/** A block of cells, 0-based from A1 (row 0 is the sheet's first row, whatever the preamble). */
export interface OwnedBlock {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/**
 * A chart of a block of the sheet's own cells. The block's first column holds the categories and its first row the
 * series names; each further column is one series (Excel's "series by columns" reading of a range).
 */
export interface OwnedChart {
  readonly type: "column";
  readonly title: string;
  readonly source: OwnedBlock;
  /** Where the chart's top-left corner goes, 0-based. */
  readonly anchor: { readonly row: number; readonly column: number };
  /** Size in columns and rows of the default grid it covers. @defaultvalue { columns: 6, rows: 14 } */
  readonly size?: { readonly columns: number; readonly rows: number };
}

/** A sheet Collect writes in full (its content is replaced on every run). */
export interface OwnedSheet {
  readonly name: string;
  readonly columns: readonly OwnedColumn[];
  readonly rows: readonly (readonly CellValue[])[];
  /** Rows of text written above the table (title, basis, check cells); the table starts below them. */
  readonly preamble?: readonly (readonly CellValue[])[];
  /**
   * Number formats of preamble cells, by row and column like `preamble` (null or absent: General for numbers).
   * Text cells are always written as text whatever this says.
   */
  readonly preambleFormats?: readonly (readonly (string | null)[])[];
  /**
   * Charts of the sheet's cells, added in the same batch as the cells (Excel only: ExcelJS cannot write charts,
   * so the file host leaves them out and a sheet that has charts should say so in a note row).
   */
  readonly charts?: readonly OwnedChart[];
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
