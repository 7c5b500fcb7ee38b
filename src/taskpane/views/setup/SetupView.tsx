import { Accordion, Button, Caption1, Field, Input, Subtitle2 } from "@fluentui/react-components";
import { useState } from "react";
import { toIsoDate } from "../../../core/dates/iso-date";
import type { FieldId } from "../../../workbook";
import { fieldError } from "../../components/field-error";
import { NotReady } from "../../components/NotReady";
import { useDesk } from "../../desk/DeskContext";
import { count } from "../../format/format";
import { IssueList } from "./IssueList";
import { COLLECT_DECIDES } from "./MappingRow";
import { SheetCard } from "./SheetCard";
import { useSetupViewStyles } from "./SetupView.styles";

/** What Collect read: the as-of date, each sheet's role, header and columns (changeable), and the problems found. */
export function SetupView() {
  const styles = useSetupViewStyles();
  const desk = useDesk();
  const [asOfText, setAsOfText] = useState<string>(desk.asOf);
  if (desk.run === null || desk.snapshot === null) return <NotReady />;
  const { ledger } = desk.run;
  const grids = new Map(desk.snapshot.grids.map((g) => [g.sheetName, g]));
  const parsed = toIsoDate(asOfText);
  const busy = desk.busy !== null;
  const change = (sheet: string, field: FieldId, column: string) => void desk.saveMapping({ sheet, field, column: column === COLLECT_DECIDES ? null : column });
  const firstRead = ledger.sheets.find((s) => s.role !== "unknown" && s.role !== "collect-owned")?.name;
  return (
    <section className={styles.root} aria-label="Setup">
      <div className={styles.asOf}>
        <Field label="As-of date" hint="The day the worklist and letters are for." {...fieldError(parsed.ok ? undefined : "Enter a date.")}>
          <Input type="date" value={asOfText} onChange={(_, d) => setAsOfText(d.value)} />
        </Field>
        <Button disabled={busy || !parsed.ok || asOfText === desk.asOf} onClick={() => parsed.ok && desk.setAsOf(parsed.value)}>
          Apply
        </Button>
      </div>
      <div className={styles.section}>
        <Subtitle2 as="h2" className={styles.heading}>Sheets</Subtitle2>
        <Caption1 className={styles.muted}>
          {count(ledger.invoices.length, "invoice")}, {count(ledger.payments.length, "payment")} and {count(ledger.customers.length, "customer")} read from {count(ledger.sheets.length, "sheet")}. Pick another column where Collect chose wrong; your choice is kept in the &quot;Collect Settings&quot; sheet.
        </Caption1>
        <Accordion className={styles.sheets} collapsible multiple defaultOpenItems={firstRead === undefined ? [] : [firstRead]}>
          {ledger.sheets.map((report) => (
            <SheetCard key={report.name} report={report} grid={grids.get(report.name)} dateSystem={ledger.dateSystem} onChange={change} disabled={busy} />
          ))}
        </Accordion>
      </div>
      <div className={styles.section}>
        <Subtitle2 as="h2" className={styles.heading}>Problems found ({desk.run.issues.length})</Subtitle2>
        <IssueList issues={desk.run.issues} />
      </div>
    </section>
  );
}
