import { Badge, Caption1, Card, Subtitle1, Subtitle2, type BadgeProps } from "@fluentui/react-components";
import type { CustomerStatus } from "../../../core/desk/customer-status";
import type { Customer } from "../../../core/ledger/ledger";
import { AgingBars } from "../../components/AgingBars";
import { days, money, percent, shortDate } from "../../format/format";
import { useAccountSummaryStyles } from "./AccountSummary.styles";

export interface AccountSummaryProps {
  /** One account (customer × currency) on the as-of date. */
  readonly status: CustomerStatus;
  /** The customer's details from the workbook, when it has a customer list. */
  readonly customer: Customer | null;
  /** Locale for amounts and dates. */
  readonly locale: string;
}

const OUTCOME_COLOR: Readonly<Record<string, NonNullable<BadgeProps["color"]>>> = { act: "danger", wait: "informative", hold: "warning", "in-credit": "success", "below-minimum": "subtle", "nothing-due": "success" };

/** The risk in a line: "78 of 100 (high) · pays 21 days late on average over 14 invoices, 12 of them late". */
function riskText(risk: CustomerStatus["risk"]): string {
  if (risk === null) return "Not rated: no paid invoices in the workbook to learn from";
  if (risk.score === null || risk.band === null) return `${risk.why.charAt(0).toUpperCase()}${risk.why.slice(1)}`;
  return `${risk.score} of 100 (${risk.band}) · ${risk.why}`;
}

/** The account status: balance, overdue, payment habits, late-payment risk, aging, promises, disputes, plan and contact details. */
export function AccountSummary({ status, customer, locale }: AccountSummaryProps) {
  const styles = useAccountSummaryStyles();
  const cur = status.currency;
  const p = status.profile;
  const promises = status.promises;
  const facts: [string, string][] = [
    ["Next", status.nextActionDate === null ? status.nextAction : `${status.nextAction} (${shortDate(status.nextActionDate, locale)})`],
    ["Days to pay", p === null ? "No paid invoices yet" : `${days(p.averageDaysToPay)} on average${p.weightedDaysToPay === null ? "" : `, ${days(p.weightedDaysToPay)} by amount`}${p.trend === null ? "" : ` · ${p.trend}`}`],
    ["Days late", p === null ? "–" : `${days(p.averageDaysLate)} on average · ${percent(p.onTimeShare === null ? null : p.onTimeShare * 100)} on time`],
    ["Late-payment risk", riskText(status.risk)],
    ["Promises", `${promises.kept} kept · ${promises.broken} broken · ${promises.pending} open`],
    ["Disputes", status.disputedInvoiceNos.length === 0 ? "None" : `${status.disputedInvoiceNos.join(", ")} (${money(status.disputedCents, cur, locale)})`],
    ["Plan", status.plan === null ? "None" : `${status.plan.state.replace("-", " ")} · ${money(status.plan.paidSoFarCents, cur, locale)} of ${money(status.plan.totalCents, cur, locale)} paid`],
    ["Credit limit", status.creditLimitCents === null ? "None" : `${money(status.creditLimitCents, cur, locale, true)} · ${percent(status.creditUse === null ? null : status.creditUse * 100)} used`],
    ["Last contact", status.lastContact === null ? "None logged" : `${shortDate(status.lastContact.date, locale)} · ${status.lastContact.channel}${status.lastContact.discussed === null ? "" : `: ${status.lastContact.discussed}`}`],
    ["Contact", [customer?.contactPerson, customer?.phone, customer?.email].filter((v): v is string => typeof v === "string" && v !== "").join(" · ") || "–"],
  ];
  return (
    <Card className={styles.root}>
      <div className={styles.title}>
        <Subtitle2 as="h2" className={styles.heading}>
          {status.customerName}
          {status.mixedCurrencies && cur !== null ? ` (${cur})` : ""}
        </Subtitle2>
        {status.outcome !== null && (
          <Badge appearance="tint" color={OUTCOME_COLOR[status.outcome] ?? "informative"}>
            {status.outcome === "act" ? "Act today" : status.nextAction.split(":")[0]}
          </Badge>
        )}
        {status.risk?.band === "high" && <Badge appearance="outline" color="danger" aria-label={`Late-payment risk ${status.risk.score ?? ""} of 100, high`}>Likely late</Badge>}
        {p?.rating != null && <Badge appearance="outline" aria-label={`Payment rating ${p.rating}`}>Rating {p.rating}</Badge>}
      </div>
      <div className={styles.tiles}>
        <div className={styles.tile}>
          <Caption1 className={styles.muted}>Balance</Caption1>
          <Subtitle1 className={styles.tileValue}>{money(status.balanceCents, cur, locale)}</Subtitle1>
        </div>
        <div className={styles.tile}>
          <Caption1 className={styles.muted}>Overdue</Caption1>
          <Subtitle1 className={styles.tileValue}>{money(status.overdueCents, cur, locale)}</Subtitle1>
        </div>
      </div>
      <AgingBars labels={status.aging.labels} bucketCents={status.aging.bucketCents} currency={cur} locale={locale} label={`Aging of ${status.customerName}`} />
      <dl className={styles.facts}>
        {facts.map(([term, value]) => (
          <div key={term} style={{ display: "contents" }}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.definition}>{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
