import type { CurrencyCode } from '../codes/currency.js';
import { assertMoney, assertSameCurrency } from './money.js';
import type { Money } from './types.js';

/**
 * Order two amounts of the same currency: −1, 0 or 1. Usable as an `Array#sort` comparator.
 *
 * @param a - An amount.
 * @param b - An amount of the same currency as `a`.
 * @returns −1 when `a` is smaller, 0 when they are equal, 1 when `a` is larger.
 * @throws {MeridianError} `core/currency-mismatch`; `core/not-money`, `core/invalid-amount` or
 *   `core/invalid-currency` for an operand that is not money.
 * @example
 * compare(money(5, 'EUR'), money(2, 'EUR')); // 1
 * [money(5, 'EUR'), money(2, 'EUR')].sort(compare); // 2 first
 * @since 0.1.0
 */
export function compare<C extends CurrencyCode>(a: Money<C>, b: Money<NoInfer<C>>): -1 | 0 | 1 {
  assertSameCurrency(a, b);
  return a.amount < b.amount ? -1 : a.amount > b.amount ? 1 : 0;
}

/**
 * Whether two amounts are equal. Different currencies are never equal (no error).
 *
 * @param a - An amount.
 * @param b - An amount, in any currency.
 * @returns True when both the currency and the amount are the same.
 * @throws {MeridianError} `core/not-money`, `core/invalid-amount` or `core/invalid-currency` for an
 *   operand that is not money.
 * @example
 * equals(money(100, 'EUR'), money(100, 'EUR')); // true
 * equals(money(100, 'EUR'), money(100, 'USD')); // false
 * @since 0.1.0
 */
export function equals(a: Money, b: Money): boolean {
  assertMoney(a);
  assertMoney(b);
  return a.currency === b.currency && a.amount === b.amount;
}

/**
 * Whether an amount is zero.
 *
 * @param m - An amount.
 * @returns True when `m.amount` is 0.
 * @throws {MeridianError} `core/not-money`, `core/invalid-amount` or `core/invalid-currency` when
 *   `m` is not money.
 * @example
 * isZero(money(0, 'JPY')); // true
 * @since 0.1.0
 */
export function isZero(m: Money): boolean {
  assertMoney(m);
  return m.amount === 0;
}

/**
 * Whether an amount is below zero.
 *
 * @param m - An amount.
 * @returns True when `m.amount` is below 0.
 * @throws {MeridianError} `core/not-money`, `core/invalid-amount` or `core/invalid-currency` when
 *   `m` is not money.
 * @example
 * isNegative(money(-1, 'EUR')); // true
 * @since 0.1.0
 */
export function isNegative(m: Money): boolean {
  assertMoney(m);
  return m.amount < 0;
}

/**
 * Whether an amount is above zero.
 *
 * @param m - An amount.
 * @returns True when `m.amount` is above 0.
 * @throws {MeridianError} `core/not-money`, `core/invalid-amount` or `core/invalid-currency` when
 *   `m` is not money.
 * @example
 * isPositive(money(1, 'EUR')); // true
 * @since 0.1.0
 */
export function isPositive(m: Money): boolean {
  assertMoney(m);
  return m.amount > 0;
}

/**
 * The smaller of two amounts of one currency (the first on a tie).
 *
 * @param a - An amount.
 * @param b - An amount of the same currency as `a`.
 * @returns `a` or `b` itself (not a copy): the smaller, `a` when they are equal.
 * @throws {MeridianError} `core/currency-mismatch`, as {@link compare}.
 * @example
 * minimum(money(500, 'EUR'), money(300, 'EUR')); // { amount: 300, currency: 'EUR' }
 * @since 0.1.0
 */
export function minimum<C extends CurrencyCode>(a: Money<C>, b: Money<NoInfer<C>>): Money<C> {
  return compare(a, b) <= 0 ? a : (b as Money<C>);
}

/**
 * The larger of two amounts of one currency (the first on a tie).
 *
 * @param a - An amount.
 * @param b - An amount of the same currency as `a`.
 * @returns `a` or `b` itself (not a copy): the larger, `a` when they are equal.
 * @throws {MeridianError} `core/currency-mismatch`, as {@link compare}.
 * @example
 * maximum(money(500, 'EUR'), money(300, 'EUR')); // { amount: 500, currency: 'EUR' }
 * @since 0.1.0
 */
export function maximum<C extends CurrencyCode>(a: Money<C>, b: Money<NoInfer<C>>): Money<C> {
  return compare(a, b) >= 0 ? a : (b as Money<C>);
}
