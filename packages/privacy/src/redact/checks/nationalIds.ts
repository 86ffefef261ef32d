// Check-digit rules of national identifiers, each from the issuing authority's definition.

const num = (s: string, i: number): number => s.charCodeAt(i) - 48;

/**
 * PESEL (Poland): 11 digits, weights 1-3-7-9 repeated, check = (10 − sum mod 10) mod 10, and the
 * first six digits a real date of birth with the century in the month (+80 1800s, +0 1900s, +20
 * 2000s, +40 2100s, +60 2200s). Ustawa o ewidencji ludności, art. 15; gov.pl "Numer PESEL".
 */
export function peselValid(d: string): boolean {
  if (d.length !== 11) return false;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += num(d, i) * (w[i] as number);
  if ((10 - (sum % 10)) % 10 !== num(d, 10)) return false;
  const yy = num(d, 0) * 10 + num(d, 1);
  const mm = num(d, 2) * 10 + num(d, 3);
  const dd = num(d, 4) * 10 + num(d, 5);
  const centuries = [1900, 2000, 2100, 2200, 1800];
  const century = centuries[Math.floor(mm / 20)];
  const month = mm % 20;
  if (century === undefined || month < 1 || month > 12 || dd < 1) return false;
  const days = new Date(Date.UTC(century + yy, month, 0)).getUTCDate();
  return dd <= days;
}

/**
 * CPF (Brazil): 11 digits, two mod-11 check digits (weights 10..2, then 11..2; a remainder below 2
 * gives 0); numbers of one repeated digit are not issued. Receita Federal, IN RFB 1548/2015.
 */
export function cpfValid(d: string): boolean {
  if (d.length !== 11 || /^(\d)\1{10}$/.test(d)) return false;
  for (const n of [9, 10]) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += num(d, i) * (n + 1 - i);
    const r = sum % 11;
    if ((r < 2 ? 0 : 11 - r) !== num(d, n)) return false;
  }
  return true;
}

/**
 * BSN (Netherlands): 9 digits passing the "11-proef": 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11),
 * not all zero. Rijksdienst voor Identiteitsgegevens, "Logisch ontwerp BSN".
 */
export function bsnValid(d: string): boolean {
  if (d.length !== 9 || d === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += num(d, i) * (9 - i);
  sum -= num(d, 8);
  return sum % 11 === 0;
}

/**
 * Iranian national code (کد ملی): 10 digits; r = Σ dᵢ·(10 − i) over the first nine, mod 11; the
 * check digit is r when r < 2, else 11 − r; one repeated digit is not valid. The rule as every
 * public validator implements it (e.g. persian-tools); we found no primary publication of the
 * National Organization for Civil Registration to cite.
 */
export function irNationalCodeValid(d: string): boolean {
  if (d.length !== 10 || /^(\d)\1{9}$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += num(d, i) * (10 - i);
  const r = sum % 11;
  return (r < 2 ? r : 11 - r) === num(d, 9);
}

/**
 * US Social Security number: area 001–899 except 666, group 01–99, serial 0001–9999. SSA, "Social
 * Security Number Randomization" (https://www.ssa.gov/employer/randomization.html, 2011-06-25):
 * areas 000, 666 and 900–999 are not assigned; group 00 and serial 0000 never are. No check digit.
 */
export function ssnValid(d: string): boolean {
  if (d.length !== 9) return false;
  const area = Number(d.slice(0, 3));
  const group = Number(d.slice(3, 5));
  const serial = Number(d.slice(5));
  return area !== 0 && area !== 666 && area < 900 && group !== 0 && serial !== 0;
}

/**
 * Aadhaar (India): 12 digits, the first not 0 or 1, the last a Verhoeff check digit (UIDAI).
 */
export function aadhaarShapeValid(d: string): boolean {
  return d.length === 12 && d.charCodeAt(0) >= 50;
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/**
 * Spanish DNI control letter: the number mod 23 indexes "TRWAGMYFPDXBNJZSQVHLCKE"; for an NIE the
 * leading X, Y, Z stands for 0, 1, 2 (Real Decreto 1553/2005, art. 11; Orden INT/2058/2008).
 */
export function dniLetter(digits: string): string {
  return DNI_LETTERS.charAt(Number(digits) % 23);
}

// HMRC National Insurance Manual NIM39110
// (https://www.gov.uk/hmrc-internal-manuals/national-insurance-manual/nim39110): the first letter is not D, F, I, Q, U or V; the second
// not D, F, I, O, Q, U or V; prefixes BG, GB, KN, NK, NT, TN and ZZ are not allocated; suffix A–D.
const NINO_BAD_FIRST = 'DFIQUV';
const NINO_BAD_SECOND = 'DFIOQUV';
const NINO_BAD_PREFIX = ['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'];

/** Whether two upper-case letters are an allocated NINO prefix (HMRC NIM39110). */
export function ninoPrefixValid(prefix: string): boolean {
  return (
    prefix.length === 2 &&
    !NINO_BAD_FIRST.includes(prefix.charAt(0)) &&
    !NINO_BAD_SECOND.includes(prefix.charAt(1)) &&
    !NINO_BAD_PREFIX.includes(prefix)
  );
}
