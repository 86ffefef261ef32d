// The individual lint rules: each returns findings for one concern.
import type { Policy, Register } from '../guidelines/types.js';
import { FSI, ltrRuns, PDI } from './isolateBidi.js';
import { formFindings, frenchImperativeFindings } from './registerForms.js';
import { AVOIDED_ADDRESS, type Marker, REGISTER_MARKERS } from './registerMarkers.data.js';
import type { Finding } from './types.js';

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{M}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{M}\\p{N}])';
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

// Looks back over the quotes, brackets and spaces before `index` only (not the whole text), so
// checking every hit of a long draft stays linear.
const SKIPPED_BEFORE = /[\s"„“«»'‘’(¿¡-]/u;

function previousSignificant(text: string, index: number): number {
  let i = index - 1;
  while (i >= 0 && SKIPPED_BEFORE.test(text.charAt(i))) i--;
  return i;
}

function opensSentence(text: string, index: number): boolean {
  const i = previousSignificant(text, index);
  return i < 0 || '.!?:;…\n'.includes(text.charAt(i));
}

// An imperative opens its sentence or follows a "please" (German "Bitte schick …").
function opensClause(text: string, index: number): boolean {
  if (opensSentence(text, index)) return true;
  const window = text.slice(Math.max(0, index - 16), index);
  const hit = /(?:^|[\s,])bitte[\s,]+$/iu.exec(window);
  if (hit === null) return false;
  // "bitte" must start a word of the text, not only of the window.
  const at = index - window.length + hit.index + (hit[0].match(/^[\s,]/u) ? 1 : 0);
  return at === 0 || /[\s,]/u.test(text.charAt(at - 1));
}

function counts(marker: Marker, text: string, start: number, hit: string): boolean {
  switch (marker.cased) {
    case 'mid-sentence':
      return !opensSentence(text, start);
    case 'exact':
      return (
        hit === marker.word ||
        (opensSentence(text, start) &&
          hit === marker.word.charAt(0).toUpperCase() + marker.word.slice(1))
      );
    case 'opens-sentence':
      return opensClause(text, start);
    default:
      return true;
  }
}

// At the start of a sentence the replacement takes the capital the word had ("Hast" → "Haben").
function asWritten(replacement: string, text: string, start: number, hit: string): string {
  const first = hit.charAt(0);
  if (first === first.toLowerCase() || !opensSentence(text, start)) return replacement;
  return replacement.charAt(0).toUpperCase() + replacement.slice(1);
}

// The markers are static data: each one's pattern is compiled once (bounded by the data's size).
const compiled = new WeakMap<Marker, { whole?: RegExp; part?: RegExp }>();

function markerRegExp(marker: Marker, wholeWord: boolean): RegExp {
  const entry = compiled.get(marker) ?? {};
  const cached = wholeWord ? entry.whole : entry.part;
  if (cached !== undefined) return cached;
  const flags = marker.cased === 'capital' || marker.cased === 'mid-sentence' ? 'gu' : 'giu';
  const body = escapeRegExp(marker.word).replace(/ /g, '\\s+');
  const re = new RegExp(wholeWord ? `${NOT_WORD_BEFORE}${body}${NOT_WORD_AFTER}` : body, flags);
  compiled.set(marker, wholeWord ? { ...entry, whole: re } : { ...entry, part: re });
  return re;
}

function markerFindings(
  text: string,
  markers: readonly Marker[],
  code: Finding['code'],
  describe: (m: Marker) => string,
  wholeWord = true,
): Finding[] {
  const out: Finding[] = [];
  // Only the markers whose first word occurs in the text are searched for (a cheap pre-filter).
  const words = wholeWord ? new Set(text.toLowerCase().match(/[\p{L}\p{M}]+/gu)) : undefined;
  for (const marker of markers) {
    if (words !== undefined && !words.has(marker.word.split(' ')[0]?.toLowerCase() ?? '')) continue;
    const re = markerRegExp(marker, wholeWord);
    for (const hit of text.matchAll(re)) {
      const start = hit.index ?? 0;
      if (!counts(marker, text, start, hit[0])) continue;
      const end = start + hit[0].length;
      out.push({
        code,
        start,
        end,
        message: describe(marker),
        suggestion: { start, end, replacement: asWritten(marker.replacement, text, start, hit[0]) },
      });
    }
  }
  return out;
}

export function registerFindings(text: string, language: string, register: Register): Finding[] {
  const markers = REGISTER_MARKERS[language];
  const out: Finding[] = [];
  if (markers !== undefined) {
    if (register === 'formal') {
      out.push(
        ...markerFindings(
          text,
          markers.informal,
          'register.informal-in-formal',
          (m) => `"${m.word}" is informal in a formal reply; write "${m.replacement}".`,
        ),
      );
    } else {
      out.push(
        ...markerFindings(
          text,
          markers.formal,
          'register.formal-in-informal',
          (m) => `"${m.word}" is formal in an informal reply; write "${m.replacement}".`,
        ),
      );
    }
  }
  if (language === 'fr' && register === 'formal') {
    // Elided "t'" before a vowel (t'envoyer, t'aider).
    for (const hit of text.matchAll(/(?<![\p{L}])[tT][’'](?=\p{L})/gu)) {
      const start = hit.index ?? 0;
      const end = start + hit[0].length;
      out.push({
        code: 'register.informal-in-formal',
        start,
        end,
        message: `"${hit[0]}" is informal in a formal reply; write "vous ".`,
        suggestion: { start, end, replacement: 'vous ' },
      });
    }
  }
  const taken = new Set(out.map((f) => f.start));
  out.push(...formFindings(text, language, register, taken));
  if (language === 'fr') {
    const flagged = out.map((f) => f.start);
    out.push(
      ...frenchImperativeFindings(text, register).filter(
        (f) => !flagged.some((s) => s >= f.start && s < f.end),
      ),
    );
  }
  const avoided = AVOIDED_ADDRESS[language];
  if (avoided !== undefined) {
    out.push(
      ...markerFindings(
        text,
        avoided,
        'address.avoid',
        (m) => `"${m.word}" is not said to a customer; write "${m.replacement}".`,
        false,
      ),
    );
  }
  return out;
}

// Pictographs, with their modifiers and joined sequences; ©, ® and ™ only in emoji presentation.
const EMOJI =
  /(?:[\u00A9\u00AE\u2122]\uFE0F|(?![\u00A9\u00AE\u2122])\p{Extended_Pictographic})(?:\uFE0F|[\u{1F3FB}-\u{1F3FF}]|\u200D\p{Extended_Pictographic}\uFE0F?)*/gu;

export function emojiFindings(text: string, policy: Policy): Finding[] {
  if (policy !== 'avoid') return [];
  return [...text.matchAll(EMOJI)].map((hit) => {
    const start = hit.index ?? 0;
    const end = start + hit[0].length;
    // Take one neighbouring space with the emoji, so that removing it leaves no double space.
    let from = start;
    let to = end;
    if (text[end] === ' ' && (start === 0 || text[start - 1] === ' ')) to += 1;
    else if (
      text[start - 1] === ' ' &&
      (end === text.length || /[\s.,;:!?]/u.test(text[end] ?? ''))
    )
      from -= 1;
    return {
      code: 'emoji' as const,
      start,
      end,
      message: 'Emoji are avoided in replies to customers in this locale.',
      suggestion: { start: from, end: to, replacement: '' },
    };
  });
}

const LAUGHS = [
  /(?<![\p{L}])(?:ha){2,}h?(?![\p{L}])/giu,
  /(?<![\p{L}])(?:he){2,}(?![\p{L}])/giu,
  /(?<![\p{L}])(?:hi){2,}(?![\p{L}])/giu,
  /(?<![\p{L}])(?:ja){2,}(?![\p{L}])/giu,
  /(?<![\p{L}])(?:lol|lmao|rofl|mdr|xd)(?![\p{L}])/giu,
  /(?<![\p{L}])k{4,}(?![\p{L}])/giu,
  /(?<![\p{L}])(?:rs){2,}(?![\p{L}])/giu,
  /ㅋㅋ+|哈哈+|[(（]笑[)）]/gu,
  /(?<=[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}])[wｗ]{2,}(?![\p{L}.])/gu,
];

export function humourFindings(text: string, policy: Policy, register: Register): Finding[] {
  if (policy === 'ok' || (policy === 'sparingly' && register === 'informal')) return [];
  const out: Finding[] = [];
  for (const re of LAUGHS) {
    for (const hit of text.matchAll(re)) {
      const start = hit.index ?? 0;
      const end = start + hit[0].length;
      out.push({
        code: 'humour',
        start,
        end,
        message: 'A laugh marker reads as flippant in this reply.',
        suggestion: { start, end, replacement: '' },
      });
    }
  }
  return out;
}

export function exclamationFindings(text: string, policy: Policy): Finding[] {
  if (policy === 'ok') return [];
  const out: Finding[] = [];
  let singles = 0;
  for (const hit of text.matchAll(/[!！]+(?:[?？][!！?？]*)?|[?？]+[!！][!！?？]*/gu)) {
    const start = hit.index ?? 0;
    const end = start + hit[0].length;
    const full = hit[0].includes('！') || hit[0].includes('？');
    const replacement = full ? '。' : '.';
    if (hit[0].length > 1) {
      out.push({
        code: 'exclamation',
        start,
        end,
        message: 'Repeated exclamation marks shout; one full stop is enough.',
        suggestion: { start, end, replacement },
      });
      continue;
    }
    singles++;
    if (policy === 'avoid' || singles > 1) {
      out.push({
        code: 'exclamation',
        start,
        end,
        message: 'More than one exclamation mark in a reply reads as overexcited.',
        suggestion: { start, end, replacement },
      });
    }
  }
  return out;
}

const CAPS_WORD = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/gu;

export function shoutingFindings(text: string): Finding[] {
  const words = [...text.matchAll(CAPS_WORD)].map((w) => ({
    start: w.index ?? 0,
    end: (w.index ?? 0) + w[0].length,
    len: w[0].length,
  }));
  const out: Finding[] = [];
  let i = 0;
  while (i < words.length) {
    let j = i;
    // Group consecutive caps words separated only by spaces or light punctuation.
    while (j + 1 < words.length && /^[\s,]+$/u.test(text.slice(words[j]?.end, words[j + 1]?.start)))
      j++;
    const group = words.slice(i, j + 1);
    const longest = Math.max(...group.map((w) => w.len));
    const shout = (group.length >= 2 && longest >= 4) || longest >= 6;
    const first = group[0];
    const last = group[group.length - 1];
    if (shout && first !== undefined && last !== undefined) {
      const span = text.slice(first.start, last.end);
      out.push({
        code: 'shouting',
        start: first.start,
        end: last.end,
        message: 'Words in capitals read as shouting.',
        suggestion: { start: first.start, end: last.end, replacement: span.toLowerCase() },
      });
    }
    i = j + 1;
  }
  return out;
}

export function bidiFindings(text: string): Finding[] {
  return ltrRuns(text).map(({ start, end }) => ({
    code: 'bidi.unisolated' as const,
    start,
    end,
    message: `"${text.slice(start, end)}" runs left to right inside right-to-left text; isolate it (isolateBidi).`,
    suggestion: { start, end, replacement: `${FSI}${text.slice(start, end)}${PDI}` },
  }));
}
