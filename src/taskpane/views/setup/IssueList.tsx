import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { ErrorCircle16Regular, Info16Regular, Warning16Regular } from "../../components/icons";
import { useState } from "react";
import type { Issue } from "../../../core/types/issue";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  item: { listStyleType: "none", display: "grid", gridTemplateColumns: "16px minmax(0, 1fr)", columnGap: tokens.spacingHorizontalS },
  error: { color: tokens.colorStatusDangerForeground1, marginTop: "2px" },
  warning: { color: tokens.colorStatusWarningForeground1, marginTop: "2px" },
  info: { color: tokens.colorNeutralForeground3, marginTop: "2px" },
  text: { overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground3 },
});

const ORDER = { error: 0, warning: 1, info: 2 } as const;

export interface IssueListProps {
  /** Problems found in the workbook, each naming its cell where it has one. */
  readonly issues: readonly Issue[];
  /** Issues shown before "Show all". @defaultvalue 8 */
  readonly initialCount?: number;
}

/** What Collect could not read or found odd, worst first, each with its cell and what to do. */
export function IssueList({ issues, initialCount = 8 }: IssueListProps) {
  const styles = useStyles();
  const [all, setAll] = useState(false);
  if (issues.length === 0) return <Caption1 className={styles.muted}>No problems found: every row was read.</Caption1>;
  const sorted = [...issues].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  const shown = all ? sorted : sorted.slice(0, initialCount);
  return (
    <>
      <ul className={styles.list} aria-label="Problems found in the workbook">
        {shown.map((issue, index) => (
          <li key={`${issue.code}-${issue.address ?? ""}-${index}`} className={styles.item}>
            {issue.severity === "error" ? <ErrorCircle16Regular className={styles.error} aria-label="Error" /> : issue.severity === "warning" ? <Warning16Regular className={styles.warning} aria-label="Warning" /> : <Info16Regular className={styles.info} aria-label="Note" />}
            <Caption1 className={styles.text}>
              {issue.address !== null && <strong>{issue.address}: </strong>}
              {issue.message}
            </Caption1>
          </li>
        ))}
      </ul>
      {sorted.length > shown.length && (
        <Button size="small" appearance="transparent" onClick={() => setAll(true)}>
          Show all {sorted.length}
        </Button>
      )}
    </>
  );
}
