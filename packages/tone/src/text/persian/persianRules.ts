import {
  ADJECTIVES,
  COMPOUNDS,
  HA_WORDS,
  HE_NOUNS,
  HE_NOUNS_BUT_AI,
  JOINED_PAIRS,
  LEXICALISED_TAR,
  MI_WORDS,
  PREVERBS,
  PRONOUN_PLURALS,
  VERB_ENDINGS,
  VERB_STEMS,
} from './lexicon.js';
import { joinsForward, ZWNJ } from './persianScript.js';
import { SILENT_HE_SHOP_NOUNS } from './silentHeNouns.js';

// The ZWNJ rules of normalizePersian, over words already in Persian letters. Each rule returns
// where a ZWNJ belongs, or undefined; the lexicon decides, so a word that merely looks like a
// prefixed verb, a plural or a comparative is left alone.

/** The lexicon the rules read, built from the data and the caller's additions. */
export type PersianLexicon = {
  readonly stems: ReadonlySet<string>;
  readonly nonVerbs: ReadonlySet<string>;
  readonly nonPlurals: ReadonlySet<string>;
  readonly adjectives: ReadonlySet<string>;
  readonly lexicalised: ReadonlySet<string>;
  readonly compounds: ReadonlyMap<string, number>;
  readonly heNouns: ReadonlySet<string>;
  readonly heNounsButAi: ReadonlySet<string>;
  readonly pronounPlurals: ReadonlySet<string>;
  /** Pairs written as one word with nothing between: the first parts, by the second. */
  readonly joined: ReadonlyMap<string, ReadonlySet<string>>;
};

/** Extra words a caller adds to the built-in lexicon. */
export type LexiconAdditions = {
  readonly verbStems?: readonly string[] | undefined;
  readonly nonVerbs?: readonly string[] | undefined;
  readonly nonPlurals?: readonly string[] | undefined;
  readonly adjectives?: readonly string[] | undefined;
  readonly compounds?: readonly (readonly [string, string])[] | undefined;
};

export function buildLexicon(extra: LexiconAdditions = {}): PersianLexicon {
  const compounds = new Map<string, number>();
  for (const [a, b] of [...COMPOUNDS.pairs, ...(extra.compounds ?? [])])
    compounds.set(a + b, a.length);
  return {
    stems: new Set([...VERB_STEMS.words, ...(extra.verbStems ?? [])]),
    nonVerbs: new Set([...MI_WORDS.words, ...(extra.nonVerbs ?? [])]),
    nonPlurals: new Set([...HA_WORDS.words, ...(extra.nonPlurals ?? [])]),
    adjectives: new Set([...ADJECTIVES.words, ...(extra.adjectives ?? [])]),
    lexicalised: new Set(LEXICALISED_TAR.words),
    compounds,
    heNouns: new Set([...HE_NOUNS.words, ...SILENT_HE_SHOP_NOUNS.words]),
    heNounsButAi: new Set(HE_NOUNS_BUT_AI.words),
    pronounPlurals: new Set(PRONOUN_PLURALS.words),
    joined: joinedPairs(),
  };
}

function joinedPairs(): Map<string, Set<string>> {
  const byLast = new Map<string, Set<string>>();
  for (const [a, b] of JOINED_PAIRS.pairs) byLast.set(b, (byLast.get(b) ?? new Set()).add(a));
  return byLast;
}

const ENDINGS = [...VERB_ENDINGS].sort((a, b) => b.length - a.length);
export const PLURALS = ['هایشان', 'هایتان', 'هایمان', 'هایی', 'هایم', 'هایت', 'هایش', 'های', 'ها'];
export const CLITICS = new Set(['ای', 'ام', 'ایم', 'اید', 'اند', 'ات', 'اش', 'مان', 'تان', 'شان']);
/** Endings after a silent ه, longest first: a participle's ایم… and a noun's pronoun clitics. */
const HE_ENDINGS = ['شان', 'تان', 'مان', 'ایم', 'اید', 'اند', 'ام', 'ای', 'ات', 'اش'];
const PARTICIPLE_ENDINGS = new Set(['ایم', 'اید', 'اند', 'ام', 'ای']);
/** The pronoun clitics (my, your, his; our, your, their) and the ای of one: after a noun in ه. */
const NOUN_ENDINGS = new Set(['ای', 'ام', 'ات', 'اش', 'مان', 'تان', 'شان']);

/** True when `rest` is a verb stem of the lexicon followed by a personal ending. */
export function isVerb(rest: string, lex: PersianLexicon): boolean {
  for (const e of ENDINGS) {
    if (
      rest.length > e.length &&
      rest.endsWith(e) &&
      lex.stems.has(rest.slice(0, rest.length - e.length))
    ) {
      return true;
    }
  }
  return false;
}

