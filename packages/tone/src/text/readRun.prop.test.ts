import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { type CodePage, DEFAULT_PAGES, decodeWith, encoderFor } from './codePages.js';
import type { EngineOptions, PageReading } from './engine.js';
import { readRun } from './readRun.js';
import { readRunOracle } from './readRunOracle.js';
import { toCps } from './runParts.js';

// The fast run reader (pages that agree on the run's bytes share one reading, costs computed once
// per span, recursion skipped where no inner layer can win) against the simple one it replaced.

const encoders = DEFAULT_PAGES.map((p) => encoderFor(p));
const WORDS = [
  'Dziękujemy',
  'obsługi',
  'Größe',
  'expédiée',
  'Спасибо',
  'Σας',
  '感谢您',
  'ありがとう',
  '감사합니다',
  'Chúng tôi',
  'Yaşadığınız',
  'ما كتابها',
  '⣤ “quoted” — ok',
  'Ørsted ±½',
];
const PAGES: CodePage[] = [
  'windows-1252',
  'windows-1250',
  'windows-1251',
  'gbk',
  'shift_jis',
  'macintosh',
  'koi8-r',
  'big5',
  'euc-kr',
  'cp437',
];

const broken = fc
  .tuple(
    fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }),
    fc.array(fc.constantFrom(...PAGES), { minLength: 0, maxLength: 2 }),
  )
  .map(([words, chain]) => {
    let t = words.join(' ');
    for (const p of chain) t = decodeWith(new TextEncoder().encode(t), p);
    return t;
  });
// Raw characters that UTF-8 lead and continuation bytes become, mixed with anything.
const odd = fc
  .array(
    fc.oneof(
      fc.constantFrom(...'ÃÂÅÄÐÑâ€™œ¢¬©®°±²³µ¶·¸¹º»¼½¾¿×÷ŠŒŽšžŸƒ\u0080\u0090\u009d\ufffd ?'),
      fc.integer({ min: 0x80, max: 0x2fff }).map((c) => String.fromCharCode(c)),
    ),
    { minLength: 1, maxLength: 24 },
  )
  .map((a) => a.join(''));

function runsOf(cps: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < cps.length) {
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

/** The oracle's readings, with offsets relative to the run's start as readRun gives them. */
function relative(readings: PageReading[], start: number): unknown[] {
  return readings.map((r) => ({
    page: r.page.page,
    gain: r.gain,
    proposals: r.proposals.map((p) => ({ ...p, start: p.start - start, end: p.end - start })),
  }));
}

function plain(readings: PageReading[]): unknown[] {
  return readings.map((r) => ({ page: r.page.page, gain: r.gain, proposals: r.proposals }));
}

describe('readRun', () => {
  test.prop(
    [fc.oneof(broken, odd), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 1, max: 3 })],
    {
      numRuns: 150,
    },
  )('reads every run as the simple reader does', (text, depth, maxChain) => {
    const cps = toCps(text);
    const options: EngineOptions = {
      encoders,
      maxChain,
      minGain: depth > 0 ? 1 : 3,
      preferCommon: true,
    };
    for (const [start, end] of runsOf(cps)) {
      const fast = readRun(cps, start, end, options, depth);
      const simple = readRunOracle(cps, start, end, options, depth);
      expect(plain(fast)).toEqual(relative(simple, start));
    }
  });
});
