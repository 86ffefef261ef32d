import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { brokenText, LINE_WORDS, runsOf } from '../../test/text/arbitraries.js';
import { type CodePage, DEFAULT_PAGES, decodeWith, encoderFor } from './codePages.js';
import { type DeepSpan, slotsOverflow } from './deepSlots.js';
import { slotsOverflowOracle } from './deepSlotsOracle.js';
import { findGroups } from './findGroups.js';
import { toCps } from './runParts.js';

// readRun.ts's farMatters reads the pages it left unread when one of them might take a slot of a
// span one layer deeper: slotsOverflow against the loop it replaced (every reading's span asked of
// every page, the whole walk each time), on spans that are groups some page finds (each as many
// times as readings hold it), spans of neither, and runs over 256 characters (one slot).

const single = DEFAULT_PAGES.map((p) => encoderFor(p)).filter((e) => !e.doubleByte && e.flat);
const PAGES: CodePage[] = ['windows-1252', 'iso-8859-15', 'windows-1250', 'macintosh', 'koi8-r'];
const text = fc.oneof(
  brokenText(LINE_WORDS, PAGES, { maxWords: 4, minLayers: 1 }),
  brokenText(['的訂單已於今天出貨', 'ありがとう', 'Größe', 'задержка'], PAGES, {
    maxWords: 3,
    minLayers: 2,
  }),
  // One long run: its groups are over 256 characters (one slot each).
  fc
    .integer({ min: 40, max: 70 })
    .map((n) => decodeWith(Buffer.from('訂單已於今天出貨'.repeat(n), 'utf8'), 'windows-1252')),
  fc
    .array(fc.constantFrom(...'ÃÂÅÄÐÑâ€™œ©®°±²³µ¶·¸¹º»¼½¾¿×÷ŠŒŽšžŸƒ\ufffd ?a'), {
      minLength: 1,
      maxLength: 30,
    })
    .map((cs) => cs.join('')),
);

describe('slotsOverflow', () => {
  test.prop(
    [
      text,
      fc.subarray(single.map((_, k) => k)),
      fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 4 })), { maxLength: 8 }),
    ],
    { numRuns: 300 },
  )('answers as the loop it replaced', (t, unreadAt, picks) => {
    const cps = toCps(t);
    const unread = unreadAt.map((k) => (single[k] as (typeof single)[number]).flat as Int16Array);
    for (const [start, end] of runsOf(cps)) {
      // The groups the pages find on the run, and spans of the run that may be none.
      const groups: DeepSpan[] = single.flatMap((p) =>
        findGroups(cps, start, end, p, { limit: cps.length }),
      );
      const spans: DeepSpan[] = [];
      for (const [x, y, times] of picks) {
        // A group (most often), the whole run, or any span of it.
        const span: DeepSpan =
          x % 4 === 0
            ? { start, end }
            : x % 4 === 1 || groups.length === 0
              ? {
                  start: start + (y % (end - start)),
                  end: Math.min(end + 1, start + 1 + (x % (end - start + 1))),
                }
              : (groups[y % groups.length] as DeepSpan);
        if (span.end <= span.start) continue;
        for (let k = 0; k < times; k++) spans.push(span);
      }
      expect(slotsOverflow(cps, unread, spans)).toBe(slotsOverflowOracle(cps, unread, spans));
    }
  });

  test('a span overflows its slots only with the pages that might find its group', () => {
    const w = encoderFor('windows-1252').flat as Int16Array;
    const l1 = encoderFor('iso-8859-1').flat as Int16Array;
    const koi = encoderFor('koi8-r').flat as Int16Array;
    const cps = toCps('Ã©tÃ©');
    const span = { start: 0, end: 2 };
    // Three readings fill its three slots: one more page that finds "Ã©" overflows them.
    expect(slotsOverflow(cps, [w], [span, span, span])).toBe(true);
    expect(slotsOverflow(cps, [koi], [span, span, span])).toBe(false);
    expect(slotsOverflow(cps, [w, l1], [span])).toBe(false);
    expect(slotsOverflow(cps, [w, l1], [span, span])).toBe(true);
    expect(slotsOverflow(cps, [], [span, span, span, span])).toBe(false);
  });
});
