/*
 * The recording fake of the Office.js Excel object model (test support that ships in src/ only because `npm run
 * bench` counts the syncs of a full run with it; tests import it through test/helpers/recording-excel-context.ts).
 * It is a fake of Excel's object model, so it is long (730 lines) and never imported by product code.
 */
import { isoDateToSerial, type DateSystem } from "../../../core/excel/serial";
import { toIsoDate } from "../../../core/dates/iso-date";
import type { CellValue } from "../../../workbook/grid";
import { blockAddress, parseBlockAddress, quoteSheetName, type CellBlock } from "../../_lib/a1";

/*
 * A small fake of the Office.js Excel object model, for what Collect's ExcelHost uses, that records what a real
 * Excel would be sent. office-addin-mock cannot parse addresses, compute used ranges or add tables (TOOLCHAIN.md),
 * so this fake does, and it also behaves like Excel where Collect must not be naive:
 * - `values` is set like typed input: a string starting with = + - @ becomes a formula and "00123" a number, unless
 *   the cell's number format is "@" (text); null means "leave unchanged" and "" clears; a 1×1 array fills the range
 *   (Office.js "single input copy"), any other shape mismatch throws.
 * - loaded properties (values, numberFormat, rowIndex, …, isNullObject, collection items) throw until a sync.
 * - each sync records its request bytes (JSON length of every values/numberFormat assigned since the last sync),
 *   response bytes (JSON length of values/numberFormat loaded), operations and whether calculation was suspended,
 *   and fails like Excel on the web when either side exceeds the payload limit (5,000,000 bytes by default).
 * Writes are applied to the in-memory sheets at once (Excel applies them at sync; nothing in the host reads in between).
 */

type Stored = string | number | boolean | null;

/** One sync as the fake saw it. */
export interface BatchRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly operations: number;
  readonly calculationSuspended: boolean;
}

/** A cell as the fake stores it. */
export interface FakeCell {
  readonly value: Stored;
  readonly formula: string | null;
  readonly numberFormat: string;
}

/** A table as the fake stores it. */
export interface FakeTableInfo {
  readonly name: string;
  readonly sheet: string;
  readonly address: string;
  readonly style: string;
}

const GENERAL = "General";
const NUMBER_INPUT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const FORMULA_INPUT = /^[=+\-@]./s;

/** A chart as the fake stores it. */
export interface FakeChartInfo {
  readonly name: string;
  readonly type: string;
  readonly seriesBy: string;
  /** The source range, A1 without the sheet. */
  readonly source: string;
  readonly title: string;
  readonly legendVisible: boolean;
  /** Top-left and bottom-right cells it is placed over, A1. */
  readonly position: readonly [string, string] | null;
}

class SheetData {
  values: Stored[][] = [];
  charts: FakeChart[] = [];
  formats: (string | undefined)[][] = [];
  formulas = new Map<string, string>();
  merges: string[] = [];
  frozenRows = 0;
  columnWidths = new Map<number, number>();
  boldRows = new Set<number>();
  conditionalFormats: FakeConditionalFormat[] = [];
  constructor(public name: string) {}

  value(r: number, c: number): Stored {
    return this.values[r]?.[c] ?? null;
  }

  format(r: number, c: number): string {
    return this.formats[r]?.[c] ?? GENERAL;
  }

  setStored(r: number, c: number, value: Stored): void {
    const row = (this.values[r] ??= []);
    row[c] = value;
  }

  setFormat(r: number, c: number, format: string): void {
    const row = (this.formats[r] ??= []);
    row[c] = format;
  }

  /** Excel's reading of a value set through `Range.values`. */
  input(r: number, c: number, value: unknown): void {
    if (value === null || value === undefined) return;
    const key = `${r},${c}`;
    this.formulas.delete(key);
    if (value === "") {
      this.setStored(r, c, null);
    } else if (typeof value === "string") {
      if (this.format(r, c) === "@") this.setStored(r, c, value);
      else if (FORMULA_INPUT.test(value)) {
        this.formulas.set(key, value);
        this.setStored(r, c, "#NAME?");
      } else if (NUMBER_INPUT.test(value)) this.setStored(r, c, Number(value));
      else if (/^(true|false)$/i.test(value)) this.setStored(r, c, value.toLowerCase() === "true");
      else this.setStored(r, c, value);
    } else if (typeof value === "number" || typeof value === "boolean") {
      this.setStored(r, c, value);
    } else {
      throw new Error(`InvalidArgument: cannot set ${JSON.stringify(value)}`);
    }
  }

