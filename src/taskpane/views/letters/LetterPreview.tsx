import { Link, mergeClasses } from "@fluentui/react-components";
import type { Inline, RenderedLetter } from "../../../core/letters/rendered-letter";
import { useLetterPreviewStyles } from "./LetterPreview.styles";

export interface LetterPreviewProps {
  /** The merged letter, as the Word file and the e-mail draft print it. */
  readonly letter: RenderedLetter;
  /** Extra class for the root, applied last. */
  readonly className?: string;
}

function inlines(parts: readonly Inline[]) {
  return parts.map((part, index) =>
    part.kind === "break" ? <br key={index} /> : part.kind === "link" ? <Link key={index} href={part.href} target="_blank" rel="noreferrer">{part.text}</Link> : <span key={index}>{part.text}</span>,
  );
}

/**
 * The letter on a sheet of paper: letterhead, recipient, date, subject, body with the invoice table (invoice,
 * due, balance; the Word file has every column), totals and sign-off. Text only: React escapes every value.
 */
export function LetterPreview({ letter, className }: LetterPreviewProps) {
  const styles = useLetterPreviewStyles();
  const { table, signOff } = letter;
  return (
    <article className={mergeClasses(styles.paper, className)} aria-label={`Letter to ${letter.customerName}`} lang={letter.language} tabIndex={0}>
      <div>
        <div className={styles.company}>{letter.letterhead.companyName}</div>
        <div className={styles.muted}>{[...letter.letterhead.addressLines, ...letter.letterhead.contactLines].join(" · ")}</div>
      </div>
      <address className={styles.address}>{letter.recipientLines.join("\n")}</address>
      <p className={styles.date}>{letter.date}</p>
      {letter.reference !== null && <p className={mergeClasses(styles.block, styles.muted)}>{letter.reference}</p>}
      <p className={styles.subject}>{letter.subject}</p>
      {letter.blocks.map((block, index) =>
        block.kind === "paragraph" ? (
          <p key={index} className={styles.block}>{inlines(block.inlines)}</p>
        ) : (
          <table key={index} className={styles.table}>
            <thead>
              <tr>
                <th className={styles.th}>{table.headers[0]}</th>
                <th className={styles.th}>{table.headers[2]}</th>
                <th className={mergeClasses(styles.th, styles.right)}>{table.headers[4]}</th>
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.invoiceNo}>
                  <td className={styles.td}>{row.invoiceNo}</td>
                  <td className={styles.td}>{row.dueDate}</td>
                  <td className={mergeClasses(styles.td, styles.right)}>{row.balance}</td>
                </tr>
              ))}
              {table.totals.map((total) => (
                <tr key={total.label} className={total.emphasis ? styles.total : undefined}>
                  <td colSpan={2}>{total.label}</td>
                  <td className={styles.right}>{total.amount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ),
      )}
      <p className={styles.block}>{[signOff.closing, "", signOff.name, signOff.title, signOff.company].filter((line) => line !== null).join("\n")}</p>
    </article>
  );
}
