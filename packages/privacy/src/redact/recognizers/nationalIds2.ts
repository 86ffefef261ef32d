// Four national ids a global desk meets every day that redact kept (T36a, issue #14): China's
// resident identity card number, Sweden's personnummer, Romania's CNP, Thailand's national id.
// Their check rules and sources: checks/nationalIds2.ts. Their labels are kept here (keywords.ts
// holds the older ids' words; these are read only by these recognizers).
import type { CountryCode } from '@meridian-cx/core';
import {
  cnRicCheck,
  cnRicValid,
  roCnpValid,
  sePinValid,
  thIdValid,
} from '../checks/nationalIds2.js';
import { contextBefore, gluedToCode, numberedAfter } from '../context.js';
import { defineRecognizer } from '../defineRecognizer.js';
import { isDigitAt } from '../digits.js';
import { ID_WORDS_IN_COUNTRY } from '../keywords.js';
import { languageOf } from '../locales.js';
import { type NumberRun, numberRuns, readsRuns } from '../runs.js';
import type { EntityType, Recognizer, RecognizerContext, RecognizerMatch } from '../types.js';
import { shopsGeneric } from './numericId.js';

/**
 * Words before each of these ids. Chinese: 身份证 / 身份證 (identity card, in 身份证号 and
 * 居民身份证), 公民身份号码 (GB 11643's name of the number). Swedish: personnummer,
 * samordningsnummer (Skatteverket's names) and the short "personnr". Romanian: CNP and "cod
 * numeric personal". Thai: บัตรประชาชน (in เลขบัตรประชาชน, "identity card number") and
 * ประจำตัวประชาชน (in เลขประจำตัวประชาชน, the number's name, and บัตรประจำตัวประชาชน, the card's).
 * Han and Thai words start anywhere: no space is written before them.
 *
 * @since 0.1.0
 */
export const ID_WORDS_2 = {
  'cn-ric': [
    '身份证',
    '身份證',
    'resident identity card',
    'chinese id',
    // T37a. Each ends where "号码" (number, a phone's label alone: keywords.ts PHONE_WORDS) ends, so
    // that at the tie the id's own label names it: "身份证号码 11010519491231002X" went out in China
    // only as a bare id and stayed elsewhere. "身份号码" ends GB 11643's 公民身份号码; "证件号码"
    // (the document's number) is how forms ask for it ("在中国大陆,证件号码一般指身份证号码",
    // dzhlxh.cn); "永久居留" and "永居证" name a foreigner's permanent residence id card, whose
    // number has the same eighteen characters since 2023-12-01 (see cnRicForeignValid).
    '身份证号码',
    '身份證號碼',
    '身份号码',
    '证件号码',
    '證件號碼',
    '证件号',
    '證件號',
    '永久居留',
    '永久居留证号码',
    '永居证',
    '永居证号码',
  ],
  'se-pin': ['personnummer', 'personnr', 'samordningsnummer', 'swedish id'],
  'ro-cnp': ['cnp', 'cod numeric personal', 'codul numeric personal'],
  // "เลขประจำตัวผู้เสียภาษี" (taxpayer identification number, T37a): a Thai person's is the national
  // id's number ("กรณีบุคคลธรรมดาไทย ให้ใช้เลขประจำตัวประชาชน", the Revenue Department's form,
  // vsreg.rd.go.th, read 2026-12-04); a company's is its register number, led by 0, which the
  // check refuses.
  'th-id': ['บัตรประชาชน', 'ประจำตัวประชาชน', 'thai id', 'เลขประจำตัวผู้เสียภาษี'],
} as const;

/**
 * English words that name each of these ids only where the customer lives in its country (T37a):
 * "ID number 1103702071811" of a Thai customer is the national id, whose check one thirteen-digit
 * run in twelve passes, so not elsewhere; nor after a shop's word ("Order ID number", "Customer ID
 * no.": numericId.ts shopsGeneric). Where the check is strong (China, Sweden, Romania) a bare one
 * goes at home already: these words add the shapes read with a label only ("ID number 110105
 * 19491231 002X"). Not "ID" alone: "ID: " labels a LINE id, a user's and a transaction's too.
 *
 * @since 0.1.0
 */
export const ID_WORDS_2_IN_COUNTRY: readonly string[] = [
  ...ID_WORDS_IN_COUNTRY,
  'national id',
  'id no.',
  'id no ',
  'id no:',
  'id card',
];

// How a shape of an id's digits names it: alone ('formatted': the Thai card's 1-4-5-2-1, which no
// other number takes), with its label or, where its check is strong, in its country ('bare'), or
// with its own label only ('labelled': a spacing that groups of other numbers also give).
type Mode = 'formatted' | 'bare' | 'labelled';

