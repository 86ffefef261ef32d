// Check rules of the national ids the blind audits of Mexico, Ecuador, Ukraine, Australia and
// Malaysia met with no recognizer (T61c, issue #14): Mexico's CURP and CLABE, Ecuador's cédula,
// Ukraine's RNOKPP, Australia's TFN, Malaysia's MyKad number. Each says where its rule comes from
// and when we read it (asOf 2026-12-05); where no text of the issuer's giving the rule could be
// read, the secondary sources are named as such, and where they disagree, both are.
import { digitsOnly, isDate } from './nationalIds3.js';

// This file's own charCodeAt, read through `call` (why, and why not unitAt: checks/luhn.ts).
const charCodeAt = String.prototype.charCodeAt;
const num = (s: string, i: number): number => charCodeAt.call(s, i) - 48;

/** Two ASCII digits at `i` as a number. */
const two = (d: string, i: number): number => num(d, i) * 10 + num(d, i + 1);

/**
 * The two-letter codes of a CURP's place of birth: the 32 federal entities and NE (nacido en el
 * extranjero, born abroad), as RENAPO's "Instructivo Normativo para la Asignación de la Clave Única
 * de Registro de Población" lists them (its catalogue of entidades federativas, copied by
 * es.wikipedia.org "Clave Única de Registro de Población" and pl.wikipedia's article). Read
 * 2026-12-05.
 *
 * @since 0.1.0
 */
export const CURP_STATES: readonly string[] = (
  'AS BC BS CC CL CM CS CH DF DG GT GR HG JC MC MN MS NT NL OC PL QT QR SP SL SR TC TS TL VZ YN ' +
  'ZS NE'
).split(' ');

// A CURP's characters as its check reads them: 0–9, then A–N, Ñ, O–Z (0 to 36). RENAPO writes no
// Ñ into a CURP (the Instructivo: an Ñ becomes X), so a CURP's letters are A–Z, N 23 and O 25.
const CURP_VALUE = (c: number): number =>
  c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 78 ? c - 55 : c >= 79 && c <= 90 ? c - 54 : -1;

const VOWELS = 'AEIOUX';

/**
 * The check digit of a CURP's first seventeen characters (upper-case ASCII): each character's
 * value ({@link CURP_VALUE}: 0–9, A=10 … N=23, O=25 … Z=36) times 18 minus its index, summed; ten
 * minus the sum mod 10, mod 10. RENAPO's Instructivo Normativo gives the rule; no copy of its text
 * could be read, only the rule as pl.wikipedia.org and the validators' documentation state it
 * (fitorec.github.io "Teoría sobre el CURP"); the example "GOMA900512HDFRRN08" of the audit
 * (auditLocales2.test.ts) checks with it. -1 when a character is none of those.
 *
 * @since 0.1.0
 */
export function curpCheck(seventeen: string): number {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CURP_VALUE(seventeen.charCodeAt(i));
    if (v < 0) return -1;
    sum += v * (18 - i);
  }
  return (10 - (sum % 10)) % 10;
}

function isCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

/**
 * Mexico's CURP (Clave Única de Registro de Población), `s` its eighteen characters in upper case:
 * four letters (the first surname's initial and first inner vowel, or X, the second surname's and
 * the given name's initials), YYMMDD a real date, the sex H, M or (since RENAPO issued one in 2023,
 * proceso.com.mx 2023-02-23) X, one of {@link CURP_STATES}, three letters (the names' first inner
 * consonants, or X), a character against duplicates (a digit for one born before 2000, a letter
 * since: its century), and the check digit ({@link curpCheck}). Read 2026-12-05.
 *
 * @since 0.1.0
 */
export function curpValid(s: string): boolean {
  if (s.length !== 18) return false;
  for (let i = 0; i < 4; i++) if (!isCapital(s.charCodeAt(i))) return false;
  if (!VOWELS.includes(s.charAt(1))) return false;
  if (!digitsOnly(s.slice(4, 10), 6)) return false;
  const sex = s.charAt(10);
  if (sex !== 'H' && sex !== 'M' && sex !== 'X') return false;
  if (!CURP_STATES.includes(s.slice(11, 13))) return false;
  for (let i = 13; i < 16; i++) {
    const c = s.charCodeAt(i);
    if (!isCapital(c) || (VOWELS.includes(s.charAt(i)) && c !== 88)) return false;
  }
  const d = s.charCodeAt(16);
  const century = d >= 48 && d <= 57 ? 1900 : isCapital(d) ? 2000 : 0;
  if (century === 0 || !isDate(century + two(s, 4), two(s, 6), two(s, 8))) return false;
  const check = s.charCodeAt(17) - 48;
  return check >= 0 && check <= 9 && curpCheck(s) === check;
}

