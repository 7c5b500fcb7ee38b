import { Badge, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { computeDaysPastDue } from "../../../core/aging/days-past-due";
import type { IsoDate } from "../../../core/dates/iso-date";
import type { Invoice } from "../../../core/ledger/ledger";
import { money, shortDate } from "../../format/format";

const useStyles = makeStyles({
  table: { tableLayout: "fixed", width: "100%" },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  invoice: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  late: { color: tokens.colorPaletteRedForeground1 },
  flag: { marginLeft: tokens.spacingHorizontalXS },
});

export interface OpenItemsProps {
  /** The customer's open invoices and credits. */
  readonly invoices: readonly Invoice[];
  /** The day days past due are counted to. */
  readonly asOf: IsoDate;
  /** Locale for amounts and dates. */
  readonly locale: string;
}

/** The customer's open items, oldest due first: invoice, due date, balance and days past due, with dispute and hold flags. */
export function OpenItems({ invoices, asOf, locale }: OpenItemsProps) {
  const styles = useStyles();
  const sorted = [...invoices].sort((a, b) => (a.dueDate ?? "9999") .localeCompare(b.dueDate ?? "9999"));
  return (
    <Table size="extra-small" className={styles.table} aria-label="Open invoices">
      <TableHeader>
        <TableRow>
          <TableHeaderCell style={{ width: "34%" }}>Invoice</TableHeaderCell>
          <TableHeaderCell style={{ width: "26%" }}>Due</TableHeaderCell>
          <TableHeaderCell style={{ width: "24%" }} className={styles.number}>Balance</TableHeaderCell>
          <TableHeaderCell style={{ width: "16%" }} className={styles.number}>Days</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {sorted.map((invoice) => {
          const late = invoice.dueDate === null || invoice.openCents < 0 ? null : computeDaysPastDue(invoice.dueDate, asOf);
          return (
            <TableRow key={`${invoice.invoiceNo}-${invoice.source}`}>
              <TableCell className={styles.invoice} title={invoice.invoiceNo}>
                {invoice.invoiceNo}
                {invoice.disputed && <Badge size="small" color="warning" appearance="tint" className={styles.flag}>disputed</Badge>}
                {invoice.onHold && <Badge size="small" color="subtle" appearance="tint" className={styles.flag}>hold</Badge>}
              </TableCell>
              <TableCell>{shortDate(invoice.dueDate, locale)}</TableCell>
              <TableCell className={styles.number}>{money(invoice.openCents, invoice.currency, locale, true)}</TableCell>
              <TableCell className={mergeClasses(styles.number, late !== null && late > 0 && styles.late)}>{late === null ? "" : late > 0 ? late : "–"}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
