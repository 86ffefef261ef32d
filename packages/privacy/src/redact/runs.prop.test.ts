// The flat, lazy digit runs against the plain scan they replaced (a tuple per group, every string
// built up front): the same runs, groups, separators, digits and shapes on any text. The oracle
// models what a run reads through (T36b): the invisible characters (a soft hyphen, ZWSP, the word
// joiner, BOM) and the combining marks (General_Category M) the shadow reads as spaces, beside a
// separator or alone.

import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { VALID_NUMBERS } from '../../test/redact/validNumbers.js';
import { shadowOf } from './digits.js';
import { type NumberRun, numberRuns, scanRuns, splitRun } from './runs.js';
import type { RecognizerContext } from './types.js';

type PlainRun = {
  start: number;
  end: number;
  groups: [number, number][];
  seps: string;
  digits: string;
  shape: string;
  dots: number;
};

function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

// What a run reads through, modelled apart from runs.ts isGlueAt: the four invisible characters,
// and a unit of a combining mark (its code point's category, a pair past the BMP read whole) the
// shadow made a space.
const INVISIBLES = '\u00ad\u200b\u2060\ufeff';

function glueAt(text: string | undefined, shadow: string, k: number): boolean {
  if (text === undefined || k >= text.length) return false;
  if (INVISIBLES.includes(text.charAt(k))) return true;
  if (shadow.charAt(k) !== ' ') return false;
  // The code point the unit is part of: a pair read whole.
  const c = text.charCodeAt(k);
  const from = c >= 0xdc00 && c <= 0xdfff ? k - 1 : k;
  const point = String.fromCodePoint(text.codePointAt(from) as number);
  return /^\p{M}$/u.test(point);
}

/**
 * The scan of the previous tree, as it was, and with `text` what it reads through: the oracle. A
 * separator of glue: glue, at most one ' ', '-', '.' or ' - ', glue, with some glue, a digit after.
 */
function plainRuns(shadow: string, text?: string): PlainRun[] {
  const runs: PlainRun[] = [];
  let i = 0;
  while (i < shadow.length) {
    if (!isDigitAt(shadow, i)) {
      i++;
      continue;
    }
    const start = i;
    const groups: [number, number][] = [];
    let seps = '';
    let shape = '';
    for (;;) {
      const g = i;
      while (isDigitAt(shadow, i)) i++;
      groups.push([g, i]);
      shape += String(i - g);
      const c = shadow.charAt(i);
      if ((c === ' ' || c === '-' || c === '.') && isDigitAt(shadow, i + 1)) {
        seps += c;
        shape += c;
        i++;
        continue;
      }
      // Since session 22: a dash with a space either side joins groups, a space between pieces of
      // a list and a dash in a shape.
      if (shadow.startsWith(' - ', i) && isDigitAt(shadow, i + 3)) {
        seps += ' ';
        shape += '-';
        i += 3;
        continue;
      }
      let k = i;
      while (glueAt(text, shadow, k)) k++;
      const glued = k - i;
      const sep = shadow.startsWith(' - ', k) ? 3 : ' -.'.includes(shadow.charAt(k) || 'x') ? 1 : 0;
      k += sep;
      const before = k;
      while (glueAt(text, shadow, k)) k++;
      if (glued + k - before > 0 && isDigitAt(shadow, k)) {
        seps += shadow.charAt(i);
        shape += shadow.charAt(i + 1) === '-' ? '-' : shadow.charAt(i);
        i = k;
        continue;
      }
      break;
    }
    const digits = groups.map(([s, e]) => shadow.slice(s, e)).join('');
    // A separator of glue counts as a dot when a dot stands in it.
    const dots = groups
      .slice(1)
      .filter(([s], n) => shadow.slice((groups[n] as [number, number])[1], s).includes('.')).length;
    runs.push({ start, end: i, groups, seps, digits, shape, dots });
  }
  return runs;
}

