import { convert, type Money, parseWith, ROUNDING_MODES } from '@meridian-cx/core';
import * as z from 'zod/mini';
import { fail } from '../failures.js';
import { CurrencySchema, MoneyInputSchema, SourceInputSchema } from '../schemas/codes.js';

/**
 * zod schema of a rate table: the rates your books use, keyed `FROM/TO` (`EUR/PLN`), each a
 * decimal string of target units per source unit, with the day they hold and where they come from.
 */
export const RateTableSchema = z.object({
  asOf: z.iso.date({ error: 'asOf is the day the rates hold, YYYY-MM-DD.' }),
  source: z.optional(SourceInputSchema),
  rates: z.record(
    z.string().check(z.regex(/^[A-Z]{3}\/[A-Z]{3}$/, 'A rate key is "FROM/TO", e.g. "EUR/PLN".')),
    z
      .string()
      .check(z.regex(/^\d+(\.\d+)?$/, 'A rate is a positive decimal string, e.g. "4.2655".')),
  ),
});

/** A rate table: `FROM/TO` → decimal string, the day it holds, and its source. */
export type RateTable = z.input<typeof RateTableSchema>;

const ConvertRequestSchema = z.object({
  amount: MoneyInputSchema,
  to: CurrencySchema,
  rates: RateTableSchema,
  rounding: z.enum(ROUNDING_MODES as unknown as readonly ['half-even', ...string[]]),
});

/** What {@link convertWithRates} answers: the amount, and exactly how it was obtained. */
export type Conversion = {
  readonly amount: Money;
  readonly pair: string;
  readonly rate: string;
  readonly rounding: string;
  readonly asOf: string;
};

/**
 * Convert an amount to the shopper's currency through an explicit rate table (no network, no
 * inverted or chained rates), rounded once to the target's minor units with the mode you name.
 * The same currency converts to itself at rate 1.
 *
 * @param input - `amount`, `to`, `rates` (a {@link RateTable}), `rounding` (`half-even`, `half-up`…).
 * @returns The converted amount with the pair, rate, rounding and day used.
 * @throws {ValidationError} `payments/invalid-conversion` for bad codes, amounts or rates.
 * @throws {MeridianError} `payments/no-rate` when the table lacks the pair.
 * @example
 * convertWithRates({ amount: { amount: 4900, currency: 'PLN' }, to: 'EUR', rounding: 'half-even',
 *   rates: { asOf: '2026-11-30', rates: { 'PLN/EUR': '0.2344' } } }).amount; // { amount: 1149, currency: 'EUR' }
 * @since 0.1.0
 */
export function convertWithRates(input: {
  readonly amount: Money;
  readonly to: string;
  readonly rates: RateTable;
  readonly rounding: string;
}): Conversion {
  const req = parseWith(ConvertRequestSchema, input, { package: 'payments', what: 'conversion' });
  const pair = `${req.amount.currency}/${req.to}`;
  if (req.amount.currency === req.to) {
    return { amount: req.amount, pair, rate: '1', rounding: req.rounding, asOf: req.rates.asOf };
  }
  const rate =
    req.rates.rates[pair] ??
    fail('payments/no-rate', { pair, pairs: Object.keys(req.rates.rates).join(', ') });
  const amount = convert(req.amount, { to: req.to, rate, rounding: req.rounding as never });
  return { amount, pair, rate, rounding: req.rounding, asOf: req.rates.asOf };
}
