// multiply reads ordinary factors with smallDecimal and computes in doubles, the rest with
// decimalParts and BigInt. Both are held here to the BigInt path alone: decimalParts (the regex
// reader) and test/oracle.ts's referenceRound, which shares no code with divide.ts. Amounts mix
// small and huge, of both signs; factors are numbers and strings, plain and with exponents.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { referenceRound } from '../../test/oracle.js';
import { decimalParts } from './decimal.js';
import { money } from './money.js';
import { multiply } from './multiply.js';
import { smallDecimal } from './smallDecimal.js';
import { type Decimal, ROUNDING_MODES, type RoundingMode } from './types.js';

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

function codeOf(e: unknown): string {
  return typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : String(e);
}

/** What multiply should answer: the amount, or the code of the error it should throw. */
function oracle(amount: number, factor: Decimal, rounding: RoundingMode | undefined) {
  let parts: ReturnType<typeof decimalParts>;
  try {
    parts = decimalParts(factor);
  } catch (e) {
    return codeOf(e);
  }
  const n = BigInt(amount) * parts.digits;
  const d = 10n ** BigInt(parts.scale);
  if (n % d !== 0n && rounding === undefined) return 'core/rounding-required';
  const q = referenceRound(n, d, rounding ?? 'down');
  if (q > MAX || q < -MAX) return 'core/unsafe-result';
  return Number(q);
}

function actual(amount: number, factor: Decimal, rounding: RoundingMode | undefined) {
  try {
    const out = multiply(money(amount, 'EUR'), factor, rounding ? { rounding } : {}).amount;
    expect(Object.is(out, -0)).toBe(false);
    return out;
  } catch (e) {
    return codeOf(e);
  }
}

const amount = fc.oneof(
  fc.integer({ min: -10_000_000, max: 10_000_000 }),
  fc.maxSafeInteger(),
  fc.integer({ min: 2 ** 40, max: Number.MAX_SAFE_INTEGER }).map((a) => -a),
  fc.constantFrom(0, 1, -1, 5, 15, 2 ** 52, 2 ** 52 + 1, Number.MAX_SAFE_INTEGER),
);

/** digits × 10^-k written out: '-12.345', '0.000001', '1234500', with k up to 30. */
const decimalText = fc
  .tuple(fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }), fc.integer({ min: 0, max: 30 }))
  .map(([digits, k]) => {
    const body = (digits < 0n ? -digits : digits).toString().padStart(k + 1, '0');
    const text = k === 0 ? body : `${body.slice(0, body.length - k)}.${body.slice(-k)}`;
    return digits < 0n ? `-${text}` : text;
  });

const factor: fc.Arbitrary<Decimal> = fc.oneof(
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
  fc
    .tuple(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.integer({ min: 0, max: 20 }))
    .map(([d, k]) => d / 10 ** k),
  fc.double({ noNaN: true }),
  decimalText,
  fc.tuple(decimalText, fc.integer({ min: -40, max: 40 })).map(([t, e]) => `${t}e${e}`),
  fc.stringMatching(/^[+-]?\d{0,18}(\.\d{0,18})?([eE][+-]?\d{1,3})?$/),
  fc.constantFrom<Decimal>(
    0,
    -0,
    1e-7,
    -1e-7,
    1.5e-7,
    1e21,
    -1e21,
    1.2345e21,
    1e22,
    2 ** 53,
    2 ** 60,
    5e-324,
    Number.MAX_VALUE,
    Number.POSITIVE_INFINITY,
    Number.NaN,
    0.1,
    0.19,
    1.19,
    15,
    12.5,
    '15e-2',
    '12.5e-2',
    '1.50',
    '-0',
    '-0.000',
    '0e-99999',
    '.5',
    '5.',
    '+1.5',
    ' 1.5 ',
    '1E3',
    '1e-0000002',
    '0.1000000000000000000000',
    '1e',
    '.',
    '-',
    '',
    'abc',
    '1.2.3',
  ),
);

const rounding = fc.option(fc.constantFrom(...ROUNDING_MODES), { nil: undefined });

describe('multiply (doubles for ordinary factors, BigInt beyond)', () => {
  test.prop([amount, factor, rounding], { numRuns: 3000 })(
    'answers what the BigInt path alone answers: the same amount or the same error',
    (a, f, r) => {
      expect(actual(a, f, r)).toBe(oracle(a, f, r));
    },
  );

  test.prop([factor], { numRuns: 3000 })(
    'smallDecimal reads a factor as decimalParts does, or leaves it to decimalParts',
    (f) => {
      const small = smallDecimal(f);
      if (small === undefined) return;
      const parts = decimalParts(f);
      expect(small.digits).toBe(Number(parts.digits));
      expect(BigInt(small.digits)).toBe(parts.digits);
      expect(small.scale).toBe(parts.scale);
    },
  );

  test('reads ordinary factors without the BigInt path', () => {
    for (const f of [15, 0.15, '0.19', '15e-2', '12.5e-2', 1e-7, -2.5, '1.50', '-0']) {
      expect(smallDecimal(f)).toBeDefined();
    }
    expect(smallDecimal('1.50')).toEqual({ digits: 15, scale: 1 });
    expect(smallDecimal('15e-2')).toEqual({ digits: 15, scale: 2 });
    expect(smallDecimal(-0)).toEqual({ digits: 0, scale: 0 });
    expect(smallDecimal(1e21)).toBeUndefined();
    expect(smallDecimal(' 1.5')).toBeUndefined();
  });
});
