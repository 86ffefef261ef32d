// An id wrapped inside its own groups right after its own label (wraps.ts, V58a): a valid id in
// its printed groups, one line break put at any boundary of its groups (the separator kept
// before it or not, a reply's "> " on both lines), is redacted whole; with its check digit broken
// it is left untouched. The ids are made by their definition: random digits, completed by trying
// every check digit (or pair) against the check alone.
// (V59e) The wrap is the one reading (wraps.ts), the phones' too: a soft break's space, "\r\n", a
// reply's quote marks in each client's way, a tab, a hanging indent; a separator may open the next
// line as well as end its own; an id written whole may be wrapped inside its one group. A blank
// line or a gap past 47 units is no wrap, and the id stays.

import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect } from 'vitest';
import {
  aadhaarShapeValid,
  bsnValid,
  cpfValid,
  peselValid,
  ssnValid,
  trTcknValid,
} from './checks/nationalIds.js';
import { verhoeffValid } from './checks/verhoeff.js';

type Id = {
  readonly label: string;
  readonly locale: string;
  readonly placeholder: string;
  /** Its digit groups as printed, and the separator after each but the last. */
  readonly groups: readonly number[];
  readonly seps: readonly string[];
  readonly valid: (d: string) => boolean;
  /** Random digits of the body (all but the check digits). */
  readonly body: fc.Arbitrary<string>;
  /** How many check digits end it (0: none, its rules only). */
  readonly checks: number;
};

