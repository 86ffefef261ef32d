import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { DEFAULT_PAGES, encoderFor } from './codePages.js';
import { findGroups } from './findGroups.js';
import { mojibake } from './mojibake.js';
import { ALL_PAGES, compute, possiblePages } from './pageMasks.js';

// The masks only rule pages out; findGroups (the brute force: encode every character, parse the
// bytes as UTF-8) decides. Whenever findGroups finds a group in a run, the masks must allow its page.

const encoders = DEFAULT_PAGES.map((p) => encoderFor(p));
const words = [
  'Dziękujemy',
  'Größe',
  'été à',
  'Спасибо',
  'ευχαριστούμε',
  '感谢您的订单',
  'ありがとう',
  '감사합니다',
  'Tiếng Việt',
  'كتابها',
  '╨┐╤Ç ├┤a',
  '√π ≈ 3',
];
const text = fc
  .array(
    fc.oneof(
      fc.constantFrom(...words),
      fc
        .tuple(fc.constantFrom(...words), fc.constantFrom(...DEFAULT_PAGES))
        .map(([w, p]) => mojibake(w, p)),
      fc.string({ unit: 'binary', maxLength: 6 }),
      // Lost bytes and C1 controls inside mojibake: "ï¸\ufffd", "â€\u009d".
      fc
        .tuple(fc.constantFrom(...words), fc.constantFrom(...DEFAULT_PAGES), fc.nat(12))
        .map(([w, p, at]) => {
          const m = mojibake(w, p);
          const cut = Math.min(at, m.length);
          return `${m.slice(0, cut)}${at % 2 === 0 ? '\ufffd' : String.fromCharCode(0x80 + at)}${m.slice(cut + 1)}`;
        }),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(fc.sample(fc.constantFrom(' ', '', '?', '\n'), 1)[0] ?? ' '));

describe('possiblePages', () => {
  test.prop([text], { numRuns: 600 })('never rules out a page that finds a group', (s) => {
    const cps = [...s].map((c) => c.codePointAt(0) ?? 0);
    let i = 0;
    while (i < cps.length) {
      if ((cps[i] ?? 0) < 0x80) {
        i++;
        continue;
      }
      let j = i;
      while (j < cps.length && (cps[j] ?? 0) >= 0x80) j++;
      const mask = possiblePages(cps, i, j, encoders);
      encoders.forEach((page, index) => {
        for (const lossy of [true, false]) {
          const found = findGroups(cps, i, j, page, { limit: cps.length, lossy }).length > 0;
          if (found)
            expect(mask === ALL_PAGES || (mask & (1 << index)) !== 0, page.page).toBe(true);
        }
      });
      i = j;
    }
  });

  // The tables (filled on first sight, marked in cont's bit 31) and the common-character branch
  // change nothing: the same masks as computing every character from its pages afresh.
  const fresh = (cps: readonly number[], start: number, end: number): number => {
    let mask = 0;
    let prevOpen = 0;
    let lastOpen2 = 0;
    let wild = false;
    for (let k = start; k < end; k++) {
      const cp = cps[k] ?? 0;
      if (cp === 0xfffd) {
        mask |= prevOpen;
        wild = true;
        prevOpen = 0;
        lastOpen2 = 0;
        continue;
      }
      if (cp >= 0x80 && cp < 0xa0) wild = true;
      const [self, open, cont, open2] = compute({ pages: encoders } as never, cp);
      mask |= self | (prevOpen & cont);
      prevOpen = open;
      lastOpen2 = open2;
    }
    if (cps[end] === 0x20) mask |= lastOpen2;
    return wild ? mask | (1 << 31) : mask;
  };
  test.prop([text, fc.string({ unit: 'binary', maxLength: 12 })], { numRuns: 300 })(
    'answers as the masks computed afresh',
    (s, t) => {
      const cps = [...`${s} ${t}`].map((c) => c.codePointAt(0) ?? 0);
      for (let i = 0; i < cps.length; i++)
        for (let j = i + 1; j <= Math.min(cps.length, i + 8); j++)
          expect(possiblePages(cps, i, j, encoders)).toBe(fresh(cps, i, j));
    },
    // About 3 s alone; twice that on two loaded cores, and 14-21 s at load 11 (2026-12-03, four
    // jobs on two cores): the limit guards against a hang, not a speed.
    90_000,
  );
});
