import { mojibake } from '../../src/text/mojibake.js';
import { SENTENCES } from './sentences.js';

/**
 * Chinese prose broken twice through Windows-1252 (UTF-8 read as Windows-1252, twice), about
 * `bytes` of UTF-8 once broken: seeded phrases of 2 to 13 characters of the Chinese sentences,
 * each with its comma or full stop and a space after it, numbers and line breaks, so that no run repeats and each is read
 * (a document of repeated sentences is mostly memo hits). A text that long spends repairText's
 * work budget before its end: how much of it a reading repairs is what the budget buys.
 */
export function chineseTwice(bytes: number, seed = 20261203): string {
  const pool = Array.from(
    new Set(
      [...(SENTENCES['zh-Hans'] ?? []), ...(SENTENCES['zh-Hant'] ?? [])]
        .join('')
        .replace(/[，。]/g, ''),
    ),
  );
  let s = seed;
  const next = (n: number): number => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return (s >>> 8) % n;
  };
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    let phrase = '';
    for (let k = 2 + next(12); k > 0; k--) phrase += pool[next(pool.length)];
    const end = next(4) === 0 ? `。 ${next(1000)}\n` : '， ';
    const part = mojibake(mojibake(phrase + end, 'windows-1252'), 'windows-1252');
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return parts.join('');
}

/** The nine languages of {@link mixedTwice}: nine scripts (Japanese mixes kana and Han). */
export const MIXED_LANGUAGES = ['hy', 'el', 'ru', 'pl', 'vi', 'ja', 'hi', 'ar', 'fr'] as const;

/** The words of `language`'s sentences: split at spaces, or stretches of four characters in Japanese. */
function wordsOf(language: string): string[] {
  const sentences = SENTENCES[language] ?? [];
  if (language !== 'ja') return sentences.join(' ').split(' ');
  const text = Array.from(sentences.join(''));
  const out: string[] = [];
  for (let at = 0; at + 4 <= text.length; at += 4) out.push(text.slice(at, at + 4).join(''));
  return out;
}

/**
 * A long thread in nine languages broken twice (issue #11, U51f): seeded words of the sentences of
 * {@link MIXED_LANGUAGES}, each broken on its own through Windows-1252 twice (its UTF-8 read as
 * Windows-1252, that text's UTF-8 read so again; `variant` as {@link mojibake}'s: 'browser' keeps
 * the bytes 1252 leaves undefined as C1 controls, 'strict' loses them), a space or a line break
 * after each, until `length` UTF-16 code units of the broken text. The same word recurs between
 * other neighbours (a run of its own for the memo), so a long text is mostly runs read afresh.
 */
export function mixedTwice(
  length: number,
  variant: 'browser' | 'strict' = 'browser',
  seed = 20261206,
): { clean: string; broken: string } {
  const words = MIXED_LANGUAGES.map(wordsOf);
  let s = seed;
  const next = (n: number): number => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return (s >>> 8) % n;
  };
  let clean = '';
  let broken = '';
  while (broken.length < length) {
    const pool = words[next(words.length)] ?? [];
    const word = pool[next(pool.length)] ?? '';
    const gap = next(9) === 0 ? '\n' : ' ';
    clean += word + gap;
    broken += mojibake(mojibake(word, 'windows-1252', variant), 'windows-1252', variant) + gap;
  }
  return { clean, broken };
}
