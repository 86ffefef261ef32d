import { describeValue } from '../errors/describeValue.js';
import { fail } from '../errors/failures.js';
import { ROUNDING_MODES, type RoundingMode } from './types.js';

const MAX = Number.MAX_SAFE_INTEGER;
// Below 2^52, q·d and n − q·d stay exact in doubles even when q is one off.
const FAST = 2 ** 52;

/** Check a rounding mode that came from outside. */
export function assertRoundingMode(mode: unknown): asserts mode is RoundingMode {
  if (!ROUNDING_MODES.includes(mode as RoundingMode)) {
    fail('core/invalid-rounding', { value: describeValue(mode) });
  }
}

function step(
  mode: RoundingMode,
  negative: boolean,
  q: number,
  twiceRem: number,
  d: number,
): number;
function step(
  mode: RoundingMode,
  negative: boolean,
  q: bigint,
  twiceRem: bigint,
  d: bigint,
): bigint;
function step(
  mode: RoundingMode,
  negative: boolean,
  q: number | bigint,
  twiceRem: number | bigint,
  d: number | bigint,
): number | bigint {
  // q is the quotient truncated toward zero, twiceRem = 2·|remainder| > 0; away = one more unit of
  // magnitude in the direction of the sign.
  const away = (typeof q === 'bigint' ? (negative ? q - 1n : q + 1n) : negative ? q - 1 : q + 1) as
    | number
    | bigint;
  switch (mode) {
    case 'down':
      return q;
    case 'up':
      return away;
    case 'ceiling':
      return negative ? q : away;
    case 'floor':
      return negative ? away : q;
    default: {
      if (twiceRem > d) return away;
      if (twiceRem < d) return q;
      if (mode === 'half-up') return away;
      if (mode === 'half-down') return q;
      const even = typeof q === 'bigint' ? q % 2n === 0n : q % 2 === 0;
      return even ? q : away;
    }
  }
}

/**
 * `n / d` rounded to an integer with `mode`, for integers `n` and `d > 0`. Exact quotients come
 * back unchanged. Safe-integer inputs
 * take a float fast path with an exact fix-up; anything larger goes through BigInt.
 */
export function divideRounded(
  n: number | bigint,
  d: number | bigint,
  mode: RoundingMode,
  op = 'rounding',
): number {
  if (typeof n === 'number' && typeof d === 'number' && Math.abs(n) <= FAST && d <= FAST) {
    let q = Math.trunc(n / d);
    let r = n - q * d;
    // The float quotient can be one off near integers; repair so that |r| < d with n's sign.
    if (n >= 0) {
      while (r < 0) {
        q -= 1;
        r += d;
      }
      while (r >= d) {
        q += 1;
        r -= d;
      }
    } else {
      while (r > 0) {
        q += 1;
        r -= d;
      }
      while (r <= -d) {
        q -= 1;
        r += d;
      }
    }
    if (r === 0) return q === 0 ? 0 : q;
    const out = step(mode, n < 0, q, 2 * Math.abs(r), d);
    return out === 0 ? 0 : out;
  }
  const bn = BigInt(n);
  const bd = BigInt(d);
  const q = bn / bd;
  const r = bn - q * bd;
  const result = r === 0n ? q : step(mode, bn < 0n, q, 2n * (r < 0n ? -r : r), bd);
  if (result > BigInt(MAX) || result < -BigInt(MAX)) {
    fail('core/unsafe-result', { op });
  }
  const out = Number(result);
  return out === 0 ? 0 : out;
}

/** Whether `n / d` is an integer. */
export function dividesExactly(n: number | bigint, d: number | bigint): boolean {
  if (typeof n === 'number' && typeof d === 'number' && Math.abs(n) <= MAX && d <= MAX) {
    return n % d === 0;
  }
  return BigInt(n) % BigInt(d) === 0n;
}
