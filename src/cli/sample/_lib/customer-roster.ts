/**
 * The fixed cast of the sample workbook: forty business customers of Harbour Lane Supplies Ltd, a
 * Southampton wholesaler of office and catering supplies. Names, people and streets are invented; e-mail
 * addresses use the reserved `.example` domain (RFC 2606) so a demo draft can never reach a real inbox.
 * The seed changes invoices and payments, never this list.
 */

/** How a customer pays, which drives its payment dates in the generator. */
export type PayerProfile = "prompt" | "average" | "chronic" | "very-late";

/** Order volume and invoice size class. */
export type CustomerSize = "small" | "medium" | "large";

export type Segment = "Hospitality" | "Retail" | "Public sector" | "Trade";

export type PaymentMethod = "Bank transfer" | "Card" | "Cheque";

export type LetterLanguage = "en" | "de" | "fr";

export type CurrencyCode = "GBP" | "EUR";

export interface RosterEntry {
  readonly id: string;
  readonly name: string;
  readonly contactPerson: string;
  readonly email: string | null;
  readonly phone: string;
  readonly billingAddress: string;
  readonly segment: Segment;
  /** Credit limit in whole units of the customer's currency. */
  readonly creditLimit: number;
  readonly termsDays: 14 | 30 | 60;
  readonly language: LetterLanguage;
  readonly currency: CurrencyCode;
  readonly size: CustomerSize;
  readonly profile: PayerProfile;
  readonly method: PaymentMethod;
}

export const COLLECTORS = { hospitalityAndRetail: "Priya Shah", publicAndTrade: "Tom Gallagher" } as const;

/** The collector who looks after a segment: Priya has hospitality and retail, Tom the rest. */
export function collectorForSegment(segment: Segment): string {
  return segment === "Hospitality" || segment === "Retail" ? COLLECTORS.hospitalityAndRetail : COLLECTORS.publicAndTrade;
}

type Row = [
  id: string, name: string, contact: string, email: string | null, phone: string, address: string,
  segment: Segment, creditLimit: number, termsDays: 14 | 30 | 60, language: LetterLanguage, currency: CurrencyCode,
  size: CustomerSize, profile: PayerProfile, method: PaymentMethod,
];

