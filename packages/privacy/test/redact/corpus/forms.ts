// Forms people write that the first generator did not (added 2026-12-03): a Polish account
// number without "PL" (NRB) and "PL 61 …" with a space, a CPF with spaces for its dots, a PESEL
// with its date apart, " - " between a value's groups, bare mobiles after the phone labels added
// lately ("my number", "reach me", "mera number"), a card or phone wrapped at a line's end, and
// customer numbers that must stay. They are drawn from a second stream of their own, so that the
// sentences the first stream draws stay as they were wherever no new form replaces them.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { iban } from './checks.js';
import type { Rng } from './random.js';

/** What a new form puts in place of a sentence's template, value or kind. */
export type Form = {
  readonly template?: string;
  readonly value?: string;
  readonly kind?: string;
};

// Phone labels added to the recognizer lately (src/redact/keywords.ts PHONE_WORDS), as sentences.
const PHONE_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'My number is {v}.',
    'Reach me on {v}.',
    'Call me at {v} please.',
    'Ph: {v}',
    'my no. is {v}',
    'Contact: {v}',
  ],
  pl: ['Mój numer to {v}.', 'Kontakt: {v}', 'Proszę zadzwonić: {v}'],
  de: [
    'Meine Nummer: {v}',
    'Ruf mich an unter {v}.',
    'Rufen Sie mich an unter {v}.',
    'Kontakt: {v}',
  ],
  fr: ['Mon numéro : {v}', 'Appelle-moi au {v}.', 'Vous pouvez me joindre au {v}.'],
  es: ['Mi número es {v}.', 'Llámame al {v}.', 'Márcame al {v}.', 'Llámenme al {v}.'],
  pt: ['Meu número é {v}.', 'Me liga no {v}.', 'Contato: {v}'],
  nl: ['Mijn nummer is {v}.', 'Bel me op {v}.'],
  it: ['Il mio numero è {v}.', 'Chiamami al {v}.', 'Chiamatemi al {v}.'],
  fa: ['شماره من {v} است.', 'لطفاً با {v} تماس بگیرید.'],
  ar: ['رقمي {v}.', 'اتصل بي على {v}.'],
  ja: ['お電話は{v}までお願いします。', '電話：{v}'],
  hi: ['मेरा नंबर {v} है।', 'mera number {v} hai', 'Ph: {v}', 'संपर्क: {v}', '{v} par call karo'],
};

// Customer numbers: the shop's own reference, shaped as a phone number often is, after the
// words that name one (REFERENCE_WORDS). They must stay.
const CUSTOMER_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: ['Customer number {v}.', 'Customer ID: {v}'],
  pl: ['Numer klienta: {v}.', 'Nr klienta {v}'],
  de: ['Kundennr. {v}', 'Meine Kundennummer ist {v}.'],
  fr: ['Numéro client : {v}', 'Mon numéro de client est le {v}.'],
  es: ['Número de cliente: {v}'],
  pt: ['Código do cliente: {v}', 'Código de cliente {v}.'],
  nl: ['Klantnummer {v}'],
  it: ['Codice cliente {v}.', 'Numero cliente: {v}'],
};

function customerNumber(r: Rng): string {
  const style = r.int(0, 3);
  if (style === 0) return `0${r.digits(3)}-${r.digits(4)}`;
  if (style === 1) return `${r.int(1, 9)}${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`;
  if (style === 2) return `${r.int(1, 9)}${r.digits(9)}`;
  return `${r.int(1, 9)}${r.digits(3)}-${r.digits(4)}`;
}

/** A mobile written bare after a label: its national digits, no trunk "0", no space. */
function bareMobile(r: Rng, country: string): string | undefined {
  const lead: Record<string, () => string> = {
    IN: () => String(r.int(6, 9)) + r.digits(9),
    ES: () => String(r.int(6, 7)) + r.digits(8),
    IT: () => `3${r.int(2, 9)}${r.digits(8)}`,
    PL: () => `${r.pick(['5', '6', '7', '8'])}${r.digits(8)}`,
    BR: () => `${r.int(11, 99)}9${r.digits(8)}`,
    US: () => `${r.int(2, 9)}${r.digits(2)}${r.int(2, 9)}${r.digits(6)}`,
  };
  const draw = lead[country];
  if (draw === undefined) return undefined;
  for (let attempt = 0; attempt < 50; attempt++) {
    const d = draw();
    if (parsePhoneNumberFromString(d, country as 'IN')?.isValid()) return d;
  }
  return undefined;
}

