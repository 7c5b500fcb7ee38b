import type { CellValue, Grid } from "../grid";
import { readCompanyDetails } from "./read-company-details";

function grid(rows: readonly (readonly CellValue[])[], sheetName = "Company"): Grid {
  return { sheetName, top: 1, left: 1, values: rows, numberFormats: rows.map((row) => row.map(() => "General")) };
}

/** The sample workbook's own "Company" sheet (src/cli/sample), label/value rows under a header. */
const SAMPLE_COMPANY: readonly (readonly CellValue[])[] = [
  ["Label", "Value"],
  ["Company name", "Harbour Lane Supplies Ltd"],
  ["Address", "Unit 4, Harbour Lane Trade Park, Southampton, SO14 3QL"],
  ["Phone", "023 8049 6000"],
  ["E-mail", "accounts@harbourlanesupplies.example"],
  ["Company number", "08123456"],
  ["VAT number", "GB 123 4567 89"],
  ["Bank", "NatWest, Southampton City branch"],
  ["Account name", "Harbour Lane Supplies Ltd"],
  ["Sort code", "60-16-13"],
  ["Account number", 31926819],
  ["IBAN", "GB29 NWBK 6016 1331 9268 19"],
  ["BIC", "NWBKGB2L"],
  ["Payment link", "https://pay.example.com/harbour-lane"],
  ["Credit controller", "Priya Shah"],
];

describe("readCompanyDetails", () => {
  it("reads the sample workbook's Company sheet", () => {
    const read = readCompanyDetails(grid(SAMPLE_COMPANY));
    expect(read.issues).toEqual([]);
    expect(read.value).toEqual({
      name: "Harbour Lane Supplies Ltd", address: "Unit 4, Harbour Lane Trade Park, Southampton, SO14 3QL", phone: "023 8049 6000",
      email: "accounts@harbourlanesupplies.example", website: null, companyNumber: "08123456", vatNumber: "GB 123 4567 89",
      bank: { bankName: "NatWest, Southampton City branch", accountName: "Harbour Lane Supplies Ltd", sortCode: "60-16-13", accountNumber: "31926819", iban: "GB29 NWBK 6016 1331 9268 19", bic: "NWBKGB2L" },
      paymentLink: "https://pay.example.com/harbour-lane", senderName: "Priya Shah", senderTitle: null, bccSelf: null,
    });
  });

  it("reads German labels with colons, in any columns", () => {
    const read = readCompanyDetails(grid([[null, "Firma:", "Brandt Handel GmbH"], [null, "Anschrift", "Hauptstr. 1, 50667 Köln"], [null, "Telefon", "+49 221 000"], [null, "E-Mail-Adresse", "info@brandt.example"], [null, "Kontoinhaber", "Brandt Handel GmbH"], [null, "IBAN", "DE89 3704 0044 0532 0130 00"]]));
    expect(read.issues).toEqual([]);
    expect(read.value?.name).toBe("Brandt Handel GmbH");
    expect(read.value?.bank?.iban).toBe("DE89 3704 0044 0532 0130 00");
  });

  it.each([
    { name: "a bad e-mail", row: ["E-mail", "accounts at harbour"], code: "company-bad-email", address: "Company!B5", field: "email" },
    { name: "a javascript: payment link", row: ["Payment link", "javascript:alert(1)"], code: "company-bad-link", address: "Company!B5", field: "paymentLink" },
    { name: "a bad BCC address", row: ["BCC copy to", "me@"], code: "company-bad-email", address: "Company!B5", field: "bccSelf" },
  ])("leaves out $name with a warning at its cell", ({ row, code, address, field }) => {
    const rows = [["Company name", "Acme Ltd"], ["Address", "1 High St"], ["Phone", "01"], ["IBAN", "GB00 X"], row];
    const read = readCompanyDetails(grid(rows));
    expect(read.issues).toContainEqual(expect.objectContaining({ code, severity: "warning", address }));
    expect(read.value?.[field as "email" | "paymentLink" | "bccSelf"]).toBeNull();
  });

  it.each([
    { name: "no company name row", rows: [["Address", "1 High St"]], address: null },
    { name: "an empty company name", rows: [["Company name", "  "]], address: "Company!B1" },
  ])("refuses to make letters with $name", ({ rows, address }) => {
    const read = readCompanyDetails(grid(rows));
    expect(read.value).toBeNull();
    expect(read.issues).toEqual([expect.objectContaining({ code: "company-no-name", severity: "error", address })]);
  });

  it("warns about missing contact details and a missing way to pay, naming each cell", () => {
    const read = readCompanyDetails(grid([["Company name", "Acme Ltd"], ["Address", null], ["Phone", null], ["E-mail", null], ["IBAN", null]]));
    expect(read.issues.map((issue) => [issue.code, issue.address])).toEqual([
      ["company-missing", "Company!B2"], ["company-missing", "Company!B3"], ["company-missing", "Company!B4"], ["company-no-payment", "Company!B5"],
    ]);
  });

  it("keeps the first of two rows for the same detail", () => {
    const read = readCompanyDetails(grid([["Company name", "Acme Ltd"], ["Company", "Other Ltd"]]));
    expect(read.value?.name).toBe("Acme Ltd");
    expect(read.issues).toContainEqual(expect.objectContaining({ code: "company-duplicate", address: "Company!B2" }));
  });

  it("stops at the templates table", () => {
    const read = readCompanyDetails(grid([["Company name", "Acme Ltd"], ["Template", "Language"], ["Phone", "not read"]]));
    expect(read.value?.phone).toBeNull();
  });
});
