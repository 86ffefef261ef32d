// Check rules of four more national ids a global desk meets every day (T36a, issue #14): China's
// resident identity card number, Sweden's personnummer, Romania's CNP and Thailand's national id.
// Each says where its rule comes from and when we read it (asOf); where the issuer publishes no
// formula we could read, the secondary source is named as such.

// This file's own charCodeAt, read through `call` (why, and why not unitAt: checks/luhn.ts).
const charCodeAt = String.prototype.charCodeAt;
const num = (s: string, i: number): number => charCodeAt.call(s, i) - 48;

/** Whether year, month, day is a day of the Gregorian calendar. */
function isDate(year: number, month: number, day: number): boolean {
  return (
    month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
  );
}

/** Two ASCII digits at `i` as a number. */
const two = (d: string, i: number): number => num(d, i) * 10 + num(d, i + 1);

// GB 11643-1999 (公民身份号码): the weights of the 17 digits are 2^(17−i) mod 11 (i from 0),
// left to right; the check character is (12 − S mod 11) mod 11, written X when it is 10.
const CN_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/**
 * The check character of the first 17 digits of a Chinese citizen identification number ('0'–'9'
 * or 'X'): ISO 7064 MOD 11-2, as GB 11643-1999 sets it.
 *
 * @since 0.1.0
 */
export function cnRicCheck(d17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += num(d17, i) * (CN_WEIGHTS[i] as number);
  const c = (12 - (sum % 11)) % 11;
  return c === 10 ? 'X' : String(c);
}

/**
 * Chinese citizen identification number (公民身份号码, on the resident identity card 居民身份证):
 * 17 digits and a check character. GB 11643-1999 (in force 1999-07-01; as quoted with its
 * Appendix A sample 11010519491231002X by barkure.xlog.app "MOD 11-2 Verification in ID Card" and
 * 9cbs.com, read 2026-12-04): a six-digit address code of GB/T 2260 (a province's two digits
 * first: 11–65, 71, 81, 82, so its first digit is 1–8), the date of birth YYYYMMDD, a three-digit
 * sequence (odd for men), then the ISO 7064 MOD 11-2 check character. The years read are 1900–2099:
 * our choice, no holder being born before 1900 (the standard sets no bound). `d` is 18 characters,
 * the last a digit or an upper-case X.
 *
 * @since 0.1.0
 */
export function cnRicValid(d: string): boolean {
  if (d.length !== 18) return false;
  const first = num(d, 0);
  if (first < 1 || first > 8) return false;
  const year = two(d, 6) * 100 + two(d, 8);
  if (year < 1900 || year > 2099 || !isDate(year, two(d, 10), two(d, 12))) return false;
  return cnRicCheck(d.slice(0, 17)) === d.charAt(17);
}

/** Whether ten ASCII digits pass Luhn's check (weights 2, 1, 2… from the left of ten). */
function luhn10(d: string, from: number): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let v = num(d, from + i);
    if (i % 2 === 0) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  }
  return sum % 10 === 0;
}

/**
 * Swedish personnummer or samordningsnummer: YYMMDD, a three-digit birth number (001–999), a check
 * digit by "modulus-10-metoden med vikterna 1 och 2" (Luhn's) over the ten digits; written with
 * "-", or "+" from the year its holder turns 100; stored with twelve digits, the century (18, 19,
 * 20) first (Skatteverket, Rättslig vägledning 2020.9, "Personnummer", www4.skatteverket.se
 * /rattsligvagledning/edition/2020.9/330245.html, read 2026-12-04). A samordningsnummer is built
 * the same way with its day plus 60 (Skatteverket SKVM 2010:3 and SKV 707: 701063-2391 for a man
 * born 3 October 1970, birth number 239). `d` is 10 digits (a day of some year of 1900–2099: the
 * century is not written) or 12 (the century written).
 *
 * @since 0.1.0
 */
