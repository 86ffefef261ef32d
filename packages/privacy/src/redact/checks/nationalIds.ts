// Check-digit rules of national identifiers, each from the issuing authority's definition, or,
// where it publishes none, from the rule public validators implement (each says which).

import { luhnValid } from './luhn.js';

// This file's own charCodeAt, read through `call` (why, and why not unitAt: checks/luhn.ts).
const charCodeAt = String.prototype.charCodeAt;
const num = (s: string, i: number): number => charCodeAt.call(s, i) - 48;

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
  return century !== undefined && isDate(century + yy, mm % 20, dd);
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

/**
 * Korean resident registration number (주민등록번호): YYMMDD, a digit for sex and century of
 * birth (9, 0: 1800s; 1, 2: 1900s; 3, 4: 2000s), then six digits. 주민등록법 제7조의2 leaves the
 * numbering to decree; 주민등록법 시행규칙 제2조 sets it. Until 4 October 2020 the six were a
 * region (four digits), a serial and a check digit: (11 − Σ dᵢ·wᵢ mod 11) mod 10, weights 2..9
 * then 2..5. The 시행규칙 as amended, in force on 5 October 2020, makes all six random for every
 * number given from then on, at birth or on a change (행정안전부 주민과, "주민등록번호에서
 * 지역번호 표시 폐지", 이렇게 달라집니다 2020 하반기: "성별 뒤 여섯 자리가 임의번호로
 * 부여됩니다"; "새로운 주민등록번호 부여체계는 신규부여자와 번호변경자에게만 적용"); the
 * Ministry's announcement of 17 December 2019, as the press reported it, names the check digit
 * among what goes. Sources disagree: validators in wide use (eGovFramework's checkJuminNumber)
 * still demand the check digit of every number. We follow the Ministry: one born in 2020 or later
 * (a birth is registered up to a month after it, later when late) need not carry it; an older
 * birth must, unless its label stands before it ({@link krRrnDated}): a number changed since
 * October 2020 for one born before has a random last digit, which holds one time in ten. 5–8 in
 * the seventh place are foreigners' registration numbers: see krRrnDated.
 */
export function krRrnValid(d: string): boolean {
  const year = krRrnBirthYear(d);
  return year >= 2020 || (year > 0 && krRrnCheckHolds(d));
}

/**
 * Whether `d` is a resident registration number whose check digit holds (see {@link krRrnValid}):
 * every number given before October 2020, and one in ten of those given since by chance.
 */
export function krRrnChecked(d: string): boolean {
  return krRrnBirthYear(d) > 0 && krRrnCheckHolds(d);
}

/**
 * Whether `d` is a resident registration number of one born in 2020 or later, whose last six
 * digits are random (see {@link krRrnValid}): a date and a digit of sex, nothing to check.
 */
export function krRrnRandom(d: string): boolean {
  return krRrnBirthYear(d) >= 2020;
}

/**
 * Whether `d` states a date of birth and a digit of sex and century, whatever its last six: a
 * resident registration number changed since October 2020 (its six random, see
 * {@link krRrnValid}), or a foreigner's registration number (외국인등록번호), whose seventh digit
 * is 5 or 6 for one born in the 1900s and 7 or 8 in the 2000s (법무부 출입국외국인정책본부, answer of
 * 2017-05-16 on hansang.net, "거소신고번호 문의": 외국인등록번호 and 거소신고번호 are 13 digits as a
 * 주민등록번호 is, and do not overlap it; the Ministry's notice of 2023-03-28 on the new card: "7번째
 * 숫자가 5·7이면 남성, 6·8이면 여성"). The Immigration Act leaves its numbering to decree and we
 * found no published check digit for it (validators disagree: some apply the resident number's,
 * some (13 − Σ mod 11) mod 10), so none is read. What only a date checks counts only after a
 * label: about one 13-digit run in 27 states a date (and every seventh digit is one of these).
 */
export function krRrnDated(d: string): boolean {
  return krRrnBirthYear(d, true) > 0;
}

/**
 * The year of birth a resident registration number states, or 0 when it states none; with
 * `foreign`, a foreigner's registration number's too (5, 6: 1900s; 7, 8: 2000s).
 */
function krRrnBirthYear(d: string, foreign = false): number {
  if (d.length !== 13) return 0;
  const sex = num(d, 6);
  const century =
    sex === 9 || sex === 0
      ? 1800
      : sex <= 2 || (foreign && sex <= 6)
        ? 1900
        : sex <= 4 || foreign
          ? 2000
          : undefined;
  if (century === undefined) return 0;
  const year = century + num(d, 0) * 10 + num(d, 1);
  return isDate(year, num(d, 2) * 10 + num(d, 3), num(d, 4) * 10 + num(d, 5)) ? year : 0;
}

