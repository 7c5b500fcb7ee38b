import { listAddedSheets } from "./app-properties";

const APP = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>Arbeitsblätter</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant><vt:variant><vt:lpstr>Benannte Bereiche</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="3" baseType="lpstr"><vt:lpstr>Invoices</vt:lpstr><vt:lpstr>O'Brien &amp; Co</vt:lpstr><vt:lpstr>AsOfDate</vt:lpstr></vt:vector></TitlesOfParts></Properties>`;

describe("listAddedSheets", () => {
  it("lists the added sheets after the worksheets, whatever language the heading is in, and counts them", () => {
    const xml = listAddedSheets(APP, ["Invoices", "O'Brien & Co"], ["Collect Log", "Collect <Notes>"]) ?? "";
    expect(xml).toContain("<vt:lpstr>Arbeitsblätter</vt:lpstr></vt:variant><vt:variant><vt:i4>4</vt:i4>");
    expect(xml).toContain("<vt:lpstr>Benannte Bereiche</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4>");
    expect(xml).toContain(
      `<vt:vector size="5" baseType="lpstr"><vt:lpstr>Invoices</vt:lpstr><vt:lpstr>O'Brien &amp; Co</vt:lpstr><vt:lpstr>Collect Log</vt:lpstr><vt:lpstr>Collect &lt;Notes&gt;</vt:lpstr><vt:lpstr>AsOfDate</vt:lpstr></vt:vector>`,
    );
  });

  it("leaves the part as it is when nothing is added", () => {
    expect(listAddedSheets(APP, ["Invoices", "O'Brien & Co"], [])).toBe(APP);
  });

  it.each([
    { name: "no lists (openpyxl writes none)", xml: `<Properties><Application>x</Application></Properties>`, worksheets: ["Invoices"] },
    { name: "worksheet names that differ from the workbook's", xml: APP, worksheets: ["Invoices", "Payments"] },
    { name: "counts that do not add up", xml: APP.replace("<vt:i4>1</vt:i4>", "<vt:i4>7</vt:i4>"), worksheets: ["Invoices", "O'Brien & Co"] },
  ])("returns null for $name", ({ xml, worksheets }) => {
    expect(listAddedSheets(xml, worksheets, ["Collect Log"])).toBeNull();
  });
});
