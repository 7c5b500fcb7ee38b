import { Body1, Caption1, Link, Subtitle2, ToggleButton, useArrowNavigationGroup } from "@fluentui/react-components";
import { Filter20Regular } from "../../components/icons";
import { useState } from "react";
import type { WorklistRow } from "../../../core/desk/worklist";
import { NotReady } from "../../components/NotReady";
import { useDesk } from "../../desk/DeskContext";
import { count, money } from "../../format/format";
import { HeldList } from "./HeldList";
import { useWorklistFilters } from "./useWorklistFilters";
import { WorklistFilters } from "./WorklistFilters";
import { WorklistItem } from "./WorklistItem";
import { useWorklistViewStyles } from "./WorklistView.styles";

function overdueByCurrency(rows: readonly WorklistRow[], locale: string): string {
  const totals = new Map<string | null, number>();
  for (const row of rows) totals.set(row.currency, (totals.get(row.currency) ?? 0) + row.overdueCents);
  return [...totals.entries()].filter(([, cents]) => cents > 0).map(([currency, cents]) => money(cents, currency, locale, true)).join(" + ");
}

/** Today's ranked actions with their reasons; filters; click a row to open the customer; "Done" logs the contact. */
export function WorklistView() {
  const styles = useWorklistViewStyles();
  const desk = useDesk();
  const [showFilters, setShowFilters] = useState(false);
  const filters = useWorklistFilters(desk.run?.worklist.rows ?? [], desk.run?.ledger.customers ?? []);
  const arrows = useArrowNavigationGroup({ axis: "vertical", memorizeCurrent: true });
  if (desk.run === null) return <NotReady />;
  const { worklist } = desk.run;
  const { locale } = desk.env;
  const rows = filters.rows;
  return (
    <section className={styles.root} aria-labelledby="worklist-heading">
      <div className={styles.summary}>
        <div className={styles.summaryText}>
          <Subtitle2 as="h2" id="worklist-heading" className={styles.heading}>
            {count(worklist.rows.length, "customer")} to contact
          </Subtitle2>
          <Caption1 className={styles.muted}>
            {worklist.rows.length === 0 ? "Nothing to chase today" : `${overdueByCurrency(worklist.rows, locale)} overdue`} · {count(new Set(worklist.holds.map((h) => h.customerKey)).size, "on hold", "on hold")}
          </Caption1>
        </div>
        <ToggleButton size="small" appearance="subtle" icon={<Filter20Regular />} checked={showFilters} onClick={() => setShowFilters(!showFilters)} aria-expanded={showFilters}>
          Filters{filters.activeCount > 0 ? ` (${filters.activeCount})` : ""}
        </ToggleButton>
      </div>
      {showFilters && <WorklistFilters filters={filters} />}
      {filters.activeCount > 0 && (
        <Caption1 className={styles.muted}>
          Showing {rows.length} of {worklist.rows.length}. <Link as="button" onClick={filters.clear}>Clear filters</Link>
        </Caption1>
      )}
      {rows.length === 0 ? (
        <Body1 className={styles.empty}>{worklist.rows.length === 0 ? "No customer needs a contact today." : "No customer matches these filters."}</Body1>
      ) : (
        <ul className={styles.list} aria-label="Customers to contact today" {...arrows}>
          {rows.map((row) => (
            <WorklistItem key={`${row.customerKey}-${row.currency ?? ""}`} row={row} locale={locale} onOpen={desk.openCustomer} onDone={(r) => void desk.markDone(r)} disabled={desk.busy !== null} />
          ))}
        </ul>
      )}
      <HeldList holds={worklist.holds} credits={worklist.credits} locale={locale} onOpen={desk.openCustomer} />
    </section>
  );
}
