// Check rules of six national ids of the Americas, Ireland, Croatia and Hong Kong (T38c, issue
// #14): Chile's RUT/RUN, Argentina's CUIT/CUIL, Canada's SIN, Ireland's PPSN, Croatia's OIB and
// Hong Kong's HKID. Each says where its rule comes from and when we read it (asOf 2026-12-04);
// where the issuer publishes no formula we could find, the secondary source is named as such.
import { luhnValid } from './luhn.js';

// This file's own charCodeAt, read through `call` (why, and why not unitAt: checks/luhn.ts).
const charCodeAt = String.prototype.charCodeAt;
const num = (s: string, i: number): number => charCodeAt.call(s, i) - 48;

/**
 * The check character of a Chilean RUT/RUN body (7 or 8 digits): "módulo 11", the digits from
 * the right weighted 2, 3, 4, 5, 6, 7 and again 2, 3…; 11 minus the sum mod 11, "K" for 10 and
 * "0" for 11 (cauditor2.blogspot.com "Módulo 11 o validador de RUT", 12.345.678-5; biobiochile.cl
 * 2024-08-13 and lasnibat.com, 12.956.784-8; no text of the SII or the Registro Civil giving the
 * formula was found: the press and every validator agree).
 *
 * @since 0.1.0
 */
export function clRutCheck(body: string): string {
  let sum = 0;
  for (let i = body.length - 1, w = 2; i >= 0; i--, w = w === 7 ? 2 : w + 1)
    sum += num(body, i) * w;
  const c = 11 - (sum % 11);
  return c === 11 ? '0' : c === 10 ? 'K' : String(c);
}

/**
 * Chilean RUT/RUN: a body of 7 or 8 digits (a person's runs to about 27 million, a company's
 * 76–99 million; biobiochile.cl: "de 8 a 9 cifras" with the check) and its check character
 * ({@link clRutCheck}), `d` upper-cased: one random body in eleven passes.
 *
 * @since 0.1.0
 */
export function clRutValid(d: string): boolean {
  const n = d.length - 1;
  if (n < 7 || n > 8 || d.charCodeAt(0) === 48) return false;
  return clRutCheck(d.slice(0, n)) === d.charAt(n);
}

// The CUIT/CUIL's weights over its first ten digits, left to right.
const AR_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
// Its types: persons 20, 23, 24, 27; companies 30, 33, 34.
const AR_TYPES = ['20', '23', '24', '27', '30', '33', '34'];

/**
 * Argentina's CUIT/CUIL, 11 digits: a type (20, 23, 24, 27 for persons; 30, 33, 34 for
 * companies), the DNI or a company's number (8 digits), a check digit: 11 minus the weighted sum
 * (5-4-3-2-7-6-5-4-3-2) mod 11, 0 for 11; a result of 10 is never issued (AFIP gives the number
 * type 23 or 33 then). The rule as es.wikipedia.org "Clave Única de Identificación Tributaria"
 * (and es-academic.com's copy) gives it, and the types as whiz.tools lists them; AFIP's (now
 * ARCA's) own page with the formula was not found (searched again 2026-12-05, T64c). A well-known
 * library confirms the weights and the 0 for 11: python-stdnum's `stdnum/ar/cuit.py`
 * (`calc_check_digit`, weights 5, 4, 3, 2, 7, 6, 5, 4, 3, 2, read 2026-12-05). It disagrees twice:
 * it writes 9 where the result is 10 (Wikipedia: never issued, the type changes instead), and its
 * print's types add 50, 51 and 55 ("international purposes"). Sources disagree on the first:
 * Oracle's Fusion Cloud tax-registration rules for Argentina validate "If 11 - reminder = 10, then
 * the result is 9" too (docs.oracle.com/en/cloud/saas/financials/24b/faitx/argentina.html), and
 * no AFIP (now ARCA) page with the rule was found (T65c, 2026-12-05): not read, as a looser rule
 * takes more order numbers printed 2-8-1. The types 50, 51 and 55 are AFIP's "CUIT país", one per
 * foreign country on an export invoice ("para Estados Unidos (personas jurídicas) el CUIT es
 * 55-00000212-6", PyAr/asoc_members#128; AFIP's table "TABLACUITPAIS", tryton-ar/
 * account_invoice_ar#57; python-stdnum#179 took them from serautonomo.net): a country's number,
 * no person's, so they stay. About one random run of eleven digits in 160 passes.
 *
 * @since 0.1.0
 */
export function arCuitValid(d: string): boolean {
  if (d.length !== 11) return false;
  if (!AR_TYPES.includes(d.slice(0, 2))) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += num(d, i) * (AR_WEIGHTS[i] as number);
  const c = 11 - (sum % 11);
  if (c === 10) return false;
  return (c === 11 ? 0 : c) === num(d, 10);
}

/**
 * Canada's Social Insurance Number: nine digits, Luhn's check digit ("121 212 121" weights, as
 * Service Canada's own validation guide, quoted by documentine.com and studyres.com, gives it);
 * the first digit names the province of registration, 1–7, or 9 for a temporary resident
 * (Service Canada, "Does your SIN start with a 9?", SC-204-03-06, archived 2006; CRA "SIN
 * beginning with the number 9"); 0 and 8 are "Not used" in that guide's list. One random run of
 * nine digits in 12.5 passes.
 *
 * @since 0.1.0
 */
