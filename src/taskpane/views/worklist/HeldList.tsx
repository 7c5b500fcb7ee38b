import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Caption1, Link, makeStyles, tokens } from "@fluentui/react-components";
import type { IsoDate } from "../../../core/dates/iso-date";
import type { CreditEntry, HeldEntry } from "../../../core/desk/worklist";
import { money, shortDate } from "../../format/format";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  item: { listStyleType: "none", display: "flex", flexDirection: "column" },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface HeldListProps {
  /** Invoices on hold, with the reason (promise, dispute, plan, stop switch). */
  readonly holds: readonly HeldEntry[];
  /** Accounts in credit: never chased. */
  readonly credits: readonly CreditEntry[];
  /** Locale for amounts and dates. */
  readonly locale: string;
  /** Opens a customer. */
  readonly onOpen: (customerKey: string) => void;
}

interface HeldCustomer {
  readonly customerKey: string;
  readonly customerName: string;
  readonly reasons: readonly string[];
  readonly until: IsoDate | null;
}

function byCustomer(holds: readonly HeldEntry[]): readonly HeldCustomer[] {
  const grouped = new Map<string, { name: string; reasons: Set<string>; until: IsoDate | null }>();
  for (const hold of holds) {
    const entry = grouped.get(hold.customerKey) ?? { name: hold.customerName, reasons: new Set<string>(), until: null };
    entry.reasons.add(hold.reason);
    if (hold.until !== null && (entry.until === null || hold.until > entry.until)) entry.until = hold.until;
    grouped.set(hold.customerKey, entry);
  }
  return [...grouped.entries()].map(([customerKey, e]) => ({ customerKey, customerName: e.name, reasons: [...e.reasons], until: e.until })).sort((a, b) => a.customerName.localeCompare(b.customerName));
}

/** Who is left off today's list and why: on hold (with the reason and until when), and in credit. */
export function HeldList({ holds, credits, locale, onOpen }: HeldListProps) {
  const styles = useStyles();
  const held = byCustomer(holds);
  return (
    <Accordion multiple collapsible aria-label="Customers not chased today">
      <AccordionItem value="holds">
        <AccordionHeader size="small">On hold ({held.length})</AccordionHeader>
        <AccordionPanel>
          <ul className={styles.list} aria-label="Customers on hold">
            {held.map((h) => (
              <li key={h.customerKey} className={styles.item} data-customer={h.customerKey}>
                <Link onClick={() => onOpen(h.customerKey)}>{h.customerName}</Link>
                <Caption1 className={styles.muted}>
                  On hold: {h.reasons.join("; ")}
                  {h.until === null ? "" : ` · until ${shortDate(h.until, locale)}`}
                </Caption1>
              </li>
            ))}
          </ul>
        </AccordionPanel>
      </AccordionItem>
      <AccordionItem value="credits">
        <AccordionHeader size="small">In credit ({credits.length})</AccordionHeader>
        <AccordionPanel>
          <ul className={styles.list} aria-label="Customers in credit">
            {credits.map((c) => (
              <li key={`${c.customerKey}-${c.currency ?? ""}`} className={styles.item}>
                <Link onClick={() => onOpen(c.customerKey)}>{c.customerName}</Link>
                <Caption1 className={styles.muted}>Credit of {money(-c.netCents, c.currency, locale)}: not chased</Caption1>
              </li>
            ))}
          </ul>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
