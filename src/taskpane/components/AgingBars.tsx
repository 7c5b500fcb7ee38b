import { mergeClasses } from "@fluentui/react-components";
import { money } from "../format/format";
import { useAgingBarsStyles } from "./AgingBars.styles";

export interface AgingBarsProps {
  /** Bucket labels, youngest first ("Current", "1-30", … "120+"). */
  readonly labels: readonly string[];
  /** Open amount per bucket, in cents. */
  readonly bucketCents: readonly number[];
  /** Currency of the amounts. */
  readonly currency: string | null;
  /** Locale for amounts. */
  readonly locale: string;
  /** Taller bars (the Metrics chart). @defaultvalue false */
  readonly large?: boolean;
  /** What the chart shows, for screen readers. @defaultvalue "Aging" */
  readonly label?: string;
  /** Extra class for the root, applied last. */
  readonly className?: string;
}

/** Aging as horizontal bars, green (current) to crimson (120+), each with its amount; scaled to the largest bucket. */
export function AgingBars({ labels, bucketCents, currency, locale, large = false, label = "Aging", className }: AgingBarsProps) {
  const styles = useAgingBarsStyles();
  const colours = [styles.b0, styles.b1, styles.b2, styles.b3, styles.b4, styles.b5];
  const largest = Math.max(1, ...bucketCents.map((cents) => Math.max(0, cents)));
  return (
    <ul className={mergeClasses(styles.root, className)} aria-label={label}>
      {labels.map((bucket, index) => {
        const cents = bucketCents[index] ?? 0;
        const width = cents <= 0 ? 0 : Math.max(1, Math.round((cents / largest) * 100));
        const amount = money(cents, currency, locale, true);
        const days = index === 0 ? bucket : `${bucket} days`;
        return (
          <li key={bucket} className={styles.row} aria-label={`${days}: ${amount}`}>
            <span className={styles.label} aria-hidden>
              {bucket}
            </span>
            <span className={mergeClasses(styles.track, large && styles.trackLarge)} aria-hidden>
              {width > 0 && <span className={mergeClasses(styles.bar, colours[Math.min(index, colours.length - 1)])} style={{ width: `${width}%`, display: "block" }} />}
            </span>
            <span className={styles.amount} aria-hidden>
              {amount}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
