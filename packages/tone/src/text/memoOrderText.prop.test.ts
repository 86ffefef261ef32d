import { fc, test } from '@fast-check/vitest';
import { describe, expect, vi } from 'vitest';
import { brokenLines, brokenText, LINE_WORDS, mixedThread } from '../../test/text/arbitraries.js';
import { loadFtfyCases } from '../../test/text/ftfyCorpus.js';
import { resetPairMemo, resetWindowMemo } from './cost.js';
import { forgetSharedMemos, repairText } from './repairText.js';
import { forgetStretches } from './sloppyStretch.js';

// repairText's answer for a message does not depend on the messages it read before (issue #11:
// a stream of messages shares the run memo, the inner layers' readings, the sloppy stretches'
// readings and the cost memos between calls). Oracle: repairText of a module instance of its own
// (vi.resetModules), every memo and cache of src/text fresh. Two instances a run: one reads a then
// b, the other b then a, so that each message is held once to its reading alone. Messages share
// words, and b is often a with one character changed, so that their runs meet the same memo keys
// with other text around them (session 63: a reading that looked past its key, kept under the
// short one, gave the next message with that key and other letters after it the first one's answer).

type Repair = typeof import('./repairText.js').repairText;

/** repairText of a module instance of its own: every memo and cache of src/text fresh. */
async function fresh(): Promise<Repair> {
  vi.resetModules();
  return (await import('./repairText.js')).repairText;
}

const corpus = (loadFtfyCases() ?? []).map((c) => c.original).filter((t) => t.length < 400);
const gaps = fc.constantFrom(' ', ' ', '. ', ', ', '\n', '', ' 10h ', ' #4471 ');
const glyph = fc.constantFrom(
  ...'Ã Â©¤¦§¨ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿ÅÆÇÐÑ×ØÞßà€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ aeinsx.',
);
// An "Ã " whose space may be a lost 0xA0, whose reading looks at the word after the space, and
// before it sometimes a letter broken twice (an inner layer the same reading reads).
const after = fc.constantFrom('ng', 'ngx', 's', 'sx', 'quele', 'quelx', 'i', 'ix', 'nh', 'ção');
const atA = fc.tuple(
  fc.constantFrom('Xin ', 'Obrigado ', 'Vá '),
  fc.constantFrom(...'afhioqsxé'),
  fc.constantFrom(...'afhioqsxé', 'ÃƒÂ©', 'ÃƒÂ´', 'Ã¡Âº¡'),
  after,
  fc.constantFrom(' toi café', ' 10h', '.', ' dia', ''),
);
const messages: fc.Arbitrary<string>[] = [
  brokenLines(['Σήμερα', 'Привет', 'ありがとう', 'Wrocław', 'Größe', 'à', 'àquele'], 'browser', [
    ' ',
    '\n',
    ', ',
  ]),
  brokenLines(['Ελλάδα', 'Москва', 'à', 'às', 'Hà Nội'], 'strict'),
  brokenText(
    [...LINE_WORDS, 'Tiếng Việt', 'ภาษาไทย', '中文字', 'Ελληνικά', 'עברית', 'München'],
    [
      'windows-1252',
      'windows-1251',
      'gbk',
      'shift_jis',
      'big5',
      'euc-kr',
      'koi8-r',
      'windows-874',
      'macintosh',
    ],
    { maxWords: 5, minLayers: 1 },
  ),
  fc
    .tuple(
      fc.constantFrom('Xin ', 'Obrigado ', ''),
      fc.string({ unit: glyph, maxLength: 8 }),
      fc.constantFrom(' ng', 's', 'quele', ' 10h', ''),
      gaps,
    )
    .map((p) => p.join('')),
  mixedThread(20, 300),
  atA.map(([w, c1, c2, after, end]) => `${w}${c1}${c2}Ã ${after}${end}`),
];
if (corpus.length > 0) messages.push(fc.constantFrom(...corpus));
const message = fc.oneof(...messages);

