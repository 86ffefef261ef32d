// Structure rules of the national ids the last round left unread (T63c, issue #14): Indonesia's
// NIK, Egypt's national number, Vietnam's personal identification number (the CCCD's), Morocco's
// CIN, Colombia's cédula, Peru's DNI, Georgia's personal number and Germany's Steuernummer. None
// of them has a check digit whose rule its issuer publishes: what is read is their structure (a
// region's code, a real birth date, a century's digit), and where even that is missing, only the
// digit count, which is why their recognizers read most of them after a label only. Each says
// where its rule comes from and when we read it (asOf 2026-12-05); the secondary sources are
// named as such, and where they disagree, both are.
import { digitsOnly, isDate } from './nationalIds3.js';

// This file's own charCodeAt, read through `call` (why, and why not unitAt: checks/luhn.ts).
const charCodeAt = String.prototype.charCodeAt;
const num = (s: string, i: number): number => charCodeAt.call(s, i) - 48;

/** Two ASCII digits at `i` as a number. */
const two = (d: string, i: number): number => num(d, i) * 10 + num(d, i + 1);

/** Whether DD MM YY is a real date in the 1900s or the 2000s (the century is not written). */
function dateOfEitherCentury(day: number, month: number, yy: number): boolean {
  return isDate(1900 + yy, month, day) || isDate(2000 + yy, month, day);
}

/**
 * Indonesia's NIK (Nomor Induk Kependudukan), its sixteen digits `d`: the region where it was
 * first registered (the province's two digits, the regency's or city's two, the district's two),
 * the birth date DDMMYY with 40 added to the day for a woman, and a serial of four from 0001
 * (dukcapil.klaten.go.id "Arti 16 digit Nomor Induk Kependudukan", a Dukcapil office's page; the
 * Director General's confirmation quoted by jakarta.tribunnews.com 2023-08-29). The province's
 * first digit names its island group, 1 to 9 without 4 (Sumatra 1, Riau Islands 2, Java 3, the
 * Lesser Sunda Islands 5, Kalimantan 6, Sulawesi 7, Maluku 8, Papua 9), its second is 1 to 9,
 * and regencies and districts count from 01 (Permendagri 56/2015 as wiki-indonesia.club "Kode
 * wilayah administrasi di Indonesia" restates it). No check digit. Read 2026-12-05.
 *
 * @since 0.1.0
 */
export function idNikValid(d: string): boolean {
  if (!digitsOnly(d, 16)) return false;
  const island = num(d, 0);
  if (island === 0 || island === 4 || num(d, 1) === 0) return false;
  if (two(d, 2) === 0 || two(d, 4) === 0 || two(d, 12) * 100 + two(d, 14) === 0) return false;
  let day = two(d, 6);
  if (day > 40) day -= 40;
  return dateOfEitherCentury(day, two(d, 8), two(d, 10));
}

/**
 * The governorate codes of Egypt's national number: 01–04 the city governorates (Cairo,
 * Alexandria, Port Said, Suez), 11–19 and 21–29 those of the Delta and Upper Egypt, 31–35 the
 * frontier governorates, 88 born abroad (the list of codereview.stackexchange.com question
 * 221899, matching the Arabic lists of almwaten.com 2017-08-20 and zahraa.mr: secondary sources;
 * no text of the Civil Status Organization's giving them could be read). Read 2026-12-05.
 *
 * @since 0.1.0
 */
export function egGovernorateValid(code: number): boolean {
  return (
    (code >= 1 && code <= 4) ||
    (code >= 11 && code <= 19) ||
    (code >= 21 && code <= 29) ||
    (code >= 31 && code <= 35) ||
    code === 88
  );
}

/**
 * Egypt's national number (الرقم القومي), its fourteen digits `d`: the century of birth (2 the
 * 1900s, 3 the 2000s), YYMMDD the birth date, the governorate of birth ({@link
 * egGovernorateValid}), a serial of four whose last is odd for a man and even for a woman, and a
 * last digit the Ministry of the Interior adds (en.wikipedia.org "Egyptian National Identity
 * Card"; kenanaonline.com's description of the number, C YY MM DD XX ZZZZ). That last digit's rule
 * is published by no source read, and the secondary ones disagree on what it is (a check digit
 * "1 to 9", a code the Ministry keeps): it is not read. Read 2026-12-05.
 *
 * @since 0.1.0
 */