  usedBlock(): CellBlock | null {
    let top = Infinity;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    this.values.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value !== null && value !== undefined) {
          top = Math.min(top, r);
          bottom = Math.max(bottom, r);
          left = Math.min(left, c);
          right = Math.max(right, c);
        }
      });
    });
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  clear(): void {
    this.values = [];
    this.formats = [];
    this.formulas.clear();
    this.merges = [];
    this.boldRows.clear();
  }
}

/** Base of every fake object with loadable properties: reading one before load + sync throws, as in Office.js. */
abstract class Loadable {
  private readonly snapshot = new Map<string, unknown>();
  constructor(protected readonly ctx: RecordingExcelContext) {}

  load(properties?: string | string[] | Record<string, unknown>): this {
    this.ctx.touch();
    // Load options as an object ({ name: true, charts: { name: true } }) select properties of a collection's items.
    const list =
      typeof properties === "string" ? properties.split(",") : Array.isArray(properties) ? properties : properties === undefined ? [] : Object.keys(properties).map((key) => `items/${key}`);
    this.ctx.queueLoad(this, list.map((p) => p.trim()).filter((p) => p !== ""));
    return this;
  }

  /** Called at sync: copies the loaded properties; returns the response bytes of values/numberFormat. */
  capture(properties: readonly string[]): number {
    let bytes = 0;
    for (const property of properties) {
      const value = this.current(property);
      this.snapshot.set(property.split("/")[0] ?? property, value);
      if (property === "values" || property === "numberFormat") bytes += JSON.stringify(value).length;
    }
    return bytes;
  }

  protected loaded<T>(property: string): T {
    if (!this.snapshot.has(property)) {
      throw new Error(`PropertyNotLoaded: "${property}" was read before load() and sync() on ${this.constructor.name}`);
    }
    return this.snapshot.get(property) as T;
  }

  protected abstract current(property: string): unknown;
}

class FakeRangeFormat {
  readonly font: { bold: boolean };
  constructor(
    private readonly range: FakeRange,
    private readonly ctx: RecordingExcelContext,
  ) {
    const sheet = range.sheet;
    this.font = {
      set bold(value: boolean) {
        ctx.touch();
        for (let r = range.block.top; r <= range.block.bottom; r += 1) {
          if (value) sheet.boldRows.add(r);
        }
      },
      get bold(): boolean {
        return sheet.boldRows.has(range.block.top);
      },
    };
  }

  set columnWidth(points: number) {
    this.ctx.touch();
    for (let c = this.range.block.left; c <= this.range.block.right; c += 1) this.range.sheet.columnWidths.set(c, points);
  }
}

class FakeRangeAreas extends Loadable {
  constructor(
    ctx: RecordingExcelContext,
    private readonly sheet: SheetData,
  ) {
    super(ctx);
  }
  get isNullObject(): boolean {
    return this.loaded<string[]>("areas").length === 0;
  }
  get areas(): { items: { address: string }[] } {
    return { items: this.loaded<string[]>("areas").map((address) => ({ address: `${quoteSheetName(this.sheet.name)}!${address}` })) };
  }
  protected current(property: string): unknown {
    if (property.startsWith("areas")) return this.sheet.merges.slice();
    throw new Error(`Fake RangeAreas cannot load ${property}`);
  }
}

/** A conditional format added to a fake range: its 1-based address and the cell-value rule and fill. */
export interface FakeConditionalFormat {
  readonly address: string;
  readonly type: string;
  readonly cellValue: { format: { fill: { color: string } }; rule: { formula1?: string; formula2?: string; operator?: string } };
}

