import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { neverSeenMessages } from '../../test/text/neverSeen.js';
import { DEFAULT_PAGES, encoderFor } from './codePages.js';
import { primeFeedback, runPrimer } from './primeFeedback.js';
import { repairText } from './repairText.js';

// primeFeedback runs the reading's hottest functions once on made-up text before the first
// message, so that V8 compiles them with the feedback of every branch they hold and does not throw
// their code away at each branch first met (session 44: windowCost compiled 9 times on the
// never-seen stream, findGroups 6, pairCost and decodeChecked 4). Both checks run in a process of
// their own: V8's counts and compiled code there are the primer's and the stream's alone (the
// unit tests share one process, isolate: false).

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const script = (name: string): string =>
  fileURLToPath(new URL(`../../test/text/${name}`, import.meta.url));
const node = (flags: readonly string[], file: string, args: readonly string[]): string =>
  execFileSync(
    process.execPath,
    ['--conditions=@meridian-cx/source', '--import', 'tsx', ...flags, file, ...args],
    { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 },
  );

/** The functions primed, and the helpers they call (cost.ts, findGroups.ts, utf8.ts). */
const PRIMED = ['windowCost', 'findGroups', 'pairCost', 'decodeChecked', 'utf8Status'];
const HELPERS = [
  'utf8SequenceLength',
  'cesuPair',
  'pairInPlace',
  'capitalAtWordEnd',
  'thaiAfterE',
  'frenchSpace',
  'vietnameseAfterGuillemet',
  'loneCapital',
  'isOdd',
  'isLoud',
  'compatible',
  'scienceGreek',
  'isWordChar',
  'isPictograph',
  'isCjkPunct',
  'isMath',
  'isCurrency',
  'isASign',
  'wordEdge',
  'isCapitalSign',
  'isThaiRowSign',
  'quotedFrom',
  'isAfterQuote',
  'greekLower',
  'isCjkScript',
  'leadsIn',
  'isLetterLike',
];

describe('primeFeedback', () => {
  it('runs every block of the functions it primes, but fallbacks no input reaches', () => {
    const out = node([], script('primerCoverage.ts'), [
      'cost.ts,findGroups.ts,utf8.ts',
      [...PRIMED, ...HELPERS].join(),
    ]);
    const unrun = JSON.parse(out) as Record<string, string[]>;
    // `?? 0` after an index the loop keeps in bounds (noUncheckedIndexedAccess), and
    // decodeChecked's sequence of no valid length: its callers hand it bytes already checked.
    const left = Object.fromEntries(
      Object.entries(unrun)
        .map(([fn, blocks]) => [fn, blocks.filter((b) => !/^\?\?/.test(b))] as const)
        .filter(([, blocks]) => blocks.length > 0),
    );
    expect(Object.keys(unrun).sort()).toEqual([...PRIMED, ...HELPERS].sort());
    expect(left).toEqual({ decodeChecked: [expect.stringMatching(/^else\s*\{\s*units\[n\+\+\]/)] });
  });

  it('leaves V8 no branch of theirs to throw their compiled code away at, on a stream', () => {
    const trace = node(['--trace-deopt'], script('primerDeopts.ts'), ['300000']);
    const reasons = trace
      .split('\n')
      .filter((line) => line.startsWith('[bailout'))
      .map((line) => {
        const fn = /<JSFunction (\w+)/.exec(line)?.[1] ?? '';
        const reason = /reason: ([^)]*)\)/.exec(line)?.[1] ?? '';
        return `${fn}: ${reason}`;
      })
      .filter((r) => PRIMED.some((f) => r.startsWith(`${f}:`)));
    expect(reasons).toEqual([]);
  });

  it('changes no answer: the same repairs before and after the primer runs again', () => {
    let x = 20_261_206;
    const next = (): number => {
      x = (x * 16_807) % 2_147_483_647;
      return x / 2_147_483_647;
    };
    const texts = neverSeenMessages(30_000, next).map((m) => m.text);
    const before = texts.map((t) => repairText(t));
    runPrimer(DEFAULT_PAGES.map((p) => encoderFor(p)));
    expect(texts.map((t) => repairText(t))).toEqual(before);
  });

  it('primes once a process', () => {
    const encoders = [encoderFor('windows-1252')];
    primeFeedback(encoders);
    expect(primeFeedback(encoders)).toBe(false);
  });
});
