import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { brokenText, LINE_WORDS, runsOf } from '../../test/text/arbitraries.js';
import { type CodePage, DEFAULT_PAGES, encoderFor } from './codePages.js';
import { findGroups } from './findGroups.js';
import { holdsGroupAt, mayHoldGroup, pageBlocks } from './pageBlocks.js';
import { costInPlace } from './readRun.js';
import { toCps } from './runParts.js';

// readRun.ts leaves a single-byte page unread as far behind when its blocks (pageBlocks.ts), at
// their costs in place and their lead bytes' bonus, sum below 85% of the floor: exact only if
// every group the page would find lies inside one block with no more lead bytes, and if the
// groups inside a block cost no more in place than the block. The oracle is findGroups itself,
// lossy (the top layer) or not, on mojibake, on runs of the characters single-byte pages write
// for their upper halves (with U+FFFD, spaces and '?' beside them), and on the twice-broken runs
// the rule was made for.

const single = DEFAULT_PAGES.map((p) => encoderFor(p)).filter((e) => !e.doubleByte && e.flat);
const PAGES: CodePage[] = ['windows-1252', 'iso-8859-15', 'windows-1250', 'macintosh', 'koi8-r'];
const upper = [...new Set(single.flatMap((e) => [...(e.flat as Int16Array).entries()]))]
  .filter(([cp, b]) => b >= 0x80 && cp >= 0x80)
  .map(([cp]) => String.fromCodePoint(cp));
const text = fc.oneof(
  brokenText(LINE_WORDS, PAGES, { maxWords: 4, minLayers: 1 }),
  brokenText(['的訂單已於今天出貨', 'ありがとう', 'Größe', 'задержка'], PAGES, {
    maxWords: 3,
    minLayers: 2,
  }),
  fc
    .array(fc.oneof(fc.constantFrom(...upper), fc.constantFrom('\ufffd', ' ', '?', 'a', '  ')), {
      minLength: 1,
      maxLength: 40,
    })
    .map((cs) => cs.join('')),
);

/** The blocks as [first, end, leads] triples, or undefined where pageBlocks gives up (-1). */
function blocksOf(cps: readonly number[], start: number, end: number, flat: Int16Array) {
  const out: number[] = [];
  const n = pageBlocks(cps, start, end, flat, out);
  if (n < 0) return undefined;
  const triples: [number, number, number][] = [];
  for (let k = 0; k < n; k += 3)
    triples.push([out[k] as number, out[k + 1] as number, out[k + 2] as number]);
  return triples;
}

