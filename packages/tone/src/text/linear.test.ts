// Linear time: the work repairText does (characters scanned, per code page, at every layer, and
// by the sloppy Windows-1252 pass) grows in proportion to the input, including one long run of
// mojibake-looking characters with no ASCII to split it. We compare counts of work, never clocks;
// the time of a 1 MB run is printed only.
import { describe, expect, it, vi } from 'vitest';
import { workBudget } from './budget.js';
import { DEFAULT_PAGES, encoderFor } from './codePages.js';
import { repairString } from './engine.js';
import { decodeLossyUtf8 } from './lossy.js';
import { bytesOf, LOSSY_PAGES, withLostLetters } from './lostLetter.js';
import { mojibake } from './mojibake.js';
import { repairText } from './repairText.js';
import type { Repair } from './schemas.js';
import { withSecondPass } from './secondPass.js';
import { withSloppyStretches } from './sloppyStretch.js';

/**
 * Characters read by both engine passes and the sloppy pass, with a fresh memo (and the work
 * budget of repairText when `budget` is given).
 */
function steps(text: string, budget?: { left: number }): number {
  const counter = { steps: 0 };
  const engine = {
    encoders: DEFAULT_PAGES.map(encoderFor),
    maxChain: 3,
    minGain: 3,
    preferCommon: true,
    memo: new Map(),
    counter,
    ...(budget ? { budget } : {}),
  };
  const first = repairString(text, engine, 0);
  withSloppyStretches(first.cps, withSecondPass(first.cps, first.proposals, engine), engine);
  return counter.steps;
}

/** A seeded pick from `pool`: a run that never repeats, so no memo can hide its cost. */
function random(pool: string, n: number, gap = ''): string {
  const chars = Array.from(pool);
  let seed = 20261130;
  let out = '';
  for (let i = 0; i < n; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    const r = seed >>> 8; // the low bits of this generator repeat quickly
    out += gap && r % 7 === 0 ? gap : chars[r % chars.length];
  }
  return out;
}

const LATIN1 =
  'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ€‚ƒ„…†‡ˆ‰Š‹Œ‘’“”•–—˜™š›œ¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿';

/** U+00C0–U+00FF (lead bytes), U+0080–U+00BF (continuations and C1 controls), 1252's signs. */
const HIGH_AND_C1 = `${String.fromCharCode(...Array.from({ length: 0x80 }, (_, i) => 0x80 + i)).slice(0, 0x40)}${String.fromCharCode(...Array.from({ length: 0x40 }, (_, i) => 0xc0 + i))}€‚ƒ„…†‡ˆ‰Š‹Œ‘’“”•–—˜™š›œ`;

const ADVERSARIAL: Record<string, (n: number) => string> = {
  'Ã© run': (n) => 'Ã©'.repeat(n / 2),
  'â€ run (two layers)': (n) => 'Ã¢â‚¬Å“'.repeat(n / 7),
  'Ð/Ñ run': (n) => 'Ð¿Ñ€Ð¸Ð²ÐµÑ‚'.repeat(n / 12),
  'CJK mojibake run': (n) => '蟹邪泻邪蟹艂'.repeat(n / 6),
  'run with spaces and ?': (n) => 'Ã© â€ ?Ã'.repeat(n / 8),
  'run with U+FFFD': (n) => 'Ã\ufffdâ€\ufffd'.repeat(n / 5),
  // Broken twice with bytes lost: Windows-1252 reads each piece of 1,024 whole, and the pages
  // that write its characters alike are measured against it (readRun.ts piecesCeiling).
  'run broken twice, bytes lost': (n) => 'Ã\ufffdÂ·Ã‘â‚¬Ã§Å¡â€žÃªÂ°ï¿½Ã¯Â¿Â½'.repeat(n / 29),
  'Latin-1 cycle': (n) =>
    Array.from({ length: n }, (_, i) => String.fromCharCode(0xc0 + ((i * 7919) % 0x3f))).join(''),
  'random Latin-1': (n) => random(LATIN1, n),
  'random Latin-1 with spaces': (n) => random(LATIN1, n, ' '),
  'random Ð/Ñ': (n) => random('ÐÑ¿€¸°µ¹¾½»ºŸ‚ƒ„', n),
  'random CJK mojibake': (n) => random('蟹邪泻艂鍜涓鏂浜鐨勭殑缁欓鍚庣墿', n),
  'random Ã/â€/Ð picks': (n) => random('ÃÂâ€œ™Ð Ñ‚Ã©Ã¨', n),
  'random U+00C0–FF, U+0080–BF and 1252 signs': (n) => random(HIGH_AND_C1, n),
};