export function egNidValid(d: string): boolean {
  if (!digitsOnly(d, 14)) return false;
  const century = num(d, 0);
  if (century !== 2 && century !== 3) return false;
  if (!egGovernorateValid(two(d, 7))) return false;
  return isDate((century === 2 ? 1900 : 2000) + two(d, 1), two(d, 3), two(d, 5));
}

/**
 * The codes of Vietnam's provinces and centrally run cities where a citizen's birth was
 * registered, as Circular 07/2016/TT-BCA's appendix 1 lists them (001 Hà Nội … 096 Cà Mau; the
 * table as lawnet.vn's answer of 2018-10-08 and moinhat123.blogspot.com copy it: the circular's
 * own text could not be read). Read 2026-12-05.
 *
 * @since 0.1.0
 */
export const VN_PROVINCES: readonly number[] = [
  1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33, 34, 35, 36, 37, 38,
  40, 42, 44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72, 74, 75, 77, 79,
  80, 82, 83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96,
];

/**
 * Vietnam's personal identification number (số định danh cá nhân, the number on the CCCD, the
 * citizen identity card since 2016, and on the căn cước card since 2024), its twelve digits `d`:
 * the province of the birth's registration ({@link VN_PROVINCES}), the century and sex (0 a man
 * and 1 a woman born in the 1900s, 2 and 3 in the 2000s: later centuries' codes name no one born
 * yet), the year's two digits, and six random ones (Decree 137/2015/NĐ-CP art. 13 and Circular
 * 07/2016/TT-BCA art. 7, as lawnet.vn quotes them). No check digit. Read 2026-12-05.
 *
 * @since 0.1.0
 */
export function vnCccdValid(d: string): boolean {
  if (!digitsOnly(d, 12)) return false;
  return VN_PROVINCES.includes(num(d, 0) * 100 + two(d, 1)) && num(d, 3) <= 3;
}

/**
 * Morocco's CIN (carte nationale d'identité), `s` as written, in capitals: one or two letters
 * (the issuing region's) and five or six digits ("BE123456", "J123456"). No text of the DGSN's
 * giving the number's structure could be read, and the secondary sources disagree: validators'
 * code reads one letter and six digits or two and five (one two-letter list), others one to two
 * letters and five to eight digits, or one to three letters and six; one reads eleven digits (the
 * CNIE's card number, not the CIN). We read the prints those sources share, one or two letters
 * and five or six digits, and after a label only. Read 2026-12-05.
 *
 * @since 0.1.0
 */
export function maCinValid(s: string): boolean {
  let letters = 0;
  while (letters < s.length && s.charCodeAt(letters) >= 65 && s.charCodeAt(letters) <= 90)
    letters++;
  if (letters < 1 || letters > 2) return false;
  const digits = s.length - letters;
  return (digits === 5 || digits === 6) && digitsOnly(s.slice(letters), digits);
}

/**
 * Colombia's cédula de ciudadanía, its digits `d`: a number the Registraduría gives in the order
 * of issue, with no check digit (the DIAN's check digit is the NIT's, not the cédula's). Ten
 * digits since 2000s' issues (renovarpapeles.co), fewer on older cards (laregional.net on the
 * numbering's changes since 1952; secondary sources: no text of the Registraduría's giving the
 * digit counts could be read): six to ten here. Read 2026-12-05.
 *
 * @since 0.1.0
 */
export function coCedulaValid(d: string): boolean {
  return d.length >= 6 && d.length <= 10 && digitsOnly(d, d.length) && d.charCodeAt(0) !== 48;
}

/**
 * Peru's DNI (Documento Nacional de Identidad) number, its eight digits `d`: given in order since
 * the electoral register's numbers of 1996 (larepublica.pe 2021-12-10, quoting RENIEC). The
 * "dígito de verificación" printed after it is RENIEC's and its algorithm unpublished ("un
 * algoritmo matemático", RENIEC's director of identification to La República, 2023-04-24): not
 * read, and a letter (documents to 2007) is not part of the number. Read 2026-12-05. Sources
 * disagree (T65c): python-stdnum's `stdnum/pe/cui.py` computes it (weights 3, 2, 7, 6, 5, 4, 3, 2,
 * the sum mod 11 as a digit or a letter) citing only gob.pe's and Wikipedia's pages, which give no
 * rule; RENIEC's director called it a digit RENIEC chooses at random (La República, 2022-02-01)
 * and "un algoritmo matemático aleatorio" (2025-02-22). No rule from RENIEC: the digit stays
 * unread, and a wrong one cannot release a labelled DNI.
 *
 * @since 0.1.0
 */