/** 0-based block of a fake range; `null` block means a null object. */
class FakeRange extends Loadable {
  readonly conditionalFormats = {
    add: (type: string): FakeConditionalFormat => {
      this.ctx.touch();
      const format: FakeConditionalFormat = { address: blockAddress(toOneBased(this.block)), type, cellValue: { format: { fill: { color: "" } }, rule: {} } };
      this.sheet.conditionalFormats.push(format);
      return format;
    },
  };
  readonly format: FakeRangeFormat;
  private readonly createdAtSync: number;
  constructor(
    ctx: RecordingExcelContext,
    readonly sheet: SheetData,
    private readonly maybeBlock: CellBlock | null,
  ) {
    super(ctx);
    this.format = new FakeRangeFormat(this, ctx);
    this.createdAtSync = ctx.syncCount;
  }

  get block(): CellBlock {
    if (this.maybeBlock === null) throw new Error("InvalidOperation: the range is a null object");
    return this.maybeBlock;
  }

  /** A null object loads nothing (Office.js leaves its properties undefined and sets isNullObject). */
  override capture(properties: readonly string[]): number {
    return this.maybeBlock === null ? 0 : super.capture(properties);
  }

  get isNullObject(): boolean {
    if (this.ctx.syncCount === this.createdAtSync) throw new Error("PropertyNotLoaded: isNullObject before sync()");
    return this.maybeBlock === null;
  }

  get rows(): number {
    return this.block.bottom - this.block.top + 1;
  }

  get columns(): number {
    return this.block.right - this.block.left + 1;
  }

  get values(): unknown[][] {
    return this.loaded("values");
  }

  set values(input: unknown[][]) {
    this.ctx.touch();
    this.ctx.addRequestBytes(JSON.stringify(input).length);
    this.each(input, "values", (r, c, value) => this.sheet.input(r, c, value));
  }

  get numberFormat(): unknown[][] {
    return this.loaded("numberFormat");
  }

  set numberFormat(input: unknown[][]) {
    this.ctx.touch();
    this.ctx.addRequestBytes(JSON.stringify(input).length);
    this.each(input, "numberFormat", (r, c, value) => {
      if (value === null || value === undefined) return;
      this.sheet.setFormat(r, c, value === "" ? GENERAL : String(value));
    });
  }

