import type { HeaderTarget } from "./fields";

/** A header text, or a header text with a weight below 1 when it is a weaker sign of the field ("Name"). */
export type Synonym = string | readonly [text: string, weight: number];

/**
 * Header texts per field in English, German, French, Spanish and Dutch, and the system names of common
 * exports (QuickBooks, Xero, Sage, Zoho, Odoo, ERPNext, SAP-style CSVs). They are normalised with
 * `normalizeHeader` before use, so case, accents, punctuation, "_" and camelCase do not matter here.
 * A normalised text may belong to one target only (a test checks this).
 */
export const FIELD_SYNONYMS: Readonly<Record<Exclude<HeaderTarget, "bucket">, readonly Synonym[]>> = {
  invoiceNo: [
    "invoice", "invoice no", "invoice number", "invoice num", "invoice id", "invoice ref", "invoice reference", "inv",
    "inv no", "inv num", "inv number", "inv id", ["num", 0.9], ["number", 0.8], ["no", 0.7], ["nr", 0.7], "doc no",
    ["doc id", 0.95], "doc num", "doc number", "document no", "document number", ["document id", 0.9],
    ["transaction no", 0.9], ["transaction number", 0.9], ["transaction", 0.7], ["ref no", 0.7], "bill no", "bill number",
    "rechnungsnummer", "rechnungsnr", "rechnung", "rechnung nr", "re nr", "belegnummer", "belegnr", ["beleg", 0.8],
    "facture", "n facture", "no facture", "numero de facture", "numero facture", "num facture", ["piece", 0.7],
    ["n piece", 0.8], "factura", "no factura", "numero de factura", "numero factura", "num factura", ["folio", 0.8],
    "factuur", "factuurnummer", "factuurnr", "factuur nr", "boekstuknummer", ["boekstuk", 0.8],
  ],
  customerName: [
    "customer", "customer name", "client", "client name", ["name", 0.8], "name customer", ["account", 0.7],
    "account name", "debtor", "debtor name", ["company", 0.8], "company name", "bill to", "sold to", ["payer", 0.9],
    ["buyer", 0.8], ["contact", 0.75], "customer full name", "partner", "kunde", "kundenname", "kunden name",
    "debitor", "debitorname", ["firma", 0.8], "nom du client", "nom client", "raison sociale", "cliente",
    "nombre del cliente", "nombre cliente", "razon social", ["deudor", 0.9], "klant", "klantnaam", "debiteur",
    "debiteurnaam", ["relatie", 0.8], ["naam", 0.8], ["nom", 0.8], ["nombre", 0.8],
  ],
  customerId: [
    "customer id", "customer no", "customer number", "customer code", "customer ref", "cust no", "cust number",
    "cust id", "cust code", "client id", "client no", "client number", "client code", "account no",
    "account number", "account id", "account code", "debtor no", "debtor number", "debtor id", "debtor code",
    "kundennummer", "kundennr", "kunden nr", "kunden id", "debitorennummer", "debitornummer", "debitor nr",
    "n client", "numero client", "numero de client", "code client", "numero de cliente", "codigo cliente",
    "codigo de cliente", "no cliente", "id cliente", "klantnummer", "klantnr", "debiteurnummer", "debiteurnr",
  ],
  date: [["date", 0.9], ["datum", 0.9], ["fecha", 0.9], ["dt", 0.6]],
  invoiceDate: [
    "invoice date", "inv date", "issue date", "date issued", "issued", "issued on", "posting date",
    "document date", "doc date", ["document create date", 0.9], "transaction date", "txn date", "billing date",
    "bill date", "date of invoice", "invoiced", ["created", 0.7], ["create date", 0.7], "rechnungsdatum",
    "belegdatum", "buchungsdatum", "re datum", "date facture", "date de facture", "date d emission",
    "date piece", "fecha de factura", "fecha factura", "fecha de emision", "fecha emision", "factuurdatum",
    "boekdatum",
  ],
  dueDate: [
    "due", "due date", "due in date", "date due", "payment due", "payment due date", "due on", "due by",
    ["maturity", 0.9], "maturity date", "net due date", "invoice due date", "expiry date", "fallig",
    "fallig am", "falligkeit", "falligkeitsdatum", "fallig zum", "zahlbar bis", "echeance", "date d echeance",
    "date echeance", "date limite de paiement", "vencimiento", "fecha de vencimiento", "fecha vencimiento",
    "vervaldatum", "vervaldag", "uiterste betaaldatum",
  ],
  amount: [
    "amount", "invoice amount", "original amount", "orig amount", "gross amount", ["gross", 0.8], "invoice total",
    "total amount", "invoice value", ["value", 0.6], "amount incl tax", "amount total", "amt", "inv amount",
    "billed", "billed amount", "betrag", "rechnungsbetrag", "bruttobetrag", ["brutto", 0.8], "montant",
    "montant ttc", "montant facture", "importe", "importe total", "total factura", "bedrag", "factuurbedrag",
    "totaalbedrag", "bedrag incl btw",
  ],
  openBalance: [
    "open balance", "balance", "balance due", "amount due", "due amount", "open amount", "outstanding",
    "outstanding amount", "outstanding balance", "amount outstanding", "remaining", "remaining balance",
    "remaining amount", ["open", 0.7], "unpaid", "unpaid amount", "amount unpaid", "total open amount",
    "open advance", "outstanding advance", "residual", "amount residual", "balance outstanding", "open item amount",
    "offen", "offener betrag", "restbetrag", ["saldo", 0.9], "offener saldo", "offene summe", "solde", "reste a payer",
    "montant restant", "montant du", "solde du", "saldo pendiente", ["pendiente", 0.9], "importe pendiente",
    "openstaand", "openstaand bedrag", "saldo openstaand", "restant",
  ],
  paidAmount: [
    "paid", "amount paid", "paid amount", "paid to date", ["payments", 0.8], ["applied", 0.8], "amount applied",
    "bezahlt", "gezahlt", "bezahlter betrag", "paye", "montant paye", "pagado", "importe pagado", "betaald",
    "betaald bedrag",
  ],
  paidDate: [
    "paid date", "date paid", "paid on", "settled date", "settled", "settlement date", "date settled", "clear date",
    "clearing date", "cleared", "cleared date", "closed date", "date closed", "fully paid date", "bezahlt am",
    "ausgeglichen am", "ausgleichsdatum", "date de reglement", "date reglement", "fecha de liquidacion",
    "datum betaald", "betaald op",
  ],
  total: [["total", 0.9], ["totals", 0.9], ["gesamt", 0.9], ["summe", 0.9], ["totaal", 0.9], ["sum", 0.7]],
  disputed: [
    "disputed", "dispute", "in dispute", "dispute flag", "contested", "strittig", "bestritten", "reklamation",
    "litige", "en litige", "conteste", "disputa", "en disputa", "reclamacion", "betwist", "geschil",
  ],
  terms: [
    "terms", "payment terms", "cust payment terms", "customer payment terms", "terms code", "net terms",
    "credit terms", "zahlungsbedingung", "zahlungsbedingungen", "zahlungsziel", "conditions de paiement",
    ["conditions", 0.8], "condiciones de pago", "plazo de pago", "betalingstermijn", "betalingsvoorwaarden",
  ],
  currency: [
    "currency", "invoice currency", "curr", "ccy", "cur", "currency code", "wahrung", "devise", "monnaie",
    "moneda", "divisa", "valuta",
  ],
  status: ["status", "invoice status", ["state", 0.8], "statut", "etat", "estado", "situacion"],
  notes: [
    "notes", "note", "memo", "memo description", "comment", "comments", "remarks", ["description", 0.7],
    "bemerkung", "bemerkungen", "notiz", "notizen", "kommentar", "remarque", "remarques", "commentaire",
    "nota", "notas", "observaciones", "comentario", "opmerking", "opmerkingen", "notitie", ["omschrijving", 0.7],
  ],
  docType: [
    "type", "document type", "doc type", "transaction type", "txn type", "invoice type", "belegart", "typ",
    "type de piece", "tipo", "tipo de documento", "soort", "boekstuktype",
  ],
  onHold: [
    "on hold", "hold", "do not chase", "dunning block", "stop", "mahnsperre", "mahnstopp", "gesperrt",
    "en attente", "bloque", "bloqueo", "en espera", "geblokkeerd", "aanmaanblokkade",
  ],
  email: ["email", "e mail", "email address", "mail", "billing email", "courriel", "correo", "correo electronico"],
  phone: ["phone", "telephone", "tel", "phone number", "mobile", "telefon", "telefonnummer", "telefono", "telefoon"],
  contactPerson: [
    "contact person", "contact name", "attention", "attn", "ansprechpartner", "interlocuteur", "persona de contacto",
    "contactpersoon",
  ],
  address: ["address", "billing address", "street", "adresse", "anschrift", "direccion", "adres"],
  segment: ["segment", "customer type", "category", "customer group", "class", "kundengruppe", "categorie", "categoria"],
  industryCode: ["industry", "industry code", "sector", "branche", "sic", "naics"],
  creditLimit: ["credit limit", "limit", "kreditlimit", "kreditlimite", "plafond", "limite de credito", "kredietlimiet"],
  language: ["language", "lang", "sprache", "langue", "idioma", "taal"],
  collector: [
    "collector", "account manager", "assigned to", "owner", ["rep", 0.8], ["sales rep", 0.8], "sachbearbeiter",
    "gestionnaire", "responsable", "gestor", "behandelaar",
  ],
  paymentDate: [
    "payment date", "date received", "received date", "receipt date", "deposit date", "date of payment",
    "zahlungsdatum", "eingangsdatum", "zahlungseingang", "date de paiement", "date d encaissement",
    "fecha de pago", "fecha de cobro", "betaaldatum", "ontvangstdatum",
  ],
  paymentAmount: [
    "payment", "payment amount", "amount received", "received", "receipt amount", "deposit", "zahlung",
    "zahlbetrag", "zahlungsbetrag", "eingang", "paiement", "montant du paiement", "montant recu", "encaissement",
    "pago", "importe del pago", "cobro", "importe cobrado", "betaling", "ontvangen", "ontvangen bedrag",
  ],
  billingChannel: [
    "billing channel", "paperless bill", "paperless billing", "bill delivery", "invoice delivery", "delivery method",
    "invoice delivery method", "send method", "sending method", "sent via", "rechnungsversand", "versandweg",
    "mode d envoi", "envoi facture", "metodo de envio", "forma de envio", "verzendwijze", "factuurverzending",
  ],
  contactDate: ["contact date", "call date", "date of contact", "contacted", "contacted on", "kontaktdatum", "date de contact"],
  contactTime: ["time", "contact time", "call time", "uhrzeit", "zeit", "heure", "hora", "tijd"],
  channel: ["channel", "method", "medium", "via", "contact method", "kanal", "canal", "kanaal"],
  discussed: ["discussed", "discussion", "summary", "outcome", "result", "conversation", "gesprach", "resume", "resumen", "gesprek"],
  offers: ["offers", "offer", "offered", "angebot", "offre", "oferta", "aanbod"],
  promiseAmount: [
    "promise amount", "promised amount", "ptp amount", "promise to pay amount", "amount promised", "zusage betrag",
    "montant promis", "importe prometido", "toegezegd bedrag",
  ],
  promiseDate: [
    "promise date", "promised date", "ptp date", "promise to pay date", "promised by", "pay by", "zusage datum",
    "zahlungszusage", "date promise", "fecha prometida", "toegezegde datum",
  ],
  disputeOpened: ["dispute opened", "new dispute", "opened dispute", "dispute raised"],
  disputeResolved: ["dispute resolved", "resolved", "dispute closed", "dispute settled"],
  origin: ["source", "origin", "logged by", "entered via"],
  stage: ["stage", "level", "dunning level", "reminder level", "mahnstufe", "niveau de relance", "nivel", "aanmaning"],
  template: ["template", "letter", "letter template", "vorlage", "modele", "plantilla", "sjabloon"],
  ignored: [
    "days past due", "days overdue", "dpd", "days late", "day due", "days due", "age", ["aging", 0.9], "age days",
    "aging days", "days", "bucket", "aging bucket", "age bucket", "country", "country code", "business code",
    "business year", "fiscal year", "posting id", "baseline create date", "baseline date", "is open", "paperless date",
    "days to settle", "key 0", "p o no", "po", "po number", "purchase order", "reference", "ref",
    "your reference", "tage uberfallig", "jours de retard", "dias de atraso", "dagen te laat", "row", "line",
    "tax", "vat", "mwst", "ust", "net amount", "net", "amount net", "netto", "subtotal",
  ],
};

/**
 * Words that mark a column as a model's output or a projection ("Payment_date_predict", "Expected Date"),
 * never as the user's data: such a column is known and ignored whatever else its header says.
 */
export const PROJECTION_WORDS: ReadonlySet<string> = new Set([
  "predict", "predicted", "prediction", "forecast", "forecasted", "projected", "estimated", "expected", "prognose",
]);
