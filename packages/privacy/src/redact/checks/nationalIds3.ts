// Check rules of five more national ids (T38b, issue #14): Finland's henkilötunnus, Denmark's CPR
// number, Norway's fødselsnummer, Singapore's NRIC/FIN and Iceland's kennitala. Each says where its rule comes from and
// when we read it (asOf 2026-12-04); where the issuer publishes no formula we could read, the
// secondary source is named as such.

// This file's own charCodeAt, read through `call` (why, and why not unitAt: checks/luhn.ts).
const charCodeAt = String.prototype.charCodeAt;
const num = (s: string, i: number): number => charCodeAt.call(s, i) - 48;

/** Two ASCII digits at `i` as a number. */
const two = (d: string, i: number): number => num(d, i) * 10 + num(d, i + 1);

// Days of each month of a common year, January first (February's 29th: isDate).
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether year, month, day is a day of the Gregorian calendar, by arithmetic, with no Date made
 * for it (T39a): the Danish and Icelandic checks read the date of every run of ten digits, a
 * phone number's length (1,015 of the stream's 24,000 runs), the Norwegian of every run of eleven.
 * Each year here is 1800 or later (Date.UTC would read a year below 100 as 1900 on). The Date
 * reading is the oracle (nationalIdDates.prop.test.ts).
 *
 * @since 0.1.0
 */
export function isDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (day <= (MONTH_DAYS[month - 1] as number)) return true;
  return month === 2 && day === 29 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/**
 * Whether `d` is `n` ASCII digits (the id checks of nationalIds3/6/7 ask it first).
 *
 * @since 0.1.0
 */
