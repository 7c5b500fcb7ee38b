import { Caption1, Card, Subtitle2, mergeClasses } from "@fluentui/react-components";
import type { CashForecastSummary } from "../../../service/headline-metrics";
import { dayMonth, money, shortDate } from "../../format/format";
import { useCashForecastCardStyles } from "./CashForecastCard.styles";

export interface CashForecastCardProps {
  /** One currency's expected cash-in by week, as the run forecast it. */
  readonly forecast: CashForecastSummary;
  /** The currency of the amounts. */
  readonly currency: string | null;
  /** Locale for amounts and dates. */
  readonly locale: string;
  /** Extra class for the root, applied last. */
  readonly className?: string;
}

/** The expected cash-in per week (13 weeks and later) as bars, with the basis and the check against the open balance. */
export function CashForecastCard({ forecast, currency, locale, className }: CashForecastCardProps) {
  const styles = useCashForecastCardStyles();
  const cents = (amount: number): number => Math.round(amount * 100);
  const lines = [
    ...forecast.weeks.map((week) => ({ key: week.weekStart, label: dayMonth(week.weekStart, locale), aria: `Week of ${shortDate(week.weekStart, locale)}`, amount: week.amount })),
    { key: "later", label: "Later", aria: "Later", amount: forecast.later },
    ...(forecast.undated > 0 ? [{ key: "undated", label: "No date", aria: "Without an invoice or due date", amount: forecast.undated }] : []),
  ];
  const largest = Math.max(1, ...lines.map((line) => cents(line.amount)));
  const basis = forecast.basis === "model" ? "Predicted from how each customer has paid" : "By due dates: no paid invoices to learn from yet";
  const promised = forecast.promised > 0 ? ` · ${money(cents(forecast.promised), currency, locale, true)} on promises` : "";
  return (
    <Card className={mergeClasses(styles.root, className)}>
      <Subtitle2 as="h3" className={styles.heading}>Expected cash-in, next {forecast.weeks.length} weeks</Subtitle2>
      <Caption1 className={styles.muted}>{basis}{promised}</Caption1>
      <ul className={styles.weeks} aria-label="Expected cash-in by week">
        {lines.map((line) => {
          const width = line.amount <= 0 ? 0 : Math.max(1, Math.round((cents(line.amount) / largest) * 100));
          const amount = money(cents(line.amount), currency, locale, true);
          return (
            <li key={line.key} className={styles.row} aria-label={`${line.aria}: ${amount}`}>
              <span className={styles.label} aria-hidden>{line.label}</span>
              <span className={styles.track} aria-hidden>{width > 0 && <span className={styles.bar} style={{ width: `${width}%` }} />}</span>
              <span className={styles.amount} aria-hidden>{amount}</span>
            </li>
          );
        })}
      </ul>
      <Caption1 className={styles.check}>
        Total {money(cents(forecast.total), currency, locale, true)}
        {forecast.difference === 0 ? " = the open receivables" : forecast.difference === null ? "" : `, ${money(cents(forecast.difference), currency, locale)} off the open receivables: see Collect Metrics`}
      </Caption1>
    </Card>
  );
}
