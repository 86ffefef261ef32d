// Which shipping words an id's print goes past (T41b, T42b, T43a, issue #14), shared by the id
// readers whose print is distinctive: a reference word before a value names it an order's or a
// shipment's number and vetoes an id there, but a carrier's number takes an id's print by chance
// only as often as a random string of that print passes the id's check. A print passing about 1 in
// 100 or rarer (the CUIT's 2-8-1, 1 in 149; the NRIC, 1 in 131; the henkilötunnus with a letter,
// 1 in 1,190 or rarer) goes past the shipping nouns; one passing 1 in 11 or 12 (the RUT dotted,
// the HKID bracketed) goes past "envío" (also "I send") only. An order's or an invoice's word
// anywhere in the reach still vetoes: "Pedido y envío 20-12345678-6", "tracking for order
// S1234567D"; but not one that its own number parts from the shipping word after it
// ("Ordernummer 4711, kolli S1234567D": the order's word named 4711, as a digit ends a reference
// word's reach in context.ts; T48e).
//
// The words are keywords.ts's own spellings (stems where it keeps stems), so that `vetoing` is
// the rest of its list; each names a shipment or a parcel, or its tracking, in the desk's
// languages (asOf 2026-12-04):
// - es: "envío" (a shipment, also "I send"), "seguimiento" (tracking; T41b).
// - en: "tracking", "shipment", "parcel", "consignment", and "track", which starts "tracking" (a
//   vetoing "track" would veto every "tracking"; T42b).
// - de: "Sendung" (a consignment: DHL's "Sendungsnummer", "Sendungsverfolgung"; dhl.com/lu-de
//   "FAQ zu Sendungsverfolgung und Sendungsstatus"), "Paket" (a parcel: "Paketnummer",
//   helpster.de "DHL-Sendungsverfolgung geht nicht").
// - fr: "colis" (a parcel: Colissimo's "suivi de colis", "numéro de suivi"; infopostes.fr "Suivi
//   Colissimo"). Not "suivi" alone: it is also a file's or a customer's follow-up ("suivi de
//   dossier"), and it stays with the words that veto.
// - tr: "kargo" (a parcel, and a carrier's service: PTT's "Yurt İçi PTT Kargo", ptt.gov.tr; "kargo
//   takip numarası", mynet.com), and "takip no", "takip numara" (a tracking number, which
//   keywords.ts already reads as one: "Takip no: 12345678950").
// - pl: "przesyłka" (a consignment) and "paczka" (a parcel): InPost's "Paczka … przesyłki
//   rejestrowanej … numerem identyfikacyjnym paczki" (inpost.pl, "Paczka").
// - cs: "zásilka" (a consignment: Česká pošta's "sledování zásilky", mluvtejakomluvci.cz
//   "Objednání na poštu"; ceskaposta.cz "Zásady pro dodávání poštovních zásilek"; T44a). An
//   order is "objednávka", which still vetoes.
// - nl: "zending" (a shipment: "alle informatie over uw zending", "internationale zendingen",
//   dev.vanilla.digital/nl/vervoerders/dpd) and "pakket" (a parcel: PostNL's Track & Trace
//   "informatie over je pakket", spellen-spelen.nl "Waar het pakket zich bevindt"; T44a). An
//   order is "bestelling", which still vetoes. "pakket" starts with the Danish and Norwegian
//   "pakke", which would veto it, so "pakke" goes too (a parcel: help.autodoc.dk "spore din
//   pakke", posten.no "Hjelp til Posten sporing"; keywords.ts's "Pakkenummer"); "ordre" still
//   vetoes.
// - it: "spedizione" (a shipment: Poste Italiane's tracking is "Cerca spedizioni", the code on
//   the "ricevuta di spedizione"; supereva.it "Come rintracciare un pacco poste",
//   guidaconsumatori.it "Ricerca spedizioni"; T44a). An order is "ordine", which still vetoes.
// - pt: "rastreio" (tracking: the Correios' "código de rastreio", alvonoticias.com "Como rastrear
//   encomenda pelos Correios", weblo.com.br; T44a). Not "encomenda": the Correios' and CTT's
//   parcel, but a Portuguese shop's order too ("Como posso fazer uma encomenda online?",
//   "histórico de encomendas": pt_PT shop pages, help.sportsdirect.pt), so it stays with the
//   words that veto, as "pedido" does.
// - sv, no: "kolli" (a parcel, a piece of a consignment: PostNord's "Alla försändelser som har
//   ett kollinummer med streckkod … spåra försändelser", postnord.se/ta-emot/utdelning-av-post;
//   Posten's "sporingsnummer (sendings- eller kollinummer) på en sending",
//   posten.no/sporing-kundeservice; T45d). An order is "order" (Swedish "ordernummer") or the
//   Norwegian "ordre", which still veto. Swedish "paket" (a parcel) is weighed already as the
//   German one. Not Swedish "försändelse" (a consignment, the same PostNord page), Norwegian
//   "sending" (the same Posten page) or Finnish "lähetys" (Posti's "lähetys voidaan toimittaa
//   vastaanottajalle", posti.fi/fi/yrityksille/asiakastuki/ohjeet/kirjeiden-lahettaminen):
//   shipping words, but no reference words of keywords.ts, so they veto nothing and an id after
//   them goes already (idGaps.test.ts pins it). All searched 2026-12-04.
// Not "awb": an air waybill's number is itself eleven digits, the CUIT's count.
import { lastEnd, reachStart } from './context.js';
import { digitIn } from './digits.js';
import { REFERENCE_WORDS } from './keywords.js';
import type { RecognizerContext } from './types.js';