export function sePinValid(d: string): boolean {
  const at = d.length === 12 ? 2 : 0;
  if (at === 0 && d.length !== 10) return false;
  const century = at === 2 ? two(d, 0) : 0;
  if (at === 2 && (century < 18 || century > 20)) return false;
  if (num(d, at + 6) + num(d, at + 7) + num(d, at + 8) === 0) return false;
  const yy = two(d, at);
  const mm = two(d, at + 2);
  let dd = two(d, at + 4);
  if (dd > 60) dd -= 60;
  const dated =
    at === 2
      ? isDate(century * 100 + yy, mm, dd)
      : isDate(1900 + yy, mm, dd) || isDate(2000 + yy, mm, dd);
  return dated && luhn10(d, at);
}

// The control key of a CNP, one weight per digit of the first twelve.
const RO_WEIGHTS = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9];

// The centuries the first digit states: 1, 2 the 1900s; 3, 4 the 1800s; 5, 6 the 2000s; 7, 8
// (residents) and 9 (foreigners) state none, so a date of either the 1900s or the 2000s holds.
const RO_CENTURY = [0, 1900, 1900, 1800, 1800, 2000, 2000, -1, -1, -1];

/**
 * Romanian personal numeric code (cod numeric personal, CNP): S AA LL ZZ JJ NNN C. S is 1–9 (sex
 * and century; 7–9 residents and foreigners), AA LL ZZ the date of birth, JJ the county or sector
 * (01–46, 51 Călărași, 52 Giurgiu; 47, 48 the sectors 7 and 8 of Bucharest, abolished), NNN a
 * serial 001–999, C the control digit: Σ dᵢ·wᵢ with the constant 279146358279, mod 11, and 1 when
 * the remainder is 10. Decret 59/1978 introduced it and Legea 105/1996 art. 5 makes it the one
 * identifier; we found neither's annex of the algorithm to read. The rule is as the press explains
 * it (b1tv.ro 2025-10-24, necesar.ro 2023-09-18: "constanta 279146358279"; "Dacă restul obținut
 * este 10, cifra de control devine 1") and as validators implement it (stdnum ro/cnp, which also
 * lists 47 and 48): a secondary source only. Read 2026-12-04.
 *
 * @since 0.1.0
 */
export function roCnpValid(d: string): boolean {
  if (d.length !== 13) return false;
  const s = num(d, 0);
  const century = RO_CENTURY[s] as number;
  if (century === 0) return false;
  const yy = two(d, 1);
  const mm = two(d, 3);
  const dd = two(d, 5);
  const dated =
    century > 0
      ? isDate(century + yy, mm, dd)
      : isDate(1900 + yy, mm, dd) || isDate(2000 + yy, mm, dd);
  if (!dated) return false;
  const county = two(d, 7);
  if (county < 1 || (county > 48 && county !== 51 && county !== 52)) return false;
  if (num(d, 9) + num(d, 10) + num(d, 11) === 0) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += num(d, i) * (RO_WEIGHTS[i] as number);
  const r = sum % 11;
  return (r === 10 ? 1 : r) === num(d, 12);
}

/**
 * Thai national identification number (เลขประจำตัวประชาชน): 13 digits, the first the holder's
 * category (1–8), the last a check digit: (11 − Σ dᵢ·(13 − i) mod 11) mod 10 over the first twelve,
 * weights 13 down to 2; printed 1-2345-67890-12-1 on the card. The Department of Provincial
 * Administration publishes no formula that we found; Thai Wikipedia ("เลขประจำตัวประชาชนไทย")
 * gives it and every validator implements it (stdnum th/idnr, which rejects a first digit 0 or
 * 9; OCA l10n_th_hr_employee_identification_id): a secondary source only. Read 2026-12-04.
 *
 * @since 0.1.0
 */
export function thIdValid(d: string): boolean {
  if (d.length !== 13) return false;
  const first = num(d, 0);
  if (first < 1 || first > 8) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += num(d, i) * (13 - i);
  return (11 - (sum % 11)) % 10 === num(d, 12);
}
