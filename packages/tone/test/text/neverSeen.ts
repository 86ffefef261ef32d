// Customer traffic in which no message repeats, for the text bench and the never-seen test: each
// message is 4 to 15 words of one of the 38 languages of sentences.ts drawn at random (two
// stretches of 5 to 24 characters in Japanese, Chinese and Thai), and a fifth of them are
// mis-decoded through Windows-1252, GBK, Windows-1251 or Windows-1252 twice. Words recur from
// message to message, whole messages do not: the run memo answers what a stream repeats, not the
// message itself. Its vocabulary is small (about a thousand words), so memo hits are likelier here
// than in real traffic.
import { mojibake } from '../../src/text/mojibake.js';
import { SENTENCES } from './sentences.js';

/** How messages are broken: one layer through three pages, and two layers through Windows-1252. */
export const BREAKS = [
  ['windows-1252'],
  ['gbk'],
  ['windows-1251'],
  ['windows-1252', 'windows-1252'],
] as const;

/** A message as sent, as received, and the pages that broke it on the way (none: clean). */
export type Message = {
  readonly original: string;
  readonly text: string;
  readonly pages: readonly string[];
};

/**
 * Messages from `pick` (one per call), a fifth of them broken, until `bytes` of UTF-8 with line
 * breaks; `next` gives numbers in [0, 1).
 */
export function brokenFifth(
  bytes: number,
  pick: (next: () => number) => string,
  next: () => number,
): Message[] {
  const out: Message[] = [];
  let size = 0;
  while (size < bytes) {
    const original = pick(next);
    let text = original;
    const pages = next() < 0.2 ? (BREAKS[Math.floor(next() * BREAKS.length)] ?? []) : [];
    for (const p of pages) text = mojibake(text, p);
    out.push({ original, text, pages });
    size += Buffer.byteLength(text) + 1;
  }
  return out;
}

// Scripts written without spaces between words: a message is a stretch of the language's text.
const UNSPACED = new Set(['ja', 'zh-Hans', 'zh-Hant', 'th']);
const LANGUAGES = Object.keys(SENTENCES);
const WORDS = new Map(
  LANGUAGES.map((l) => [l, (SENTENCES[l] ?? []).join(' ').split(' ')] as const),
);
const TEXTS = new Map(LANGUAGES.map((l) => [l, (SENTENCES[l] ?? []).join('')] as const));

/** Never-seen messages until `bytes` of UTF-8, drawn with `next` (numbers in [0, 1)). */
export function neverSeenMessages(bytes: number, next: () => number): Message[] {
  return brokenFifth(
    bytes,
    (next) => {
      const language = LANGUAGES[Math.floor(next() * LANGUAGES.length)] ?? 'en';
      if (UNSPACED.has(language)) {
        // Two stretches of 5 to 24 characters each, so that messages rarely repeat.
        const text = [...(TEXTS.get(language) ?? '')];
        let m = '';
        for (let k = 0; k < 2; k++) {
          const length = Math.min(text.length, 5 + Math.floor(next() * 20));
          const at = Math.floor(next() * (text.length - length + 1));
          m += text.slice(at, at + length).join('');
        }
        return m;
      }
      const words = WORDS.get(language) ?? [];
      const n = 4 + Math.floor(next() * 12);
      const out: string[] = [];
      for (let i = 0; i < n; i++) out.push(words[Math.floor(next() * words.length)] ?? '');
      return out.join(' ');
    },
    next,
  );
}