describe('repairText runs in linear time', () => {
  it.each(Object.entries(ADVERSARIAL).map(([name, make]) => ({ name, make })))(
    '$name: each doubling of the input at most doubles the work (+10%)',
    ({ make }) => {
      const [a, b, c] = [6_000, 12_000, 24_000].map((n) => steps(make(n)));
      expect(a).toBeGreaterThan(0);
      expect((b ?? 0) / (a ?? 1)).toBeLessThan(2.2);
      expect((c ?? 0) / (b ?? 1)).toBeLessThan(2.2);
    },
    120_000,
  );

  it.each(Object.entries(ADVERSARIAL).map(([name, make]) => ({ name, make })))(
    '$name: with the work budget of repairText, the engine reads little past its budget',
    ({ make }) => {
      for (const n of [100_000, 200_000]) {
        const budget = { left: workBudget(n) };
        const counted = steps(make(n), budget);
        // Overspent at most by the one run in progress when it ran out (a run is read in pieces
        // of at most 1,024 characters; its second and third layers are counted too) and by the
        // one stretch the lossy pass was reading (at most the text).
        expect(budget.left).toBeGreaterThan(-(1024 * 27 * 4 + n));
        // All pages counted, whether they could read a run or not: within 27 times the budget,
        // plus one pass of the lossy Windows-1252 reading over the text.
        expect(counted).toBeLessThan(27 * (workBudget(n) + 1024 * 27 * 4) + 2 * n);
      }
    },
    120_000,
  );

  // Repeated shapes whose every occurrence is a repair (or a memo hit): the budget bounds their
  // reading and, since 2026-12-01, their uses (each use of a run is charged: budget.ts), so each
  // such megabyte stops at the budget (issue #11). Each is timed, CPU time, best of two, in turn
  // with a megabyte of ordinary Windows-1252 mojibake prose (which stops at the budget too).
  // Before uses were charged (four runs under vitest, load 7-9): 1.3–1.9 times the prose for the
  // first, 1.3–2.3 for the second, 2.3–3.2 for 'Â Ã© ', 2.2–4.3 for 'Ã Ã ' (half a million
  // repairs then) and 1.8–2.6 for 'Ã© '; under the whole suite one run read 'Ã© ' at 5.2 times the
  // prose. Since (one run, quiet machine): 1.45, 2.36, 1.00, 0.89 and 1.12. The bounds stay where
  // they were: the test guards the shape of the cost, and a cost that grew at each occurrence with
  // the length of the text (quadratic concatenation, slicing the whole text) fails by orders of
  // magnitude.
  const cpuOnce = (text: string): number => {
    const c0 = process.cpuUsage();
    repairText(text);
    const c = process.cpuUsage(c0);
    return c.user + c.system;
  };
  const megabyte = (s: string): string => s.repeat(Math.round(1_000_000 / s.length));
  const PROSE = 'Merci pour votre rÃ©ponse, Ã  bientÃ´t. Danke fÃ¼r Ihre GeduldÂ â€“ GrÃ¼ÃŸe. ';
  it.each([
    { name: "'Ã© â€ ?Ã'", shape: 'Ã© â€ ?Ã', bound: 6 },
    { name: "'Ã¢â‚¬' (two layers)", shape: 'Ã¢â‚¬', bound: 6 },
    { name: "'Â Ã© ' (one stretch of 1 MB for the lossy pass)", shape: 'Â Ã© ', bound: 12 },
    { name: "'Ã Ã ' (a repair every two characters)", shape: 'Ã Ã ', bound: 10 },
    { name: "'Ã© '", shape: 'Ã© ', bound: 10 },
    // A lone sign beside each digit (loneSign.ts, half a million repairs, each an object the
    // result carries): 6.7 times the prose alone while loneSigns kept its candidates in maps and
    // sets by offset, 4.0 since (session 48); 7.3 under vitest beside a CI run. 3.0-3.6 once
    // charged to the work budget (T69d), 2.2-2.6 since withoutLoneCjk's looks share one walk
    // (T69g, loneCjkLook.ts; four runs each, in turn). The bound guards the shape of the cost (a
    // quadratic one fails by orders of magnitude), not its constant.
    { name: "'째1' (a lone sign before each digit)", shape: '째1', bound: 16 },
    // A capital at each word's end (wordEndCapital.ts): the engine reads the first 125,000 and
    // the capitals pass met the rest past the budget, each asking whether a quotation opened
    // before it from the text's start (575 KB took 200 s). Charged to the budget, and the first
    // opening mark found once (T70e): 1.87 times the prose (one run, a callgrind count beside).
    { name: "'AÃ” ' (a capital broken at each word's end)", shape: 'AÃ” ', bound: 16 },
    // Capitals through 1250 that ask for another repair of the page ("Ă”" closes Romanian quotes)
    // among Windows-1252 repairs: main took over two minutes for the megabyte (the prefix scan at
    // each pair, and the repairs searched at each for one of the page, now asked once a page).
    { name: "'Ã© BĂ” ' (capitals asking for a repair of their page)", shape: 'Ã© BĂ” ', bound: 16 },
  ])(
    '1 MB of $name costs at most $bound times 1 MB of mojibake prose',
    ({ shape, bound }) => {
      expect(repairText(PROSE).text).toContain('réponse');
      expect(repairText(shape.repeat(8)).changed).toBe(true);
      // The prose and the shape in turn, best of two each: a load that comes or goes between
      // them (the rest of the suite runs beside this file) moves both (the prose alone, read once
      // before the shapes, let one run under the whole suite read 'Ã© ' at 5.2 times it; alone, 1.7).
      let prose = Number.POSITIVE_INFINITY;
      let cost = Number.POSITIVE_INFINITY;
      for (let run = 0; run < 2; run++) {
        prose = Math.min(prose, cpuOnce(megabyte(PROSE)));
        cost = Math.min(cost, cpuOnce(megabyte(shape)));
      }
      console.log(`1 MB of ${JSON.stringify(shape)}: ${(cost / prose).toFixed(2)} × 1 MB of prose`);
      expect(cost / prose).toBeLessThan(bound);
    },
    120_000,
  );

  it('finishes a 1 MB run of mojibake-looking characters', () => {
    const text = 'Ã¢â‚¬Å“'.repeat(1_000_000 / 12);
    const t0 = performance.now();
    const r = repairText(text);
    console.log(
      `1 MB adversarial run (${text.length} chars): ${(performance.now() - t0).toFixed(0)} ms, ${r.repairs.length} repairs`,
    );
    expect(r.changed).toBe(true);
  }, 120_000);
});

