import type { DefaultTemplate } from "./default-templates-en";

/**
 * The German templates: the usual German dunning sequence (Zahlungserinnerung, 1. Mahnung, 2. Mahnung,
 * Letzte Mahnung, Übergabe an ein Inkassounternehmen) in the polite "Sie" form. The greeting ends with a comma,
 * so each first paragraph starts in lower case, as German letters do.
 */
export const DEFAULT_TEMPLATES_DE: readonly DefaultTemplate[] = [
  {
    id: "delivery-check",
    language: "de",
    tone: "any",
    subject: `Ihre Rechnung {{invoice_numbers}} von {{company_name}}`,
    body: `{{salutation}}

wir möchten sicherstellen, dass Sie die unten aufgeführte Rechnung erhalten haben und alles in Ordnung ist.

{{invoice_table}}

Sollte etwas fehlen oder benötigen Sie eine Bestellnummer oder einen anderen Verweis auf der Rechnung, geben Sie uns bitte kurz Bescheid – wir senden Ihnen umgehend eine korrigierte Fassung. Andernfalls wären wir Ihnen für eine kurze Bestätigung dankbar, dass die Rechnung zur Zahlung bis zum Fälligkeitsdatum freigegeben ist.

Vielen Dank für Ihren Auftrag.`,
  },
  {
    id: "pre-due",
    language: "de",
    tone: "any",
    subject: `Freundliche Erinnerung: Rechnung {{invoice_numbers}} wird bald fällig`,
    body: `{{salutation}}

wir möchten Sie freundlich daran erinnern, dass die folgende Zahlung an {{company_name}} in Kürze fällig wird.

{{invoice_table}}

Falls Sie die Zahlung bereits veranlasst haben, danken wir Ihnen herzlich; dieses Schreiben ist dann gegenstandslos. Bei Fragen zur Rechnung antworten Sie einfach auf diese Nachricht oder rufen Sie uns unter {{company_phone}} an.

{{payment_instructions}}`,
  },
  {
    id: "past-due",
    language: "de",
    tone: "soft",
    subject: `Zahlungserinnerung: {{overdue_amount}} überfällig`,
    body: `{{salutation}}

bei der Durchsicht unserer Konten ist uns aufgefallen, dass die folgenden Rechnungen über insgesamt {{overdue_amount}} ihr Fälligkeitsdatum überschritten haben. Sicher handelt es sich nur um ein Versehen – oder gibt es eine Rückfrage, bei der wir helfen können?

{{invoice_table}}

Wir bitten Sie, den Betrag in den nächsten Tagen zu überweisen. Sollte es zu einer der Rechnungen Unstimmigkeiten geben, teilen Sie uns dies bitte mit, damit wir sie klären können.

{{payment_instructions}}

Sollten Sie die Zahlung in den letzten Tagen bereits veranlasst haben, danken wir Ihnen und bitten Sie, dieses Schreiben als gegenstandslos zu betrachten.`,
  },
  {
    id: "past-due",
    language: "de",
    tone: "firm",
    subject: `1. Mahnung: {{overdue_amount}} überfällig`,
    body: `{{salutation}}

laut unserer Buchhaltung ist auf Ihrem Konto ein Betrag von {{overdue_amount}} überfällig, die älteste Rechnung seit {{oldest_days_past_due}} Tagen. Die betroffenen Rechnungen finden Sie unten.

{{invoice_table}}

Bitte überweisen Sie den Betrag innerhalb von sieben Tagen. Falls es einen Grund gibt, aus dem die Rechnungen noch nicht bezahlt wurden, melden Sie sich bitte unter {{company_phone}} oder {{company_email}}, damit wir die Angelegenheit zügig klären können.

{{payment_instructions}}`,
  },
  {
    id: "firm-reminder",
    language: "de",
    tone: "soft",
    subject: `Zweite Zahlungserinnerung: {{overdue_amount}} offen`,
    body: `{{salutation}}

vor Kurzem haben wir Sie an den überfälligen Betrag auf Ihrem Konto erinnert, bislang jedoch weder eine Zahlung noch eine Nachricht von Ihnen erhalten. Überfällig sind derzeit {{overdue_amount}}; die älteste Rechnung ist seit {{oldest_days_past_due}} Tagen fällig.

{{invoice_table}}

Wir schätzen die Zusammenarbeit mit Ihnen und möchten die Angelegenheit gern unkompliziert klären. Bitte überweisen Sie den Betrag umgehend oder rufen Sie mich unter {{company_phone}} an, um einen Zahlungstermin zu vereinbaren.

{{payment_instructions}}`,
  },
  {
    id: "firm-reminder",
    language: "de",
    tone: "firm",
    subject: `2. Mahnung: {{overdue_amount}} überfällig`,
    body: `{{salutation}}

trotz unserer Zahlungserinnerung sind die folgenden Rechnungen weiterhin unbezahlt. Überfällig sind {{overdue_amount}}, die älteste Rechnung seit {{oldest_days_past_due}} Tagen.

{{invoice_table}}

Bitte begleichen Sie den überfälligen Betrag umgehend in voller Höhe. Sollte Ihnen dies nicht möglich sein, setzen Sie sich bitte innerhalb von fünf Werktagen unter {{company_phone}} mit mir in Verbindung, um einen Zahlungstermin zu vereinbaren. Bis zum Ausgleich Ihres Kontos müssen wir weitere Lieferungen gegebenenfalls zurückstellen.

{{payment_instructions}}`,
  },
  {
    id: "final-notice",
    language: "de",
    tone: "firm",
    subject: `Letzte Mahnung: Zahlung von {{total_payable}} bis zum {{deadline}}`,
    body: `{{salutation}}

trotz mehrfacher Erinnerung sind die folgenden Rechnungen noch immer nicht beglichen. Die älteste Rechnung ist seit {{oldest_days_past_due}} Tagen überfällig.

{{invoice_table}}

{{fees}}

Wir fordern Sie hiermit letztmalig auf, den Gesamtbetrag von {{total_payable}} bis spätestens zum {{deadline}} zu überweisen. Geht die Zahlung bis dahin nicht vollständig bei uns ein, übergeben wir die Forderung ohne weitere Ankündigung einem Inkassounternehmen oder unserem Rechtsanwalt. Die dadurch entstehenden Kosten gehen zu Ihren Lasten.

Sollten Sie Einwände gegen eine der Rechnungen haben oder den Betrag nicht vollständig zahlen können, melden Sie sich bitte vor dem {{deadline}} unter {{company_phone}}. Uns ist an einer einvernehmlichen Lösung gelegen.

{{payment_instructions}}`,
  },
  {
    id: "handover",
    language: "de",
    tone: "firm",
    subject: `Übergabe Ihrer offenen Forderung über {{total_payable}} an ein Inkassounternehmen`,
    body: `{{salutation}}

wir haben Sie mehrfach, zuletzt mit unserer letzten Mahnung, auf den unten aufgeführten offenen Betrag hingewiesen. Eine Zahlung oder ein Zahlungsvorschlag ist bei uns bisher nicht eingegangen.

{{invoice_table}}

{{fees}}

Wir übergeben die Forderung über {{total_payable}} daher unserem Inkassounternehmen, das sich in Kürze mit Ihnen in Verbindung setzen wird. Die weiteren Kosten der Beitreibung können dem offenen Betrag hinzugerechnet werden.

Geht die vollständige Zahlung vorher direkt bei uns ein, ziehen wir die Übergabe zurück.

{{payment_instructions}}`,
  },
  {
    id: "promise-confirmation",
    language: "de",
    tone: "any",
    subject: `Bestätigung Ihrer Zahlungszusage über {{promise_amount}} bis {{promise_date}}`,
    body: `{{salutation}}

vielen Dank für das freundliche Gespräch. Wie vereinbart haben wir notiert, dass Sie {{promise_amount}} bis zum {{promise_date}} auf den unten aufgeführten offenen Betrag überweisen.

{{invoice_table}}

Bis zu diesem Datum senden wir Ihnen keine weiteren Erinnerungen. Sollte sich etwas ändern, geben Sie uns bitte vor dem {{promise_date}} Bescheid.

{{payment_instructions}}`,
  },
  {
    id: "plan-confirmation",
    language: "de",
    tone: "any",
    subject: `Ihre Ratenzahlungsvereinbarung über {{total_due}}`,
    body: `{{salutation}}

vielen Dank, dass Sie mit uns eine Ratenzahlung vereinbart haben. Mit diesem Schreiben bestätigen wir die vereinbarten Raten zum Ausgleich des unten aufgeführten offenen Betrags von {{total_due}}:

{{plan_schedule}}

{{invoice_table}}

Solange jede Rate pünktlich eingeht, erhalten Sie von uns keine weiteren Mahnungen. Bleibt eine Rate aus, wird der gesamte Restbetrag sofort fällig, und unser übliches Mahnverfahren wird fortgesetzt. Bitte geben Sie als Verwendungszweck Ihre Rechnungsnummern an.

{{payment_instructions}}`,
  },
  {
    id: "statement",
    language: "de",
    tone: "any",
    subject: `Kontoauszug zum {{today}}`,
    body: `{{salutation}}

nachstehend finden Sie Ihren Kontoauszug bei {{company_name}} zum {{today}} mit allen offenen Rechnungen und Gutschriften.

{{invoice_table}}

Der offene Betrag beläuft sich auf {{total_due}}, davon sind {{overdue_amount}} überfällig. Sollten Ihre Unterlagen von unseren abweichen, teilen Sie uns dies bitte mit, damit wir die Posten abstimmen können.

{{payment_instructions}}`,
  },
];
