import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ContactLogEntry } from "../../../core/ledger/ledger";
import { ChannelIcon } from "../../components/ChannelIcon";
import { money, shortDate } from "../../format/format";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  item: { listStyleType: "none", display: "grid", gridTemplateColumns: "20px minmax(0, 1fr)", columnGap: tokens.spacingHorizontalS },
  icon: { color: tokens.colorNeutralForeground3, marginTop: "2px" },
  text: { display: "flex", flexDirection: "column", minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface ContactHistoryProps {
  /** The customer's logged contacts, oldest first. */
  readonly contacts: readonly ContactLogEntry[];
  /** Currency of promised amounts. */
  readonly currency: string | null;
  /** Locale for amounts and dates. */
  readonly locale: string;
  /** Entries shown before "Show all". @defaultvalue 5 */
  readonly initialCount?: number;
}

/** The contact log for one customer, newest first: channel, date, who, what was said, promises and disputes. */
export function ContactHistory({ contacts, currency, locale, initialCount = 5 }: ContactHistoryProps) {
  const styles = useStyles();
  const [all, setAll] = useState(false);
  const newest = [...contacts].reverse();
  const shown = all ? newest : newest.slice(0, initialCount);
  if (newest.length === 0) return <Caption1 className={styles.muted}>No contact logged yet.</Caption1>;
  return (
    <>
      <ol className={styles.list} aria-label="Contact history, newest first">
        {shown.map((entry, index) => {
          const promise = entry.promiseDate === null ? null : `Promised ${entry.promiseCents === null ? "the balance" : money(entry.promiseCents, currency, locale)} by ${shortDate(entry.promiseDate, locale)}`;
          const details = [entry.person, entry.discussed, entry.offers === null ? null : `Offered: ${entry.offers}`, promise, entry.disputeOpened ? "Dispute opened" : null].filter((v): v is string => v !== null && v !== "");
          return (
            <li key={`${entry.date}-${index}`} className={styles.item}>
              <ChannelIcon channel={entry.channel} className={styles.icon} />
              <span className={styles.text}>
                <Caption1>
                  <strong>{shortDate(entry.date, locale)}</strong>
                  {entry.time === null ? "" : ` ${entry.time}`}
                  {entry.stage === null ? "" : ` · ${entry.stage}`}
                </Caption1>
                <Caption1 className={styles.muted}>{details.join(" · ") || "–"}</Caption1>
              </span>
            </li>
          );
        })}
      </ol>
      {newest.length > shown.length && (
        <Button size="small" appearance="transparent" onClick={() => setAll(true)}>
          Show all {newest.length}
        </Button>
      )}
    </>
  );
}
