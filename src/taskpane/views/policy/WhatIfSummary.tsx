import { Caption1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, mergeClasses } from "@fluentui/react-components";
import type { PolicyReplayComparison } from "../../../core/replay/replay-policy";
import { money, shortDate } from "../../format/format";
import { useWhatIfPanelStyles } from "./WhatIfPanel.styles";

export interface WhatIfSummaryProps {
  /** The replay of the form's policy (draft) beside the saved one (current). */
  readonly comparison: PolicyReplayComparison;
  /** Locale for amounts. */
  readonly locale: string;
}

/** One line of the table: the label, each policy's figure, the change, and whether a rise is good news. */
interface Line {
  readonly label: string;
  readonly current: number | null;
  readonly draft: number | null;
  readonly show: (value: number) => string;
  /** "up": a higher draft figure is better (CEI); "down": lower is better (DSO); null: neither. */
  readonly better: "up" | "down" | null;
}

function signed(value: number, show: (value: number) => string): string {
  return value > 0 ? `+${show(value)}` : value < 0 ? `−${show(-value)}` : "0";
}

function lines(comparison: PolicyReplayComparison, locale: string): readonly Line[] {
  const whole = (value: number): string => Math.round(value).toLocaleString(locale);
  const { current, draft } = comparison;
  const result: Line[] = [
    { label: "All contacts", current: current.contacts.length, draft: draft.contacts.length, show: whole, better: null },
    { label: "Calls", current: current.byChannel.call, draft: draft.byChannel.call, show: whole, better: null },
    { label: "E-mails", current: current.byChannel["e-mail"], draft: draft.byChannel["e-mail"], show: whole, better: null },
    { label: "Letters", current: current.byChannel.letter, draft: draft.byChannel.letter, show: whole, better: null },
  ];
  for (const charge of draft.charges) {
    const was = current.charges.find((c) => c.currency === charge.currency);
    const cur = charge.currency;
    const show = (cents: number): string => money(cents, cur, locale);
    if (charge.feeCents !== 0 || (was?.feeCents ?? 0) !== 0) result.push({ label: `Fees${cur === null ? "" : ` (${cur})`}`, current: was?.feeCents ?? 0, draft: charge.feeCents, show, better: null });
    if (charge.interestCents !== 0 || (was?.interestCents ?? 0) !== 0) result.push({ label: `Interest${cur === null ? "" : ` (${cur})`}`, current: was?.interestCents ?? 0, draft: charge.interestCents, show, better: null });
  }
  for (const outcome of draft.modelled) {
    const was = current.modelled.find((o) => o.currency === outcome.currency);
    const suffix = outcome.currency === null ? "" : ` (${outcome.currency})`;
    result.push(
      { label: `DSO${suffix}`, current: was?.dsoCountback.value ?? null, draft: outcome.dsoCountback.value, show: (v) => `${v.toFixed(1)} d`, better: "down" },
      { label: `CEI${suffix}`, current: was?.ceiFullSales.value ?? null, draft: outcome.ceiFullSales.value, show: (v) => `${v.toFixed(1)}%`, better: "up" },
    );
  }
  return result;
}

/** The what-if in a few rows: contacts, calls, e-mails, letters, fees and interest, DSO and CEI, current beside draft. */
export function WhatIfSummary({ comparison, locale }: WhatIfSummaryProps) {
  const styles = useWhatIfPanelStyles();
  return (
    <>
      <Table size="extra-small" className={styles.table} aria-label="What if: the saved policy beside the form's">
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: "34%" }}>Over the year</TableHeaderCell>
            <TableHeaderCell style={{ width: "22%" }} className={styles.number}>Saved</TableHeaderCell>
            <TableHeaderCell style={{ width: "22%" }} className={styles.number}>This form</TableHeaderCell>
            <TableHeaderCell style={{ width: "22%" }} className={styles.number}>Change</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {lines(comparison, locale).map((line) => {
            const change = line.current === null || line.draft === null ? null : line.draft - line.current;
            const good = change !== null && line.better !== null && Math.abs(change) >= 0.05 ? (line.better === "up" ? change > 0 : change < 0) : null;
            return (
              <TableRow key={line.label}>
                <TableCell className={styles.label} title={line.label}>{line.label}</TableCell>
                <TableCell className={styles.number}>{line.current === null ? "–" : line.show(line.current)}</TableCell>
                <TableCell className={styles.number}>{line.draft === null ? "–" : line.show(line.draft)}</TableCell>
                <TableCell className={mergeClasses(styles.number, good === true && styles.better, good === false && styles.worse)}>{change === null ? "–" : signed(change, line.show)}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <Caption1 className={styles.muted}>
        {`${shortDate(comparison.window.from, locale)} to ${shortDate(comparison.window.to, locale)}. Contacts, fees and interest follow from the rules. DSO (countback, at the end) and CEI (full sales) are modelled: the saved policy's are the books' own figures; for this form each customer is assumed to pay the same number of days after the reminder that preceded their payment.`}
      </Caption1>
    </>
  );
}
