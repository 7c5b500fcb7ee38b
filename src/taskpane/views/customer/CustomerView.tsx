import { Body1, Body1Strong, Caption1, Card, Subtitle2 } from "@fluentui/react-components";
import { ChannelIcon } from "../../components/ChannelIcon";
import { NotReady } from "../../components/NotReady";
import { StageBadge } from "../../components/StageBadge";
import { useDesk } from "../../desk/DeskContext";
import { AccountSummary } from "./AccountSummary";
import { ContactCard } from "./ContactCard";
import { ContactHistory } from "./ContactHistory";
import { CustomerPicker } from "./CustomerPicker";
import { OpenItems } from "./OpenItems";
import { useCustomerViewStyles } from "./CustomerView.styles";

/** One customer: account status, why Collect acts today, the contact form, open invoices and history. */
export function CustomerView() {
  const styles = useCustomerViewStyles();
  const desk = useDesk();
  if (desk.run === null) return <NotReady />;
  const { run, env } = desk;
  const key = desk.selectedCustomer;
  const statuses = run.statuses.filter((s) => s.customerKey === key);
  const customer = run.ledger.customers.find((c) => c.key === key) ?? null;
  const rows = run.worklist.rows.filter((r) => r.customerKey === key);
  const first = statuses[0];
  return (
    <section className={styles.root} aria-label="Customer">
      <CustomerPicker statuses={run.statuses} selected={key} onSelect={(k) => desk.openCustomer(k, "customer")} />
      {key === null || first === undefined ? (
        <Body1 className={styles.muted}>Pick a customer above, or open one from the Worklist.</Body1>
      ) : (
        <>
          {statuses.map((status) => (
            <AccountSummary key={status.currency ?? ""} status={status} customer={customer} locale={env.locale} />
          ))}
          {rows.map((row) => (
            <Card key={row.currency ?? ""} className={styles.why} aria-label="Today's action">
              <div className={styles.line}>
                <StageBadge level={row.stageLevel} name={row.stageName} />
                <ChannelIcon channel={row.channel} />
                <Body1Strong>{row.action}</Body1Strong>
              </div>
              <Caption1>{row.reason}</Caption1>
              {row.why.length > 0 && (
                <ul className={styles.whyList}>
                  {row.why.map((reason) => <li key={reason}><Caption1>{reason}</Caption1></li>)}
                </ul>
              )}
            </Card>
          ))}
          <ContactCard key={key} customerKey={key} customerName={first.customerName} contactPerson={customer?.contactPerson ?? null} currency={first.currency} row={rows[0] ?? null} />
          <div className={styles.section}>
            <Subtitle2 as="h3" className={styles.heading}>Open invoices</Subtitle2>
            <OpenItems invoices={run.ledger.invoices.filter((i) => i.customerKey === key && i.openCents !== 0)} asOf={run.asOf} locale={env.locale} />
          </div>
          <div className={styles.section}>
            <Subtitle2 as="h3" className={styles.heading}>History</Subtitle2>
            <ContactHistory contacts={run.ledger.contacts.filter((c) => c.customerKey === key)} currency={first.currency} locale={env.locale} />
          </div>
        </>
      )}
    </section>
  );
}
