import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { brokenText, runsOf } from '../../test/text/arbitraries.js';
import {
  type CodePage,
  DEFAULT_PAGES,
  decodeWith,
  encoderFor,
  type PageEncoder,
  spaceMayBeA0,
} from './codePages.js';
import { findGroups } from './findGroups.js';
import { readsSame } from './readRun.js';
import { toCps } from './runParts.js';

// readRun shares one page's readings of a run's groups with a later page that looks the same to
// findGroups on the run (readRun.ts readsSame, sharedOf; T68c). The gate against its brute-force
// definition (every character's bytes through both pages as encode gives them, the C1 controls
// each takes for an undefined byte, the space read as 0xA0, single- or double-byte alike, a lost
// byte read through both or neither: codePages.ts losesBytes), and what it promises: findGroups
// finds the same groups through both pages (lossy through a page that loses bytes alone). readRun.prop.test.ts
// holds the reader that shares to readRunOracle.ts, which reads every page on its own.

const encoders = DEFAULT_PAGES.map((p) => encoderFor(p));

/** readsSame by its definition: encode, isBrowserSlot and spaceMayBeA0 asked of every character. */
function sameOracle(
  cps: readonly number[],
  start: number,
  end: number,
  a: PageEncoder,
  b: PageEncoder,
): boolean {
  if (a === b) return true;
  if ((a.flat === undefined) !== (b.flat === undefined)) return false;
  if (spaceMayBeA0(a) !== spaceMayBeA0(b)) return false;
  for (let i = start; i < end; i++) {
    const cp = cps[i] as number;
    if (JSON.stringify(a.encode(cp)) !== JSON.stringify(b.encode(cp))) return false;
    if (a.isBrowserSlot(cp) !== b.isBrowserSlot(cp)) return false;
  }
  // A lost byte findGroups may read (a U+FFFD inside, a '?' after), through one page alone.
  const lost = cps.slice(start, end).includes(0xfffd) || cps[end] === 0x3f;
  return !lost || a.losesBytes === b.losesBytes;
}

const WORDS = [
  'Dziękujemy',
  'obsługi',
  'Größe',
  'Спасибо',
  'Σας',
  '感谢您',
  'ありがとう',
  '감사합니다',
  'Chúng tôi',
  'ما كتابها',
  '⣤ “quoted” — ok €',
  'Ørsted ±½',
];
const PAGES: CodePage[] = [
  'windows-1252',
  'iso-8859-1',
  'windows-1250',
  'windows-1251',
  'gbk',
  'gb18030',
  'shift_jis',
  'cp932',
  'big5',
  'euc-kr',
  'macintosh',
];
const broken = brokenText(WORDS, PAGES, { maxWords: 3, minLayers: 1 });
// Characters pages write differently or not at all, C1 controls and U+FFFD among them.
const odd = fc
  .array(
    fc.oneof(
      fc.constantFrom(...'ÃÂÅÄâ€™œ¢©®°±½×ŠŒŽšžŸƒ€\u0080\u0081\u008d\u0090\u009d\ufffd 感谢您갑'),
      fc.integer({ min: 0x80, max: 0xffff }).map((c) => String.fromCharCode(c)),
    ),
    { minLength: 1, maxLength: 16 },
  )
  .map((a) => a.join(''));

describe('readsSame', () => {
  test.prop([fc.oneof(broken, odd), fc.boolean()], { numRuns: 200 })(
    'is its definition, and pages it finds the same find the same groups',
    (text, lossy) => {
      const cps = toCps(text);
      for (const [start, end] of runsOf(cps))
        for (let x = 0; x < encoders.length; x++)
          for (let y = x + 1; y < encoders.length; y++) {
            const a = encoders[x] as PageEncoder;
            const b = encoders[y] as PageEncoder;
            const same = readsSame(cps, start, end, a, b);
            expect(same).toBe(sameOracle(cps, start, end, a, b));
            if (!same) continue;
            // readShared reads lossy groups through a page that loses bytes alone.
            const through = (p: PageEncoder) => ({
              limit: cps.length,
              lossy: lossy && p.losesBytes,
            });
            expect(findGroups(cps, start, end, b, through(b))).toEqual(
              findGroups(cps, start, end, a, through(a)),
            );
          }
    },
  );

  it('tells pages that write a run alike from pages that do not', () => {
    const at = (text: string, a: CodePage, b: CodePage): boolean => {
      const cps = toCps(text);
      return readsSame(cps, 0, cps.length, encoderFor(a), encoderFor(b));
    };
    // "é" through Windows-1252: C3 A9 in both pages ("ß" would not be: "Ÿ" is 0x9F in 1252 alone).
    const latin = decodeWith(new TextEncoder().encode('é'), 'windows-1252');
    expect(at(latin, 'windows-1252', 'iso-8859-1')).toBe(true);
    expect(at(latin, 'windows-1252', 'windows-1251')).toBe(false);
    // Mac Roman reads 0xA0 as "†", not a no-break space: a space after the run is no byte there.
    expect(at('é', 'windows-1252', 'macintosh')).toBe(false);
    // "€" is 0x80 in Windows-1252 and no ISO-8859-1 byte; "\u0081" a byte Windows-1252 leaves
    // undefined (its browser variant's control) and a control ISO-8859-1 defines.
    expect(at('Ã€', 'windows-1252', 'iso-8859-1')).toBe(false);
    expect(at('Ã\u0081', 'windows-1252', 'iso-8859-1')).toBe(false);
    const han = decodeWith(new TextEncoder().encode('감사합니다'), 'gbk');
    expect(at(han, 'gbk', 'gb18030')).toBe(true);
    // GB18030 writes "€" as A2 E3, GBK as 0x80.
    expect(at(`${han}€`, 'gbk', 'gb18030')).toBe(false);
    expect(at(han, 'gbk', 'big5')).toBe(false);
    expect(at(han, 'gbk', 'windows-1252')).toBe(false);
  });
});