const ROWS: readonly Row[] = [
  ["C001", "Quayside Kitchen & Bar Ltd", "Dean Whitlock", "dean@quaysidekitchen.example", "023 8049 6112", "14 Town Quay, Southampton, SO14 2AQ", "Hospitality", 8000, 30, "en", "GBP", "medium", "very-late", "Bank transfer"],
  ["C002", "Beacon Hill Hotel Ltd", "Margaret Ellis", "accounts@beaconhillhotel.example", "01962 496 201", "Beacon Hill Road, Winchester, SO23 7HX", "Hospitality", 30000, 30, "en", "GBP", "large", "average", "Bank transfer"],
  ["C003", "The Salt Loft Café", "Jenny Marsh", null, "023 9249 6318", "3 Broad Street, Old Portsmouth, PO1 2JE", "Hospitality", 1500, 14, "en", "GBP", "small", "prompt", "Card"],
  ["C004", "Harbourside Hotels Group plc", "Rupert Clarke", "ap@harboursidehotels.example", "023 8049 6740", "Ocean Way House, Ocean Village, Southampton, SO14 3JZ", "Hospitality", 40000, 60, "en", "GBP", "large", "chronic", "Bank transfer"],
  ["C005", "Wessex Event Catering Ltd", "Gareth Pryce", "gareth@wessexevents.example", "01794 496 033", "Unit 9, Abbey Park, Romsey, SO51 9AQ", "Hospitality", 10000, 30, "en", "GBP", "medium", "average", "Bank transfer"],
  ["C006", "Gasthaus Brandt GmbH", "Klaus Brandt", "buchhaltung@gasthaus-brandt.example", "+49 221 4960 2231", "Severinstraße 112, 50678 Köln, Deutschland", "Hospitality", 8000, 30, "de", "EUR", "medium", "average", "Bank transfer"],
  ["C007", "Brasserie Lefèvre SARL", "Camille Lefèvre", "compta@brasserie-lefevre.example", "+33 3 20 49 60 17", "27 rue de la Monnaie, 59800 Lille, France", "Hospitality", 8000, 30, "fr", "EUR", "medium", "prompt", "Bank transfer"],
  ["C008", "The Old Forge Tearooms", "Alison Hart", "alison@oldforgetearooms.example", "01590 496 144", "The Old Forge, High Street, Beaulieu, SO42 7YA", "Hospitality", 1500, 14, "en", "GBP", "small", "average", "Card"],
  ["C009", "Solent Sailing Club", "Commodore Ian Fraser", "treasurer@solentsailing.example", "023 8049 6655", "The Clubhouse, Shore Road, Warsash, SO31 9FR", "Hospitality", 2500, 30, "en", "GBP", "small", "prompt", "Cheque"],
  ["C010", "Café Rousseau Sàrl", "Élise Rousseau", "elise@cafe-rousseau.example", "+41 22 496 01 88", "48 rue du Rhône, 1204 Genève, Suisse", "Hospitality", 2500, 30, "fr", "GBP", "small", "prompt", "Bank transfer"],
  ["C011", "Riverside Kitchens Ltd", "Sanjay Mehta", "accounts@riversidekitchens.example", "023 8049 6420", "2 Itchen Wharf, Northam, Southampton, SO14 0PB", "Hospitality", 9000, 30, "en", "GBP", "medium", "chronic", "Bank transfer"],
  ["C012", "New Forest Lodge Hotel", "Helen Drummond", "finance@newforestlodge.example", "023 8049 6573", "Romsey Road, Lyndhurst, SO43 7AR", "Hospitality", 9000, 30, "en", "GBP", "medium", "average", "Bank transfer"],
  ["C013", "Mill Street Deli", "Tomasz Nowak", "tomasz@millstreetdeli.example", "01794 496 780", "11 Mill Street, Romsey, SO51 8LT", "Retail", 2000, 14, "en", "GBP", "small", "prompt", "Card"],
  ["C014", "Pennington Stationers Ltd", "Robert Pennington", "robert@penningtonstationers.example", "01590 496 402", "46 High Street, Lymington, SO41 9AG", "Retail", 6000, 30, "en", "GBP", "medium", "average", "Bank transfer"],
  ["C015", "Coastline Convenience Stores Ltd", "Nadia Hussain", "payables@coastlinestores.example", "023 9249 6901", "Coastline House, Harbour Road, Gosport, PO12 1BG", "Retail", 25000, 30, "en", "GBP", "large", "chronic", "Bank transfer"],
  ["C016", "Greenaway Garden Centre", "Philip Greenaway", "office@greenawaygarden.example", "01489 496 218", "Botley Road, Curdridge, SO32 2DR", "Retail", 7000, 30, "en", "GBP", "medium", "average", "Bank transfer"],
  ["C017", "Bramley & Daughters Hardware", "Susan Bramley", null, "01425 496 655", "8 Station Road, New Milton, BH25 6JU", "Retail", 1500, 30, "en", "GBP", "small", "average", "Cheque"],
  ["C018", "The Paper Mill Shop", "Owen Jacobs", "owen@papermillshop.example", "01962 496 377", "5 Parchment Street, Winchester, SO23 8AT", "Retail", 1500, 14, "en", "GBP", "small", "prompt", "Card"],
  ["C019", "Lymington Home & Cook", "Fiona Carr", "fiona@lymingtonhomecook.example", "01590 496 512", "21 Quay Hill, Lymington, SO41 3AR", "Retail", 2000, 30, "en", "GBP", "small", "prompt", "Bank transfer"],
  ["C020", "Winchester Pharmacy Group Ltd", "Dr Anil Kapoor", "accounts@winchesterpharmacy.example", "01962 496 640", "3 Jewry Street, Winchester, SO23 8RZ", "Retail", 8000, 30, "en", "GBP", "medium", "prompt", "Bank transfer"],
  ["C021", "Crossroads Farm Shop", "Mary Tanner", "mary@crossroadsfarmshop.example", "01489 496 093", "Crossroads Farm, Winchester Road, Bishop's Waltham, SO32 1BH", "Retail", 1500, 14, "en", "GBP", "small", "chronic", "Bank transfer"],
  ["C022", "Hampshire County Council – Facilities", "Procurement Team", "facilities.invoices@hants-council.example", "01962 496 000", "Elizabeth II Court, The Castle, Winchester, SO23 8UJ", "Public sector", 40000, 30, "en", "GBP", "large", "average", "Bank transfer"],
  ["C023", "St Mary's Primary School", "Mrs Claire Dobson", "office@stmarys-primary.example", "023 8049 6238", "Church Lane, Highfield, Southampton, SO17 1SZ", "Public sector", 2000, 30, "en", "GBP", "small", "prompt", "Bank transfer"],
  ["C024", "Solent Leisure Trust", "Mark Ogunleye", "invoices@solentleisure.example", "023 9249 6470", "Southsea Leisure Centre, Melbourne Place, Southsea, PO5 4EX", "Public sector", 9000, 30, "en", "GBP", "medium", "average", "Bank transfer"],
  ["C025", "University of Wessex – Estates", "Accounts Payable", "ap@wessex-uni.example", "023 8049 6999", "Estates Office, University Road, Southampton, SO17 1BJ", "Public sector", 35000, 60, "en", "GBP", "large", "average", "Bank transfer"],
  ["C026", "Itchen Valley District Council", "Kerry Simmons", "creditors@itchenvalley-dc.example", "01962 496 155", "Council Offices, Market Street, Eastleigh, SO50 5RT", "Public sector", 9000, 30, "en", "GBP", "medium", "prompt", "Bank transfer"],
  ["C027", "Eastleigh Academy Trust", "Business Manager", "finance@eastleighacademy.example", "023 8049 6871", "Chestnut Avenue, Eastleigh, SO50 5ZA", "Public sector", 9000, 30, "en", "GBP", "medium", "average", "Bank transfer"],
  ["C028", "Solent Valley NHS Trust", "Shared Business Services", "sbs.invoices@solentvalley-nhs.example", "023 8049 6303", "Trust Headquarters, Tremona Road, Southampton, SO16 6YD", "Public sector", 40000, 60, "en", "GBP", "large", "chronic", "Bank transfer"],
  ["C029", "Romsey Community Library", "Janet Owusu", "romsey.library@hants-council.example", "01794 496 612", "Station Road, Romsey, SO51 8DN", "Public sector", 1000, 30, "en", "GBP", "small", "prompt", "Cheque"],
  ["C030", "Wessex Fire & Rescue Service", "Finance Office", "payments@wessexfire.example", "023 8049 6450", "Leigh Road, Eastleigh, SO50 9SJ", "Public sector", 10000, 30, "en", "GBP", "medium", "average", "Bank transfer"],
  ["C031", "Northgate Office Interiors Ltd", "Graham Fielding", "graham.fielding@northgateinteriors.example", "023 8049 6514", "Northgate House, 1 Western Esplanade, Southampton, SO14 7AZ", "Trade", 30000, 30, "en", "GBP", "large", "average", "Bank transfer"],
  ["C032", "Kestrel Facilities Management Ltd", "Lisa Crowther", "purchase.ledger@kestrelfm.example", "01489 496 860", "Kestrel Court, Solent Business Park, Whiteley, PO15 7AG", "Trade", 35000, 60, "en", "GBP", "large", "chronic", "Bank transfer"],
  ["C033", "Fairweather & Co Accountants", "Hugh Fairweather", "hugh@fairweatherco.example", "01962 496 725", "9 St Peter Street, Winchester, SO23 8BU", "Trade", 1500, 14, "en", "GBP", "small", "prompt", "Bank transfer"],
  ["C034", "Ashdown Builders Ltd", "Craig Ashdown", "accounts@ashdownbuilders.example", "023 9249 6144", "Yard 3, Fitzherbert Road, Farlington, PO6 1RU", "Trade", 8000, 30, "en", "GBP", "medium", "chronic", "Cheque"],
  ["C035", "Meridian Cleaning Services Ltd", "Donna Reeves", "accounts@meridiancleaning.example", "023 8049 6288", "Unit 12, Nursling Industrial Estate, Southampton, SO16 0AJ", "Trade", 9000, 30, "en", "GBP", "medium", "chronic", "Bank transfer"],
  ["C036", "Lagan Office Supplies Ltd", "Ciarán McAuley", "ciaran@laganoffice.example", "028 9649 6321", "55 Donegall Quay, Belfast, BT1 3NG", "Trade", 9000, 30, "en", "GBP", "medium", "average", "Bank transfer"],
  ["C037", "Copperleaf Print & Design", "Jade Whitaker", "jade@copperleafprint.example", "023 9249 6630", "17 Albert Road, Southsea, PO5 2SE", "Trade", 2000, 30, "en", "GBP", "small", "average", "Card"],
  ["C038", "Harrow & Finch Solicitors LLP", "Office Manager", "office@harrowfinch.example", "01962 496 418", "2 Southgate Street, Winchester, SO23 9EF", "Trade", 2000, 30, "en", "GBP", "small", "prompt", "Bank transfer"],
  ["C039", "Pinewood Dental Practice", "Dr Ruth Okafor", "practice@pinewooddental.example", "01425 496 207", "4 Pinewood Road, Christchurch, BH23 4QP", "Trade", 1500, 14, "en", "GBP", "small", "prompt", "Card"],
  ["C040", "Tidewater Logistics Ltd", "Paul Brennan", "accounts.payable@tidewaterlogistics.example", "023 8049 6977", "Berth 106, Western Docks, Southampton, SO15 0DA", "Trade", 30000, 30, "en", "GBP", "large", "average", "Bank transfer"],
];

