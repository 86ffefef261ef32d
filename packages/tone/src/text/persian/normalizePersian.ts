import { parseWith } from '@meridian-cx/core';
import {
  NormalizePersianInputSchema,
  type NormalizePersianOptions,
  type PersianChange,
  type PersianResult,
} from '../schemas.js';
import { detectPersian } from './detectPersian.js';
import {
  buildLexicon,
  cliticBreak,
  comparativeBreak,
  compoundBreak,
  type PersianLexicon,
  pluralBreak,
  prefixBreak,
  spaceBetween,
} from './persianRules.js';
import { foldDigits, isWordChar, TO_PERSIAN, ZWNJ } from './persianScript.js';

type Word = { start: number; end: number; text: string };

const defaultLexicon = buildLexicon();

/**
 * Normalise Persian text to the standard orthography of the Academy of Persian Language and
 * Literature: Arabic ي/ك/ى become Persian ی/ک/ی, and the ZWNJ (U+200C) a keyboard lost comes back
 * after the verb prefixes می/نمی, before the plural ها, before تر/ترین, before the clitics after a
 * silent ه (نامه‌ام، بسته‌اش), inside known compounds and where a space was typed in its place
 * ("آن ها" → آن‌ها, "شماره ی" → شماره‌ی); "این که" is joined (اینکه). Diacritics and tanween are
 * kept. Arabic text (detected, or `language: 'ar'`) is returned unchanged: Arabic keeps its ي and ك.
 *
 * @param text - The text as received.
 * @param options - `language` ('auto' default, 'fa', 'ar'), `zwnj` (default true), `forSearch`
 *   (adds `search`: ASCII digits, no ZWNJ), `lexicon` (words to add to the built-in lists).
 * @returns The normalised text, each change with its span in the input and its rule, the language.
 * @throws {ValidationError} `tone/invalid-normalize-persian-input` when the text or an option is malformed.
 * @example
 * normalizePersian('ما كتابها را ميفرستيم').text; // 'ما کتاب‌ها را می‌فرستیم'
 * @since 0.1.0
 */
export function normalizePersian(text: string, options?: NormalizePersianOptions): PersianResult {
  const input = parseWith(
    NormalizePersianInputSchema,
    options === undefined ? { text } : { text, options },
    { package: 'tone', what: 'normalize-persian-input' },
  );
  const opts = input.options ?? {};
  const requested = opts.language ?? 'auto';
  const language = requested === 'auto' ? detectPersian(input.text) : requested;
  const finish = (out: string, changes: PersianChange[]): PersianResult => ({
    text: out,
    changes,
    language,
    ...(opts.forSearch ? { search: foldDigits(out).replaceAll(ZWNJ, '') } : {}),
  });
  if (language !== 'fa') return finish(input.text, []);
  const lex = opts.lexicon ? buildLexicon(opts.lexicon) : defaultLexicon;
  // Letters first (one for one, so offsets hold), then the ZWNJ rules on the Persian letters.
  // One scan over the char codes; the text between two replaced letters is copied as one slice.
  const src = input.text;
  let norm = '';
  let copied = 0;
  const edits: PersianChange[] = [];
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c !== 0x064a && c !== 0x0649 && c !== 0x0643) continue;
    const ch = src[i] as string;
    const to = TO_PERSIAN.get(ch) as string;
    norm += src.slice(copied, i) + to;
    copied = i + 1;
    edits.push({ start: i, end: i + 1, before: ch, after: to, rule: 'persian-letters' });
  }
  norm += src.slice(copied);
  if (opts.zwnj ?? true) edits.push(...zwnjEdits(norm, lex));
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += input.text.slice(at, e.start) + e.after;
    at = e.end;
  }
  out += input.text.slice(at);
  return finish(out, edits);
}

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && isWordChar(text.charCodeAt(j))) j++;
    words.push({ start: i, end: j, text: text.slice(i, j) });
    i = j;
  }
  return words;
}

const RULES: readonly (readonly [(x: string, l: PersianLexicon) => number | undefined, string])[] =
  [
    [prefixBreak, 'zwnj-verb-prefix'],
    [compoundBreak, 'zwnj-compound'],
    [comparativeBreak, 'zwnj-comparative'],
    [pluralBreak, 'zwnj-plural'],
    [cliticBreak, 'zwnj-clitic'],
  ];

/**
 * The ZWNJ edits of the text's words, read last to first so that each space knows what the next
 * one becomes: "به روز رسانی" is به + روزرسانی (روز and رسانی join, a compound), so one pass writes
 * به‌روزرسانی, as a second pass over "به روزرسانی" would. Each pair is read once, and once more
 * only in front of a compound typed apart.
 */
function zwnjEdits(norm: string, lex: PersianLexicon): PersianChange[] {
  const edits: PersianChange[] = [];
  const insert = (at: number, rule: string) =>
    edits.push({ start: at, end: at, before: '', after: ZWNJ, rule });
  const words = wordsOf(norm);
  let later: { glue: string; rule: string } | undefined;
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k] as Word;
    const next = words[k + 1];
    let glue: { glue: string; rule: string } | undefined;
    if (next && next.start === w.end + 1 && norm[w.end] === ' ') {
      glue = spaceBetween(w.text, next.text, lex);
      const after = words[k + 2];
      if (!glue && later?.rule === 'zwnj-compound' && after) {
        const outer = spaceBetween(w.text, next.text + later.glue + after.text, lex);
        if (outer?.rule === 'zwnj-compound') glue = outer;
      }
      if (glue)
        edits.push({
          start: w.end,
          end: w.end + 1,
          before: ' ',
          after: glue.glue,
          rule: glue.rule,
        });
    }
    later = glue;
    // A participle with its clitic ("نوشتهایم") is not a plural ("نوشت" + "هایم").
    const participle = cliticBreak(w.text, lex) !== undefined;
    for (const [rule, name] of RULES) {
      if (participle && rule === pluralBreak) continue;
      const at = rule(w.text, lex);
      if (at !== undefined) insert(w.start + at, name);
    }
  }
  return edits;
}
