import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { brokenText, runsOf } from '../../test/text/arbitraries.js';
import { SENTENCES } from '../../test/text/sentences.js';
import { type CodePage, DEFAULT_PAGES, decodeWith, encoderFor } from './codePages.js';
import { windowCost } from './cost.js';
import { cutAt, type EngineOptions } from './engine.js';
import { findGroups } from './findGroups.js';
import { mojibake } from './mojibake.js';
import { possiblePages } from './pageMasks.js';
import { runReadsNothing } from './quietRun.js';
import { readRun } from './readRun.js';
import { repairText } from './repairText.js';
import { CONTEXT, endsInLetterOrNbsp, lineArt, toCps } from './runParts.js';

// The proof that a run has no reading (quietRun.ts) against readRun itself, at depth 0 as the
// engine asks it, and its scan of groups against findGroups'.

const encoders = DEFAULT_PAGES.map((p) => encoderFor(p));
/** repairText's default options. */
const options3: EngineOptions = { encoders, maxChain: 3, minGain: 3, preferCommon: true };

// Clean text of every script of the corpus: words of its sentences, and characters picked from
// the blocks clean messages are written in (CJK, kana, Hangul, Cyrillic, Arabic, Greek).
const words = Object.values(SENTENCES)
  .flat()
  .flatMap((s) => s.split(' '));
const block = (lo: number, hi: number) =>
  fc.integer({ min: lo, max: hi }).map((c) => String.fromCharCode(c));
const clean = fc.oneof(
  fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }).map((w) => w.join(' ')),
  fc
    .array(
      fc.oneof(
        block(0x4e00, 0x9fff),
        block(0x3040, 0x30ff),
        block(0xac00, 0xd7a3),
        block(0x0400, 0x045f),
        block(0x0600, 0x06ff),
        block(0x0370, 0x03ff),
        fc.constantFrom('。', '、', '，', ' ', '?', '！'),
        // Characters outside the mask tables: astral, U+FFFE and U+FFFF (a lead or continuation
        // byte first in GB18030).
        fc.constantFrom('\uffff', '\ufffe', '😀', '𠀋'),
      ),
      { minLength: 1, maxLength: 40 },
    )
    .map((a) => a.join('')),
);
const PAGES: CodePage[] = [
  'windows-1252',
  'windows-1251',
  'gbk',
  'shift_jis',
  'big5',
  'euc-kr',
  'koi8-r',
  'iso-8859-5',
  'windows-1256',
  'cp437',
];
// Mojibake of the same words, once or twice, so that runs the proof must refuse come up too.
const broken = brokenText(words.slice(0, 400), PAGES, { maxWords: 4, minLayers: 1 });
// Runs whose groups add up to the run while a group's reading loses, so that the proof must look
// under that group at the layer readRun may take in its place (someGroupLoses): a few letters
// made mojibake twice ("ę" → "ÄÙ" → "Ëáã", whose macOS Roman reading loses but reads on to "ę"),
// whole, or, as "већ " reads through Windows-1251, without their last byte 0xA0 (left to the
// space after the run) and after a letter that starts no group.
const pieces = [
  ...new Set(
    words.flatMap((w) => {
      const letters = [...w].filter((c) => c.charCodeAt(0) >= 0x80);
      return letters.flatMap((c, i) => [c, c + (letters[i + 1] ?? '')]);
    }),
  ),
];
const single = DEFAULT_PAGES.filter((p) => !encoderFor(p).doubleByte);
const utf8 = (t: string) => new TextEncoder().encode(t);
const layered = fc
  .tuple(
    fc.constantFrom(...pieces),
    fc.constantFrom(...DEFAULT_PAGES),
    fc.constantFrom(...single),
    fc.constantFrom('', 'é', 'ж', 'в'),
    fc.constantFrom('a ', 'је ', ''),
    fc.constantFrom(' ab', ' на', ''),
  )
  .map(([piece, inner, outer, letter, before, after]) => {
    const bytes = utf8(decodeWith(utf8(piece), inner));
    const cut = letter !== '' && bytes[bytes.length - 1] === 0xa0;
    const run = decodeWith(cut ? bytes.subarray(0, -1) : bytes, outer);
    return `${before}${cut ? letter : ''}${run}${cut ? ' ab' : after}`;
  });