  get address(): string {
    return this.loaded("address");
  }
  get rowIndex(): number {
    return this.loaded("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded("columnIndex");
  }
  get rowCount(): number {
    return this.loaded("rowCount");
  }
  get columnCount(): number {
    return this.loaded("columnCount");
  }

  clear(): void {
    this.ctx.touch();
    this.sheet.clear();
  }

  getLastRow(): FakeRange {
    this.ctx.touch();
    const { bottom, left, right } = this.block;
    return new FakeRange(this.ctx, this.sheet, { top: bottom, left, bottom, right });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.ctx.touch();
    return new FakeRangeAreas(this.ctx, this.sheet);
  }

  protected current(property: string): unknown {
    const { top, left } = this.block;
    switch (property) {
      case "values":
        return this.grid((r, c) => this.sheet.value(r, c) ?? "");
      case "numberFormat":
        return this.grid((r, c) => this.sheet.format(r, c));
      case "address":
        return `${quoteSheetName(this.sheet.name)}!${blockAddress(toOneBased(this.block))}`;
      case "rowIndex":
        return top;
      case "columnIndex":
        return left;
      case "rowCount":
        return this.rows;
      case "columnCount":
        return this.columns;
      default:
        throw new Error(`Fake Range cannot load ${property}`);
    }
  }

  private grid<T>(cell: (r: number, c: number) => T): T[][] {
    const { top, left } = this.block;
    const out: T[][] = [];
    for (let r = 0; r < this.rows; r += 1) {
      const row: T[] = [];
      for (let c = 0; c < this.columns; c += 1) row.push(cell(top + r, left + c));
      out.push(row);
    }
    return out;
  }

  private each(input: unknown[][], what: string, apply: (r: number, c: number, value: unknown) => void): void {
    const { top, left } = this.block;
    const single = input.length === 1 && input[0]?.length === 1;
    if (!single && (input.length !== this.rows || input.some((row) => row.length !== this.columns))) {
      throw new Error(`InvalidArgument: ${what} of ${input.length}×${input[0]?.length ?? 0} for a ${this.rows}×${this.columns} range`);
    }
    for (let r = 0; r < this.rows; r += 1) {
      for (let c = 0; c < this.columns; c += 1) {
        apply(top + r, left + c, single ? input[0]?.[0] : input[r]?.[c]);
      }
    }
  }
}

function toOneBased(block: CellBlock): CellBlock {
  return { top: block.top + 1, left: block.left + 1, bottom: block.bottom + 1, right: block.right + 1 };
}

function toZeroBased(block: CellBlock): CellBlock {
  return { top: block.top - 1, left: block.left - 1, bottom: block.bottom - 1, right: block.right - 1 };
}

class FakeTable {
  style = "TableStyleMedium2";
  private tableName: string;
  constructor(
    private readonly ctx: RecordingExcelContext,
    readonly sheet: SheetData,
    public block: CellBlock,
    name: string,
  ) {
    this.tableName = name;
  }
  get name(): string {
    return this.tableName;
  }
  set name(value: string) {
    this.ctx.touch();
    const clash = this.ctx.allTables().some((t) => t !== this && t.name.toLowerCase() === value.toLowerCase());
    const nameClash = this.ctx.workbook.names.items.some((n) => n.name.toLowerCase() === value.toLowerCase());
    if (clash || nameClash) throw new Error(`InvalidArgument: a table or name "${value}" already exists`);
    this.tableName = value;
  }
  get worksheet(): { name: string } {
    return { name: this.sheet.name };
  }
  getRange(): FakeRange {
    this.ctx.touch();
    return new FakeRange(this.ctx, this.sheet, this.block);
  }
  getDataBodyRange(): FakeRange {
    this.ctx.touch();
    return new FakeRange(this.ctx, this.sheet, { ...this.block, top: this.block.top + 1 });
  }
  resize(address: string): void {
    this.ctx.touch();
    this.block = toZeroBased(parseBlockAddress(address));
  }
  delete(): void {
    this.ctx.touch();
    this.ctx.removeTable(this);
  }
}

class FakeSheetTables {
  constructor(
    private readonly ctx: RecordingExcelContext,
    private readonly sheet: SheetData,
  ) {}
  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    this.ctx.touch();
    if (!hasHeaders) throw new Error("Fake tables.add supports header rows only");
    const block = typeof address === "string" ? toZeroBased(parseBlockAddress(address)) : address.block;
    const overlaps = this.ctx
      .allTables()
      .some((t) => t.sheet === this.sheet && t.block.top <= block.bottom && block.top <= t.block.bottom && t.block.left <= block.right && block.left <= t.block.right);
    if (overlaps) throw new Error("InvalidOperation: a table cannot overlap another table");
    const table = new FakeTable(this.ctx, this.sheet, block, this.ctx.nextTableName());
    this.ctx.addTable(table);
    return table;
  }
  getItem(name: string): FakeTable {
    this.ctx.touch();
    const table = this.ctx.allTables().find((t) => t.sheet === this.sheet && t.name.toLowerCase() === name.toLowerCase());
    if (table === undefined) throw new Error(`ItemNotFound: table ${name}`);
    return table;
  }
}

class FakeChart {
  name: string;
  readonly title = { text: "" };
  readonly legend = { visible: true };
  position: readonly [string, string] | null = null;
  constructor(
    private readonly ctx: RecordingExcelContext,
    private readonly sheet: SheetData,
    readonly type: string,
    readonly source: string,
    readonly seriesBy: string,
    name: string,
  ) {
    this.name = name;
  }
  setPosition(start: FakeRange | string, end?: FakeRange | string): void {
    this.ctx.touch();
    const at = (where: FakeRange | string): string => (typeof where === "string" ? where : blockAddress(toOneBased(where.block)));
    this.position = [at(start), end === undefined ? at(start) : at(end)];
  }
  delete(): void {
    this.ctx.touch();
    this.sheet.charts = this.sheet.charts.filter((chart) => chart !== this);
  }
  info(): FakeChartInfo {
    return { name: this.name, type: this.type, seriesBy: this.seriesBy, source: this.source, title: this.title.text, legendVisible: this.legend.visible, position: this.position };
  }
}

