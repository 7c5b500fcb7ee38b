import { Button, Caption1, Tooltip, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownload20Regular, FolderOpen20Regular } from "../../taskpane/components/icons";
import { useRef } from "react";

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    paddingLeft: tokens.spacingHorizontalL,
    paddingRight: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottomWidth: tokens.strokeWidthThin,
    borderBottomStyle: "solid",
    borderBottomColor: tokens.colorNeutralStroke2,
    flexShrink: 0,
  },
  label: { flexGrow: 1, minWidth: 0, color: tokens.colorNeutralForeground2, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  input: { display: "none" },
});

export interface PreviewBarProps {
  /** The file the preview works on. */
  readonly fileName: string;
  /** Called with a workbook file the user picked. */
  readonly onOpen: (file: File) => void;
  /** Saves the workbook as it is now (with the Collect sheets written so far). */
  readonly onDownload: () => void;
}

/** The browser preview's strip above the pane: which file is open, open another .xlsx, download the workbook. */
export function PreviewBar({ fileName, onOpen, onDownload }: PreviewBarProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.root} role="toolbar" aria-label="Browser preview">
      <Caption1 className={styles.label}>Preview · {fileName}</Caption1>
      <input
        ref={input}
        className={styles.input}
        type="file"
        accept=".xlsx,.xlsm,.csv"
        aria-label="Open a workbook"
        data-testid="open-workbook"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file !== undefined) onOpen(file);
          event.target.value = "";
        }}
      />
      <Tooltip content="Open another workbook (.xlsx or .csv)" relationship="label">
        <Button size="small" appearance="subtle" icon={<FolderOpen20Regular />} onClick={() => input.current?.click()} />
      </Tooltip>
      <Tooltip content="Download the workbook with the Collect sheets" relationship="label">
        <Button size="small" appearance="subtle" icon={<ArrowDownload20Regular />} onClick={onDownload} />
      </Tooltip>
    </div>
  );
}
