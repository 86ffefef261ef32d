// Check rules of five national ids of Europe's largest online markets that redact kept (T61b, issue
// #14): Italy's codice fiscale, France's NIR, Germany's Steuer-IdNr, Belgium's national number and
// Portugal's NIF. Each says where its rule comes from, where its sources disagree and which one we
// follow, and when we read it (asOf 2026-12-05). No issuer publishes its formula on a page we could
// read but Germany's (the Bundesgesetzblatt's ISO 7064 procedure) and Portugal's decree: the
// secondary sources are named as such.

import { digitsOnly } from './nationalIds3.js';

// This file's own charCodeAt, read through `call` (why, and why not unitAt: checks/luhn.ts).
const charCodeAt = String.prototype.charCodeAt;
const num = (s: string, i: number): number => charCodeAt.call(s, i) - 48;

// The codice fiscale's check character: a character in an odd place (the first, third…) counts by
// this table, digits 0–9 as A–J; one in an even place counts its place in the alphabet (digits
// their value); the sum mod 26 is the letter (DM 23 December 1976 "Sistemi di codificazione dei
// soggetti da iscrivere all'anagrafe tributaria", as asinformatica.net and sciencecue.it restate it).
const ODD = [
  1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];
// The months, January to December (A B C D E H L M P R S T), by letter code - 65: 0 where none.
const MONTHS = 'ABCDEHLMPRST';
// The omocodia letters: a digit 0–9 written as L M N P Q R S T U V where two people's codes met.
const OMOCODES = 'LMNPQRSTUV';
// The places that hold a digit (or its omocode), right to left: the order omocodia replaces them.
const DIGIT_PLACES = [14, 13, 12, 10, 9, 7, 6];
// Days of each month; February's 29th: the century is not in the code.
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The value of the digit or omocode at `i` of an upper-case code, or -1. */
function digitOf(code: string, i: number): number {
  const c = code.charCodeAt(i);
  if (c >= 48 && c <= 57) return c - 48;
  return OMOCODES.indexOf(code.charAt(i));
}

/**
 * Italy's codice fiscale of a person, `code` its sixteen characters in upper case: six letters
 * (surname, name), the year's two digits, the month's letter (A B C D E H L M P R S T), the day
 * (plus 40 for a woman), the birthplace's letter and three digits, the check letter (DM 23
 * December 1976). Where two people's codes met (omocodia) the Agenzia delle Entrate writes their
 * digits as letters (0–9 as L M N P Q R S T U V) from the last digit leftwards (cfiscale.it "Come
 * funziona", "a partire dall'ultima cifra numerica verso sinistra"): a letter in a digit's place
 * leaves only letters in the places right of it. The check is read over the code as written. The
 * day is a day of the month (any year: the century is not in the code). Read 2026-12-05.
 *
 * @since 0.1.0
 */
export function itCfValid(code: string): boolean {
  if (code.length !== 16) return false;
  for (const i of [0, 1, 2, 3, 4, 5, 8, 11, 15]) {
    const c = code.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  let lettered = true;
  for (const i of DIGIT_PLACES) {
    const c = code.charCodeAt(i);
    const digit = c >= 48 && c <= 57;
    if (!digit && digitOf(code, i) < 0) return false;
    // A digit right of a letter's place is fine; a letter left of a digit is no omocode.
    if (digit) lettered = false;
    else if (!lettered) return false;
  }
  const month = MONTHS.indexOf(code.charAt(8));
  if (month < 0) return false;
  let day = digitOf(code, 9) * 10 + digitOf(code, 10);
  if (day > 40) day -= 40;
  if (day < 1 || day > (MONTH_DAYS[month] as number)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = code.charCodeAt(i);
    const v = c >= 48 && c <= 57 ? c - 48 : c - 65;
    sum += i % 2 === 0 ? (ODD[v] as number) : v;
  }
  return code.charCodeAt(15) - 65 === sum % 26;
}

/**
 * France's NIR (numéro de sécurité sociale), `nir` its fifteen characters: the sex (1 a man, 2 a
 * woman; 7 and 8 a number given while one is being registered: lbcd78.fr, blog.dreamnev.org), the
 * year's and the month's two digits, the département (two digits, or 2A and 2B in Corsica), the
 * commune's three, the birth's order number's three, and the key: 97 less the first thirteen
 * (Corsica's 2A read as 19, 2B as 18) mod 97. Sources disagree on Corsica: docs.rs worker-matcher
 * (parse_fr_nir) and a PHP validator (take 1,000,000 or 2,000,000 from the number read with a 0
 * for the letter) give 19 and 18; another (a Python gist) reads both letters as 0, which gives
 * no key a Corsican number carries. We follow the first two. The month is not read: numbers of
 * people whose month is unknown carry others. Read 2026-12-05.
 *
 * @since 0.1.0
 */
export function frNirValid(nir: string): boolean {
  if (nir.length !== 15) return false;
  const sex = nir.charCodeAt(0);
  if (sex !== 49 && sex !== 50 && sex !== 55 && sex !== 56) return false;
  let body = nir.slice(0, 13);
  if (body.charCodeAt(5) === 50 && (body.charAt(6) === 'A' || body.charAt(6) === 'B'))
    body = `${body.slice(0, 5)}${body.charAt(6) === 'A' ? '19' : '18'}${body.slice(7)}`;
  if (!digitsOnly(body, 13) || !digitsOnly(nir.slice(13), 2)) return false;
  // Thirteen digits stay under 2^53: Number is exact.
  return 97 - (Number(body) % 97) === Number(nir.slice(13));
}

/**
 * Germany's Steuerliche Identifikationsnummer (IdNr, § 139b AO), `d` its eleven ASCII digits. The
 * first is not 0; among the first ten one digit stands twice or three times and no other more than
 * once (derbwler.de 2018 after the Konzept "Steueridentifikationsnummer (IdNr) nach § 139b AO"
 * of the ITZ Bund, version 2.3 of 2016-03-01, which a request on fragdenstaat.de names: three
 * times allowed since). Some pages (steuer-nummer.de) still say "twice" only: both are read. The
 * eleventh is the check digit of ISO 7064 MOD 11,10 over the ten: a product of 10, then per digit
 * (digit + product) mod 10, 10 for 0, doubled mod 11; the digit is 11 less the last product, 0 for
 * 10 (the procedure as BGBl. 1993 I p. 736, Anlage 3 ZMDV, prints it for the USt-IdNr, and
 * kryptografie.de for the IdNr, worked example 12345678995). A page (feeddi.de) gives a weighted
 * mod 11 instead, which the worked example fails: not followed. Read 2026-12-05.
 *
 * @since 0.1.0
 */
export function deTaxIdValid(d: string): boolean {
  if (!digitsOnly(d, 11) || d.charCodeAt(0) === 48) return false;
  const seen = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  let repeated = 0;
  for (let i = 0; i < 10; i++) {
    const v = num(d, i);
    const n = (seen[v] as number) + 1;
    seen[v] = n;
    if (n === 2) repeated++;
    if (n > 3) return false;
  }
  if (repeated !== 1) return false;
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (num(d, i) + product) % 10;
    if (sum === 0) sum = 10;
    product = (2 * sum) % 11;
  }
  const check = 11 - product;
  return (check === 10 ? 0 : check) === num(d, 10);
}

