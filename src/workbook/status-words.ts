const DIACRITICS = /[\u0300-\u036f]/g;

/** What an invoice's status text says, as far as collections care. */
export interface StatusMeaning {
  /** Paid, settled, closed, void or cancelled: nothing left to collect. */
  readonly closed: boolean;
  readonly disputed: boolean;
  readonly onHold: boolean;
  /** A payment row inside an invoice report (QuickBooks lists unapplied payments there). */
  readonly payment: boolean;
  /** A credit memo / credit note. */
  readonly credit: boolean;
}

const CLOSED = new Set([
  "paid", "paid in full", "fully paid", "closed", "settled", "void", "voided", "cancelled", "canceled", "written off",
  "bezahlt", "erledigt", "ausgeglichen", "storniert", "paye", "payee", "solde", "regle", "annule", "annulee",
  "pagado", "pagada", "cobrado", "cobrada", "cancelado", "anulado", "betaald", "voldaan", "geannuleerd", "vereffend",
]);
const DISPUTED = /^(disputed|in dispute|dispute|contested|strittig|bestritten|reklamiert|litige|en litige|conteste|en disputa|disputado|betwist)$/;
const ON_HOLD = /^(on hold|hold|held|blocked|do not chase|gesperrt|mahnsperre|en attente|bloque|en espera|bloqueado|geblokkeerd)$/;
const PAYMENT = /^(payment|pmt|receipt|customer payment|zahlung|zahlungseingang|paiement|reglement|pago|cobro|betaling)$/;
const CREDIT = /^(credit memo|credit note|credit|cm|cn|cr|credit invoice|gutschrift|avoir|abono|nota de credito|nota credito|creditnota|creditfactuur)$/;

/**
 * Reads a status or document-type cell.
 *
 * @example readStatusWords("Paid")        //=> { closed: true, disputed: false, onHold: false, payment: false, credit: false }
 * @example readStatusWords("Credit Memo") //=> { closed: false, disputed: false, onHold: false, payment: false, credit: true }
 */
export function readStatusWords(text: string): StatusMeaning {
  const words = text.trim().toLowerCase().normalize("NFD").replace(DIACRITICS, "").replace(/[\s_]+/g, " ");
  return {
    closed: CLOSED.has(words),
    disputed: DISPUTED.test(words),
    onHold: ON_HOLD.test(words),
    payment: PAYMENT.test(words),
    credit: CREDIT.test(words),
  };
}
