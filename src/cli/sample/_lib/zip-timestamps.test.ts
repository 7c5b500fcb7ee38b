import ExcelJS from "exceljs";
import { setZipTimestamps, toDosTimestamp, ZipFormatError } from "./zip-timestamps";

async function smallWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("One").addRow(["a", 1]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function entryStamps(zip: Buffer): { time: number; date: number }[] {
  const stamps: { time: number; date: number }[] = [];
  for (let offset = 0; offset + 4 <= zip.length; offset += 1) {
    if (zip.readUInt32LE(offset) === 0x04034b50) stamps.push({ time: zip.readUInt16LE(offset + 10), date: zip.readUInt16LE(offset + 12) });
  }
  return stamps;
}

describe("setZipTimestamps", () => {
  it("encodes 30 Nov 2026 17:30:00 as MS-DOS time and date", () => {
    expect(toDosTimestamp(2026, 11, 30, 17, 30, 0)).toEqual({ time: 0x8bc0, date: 0x5d7e });
  });

  it("stamps every entry and leaves an archive ExcelJS still opens", async () => {
    const stamp = toDosTimestamp(2026, 11, 30, 17, 30, 0);
    const fixed = setZipTimestamps(await smallWorkbook(), stamp);
    const stamps = entryStamps(fixed);
    expect(stamps.length).toBeGreaterThan(5);
    expect(stamps.every((s) => s.time === stamp.time && s.date === stamp.date)).toBe(true);
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(fixed as unknown as ExcelJS.Buffer);
    expect(reread.getWorksheet("One")?.getCell("A1").value).toBe("a");
  });

  it.each([
    { name: "too short", bytes: new Uint8Array(10) },
    { name: "not a zip", bytes: new Uint8Array(200).fill(7) },
  ])("throws ZipFormatError on bytes that are $name", ({ bytes }) => {
    expect(() => setZipTimestamps(bytes, toDosTimestamp(2026, 1, 1, 0, 0, 0))).toThrow(ZipFormatError);
  });
});