describe('pageBlocks', () => {
  test.prop([text, fc.boolean()], { numRuns: 300 })(
    'holds every group findGroups finds inside one block, with no more lead bytes',
    (t, lossy) => {
      const cps = toCps(t);
      for (const [start, end] of runsOf(cps))
        for (const page of single) {
          const flat = page.flat as Int16Array;
          const blocks = blocksOf(cps, start, end, flat);
          const groups = findGroups(cps, start, end, page, { limit: cps.length, lossy });
          if (blocks === undefined) continue;
          // Blocks are apart and in order.
          for (let k = 1; k < blocks.length; k++)
            expect((blocks[k] as number[])[0]).toBeGreaterThan(
              (blocks[k - 1] as number[])[1] as number,
            );
          const inside = new Map<[number, number, number], number>();
          for (const g of groups) {
            const b = blocks.find(([s, e]) => s <= g.start && g.end <= e);
            expect(b, `${page.page} group ${g.start}-${g.end} of ${start}-${end}`).toBeDefined();
            if (!b) continue;
            inside.set(b, (inside.get(b) ?? 0) + g.leads);
            expect(mayHoldGroup(cps, flat, g.start, g.end)).toBe(true);
          }
          for (const [b, leads] of inside) expect(leads).toBeLessThanOrEqual(b[2]);
        }
    },
  );

  test.prop([text, fc.boolean()], { numRuns: 300 })(
    "bounds what a page's groups may gain: their costs in place and bonus, summed, are no more than its blocks'",
    (t, lossy) => {
      const cps = toCps(t);
      for (const [start, end] of runsOf(cps))
        for (const page of single) {
          const blocks = blocksOf(cps, start, end, page.flat as Int16Array);
          if (blocks === undefined) continue;
          let most = 0;
          for (const [s, e, leads] of blocks)
            most += costInPlace(cps, s, e) + Math.max(0, leads - 3);
          let groups = 0;
          for (const g of findGroups(cps, start, end, page, { limit: cps.length, lossy }))
            groups += costInPlace(cps, g.start, g.end) + Math.max(0, g.leads - 3);
          expect(groups).toBeLessThanOrEqual(most);
        }
    },
  );

  test.prop([text], { numRuns: 200 })(
    'holdsGroupAt answers as mayHoldGroup (the whole walk) on the spans of a run, and past its end',
    (t) => {
      const cps = toCps(t);
      const differ: string[] = [];
      for (const [start, end] of runsOf(cps))
        for (const page of single) {
          const flat = page.flat as Int16Array;
          // The spans of up to 12 characters inside the run, and those from each of its
          // characters to its end and two past it (the text's end among them: nothing after).
          for (let s = start; s < end; s++)
            for (let e = s; e <= Math.min(cps.length, end + 2); e++) {
              if (e > s + 12 && e < end) e = end;
              if (holdsGroupAt(cps, flat, s, e) !== mayHoldGroup(cps, flat, s, e))
                differ.push(`${page.page} ${s}-${e}`);
            }
        }
      expect(differ).toEqual([]);
    },
  );

  test('holdsGroupAt: one block exactly, none, and a sequence left open before a space', () => {
    const flat = encoderFor('windows-1252').flat as Int16Array;
    const cps = toCps('Ã©Ã©x Ã ?');
    expect(holdsGroupAt(cps, flat, 0, 4)).toBe(true);
    expect(holdsGroupAt(cps, flat, 0, 2)).toBe(true);
    expect(holdsGroupAt(cps, flat, 1, 4)).toBe(false);
    expect(holdsGroupAt(cps, flat, 0, 3)).toBe(false);
    // "Ã" open at the span's end, a space after it: the walk gives up (true), at the first
    // character or after a sequence that did not open one.
    expect(holdsGroupAt(cps, flat, 6, 7)).toBe(true);
    expect(holdsGroupAt(cps, flat, 4, 7)).toBe(true);
    expect(holdsGroupAt(cps, flat, 4, 6)).toBe(false);
  });

  test('a sequence left open at the run end before a space or a "?" gives up; before a letter it is no block', () => {
    const w = encoderFor('windows-1252');
    const flat = w.flat as Int16Array;
    // "Ã" (0xC3) waits for a continuation byte: a space after the run may be its lost 0xA0.
    for (const [t, n] of [
      ['Ã© Ã b', 3],
      ['Ã© Ã?', 3],
      ['Ã© Ãb', 3],
    ] as const) {
      const cps = toCps(t);
      const out: number[] = [];
      const runs = runsOf(cps);
      const [start, end] = runs[runs.length - 1] as [number, number];
      const got = pageBlocks(cps, start, end, flat, out);
      expect(got, t).toBe(t === 'Ã© Ãb' ? 0 : -1);
      const [s0, e0] = runs[0] as [number, number];
      expect(pageBlocks(cps, s0, e0, flat, out)).toBe(n);
      expect(out.slice(0, 3)).toEqual([0, 2, 1]);
    }
  });

  test('a sequence cut short by U+FFFD is one, and blocks join back to back', () => {
    const flat = encoderFor('windows-1252').flat as Int16Array;
    const cps = toCps('â€\ufffdÃ©Ã©x');
    const out: number[] = [];
    expect(pageBlocks(cps, 0, 7, flat, out)).toBe(3);
    expect(out.slice(0, 3)).toEqual([0, 7, 3]);
    expect(mayHoldGroup(cps, flat, 3, 7)).toBe(true);
    expect(mayHoldGroup(cps, flat, 4, 7)).toBe(false);
  });
});
