import { Body1, Caption1, Card, CardHeader, Subtitle2, mergeClasses } from "@fluentui/react-components";
import { useNoWorkbookNoticeStyles } from "./NoWorkbookNotice.styles";

export interface NoWorkbookNoticeProps {
  /** Extra class for the root, applied last. */
  readonly className?: string;
}

/** Shown when the pane runs without a workbook (opened outside Excel): how to get to one. */
export function NoWorkbookNotice({ className }: NoWorkbookNoticeProps) {
  const styles = useNoWorkbookNoticeStyles();
  return (
    <Card className={mergeClasses(styles.root, className)}>
      <CardHeader header={<Subtitle2 as="h2" className={styles.heading}>Open Collect from Excel</Subtitle2>} />
      <Body1>
        Collect reads your invoice list in the open workbook and shows today&apos;s worklist: which customers to contact, by
        call, e-mail or letter, and why. Open it from Excel: Home, Collect.
      </Body1>
      <Caption1 className={styles.hint}>
        Your sheets are never changed: Collect only writes sheets whose names start with &quot;Collect&quot;. Type{" "}
        <span className={styles.formula}>=COLLECT.</span> in a cell to use the formulas.
      </Caption1>
    </Card>
  );
}