/** b: another message, or a with one character changed, cut or added at `at`. */
const anyPair = fc
  .tuple(message, message, fc.nat(), fc.constantFrom('other', 'cut', 'swap', 'add'), glyph)
  .map(([a, other, at, how, g]): [string, string] => {
    const k = a.length === 0 ? 0 : at % a.length;
    if (how === 'other') return [a, other];
    if (how === 'cut') return [a, a.slice(0, k) + a.slice(k + 1)];
    if (how === 'swap') return [a, a.slice(0, k) + g + a.slice(k + 1)];
    return [a, a.slice(0, k) + g + a.slice(k)];
  });
/** Or two messages with the same "Ã " and the same context before it, other words after it. */
const pair = fc.oneof(
  anyPair,
  fc
    .tuple(atA, after)
    .map(([[w, c1, c2, a1, end], a2]): [string, string] => [
      `${w}${c1}${c2}Ã ${a1}${end}`,
      `${w}${c1}${c2}Ã ${a2}${end}`,
    ]),
);

// Runs of each property (MEMO_ORDER_RUNS to explore: each run makes two module instances, ~1 s).
/**
 * This instance's memos and caches that outlive a call, forgotten (cheap: no module is loaded
 * again). What it leaves (the page masks, the encoders' tables, the character classes) is a
 * function of a character and a page alone; the properties with fresh module instances hold it
 * to a fresh process.
 */
function forgetAll(): void {
  forgetSharedMemos();
  forgetStretches();
  resetPairMemo();
  resetWindowMemo();
}

const RUNS = Number(process.env.MEMO_ORDER_RUNS ?? 8);
// A guard against a hang only: each run of the first two loads the modules twice (~1 s, more
// under load), and exploring runs many.
const TIMEOUT = 60_000 + RUNS * 30_000;

describe('repairText of a message does not depend on the messages read before it', () => {
  test.prop([pair], { numRuns: RUNS })(
    'a then b, b then a: each reads as it reads alone',
    async ([a, b]) => {
      const x = await fresh();
      const xa = x(a);
      const xb = x(b);
      const y = await fresh();
      const yb = y(b);
      const ya = y(a);
      expect({ b: xb }).toEqual({ b: yb });
      expect({ a: ya }).toEqual({ a: xa });
    },
    TIMEOUT,
  );

  test.prop([fc.array(pair, { minLength: 2, maxLength: 8 })], { numRuns: RUNS })(
    'a stream read in two orders: each message reads the same in both',
    async (pairs) => {
      const stream = pairs.flat();
      const x = await fresh();
      const forth = stream.map((t) => x(t));
      const y = await fresh();
      const back = [...stream]
        .reverse()
        .map((t) => y(t))
        .reverse();
      for (let k = 0; k < stream.length; k++)
        expect({ k, got: back[k] }).toEqual({ k, got: forth[k] });
    },
    TIMEOUT,
  );

  // b read after a, in this instance, equals b read with every memo forgotten.
  const readsAlone = ([a, b]: readonly [string, string]): void => {
    forgetAll();
    const alone = repairText(b);
    forgetAll();
    repairText(a);
    expect(repairText(b)).toEqual(alone);
  };

  test.prop([pair], { numRuns: RUNS * 25 })(
    'b after a reads as b with every memo forgotten (this instance, many runs)',
    readsAlone,
    TIMEOUT,
  );

  // A text whose work budget runs out (budget.ts): a memo hit is charged what its reading did
  // when made, so what is left unread depends on the text alone. a: a piece of b, or b's runs
  // beside other ASCII, read first; both under SHARED_UP_TO, so they share the memo.
  const hostile = fc
    .tuple(
      fc.string({ unit: fc.constantFrom(...'ÃÂâ€œ™Ð Ñ‚Ã©Ã¨'), minLength: 5_000, maxLength: 9_000 }),
      fc.nat(),
      fc.boolean(),
    )
    .map(([b, at, spaced]): [string, string] => {
      const k = at % b.length;
      return [spaced ? b.replaceAll(' ', ' q ') : b.slice(k, k + 4_000), b];
    });
  test.prop([hostile], { numRuns: Math.max(2, RUNS / 4) })(
    'a text that runs out of budget reads the same after another',
    readsAlone,
    TIMEOUT,
  );
});