/** A valid NRB: bank and branch with their weighted check digit, an account, the IBAN's digits. */
function nrb(r: Rng): string {
  const bank = r.digits(7);
  const weights = [3, 9, 7, 1, 3, 9, 7];
  const sum = [...bank].reduce((s, d, k) => s + Number(d) * (weights[k] as number), 0);
  return iban('PL', `${bank}${(10 - (sum % 10)) % 10}${r.digits(16)}`).slice(2);
}

const grouped = (d: string): string =>
  [d.slice(0, 2), ...(d.slice(2).match(/.{1,4}/g) as string[])].join(' ');

/** The value with one of its spaces a line break (not one after a "+48" or "0048" alone). */
function wrapped(r: Rng, value: string): string | undefined {
  const all = [...value.matchAll(/ /g)].map((m) => m.index as number);
  const spaces = /^(?:\+|00)/.test(value) ? all.slice(1) : all;
  if (spaces.length === 0) return undefined;
  const at = r.pick(spaces);
  return `${value.slice(0, at)}\n${value.slice(at + 1)}`;
}

/** " - " for the separators between a grouped value's digit groups, where people type it. */
function dashed(value: string): string | undefined {
  if (!/^\+?[0-9]+(?:[ -][0-9]+)+$/.test(value)) return undefined;
  return value.replace(/[ -]/g, ' - ');
}

/**
 * A new form for a sentence of `kind` in `lang` (the customer's `country`), drawn from `r` alone,
 * or nothing (most sentences: the old form stays). `value` is the value the old stream drew.
 */
export function newForm(
  r: Rng,
  lang: string,
  country: string,
  kind: string,
  mustGo: boolean,
  value: string,
): Form | undefined {
  if (!mustGo) {
    const customer = CUSTOMER_LABELS[lang];
    if (customer === undefined || !r.chance(0.12)) return undefined;
    return { template: r.pick(customer), value: customerNumber(r), kind: 'customer' };
  }
  if (!r.chance(0.3)) return undefined;
  switch (kind) {
    case 'phone': {
      const style = r.int(0, 3);
      const labels = PHONE_LABELS[lang] ?? [];
      if (style === 0) {
        const bare = bareMobile(r, country);
        return bare === undefined ? undefined : { template: r.pick(labels), value: bare };
      }
      if (style === 1) return { template: r.pick(labels) };
      if (style === 2) {
        const v = wrapped(r, value);
        return v === undefined ? undefined : { value: v, template: r.pick(labels) };
      }
      const v = value.startsWith('+') ? undefined : dashed(value);
      return v === undefined ? undefined : { value: v };
    }
    case 'card': {
      const v = r.chance(0.5) ? wrapped(r, value) : dashed(value);
      return v === undefined ? undefined : { value: v };
    }
    case 'iban': {
      if (country === 'PL') {
        const d = nrb(r);
        const style = r.int(0, 2);
        if (style === 0) return { value: grouped(d) };
        if (style === 1) return { value: d };
        return { value: `PL ${grouped(d)}` };
      }
      // An IBAN printed in fours, " - " between them ("DE89 - 3704 - 0044 - …").
      return value.includes(' ') ? { value: value.replaceAll(' ', ' - ') } : undefined;
    }
    case 'cpf': {
      // A CPF with spaces for its dots, after its label ("CPF 123 456 789-09").
      const d = value.replace(/\D/g, '');
      const spaced = `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6, 9)}`;
      return r.chance(0.5)
        ? { value: `${spaced}-${d.slice(9)}`, template: r.pick(['Meu CPF é {v}.', 'CPF: {v}']) }
        : { value: `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)} - ${d.slice(9)}` };
    }
    case 'pesel':
      // The date of birth apart, as it is read out ("PESEL: 440514 01359").
      return { value: `${value.slice(0, 6)} ${value.slice(6)}`, template: 'PESEL: {v}' };
    case 'aadhaar':
    case 'us-ssn':
    case 'ir-national-code': {
      const v = dashed(value);
      return v === undefined ? undefined : { value: v };
    }
    default:
      return undefined;
  }
}

