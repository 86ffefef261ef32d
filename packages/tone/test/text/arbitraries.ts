// fast-check arbitraries shared by the text-repair properties.
import { fc } from '@fast-check/vitest';
import { type CodePage, decodeWith } from '../../src/text/codePages.js';
import { mojibake } from '../../src/text/mojibake.js';
import { mixedTwice } from './twiceBroken.js';

/**
 * Mojibake as the broken pipelines make it: up to `maxWords` of `words` joined by spaces, encoded
 * as UTF-8 and decoded with a chain of `minLayers`–2 pages of `pages`, layer after layer.
 */
export function brokenText(
  words: readonly string[],
  pages: readonly CodePage[],
  { maxWords, minLayers }: { maxWords: number; minLayers: number },
): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: maxWords }),
      fc.array(fc.constantFrom(...pages), { minLength: minLayers, maxLength: 2 }),
    )
    .map(([picked, chain]) => {
      let t = picked.join(' ');
      for (const p of chain) t = decodeWith(new TextEncoder().encode(t), p);
      return t;
    });
}

/** One word in each of eight scripts and accents: what a line of mojibake is made of in the line properties. */
export const LINE_WORDS: readonly string[] = [
  'Σας',
  '感谢您',
  'ありがとう。',
  '감사합니다',
  'Chúng tôi',
  'Спасибо',
  'obsługi',
  'Größe',
];

/** The runs of `cps` (maximal stretches of non-ASCII code points) as [start, end) pairs. */
export function runsOf(cps: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < cps.length; ) {
    if ((cps[i] ?? 0) < 0x80) {
      i++;
      continue;
    }
    let j = i;
    while (j < cps.length && (cps[j] ?? 0) >= 0x80) j++;
    out.push([i, j]);
    i = j;
  }
  return out;
}

/**
 * Issue #11's thread as mixedTwice makes it (nine languages, each word broken twice through
 * Windows-1252, lossy or not) at a length from `min` to `max` code units and a random seed.
 */
export function mixedThread(min: number, max: number): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.integer({ min, max }),
      fc.constantFrom('strict', 'browser'),
      fc.integer({ min: 1, max: 2 ** 30 }),
    )
    .map(
      ([length, variant, seed]) => mixedTwice(length, variant as 'strict' | 'browser', seed).broken,
    );
}

/**
 * Lines as the once-a-call properties (innerOnce, sloppyOnce) read after a thread: 1 to 10 parts,
 * each a {@link brokenText} of {@link LINE_WORDS} through Windows-1252, Windows-1251 or GBK (once
 * or twice), a clean word, or one of `twice` broken twice through Windows-1252 (`mode`: mojibake's
 * variant, browser by default). Joined by spaces, or with `gaps` given, each part followed by one
 * of them. The same seed draws the same parts whichever way they are joined.
 */
export function brokenLines(
  twice: readonly string[],
  mode: 'browser' | 'strict' = 'browser',
  gaps?: readonly string[],
): fc.Arbitrary<string> {
  const parts = fc.array(
    fc.oneof(
      brokenText(LINE_WORDS, ['windows-1252', 'windows-1251', 'gbk'], {
        maxWords: 4,
        minLayers: 1,
      }),
      fc.constantFrom(...LINE_WORDS),
      fc
        .constantFrom(...twice)
        .map((w) => mojibake(mojibake(w, 'windows-1252', mode), 'windows-1252', mode)),
    ),
    { minLength: 1, maxLength: 10 },
  );
  if (gaps === undefined) return parts.map((p) => p.join(' '));
  return parts.chain((p) =>
    fc
      .array(fc.constantFrom(...gaps), { minLength: p.length, maxLength: p.length })
      .map((g) => p.map((part, k) => part + g[k]).join('')),
  );
}
