// An amount beside its currency, which a phone or an IPv4 reading must leave (T53b's audit:
// "Rp 812.345.678" went as a phone, "Rp 43.127.245.100" as an address): phone.ts and ip.ts ask it.

import { isDigitAt } from '../digits.js';

// An amount printed in thousands: a first group of one to three digits, not led by "0", then two
// groups of three or more, each after the same separator (".", ",", "'", a space, NBSP, U+202F or
// the Arabic thousands separator U+066C): "812.345.678", "1 234 567", "1'299'000".
const THOUSANDS = /^[1-9]\d{0,2}([.,' \u00a0\u202f\u066c])\d{3}(?:\1\d{3})+$/;

// The letters that name a currency beside an amount, where no currency sign (Unicode's general
// category Sc: "$", "€", "₫", "₹", "﷼"…) does: ISO 4217's codes of the desk's markets, and the
// abbreviations their shops print (Indonesian "Rp", Brazilian "R$", Peruvian "S/", Polish "zł", Vietnamese "đ", Czech "Kč",
// Hungarian "Ft", Swiss "CHF" and "Fr.", Indian "Rs", Malaysian "RM", Turkish "TL", Nordic "kr",
// Romanian "lei", Russian "руб", Ukrainian "грн", Kazakh "тг", Persian "تومان" and "ریال", Japanese
// "円", Chinese "元", Korean "원", Thai "บาท"). Read at a word's edge, case as printed.
const CURRENCY_WORDS: readonly string[] = [
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'CNY',
  'INR',
  'IDR',
  'VND',
  'PHP',
  'THB',
  'MYR',
  'SGD',
  'BRL',
  'MXN',
  'COP',
  'ARS',
  'CLP',
  'PEN',
  'PLN',
  'CZK',
  'HUF',
  'RON',
  'TRY',
  'RUB',
  'UAH',
  'KZT',
  'IRR',
  'SAR',
  'AED',
  'EGP',
  'NGN',
  'KES',
  'ZAR',
  'CHF',
  'SEK',
  'NOK',
  'DKK',
  'KRW',
  'TWD',
  'HKD',
  'AUD',
  'CAD',
  'NZD',
  'ILS',
  'MAD',
  'Rp',
  'R$',
  // Peru's sol: "S/" since 15 December 2015, "S/." before and beside it until 2017 (Ley 30381; the
  // BCRP's page bcrp.gob.pe/billetes-y-monedas/unidades-monetarias/sol.html, read 2026-12-05).
  // "S/ 12.345.678" went as a phone in es-PE (issue #14, T66a).
  'S/',
  'S/.',
  'zł',
  'đ',
  'Kč',
  'Ft',
  'Fr.',
  'Rs',
  'Rs.',
  'RM',
  'TL',
  'kr',
  'lei',
  'руб',
  'грн',
  'тг',
  'تومان',
  'ریال',
  '円',
  '元',
  '원',
  'บาท',
];

// The words that name an amount right before it, where no currency does: "total 50,00", "paguei
// 50", "Summe: 12,50", in the desk's languages (English, Portuguese, Spanish, German, French,
// Italian, Polish), lower case; read at a word's edge, any case, one space or ": " between (T56a:
// "total 50,00 11 98765-4321" went as "total 50,[CARD]", "paguei 50 11 98765-4321" kept its phone).
const AMOUNT_WORDS: readonly string[] = [
  'amount',
  'total',
  'paid',
  'valor',
  'paguei',
  'pago',
  'importe',
  'pagué',
  'summe',
  'betrag',
  'gesamt',
  'montant',
  'payé',
  'importo',
  'totale',
  'pagato',
  'kwota',
  'suma',
  'razem',
];

/**
 * Whether a word that names an amount (AMOUNT_WORDS) ends right before `at` of `shadow`, one space
 * or NBSP, or ":" and one, between: the group at `at` is an amount ("paguei 50", "total: 50,00").
 */
export function amountWordBefore(shadow: string, at: number): boolean {
  let end = at;
  const c = shadow.charAt(end - 1);
  if (c !== ' ' && c !== '\u00a0') return false;
  end--;
  if (shadow.charAt(end - 1) === ':') end--;
  if (!/\p{L}/u.test(shadow.charAt(end - 1))) return false;
  return AMOUNT_WORDS.some(
    (word) =>
      end >= word.length &&
      shadow.slice(end - word.length, end).toLowerCase() === word &&
      edge(shadow.charAt(end - word.length - 1)),
  );
}

/** Whether `c` may stand beside a currency's letters: not a letter or a digit. */
function edge(c: string): boolean {
  return c === '' || !/[\p{L}\p{N}]/u.test(c);
}

/**
 * Whether `text`, at [start, end), is an amount: printed in thousands (THOUSANDS) with a currency
 * beside it, a sign or its letters right before (one space or NBSP between) or right after (a
 * space, and the amount's decimals ",00" or ".00", between): "Rp 812.345.678", "912.345.678 đ",
 * "€ 347.123.456,00" (T53b: each went as a phone; rupiah and dong amounts run to hundreds of
 * millions). A currency before an amount grouped by spaces is read no such way: "50 zł 600 123
 * 456" is an amount, then a Polish mobile printed as Poles print it.
 */
export function amountBeside(shadow: string, from: number, to: number, span: string): boolean {
  // A number read inside a longer amount is read with all of it: in Italy "803 000" dials (a
  // shared-cost number), and "pagato 146 803 000 €" kept "146" and lost the rest as a phone.
  const start = groupsBefore(shadow, from);
  const end = groupsAfter(shadow, to);
  const text = start === from && end === to ? span : shadow.slice(start, end);
  if (text.length < 9 || !THOUSANDS.test(text)) return false;
  let after = end;
  if (/^[.,]\d\d(?!\d)/.test(shadow.slice(after, after + 4))) after += 3;
  // (No unit outside the text is read, here and in currencyAt: a number that ended a text read
  // one past it and threw the phone recognizer's accept out of its compiled code, T56d.)
  const n = shadow.length;
  while (
    after < end + 5 &&
    after < n &&
    (shadow.charAt(after) === ' ' || shadow.charAt(after) === '\u00a0')
  )
    after++;
  // (Not a sign after a space with a digit right after it: it leads the next amount, "tel 512
  // 428 348 $1142.67" kept the mobile as an amount's print, V62c.)
  if (currencyAt(shadow, after, true) && !signLeads(shadow, after, end)) return true;
  const sep = text.charAt(text.search(/\D/));
  if (sep === ' ' || sep === '\u00a0' || sep === '\u202f') return false;
  let before = start;
  if (before > 0 && (shadow.charAt(before - 1) === ' ' || shadow.charAt(before - 1) === '\u00a0'))
    before--;
  return currencyAt(shadow, before, false);
}

/** Whether a currency's sign stands at `at`, past a space after `end`, and a digit right after it. */
function signLeads(shadow: string, at: number, end: number): boolean {
  return at > end && isDigitAt(shadow, at + 1) && /\p{Sc}/u.test(shadow.charAt(at));
}

/** The longest an amount in thousands is read around a number inside it (seven groups). */
const AMOUNT_REACH = 27;

/**
 * Where the run of digit groups that ends at `from` of `shadow` starts: before `from`, while a
 * thousands separator and one to three digits stand there, the same separator each time, within
 * AMOUNT_REACH units (`from` where none stands).
 */
function groupsBefore(shadow: string, from: number): number {
  const sep = shadow.charAt(from - 1);
  if (sep === '' || !THOUSANDS_SEPS.includes(sep) || !isDigitAt(shadow, from - 2)) return from;
  let start = from;
  while (from - start < AMOUNT_REACH && shadow.charAt(start - 1) === sep) {
    let m = 0;
    while (m < 4 && isDigitAt(shadow, start - 2 - m)) m++;
    if (m === 0 || m > 3) break;
    start -= m + 1;
  }
  return start;
}

/** Where the run of digit groups that starts at `to` of `shadow` ends (see groupsBefore). */
function groupsAfter(shadow: string, to: number): number {
  // (No unit past the text's end read: a number that ended the text read one there and threw
  // amountBeside out of its compiled code, --trace-deopt, T66c.)
  const n = shadow.length;
  if (to >= n) return to;
  const sep = shadow.charAt(to);
  if (!THOUSANDS_SEPS.includes(sep) || !isDigitAt(shadow, to + 1)) return to;
  let end = to;
  while (end - to < AMOUNT_REACH && end < n && shadow.charAt(end) === sep) {
    let m = 0;
    while (m < 4 && isDigitAt(shadow, end + 1 + m)) m++;
    if (m !== 3) break;
    end += m + 1;
  }
  return end;
}

/**
 * Whether a currency sign or word ends right before `at` of `shadow`, one space or NBSP between
 * or none ("R$ 50", "₹500"): the group at `at` is an amount.
 */
export function currencyBefore(shadow: string, at: number): boolean {
  const c = shadow.charAt(at - 1);
  return currencyAt(shadow, c === ' ' || c === '\u00a0' ? at - 1 : at, false);
}

/**
 * Whether a currency ({@link currencyBefore}) or a word that names an amount
 * ({@link amountWordBefore}) stands right before `at` of `shadow`: the group at `at` is an
 * amount ("R$ 50", "total 50,00"), read apart from a phone or card after it.
 */
export function amountLedAt(shadow: string, at: number): boolean {
  return currencyBefore(shadow, at) || amountWordBefore(shadow, at);
}

/** Whether a currency sign or word starts at `at` (`forward`) or ends there. */
function currencyAt(shadow: string, at: number, forward: boolean): boolean {
  const n = shadow.length;
  const sign = forward ? (at < n ? shadow.charAt(at) : '') : at > 0 ? shadow.charAt(at - 1) : '';
  if (/\p{Sc}/u.test(sign)) return true;
  // A word's edge outside the text is one (edge('')), answered without reading there.
  return CURRENCY_WORDS.some((word) =>
    forward
      ? shadow.startsWith(word, at) &&
        (at + word.length >= n || edge(shadow.charAt(at + word.length)))
      : at >= word.length &&
        shadow.startsWith(word, at - word.length) &&
        (at - word.length < 1 || edge(shadow.charAt(at - word.length - 1))),
  );
}

// The thousands separators of an amount's whole part before its decimals ("1.234,56", "1 234,56").
const THOUSANDS_SEPS = ".,' \u00a0\u202f";

/**
 * Whether the two digits at `at` of `shadow` are an amount's decimals: right after a decimal
 * comma or point that follows an amount led by its currency ("R$ 50,00", "R$ 1.234,56",
 * "₹500.00") or by a word that names an amount ("total 50,00", {@link amountWordBefore}), not
 * followed by a third digit. A card or phone reading starts after them: "R$ 50,00 11 98765-4321"
 * made the cents and the phone a Luhn-valid run of 13 digits (T55d).
 */
export function decimalsAt(shadow: string, at: number): boolean {
  const start = wholeStart(shadow, at);
  return start >= 0 && amountLedAt(shadow, start);
}

/**
 * Whether the two digits at `at` of `shadow` are the decimals of an amount of one to three digits
 * after a decimal comma with nothing before it ("50,00", a space or the text's start before it),
 * not followed by a third digit: an amount's shape where no currency or word says so. A phone
 * reading asks it only where a valid number follows (phone.ts readWindow, T56a).
 */
export function bareDecimalsAt(shadow: string, at: number): boolean {
  if (shadow.charCodeAt(at - 1) !== 44) return false;
  const start = wholeStart(shadow, at);
  if (start < 0 || at - 1 - start > 3) return false;
  const c = shadow.charCodeAt(start - 1);
  return Number.isNaN(c) || c === 32 || c === 10 || c === 0xa0;
}

/**
 * Whether the group of three digits at `at` of `shadow` is the last group of an amount's whole
 * part printed in groups, led by its currency or a word that names an amount
 * ({@link amountLedAt}): a "," or "." before it, groups of one to three digits before that, the
 * same separator between each, and no digit right after it ("₹1,24,999", India's lakh grouping;
 * "$1,999"). A card or phone reading starts after it: "₹1,24,999 98765 43210" read "999 98765
 * 43210" as a Luhn-valid card (one run in ten passes) and split the amount (V58c).
 */
export function amountTailAt(shadow: string, at: number): boolean {
  const sep = shadow.charCodeAt(at - 1);
  if ((sep !== 44 && sep !== 46) || isDigitAt(shadow, at + 3)) return false;
  if (!isDigitAt(shadow, at) || !isDigitAt(shadow, at + 1) || !isDigitAt(shadow, at + 2))
    return false;
  let start = at - 1;
  for (;;) {
    let m = 0;
    while (m < 4 && isDigitAt(shadow, start - 1 - m)) m++;
    if (m === 0 || m > 3) return false;
    start -= m;
    if (shadow.charCodeAt(start - 1) !== sep || !isDigitAt(shadow, start - 2)) break;
    start--;
  }
  return amountLedAt(shadow, start);
}

/**
 * Where the whole part of the amount whose decimals are the two digits at `at` starts (-1: they
 * are none): after a decimal comma or point, no third digit after them.
 */
function wholeStart(shadow: string, at: number): number {
  const sep = shadow.charCodeAt(at - 1);
  if ((sep !== 44 && sep !== 46) || !isDigitAt(shadow, at) || !isDigitAt(shadow, at + 1)) return -1;
  if (isDigitAt(shadow, at + 2) || !isDigitAt(shadow, at - 2)) return -1;
  // The whole part, read back from the sign: digits, or groups of three after one thousands
  // separator and a first group of one to three. A longer group before a separator leaves a
  // digit before every start, where no currency ends.
  let start = at - 1;
  while (isDigitAt(shadow, start - 1)) start--;
  const group = shadow.charAt(start - 1);
  if (at - 1 - start === 3 && group !== '' && THOUSANDS_SEPS.includes(group)) {
    for (let j = start - 1; ; j = start - 1) {
      let m = 0;
      while (isDigitAt(shadow, j - 1 - m)) m++;
      if (m === 0) break;
      if (m > 3) return -1;
      start = j - m;
      if (m < 3 || shadow.charAt(start - 1) !== group) break;
    }
  }
  return start;
}