/**
 * Belgium's national number (rijksregisternummer, numéro de registre national, INSZ/NISS), `d` its
 * eleven ASCII digits: the birth date YYMMDD (month and day 00 where unknown; a bis number's month
 * plus 20 or 40: nl.wikipedia "Rijksregisternummer"), a counter of the day's births (odd for a
 * man, 001–997, even for a woman, 002–998: the communes of Westerlo and Zwalm), and two check
 * digits: 97 less the nine digits mod 97; for one born in 2000 or later, 97 less the nine digits
 * after a 2 mod 97 (viw-costablanca.com, dodona.be's worked example 93051822361). Either century
 * is read: the number does not say which. Read 2026-12-05.
 *
 * @since 0.1.0
 */
export function beNrnValid(d: string): boolean {
  if (!digitsOnly(d, 11)) return false;
  let month = num(d, 2) * 10 + num(d, 3);
  if (month >= 40) month -= 40;
  else if (month >= 20) month -= 20;
  const day = num(d, 4) * 10 + num(d, 5);
  if (month > 12 || day > 31) return false;
  const counter = num(d, 6) * 100 + num(d, 7) * 10 + num(d, 8);
  if (counter < 1 || counter > 998) return false;
  const nine = Number(d.slice(0, 9));
  const check = num(d, 9) * 10 + num(d, 10);
  return 97 - (nine % 97) === check || 97 - ((2_000_000_000 + nine) % 97) === check;
}

/**
 * Portugal's NIF of a person (número de identificação fiscal, número de contribuinte), `d` its nine
 * ASCII digits: a person's first digit is 1 to 4 (Decreto-Lei 14/2013, as 24.sapo.pt quotes it:
 * "o primeiro dígito da esquerda pode variar entre os algarismos 1 a 4"), 3 given since June 2019
 * (the AT's note of 2019-04-08, jornaleconomico.sapo.pt), 4 only as 45, non-residents taxed at
 * source (tuaeconomia.com, data.lopesnext.com after pt.wikipedia); 5, 6, 7, 8 and 9 lead companies',
 * the State's and other entities' numbers (NIPC), which are no person's. The ninth digit: the first
 * eight weighted 9 down to 2, 11 less the sum mod 11, 0 for 10 or 11 (portugal-direct.pages.dev,
 * halufa.blogspot.com; the same rule as the old identity card's, atractor.pt). An older page
 * (halufa.blogspot.com, 2009) gives persons 1 and 2 only: before the 3s were given. Read 2026-12-05.
 *
 * @since 0.1.0
 */
export function ptNifValid(d: string): boolean {
  if (!digitsOnly(d, 9)) return false;
  const first = num(d, 0);
  if (first < 1 || first > 4 || (first === 4 && num(d, 1) !== 5)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += num(d, i) * (9 - i);
  const check = 11 - (sum % 11);
  return (check >= 10 ? 0 : check) === num(d, 8);
}
