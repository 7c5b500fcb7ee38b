import { Body1, Button, Caption1, Field, Select, Subtitle2, mergeClasses } from "@fluentui/react-components";
import { DocumentArrowDown20Regular, MailArrowDown20Regular, TableArrowUp20Regular, TableSimple20Regular } from "../../components/icons";
import { NotReady } from "../../components/NotReady";
import { useDesk } from "../../desk/DeskContext";
import { count } from "../../format/format";
import { LetterPreview } from "./LetterPreview";
import { useLettersViewStyles } from "./LettersView.styles";
import { NoDownloadsHelp } from "./NoDownloadsHelp";
import { useLetterExports } from "./useLetterExports";

/** Today's letters: preview one customer's, download the Word file, e-mail drafts and merge source, write the sheets. */
export function LettersView() {
  const styles = useLettersViewStyles();
  const desk = useDesk();
  const exports = useLetterExports(desk);
  if (desk.run === null) return <NotReady />;
  const busy = desk.busy !== null;
  const { letters, letter } = exports;
  const writeSheets = () => void desk.writeSheets();
  return (
    <section className={styles.root} aria-labelledby="letters-heading">
      <div className={styles.intro}>
        <Subtitle2 as="h2" id="letters-heading" className={styles.heading}>
          {count(letters.length, "letter")} ready
        </Subtitle2>
        <Caption1 className={styles.muted}>One per customer Collect writes to today, with every overdue invoice and open credit.</Caption1>
      </div>
      {letters.length === 0 || letter === null ? (
        <Body1 className={styles.muted}>No letter today: nobody on the worklist is due an e-mail or a letter. Calls are on the Worklist.</Body1>
      ) : (
        <>
          <Field label="Letter to" className={styles.field}>
            <Select className={styles.select} value={letter.customerKey} onChange={(_, d) => exports.choose(d.value)}>
              {letters.map((l) => <option key={l.customerKey} value={l.customerKey}>{`${l.customerName} · ${l.stage.name}`}</option>)}
            </Select>
          </Field>
          <LetterPreview letter={letter} />
          {desk.env.downloadsBlocked ? (
            <NoDownloadsHelp letter={letter} onWriteSheets={writeSheets} disabled={busy} />
          ) : (
            <div className={styles.actions} role="group" aria-label="Export letters">
              <Button className={styles.button} icon={<DocumentArrowDown20Regular />} onClick={exports.downloadDocx} disabled={busy} aria-label={`Download all ${letters.length} letters as one Word file`}>
                Word letters
              </Button>
              <Button className={styles.button} icon={<MailArrowDown20Regular />} onClick={exports.downloadEml} disabled={busy || letter.email === null} aria-label={`Download the e-mail draft to ${letter.customerName}`}>
                This e-mail
              </Button>
              <Button className={styles.button} icon={<MailArrowDown20Regular />} onClick={exports.downloadAllEml} disabled={busy || exports.draftCount === 0} aria-label={`Download all ${exports.draftCount} e-mail drafts, one file each`}>
                All e-mails
              </Button>
              <Button className={styles.button} icon={<TableSimple20Regular />} onClick={exports.downloadCsv} disabled={busy} aria-label="Download the Word mail-merge source as CSV">
                Merge CSV
              </Button>
              <Button className={mergeClasses(styles.button, styles.wide)} appearance="primary" icon={<TableArrowUp20Regular />} onClick={writeSheets} disabled={busy}>
                Write Collect sheets
              </Button>
            </div>
          )}
          {letter.email === null && <Caption1 className={styles.muted}>{letter.customerName} has no e-mail address: the letter is in the Word file only.</Caption1>}
        </>
      )}
    </section>
  );
}
