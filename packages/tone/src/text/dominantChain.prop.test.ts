import { fc, test } from '@fast-check/vitest';
import iconv from 'iconv-lite';
import { expect } from 'vitest';
import { DEFAULT_PAGES, encoderFor } from './codePages.js';
import { withDominantChain } from './dominantChain.js';
import type { Proposal } from './engine.js';
import { textCost } from './readRun.js';

// withDominantChain's runs left (dominantChain.ts withRunsLeft) against the rule read plainly,
// with iconv-lite's tables and a fatal UTF-8 decoder: in a text whose one applied repair took a
// two-page chain, a single-byte page after a double-byte one, a run of non-ASCII characters that no proposal touches is read through the
// chain exactly when both layers are valid UTF-8 (and the reading differs and costs less), and
// nothing else changes.

const encoders = DEFAULT_PAGES.map((p) => encoderFor(p));
const utf8 = new TextDecoder('utf-8', { fatal: true });
const CHAINS = [
  ['windows-1252', 'gbk'],
  ['windows-1252', 'big5'],
  ['windows-1251', 'windows-1251'],
] as const;

/** `text` as UTF-8 of its bytes through `page`, or undefined (the plain reading of one layer). */
function layer(text: string, page: string): string | undefined {
  // U+FFFD is what a page wrote for a byte it has no character for: lost, no byte of the page
  // (iconv-lite's tables give it back as that byte).
  if (text.includes('\ufffd')) return undefined;
  const bytes = iconv.encode(text, page);
  if (iconv.decode(bytes, page) !== text) return undefined;
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** `text` broken through `chain`: its UTF-8 read through the second page, that through the first. */
const twice = (text: string, chain: readonly string[]): string =>
  iconv.decode(
    Buffer.from(iconv.decode(Buffer.from(text, 'utf8'), chain[1] as string), 'utf8'),
    chain[0] as string,
  );

const DOUBLE: readonly string[] = [
  'gbk',
  'gb18030',
  'big5',
  'cp950',
  'shift_jis',
  'cp932',
  'euc-jp',
  'euc-kr',
];
const words = ['Mäkinen', 'Väinö', 'Rätsep', 'Ørsted', 'café', '東京', '±2 °C', 'Đặng', 'в пути'];
const piece = fc.oneof(
  fc.constantFrom(' ', 'a', 'Tr', '12', ', ', ...words),
  fc.tuple(fc.constantFrom(...words), fc.constantFrom(...CHAINS)).map(([w, c]) => twice(w, c)),
  fc.constantFrom('ç›²', 'ç“£', 'æžš', 'Ã©', 'Ð²', 'é…¶', '盲', 'ä'),
);

test.prop([fc.constantFrom(...CHAINS), fc.array(piece, { maxLength: 8 })], { numRuns: 300 })(
  'reads a run no proposal touched through the applied chain only where both layers are UTF-8',
  (chain, pieces) => {
    // The applied repair that fixes the chain: a broken word first, then the text.
    const head = twice('ö', chain);
    const text = `${head} ${pieces.join('')}`;
    const cps = [...text].map((c) => c.codePointAt(0) as number);
    const applied: Proposal = {
      start: 0,
      end: [...head].length,
      after: 'ö',
      chain,
      gain: 3,
      applied: true,
    };
    const out = withDominantChain(cps, [applied], encoders);
    expect(out[0]).toBe(applied);
    const added = out.slice(1);
    // Each maximal run of non-ASCII after the head, and what the rule makes of it.
    const want: [number, number, string][] = [];
    // Only a single-byte page's reading of a double-byte page's output leaves such runs.
    const reads = DOUBLE.includes(chain[1]) && !DOUBLE.includes(chain[0]);
    for (let i = [...head].length; reads && i < cps.length; ) {
      if ((cps[i] as number) < 0x80) {
        i++;
        continue;
      }
      let j = i;
      while (j < cps.length && (cps[j] as number) >= 0x80) j++;
      const kept = String.fromCodePoint(...cps.slice(i, j));
      const middle = layer(kept, chain[0]);
      const after = middle === undefined ? undefined : layer(middle, chain[1]);
      if (
        after !== undefined &&
        after !== kept &&
        textCost(cps, after, i, j) < textCost(cps, kept, i, j)
      )
        want.push([i, j, after]);
      i = j;
    }
    expect(added.map((p) => [p.start, p.end, p.after])).toEqual(want);
    for (const p of added) expect([p.chain, p.applied]).toEqual([chain, true]);
  },
);