/**
 * Mexico's CLABE (Clave Bancaria Estandarizada), `d` its eighteen ASCII digits: the bank's three,
 * the plaza's three, the account's eleven and a control digit: each of the first seventeen times
 * 3, 7, 1, 3, 7, 1… mod 10, summed; ten minus the sum mod 10, mod 10 (the ABM and Banco de México
 * standard of 2004, as es.wikipedia.org "CLABE" and en.wikipedia "CLABE" state it; no text of
 * Banxico's giving the weights could be read). Read 2026-12-05.
 *
 * @since 0.1.0
 */
export function clabeValid(d: string): boolean {
  if (!digitsOnly(d, 18)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (num(d, i) * (i % 3 === 0 ? 3 : i % 3 === 1 ? 7 : 1)) % 10;
  return (10 - (sum % 10)) % 10 === num(d, 17);
}

/**
 * Ecuador's cédula (its ten digits `d`): a province 01–24 or 30 (Ecuadorians registered abroad), a
 * third digit 0–5 (a person: 6 and 9 lead public bodies' and companies' RUC), six digits in the
 * order of issue, and a check digit by "módulo 10": the first nine times 2, 1, 2, 1…, a product
 * over 9 less 9, summed; ten minus the sum mod 10, mod 10. No text of the Registro Civil's giving
 * it could be read; the rule as the SRI's "Estructura del RUC" is quoted (telesjimenez.blogspot.com
 * 2011, its readers' link to sri.gob.ec) and consultasecuador.com's table of provinces; gucyi.com
 * notes cédulas whose third digit is 6 (a later update), not read here. Read 2026-12-05.
 *
 * @since 0.1.0
 */
export function ecCiValid(d: string): boolean {
  if (!digitsOnly(d, 10)) return false;
  const province = two(d, 0);
  if (province < 1 || (province > 24 && province !== 30) || num(d, 2) > 5) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const p = num(d, i) * (i % 2 === 0 ? 2 : 1);
    sum += p > 9 ? p - 9 : p;
  }
  return (10 - (sum % 10)) % 10 === num(d, 9);
}

const UA_WEIGHTS = [-1, 5, 7, 9, 4, 6, 10, 5, 7];

/**
 * Ukraine's RNOKPP (реєстраційний номер облікової картки платника податків, the ІПН until 2012),
 * its ten digits `d`: five that count the days from 31 December 1899 to the birth date, four more
 * (the ninth odd for a man), and a check digit: the first nine times −1, 5, 7, 9, 4, 6, 10, 5, 7,
 * summed, mod 11, mod 10 (the State Tax Service's structure as uk.wikipedia "Контрольне число"
 * and ru.wikipedia "Идентификационный номер физического лица" give it; no text of the tax code's
 * order could be read). The date is not read: the State Fiscal Service's letter 118/5/99-99-18-02-
 * 02-16 of 2014-07-24 (taxlink.ua) says numbers that do not match the birth date or the sex are
 * valid. Read 2026-12-05.
 *
 * @since 0.1.0
 */
