import { FIELD_SYNONYMS } from "./field-synonyms";
import { matchHeader, MIN_HEADER_CONFIDENCE } from "./match-header";
import { normalizeHeader } from "./normalize-header";

describe("matchHeader", () => {
  it.each([
    { name: "Inv #", text: "Inv #", target: "invoiceNo" },
    { name: "Invoice No.", text: "Invoice No.", target: "invoiceNo" },
    { name: "Num (QuickBooks)", text: "Num", target: "invoiceNo" },
    { name: "Doc No", text: "Doc No", target: "invoiceNo" },
    { name: "Document Number", text: "Document Number", target: "invoiceNo" },
    { name: "invoice_id", text: "invoice_id", target: "invoiceNo" },
    { name: "doc_id", text: "doc_id", target: "invoiceNo" },
    { name: "invoiceNumber", text: "invoiceNumber", target: "invoiceNo" },
    { name: "Rechnungsnummer", text: "Rechnungsnummer", target: "invoiceNo" },
    { name: "Facture", text: "Facture", target: "invoiceNo" },
    { name: "N° facture", text: "N° facture", target: "invoiceNo" },
    { name: "Factuurnummer", text: "Factuurnummer", target: "invoiceNo" },
    { name: "Spanish Factura", text: "Factura", target: "invoiceNo" },
    { name: "Spanish Nº factura", text: "Nº factura", target: "invoiceNo" },
    { name: "Spanish Cliente", text: "Cliente", target: "customerName" },
    { name: "Spanish Importe", text: "Importe", target: "amount" },
    { name: "Spanish Saldo pendiente", text: "Saldo pendiente", target: "openBalance" },
    { name: "French Montant TTC", text: "Montant TTC", target: "amount" },
    { name: "French Reste à payer", text: "Reste à payer", target: "openBalance" },
    { name: "French Date de facture", text: "Date de facture", target: "invoiceDate" },
    { name: "German Fälligkeitsdatum", text: "Fälligkeitsdatum", target: "dueDate" },
    { name: "German Kundennummer", text: "Kundennummer", target: "customerId" },
    { name: "Dutch Openstaand bedrag", text: "Openstaand bedrag", target: "openBalance" },
    { name: "Dutch Factuurdatum", text: "Factuurdatum", target: "invoiceDate" },
    { name: "Due", text: "Due", target: "dueDate" },
    { name: "Due Date", text: "Due Date", target: "dueDate" },
    { name: "due_in_date", text: "due_in_date", target: "dueDate" },
    { name: "DueDate", text: "DueDate", target: "dueDate" },
    { name: "Fällig", text: "Fällig", target: "dueDate" },
    { name: "Échéance", text: "Échéance", target: "dueDate" },
    { name: "Fecha de vencimiento", text: "Fecha de vencimiento", target: "dueDate" },
    { name: "Vervaldatum", text: "Vervaldatum", target: "dueDate" },
    { name: "Open Balance", text: "Open Balance", target: "openBalance" },
    { name: "Amount Due", text: "Amount Due", target: "openBalance" },
    { name: "Balance", text: "Balance", target: "openBalance" },
    { name: "total_open_amount", text: "total_open_amount", target: "openBalance" },
    { name: "Open Advance (ILS)", text: "Open Advance (ILS)", target: "openBalance" },
    { name: "Offener Betrag", text: "Offener Betrag", target: "openBalance" },
    { name: "Customer", text: "Customer", target: "customerName" },
    { name: "Client", text: "Client", target: "customerName" },
    { name: "Name", text: "Name", target: "customerName" },
    { name: "name_customer", text: "name_customer", target: "customerName" },
    { name: "Kunde", text: "Kunde", target: "customerName" },
    { name: "Klant", text: "Klant", target: "customerName" },
    { name: "cust_number", text: "cust_number", target: "customerId" },
    { name: "customerID", text: "customerID", target: "customerId" },
    { name: "Customer ID", text: "Customer ID", target: "customerId" },
    { name: "Invoice Date", text: "Invoice Date", target: "invoiceDate" },
    { name: "InvoiceDate", text: "InvoiceDate", target: "invoiceDate" },
    { name: "posting_date", text: "posting_date", target: "invoiceDate" },
    { name: "document_create_date", text: "document_create_date", target: "invoiceDate" },
    { name: "Issue Date", text: "Issue Date", target: "invoiceDate" },
    { name: "Date", text: "Date", target: "date" },
    { name: "SettledDate", text: "SettledDate", target: "paidDate" },
    { name: "Paid Date", text: "Paid Date", target: "paidDate" },
    { name: "Disputed", text: "Disputed", target: "disputed" },
    { name: "Terms", text: "Terms", target: "terms" },
    { name: "cust_payment_terms", text: "cust_payment_terms", target: "terms" },
    { name: "Currency", text: "Currency", target: "currency" },
    { name: "invoice_currency", text: "invoice_currency", target: "currency" },
    { name: "Status", text: "Status", target: "status" },
    { name: "Memo", text: "Memo", target: "notes" },
    { name: "Email", text: "Email", target: "email" },
    { name: "Phone", text: "Phone", target: "phone" },
    { name: "Contact", text: "Contact", target: "customerName" },
    { name: "Contact Person", text: "Contact Person", target: "contactPerson" },
    { name: "Address", text: "Address", target: "address" },
    { name: "Segment", text: "Segment", target: "segment" },
    { name: "Credit Limit", text: "Credit Limit", target: "creditLimit" },
    { name: "Language", text: "Language", target: "language" },
    { name: "Collector", text: "Collector", target: "collector" },
    { name: "On Hold", text: "On Hold", target: "onHold" },
    { name: "InvoiceAmount", text: "InvoiceAmount", target: "amount" },
    { name: "document type", text: "document type", target: "docType" },
    { name: "a synonym inside a longer header", text: "Invoice Date (UTC)", target: "invoiceDate" },
    { name: "words reordered", text: "Date Invoice", target: "invoiceDate" },
    { name: "an aging bucket", text: "31-60", target: "bucket" },
    { name: "an open-ended bucket", text: "90+", target: "bucket" },
    { name: "a QuickBooks bucket", text: "91 and over", target: "bucket" },
    { name: "a Xero bucket", text: "< 1 Month", target: "bucket" },
    { name: "Current", text: "Current", target: "bucket" },
    { name: "a model's prediction", text: "Payment_date_predict", target: "ignored" },
    { name: "days past due", text: "Days Past Due", target: "ignored" },
    { name: "Day_due", text: "Day_due", target: "ignored" },
    { name: "PaperlessDate", text: "PaperlessDate", target: "ignored" },
    { name: "IBM's PaperlessBill (Paper/Electronic)", text: "PaperlessBill", target: "billingChannel" },
    { name: "an invoice delivery method", text: "Invoice Delivery Method", target: "billingChannel" },
  ])("reads $name as $target", ({ text, target }) => {
    const [best] = matchHeader(text);
    expect(best?.target).toBe(target);
    expect(best?.confidence ?? 0).toBeGreaterThanOrEqual(MIN_HEADER_CONFIDENCE);
  });

  it.each([
    { name: "empty text", text: "" },
    { name: "a title", text: "AR Aging Report — outstanding advance by customer and days overdue" },
    { name: "a number", text: "2026" },
    { name: "a word nobody uses", text: "Zebra" },
    { name: "punctuation", text: "---" },
  ])("finds nothing usable in $name", ({ text }) => {
    const usable = matchHeader(text).filter((m) => m.confidence >= MIN_HEADER_CONFIDENCE && m.target !== "ignored");
    expect(usable).toEqual([]);
  });

  it("scores a looser match lower than an exact synonym", () => {
    const exact = matchHeader("Invoice Date")[0]?.confidence ?? 0;
    const loose = matchHeader("Invoice Date (UTC)")[0]?.confidence ?? 0;
    expect(loose).toBeLessThan(exact);
  });

  it("gives every normalised synonym to one target only", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [target, synonyms] of Object.entries(FIELD_SYNONYMS)) {
      for (const synonym of synonyms) {
        const key = normalizeHeader(typeof synonym === "string" ? synonym : synonym[0]).key;
        const known = owner.get(key);
        if (known !== undefined && known !== target) clashes.push(`${key}: ${known} / ${target}`);
        owner.set(key, target);
      }
    }
    expect(clashes).toEqual([]);
  });
});