/** One id: its type, labels, country, shapes and check, and the other prints it has. */
type IdSpec = {
  readonly id: string;
  readonly type: EntityType;
  readonly placeholder: string;
  readonly words: readonly string[];
  /** Its words and ID_WORDS_2_IN_COUNTRY: the labels read where the customer is from `country`. */
  readonly home: readonly string[];
  readonly country: CountryCode;
  readonly shapes: ReadonlyMap<string, Mode>;
  /** The digit counts of its shapes, a bit per count. */
  readonly lengths: number;
  readonly valid: (digits: string) => boolean;
  /** A rule a number may pass instead, that counts only right after the id's own label. */
  readonly validLabelled: (digits: string) => boolean;
  /** Whether a bare one counts in its country with no label: only where the check holds a date. */
  readonly bareInCountry: boolean;
  /** The Chinese id's X check character after seventeen digits ("…002X", "…００２Ｘ"). */
  readonly x: boolean;
  /** The Swedish "+" of one past 100 ("811228+9874"), which the runs read as two. */
  readonly plus: boolean;
  /**
   * Languages (two-letter codes) in which some of its words name another country's id too, and
   * the words that are its alone there: Danish and Norwegian "personnummer" is the CPR's and the
   * fødselsnummer's label (nationalIds3.ts), so a Danish text's "personnummer 010190-1007", whose
   * ten digits pass Luhn by chance (one in ten), is the CPR. Such a label still names it, a little
   * less surely (0.9, the CPR's own 0.95 wins the tie): a Swede's "850412-1234" after a Danish
   * "personnummer" is no CPR (no 85th of April) and goes as Sweden's. Where the customer is from
   * the id's country its words read as ever.
   */
  readonly sharedIn: readonly string[];
  readonly wordsThere: readonly string[];
};

/** Whether the unit at `i` of the shadow is X or x, ASCII or fullwidth (Ｘ, ｘ). */
function isX(s: string, i: number): boolean {
  const c = s.charCodeAt(i) | 0x20;
  return c === 0x78 || c === 0xff58;
}

/** Whether a letter or a digit stands at `i` (no word ends there). */
function wordAt(s: string, i: number): boolean {
  return i < s.length && /[\p{L}\p{N}]/u.test(s.charAt(i));
}

/** Whether four digits, and no letter or digit after them, stand at `i`. */
function fourAt(s: string, i: number): boolean {
  return (
    isDigitAt(s, i) &&
    isDigitAt(s, i + 1) &&
    isDigitAt(s, i + 2) &&
    isDigitAt(s, i + 3) &&
    !wordAt(s, i + 4)
  );
}

/**
 * The ids of `spec` in the context. A run of one of its shapes (or its other print: the X, the
 * "+") whose check holds goes after its own label (0.95), in its printed shape anywhere (0.85),
 * bare in its country with no label or a phone's when its check is strong (0.7); never glued to a
 * code, after an order's, invoice's or tracking word, or before the words that name a reference.
 * One function for the four ids (as numericId.ts has one for the older ones): one compilation.
 */
function findIds(spec: IdSpec, context: RecognizerContext): RecognizerMatch[] {
  const found: RecognizerMatch[] = [];
  const s = context.shadow;
  for (const run of numberRuns(context) as readonly NumberRun[]) {
    const n = run.digitCount;
    let end = run.end;
    let mode: Mode | undefined;
    let digits: string;
    if (n < 32 && ((spec.lengths >>> n) & 1) === 1 && run.groupCount <= 5) {
      mode = spec.shapes.get(run.shape);
      if (mode === undefined) continue;
      digits = run.digits;
    } else if (spec.x && n === 17 && end < s.length && isX(s, end) && !wordAt(s, end + 1)) {
      if (run.groupCount !== 1 && run.shape !== '6 8 3') continue;
      mode = run.groupCount === 1 ? 'bare' : 'labelled';
      digits = `${run.digits}X`;
      end++;
    } else if (spec.plus && n === 6 && end < s.length && s.charCodeAt(end) === 43) {
      if (run.groupCount !== 1) continue;
      if (!fourAt(s, end + 1)) continue;
      mode = 'bare';
      digits = run.digits + s.slice(end + 1, end + 5);
      end += 5;
    } else continue;
    if (!spec.valid(digits)) {
      // A number of the weaker rule (a Chinese id of fifteen digits, a foreigner's): its label only.
      if (!spec.validLabelled(digits)) continue;
      mode = 'labelled';
    }
    const confidence = confidenceOf(spec, context, run.start, end, mode);
    if (confidence > 0) found.push({ start: run.start, end, confidence });
  }
  return found;
}

/**
 * How sure an id whose check holds at [start, end) is, by its label and its print (see findIds);
 * 0: not an id. Apart from findIds: few runs get here, and the first that read a label other than
 * its own once made V8 throw findIds's optimised code away and compile it again (--trace-deopt:
 * "Insufficient type feedback for call"), a cost of every process.
 */
