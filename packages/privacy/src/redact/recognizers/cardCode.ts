// A card's verification code (T61d, issue #14): the three or four digits printed on the back of a
// Visa, Mastercard, Discover or JCB card (four on the front of an Amex) that a customer types
// beside the card's number, or alone, when a shop asks for them. PCI DSS v4.0 counts it among the
// sensitive authentication data, never to be kept after authorisation even when encrypted
// (requirement 3.3.1; its glossary, "Card Verification Code or Value", read 2026-12-05), where the
// card's expiry date is cardholder data that may be kept (3.2, 3.3's table): the code goes, the
// date stays (docs/privacy.md).
//
// Three or four digits are everywhere (an order, a year, a quantity), so the code goes only where
// it is told: right after its label, or bare after a card and its expiry ("4111 1111 1111 1111 /
// 12/27 / 123", as a customer copies a card's three fields). Read from the shadow, so Persian and
// Arabic-Indic digits are read as ASCII ones.
import { luhnValid } from '../checks/luhn.js';
import { isGlueLetter } from '../context.js';
import { defineRecognizer } from '../defineRecognizer.js';
import { type NumberRun, numberRuns, readsRuns } from '../runs.js';
import type { Recognizer, RecognizerContext, RecognizerMatch } from '../types.js';
import { bareCodeAfterCard } from './cardData.js';

/**
 * The code's names before its digits (asOf 2026-12-05), case-insensitive. The networks' own:
 * CVV2 (Visa, Discover), CVC2 (Mastercard), CID (Amex, Discover), CAV2 (JCB), CSC (Amex's "card
 * security code"), as PCI DSS's glossary lists them; "CV2", "CVV", "CVC" as shops and customers
 * write them. In the desk's languages, as the issuers' and
 * shops' card forms print it: "security code", "código de seguridad" (es), "código de segurança"
 * (pt), "codice di sicurezza" (it), "Prüfnummer" and "Kartenprüfnummer" (de), "cryptogramme
 * (visuel)" (fr), "güvenlik kodu" (tr), "код безопасности" (ru), "セキュリティコード" (ja), "安全码"
 * (zh), "보안코드" (ko), "رمز الأمان" and "رمز التحقق من البطاقة" (ar; wukihow.com/arz "What is a
 * CVV number", zavarovanjeterjatev.si's Arabic CVC page); in Polish, Persian, Chinese and Korean
 * the code is named by the Latin acronym after the language's "code" or before its "number" ("kod
 * CVV", "کد CVV2", "CVV 码", "CVC 번호"). Not "PIN": a card's PIN is sensitive authentication data
 * too, but "PIN code" names a parcel locker's, an app's or a SIM's code as often (docs/privacy.md).
 *
 * The label (at a word's start: labelEnds), a second name after a slash ("CVV/CVC: 204"), a noun
 * ("number", "码", "번호", Persian "کارت من", my card), a verb ("is", "es", "est", "ist", Arabic
 * "هو"), then a colon, "=", "#" or a dash, and the digits. Read at the end of the 48 units before
 * a run, the window a label for personal data may stand in (context.ts OWN_WINDOW). A literal, so
 * redos.test.ts checks it.
 */
