import { fc, test } from '@fast-check/vitest';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { SENTENCES } from '../../test/text/sentences.js';
import { repairText } from './repairText.js';

// A lost LEAD byte one layer down (issue #11, V54e): a word broken twice through a Windows-1252
// that loses the bytes it leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) loses in its second
// layer the "Ï" (C3 8F) of every 0xCF it held, and "Ð" (C3 90) of every 0xD0: one layer down
// that lead byte is a U+FFFD, and the continuation bytes it led stand after it ("σ", CF 83, is
// "�ƒ"). The lossy pass read them as a U+FFFD and a stray "ƒ" ("σας" came back "�ƒα�‚"); it
// reads them as one lost character now (lossy.ts leadLost, in sloppyStretch.ts's layers under
// the first). The law, stated on the word alone (the oracle: iconv-lite breaks it, a regular
// expression reads the result; no code of the engine's): where the call peels both layers, what
// it gives back is the word with each lost character a U+FFFD, every other character its own.

/** `text`'s UTF-8 read through a Windows-1252 that loses the bytes it leaves undefined. */
const strict1252 = (text: string): string =>
  iconv.decode(Buffer.from(text, 'utf8'), 'windows-1252');

/** The words of issue #11's languages (and a few more) that lose a byte broken twice so. */
const LOSING = [
  ...new Set(
    ['el', 'ru', 'uk', 'bg', 'hy', 'ar', 'he', 'hi', 'ja', 'vi', 'pl', 'fr'].flatMap((l) =>
      (SENTENCES[l] ?? []).join(' ').split(' '),
    ),
  ),
].filter((w) => strict1252(strict1252(w)).includes('\ufffd'));

/** Whether `got` is `word` with runs of its characters replaced by U+FFFD (one or more a run). */
function keepsAllButLost(word: string, got: string): boolean {
  const parts = got.split(/\ufffd+/u).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.+')}$`, 'su').test(word);
}

const line = fc.tuple(
  fc.constantFrom('', 'Re: ', 'ok\n'),
  fc.constantFrom(...LOSING),
  fc.constantFrom('', ' ok', '.', '\nthanks'),
);

describe('a lead byte lost one layer down', () => {
  it('has words to read: Greek, Cyrillic and more lose bytes so', () => {
    expect(LOSING.length).toBeGreaterThan(40);
    expect(LOSING).toEqual(expect.arrayContaining(['σας', 'την', 'Деньги']));
  });

  test.prop([line], { numRuns: 250 })(
    'where both layers are peeled, every character not lost is the word’s own, in place',
    ([before, word, after]) => {
      const broken = strict1252(strict1252(word));
      const r = repairText(`${before}${broken}${after}`);
      fc.pre(r.repairs.some((x) => x.applied && x.chain.length === 2));
      expect(r.text.startsWith(before) && r.text.endsWith(after)).toBe(true);
      const got = r.text.slice(before.length, r.text.length - after.length);
      expect(got.includes('\ufffd')).toBe(true);
      expect(keepsAllButLost(word, got)).toBe(true);
    },
  );

  it('reads the words of issue #11 so, and leaves a U+FFFD before such a character alone once broken', () => {
    const twice = (w: string) => repairText(strict1252(strict1252(w))).text;
    expect(twice('σας')).toBe('\ufffdα\ufffd');
    expect(twice('την')).toBe('\ufffdην');
    expect(twice('Σας ευχαριστούμε')).toBe(
      'Σα\ufffd ε\ufffd\ufffdα\ufffd\ufffdι\ufffd\ufffdο\ufffd\ufffdμε',
    );
    expect(twice('Деньги')).toBe('\ufffd\ufffd\ufffd\ufffdь\ufffd\ufffd');
    // Windows-1252 loses no lead byte: through it a U+FFFD before "ƒ", "’" or "°" is no lead,
    // and a text broken once keeps them (as "ƒ�" keeps its "ƒ": lostByte.prop.test.ts).
    // "Ã©�’" is "é" and a U+FFFD before "’": a first layer reads no lost lead ("é�" dropped it).
    for (const text of ['�ƒ', 'L�’homme', 'Ã©t� �° 12', 'cafÃ©�’s', 'Ã©�ƒ', 'Größe �“ok”'])
      expect(repairText(text).text).toBe(text.replaceAll('Ã©', 'é'));
  });
});