class FakeChartCollection {
  constructor(
    private readonly ctx: RecordingExcelContext,
    private readonly sheet: SheetData,
  ) {}
  /** Chart names are loaded with the worksheet collection (load options); the fake hands them out as they are. */
  get items(): FakeChart[] {
    return this.sheet.charts.slice();
  }
  add(type: string, source: FakeRange, seriesBy?: string): FakeChart {
    this.ctx.touch();
    if (source.sheet !== this.sheet) throw new Error("InvalidArgument: a chart's source must be on its sheet in this fake");
    const chart = new FakeChart(this.ctx, this.sheet, type, blockAddress(toOneBased(source.block)), seriesBy ?? "Auto", `Chart ${this.sheet.charts.length + 1}`);
    this.sheet.charts.push(chart);
    return chart;
  }
  getItem(name: string): FakeChart {
    this.ctx.touch();
    const chart = this.sheet.charts.find((c) => c.name === name);
    if (chart === undefined) throw new Error(`ItemNotFound: chart ${name}`);
    return chart;
  }
}

class FakeWorksheet {
  readonly tables: FakeSheetTables;
  readonly charts: FakeChartCollection;
  readonly freezePanes: { freezeRows: (rows: number) => void; unfreeze: () => void };
  constructor(
    private readonly ctx: RecordingExcelContext,
    readonly data: SheetData,
  ) {
    this.tables = new FakeSheetTables(ctx, data);
    this.charts = new FakeChartCollection(ctx, data);
    this.freezePanes = {
      freezeRows: (rows: number) => {
        ctx.touch();
        data.frozenRows = rows;
      },
      unfreeze: () => {
        ctx.touch();
        data.frozenRows = 0;
      },
    };
  }
  get name(): string {
    return this.data.name;
  }
  set name(value: string) {
    this.ctx.touch();
    this.data.name = value;
  }
  getRange(address?: string): FakeRange {
    this.ctx.touch();
    const block = address === undefined ? { top: 0, left: 0, bottom: 1048575, right: 16383 } : toZeroBased(parseBlockAddress(address));
    return new FakeRange(this.ctx, this.data, block);
  }
  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    this.ctx.touch();
    if (rows < 1 || columns < 1) throw new Error(`InvalidArgument: getRangeByIndexes(${row}, ${column}, ${rows}, ${columns})`);
    return new FakeRange(this.ctx, this.data, { top: row, left: column, bottom: row + rows - 1, right: column + columns - 1 });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.ctx.touch();
    if (valuesOnly !== true) throw new Error("The fake computes used ranges of values only (valuesOnly = true)");
    return new FakeRange(this.ctx, this.data, this.data.usedBlock());
  }
}

class FakeWorksheetCollection extends Loadable {
  protected current(property: string): unknown {
    if (property.startsWith("items")) return this.ctx.sheets.map((sheet) => new FakeWorksheet(this.ctx, sheet));
    throw new Error(`Fake WorksheetCollection cannot load ${property}`);
  }
  get items(): FakeWorksheet[] {
    return this.loaded("items");
  }
  getItem(name: string): FakeWorksheet {
    this.ctx.touch();
    const sheet = this.ctx.findSheet(name);
    if (sheet === undefined) throw new Error(`ItemNotFound: worksheet ${name}`);
    return new FakeWorksheet(this.ctx, sheet);
  }
  add(name: string): FakeWorksheet {
    this.ctx.touch();
    if (this.ctx.findSheet(name) !== undefined) throw new Error(`ItemAlreadyExists: worksheet ${name}`);
    const sheet = new SheetData(name);
    this.ctx.sheets.push(sheet);
    return new FakeWorksheet(this.ctx, sheet);
  }
}