const CODE_LABEL =
  /(?:cvv2?|cvc2?|cv2|cav2|cid|csc|card verification (?:code|value|number)|(?:card )?security code|c[oó]digo de seguridad|c[oó]digo de seguran[cç]a|codice di sicurezza|(?:karten)?pr[uü]fnummer|cryptogramme(?: visuel)?|g[uü]venlik kodu|код безопасности|セキュリティ ?コード|安全码|安全碼|보안 ?코드|رمز الأمان|رمز التحقق من البطاقة)(?:[ \t]*\/[ \t]*(?:cvv2?|cvc2?|cid))?(?:[ \t]+(?:code|number|no\.?|nr\.?|num[eé]ro|nummer|kod|код|رقم|کارت(?: من)?)|[ \t]*(?:码|碼|번호))?(?:[ \t]+(?:is|es|est|ist|è|é|jest|هو|هي))?[ \t]*(?:[:：=#-][ \t]*)?$/i;
const WINDOW = 48;

/**
 * The last words of every label, noun and verb of CODE_LABEL, in lower case: the word
 * right before a code's digits (and its colon) is one of them, or ends with one of
 * {@link LAST_ENDINGS} (a word of Han, kana or Hangul runs on unspaced). Asked before the window's
 * expression: most runs of three or four digits stand after another word (a year, an order, a
 * time), and a scan of every text with such a run for a label's piece cost 4% of redact's time on
 * the bench's corpus (ab.ts), the expression before each run about as much.
 *
 * @since 0.1.0
 */
export const LAST_WORDS: ReadonlySet<string> = new Set([
  ...['cvv', 'cvv2', 'cvc', 'cvc2', 'cv2', 'cav2', 'cid', 'csc', 'code', 'value', 'number'],
  ...['seguridad', 'segurança', 'seguranca', 'sicurezza', 'prüfnummer', 'prufnummer'],
  ...['kartenprüfnummer', 'kartenprufnummer', 'cryptogramme', 'visuel', 'kodu', 'безопасности'],
  ...['no', 'nr', 'numero', 'número', 'numéro', 'nummer', 'kod', 'код', 'رقم', 'کارت', 'من'],
  ...['is', 'es', 'est', 'ist', 'è', 'é', 'jest', 'هو', 'هي', 'الأمان', 'البطاقة'],
]);
/**
 * The endings a label's last word of Han, kana or Hangul has where it runs on unspaced ("安全码",
 * "CVV码", "セキュリティコード", "보안코드", "CVC번호"): read with {@link LAST_WORDS}.
 *
 * @since 0.1.0
 */
export const LAST_ENDINGS = /(?:码|碼|コード|코드|번호|セキュリティ)$/;
// The last unit of each of LAST_ENDINGS, which a word of Han, kana or Hangul ends with.
const ENDINGS_LAST = '码碼ド드호ィ';

/**
 * The units a word may end with and, lowered, be one of {@link LAST_WORDS} or end with one of
 * {@link LAST_ENDINGS}: each word's last unit in either case ("cvv", "CVV"; "код", "КОД"), and the
 * endings'. Asked before the word is cut and lowered (T68b): the ASCII test alone let every word
 * of another script through, and the bench's messages in Japanese, Arabic and Hindi, none with a
 * code, cut and lowered the word before each of their runs of three or four digits. A property
 * (cardCode.prop.test.ts) reads every unit: none outside the set lowers to one inside it.
 *
 * @since 0.1.0
 */
export const LAST_UNITS: ReadonlySet<number> = /* @__PURE__ */ (() => {
  const units = new Set<number>();
  for (const word of [...LAST_WORDS, ...ENDINGS_LAST]) {
    const last = word.charAt(word.length - 1);
    for (const form of [last, last.toUpperCase()])
      if (form.length === 1) units.add(form.charCodeAt(0));
  }
  return units;
})();

/** Whether `c` is a separator between a label and its digits (space, tab, ":", "：", "=", "#", "-", "."). */
function labelGap(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 58 || c === 0xff1a || c === 61 || c === 35 || c === 45 || c === 46
  );
}

/** Whether `c` is part of a word (an ASCII letter or digit, or any unit past ASCII but a gap). */
function wordUnit(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122) || (c >= 0x80 && c !== 0xff1a)
  );
}

/**
 * Whether the word before `start` of `s` (past its gap, at most 24 units back) may end a label
 * ({@link LAST_WORDS}): the cheap question asked before the label's expression.
 *
 * @since 0.1.0
 */
export function mayEndLabel(s: string, start: number): boolean {
  let end = start;
  while (end > 0 && start - end < 6 && labelGap(s.charCodeAt(end - 1))) end--;
  let from = end;
  while (from > 0 && end - from < 24 && wordUnit(s.charCodeAt(from - 1))) from--;
  if (from === end) return false;
  // A word ends with a unit some word of LAST_WORDS or LAST_ENDINGS ends with ("in 2026", "of
  // 300", "by 1200", "番号12345" stop here, with no copy of the word).
  if (!LAST_UNITS.has(s.charCodeAt(end - 1))) return false;
  const word = s.slice(from, end).toLowerCase();
  return LAST_WORDS.has(word) || LAST_ENDINGS.test(word);
}

/** Whether a label ends `window` (see CODE_LABEL) at a word's start ("acid 123" is none). */
function labelEnds(window: string): boolean {
  const m = CODE_LABEL.exec(window);
  return m !== null && !glued(window, m.index - 1);
}