// The letters lost through a single-byte page (lostLetter.ts), read after the engine: a long
// message of words that lost a byte each asked, at each of them, every other repair of the
// message through four pages and read all the message's letters for its language, and sliced the
// whole text at each letter written back (U51f: 100 KB of Hindi through Windows-1252 in 10.5 s,
// 200 KB of Japanese in 36 s; 0.09 s and 0.21 s since). The work counted: characters encoded
// through the lossy pages, characters lowercased (the language's reading) and characters sliced
// from strings (the text's assembly).
describe('withLostLetters runs in linear time (U51f)', () => {
  /** `words` broken through Windows-1252 (undefined bytes as U+FFFD), one repair each. */
  function message(words: readonly string[], n: number): { out: string; repairs: Repair[] } {
    let input = '';
    let out = '';
    const repairs: Repair[] = [];
    for (let k = 0; input.length < n; k++) {
      const word = words[k % words.length] as string;
      const before = mojibake(word, 'windows-1252', 'strict');
      const after = decodeLossyUtf8(bytesOf(before, 'windows-1252') ?? [])?.text ?? before;
      const start = input.length;
      input += `${before} `;
      out += `${after} `;
      repairs.push({
        start,
        end: start + before.length,
        before,
        after,
        chain: ['windows-1252'],
        confidence: 0.95,
        applied: true,
      });
    }
    return { out, repairs };
  }
  function work(text: { out: string; repairs: Repair[] }): number {
    let counted = 0;
    const spies = LOSSY_PAGES.map((page) => {
      const enc = encoderFor(page);
      const encode = enc.encode;
      return vi.spyOn(enc, 'encode').mockImplementation((cp) => {
        counted++;
        return encode(cp);
      });
    });
    const lower = String.prototype.toLowerCase;
    const slice = String.prototype.slice;
    const lowered = vi.spyOn(String.prototype, 'toLowerCase').mockImplementation(function (
      this: string,
    ) {
      counted += this.length;
      return lower.call(this);
    });
    const sliced = vi.spyOn(String.prototype, 'slice').mockImplementation(function (
      this: string,
      ...args
    ) {
      const got = slice.apply(this, args);
      counted += got.length;
      return got;
    });
    try {
      withLostLetters(text.out, text.repairs);
    } finally {
      for (const spy of [...spies, lowered, sliced]) spy.mockRestore();
    }
    return counted;
  }
  const SHAPES: Record<string, readonly string[]> = {
    // A virama (U+094D, E0 A5 8D) in most words: 8D is undefined in 1252, nothing written back.
    'Hindi through Windows-1252': ['धन्यवाद', 'आपका', 'ऑर्डर', 'नमस्ते', 'कृपया', 'हाँ'],
    // Hiragana's E3 81 xx: 81 is undefined in 1252, nothing written back.
    'Japanese through Windows-1252': ['ありがとう', 'ございます', 'お客様', 'です'],
    // "Ł" (C5 81) lost and written back at each word: the text assembled again at each.
    'Polish through Windows-1252, each "Ł" written back': ['Łukasz', 'Łódź', 'Dziękuję', 'Żółć'],
  };
  it.each(Object.entries(SHAPES).map(([name, words]) => ({ name, words })))(
    '$name: each doubling of the message at most doubles the work (+10%)',
    ({ words }) => {
      const [a, b, c] = [6_000, 12_000, 24_000].map((n) => work(message(words, n)));
      expect(a).toBeGreaterThan(0);
      expect((b ?? 0) / (a ?? 1)).toBeLessThan(2.2);
      expect((c ?? 0) / (b ?? 1)).toBeLessThan(2.2);
    },
    120_000,
  );

  it('writes each "Ł" back in the Polish shape', () => {
    const words = SHAPES['Polish through Windows-1252, each "Ł" written back'] ?? [];
    const polish = message(words, 2_000);
    expect(polish.out).toContain('\ufffd');
    const want = polish.repairs.map((_, k) => `${words[k % words.length]} `).join('');
    expect(withLostLetters(polish.out, polish.repairs)?.text).toBe(want);
  });
});
