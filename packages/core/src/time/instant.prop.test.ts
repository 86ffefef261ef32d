// toEpochMillis' character-code parser (isoMillis) against the way it read strings before
// (instant.oracle.ts: canonical shortcut, regular expression, Date.parse): the same number for
// every string one accepts, a refusal for every string the other refuses. Strings are built field
// by field with each field sometimes out of range or of the wrong width (month 13, day 00, 24:00,
// seconds 60, offsets ±24:00 and ±23:59, years 0000–0099 and 9999, leap days, 10 fraction
// digits), in either case, with or without the colon of the offset, then sometimes one character
// replaced, dropped or doubled, or blanks put around.
import { fc, test } from '@fast-check/vitest';
import { isMeridianError, toEpochMillis } from '@meridian-cx/core';
import { describe, expect } from 'vitest';
import { referenceMillis } from './instant.oracle.js';

const num = (n: number, width: number): string => String(n).padStart(width, '0');

/** A two-digit field, in range mostly, sometimes just outside it or of the wrong width. */
const field = (lo: number, hi: number): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: lo, max: hi }).map((n) => num(n, 2)) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(lo - 1, hi + 1, 0, 99).map((n) => num(Math.max(n, 0), 2)),
    },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 999 }).map((n) => String(n)) },
  );

const year = fc.oneof(
  fc.integer({ min: 1900, max: 2100 }).map((n) => num(n, 4)),
  fc.constantFrom(0, 1, 50, 99, 100, 400, 1600, 1970, 2000, 2024, 2100, 9999).map((n) => num(n, 4)),
  fc.integer({ min: 0, max: 9999 }).map((n) => num(n, 4)),
  fc.integer({ min: 0, max: 99_999 }).map((n) => String(n)),
);

const fraction = fc.oneof(
  fc.constant(''),
  fc.tuple(fc.constantFrom('.', ','), fc.stringMatching(/^\d{0,10}$/)).map(([s, d]) => s + d),
);

const offset = fc.oneof(
  fc.constantFrom('Z', 'z', '', 'Zz', '+00:00', '-00:00', '+23:59', '-23:59', '+24:00', '+05:30'),
  fc
    .tuple(fc.constantFrom('+', '-'), field(0, 23), fc.constantFrom(':', ''), field(0, 59))
    .map((p) => p.join('')),
);

const built = fc
  .record({
    y: year,
    mo: field(1, 12),
    d: fc.oneof(field(1, 28), fc.constantFrom('29', '30', '31')),
    t: fc.constantFrom('T', 'T', 't', ' '),
    h: fc.oneof(field(0, 23), fc.constant('24')),
    mi: field(0, 59),
    s: fc.oneof(
      fc.constant(''),
      field(0, 59).map((s) => `:${s}`),
    ),
    f: fraction,
    z: offset,
  })
  .map((r) => `${r.y}-${r.mo}-${r.d}${r.t}${r.h}:${r.mi}${r.s}${r.s === '' ? '' : r.f}${r.z}`);

/** One character replaced, dropped or doubled, or blanks around: the near misses. */
const mutated = fc
  .tuple(
    built,
    fc.nat(),
    fc.constantFrom('0', '9', ':', '-', '+', 'T', 't', 'Z', 'z', '.', ',', ' ', 'x', ''),
    fc.nat(3),
  )
  .map(([s, at, c, how]) => {
    const i = at % (s.length + 1);
    if (how === 0) return s.slice(0, i) + c + s.slice(i + 1);
    if (how === 1) return s.slice(0, i) + s.slice(i, i + 1) + s.slice(i);
    if (how === 2) return ` ${s}\n`;
    return s.slice(0, i) + c + s.slice(i);
  });

const canonical = fc
  .integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 })
  .chain((ms) =>
    fc.constantFrom(new Date(ms).toISOString(), `${new Date(ms).toISOString().slice(0, 19)}Z`),
  );

type Outcome = number | 'refused';
function outcome(read: () => number): Outcome {
  try {
    return read();
  } catch (e) {
    if (isMeridianError(e, 'core/invalid-instant')) return 'refused';
    throw e;
  }
}

describe('toEpochMillis against its general path', () => {
  test.prop([fc.oneof(built, mutated, canonical)], { numRuns: 3000 })(
    'the same epoch ms or the same refusal, on valid and near-valid strings',
    (s) => {
      expect(outcome(() => toEpochMillis(s))).toBe(outcome(() => referenceMillis(s)));
    },
  );

  test('the edges, accepted and refused alike', () => {
    const edges = [
      '0000-01-01T00:00:00Z',
      '0000-01-01T00:00:00.000Z',
      '0000-01-01T00:00Z',
      '0050-06-01T00:00:00+01:00',
      '0099-12-31T23:59:59.999Z',
      '0100-01-01T00:00Z',
      '9999-12-31T23:59:59.999-23:59',
      '2024-02-29T12:00:00+05:30',
      '2026-02-29T12:00:00Z',
      '2000-02-29T00:00Z',
      '1900-02-29T00:00Z',
      '2026-03-02T24:00:00Z',
      '2026-03-02T24:00:00.000+01:00',
      '2026-03-02T24:00:01Z',
      '2026-03-02t10:00:00z',
      '2026-03-02T10:00:00.123456789+0100',
      '2026-03-02T10:00:00.1234567890Z',
      '2026-03-02T10:00:00,5Z',
      '2026-03-02T10:00:60Z',
      '2026-03-02T10:00:00+24:00',
      ' 2026-03-02T10:00Z ',
    ];
    const accepted = edges.filter((s) => outcome(() => toEpochMillis(s)) !== 'refused');
    for (const s of edges)
      expect(outcome(() => toEpochMillis(s))).toBe(outcome(() => referenceMillis(s)));
    expect(accepted).toContain('2024-02-29T12:00:00+05:30');
    expect(accepted).not.toContain('2026-02-29T12:00:00Z');
  });
});