/** The forty customers in Customer ID order. */
export const CUSTOMER_ROSTER: readonly RosterEntry[] = ROWS.map(
  ([id, name, contactPerson, email, phone, billingAddress, segment, creditLimit, termsDays, language, currency, size, profile, method]) => ({
    id, name, contactPerson, email, phone, billingAddress, segment, creditLimit, termsDays, language, currency, size, profile, method,
  }),
);

/**
 * Customers who play a part in a scripted collections story, by Customer ID. Each story is what a
 * collections desk has to handle correctly: a very late payer with a broken promise, a held promise, two
 * disputes, an account in credit and a customer the bookkeeper agreed not to chase.
 */
export const SCENARIO_CUSTOMERS = {
  /** Pays 60+ days late, several invoices 90–200 days past due, broke a promise; account on stop. */
  veryLate: "C001",
  /** Credit note bigger than its open invoices: net balance below zero. */
  inCredit: "C013",
  /** Disputed open invoice (damaged goods). */
  disputeDamaged: "C005",
  /** Disputed open invoice (wrong site / purchase order). */
  disputePurchaseOrder: "C027",
  /** Promise to pay that falls due after the as-of date. */
  promiseHeld: "C035",
  /** Customer marked On Hold in the Customers sheet. */
  onHold: "C031",
  /** Customers with small unallocated credit notes on an otherwise positive balance. */
  smallCreditA: "C002",
  smallCreditB: "C040",
} as const;
