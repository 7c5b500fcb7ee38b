import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { TableArrowUp20Regular } from "../../components/icons";
import { letterBodyText } from "../../../core/letters/letter-plain-text";
import type { RenderedLetter } from "../../../core/letters/rendered-letter";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  text: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

export interface NoDownloadsHelpProps {
  /** The letter previewed, whose e-mail text is offered to copy. */
  readonly letter: RenderedLetter | null;
  /** Writes the Collect sheets, the `Collect Merge` sheet among them. */
  readonly onWriteSheets: () => void;
  /** Disables the button while the pane is busy. */
  readonly disabled: boolean;
}

/**
 * Where Excel blocks downloads (Excel on Mac): the letters go out through the `Collect Merge` sheet and Word's own
 * mail merge, and the e-mail text can be copied into Outlook.
 */
export function NoDownloadsHelp({ letter, onWriteSheets, disabled }: NoDownloadsHelpProps) {
  const styles = useStyles();
  const email = letter === null ? "" : `To: ${letter.email?.to.map((m) => m.address).join(", ") ?? ""}\nSubject: ${letter.subject}\n\n${letterBodyText(letter)}`;
  return (
    <div className={styles.root}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Excel on Mac cannot save files from an add-in</MessageBarTitle>
          Collect puts the letters in the &quot;Collect Merge&quot; sheet instead:
          <ol className={styles.steps}>
            <li>Press &quot;Write Collect sheets&quot; below.</li>
            <li>In Word: Mailings, Select Recipients, Use an Existing List, pick this workbook and the &quot;Collect Merge&quot; sheet.</li>
            <li>Insert the merge fields, or paste the letter_text column; then Finish &amp; Merge.</li>
          </ol>
        </MessageBarBody>
      </MessageBar>
      <Button icon={<TableArrowUp20Regular />} onClick={onWriteSheets} disabled={disabled}>
        Write Collect sheets
      </Button>
      {letter !== null && (
        <Field label="E-mail text to copy into Outlook" hint="Select all (⌘A) and copy (⌘C).">
          <Textarea className={styles.text} readOnly value={email} rows={8} resize="vertical" />
        </Field>
      )}
    </div>
  );
}