const text = fc
  .array(
    fc.oneof(
      fc.stringMatching(/^[0-9]{1,6}$/),
      fc.constantFrom(' ', '-', '.', '  ', '-.', ',', 'a', '\n', '+', '(', '١', ' - ', ' -', '- '),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

// Texts of words between the numbers: stretches of many units that are no digit, which scanRuns
// searches through past its first few (NEXT_DIGIT, V58f), a digit at any of their ends.
const worded = fc
  .array(
    fc.oneof(
      fc.stringMatching(/^[0-9]{1,6}$/),
      fc.constantFrom(
        ' ',
        '-',
        '.',
        ' - ',
        'a',
        'ab',
        'abc',
        'abcd',
        'abcde',
        'Bestellung ',
        ' Tel. +',
      ),
      fc.string({ unit: fc.constantFrom('x', ' ', '.', '-', '\n', 'é', '١'), maxLength: 12 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

// Texts with invisible characters and combining marks among the digits and separators.
const glued = fc
  .array(
    fc.oneof(
      fc.stringMatching(/^[0-9]{1,5}$/),
      fc.constantFrom(' ', '-', '.', ' - ', ',', 'a', '\u00ad', '\u2060', '\u200b', '\ufeff'),
      fc.constantFrom('\u0301', '\u1ab0', '\u20d0', '\u20e3', '\ufe0f', '\u0903', '\u{e0100}'),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

function readRuns(runs: readonly NumberRun[]) {
  return runs.map((run) => ({
    start: run.start,
    end: run.end,
    groups: Array.from({ length: run.groupCount }, (_, k) => [run.groupStart(k), run.groupEnd(k)]),
    seps: Array.from({ length: run.groupCount - 1 }, (_, k) =>
      String.fromCharCode(run.sepAt(k)),
    ).join(''),
    digits: run.digits,
    shape: run.shape,
    counts: [run.digitCount, run.dots],
  }));
}

describe('digit runs', () => {
  test.prop([text])('the same runs as the plain scan', (t) => {
    const plain = plainRuns(t).map(({ dots, ...run }) => ({
      ...run,
      counts: [run.digits.length, [...run.seps].filter((c) => c === '.').length],
    }));
    expect(readRuns(scanRuns(t))).toEqual(plain);
  });

  test.prop([worded])('words between the numbers: the same runs as the plain scan', (t) => {
    const plain = plainRuns(t).map(({ dots, ...run }) => ({
      ...run,
      counts: [run.digits.length, [...run.seps].filter((c) => c === '.').length],
    }));
    expect(readRuns(scanRuns(t))).toEqual(plain);
  });

  test.prop([text, fc.integer({ min: 1, max: 4 })])(
    'with a least digit count: the same runs, the shorter ones left out',
    (t, least) => {
      const all = readRuns(scanRuns(t)).filter((run) => run.digits.length >= least);
      expect(readRuns(scanRuns(t, least))).toEqual(all);
    },
  );

  // numberRuns writes every context's group bounds over one array: the runs of each context of a
  // sequence (long, short, long again…) read as a fresh scan's, and their table ends with the pair
  // past the text that the phone spans stop at.
  test.prop([fc.array(text, { minLength: 1, maxLength: 6 })])(
    'successive contexts: the same runs as a fresh scan, and the pair past the text',
    (texts) => {
      for (const t of texts) {
        const context = { text: t, shadow: t } as RecognizerContext;
        const runs = numberRuns(context);
        expect(readRuns(runs)).toEqual(readRuns(scanRuns(t, 2)));
        const last = runs[runs.length - 1];
        if (last !== undefined) {
          const past = last.first + 2 * last.groupCount;
          expect([last.table[past], last.table[past + 1]]).toEqual([t.length, t.length]);
        }
      }
    },
  );

  test.prop([glued])('reads invisible characters and combining marks as the oracle does', (t) => {
    const shadow = shadowOf(t);
    const plain = plainRuns(shadow, t).map(({ dots, ...run }) => ({
      ...run,
      counts: [run.digits.length, dots],
    }));
    expect(readRuns(scanRuns(shadow, 1, undefined, t))).toEqual(plain);
  });

  it('reads glue (the property is not vacuous)', () => {
    const t = '4111\u0301 1111\u00ad1111 \u20e31111 x 1\ufe0f\u20e32';
    const shadow = shadowOf(t);
    const runs = readRuns(scanRuns(shadow, 1, undefined, t));
    expect(runs.map((r) => r.digits)).toEqual(['4111111111111111', '12']);
    expect(readRuns(scanRuns(shadow, 1, undefined, t))).toEqual(
      plainRuns(shadow, t).map(({ dots, ...run }) => ({
        ...run,
        counts: [run.digits.length, dots],
      })),
    );
  });

  it('reads groups and shapes (the property is not vacuous)', () => {
    const [run] = scanRuns('CPF 123.456.789-09');
    expect([run?.shape, run?.digits, run?.groupCount, run?.dots]).toEqual([
      '3.3.3-2',
      '12345678909',
      4,
      2,
    ]);
  });

  it('reads a dash with a space either side as a space between pieces, a dash in a shape', () => {
    const [run] = scanRuns('SSN 536 - 22 - 1234 ok');
    expect([run?.shape, run?.digits, run?.start, run?.end, run?.sepAt(0)]).toEqual([
      '3-2-4',
      '536221234',
      4,
      19,
      32,
    ]);
  });
});

/** Every way to split groups 0..g-1 into pieces `fits` accepts (at most `most` groups each). */
function allSplits(g: number, most: number, fits: (a: number, b: number) => boolean): number[][] {
  if (g === 0) return [[]];
  const out: number[][] = [];
  const walk = (a: number, acc: number[]): void => {
    if (a === g) out.push(acc);
    for (let b = a + 1; b <= g && b - a <= most; b++) if (fits(a, b)) walk(b, [...acc, a, b]);
  };
  walk(0, []);
  return out;
}

describe('splitRun', () => {
  test.prop([
    fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 9 }),
    fc.integer({ min: 1, max: 4 }),
    fc.func(fc.boolean()),
  ])('splits a run exactly when some split exists, into pieces that fit', (sizes, most, fit) => {
    const shadow = sizes.map((n) => '7'.repeat(n)).join(' ');
    const [run] = scanRuns(shadow);
    const fits = (a: number, b: number): boolean => fit(a, b);
    const pieces = splitRun(run as NumberRun, most, (a, b) => +fits(a, b));
    const splits = allSplits(sizes.length, most, fits).filter((s) => s.length > 2);
    expect(pieces === undefined).toBe(splits.length === 0);
    if (pieces) expect(splits.map((s) => s.join())).toContain(pieces.join());
  });
});

describe('a no-break space written as an HTML reference', () => {
  test.prop([
    fc.array(fc.stringMatching(/^[0-9]{2,5}$/), { minLength: 1, maxLength: 6 }),
    fc.array(fc.constantFrom(' ', '&nbsp;', '&#160;', '&#xA0;', '&NBSP;'), {
      minLength: 5,
      maxLength: 5,
    }),
  ])('joins digit groups as one space does', (groups, seps) => {
    const text = groups.map((g, k) => (k > 0 ? (seps[k - 1] as string) : '') + g).join('');
    // The shadow reads each reference as spaces, as many as its units (digits.ts).
    const shadow = text.replace(/&(?:nbsp|#0*160|#x0*a0);/gi, (e) => ' '.repeat(e.length));
    const [run] = scanRuns(shadow, 1, undefined, text);
    const [plain] = scanRuns(groups.join(' '));
    expect([run?.digits, run?.groupCount, run?.start, run?.end]).toEqual([
      plain?.digits,
      plain?.groupCount,
      0,
      text.length,
    ]);
  });
});

// A combining mark or an invisible character put after any digit of a valid number, or before a
// digit after a separator.
const NUMBERS = VALID_NUMBERS;
const GLUE = [
  '\u0301',
  '\u1ab0',
  '\u1dc0',
  '\u20d0',
  '\u20e3',
  '\ufe0f',
  '\ufe0f\u20e3',
  '\ufe20',
  '\ufe00',
  '\u0903',
  '\u064b',
  '\u{e0100}',
  '\u00ad',
  '\u2060',
  '\u200b',
  '\ufeff',
  '\u0301\u00ad',
];

describe('a mark or an invisible character inside a valid number', () => {
  it('each number goes whole without one (the property is not vacuous)', () => {
    for (const [locale, n] of NUMBERS) {
      const r = redact(`Nummer: ${n} danke`, { locale });
      expect(r.findings.some((f) => f.start === 8 && f.end === 8 + n.length)).toBe(true);
    }
  });

  test.prop([fc.constantFrom(...NUMBERS), fc.nat(), fc.constantFrom(...GLUE), fc.boolean()])(
    'never leaves a digit of it outside a finding',
    ([locale, n], at, glue, before) => {
      const digits = [...n.matchAll(/[0-9]/g)].map((m) => m.index);
      const d = digits[at % digits.length] as number;
      // Before a digit only where a separator stands before it.
      const k = before && /[ .-]/.test(n.charAt(d - 1)) ? d : d + 1;
      const marked = `${n.slice(0, k)}${glue}${n.slice(k)}`;
      const text = `Nummer: ${marked} danke`;
      const r = redact(text, { locale });
      for (let i = 8; i < 8 + marked.length; i++) {
        if (!/[0-9]/.test(text.charAt(i))) continue;
        expect(
          r.findings.some((f) => f.start <= i && i < f.end),
          `${JSON.stringify(text)} at ${i}`,
        ).toBe(true);
      }
    },
  );
});