// A card's digits (13 to 19, spaced or dashed), its expiry (a month and a two- or four-digit year
// with a slash, after an expiry's word or none) between separators, and 3 or 4 digits alone: the
// code a customer copies after them. Not a date's day and month before its year ("card 5555 5555
// 5555 4444, delivered 04/12/2026": the year is no code), nor after another word.
const CARD_EXPIRY_CODE =
  /^(\d(?:[ -]?\d){12,18})[ \t,;|/-]{1,4}(?:(?:exp(?:iry|ires|iration)?|valid(?: thru| until)?|vence|validade|caducidad|g[uü]ltig bis|scadenza|有効期限)\.?:?[ \t]?)?(?:0?[1-9]|1[0-2])[ \t]?\/[ \t]?(?:20)?\d\d(?![/.-]\d)[ \t,;|/-]{1,4}(\d{3,4})/i;

/**
 * Whether the unit at `k` of `shadow` is a digit or a letter that glues (a code glued to a word is
 * none; a character of Han or kana does not glue, "安全码741"). No expression with Unicode classes:
 * each cost its compiling in every process (instructions.sh).
 */
function glued(shadow: string, k: number): boolean {
  // Nothing glues outside the text: a read past its end (a code that ends it) threw findCodes'
  // compiled code away (--trace-deopt "out of bounds", T62a).
  if (k < 0 || k >= shadow.length) return false;
  const c = shadow.charCodeAt(k);
  return (c >= 48 && c <= 57) || isGlueLetter(shadow.charAt(k));
}

function findCodes(context: RecognizerContext): RecognizerMatch[] {
  const s = context.shadow;
  const found: RecognizerMatch[] = [];
  // The first "/" at or after the last run's end that a card's expiry asked about (-1: none left):
  // one search of the text a call, not a read of the 25 units after every card-length run (a
  // quarter of this function's instructions on the bench's corpus, where most have none, T69c).
  let slash = -2;
  for (const run of numberRuns(context) as readonly NumberRun[]) {
    const n = run.digitCount;
    if (n >= 13) {
      // A card and its code bare after it (cardData.ts, T63d).
      if (n <= 23) bareCodeAfterCard(s, run, found);
      // A card, its expiry, its code: only where a slash (the expiry's) follows within 25 units
      // of the run. The search's answer is kept for the runs up to it: an indexOf from each run to
      // the text's end read a long transcript's rest for every card-length run without a slash
      // (T63a); this one reads the text once a call.
      if (n > 23) continue;
      if (slash !== -1 && slash < run.end) slash = s.indexOf('/', run.end);
      if (slash < 0 || slash >= run.end + 25) continue;
      const m = CARD_EXPIRY_CODE.exec(s.slice(run.start, run.end + 40));
      if (m !== null && !glued(s, run.start - 1) && !glued(s, run.start + m[0].length)) {
        const card = (m[1] as string).replace(/\D/g, '');
        if (card.length <= 19 && luhnValid(card)) {
          const end = run.start + m[0].length;
          found.push({ start: end - (m[2] as string).length, end, confidence: 0.9 });
        }
      }
      continue;
    }
    // One group, or the "2" of a label ("CVC2 321" is a run "2 321") and the code's group.
    const g = run.groupCount;
    if (n > 5 || g > 2 || (g === 2 && run.groupLength(0) !== 1)) continue;
    const start = run.groupStart(g - 1);
    const length = run.end - start;
    if (length < 3 || length > 4 || glued(s, run.end)) continue;
    if (mayEndLabel(s, start) && labelEnds(s.slice(Math.max(0, start - WINDOW), start)))
      found.push({ start, end: run.end, confidence: 0.9 });
  }
  return found;
}

// Runs of 3 or 4 digits (a code after its label; 4 or 5 with a label's "2"), of 13 or more (a card and its expiry; a card
// glued to its expiry's month by a space reads as one run of up to 21 digits, and more).
const COUNTS = ~((1 << 13) - 1) | (1 << 5) | (1 << 4) | (1 << 3) | 1;

/**
 * A payment card's verification code (CVV2, CVC2, CID, CAV2; PCI DSS's sensitive authentication
 * data): 3 or 4 digits after its label in any of the desk's languages ("cvv 123", "CID 4321",
 * "código de seguridad 123", "セキュリティコード：482"), or bare after a Luhn-valid card and its
 * expiry ("4111 1111 1111 1111 / 12/27 / 123"). Typed `card-code`, written `[CARD_CODE]`.
 *
 * @since 0.1.0
 */
export const cardCodeRecognizer: Recognizer = /* @__PURE__ */ readsRuns(
  defineRecognizer({
    id: 'card-code',
    type: 'card-code',
    placeholder: '[CARD_CODE]',
    find: findCodes,
  }),
  COUNTS,
);
