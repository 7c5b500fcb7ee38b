import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar, mergeClasses } from "@fluentui/react-components";
import { DismissRegular } from "./icons";
import type { ReactNode } from "react";
import type { PaneProblem } from "../desk/describe-failure";
import type { BusyState } from "../desk/useDeskTask";
import { useStatusAreaStyles } from "./StatusArea.styles";

export interface StatusAreaProps {
  /** The running task, shown as a progress bar with its label and counts. */
  readonly busy: BusyState | null;
  /** The last failure, as an error message bar. */
  readonly problem: PaneProblem | null;
  /** The last success, as a success message bar. */
  readonly notice: string | null;
  /** Called when the user dismisses the success message. */
  readonly onDismissNotice: () => void;
  /** Called when the user dismisses the error message. */
  readonly onDismissProblem: () => void;
  /** More message bars (start-up problems). */
  readonly children?: ReactNode;
  /** Extra class for the root, applied last. */
  readonly className?: string;
}

function dismiss(label: string, onClick: () => void) {
  return <Button aria-label={label} appearance="transparent" icon={<DismissRegular />} onClick={onClick} />;
}

/** Progress and feedback under the tabs: a live region, so screen readers hear what the pane is doing. */
export function StatusArea({ busy, problem, notice, onDismissNotice, onDismissProblem, children, className }: StatusAreaProps) {
  const styles = useStatusAreaStyles();
  const empty = busy === null && problem === null && notice === null && children == null;
  return (
    <section className={mergeClasses(styles.root, empty && styles.empty, className)} aria-live="polite" aria-label="Status">
      {children}
      {busy !== null && (
        <div role="status">
          <Caption1 className={styles.progressLabel}>{busy.label}</Caption1>
          <ProgressBar {...(busy.steps === 0 ? {} : { value: busy.step / busy.steps })} thickness="large" aria-label={busy.label} />
        </div>
      )}
      {problem !== null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{problem.title}</MessageBarTitle>
            {problem.message}
          </MessageBarBody>
          <MessageBarActions containerAction={dismiss("Dismiss the error", onDismissProblem)} />
        </MessageBar>
      )}
      {notice !== null && busy === null && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{notice}</MessageBarBody>
          <MessageBarActions containerAction={dismiss("Dismiss the message", onDismissNotice)} />
        </MessageBar>
      )}
    </section>
  );
}
