import { AccordionHeader, AccordionItem, AccordionPanel, Badge, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { DateSystem } from "../../../core/excel/serial";
import type { SheetReport, SheetRole } from "../../../core/ledger/ledger";
import type { FieldId } from "../../../workbook";
import type { Grid } from "../../../workbook/grid";
import { AddFieldRow } from "./AddFieldRow";
import { MappingRow } from "./MappingRow";
import { sampleValues, sheetColumns } from "./sheet-columns";

const useStyles = makeStyles({
  header: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  name: { fontWeight: tokens.fontWeightSemibold, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** How each role reads to a bookkeeper. */
export const ROLE_WORDS: Readonly<Record<SheetRole, string>> = {
  invoices: "Invoices",
  "aging-detail": "Aging detail",
  "aging-summary": "Aging summary",
  payments: "Payments",
  customers: "Customers",
  "contact-log": "Contact log",
  "collect-owned": "Collect's own",
  unknown: "Not read",
};

export interface SheetCardProps {
  /** How the sheet was read. */
  readonly report: SheetReport;
  /** The sheet's cells (for column titles and sample values), when read. */
  readonly grid: Grid | undefined;
  /** The workbook's date system (sample dates). */
  readonly dateSystem: DateSystem;
  /** Called when the user picks a column for a field. */
  readonly onChange: (sheet: string, field: FieldId, column: string) => void;
  /** Disables changes while the pane is busy. */
  readonly disabled: boolean;
}

/** One sheet in the Setup list: its role and header row, then each field's column with confidence and samples. */
export function SheetCard({ report, grid, dateSystem, onChange, disabled }: SheetCardProps) {
  const styles = useStyles();
  const headerRow = report.headerRow;
  const columns = grid === undefined || headerRow === null ? [] : sheetColumns(grid, headerRow);
  const rows = report.rows;
  return (
    <AccordionItem value={report.name}>
      <AccordionHeader size="small">
        <span className={styles.header}>
          <span className={styles.name}>{report.name}</span>
          <Badge size="small" appearance="tint" color={report.role === "unknown" ? "subtle" : report.role === "collect-owned" ? "informative" : "brand"}>{ROLE_WORDS[report.role]}</Badge>
        </span>
      </AccordionHeader>
      <AccordionPanel>
        <Caption1 className={styles.muted}>
          {headerRow === null
            ? "No header row found: Collect did not read this sheet."
            : `Header in row ${headerRow} · ${rows.used} rows read${rows.subtotal > 0 ? `, ${rows.subtotal} subtotals` : ""}${rows.withIssue > 0 ? `, ${rows.withIssue} with issues` : ""}`}
        </Caption1>
        {grid !== undefined && headerRow !== null && report.role !== "collect-owned" && (
          <>
            {report.columns.map((mapping) => (
              <MappingRow
                key={mapping.field}
                sheet={report.name}
                mapping={mapping}
                columns={columns}
                samples={sampleValues(grid, headerRow, mapping.column, dateSystem)}
                onChange={(field, column) => onChange(report.name, field, column)}
                disabled={disabled}
              />
            ))}
            <AddFieldRow sheet={report.name} mapped={report.columns.map((m) => m.field)} columns={columns} onAdd={(field, column) => onChange(report.name, field, column)} disabled={disabled} />
          </>
        )}
      </AccordionPanel>
    </AccordionItem>
  );
}