export function caSinValid(d: string): boolean {
  if (d.length !== 9) return false;
  const first = num(d, 0);
  return first !== 0 && first !== 8 && luhnValid(d);
}

// The PPSN's check letters by remainder: 0 is W, 1–22 are A–V.
const IE_LETTERS = 'WABCDEFGHIJKLMNOPQRSTUV';

/**
 * The check letter of an Irish PPSN's seven digits and its second letter ('' or ' ' for none):
 * the digits weighted 8 down to 2, the second letter's value (A = 1…, W or none 0) weighted 9,
 * the sum mod 23 as a letter (0 W, 1 A…). The Department of Social Protection's rule for the
 * numbers of 1 January 2013 on, as quoted on the Wikipedia article "Personal Public Service
 * Number" (its mirror qjymw1.dqsoaz.cyou) and qeeebo.com: "A numeric value is assigned to the
 * alphabetic character in position 9 … Where a W or a blank already exists … zero", weight 9.
 * python-stdnum's ie.pps (2013 change, a4012f5) reads T and X there, as the pre-2013 special
 * suffixes it names, also as zero; the Department's text names W only: the sources disagree, and
 * both are read here (T and X as zero, and by their value).
 *
 * @since 0.1.0
 */
export function iePpsnCheck(d7: string, second: string): string {
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += num(d7, i) * (8 - i);
  const c = second.charCodeAt(0) | 0x20;
  if (c >= 97 && c <= 122 && c !== 119) sum += (c - 96) * 9;
  return IE_LETTERS.charAt(sum % 23);
}

/**
 * Irish PPSN: seven digits, a check letter and an optional second letter, `d` upper-cased
 * ("1234567T", "1234567TA"). One random letter in 23 is the check letter.
 *
 * @since 0.1.0
 */
export function iePpsnValid(d: string): boolean {
  if (d.length !== 8 && d.length !== 9) return false;
  for (let i = 0; i < 7; i++) if (num(d, i) < 0 || num(d, i) > 9) return false;
  const check = d.charAt(7);
  const second = d.length === 9 ? d.charAt(8) : '';
  if (second !== '' && (second < 'A' || second > 'Z')) return false;
  if (iePpsnCheck(d.slice(0, 7), second) === check) return true;
  return (second === 'T' || second === 'X') && iePpsnCheck(d.slice(0, 7), '') === check;
}

/**
 * Croatia's OIB, 11 digits: ten random digits and a control digit of ISO 7064 MOD 11,10 (Zakon o
 * osobnom identifikacijskom broju, NN 60/08, as the City of Zagreb's page summarises it: "deset
 * znamenki … određene slučajnim odabirom … te od jedne znamenke koja je kontrolni broj"; the
 * standard named by damjantomsic.from.hr and qeeebo.com). One random run in ten passes.
 *
 * @since 0.1.0
 */
export function hrOibValid(d: string): boolean {
  if (d.length !== 11) return false;
  let p = 10;
  for (let i = 0; i < 10; i++) {
    const s = (p + num(d, i)) % 10 || 10;
    p = (s * 2) % 11;
  }
  return (11 - p) % 10 === num(d, 10);
}

/**
 * Hong Kong identity card number: one or two capital letters, six digits and a check character
 * ("A123456(3)", "AB987654(9)"): a letter counts A = 10 … Z = 35, a missing first letter 36, the
 * eight characters weighted 9 down to 2, the check 11 minus the sum mod 11, "A" for 10 and 0 for
 * 11 (computerterminal.blogspot.com "Hong Kong ID Formula", E364912(5); hong.ddns.net; the
 * Immigration Department publishes no formula we found). A = 1 … (slidetodoc.com, D288754(2);
 * 99.wendadaohang.com, H856249(2)) gives the same check for one letter: 36·9 + (v + 9)·8 ≡ v·8
 * mod 11. For two letters the sources disagree: with A = 1 and the first × 9 (99.wendadaohang.com)
 * the check differs from A = 10's, and the two-letter samples published (AB987654(3),
 * computerterminal; AB123456(9), hong.ddns.net) hold with A = 10 only: we read A = 10, which makes
 * one letter the two-letter case with a blank. `d` is the letters and digits upper-cased, then the
 * check character. One random check character in eleven passes.
 *
 * @since 0.1.0
 */
export function hkIdValid(d: string): boolean {
  const letters = d.length - 7;
  if (letters !== 1 && letters !== 2) return false;
  let sum = letters === 1 ? 36 * 9 : 0;
  for (let i = 0; i < letters; i++) {
    const c = d.charCodeAt(i);
    if (c < 65 || c > 90) return false;
    sum += (c - 55) * (letters === 1 ? 8 : 9 - i);
  }
  // The six digits weigh 7 down to 2 after either prefix.
  for (let j = 0; j < 6; j++) {
    const v = num(d, letters + j);
    if (v < 0 || v > 9) return false;
    sum += v * (7 - j);
  }
  const c = (11 - (sum % 11)) % 11;
  return d.charAt(letters + 6) === (c === 10 ? 'A' : String(c));
}