/**
 * The shipping words a print goes past and the reference words that still veto it: all of
 * keywords.ts's but those.
 *
 * @since 0.1.0
 */
export type ShippingWeighing = {
  /** The shipping words that do not veto the print ("envío"; the CUIT's "tracking"…). */
  readonly unvetoed: readonly string[];
  /** The reference words that still veto it: all but `unvetoed` (an order's, "Pedido"). */
  readonly vetoing: readonly string[];
};

/**
 * "envío" only: what a print a random string passes 1 in 11 or 12 goes past (the RUT dotted, the
 * HKID bracketed). "envío" is also the verb "I send" ("Te envío 12.345.678-5").
 *
 * @since 0.1.0
 */
export const SENT: readonly string[] = ['envío'];

/**
 * Every shipping word of the desk's languages (see the file's header): what a print a random
 * string passes about 1 in 100 or rarer goes past.
 *
 * @since 0.1.0
 */
export const SHIPPING_WORDS: readonly string[] = [
  // es
  'envío',
  'seguimiento',
  // en
  'tracking',
  'track',
  'shipment',
  'parcel',
  'consignment',
  // de
  'sendung',
  'paket',
  // fr
  'colis',
  // tr
  'kargo',
  'takip no',
  'takip numara',
  // pl
  'przesyłk',
  'paczk',
  // cs
  'zásilk',
  // nl
  'zending',
  'pakket',
  // da, no ("pakket" starts with it)
  'pakke',
  // sv, no
  'kolli',
  // it
  'spedizione',
  // pt
  'rastreio',
];

/**
 * The weighing of a print that goes past `unvetoed`, its vetoing words built once.
 *
 * @since 0.1.0
 */
export function shippingWeighing(unvetoed: readonly string[]): ShippingWeighing {
  return { unvetoed, vetoing: REFERENCE_WORDS.filter((w) => !unvetoed.includes(w)) };
}

// How far before a value a reference word names it (context.ts's REFERENCE_WINDOW).
const REFERENCE_REACH = 24;

/**
 * Whether the reference words before `start`, in the reach where they name a value and on its
 * line, are all of `weighing.unvetoed`: "Te envío 12.345.678-5" (I send you) names no shipment.
 * One other word in the reach, before or after, still vetoes: "Pedido y envío 20-12345678-6",
 * "envío del pedido 12.345.678-5"; one before it with a digit between the two (its own number)
 * does not: "Pedido 4711, envío 20-12345678-6". Read only where a reference word was found before
 * `start`.
 *
 * @since 0.1.0
 */
export function pastShippingWord(
  weighing: ShippingWeighing,
  context: RecognizerContext,
  start: number,
): boolean {
  if (weighing.unvetoed.length === 0) return false;
  const { lower } = context;
  const from = Math.max(
    lower.lastIndexOf('\n', start - 1) + 1,
    reachStart(lower, start, REFERENCE_REACH),
  );
  const own = lastEnd(lower, from, start, weighing.unvetoed);
  if (own < 0) return false;
  let veto = lastEnd(lower, from, start, weighing.vetoing);
  // A "#" at most one character after the shipping word is its number sign ("Tracking #:
  // 20-12345678-6", "shipment # 20-…"), as context.ts reads a sign after another label: a word
  // before it still vetoes ("order #", "Order tracking #").
  if (veto >= 0 && lower.charCodeAt(veto - 1) === 35 && own >= veto - 2)
    veto = lastEnd(lower, from, veto - 1, weighing.vetoing);
  // A digit between an order's word and a shipping word after it is the order's own number, which
  // the order's word named ("Ordernummer 4711, kolli S1234567D": the parcel's id is the shipping
  // word's, T48e), as a digit ends a reference word's reach in context.ts. A shipping word holds no
  // digit, so `own` may be its end.
  return veto < 0 || (veto < own && digitIn(lower, veto, own));
}