/**
 * Offset of the ZWNJ a verb prefix needs in `w` ("میروم" → 2), or undefined. After a preverb the
 * rest must be a prefixed verb by the same rule ("برمیگردانید" → 4, "درنمیآید" → 5), so a noun of
 * `nonVerbs` typed after در stays whole ("درمیدان", in the square, is not درمی‌دان).
 */
export function prefixBreak(w: string, lex: PersianLexicon): number | undefined {
  const at = miBreak(w, lex);
  if (at !== undefined) return at;
  for (const pre of PREVERBS.words) {
    if (!w.startsWith(pre)) continue;
    const rest = miBreak(w.slice(pre.length), lex);
    if (rest !== undefined) return pre.length + rest;
  }
  return undefined;
}

function miBreak(w: string, lex: PersianLexicon): number | undefined {
  if (lex.nonVerbs.has(w)) return undefined;
  for (const prefix of ['نمی', 'می']) {
    if (w.startsWith(prefix) && isVerb(w.slice(prefix.length), lex)) return prefix.length;
  }
  return undefined;
}

/** True for می/نمی typed as a word of its own, alone or after a preverb ("برمی گردانید"). */
function isMiWord(a: string): boolean {
  const mi = (x: string) => x === 'می' || x === 'نمی';
  return mi(a) || PREVERBS.words.some((pre) => a.startsWith(pre) && mi(a.slice(pre.length)));
}

/** Offset of the ZWNJ before a plural ها in `w` ("کتابها" → 4), or undefined. */
export function pluralBreak(w: string, lex: PersianLexicon): number | undefined {
  if (lex.nonPlurals.has(w)) return undefined;
  for (const s of PLURALS) {
    if (!w.endsWith(s)) continue;
    const stem = w.slice(0, w.length - s.length);
    if ([...stem].length < 2 || stem.endsWith(ZWNJ) || lex.nonPlurals.has(`${stem}ها`))
      return undefined;
    return joinsForward(stem.at(-1)) ? stem.length : undefined;
  }
  return undefined;
}

/** Offset of the ZWNJ before تر/ترین in `w` ("بزرگتر" → 4), or undefined. */
export function comparativeBreak(w: string, lex: PersianLexicon): number | undefined {
  if (lex.lexicalised.has(w)) return undefined;
  for (const s of ['ترین', 'تر']) {
    if (!w.endsWith(s)) continue;
    const stem = w.slice(0, w.length - s.length);
    if (!lex.adjectives.has(stem)) return undefined;
    return joinsForward(stem.at(-1)) ? stem.length : undefined;
  }
  return undefined;
}

/** Offset of the ZWNJ inside a known compound typed joined ("پیشبینی" → 3), or undefined. */
export function compoundBreak(w: string, lex: PersianLexicon): number | undefined {
  const at = lex.compounds.get(w);
  return at !== undefined && joinsForward(w[at - 1]) ? at : undefined;
}

/**
 * Offset of the ZWNJ before ام/ای/ایم/اید/اند after a past participle in silent ه ("گرفتهام" → 5),
 * or before a clitic (ای، ام، ات، اش، مان، تان، شان) after a noun in silent ه of the lexicon
 * ("هدیهای" → 4, "بستهاش" → 4, "شمارهتان" → 5), or undefined. Only participles of a lexicon stem
 * (گرفته، نرفته) and listed nouns: ابهام، الهام، سهام and the plural کدهای end the same way and are
 * other words. A noun of `heNounsButAi` (نامه) takes every clitic but ای: "نامهای" is as often
 * نام‌های (names).
 */
export function cliticBreak(w: string, lex: PersianLexicon): number | undefined {
  // Every ending is two or three letters after a ه: without one there, no ending can match.
  const n = w.length;
  if (w.charCodeAt(n - 3) !== 0x647 && w.charCodeAt(n - 4) !== 0x647) return undefined;
  for (const c of HE_ENDINGS) {
    if (!w.endsWith(c)) continue;
    const stem = w.slice(0, w.length - c.length);
    if (!stem.endsWith('ه')) return undefined;
    const past = stem.slice(0, -1);
    const isParticiple =
      PARTICIPLE_ENDINGS.has(c) &&
      (lex.stems.has(past) || (past.startsWith('ن') && lex.stems.has(past.slice(1))));
    // A noun of the list takes ای (a, one) and ام (my) alike: "هدیهای" is هدیه‌ای, not هدی‌های.
    const isNoun =
      NOUN_ENDINGS.has(c) && (lex.heNouns.has(stem) || (c !== 'ای' && lex.heNounsButAi.has(stem)));
    return isParticiple || isNoun ? stem.length : undefined;
  }
  return undefined;
}