const text = fc.oneof(clean, clean, broken, layered);

// Runs holding a U+FFFD, as a pass's output holds one where a lossy repair wrote it for a lost
// byte (cleanScan.ts asks the proof about those): the outputs of sentences that lost bytes
// through GBK, and the texts above with lost bytes put anywhere (after a lead, inside mojibake).
const lostOutputs = Object.values(SENTENCES)
  .flat()
  .map((s) => mojibake(s, 'gbk'))
  .filter((b) => b.includes('\ufffd'))
  .flatMap((b) => [b, repairText(b).text]);
const withLost = fc.oneof(
  fc.constantFrom(...lostOutputs),
  fc
    .tuple(
      fc.oneof(text, fc.constantFrom(...lostOutputs)),
      fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
      fc.constantFrom('\ufffd', '\ufffd\ufffd', '?\ufffd', '\ufffd '),
    )
    .map(([t, ats, lost]) => {
      let out = t;
      for (const at of ats) {
        const cut = at % (out.length + 1);
        out = out.slice(0, cut) + lost + out.slice(cut);
      }
      return out;
    }),
);

/** The runs of `cps` as the engine cuts them, with the pages the masks let read each. */
function cutRuns(cps: readonly number[]): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (const [i, j] of runsOf(cps))
    for (let from = i; from < j; ) {
      const to = cutAt(cps, from, j);
      const possible = possiblePages(cps, from, to, encoders);
      if (possible > 0) out.push([from, to, possible]);
      from = to;
    }
  return out;
}

/**
 * The runs of `cps` that hold a U+FFFD and no C1 control, as the engine cuts them, with the pages
 * the masks let read each (possiblePages' answer without its candidate bit; none: no page reads it).
 */
function lostRuns(cps: readonly number[]): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (const [i, j] of runsOf(cps))
    for (let from = i; from < j; ) {
      const to = cutAt(cps, from, j);
      const run = cps.slice(from, to);
      const possible = possiblePages(cps, from, to, encoders) & 0x7fffffff;
      if (run.includes(0xfffd) && !run.some((c) => c >= 0x80 && c < 0xa0) && possible !== 0)
        out.push([from, to, possible]);
      from = to;
    }
  return out;
}

/**
 * The first stage of the proof written over findGroups' own groups: 'loud' when a group could be
 * applied, 'quiet' when none can and they do not add up to the run, 'covered' when they do (the
 * proof then looks at what each group loses).
 */
function byFindGroups(
  cps: readonly number[],
  start: number,
  end: number,
  possible: number,
  minGain: number,
): 'loud' | 'quiet' | 'covered' {
  let answer: 'quiet' | 'covered' = 'quiet';
  for (const [index, page] of encoders.entries()) {
    if ((possible & (1 << index)) === 0) continue;
    let covered = 0;
    // A U+FFFD is a lost byte only through a page whose decoder loses bytes (codePages.ts).
    const lossy = page.losesBytes;
    for (const g of findGroups(cps, start, end, page, { limit: cps.length, lossy })) {
      if (g.absorbedSpace && !endsInLetterOrNbsp(g.decoded)) continue;
      if (page.page === 'cp437' && lineArt(cps, g.start, g.end)) continue;
      const leads = g.leads;
      const cost = windowCost(
        cps,
        g.start,
        g.end,
        Math.max(0, g.start - CONTEXT),
        Math.min(cps.length, g.end + CONTEXT),
      );
      if (cost + Math.max(0, leads - 3) >= minGain) return 'loud';
      covered += g.end - g.start;
    }
    if (covered === end - start) answer = 'covered';
  }
  return answer;
}