export function digitsOnly(d: string, n: number): boolean {
  if (d.length !== n) return false;
  for (let i = 0; i < n; i++) {
    const c = charCodeAt.call(d, i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

// The henkilötunnus's check characters, by the remainder mod 31: the digits, then the capitals
// without G, I, O, Q and Z.
const FI_CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';

// The century each sign states. "+" the 1800s, "-" the 1900s, "A" the 2000s; since the decree in
// force 2023-01-01 also Y, X, W, V, U for the 1900s and B, C, D, E, F for the 2000s ("vuonna 2000 tai
// sen jälkeen syntyneillä kirjaimet nykyinen A ja uudet B, C, D, E, F; 1900-luvulla syntyneillä
// nykyinen yhdysmerkki (-) tai uudet kirjaimet Y, X, W, V, U; 1800-luvulla … plusmerkki (+), ei
// uusia välimerkkejä", telp.fi after DVV; dvv.fi/hetu-uudistus: "Henkilötunnuksen välimerkki
// muuttui erottelevaksi asetusmuutoksella vuonna 2023").
const FI_SIGNS = ['+', '-YXWVU', 'ABCDEF'];

/** The century the sign `c` states, or -1. */
function fiCentury(c: string): number {
  for (let k = 0; k < 3; k++) if ((FI_SIGNS[k] as string).includes(c)) return 1800 + 100 * k;
  return -1;
}

/**
 * The check character of a henkilötunnus's nine digits (DDMMYY and the individual number): the
 * nine-digit number mod 31 into "0123456789ABCDEFHJKLMNPRSTUVWXY". The century sign takes no part
 * ("Vuosisadan tunnus ei vaikuta tarkistusmerkkiin").
 *
 * @since 0.1.0
 */
export function fiHetuCheck(nine: string): string {
  return FI_CHECK.charAt(Number(nine) % 31);
}

/**
 * Finnish personal identity code (henkilötunnus), eleven characters DDMMYYCZZZQ: a date of birth,
 * the century sign C (see FI_SIGNS), the individual number ZZZ and the check character Q. DVV's
 * own example is 131052-308T (Maija Mäkinotkelma, "Mitä henkilötunnus kertoo?", DVV then VRK;
 * vrk.fi/henkilotunnus1, dvv.fi/hetu-uudistus, read 2026-12-04). The individual number is 002–899
 * for a code in the population register and 900–999 for a temporary one a hospital gives before
 * the register's (kysy.fi after the population information decree 128/2010): both name a person,
 * both are read; 000 and 001 are never given. `d` is the eleven characters, upper case.
 *
 * @since 0.1.0
 */
export function fiHetuValid(d: string): boolean {
  if (d.length !== 11) return false;
  const century = fiCentury(d.charAt(6));
  if (century < 0) return false;
  const nine = d.slice(0, 6) + d.slice(7, 10);
  if (!digitsOnly(nine, 9)) return false;
  if (two(d, 7) === 0 && num(d, 9) < 2) return false;
  if (!isDate(century + two(d, 4), two(d, 2), two(d, 0))) return false;
  return fiHetuCheck(nine) === d.charAt(10);
}

/**
 * Danish CPR number (personnummer): DDMMYY and a four-digit serial whose first digit, with the
 * year, states the century: 0–3 the 1900s; 4 and 9 the 2000s for a year 00–36, else the 1900s;
 * 5–8 the 2000s for 00–57, the 1800s for 58–99 (the table of "Personnummeret i CPR-systemet", as
 * da.wikipedia.org "CPR-nummer" gives it; cpr.dk "Opbygning af CPR-nummeret": "Kombinationen af
 * cifrene i positionerne 5, 6 og 7 angiver i hvilket århundrede personen er født"). No check
 * digit: "Indtil den 1. oktober 2007 opfyldte alle personnumre den såkaldte modulus 11 kontrol", and
 * those issued since without it "er fuldt ud gyldige" (cpr.dk, "Personnumre uden kontrolciffer",
 * updated 2023-05-10; read 2026-12-04). So only the date holds: one random run of ten digits in 28
 * passes, and a CPR number goes after its label only. `d` is ten ASCII digits.
 *
 * @since 0.1.0
 */
export function dkCprValid(d: string): boolean {
  if (!digitsOnly(d, 10)) return false;
  const yy = two(d, 4);
  const s = num(d, 6);
  let century = 1900;
  if ((s === 4 || s === 9) && yy <= 36) century = 2000;
  else if (s >= 5 && s <= 8) century = yy <= 57 ? 2000 : 1800;
  return isDate(century + yy, two(d, 2), two(d, 0));
}

// The weights of the fødselsnummer's two check digits.
const NO_K1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const NO_K2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** Σ dᵢ·wᵢ mod 11 over the weights `w` and, weighted 1, the check digit after them (0: it holds). */
function noRemainder(d: string, w: readonly number[]): number {
  let sum = num(d, w.length);
  for (let i = 0; i < w.length; i++) sum += num(d, i) * (w[i] as number);
  return sum % 11;
}

/**
 * Norwegian fødselsnummer or D-number, eleven digits: DDMMYY (a D-number's day plus 40,
 * "tillagt 4 i første posisjon", brreg.no "D-nummer"), three individual digits that with the year
 * state the century ("1854–1899 749–500; 1900–1999 499–000; 1940–1999 også 999–900; 2000–2039
 * 999–500", Skatteetaten, "Fødselsnummer", after the folkeregister regulation § 2-2), and two
 * mod-11 check digits, weights 3 7 6 1 8 9 4 5 2 and 5 4 3 2 7 6 5 4 3 2: the weighted sum with
 * the check digit a multiple of 11 ("dagens kontrollberegning … kun aksepterer sifferet 0"). From
 * 2032-01-01 new numbers will pass with a remainder of 0, 1, 2 or 3 ("Ny kontrollberegning vil
 * akseptere 0, 1, 2 og 3", Skatteetaten, "Nye fødselsnummer og d-nummer fra 2032"): none is issued
 * yet (asOf 2026-12-04), so only 0 is read; that rule passes four times as many random runs.
 * Skatteetaten publishes the weights on no page we could read: they are as every description gives
 * them (fnrinfo.no "Beregning av kontrollsiffer", with its worked 31129956715). H-numbers (month
 * plus 40, a hospital's help number) are not read: internal, not the person's number. The rule is
 * known only from a secondary source (fnrinfo.no "H-nummer": "månedsnummeret adderes med 40 …
 * skal kun brukes internt (aldri kommuniseres utad)"); the standard that defines it (Direktoratet
 * for e-helse, HIS 1001:2010, "Identifikatorer for personer") was found described but its text
 * was not (T40a): a known gap, pinned by idGaps.test.ts. `d` is eleven ASCII digits.
 *
 * @since 0.1.0
 */
export function noFnrValid(d: string): boolean {
  if (!digitsOnly(d, 11)) return false;
  let day = two(d, 0);
  if (day > 40) day -= 40;
  const yy = two(d, 4);
  const individual = num(d, 6) * 100 + two(d, 7);
  // Every century the individual number may state with this year; the date must hold in one
  // (tried in turn, no list made: this runs on every run of eleven digits).
  const month = two(d, 2);
  const dated =
    ((individual <= 499 || (individual >= 900 && yy >= 40)) && isDate(1900 + yy, month, day)) ||
    (individual >= 500 && individual <= 749 && yy >= 54 && isDate(1800 + yy, month, day)) ||
    (individual >= 500 && yy <= 39 && isDate(2000 + yy, month, day));
  if (!dated) return false;
  return noRemainder(d, NO_K1) === 0 && noRemainder(d, NO_K2) === 0;
}

// The weights of a kennitala's first eight digits.
const IS_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

/**
 * Icelandic kennitala of a person, ten digits DDMMYY RR C M: the date of birth, two digits "that
 * mean nothing" (given in order from 20, as a rule), the check digit C = 11 − Σ dᵢ·wᵢ mod 11 with
 * weights 3 2 7 6 5 4 3 2 (11 is 0; a number whose result is 10 is never given), and the century,
 * 8, 9 or 0 for the 1800s, 1900s and 2000s (Þjóðskrá, "Um kennitölur", skra.is, with its worked
 * 120160-3389; read 2026-12-04). A company's or an association's has 40 added to its day (its
 * founding date; Icelandic Wikipedia): a public number, not read. `d` is ten ASCII digits.
 *
 * @since 0.1.0
 */
export function isKennitalaValid(d: string): boolean {
  if (!digitsOnly(d, 10)) return false;
  const century = num(d, 9);
  if (century !== 8 && century !== 9 && century !== 0) return false;
  const year = (century === 0 ? 2000 : 1000 + 100 * century) + two(d, 4);
  if (!isDate(year, two(d, 2), two(d, 0))) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += num(d, i) * (IS_WEIGHTS[i] as number);
  const c = 11 - (sum % 11);
  return (c === 11 ? 0 : c) === num(d, 8);
}

// The weights of an NRIC's or FIN's seven digits; per prefix S, T, F, G, M, the constant added
// and the letters by the remainder mod 11 (M's table is its source's "KLJNPQRTUWX", read by the
// check digit 11 − r, turned to be read by r).
const SG_WEIGHTS = [2, 7, 6, 5, 4, 3, 2];
const SG_OFFSETS = [0, 4, 0, 4, 3];
const SG_LETTERS = ['JZIHGFEDCBA', 'JZIHGFEDCBA', 'XWUTRQPNMLK', 'XWUTRQPNMLK', 'XWUTRQPNJLK'];

/**
 * The check letter of an NRIC or FIN: its prefix (S, T, F, G, M) and seven digits. Σ dᵢ·wᵢ
 * (weights 2 7 6 5 4 3 2), plus 4 for T and G (the 2000s' series), plus 3 for M; the remainder r
 * mod 11 picks the letter: S and T "JZIHGFEDCBA"[r], F and G "XWUTRQPNMLK"[r], M
 * "KLJNPQRTUWX"[10 − r]. ICA publishes no formula (it licenses it); the S, T, F and G rule is as
 * every description gives it (the NUS exercise quoted on community.sgdotnet.org: S1234567 sums
 * 106, remainder 7, "D"); the M series, which ICA introduced on 2022-01-01 as "the prefix M,
 * followed by seven digits and a checksum letter" (ICA press release 2021-07-12; its
 * "M1234567B" is a picture of the shape, not a valid number), is as open-source validators write
 * its steps ("Add a weightage of three … P = 11 – R1"): a secondary source only. Read 2026-12-04.
 * `prefix` is upper case; undefined for a prefix that is none of the five.
 *
 * @since 0.1.0
 */
export function sgNricCheck(prefix: string, seven: string): string | undefined {
  const k = prefix === '' ? -1 : 'STFGM'.indexOf(prefix);
  if (k < 0) return undefined;
  let sum = SG_OFFSETS[k] as number;
  for (let i = 0; i < 7; i++) sum += num(seven, i) * (SG_WEIGHTS[i] as number);
  return (SG_LETTERS[k] as string).charAt(sum % 11);
}

/**
 * Singapore NRIC number or FIN: a prefix (S, T: citizens and permanent residents born before and
 * since 2000; F, G: foreigners before and since 2000; M: foreigners since 2022), seven digits and
 * the check letter of {@link sgNricCheck}. `d` is the nine characters, upper case.
 *
 * @since 0.1.0
 */
export function sgNricValid(d: string): boolean {
  if (d.length !== 9) return false;
  const seven = d.slice(1, 8);
  return digitsOnly(seven, 7) && sgNricCheck(d.charAt(0), seven) === d.charAt(8);
}
