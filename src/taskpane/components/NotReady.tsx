import { Body1, Skeleton, SkeletonItem, makeStyles, tokens } from "@fluentui/react-components";
import { useDesk } from "../desk/DeskContext";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  row: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface NotReadyProps {
  /** What is being waited for, for screen readers. @defaultvalue "Reading the workbook" */
  readonly label?: string;
  /** Always show the placeholder (a view's code is loading), whatever the desk is doing. @defaultvalue false */
  readonly loading?: boolean;
}

/** Placeholder rows while the first analysis runs; once it has stopped without a result, how to try again. */
export function NotReady({ label = "Reading the workbook", loading = false }: NotReadyProps) {
  const styles = useStyles();
  const desk = useDesk();
  if (!loading && desk.busy === null) return <Body1 className={styles.muted}>The workbook has not been read. Press the refresh button at the top to try again.</Body1>;
  return (
    <Skeleton aria-label={label} className={styles.root}>
      {[0, 1, 2].map((row) => (
        <div key={row} className={styles.row}>
          <SkeletonItem size={16} />
          <SkeletonItem size={12} />
          <SkeletonItem size={12} />
        </div>
      ))}
    </Skeleton>
  );
}