// A reference word in the sentence before a value (added 2026-12-03, T29a): the value is not the
// order's or the invoice's ("Preciso da nota fiscal. 123.456.789-09 é o meu."), and must go.
// Each reference word stands within the reference window of the value (context.ts, 24 units),
// where it once reached the value across the stop.
const NEXT_SENTENCE: Readonly<Record<string, readonly string[]>> = {
  en: ['The order came today. {v} is mine.', 'Got the invoice! {v} is my number.'],
  pl: ['Zamówienie doszło. {v} to mój numer.', 'Faktura przyszła! {v} to mój numer.'],
  de: ['Bestellung ist da. {v} ist meine Nummer.', 'Die Rechnung kam! {v} ist meine Nummer.'],
  fr: ['Commande reçue. {v} est mon numéro.', 'La facture est là ! {v}, c’est moi.'],
  es: ['Pedido recibido. {v} es mi número.', '¿Y la factura? {v} es mío.'],
  pt: ['Preciso da nota fiscal. {v} é o meu.', 'O pedido chegou! {v} é o meu.'],
  nl: ['Bestelling ontvangen. {v} is mijn nummer.', 'Factuur gekregen! {v} is van mij.'],
  it: ['Ordine arrivato. {v} è il mio numero.', 'Fattura ricevuta! {v} è mio.'],
  fa: ['سفارش دادم. لطفاً با {v} تماس بگیرید.', 'فاکتور رسید؟ {v} مال من است.'],
  ar: ['وصل الطلب. {v} هذا رقمي.', 'الفاتورة وصلت؟ {v} هذا رقمي.'],
  ja: ['注文しました。{v}までお願いします。'],
  hi: ['ऑर्डर मिला। {v} मेरा नंबर है।'],
};

// And an order's number after an abbreviation's full stop, which ends no sentence: it stays.
const AFTER_ABBREVIATION: Readonly<Record<string, readonly string[]>> = {
  en: ['The order is late. Order no. {v}', 'Invoice ref. {v} is wrong.'],
  pl: ['Paczka nie doszła. Zamówienie nr. {v}'],
  de: ['Die Lieferung fehlt. Bestellnr. {v}', 'Rechnung Nr. {v} ist falsch.'],
  fr: ['Colis en retard. Commande réf. {v}'],
  es: ['Pedido núm. {v} no llegó.'],
  pt: ['Pedido n. {v} não chegou.'],
  nl: ['Bestelling nr. {v} is niet aangekomen.'],
  it: ['Ordine n. {v} non arrivato.'],
};

// The kinds whose value goes without a label and that the first templates already write bare (a
// phone, a CPF in Brazil, an SSN or an Aadhaar in its own shape), and the look-alikes an order's
// label names. A PESEL since T29e: bare, it met two gaps of its own that T29a reported and T29e
// closed ("Tel. 512 342 960 Hej. 92081015802 to mój numer." leaked it, the phone label before
// it; "00252113477", born in 2000, went as a phone). Its templates all carry its label, so that
// here alone it stands bare, in Poland, where a bare PESEL goes.
const BARE_KINDS = new Set(['phone', 'cpf', 'us-ssn', 'aadhaar', 'pesel']);
const REFERENCE_KINDS = new Set(['order', 'invoice', 'tracking']);

/**
 * A template with a reference word in the sentence before the value, or after an abbreviation in
 * the value's, for a sentence of `kind` in `lang`, drawn from `r` alone, or nothing (most
 * sentences). `value` is the value drawn: an Aadhaar without its spaces needs its label.
 */
export function sentenceBefore(
  r: Rng,
  lang: string,
  kind: string,
  mustGo: boolean,
  value: string,
): string | undefined {
  if (!r.chance(0.1)) return undefined;
  const templates = mustGo
    ? BARE_KINDS.has(kind) && (kind !== 'aadhaar' || value.includes(' '))
      ? NEXT_SENTENCE[lang]
      : undefined
    : REFERENCE_KINDS.has(kind)
      ? AFTER_ABBREVIATION[lang]
      : undefined;
  return templates === undefined ? undefined : r.pick(templates);
}