function confidenceOf(
  spec: IdSpec,
  context: RecognizerContext,
  start: number,
  end: number,
  mode: Mode,
): number {
  const s = context.shadow;
  if (gluedToCode(s, start, end)) return 0;
  const home = context.country === spec.country;
  let label = contextBefore(context, start, home ? spec.home : spec.words);
  // "Customer ID number: …" at home: the shop's number, not the id ("id number" is generic).
  if (label === 'own' && home && shopsGeneric(s, start, spec.words, ID_WORDS_2_IN_COUNTRY))
    label = 'reference';
  if (label === 'own') return home || !sharedLabel(spec, context, start) ? 0.95 : 0.9;
  if (label === 'reference' || numberedAfter(s, end)) return 0;
  if (mode === 'formatted') return 0.85;
  if (mode === 'bare' && spec.bareInCountry && home && (label === 'none' || label === 'phone'))
    return 0.7;
  return 0;
}

/**
 * Whether the own label before `start` is one that names another id too in the text's language
 * (see IdSpec's sharedIn).
 */
function sharedLabel(spec: IdSpec, context: RecognizerContext, start: number): boolean {
  if (spec.sharedIn.length === 0) return false;
  if (!spec.sharedIn.includes(languageOf(context.locale))) return false;
  return contextBefore(context, start, spec.wordsThere) !== 'own';
}

/** A recognizer of the id `spec` describes (shapes as an object; see IdSpec). */
function idRecognizer(
  spec: Omit<
    IdSpec,
    'shapes' | 'lengths' | 'x' | 'plus' | 'home' | 'validLabelled' | 'sharedIn' | 'wordsThere'
  > &
    Partial<Pick<IdSpec, 'x' | 'plus' | 'validLabelled' | 'sharedIn' | 'wordsThere'>> & {
      readonly shapes: Readonly<Record<string, Mode>>;
    },
): Recognizer {
  const shapes = new Map(Object.entries(spec.shapes));
  let lengths = 0;
  for (const shape of shapes.keys())
    lengths |= 1 << shape.split(/[ .-]/).reduce((sum, part) => sum + Number(part), 0);
  // Every field set, in one order: the four specs share one hidden class in findIds.
  const full: IdSpec = {
    id: spec.id,
    type: spec.type,
    placeholder: spec.placeholder,
    words: spec.words,
    home: [...spec.words, ...ID_WORDS_2_IN_COUNTRY],
    country: spec.country,
    shapes,
    lengths,
    valid: spec.valid,
    validLabelled: spec.validLabelled ?? never,
    bareInCountry: spec.bareInCountry,
    x: spec.x === true,
    plus: spec.plus === true,
    sharedIn: spec.sharedIn ?? [],
    wordsThere: spec.wordsThere ?? spec.words,
  };
  return readsRuns(
    defineRecognizer({
      id: full.id,
      type: full.type,
      placeholder: full.placeholder,
      find: findIds.bind(undefined, full),
    }),
    // Its counts, the X's seventeen digits and the "+"'s six.
    full.lengths | (full.x ? 1 << 17 : 0) | (full.plus ? 1 << 6 : 0),
  );
}

/** No number: the weaker rule of an id that has none. */
const never = (_digits: string): boolean => false;

/** Whether a year, month, day is a day of the Gregorian calendar. */
function isDay(year: number, month: number, day: number): boolean {
  return (
    month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
  );
}

/** Two ASCII digits at `i` as a number. */
const two = (d: string, i: number): number =>
  (d.charCodeAt(i) - 48) * 10 + d.charCodeAt(i + 1) - 48;

/**
 * A Chinese id of the first generation (第一代居民身份证), fifteen digits: the six-digit address
 * code (first digit 1–8, as the eighteen-digit number's), the date of birth YYMMDD of the 1900s
 * and a three-digit sequence; no check digit (blog.csdn.net/sptoor/article/details/19153383,
 * "15位与18位身份证号码有什么区别和联系": "15位身份证号没有效验码和出生年份的'19'"). Retired as a
 * document since 2013-01-01 ("第一代居民身份证已经于2013年1月1日正式退出", eebang.com), it is
 * still its holder's number: the eighteen-digit one is made from it (the year's "19" put in, a
 * check character after), so one old record gives the other away. Three random runs of fifteen
 * digits in a hundred pass: after its own label only.
 *
 * @since 0.1.0
 */
export function cnRic15Valid(d: string): boolean {
  if (d.length !== 15) return false;
  const first = d.charCodeAt(0) - 48;
  return first >= 1 && first <= 8 && isDay(1900 + two(d, 6), two(d, 8), two(d, 10));
}

