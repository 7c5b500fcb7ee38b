import { Body1Strong, Button, Caption1, mergeClasses } from "@fluentui/react-components";
import { Checkmark16Regular } from "../../components/icons";
import type { WorklistRow } from "../../../core/desk/worklist";
import { CHANNEL_WORDS, ChannelIcon } from "../../components/ChannelIcon";
import { StageBadge } from "../../components/StageBadge";
import { money, shortDate } from "../../format/format";
import { useWorklistItemStyles } from "./WorklistItem.styles";

export interface WorklistItemProps {
  /** Today's action for one customer account. */
  readonly row: WorklistRow;
  /** Locale for amounts and dates. */
  readonly locale: string;
  /** Opens the customer (and selects its rows in Excel). */
  readonly onOpen: (customerKey: string) => void;
  /** Logs today's action as done. */
  readonly onDone: (row: WorklistRow) => void;
  /** Disables "Done" while the pane is busy. @defaultvalue false */
  readonly disabled?: boolean;
  /** Extra class for the root, applied last. */
  readonly className?: string;
}

/** One worklist row: rank, customer, overdue amount, stage, channel, a high late-payment risk, the reason in words, and "Done". */
export function WorklistItem({ row, locale, onOpen, onDone, disabled = false, className }: WorklistItemProps) {
  const styles = useWorklistItemStyles();
  // What is at stake: the overdue part, or (for a reminder before the due date) the amount coming due.
  const isOverdue = row.overdueCents > 0;
  const overdue = money(isOverdue ? row.overdueCents : row.amountDueCents, row.currency, locale, true);
  const follow = row.nextActionDate === null ? "" : ` · next ${shortDate(row.nextActionDate, locale)}`;
  return (
    <li className={mergeClasses(styles.root, className)} data-customer={row.customerKey}>
      <button
        type="button"
        className={styles.open}
        onClick={() => onOpen(row.customerKey)}
        aria-label={`${row.rank}. ${row.customerName}: ${row.action}, ${overdue} ${isOverdue ? "overdue" : "coming due"}. ${row.reason}. Open the customer.`}
      >
        <span className={styles.rank} aria-hidden>
          {row.rank}
        </span>
        <span className={styles.main}>
          <span className={styles.line}>
            <Body1Strong className={styles.name}>{row.customerName}</Body1Strong>
            <Body1Strong className={mergeClasses(styles.amount, !isOverdue && styles.muted)} title={isOverdue ? "Overdue" : "Coming due"}>
              {overdue}
            </Body1Strong>
          </span>
          <span className={styles.line}>
            <StageBadge level={row.stageLevel} name={row.stageName} className={styles.badge} />
            <ChannelIcon channel={row.channel} className={styles.channel} />
            <Caption1 className={styles.channelWords}>
              {CHANNEL_WORDS[row.channel]} · {row.tone}
              {row.riskBand === "high" ? ` · likely late (risk ${row.riskScore ?? ""})` : ""}
            </Caption1>
          </span>
          <Caption1 className={styles.reason}>{row.reason}</Caption1>
        </span>
      </button>
      <div className={styles.footer}>
        <Caption1 className={styles.meta}>
          {row.collector}
          {follow}
        </Caption1>
        <Button size="small" appearance="subtle" icon={<Checkmark16Regular />} disabled={disabled} onClick={() => onDone(row)} aria-label={`Mark done: ${row.action.toLowerCase()} for ${row.customerName}`}>
          Done
        </Button>
      </div>
    </li>
  );
}