const digits = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`));
const pad = (n: number, width: number) => String(n).padStart(width, '0');

const IDS: readonly Id[] = [
  {
    label: 'Aadhaar ',
    locale: 'en-IN',
    placeholder: '[AADHAAR]',
    groups: [4, 4, 4],
    seps: [' ', ' '],
    valid: (d) => aadhaarShapeValid(d) && verhoeffValid(d),
    body: fc.tuple(fc.integer({ min: 2, max: 9 }), digits(10)).map(([a, b]) => `${a}${b}`),
    checks: 1,
  },
  {
    label: 'BSN ',
    locale: 'nl-NL',
    placeholder: '[BSN]',
    groups: [3, 3, 3],
    seps: [' ', ' '],
    valid: bsnValid,
    body: digits(8),
    checks: 1,
  },
  {
    label: 'CPF ',
    locale: 'pt-BR',
    placeholder: '[CPF]',
    groups: [3, 3, 3, 2],
    seps: ['.', '.', '-'],
    valid: cpfValid,
    body: digits(9),
    checks: 2,
  },
  {
    label: 'PESEL ',
    locale: 'pl-PL',
    placeholder: '[PESEL]',
    groups: [6, 5],
    seps: [' '],
    valid: peselValid,
    body: fc
      .tuple(
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom(0, 20),
        fc.integer({ min: 1, max: 28 }),
        digits(4),
      )
      .map(([y, m, c, d, rest]) => `${pad(y, 2)}${pad(m + c, 2)}${pad(d, 2)}${rest}`),
    checks: 1,
  },
  {
    label: 'TC kimlik ',
    locale: 'tr-TR',
    placeholder: '[TR_TCKN]',
    groups: [3, 3, 3, 2],
    seps: [' ', ' ', ' '],
    valid: trTcknValid,
    body: fc.tuple(fc.integer({ min: 1, max: 9 }), digits(8)).map(([a, b]) => `${a}${b}`),
    checks: 2,
  },
  {
    label: 'SSN ',
    locale: 'en-US',
    placeholder: '[SSN]',
    groups: [3, 2, 4],
    seps: ['-', '-'],
    valid: ssnValid,
    body: fc
      .tuple(
        fc.integer({ min: 1, max: 665 }),
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 1, max: 9999 }),
      )
      .map(([a, g, s]) => `${pad(a, 3)}${pad(g, 2)}${pad(s, 4)}`),
    checks: 0,
  },
];

/** The body completed with the first check digits (of `checks`) that pass, or undefined. */
function complete(id: Id, body: string): string | undefined {
  const n = 10 ** id.checks;
  for (let k = 0; k < n; k++) {
    const d = body + (id.checks === 0 ? '' : pad(k, id.checks));
    if (id.valid(d)) return d;
  }
  return undefined;
}

// A line's wraps (the quote's own "> " aside), and what is none.
const WRAPS = ['\n', '\r\n', ' \n', '\t\n', '\n\t', '\n          ', '\n>> ', '\n> > '];
const NO_WRAPS = ['\n\n', `\n${' '.repeat(48)}`];

/**
 * The id's digits in its groups, a line break at boundary `at` (its separator before it, after it
 * or left out: `keep`), the break written `br`.
 */
function wrapped(
  id: Id,
  d: string,
  at: number,
  keep: 'before' | 'after' | 'none',
  quote: boolean,
  br = '\n',
): string {
  let out = `${quote ? '> ' : ''}${id.label}`;
  let from = 0;
  id.groups.forEach((g, k) => {
    out += d.slice(from, from + g);
    from += g;
    const sep = id.seps[k];
    if (sep === undefined) return;
    const mark = sep === ' ' ? '' : sep;
    if (k === at)
      out += `${keep === 'before' ? mark : ''}${br}${quote ? '> ' : ''}${keep === 'after' ? mark : ''}`;
    else out += sep;
  });
  return out;
}

const cases = fc.constantFrom(...IDS).chain((id) =>
  fc.record({
    id: fc.constant(id),
    body: id.body,
    at: fc.integer({ min: 0, max: id.groups.length - 2 }),
    keep: fc.constantFrom('before' as const, 'after' as const, 'none' as const),
    quote: fc.boolean(),
    broken: fc.integer({ min: 1, max: 9 }),
    br: fc.constantFrom(...WRAPS),
    none: fc.constantFrom(...NO_WRAPS),
    cut: fc.integer({ min: 2, max: 9 }),
  }),
);

describe('an id wrapped inside its own groups after its own label (wraps.ts)', () => {
  test.prop([cases], { numRuns: 300 })(
    'valid: redacted whole; its last digit broken: left untouched',
    ({ id, body, at, keep, quote, broken, br }) => {
      const d = complete(id, body);
      fc.pre(d !== undefined);
      const valid = d as string;
      const text = wrapped(id, valid, at, keep, quote, br);
      expect(redact(text, { locale: id.locale }).text).toBe(
        `${quote ? '> ' : ''}${id.label}${id.placeholder}`,
      );
      const last = (Number(valid.at(-1)) + broken) % 10;
      const wrong = valid.slice(0, -1) + String(last);
      if (id.valid(wrong)) return;
      const left = wrapped(id, wrong, at, keep, quote, br);
      expect(redact(left, { locale: id.locale }).text).toBe(left);
    },
  );

  test.prop([cases], { numRuns: 150 })(
    'past a blank line or a gap of more than 47 units it stays (V59e)',
    ({ id, body, at, keep, none }) => {
      const d = complete(id, body);
      fc.pre(d !== undefined);
      const text = wrapped(id, d as string, at, keep, false, none);
      expect(redact(text, { locale: id.locale }).text).toBe(text);
    },
  );

  test.prop([cases], { numRuns: 150 })(
    'written whole and wrapped inside its one group, it goes (V59e)',
    ({ id, body, cut, br, broken }) => {
      const d = complete(id, body);
      fc.pre(d !== undefined);
      const valid = d as string;
      // (Two digits at least on each line: a lone digit is no run, runs.ts.)
      const k = Math.min(cut, valid.length - 2);
      const text = `${id.label}${valid.slice(0, k)}${br}${valid.slice(k)}`;
      expect(redact(text, { locale: id.locale }).text).toBe(`${id.label}${id.placeholder}`);
      const last = (Number(valid.at(-1)) + broken) % 10;
      const wrong = valid.slice(0, -1) + String(last);
      if (id.valid(wrong)) return;
      const left = `${id.label}${wrong.slice(0, k)}${br}${wrong.slice(k)}`;
      expect(redact(left, { locale: id.locale }).text).toBe(left);
    },
  );
});
