/**
 * Makes an .xlsx reproducible. ExcelJS 4.4 zips through JSZip, which stamps every entry with the current
 * time and offers no option to fix it, so the same workbook written twice differs in those bytes. The
 * stamps sit at fixed offsets of each local file header and central directory record (PKWARE APPNOTE
 * 4.3.7 and 4.3.12) and are outside every CRC, so rewriting them leaves a valid archive.
 */

const END_OF_CENTRAL_DIRECTORY_SIGNATURE = 0x06054b50;
const CENTRAL_DIRECTORY_SIGNATURE = 0x02014b50;
const LOCAL_FILE_HEADER_SIGNATURE = 0x04034b50;
const END_OF_CENTRAL_DIRECTORY_MIN_BYTES = 22;
const MAX_ZIP_COMMENT_BYTES = 0xffff;
const CENTRAL_DIRECTORY_FIXED_BYTES = 46;
/** MS-DOS dates count years from 1980. */
const DOS_EPOCH_YEAR = 1980;

/** Thrown when the bytes are not a zip archive this function understands. */
export class ZipFormatError extends Error {
  override name = "ZipFormatError";
}

/** A moment as the two 16-bit MS-DOS fields zip uses (local time, two-second resolution). */
export interface DosTimestamp {
  readonly time: number;
  readonly date: number;
}

/**
 * The MS-DOS time and date fields for a calendar moment.
 *
 * @example toDosTimestamp(2026, 11, 30, 17, 30, 0) //=> { time: 0x8bc0, date: 0x5d7e }
 */
export function toDosTimestamp(year: number, month: number, day: number, hour: number, minute: number, second: number): DosTimestamp {
  return {
    time: (hour << 11) | (minute << 5) | Math.floor(second / 2),
    date: ((year - DOS_EPOCH_YEAR) << 9) | (month << 5) | day,
  };
}

function findEndOfCentralDirectory(zip: Buffer): number {
  const earliest = Math.max(0, zip.length - END_OF_CENTRAL_DIRECTORY_MIN_BYTES - MAX_ZIP_COMMENT_BYTES);
  for (let offset = zip.length - END_OF_CENTRAL_DIRECTORY_MIN_BYTES; offset >= earliest; offset -= 1) {
    if (zip.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY_SIGNATURE) return offset;
  }
  throw new ZipFormatError(`no end-of-central-directory record in ${zip.length} bytes`);
}

/**
 * A copy of the archive with every entry's modification time set to `stamp`.
 *
 * @example setZipTimestamps(await workbook.xlsx.writeBuffer(), toDosTimestamp(2026, 11, 30, 17, 30, 0))
 */
export function setZipTimestamps(archive: Uint8Array, stamp: DosTimestamp): Buffer {
  const zip = Buffer.from(archive);
  if (zip.length < END_OF_CENTRAL_DIRECTORY_MIN_BYTES) throw new ZipFormatError(`${zip.length} bytes is too short for a zip archive`);
  const end = findEndOfCentralDirectory(zip);
  const entries = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i += 1) {
    if (offset + CENTRAL_DIRECTORY_FIXED_BYTES > zip.length || zip.readUInt32LE(offset) !== CENTRAL_DIRECTORY_SIGNATURE) {
      throw new ZipFormatError(`central directory entry ${i} at byte ${offset} has no valid signature`);
    }
    zip.writeUInt16LE(stamp.time, offset + 12);
    zip.writeUInt16LE(stamp.date, offset + 14);
    const localHeader = zip.readUInt32LE(offset + 42);
    if (localHeader + 30 > zip.length || zip.readUInt32LE(localHeader) !== LOCAL_FILE_HEADER_SIGNATURE) {
      throw new ZipFormatError(`local header of entry ${i} at byte ${localHeader} has no valid signature`);
    }
    zip.writeUInt16LE(stamp.time, localHeader + 10);
    zip.writeUInt16LE(stamp.date, localHeader + 12);
    offset += CENTRAL_DIRECTORY_FIXED_BYTES + zip.readUInt16LE(offset + 28) + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return zip;
}
