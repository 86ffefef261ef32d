import type { CurrencyCode } from '../codes/currency.js';

/**
 * An amount of money: an integer count of the currency's minor units (cents, fils, yen) and an
 * ISO 4217 code. `{ amount: 1999, currency: 'EUR' }` is €19.99; `{ amount: 1999, currency: 'JPY' }`
 * is ¥1,999; `{ amount: 1999, currency: 'KWD' }` is 1.999 KWD.
 *
 * Plain, readonly and JSON-serialisable. The currency is a type parameter so that combining
 * `Money<'EUR'>` with `Money<'USD'>` fails to compile.
 */
export type Money<C extends CurrencyCode = CurrencyCode> = {
  /** Integer count of minor units, within ±Number.MAX_SAFE_INTEGER. */
  readonly amount: number;
  /** ISO 4217 code. */
  readonly currency: C;
};

/**
 * How to round a result that falls between two minor units. Names and meanings follow
 * ICU/Java `RoundingMode` (and ECMA-402's `roundingMode`):
 * - `half-even`: to the nearest; a tie goes to the even neighbour (banker's rounding)
 * - `half-up`: to the nearest; a tie goes away from zero (the schoolbook rule)
 * - `half-down`: to the nearest; a tie goes toward zero
 * - `up`: away from zero
 * - `down`: toward zero (truncation)
 * - `ceiling`: toward +∞
 * - `floor`: toward −∞
 */
export type RoundingMode =
  | 'half-even'
  | 'half-up'
  | 'half-down'
  | 'up'
  | 'down'
  | 'ceiling'
  | 'floor';

/** Every rounding mode, for validation and for exhaustive tests. */
export const ROUNDING_MODES: readonly RoundingMode[] = [
  'half-even',
  'half-up',
  'half-down',
  'up',
  'down',
  'ceiling',
  'floor',
];

/** A decimal given as a number (`1.0825`) or as an exact decimal string (`'1.0825'`). */
export type Decimal = number | string;