export function peDniValid(d: string): boolean {
  return digitsOnly(d, 8);
}

/**
 * Georgia's personal number (პირადი ნომერი), its eleven digits `d`, which the Public Service
 * Development Agency gives for life (openbf.info, quoting the Agency's rules; tin-check.com names
 * eleven digits). No structure of it is published by any source read (tin-check.com's reading of
 * a birth date in it is no one else's): only its count is read. Read 2026-12-05.
 *
 * @since 0.1.0
 */
export function geIdValid(d: string): boolean {
  return digitsOnly(d, 11);
}

/**
 * The digit groups of each German state's print of the Steuernummer (Standardschema der Länder:
 * F the tax office, B the district, U the taxpayer's, P a check digit), as Lexware's guide to
 * ELSTER's federal schema lists them with an example each (programmhilfe.lexware.de "Aufbau der
 * Steuernummer"; the same table in lexoffice's and grundsteuerloesung's guides): 5/5
 * Baden-Württemberg (93815/08152), 3/3/5 Bavaria, Brandenburg, Hesse (0FF), Mecklenburg-Western
 * Pomerania, Saarland, Saxony, Saxony-Anhalt, Thuringia (181/815/08155), 2/3/5 Berlin, Bremen,
 * Hamburg, Lower Saxony, Schleswig-Holstein (21/815/08150), 3/4/4 North Rhine-Westphalia
 * (133/8150/8159), 2/3/4/1 Rhineland-Palatinate (22/815/0815/4). Read 2026-12-05.
 *
 * @since 0.1.0
 */
export const DE_STNR_SHAPES: readonly (readonly number[])[] = [
  [5, 5],
  [3, 3, 5],
  [2, 3, 5],
  [3, 4, 4],
  [2, 3, 4, 1],
];

/**
 * The first digits of the thirteen-digit Steuernummer of ELSTER's federal schema, by state (the
 * Bundesfinanzamtsnummer's first one or two): 28 Baden-Württemberg, 9 Bavaria, 11 Berlin, 3
 * Brandenburg, Saxony and Saxony-Anhalt, 24 Bremen, 22 Hamburg, 26 Hesse, 4
 * Mecklenburg-Western Pomerania and Thuringia, 23 Lower Saxony, 5 North Rhine-Westphalia, 27
 * Rhineland-Palatinate, 1 Saarland, 21 Schleswig-Holstein (the table of {@link DE_STNR_SHAPES}'s
 * sources). Read 2026-12-05.
 *
 * @since 0.1.0
 */
export const DE_STNR_PREFIXES: readonly string[] = [
  '28',
  '9',
  '11',
  '3',
  '24',
  '22',
  '26',
  '4',
  '23',
  '5',
  '27',
  '1',
  '21',
];

/**
 * Germany's Steuernummer in ELSTER's federal schema, its thirteen digits `d`: the four-digit
 * Bundesfinanzamtsnummer (a state's prefix of {@link DE_STNR_PREFIXES} and the tax office's), a
 * 0, and the state print's other eight digits (gt.docs.rechtlogisch.de "ELSTER Steuernummer";
 * Lexware's table). Its last digit is a check digit whose rule differs by state and is given in
 * ELSTER's "Prüfung der Steuer- und Steueridentifikationsnummer", which could not be read here: it
 * is not checked. The Steuernummer names a taxpayer to the tax office (a person's, or a
 * business's: stb-castor.de calls it the tax office's "Kundennummer"): a personal identifier,
 * typed apart from the Steuer-IdNr (de-tax-id), which replaces it for people in time. Read
 * 2026-12-05.
 *
 * @since 0.1.0
 */
export function deStnrFederalValid(d: string): boolean {
  if (!digitsOnly(d, 13) || d.charCodeAt(4) !== 48) return false;
  return DE_STNR_PREFIXES.some((p) => d.startsWith(p));
}

/**
 * Whether `groups` (the digit groups of a print, in order) is a state's print of the Steuernummer
 * ({@link DE_STNR_SHAPES}); the check digit is not read (see {@link deStnrFederalValid}).
 *
 * @since 0.1.0
 */
export function deStnrStateValid(groups: readonly string[]): boolean {
  for (const shape of DE_STNR_SHAPES) {
    if (shape.length !== groups.length) continue;
    let k = 0;
    while (k < shape.length && digitsOnly(groups[k] as string, shape[k] as number)) k++;
    if (k === shape.length) return true;
  }
  return false;
}
