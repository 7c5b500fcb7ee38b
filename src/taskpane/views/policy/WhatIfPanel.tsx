import { Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Subtitle2 } from "@fluentui/react-components";
import type { IsoDate } from "../../../core/dates/iso-date";
import type { PolicyReplayComparison } from "../../../core/replay/replay-policy";
import { POLICY_DRAFT_SHEET_NAME, POLICY_SHEET_NAME, WHAT_IF_SHEET_NAME } from "../../../workbook/owned";
import { DataBarVertical20Regular, DismissRegular, TableArrowUp20Regular } from "../../components/icons";
import { count, shortDate } from "../../format/format";
import { useWhatIfPanelStyles } from "./WhatIfPanel.styles";
import { WhatIfSummary } from "./WhatIfSummary";
import { LARGE_BOOK_CUSTOMERS, MS_PER_CUSTOMER, type WhatIf } from "./useWhatIf";

export interface WhatIfPanelProps {
  /** The what-if state from `useWhatIf`. */
  readonly whatIf: WhatIf;
  /** Starts a replay of the form's policy (checks the form first). */
  readonly onStart: () => void;
  /** The draft's differences from the saved policy, in words (of the finished replay). */
  readonly differences: readonly string[];
  /** Customers with invoices: the replay's length. */
  readonly customers: number;
  /** The last day replayed. */
  readonly asOf: IsoDate;
  /** Locale for amounts. */
  readonly locale: string;
  /** The pane is busy with something else: no writing now. @defaultvalue false */
  readonly disabled?: boolean;
}

/** True when the draft would have sent exactly what the saved policy sent, on the same days. */
function isUnchanged(comparison: PolicyReplayComparison): boolean {
  const key = (c: PolicyReplayComparison["draft"]["contacts"][number]): string => `${c.date} ${c.customerKey} ${c.level} ${c.channel} ${c.feeCents}`;
  const current = comparison.current.contacts.map(key);
  const draft = comparison.draft.contacts.map(key);
  return current.length === draft.length && current.every((k, i) => k === draft[i]);
}

/** How long a replay of this many customers may take, in words. */
function estimate(customers: number): string {
  const seconds = Math.ceil((customers * MS_PER_CUSTOMER) / 1000);
  return seconds < 90 ? `about ${seconds} seconds` : `about ${Math.round(seconds / 60)} minutes`;
}

/** "What if…": replays the form's policy beside the saved one and shows the difference; writes both to the workbook. */
export function WhatIfPanel({ whatIf, onStart, differences, customers, asOf, locale, disabled = false }: WhatIfPanelProps) {
  const styles = useWhatIfPanelStyles();
  const { progress, result } = whatIf;
  return (
    <section className={styles.root} aria-labelledby="what-if-heading">
      <Subtitle2 as="h3" id="what-if-heading" className={styles.heading}>What if…</Subtitle2>
      <Caption1 className={styles.muted}>
        {`Replays the 12 months to ${shortDate(asOf, locale)} through the policy in this form and through the saved one: what each would have sent, charged and collected. Nothing is sent or saved.`}
        {customers >= LARGE_BOOK_CUSTOMERS && progress === null && ` ${count(customers, "customer")}: this takes ${estimate(customers)}; the pane stays usable meanwhile.`}
      </Caption1>
      {progress === null ? (
        <div className={styles.actions}>
          <Button icon={<DataBarVertical20Regular />} onClick={onStart}>{result === null ? "What if…" : "Replay again"}</Button>
          {result !== null && (
            <Button appearance="primary" icon={<TableArrowUp20Regular />} disabled={disabled || whatIf.writing || whatIf.written !== null} onClick={() => void whatIf.write()}>
              Write to the workbook
            </Button>
          )}
        </div>
      ) : (
        <div className={styles.running}>
          <Spinner size="tiny" label={progress.customers === 0 ? "Starting the replay…" : progress.measuring ? "Working out fees, DSO and CEI…" : `Replaying customer ${progress.customersDone} of ${progress.customers}${whatIf.secondsLeft === null ? "" : `, about ${whatIf.secondsLeft} s left`}…`} />
          <Button size="small" icon={<DismissRegular />} onClick={whatIf.stop}>Stop</Button>
        </div>
      )}
      {result !== null && (
        <>
          <Caption1>{differences.length === 0 ? "The form is the same as the saved policy: change a stage or a setting to see a difference." : `Compared: ${differences.slice(0, 4).join(" ")}${differences.length > 4 ? ` …and ${differences.length - 4} more (see the "${WHAT_IF_SHEET_NAME}" sheet once written).` : ""}`}</Caption1>
          {differences.length > 0 && isUnchanged(result.comparison) && (
            <Caption1>Nothing would have been sent or charged differently. Customers in a scenario with its own stages (see Scenarios per segment) do not follow a change to the Standard stages.</Caption1>
          )}
          <WhatIfSummary comparison={result.comparison} locale={locale} />
          <Caption1 className={styles.muted}>{`"Write to the workbook" puts this policy in "${POLICY_DRAFT_SHEET_NAME}" (edit it there too; every run compares it again) and the full comparison in "${WHAT_IF_SHEET_NAME}". "${POLICY_SHEET_NAME}" is not changed.`}</Caption1>
        </>
      )}
      {whatIf.written !== null && (
        <MessageBar intent="success">
          <MessageBarBody>{`Wrote ${whatIf.written.map((name) => `"${name}"`).join(" and ")}.`}</MessageBarBody>
        </MessageBar>
      )}
      {whatIf.refused.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{`The "${POLICY_DRAFT_SHEET_NAME}" sheet would not read this policy back`}</MessageBarTitle>
            <ul className={styles.list}>{whatIf.refused.map((issue, i) => <li key={i}>{issue.message}</li>)}</ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {whatIf.problem !== null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{whatIf.problem.title}</MessageBarTitle>
            {whatIf.problem.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
