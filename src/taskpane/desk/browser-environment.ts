/*
 * The parts of the pane's environment that come from the browser itself: the clock and downloads. Both
 * composition roots (Excel and the preview) use them; tests give fixed ones.
 */
import { isoDateFromParts, type IsoDate } from "../../core/dates/iso-date";
import type { DownloadFile } from "../../service/letter-files";

/** Today in the user's time zone, as the bookkeeper's calendar says. */
export function localToday(now: Date = new Date()): IsoDate {
  return isoDateFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** The time of day "HH:MM" in the user's time zone. @example localTimeOfDay(new Date(2026, 10, 30, 9, 5)) //=> "09:05" */
export function localTimeOfDay(now: Date = new Date()): string {
  return `${String(now.getHours()).padStart(2, "0")}:${String(now.getMinutes()).padStart(2, "0")}`;
}

/** Starts a browser download of the file (an object URL clicked through a temporary link, then released). */
export function downloadFile(file: DownloadFile): void {
  const part: BlobPart = typeof file.content === "string" ? file.content : new Uint8Array(file.content);
  const url = URL.createObjectURL(new Blob([part], { type: file.mimeType }));
  const link = document.createElement("a");
  link.href = url;
  link.download = file.fileName;
  link.rel = "noopener";
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled: Chromium reads the URL asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
