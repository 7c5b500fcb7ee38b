import { baseLanguage } from "./letter-locale";

/** The fixed words of a letter around the template text: table headings, greeting, closing, payment labels. */
export interface LetterWords {
  /** Invoice, Date, Due, Amount, Balance, Days overdue. */
  readonly tableHeaders: readonly [string, string, string, string, string, string];
  /** Marks a credit note's number in the table. */
  readonly creditSuffix: string;
  /** The days-overdue cell of a line that is not yet due. */
  readonly notYetDue: string;
  readonly totalDue: string;
  readonly ofWhichOverdue: string;
  readonly fee: string;
  readonly interest: string;
  readonly totalPayable: string;
  salutation(contactPerson: string | null): string;
  closing(contactPerson: string | null): string;
  /** The signer's role when the company block gives none. */
  readonly defaultSenderTitle: string;
  accountReference(ref: string): string;
  readonly bankIntro: string;
  readonly bankLabels: {
    readonly accountName: string;
    readonly bankName: string;
    readonly sortCode: string;
    readonly accountNumber: string;
    readonly iban: string;
    readonly bic: string;
  };
  /** Before the pay-now link, after bank details. */
  readonly payOnlineToo: string;
  /** Before the pay-now link when there are no bank details. */
  readonly payOnlineOnly: string;
  readonly phoneLabel: string;
  readonly emailLabel: string;
  readonly websiteLabel: string;
  readonly companyNumberLabel: string;
  readonly vatNumberLabel: string;
  /** The sentence of `{{fees}}`: compensation and/or interest (already formatted), with how they were worked out. */
  feesSentence(fee: string | null, interest: string | null, basis: string | null): string;
  installment(index: number, date: string, amount: string): string;
  daysOverdue(days: number): string;
}

const ENGLISH: LetterWords = {
  tableHeaders: ["Invoice", "Date", "Due", "Amount", "Balance", "Days overdue"],
  creditSuffix: "(credit)",
  notYetDue: "not yet due",
  totalDue: "Total due",
  ofWhichOverdue: "of which overdue",
  fee: "Late payment compensation",
  interest: "Interest",
  totalPayable: "Total now payable",
  salutation: (contact) => (contact === null ? "Dear Sir or Madam," : `Dear ${contact},`),
  // British usage: "faithfully" to an unnamed reader, "sincerely" to a named one.
  closing: (contact) => (contact === null ? "Yours faithfully," : "Yours sincerely,"),
  defaultSenderTitle: "Credit Control",
  accountReference: (ref) => `Account: ${ref}`,
  bankIntro: "Please pay by bank transfer, quoting the invoice numbers as your reference:",
  bankLabels: { accountName: "Account name", bankName: "Bank", sortCode: "Sort code", accountNumber: "Account number", iban: "IBAN", bic: "BIC" },
  payOnlineToo: "You can also pay securely online at",
  payOnlineOnly: "You can pay securely online at",
  phoneLabel: "Tel.",
  emailLabel: "E-mail",
  websiteLabel: "Web",
  companyNumberLabel: "Company no.",
  vatNumberLabel: "VAT no.",
  feesSentence: (fee, interest, basis) => {
    const parts = [fee === null ? null : `late payment compensation of ${fee}`, interest === null ? null : `interest of ${interest}`].filter(isText);
    const how = basis === null ? "" : ` (${basis})`;
    return `In addition, we are entitled to charge ${parts.join(" and ")}${how}, which we have added to the amount now payable.`;
  },
  installment: (index, date, amount) => `Instalment ${index}: ${amount} by ${date}`,
  daysOverdue: (days) => String(days),
};

const GERMAN: LetterWords = {
  tableHeaders: ["Rechnung", "Datum", "Fällig am", "Betrag", "Offen", "Tage überfällig"],
  creditSuffix: "(Gutschrift)",
  notYetDue: "noch nicht fällig",
  totalDue: "Offener Betrag",
  ofWhichOverdue: "davon überfällig",
  fee: "Verzugspauschale",
  interest: "Verzugszinsen",
  totalPayable: "Jetzt zu zahlen",
  salutation: (contact) => (contact === null ? "Sehr geehrte Damen und Herren," : `Guten Tag ${contact},`),
  closing: () => "Mit freundlichen Grüßen",
  defaultSenderTitle: "Buchhaltung",
  accountReference: (ref) => `Kundennummer: ${ref}`,
  bankIntro: "Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummern als Verwendungszweck auf folgendes Konto:",
  bankLabels: { accountName: "Kontoinhaber", bankName: "Bank", sortCode: "Sort Code", accountNumber: "Kontonummer", iban: "IBAN", bic: "BIC" },
  payOnlineToo: "Sie können auch bequem online bezahlen unter",
  payOnlineOnly: "Sie können bequem online bezahlen unter",
  phoneLabel: "Tel.",
  emailLabel: "E-Mail",
  websiteLabel: "Web",
  companyNumberLabel: "Handelsregister-Nr.",
  vatNumberLabel: "USt-IdNr.",
  feesSentence: (fee, interest, basis) => {
    const parts = [fee === null ? null : `eine Verzugspauschale von ${fee}`, interest === null ? null : `Verzugszinsen von ${interest}`].filter(isText);
    const how = basis === null ? "" : ` (${basis})`;
    return `Zusätzlich berechnen wir ${parts.join(" sowie ")}${how}; diese Beträge sind im jetzt zu zahlenden Betrag enthalten.`;
  },
  installment: (index, date, amount) => `${index}. Rate: ${amount} bis zum ${date}`,
  daysOverdue: (days) => String(days),
};

const WORDS: Readonly<Record<string, LetterWords>> = { en: ENGLISH, de: GERMAN };

function isText(value: string | null): value is string {
  return value !== null;
}

/**
 * The fixed words for a letter language; languages without their own set (a template the user added in Dutch)
 * use the English words around their text.
 *
 * @example letterWordsFor("de-AT").totalDue //=> "Offener Betrag"
 * @example letterWordsFor("nl").totalDue    //=> "Total due"
 */
export function letterWordsFor(language: string): LetterWords {
  return WORDS[baseLanguage(language)] ?? ENGLISH;
}

/**
 * True when Collect has its own fixed words for the language.
 *
 * @example hasLetterWords("de") //=> true
 */
export function hasLetterWords(language: string): boolean {
  return WORDS[baseLanguage(language)] !== undefined;
}