describe('runReadsNothing', () => {
  test.prop([text, fc.constantFrom(1, 2, 3, 5, 10), fc.integer({ min: 1, max: 3 }), fc.boolean()], {
    numRuns: 400,
  })(
    'says a run has no reading only when readRun gives it none',
    (s, minGain, maxChain, preferCommon) => {
      const cps = toCps(s);
      const options: EngineOptions = { encoders, maxChain, minGain, preferCommon };
      for (const [from, to, possible] of cutRuns(cps))
        if (runReadsNothing(cps, from, to, possible, options))
          expect(readRun(cps, from, to, options, 0)).toEqual([]);
    },
  );

  test.prop([text, fc.constantFrom(1, 3)], { numRuns: 300 })(
    "scans the groups findGroups finds (the answer of a proof over findGroups' own groups)",
    (s, minGain) => {
      const cps = toCps(s);
      for (const [from, to, possible] of cutRuns(cps)) {
        const simple = byFindGroups(cps, from, to, possible, minGain);
        const quiet = runReadsNothing(cps, from, to, possible, { ...options3, minGain });
        if (simple !== 'covered') expect(quiet).toBe(simple === 'quiet');
      }
    },
  );

  test.prop([withLost, fc.constantFrom(1, 2, 3, 5), fc.integer({ min: 1, max: 3 }), fc.boolean()], {
    numRuns: 300,
  })(
    'says a run holding a lost byte has no reading only when readRun gives it none',
    (s, minGain, maxChain, preferCommon) => {
      // A U+FFFD ends the sequence a lead before it began, as findGroups' lossy reading reads it.
      const cps = toCps(s);
      const options: EngineOptions = { encoders, maxChain, minGain, preferCommon };
      for (const [from, to, possible] of lostRuns(cps))
        if (runReadsNothing(cps, from, to, possible, options))
          expect(readRun(cps, from, to, options, 0)).toEqual([]);
    },
  );

  test.prop([withLost, fc.constantFrom(1, 3)], { numRuns: 300 })(
    "scans the groups findGroups finds through a lost byte (a proof over findGroups' own groups)",
    (s, minGain) => {
      const cps = toCps(s);
      for (const [from, to, possible] of lostRuns(cps)) {
        const simple = byFindGroups(cps, from, to, possible, minGain);
        const quiet = runReadsNothing(cps, from, to, possible, { ...options3, minGain });
        if (simple !== 'covered') expect(quiet).toBe(simple === 'quiet');
      }
    },
  );

  test('answers a run as it stands, whatever run was proved before it', () => {
    // Both end in a group at [4, 6), their last letter and the space after it read as 0xA0, which
    // costs 0 as it stands after "уж" and 3 after "нн" (a capital after a small letter): the cost
    // the proof keeps for the last span it asked for (spanCost) is for the pages of one run only.
    const quiet = (s: string) => {
      const cps = toCps(s);
      return cutRuns(cps).every(([from, to, possible]) =>
        runReadsNothing(cps, from, to, possible, options3),
      );
    };
    expect(quiet('a уже b')).toBe(true);
    expect(quiet('a ннР b')).toBe(false);
    expect(quiet('a уже b')).toBe(true);
  });

  test('judges the group of a run of two letters, whatever it costs', () => {
    // "Ã " reads as "à" through Windows-1252 (3 as it stands after "é", below a minimum gain of 5),
    // and spans the run "éÃ" by coincidence: readRun reads it whole, no worse than it stands.
    const cps = toCps('x éÃ la');
    const options = { ...options3, minGain: 5 };
    const possible = possiblePages(cps, 2, 4, encoders);
    expect(readRun(cps, 2, 4, options, 0)).not.toEqual([]);
    expect(runReadsNothing(cps, 2, 4, possible, options)).toBe(false);
  });

  test('proves clean Chinese, Japanese and Korean sentences unread', () => {
    // The point of the proof: the masks let these through, the engine would read them for nothing.
    for (const lang of ['zh-Hans', 'zh-Hant', 'ja', 'ko'])
      for (const s of SENTENCES[lang] ?? []) {
        const cps = toCps(s);
        for (const [from, to, possible] of cutRuns(cps))
          expect(runReadsNothing(cps, from, to, possible, options3)).toBe(true);
      }
  });
});