class FakeTableCollection extends Loadable {
  protected current(property: string): unknown {
    if (property.startsWith("items")) return this.ctx.allTables().slice();
    throw new Error(`Fake TableCollection cannot load ${property}`);
  }
  get items(): FakeTable[] {
    return this.loaded("items");
  }
}

class FakeNamedItemCollection extends Loadable {
  definedNames: string[] = [];
  protected current(property: string): unknown {
    if (property.startsWith("items")) return this.definedNames.map((name) => ({ name }));
    throw new Error(`Fake NamedItemCollection cannot load ${property}`);
  }
  get items(): { name: string }[] {
    return this.loaded("items");
  }
}

class FakeFunctionResult extends Loadable {
  constructor(
    ctx: RecordingExcelContext,
    private readonly result: number,
  ) {
    super(ctx);
  }
  protected current(): unknown {
    return this.result;
  }
  get value(): number {
    return this.loaded("value");
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  readonly functions: { date: (year: number, month: number, day: number) => FakeFunctionResult };
  constructor(ctx: RecordingExcelContext, dateSystem: DateSystem) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.tables = new FakeTableCollection(ctx);
    this.names = new FakeNamedItemCollection(ctx);
    this.functions = {
      date: (year, month, day) => {
        ctx.touch();
        const iso = toIsoDate(`${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
        const serial = iso.ok ? isoDateToSerial(iso.value, dateSystem) : null;
        return new FakeFunctionResult(ctx, serial?.ok === true ? serial.value : NaN);
      },
    };
  }
}

/** The fake `Excel.RequestContext`. */
export class RecordingExcelContext {
  readonly sheets: SheetData[] = [];
  readonly workbook: FakeWorkbook;
  readonly application: { suspendApiCalculationUntilNextSync: () => void };
  readonly batches: BatchRecord[] = [];
  calls = 0;
  private readonly pendingLoads: { target: Loadable; properties: string[] }[] = [];
  private readonly tables: FakeTable[] = [];
  private requestBytes = 0;
  private operations = 0;
  private calculationSuspended = false;
  private tableCounter = 0;

  constructor(
    dateSystem: DateSystem,
    private readonly payloadLimitBytes: number | null,
  ) {
    this.workbook = new FakeWorkbook(this, dateSystem);
    this.application = {
      suspendApiCalculationUntilNextSync: () => {
        this.touch();
        this.calculationSuspended = true;
      },
    };
  }

  get syncCount(): number {
    return this.batches.length;
  }

  touch(): void {
    this.calls += 1;
    this.operations += 1;
  }

  addRequestBytes(bytes: number): void {
    this.requestBytes += bytes;
  }

  queueLoad(target: Loadable, properties: string[]): void {
    this.pendingLoads.push({ target, properties });
  }

  async sync(): Promise<void> {
    this.calls += 1;
    let responseBytes = 0;
    for (const { target, properties } of this.pendingLoads.splice(0)) responseBytes += target.capture(properties);
    const record = {
      requestBytes: this.requestBytes,
      responseBytes,
      operations: this.operations,
      calculationSuspended: this.calculationSuspended,
    };
    this.batches.push(record);
    this.requestBytes = 0;
    this.operations = 0;
    this.calculationSuspended = false;
    const limit = this.payloadLimitBytes;
    if (limit !== null && (record.requestBytes > limit || record.responseBytes > limit)) {
      // Shaped like Office.js's RichApi error: the code says which side was too large.
      const code = record.requestBytes > limit ? "RequestPayloadSizeLimitExceeded" : "ResponsePayloadSizeLimitExceeded";
      throw Object.assign(new Error(`${code}: request ${record.requestBytes} B, response ${record.responseBytes} B`), { code });
    }
  }

  findSheet(name: string): SheetData | undefined {
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  allTables(): readonly FakeTable[] {
    return this.tables;
  }

  addTable(table: FakeTable): void {
    this.tables.push(table);
  }

  removeTable(table: FakeTable): void {
    this.tables.splice(this.tables.indexOf(table), 1);
  }

  nextTableName(): string {
    this.tableCounter += 1;
    return `Table${this.tableCounter}`;
  }
}

/** Seed for a sheet of the fake workbook: values from A1 (or from `top`/`left`, 1-based) and their formats. */
export interface SeedSheet {
  readonly values?: readonly (readonly CellValue[])[];
  readonly numberFormats?: readonly (readonly string[])[];
  readonly top?: number;
  readonly left?: number;
  readonly merges?: readonly string[];
}

/** The fake workbook with its context, a `run` to hand to ExcelHost, and inspection helpers for assertions. */
export class RecordingExcel {
  readonly context: RecordingExcelContext;
  runs = 0;

  constructor(options: { readonly dateSystem?: DateSystem; readonly payloadLimitBytes?: number | null } = {}) {
    this.context = new RecordingExcelContext(options.dateSystem ?? "1900", options.payloadLimitBytes === undefined ? 5_000_000 : options.payloadLimitBytes);
  }

  /** Pass as `ExcelHostOptions.run`. */
  readonly run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.runs += 1;
    return batch(this.context as unknown as Excel.RequestContext);
  };

  addSheet(name: string, seed: SeedSheet = {}): this {
    const sheet = new SheetData(name);
    const top = (seed.top ?? 1) - 1;
    const left = (seed.left ?? 1) - 1;
    seed.values?.forEach((row, r) => {
      const stored: Stored[] = new Array<Stored>(left).fill(null);
      for (const value of row) stored.push(value !== null && typeof value === "object" ? value.error : value);
      sheet.values[top + r] = stored;
    });
    seed.numberFormats?.forEach((row, r) => {
      sheet.formats[top + r] = [...new Array<undefined>(left).fill(undefined), ...row];
    });
    sheet.merges = seed.merges?.slice() ?? [];
    this.context.sheets.push(sheet);
    return this;
  }

  /** Adds defined names (they compete with table names). */
  addDefinedNames(...names: string[]): this {
    this.context.workbook.names.definedNames.push(...names);
    return this;
  }

  get syncCount(): number {
    return this.context.syncCount;
  }

  get batches(): readonly BatchRecord[] {
    return this.context.batches;
  }

  get calls(): number {
    return this.context.calls;
  }

  sheetNames(): string[] {
    return this.context.sheets.map((sheet) => sheet.name);
  }

  cell(sheetName: string, address: string): FakeCell {
    const sheet = this.sheet(sheetName);
    const { top, left } = toZeroBased(parseBlockAddress(address));
    return { value: sheet.value(top, left), formula: sheet.formulas.get(`${top},${left}`) ?? null, numberFormat: sheet.format(top, left) };
  }

  /** Every formula the fake holds on a sheet, by "row,column" (0-based). */
  formulas(sheetName: string): ReadonlyMap<string, string> {
    return this.sheet(sheetName).formulas;
  }

  tables(): FakeTableInfo[] {
    return this.context.allTables().map((table) => ({
      name: table.name,
      sheet: table.sheet.name,
      address: blockAddress(toOneBased(table.block)),
      style: table.style,
    }));
  }

  /** The charts on a sheet, in the order they were added. */
  charts(sheetName: string): FakeChartInfo[] {
    return this.sheet(sheetName).charts.map((chart) => chart.info());
  }

  frozenRows(sheetName: string): number {
    return this.sheet(sheetName).frozenRows;
  }

  /** Column width in points of a 1-based column, or undefined when never set. */
  columnWidth(sheetName: string, column: number): number | undefined {
    return this.sheet(sheetName).columnWidths.get(column - 1);
  }

  /** Conditional formats added to a sheet, in order. */
  conditionalFormats(sheetName: string): readonly FakeConditionalFormat[] {
    return this.sheet(sheetName).conditionalFormats;
  }

  /** Forgets the counters (syncs, calls, runs) so a test measures one call. */
  resetCounters(): void {
    this.context.batches.length = 0;
    this.context.calls = 0;
    this.runs = 0;
  }

  private sheet(name: string): SheetData {
    const sheet = this.context.findSheet(name);
    if (sheet === undefined) throw new Error(`No fake sheet ${name}`);
    return sheet;
  }
}