/**
 * The number of a foreigner's permanent residence id card (外国人永久居留身份证) since 2023-12-01:
 * eighteen characters as a citizen's, its first digit "9" (a citizen's is 1–8), its last the same
 * ISO 7064 MOD 11-2 check character ("新版永居证号码首位设置为'9'…最后一位采用 MOD11-2 算法设置为
 * 校验码,与公民身份号码校验方式相同", National Immigration Administration's machine-reading rules
 * (2023), as eastcoms.com published them on 2023-10-20). Where a date of birth stands in it was not
 * found in a source, so none is read: one random run in 110 passes, after its own label only.
 *
 * @since 0.1.0
 */
export function cnRicForeignValid(d: string): boolean {
  return d.length === 18 && d.charCodeAt(0) === 57 && cnRicCheck(d.slice(0, 17)) === d.charAt(17);
}

/**
 * Chinese citizen identification number (公民身份号码), 18 characters: an address code led by 1–8,
 * a date of birth (1900–2099) and an ISO 7064 MOD 11-2 check character, a digit or X (about one
 * random 18-digit run in 19,000 passes): bare in China, as a PESEL is in Poland; after its label
 * elsewhere. Spaced 6 8 4 ("110105 19491231 002X"), with its label only; so are the first
 * generation's fifteen digits ({@link cnRic15Valid}) and a foreigner's permanent residence id
 * ({@link cnRicForeignValid}), under the same type: each is a Chinese resident's id number.
 *
 * @since 0.1.0
 */
export const cnRicRecognizer: Recognizer = /* @__PURE__ */ idRecognizer({
  id: 'cn-ric',
  type: 'cn-ric',
  placeholder: '[CN_RIC]',
  words: ID_WORDS_2['cn-ric'],
  country: 'CN',
  // Fifteen digits, the first generation's number, and a foreigner's eighteen led by "9": after
  // its label only (validLabelled).
  shapes: { '18': 'bare', '6 8 4': 'labelled', '15': 'labelled' },
  valid: cnRicValid,
  validLabelled: (d) => (d.length === 15 ? cnRic15Valid(d) : cnRicForeignValid(d)),
  bareInCountry: true,
  x: true,
});

/**
 * Swedish personnummer and samordningsnummer: YYMMDD-NNNC ("+" from the year its holder turns
 * 100), unbroken, or with the century, YYYYMMDD-NNNC; a date and Luhn's check digit (about one
 * random run of ten digits in 140 passes). Bare in Sweden; after its label elsewhere:
 * "811228-9874" is a date-led reference's shape too. Spaced 6 4, with its label only.
 *
 * @since 0.1.0
 */
export const sePinRecognizer: Recognizer = /* @__PURE__ */ idRecognizer({
  id: 'se-pin',
  type: 'se-pin',
  placeholder: '[SE_PIN]',
  words: ID_WORDS_2['se-pin'],
  country: 'SE',
  shapes: { '6-4': 'bare', '10': 'bare', '8-4': 'bare', '12': 'bare', '6 4': 'labelled' },
  valid: sePinValid,
  bareInCountry: true,
  plus: true,
  sharedIn: ['da', 'nb', 'nn', 'no'],
  wordsThere: ['samordningsnummer', 'swedish id'],
});

/**
 * Romanian personal numeric code (CNP): 13 digits, sex and century, a date of birth, a county, a
 * serial and a control digit (about one random run of thirteen digits in 620 passes): bare in
 * Romania, as a PESEL is in Poland; after its label elsewhere.
 *
 * @since 0.1.0
 */
export const roCnpRecognizer: Recognizer = /* @__PURE__ */ idRecognizer({
  id: 'ro-cnp',
  type: 'ro-cnp',
  placeholder: '[RO_CNP]',
  words: ID_WORDS_2['ro-cnp'],
  country: 'RO',
  shapes: { '13': 'bare' },
  valid: roCnpValid,
  bareInCountry: true,
});

/**
 * Thai national id (เลขประจำตัวประชาชน): 13 digits, the first 1–8, and a mod-11 check digit,
 * nothing else to check (one random run of thirteen digits in 12 passes): bare, after its label
 * only, in Thailand too. Printed as its card prints it, 1-2345-67890-12-1, a shape no other
 * number takes, it goes anywhere; spaced so, with its label only.
 *
 * @since 0.1.0
 */
export const thIdRecognizer: Recognizer = /* @__PURE__ */ idRecognizer({
  id: 'th-id',
  type: 'th-id',
  placeholder: '[TH_ID]',
  words: ID_WORDS_2['th-id'],
  country: 'TH',
  shapes: { '13': 'bare', '1-4-5-2-1': 'formatted', '1 4 5 2 1': 'labelled' },
  valid: thIdValid,
  bareInCountry: false,
});