export function uaRnokppValid(d: string): boolean {
  if (!digitsOnly(d, 10)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += num(d, i) * (UA_WEIGHTS[i] as number);
  return (((sum % 11) + 11) % 11) % 10 === num(d, 9);
}

const TFN_WEIGHTS = [1, 4, 3, 7, 5, 8, 6, 9, 10];

/**
 * Australia's tax file number of nine digits `d`: the digits times 1, 4, 3, 7, 5, 8, 6, 9, 10,
 * summed, a multiple of 11. The ATO gives the rule to software developers under a confidentiality
 * agreement only; the rule as accountants' notes publish it ("The secret life of TFNs", Tax & Super
 * Newsroom 2017, harper.com.au), whose example 123 456 782 checks. Older eight-digit TFNs are not
 * read: no source read gives their weights the same way (validators use the first eight weights,
 * others other weights). Read 2026-12-05.
 *
 * @since 0.1.0
 */
export function auTfnValid(d: string): boolean {
  if (!digitsOnly(d, 9)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += num(d, i) * (TFN_WEIGHTS[i] as number);
  return sum % 11 === 0;
}

/**
 * Whether `code` is a MyKad's place of birth: 01–16 and 21–59 the states and federal territories
 * (JPN's "Nombor Kod Negeri Kelahiran", as ms.wikipedia.org "MyKad" and malaysiadiy.info copy it;
 * 36, Perak's, in the latter), 60–99 born abroad, a country or a region (ms.wikipedia: "nombor 60
 * hingga 99"; 71 and 72 before the 1990s, 82 a state unknown). 00 and 17–20 are no code.
 *
 * @since 0.1.0
 */
export function myPlaceValid(code: number): boolean {
  return (code >= 1 && code <= 16) || (code >= 21 && code <= 99);
}

/**
 * Malaysia's MyKad number (nombor kad pengenalan, NRIC), its twelve digits `d`: YYMMDD the birth
 * date, real in the 1900s or the 2000s; the place of birth ({@link myPlaceValid}); three digits
 * and a last one odd for a man, even for a woman. No check digit: the print YYMMDD-PB-###G and the
 * label carry what the check would. Read 2026-12-05.
 *
 * @since 0.1.0
 */
export function myNricValid(d: string): boolean {
  if (!digitsOnly(d, 12)) return false;
  // Its month first: twelve digits of a phone or an order hold none there 88 times in 100, and
  // the check ends at once (V62e: read in full, each of redact 1's ~180 calls a pass, from a
  // megamorphic call, ticked it into a compile of its own in the measured pass).
  const month = two(d, 2);
  if (month < 1 || month > 12 || !myPlaceValid(two(d, 6))) return false;
  const yy = two(d, 0);
  const day = two(d, 4);
  return isDate(1900 + yy, month, day) || isDate(2000 + yy, month, day);
}

const UY_WEIGHTS = [2, 9, 8, 7, 6, 3, 4];

/**
 * Uruguay's cédula de identidad (DNIC), its digits `d`: a number of six or seven digits (100 000
 * to 9 999 999, the cédulas in force), then its check digit: the number, read as seven digits (a
 * six-digit one with a 0 before it), times 2, 9, 8, 7, 6, 3, 4, summed; ten minus the sum mod 10,
 * mod 10. No text of the DNIC's giving the rule could be read; validators' documentation states
 * it, and each states the same rule: the ci_uy gem (github.com/picandocodigo/ci_uy, its README),
 * python-stdnum's port stdnum (npm, src/uy/cedula.ts: weights 2, 9, 8, 7, 6, 3, 4, mod 10), ciuy_py
 * (docs/about.rst: the dot product with 8, 1, 2, 3, 4, 7, 6 mod 10, the same digit, citing
 * Wikipedia) and DiMaNacho/validarci (100.000 to 9.999.999); "1.234.567-2" checks in ciuy_py's and
 * in a course's worked example (aaavril/Ejercicios-Introductorios-Python). The PyPI package
 * cedula-uruguaya's README gives 4 for 3.298.763, where the rule gives 6: its example disagrees
 * with every other source, and is not followed. Read 2026-12-06.
 *
 * @since 0.1.0
 */
export function uyCiValid(d: string): boolean {
  const n = d.length;
  if (n !== 7 && n !== 8) return false;
  // The number's digits against the last weights (a six-digit one skips the first), read in
  // place and in one pass: a padded copy of each run cost more than the sum (T68d's profile).
  const skip = 8 - n;
  let sum = 0;
  let value = 0;
  for (let i = 0; i < n - 1; i++) {
    const x = num(d, i);
    if (!(x >= 0 && x <= 9)) return false;
    sum += x * (UY_WEIGHTS[i + skip] as number);
    value = value * 10 + x;
  }
  const check = num(d, n - 1);
  return check >= 0 && check <= 9 && value >= 100_000 && (10 - (sum % 10)) % 10 === check;
}
