import { useMemo, useState } from "react";
import type { RenderedLetter } from "../../../core/letters/rendered-letter";
import type { DownloadFile } from "../../../service/letter-files";
import type { CollectDesk } from "../../desk/useCollectDesk";

/** The letter shown and what can be done with the run's letters. */
export interface LetterExports {
  readonly letters: readonly RenderedLetter[];
  readonly letter: RenderedLetter | null;
  readonly choose: (customerKey: string) => void;
  readonly draftCount: number;
  readonly downloadDocx: () => void;
  readonly downloadEml: () => void;
  readonly downloadAllEml: () => void;
  readonly downloadCsv: () => void;
}

/** The letter writers (the docx library among them), loaded on the first download rather than with the pane. */
const letterFiles = () => import("../../../service/letter-files");

/**
 * The Letters view's state: which letter is previewed (the selected customer's when it has one, else the
 * first), and downloads of the .docx, the .eml drafts and the merge CSV through the desk.
 */
export function useLetterExports(desk: CollectDesk): LetterExports {
  const letters = useMemo(() => desk.run?.letters ?? [], [desk.run]);
  const [chosen, setChosen] = useState<string | null>(null);
  const wanted = chosen ?? desk.selectedCustomer;
  const letter = letters.find((l) => l.customerKey === wanted) ?? letters[0] ?? null;
  const asOf = desk.asOf;
  const save = (doing: string, files: () => Promise<readonly DownloadFile[]>) => void desk.saveFiles(doing, files);
  const withEmail = letters.filter((l) => l.email !== null);
  return {
    letters,
    letter,
    choose: setChosen,
    draftCount: withEmail.length,
    downloadDocx: () => save("Preparing the Word letters", async () => [await (await letterFiles()).lettersDocxFile(letters, asOf)]),
    downloadEml: () =>
      save("Preparing the e-mail draft", async () => {
        const file = letter === null ? null : (await letterFiles()).emlDraftFile(letter);
        return file === null ? [] : [file];
      }),
    downloadAllEml: () =>
      save("Preparing the e-mail drafts", async () => {
        const { emlDraftFile } = await letterFiles();
        return withEmail.map(emlDraftFile).filter((file): file is DownloadFile => file !== null);
      }),
    downloadCsv: () => save("Preparing the mail-merge source", async () => [(await letterFiles()).mergeCsvFile(letters, asOf)]),
  };
}