/**
 * True when `w` is a plural verb form with a prefix (ب، ن، می، نمی + stem + ید، یم، ند): the "ها"
 * typed after it is the spoken particle of insistence ("فراموش نکنید ها!", don't forget, will you),
 * not a plural; gluing it made "نکنیدها". Only the plural persons: "بدهی" (debt) and "نبرد"
 * (battle) are nouns spelt like a prefixed verb of the second or third person singular, and
 * "خرید ها" (purchases) a bare stem.
 */
function isPrefixedVerb(typed: string, lex: PersianLexicon): boolean {
  // The ZWNJ after می, typed or restored by a first pass, is no part of the stem: without this
  // "نمیکنید ها" became "نمی‌کنید ها", then "نمی‌کنیدها" on a second pass (not idempotent).
  const w = typed.replaceAll(ZWNJ, '');
  // After a preverb too: "برمیگردانید ها" is برمی‌گردانید (will you give it back) + the particle,
  // and so is "برگردید ها" (come back, will you): the preverb stands where ب would.
  for (const pre of PREVERBS.words) {
    if (!w.startsWith(pre)) continue;
    const rest = w.slice(pre.length);
    if (hasVerbPrefix(rest, lex) || isBareVerb(rest, lex)) return true;
  }
  return hasVerbPrefix(w, lex);
}

/**
 * True when `rest` (what follows a preverb) is a present stem + ید or یم, and not itself a past
 * stem: "گردید" (گرد + ید) in "برگردید", but not "خرید" in "بازخرید" (a buy-back, a noun that
 * takes the plural). ند is left out: "برآیند" (a resultant) is a noun spelt بر + آی + ند.
 */
function isBareVerb(rest: string, lex: PersianLexicon): boolean {
  if (lex.stems.has(rest)) return false;
  for (const e of ['ید', 'یم']) {
    const stem = rest.slice(0, rest.length - e.length);
    if (rest.endsWith(e) && stem.length > 0 && lex.stems.has(stem)) return true;
  }
  return false;
}

function hasVerbPrefix(w: string, lex: PersianLexicon): boolean {
  for (const prefix of ['نمی', 'می', 'ب', 'ن']) {
    if (!w.startsWith(prefix)) continue;
    for (const e of ['ید', 'یم', 'ند']) {
      const stem = w.slice(prefix.length, w.length - e.length);
      if (w.endsWith(e) && stem.length > 0 && lex.stems.has(stem)) return true;
    }
  }
  return false;
}

/**
 * What the space between `a` and `b` should be when the pair is one word typed apart: a ZWNJ, ''
 * (join: the first part ends in a letter that does not join, the comparative is lexicalised, or
 * the pair is one of `joined`, "این که" → اینکه), or undefined (two words, leave the space).
 */
export function spaceBetween(
  a: string,
  b: string,
  lex: PersianLexicon,
): { glue: string; rule: string } | undefined {
  const glue = (rule: string) => ({ glue: joinsForward(a.at(-1)) ? ZWNJ : '', rule });
  if (isMiWord(a) && isVerb(b, lex)) return { glue: ZWNJ, rule: 'zwnj-verb-prefix' };
  if (
    PLURALS.includes(b) &&
    [...a].length >= 2 &&
    // "آن ها": آنها stays as typed when joined, but a space is neither of its forms (آنها, آن‌ها).
    (!lex.nonPlurals.has(a + b) || lex.pronounPlurals.has(a + b)) &&
    !a.endsWith(ZWNJ) &&
    !isPrefixedVerb(a, lex)
  ) {
    return glue('zwnj-plural');
  }
  if (b === 'تر' || b === 'ترین') {
    if (lex.lexicalised.has(a + b)) return { glue: '', rule: 'comparative-lexicalised' };
    if (lex.adjectives.has(a)) return glue('zwnj-comparative');
  }
  if (lex.joined.get(b)?.has(a)) return { glue: '', rule: 'joined-compound' };
  if (lex.compounds.get(a + b) === a.length) return glue('zwnj-compound');
  // The ی of the ezafe typed apart ("شماره ی سفارش"): the Academy writes شمارهٔ, others شماره‌ی;
  // neither has a space, and the ZWNJ is the one that changes no letter.
  const ezafe = b === 'ی';
  if ((ezafe || CLITICS.has(b)) && a.endsWith('ه') && [...a].length >= 3)
    return { glue: ZWNJ, rule: ezafe ? 'zwnj-ezafe' : 'zwnj-clitic' };
  return undefined;
}
