import { decodeCsvBytes, detectCsvDelimiter, readCsvSheet, sheetNameForCsv } from "./csv";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    bytes[2 + i * 2] = littleEndian ? code & 0xff : code >> 8;
    bytes[3 + i * 2] = littleEndian ? code >> 8 : code & 0xff;
  }
  return bytes;
}

describe("decodeCsvBytes", () => {
  it.each([
    { name: "UTF-8 without BOM", bytes: utf8("Kunde;Müller\n"), text: "Kunde;Müller\n", encoding: "utf-8" },
    { name: "UTF-8 with BOM", bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("a,b")]), text: "a,b", encoding: "utf-8-bom" },
    { name: "UTF-16 LE with BOM", bytes: utf16("Zoë,€5", true), text: "Zoë,€5", encoding: "utf-16le" },
    { name: "UTF-16 BE with BOM", bytes: utf16("Zoë,€5", false), text: "Zoë,€5", encoding: "utf-16be" },
    { name: "Windows-1252 (é, €)", bytes: new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x2c, 0x80, 0x35]), text: "Café,€5", encoding: "windows-1252" },
  ])("decodes $name", ({ bytes, text, encoding }) => {
    expect(decodeCsvBytes(bytes)).toEqual({ text, encoding });
  });

  it.each([
    { name: "empty input", bytes: new Uint8Array([]), text: "", encoding: "utf-8" },
    { name: "a lone continuation byte", bytes: new Uint8Array([0x80]), text: "€", encoding: "windows-1252" },
  ])("handles invalid or odd input: $name", ({ bytes, text, encoding }) => {
    expect(decodeCsvBytes(bytes)).toEqual({ text, encoding });
  });
});

describe("detectCsvDelimiter", () => {
  it.each([
    { name: "commas", text: "a,b,c\n1,2,3\n", delimiter: "," },
    { name: "semicolons with decimal commas", text: "Kunde;Betrag;Datum\nA;1,5;1.2.2025\nB;2,25;3.2.2025\n", delimiter: ";" },
    { name: "tabs", text: "a\tb\tc\nx, y\t2\t3\n", delimiter: "\t" },
    { name: "pipes", text: "a|b\n1|2\n", delimiter: "|" },
    { name: "commas with quoted semicolons", text: 'a,b\n"x;y;z",2\n"p;q",3\n', delimiter: "," },
    { name: "a title line above comma data", text: "AR export\na,b,c\n1,2,3\n4,5,6\n", delimiter: "," },
  ])("picks $name", ({ text, delimiter }) => {
    expect(detectCsvDelimiter(text)).toBe(delimiter);
  });

  it.each([
    { name: "empty text", text: "" },
    { name: "a single column", text: "name\nAcme\nBeta\n" },
  ])("falls back to a comma for $name", ({ text }) => {
    expect(detectCsvDelimiter(text)).toBe(",");
  });
});

describe("readCsvSheet", () => {
  it("keeps every field as text, empty fields as empty cells, CRLF records and quoted line breaks", () => {
    const sheet = readCsvSheet(utf8('id,name,amount\r\n0001,"Acme, Inc.",12.50\r\n0002,"Two\r\nlines",\r\n'), "ar");
    expect(sheet.delimiter).toBe(",");
    expect(sheet.grid).toEqual({
      sheetName: "ar",
      top: 1,
      left: 1,
      values: [
        ["id", "name", "amount"],
        ["0001", "Acme, Inc.", "12.50"],
        ["0002", "Two\r\nlines", null],
      ],
      numberFormats: [
        ["General", "General", "General"],
        ["General", "General", "General"],
        ["General", "General", "General"],
      ],
    });
  });

  it("keeps a blank line as an empty row and pads short records", () => {
    const sheet = readCsvSheet(utf8("a;b;c\n1;2\n\n3;4;5"), "x");
    expect(sheet.grid.values).toEqual([
      ["a", "b", "c"],
      ["1", "2", null],
      [null, null, null],
      ["3", "4", "5"],
    ]);
  });

  it.each([
    { name: "an empty file", bytes: new Uint8Array([]), rows: 0 },
    { name: "only a line break", bytes: utf8("\n"), rows: 0 },
  ])("reads $name as an empty sheet", ({ bytes, rows }) => {
    expect(readCsvSheet(bytes, "x").grid.values).toHaveLength(rows);
  });

  it("reports an unclosed quote as a problem and keeps the text", () => {
    const sheet = readCsvSheet(utf8('a,b\n1,"unclosed\n2,3\n'), "x");
    expect(sheet.problems.length).toBeGreaterThan(0);
    expect(sheet.grid.values[0]).toEqual(["a", "b"]);
    expect(JSON.stringify(sheet.grid.values)).toContain("unclosed");
  });
});

describe("sheetNameForCsv", () => {
  it.each([
    { name: "a plain file", fileName: "ar.csv", sheet: "ar" },
    { name: "a path", fileName: "/x/y/WA_Fn-UseC_-Accounts-Receivable.csv", sheet: "WA_Fn-UseC_-Accounts-Receivable" },
    { name: "a long name", fileName: "highradius_open_invoices_with_predictions.csv", sheet: "highradius_open_invoices_with_p" },
    { name: "forbidden characters", fileName: "a[1]:b*?.csv", sheet: "a_1__b__" },
    { name: "a Windows path", fileName: "C:\\exports\\open.csv", sheet: "open" },
  ])("names $name like Excel does", ({ fileName, sheet }) => {
    expect(sheetNameForCsv(fileName)).toBe(sheet);
  });

  it.each([
    { name: "an extension only", fileName: ".csv" },
    { name: "apostrophes only", fileName: "''.csv" },
  ])("falls back to Sheet1 for $name", ({ fileName }) => {
    expect(sheetNameForCsv(fileName)).toBe("Sheet1");
  });
});