/**
 * Korean corporate registration number (법인등록번호): four digits of the registry office, two of
 * the kind of corporation, six of serial, a check digit: (10 − Σ dᵢ·wᵢ mod 10) mod 10, weights 1,
 * 2, 1, 2… over the first twelve. It is printed 6-7 as a resident number is ("110111-1000621"),
 * and one in ten passes that number's check by chance. We found no publication of the Supreme
 * Court registry's rule to cite: the formula is the one validators implement (mirine.tools
 * isCorporateRegistrationNo; the blog dukgun.com, "Resident registration number system, corporate
 * registration number system", 2018-11), a secondary source. Sources disagree: some validators
 * sum a product's digits (Luhn's way) where it passes 9; we take the plain sum, as the blog does.
 */
export function krCorporateValid(d: string): boolean {
  if (d.length !== 13) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += num(d, i) * (1 + (i % 2));
  return (10 - (sum % 10)) % 10 === num(d, 12);
}

/** The mod-11 check digit of a resident registration number (weights 2..9, 2..5). */
function krRrnCheckHolds(d: string): boolean {
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += num(d, i) * (w[i] as number);
  return (11 - (sum % 11)) % 10 === num(d, 12);
}

/** Whether year, month, day is a day of the Gregorian calendar. */
function isDate(year: number, month: number, day: number): boolean {
  return (
    month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
  );
}

/**
 * Turkish identity number (T.C. Kimlik No): 11 digits, the first not 0; the tenth is
 * (7·(d1+d3+d5+d7+d9) + 9·(d2+d4+d6+d8)) mod 10 and the eleventh the sum of the first ten mod 10.
 * The Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü says the last two digits are check digits
 * computed from the first nine by an algorithm it shares with public bodies (quoted by Hürriyet,
 * 2018-03, "T.C. kimlik no sorgulama"); it publishes no formula. The formula is the one every
 * public validator implements (python-stdnum tr.tckimlik, Turkish Wikipedia "T.C. Kimlik
 * Numarası"): a secondary source only.
 */
export function trTcknValid(d: string): boolean {
  if (d.length !== 11 || d.charCodeAt(0) === 48) return false;
  let odd = 0;
  let even = 0;
  for (let i = 0; i < 9; i += 2) odd += num(d, i);
  for (let i = 1; i < 8; i += 2) even += num(d, i);
  if ((7 * odd + 9 * even) % 10 !== num(d, 9)) return false;
  return (odd + even + num(d, 9)) % 10 === num(d, 10);
}

/**
 * Israeli identity number (מספר זהות): nine digits, leading zeros written; the digits weighted 1,
 * 2, 1, 2… from the left, a product over 9 less 9, sum to a multiple of 10 (the Luhn check on nine
 * digits); not all zero. The Population and Immigration Authority publishes no formula that we
 * found. Hebrew Wikipedia ("מספר זהות (ישראל)") names a weighted-sum check digit and gives
 * 050012343, which this rule passes; the weights are those every public validator implements: a
 * secondary source only.
 */
export function ilIdValid(d: string): boolean {
  // Weights 1, 2, 1, 2… from the left of nine digits are Luhn's from the right.
  return d.length === 9 && d !== '000000000' && luhnValid(d);
}

/**
 * Greek social security number (ΑΜΚΑ): 11 digits, the first six the date of birth DDMMYY (a
 * day of 19YY or 20YY), four digits of serial (odd for men, even for women), a check digit. The
 * General Secretariat of Social Security (ΓΓΚΑ, "ΑΜΚΑ", ggka.gr/er_amka_main1.htm, as quoted by
 * pontikis/php_valid_AMKA) defines the parts; the check digit is Luhn's (mod 10) per Greek
 * Wikipedia "Αριθμός Μητρώου Κοινωνικής Ασφάλισης" and every public validator, a secondary source.
 * Sources disagree on the date's order (Microsoft Purview's AMKA type reads YYMMDD); we follow
 * the ΓΓΚΑ's DDMMYY. Greek Wikipedia adds that the first six are not always the date of birth
 * ("αν και αυτό δεν είναι πάντα ο κανόνας"), without saying that they are then no date at all; no
 * source we found (amka.gr, the ΓΓΚΑ's page, law 2084/1992 art. 64 as Wikipedia cites it) says an
 * AMKA is issued whose first six are no day: such a number is not read (T32b looked, 2026-12-03).
 */
export function grAmkaValid(d: string): boolean {
  if (d.length !== 11 || d === '00000000000') return false;
  const day = num(d, 0) * 10 + num(d, 1);
  const month = num(d, 2) * 10 + num(d, 3);
  const yy = num(d, 4) * 10 + num(d, 5);
  if (!isDate(1900 + yy, month, day) && !isDate(2000 + yy, month, day)) return false;
  return luhnValid(d);
}
