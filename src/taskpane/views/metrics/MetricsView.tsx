import { Body1, Caption1, Card, Link, Select, Subtitle2 } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { metricsSummary } from "../../../service/headline-metrics";
import { AgingBars } from "../../components/AgingBars";
import { NotReady } from "../../components/NotReady";
import { useDesk } from "../../desk/DeskContext";
import { days, money, percent } from "../../format/format";
import { CashForecastCard } from "./CashForecastCard";
import { MetricTile } from "./MetricTile";
import { useMetricsViewStyles } from "./MetricsView.styles";

/** DSO, best possible DSO, CEI, average days delinquent, % current, aging and the expected cash-in, per currency; the largest overdue accounts. */
export function MetricsView() {
  const styles = useMetricsViewStyles();
  const desk = useDesk();
  const run = desk.run;
  const metrics = useMemo(() => (run === null ? [] : metricsSummary(run.ledger, run.metrics, run.forecast)), [run]);
  const [chosen, setChosen] = useState<string | null>(null);
  if (run === null) return <NotReady />;
  const { locale } = desk.env;
  const largest = [...metrics].sort((a, b) => b.openBalance - a.openBalance)[0];
  const m = metrics.find((x) => (x.currency ?? "") === chosen) ?? largest;
  if (m === undefined) return <Body1 className={styles.muted}>Nothing is open, so there is nothing to measure.</Body1>;
  const cur = m.currency;
  const cents = (amount: number): number => Math.round(amount * 100);
  const top = run.statuses.filter((s) => s.currency === cur && s.overdueCents > 0).sort((a, b) => b.overdueCents - a.overdueCents).slice(0, 5);
  return (
    <section className={styles.root} aria-labelledby="metrics-heading">
      <div className={styles.head}>
        <Subtitle2 as="h2" id="metrics-heading" className={styles.heading}>Receivables{cur === null ? "" : ` in ${cur}`}</Subtitle2>
        {metrics.length > 1 && (
          <Select size="small" aria-label="Currency" value={cur ?? ""} onChange={(_, d) => setChosen(d.value)}>
            {metrics.map((x) => <option key={x.currency ?? ""} value={x.currency ?? ""}>{x.currency ?? "No currency"}</option>)}
          </Select>
        )}
      </div>
      <div className={styles.tiles}>
        <MetricTile label="Open balance" value={money(cents(m.openBalance), cur, locale, true)} hint={`${m.openInvoices} open items`} />
        <MetricTile label="Overdue" value={money(cents(m.overdue), cur, locale, true)} hint={`${percent(m.percentCurrent)} still current`} />
        <MetricTile label="DSO" value={days(m.dsoSimple)} hint="Last 3 months' sales" />
        <MetricTile label="Best possible DSO" value={days(m.bestPossibleDsoSimple)} hint="If nothing were overdue" />
        <MetricTile label="CEI" value={percent(m.ceiFullSales)} hint="Collected of collectible, 3 months" />
        <MetricTile label="Avg. days delinquent" value={days(m.averageDaysDelinquent)} hint="Amount-weighted, open items" />
      </div>
      <Card className={styles.card}>
        <Subtitle2 as="h3" className={styles.heading}>Aging</Subtitle2>
        <AgingBars large labels={Object.keys(m.aging)} bucketCents={Object.values(m.aging).map(cents)} currency={cur} locale={locale} label={`Aging of the open balance${cur === null ? "" : ` in ${cur}`}`} />
      </Card>
      {m.cashForecast !== undefined && <CashForecastCard forecast={m.cashForecast} currency={cur} locale={locale} />}
      {top.length > 0 && (
        <Card className={styles.card}>
          <Subtitle2 as="h3" className={styles.heading}>Most overdue</Subtitle2>
          <ol className={styles.top} aria-label="Customers with the most overdue">
            {top.map((s) => (
              <li key={s.customerKey} className={styles.topItem}>
                <Link className={styles.topName} onClick={() => desk.openCustomer(s.customerKey)}>{s.customerName}</Link>
                <Caption1 className={styles.amount}>{money(s.overdueCents, cur, locale, true)}</Caption1>
              </li>
            ))}
          </ol>
        </Card>
      )}
    </section>
  );
}
