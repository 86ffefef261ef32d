import { format, type Money, parseWith } from '@meridian-cx/core';
import * as z from 'zod/mini';
import { LocaleSchema, MoneyInputSchema } from '../schemas/codes.js';

const FormatRequestSchema = z.object({ amount: MoneyInputSchema, locale: LocaleSchema });

/**
 * Show an amount the way the shopper's locale writes money (`Intl.NumberFormat`, exactly the
 * currency's minor units): `pl-PL` → `49,00 zł`, `fa-IR` in Persian digits, `ar-EG` in Arabic-Indic
 * digits, as CLDR gives each locale.
 *
 * @param amount - The amount in minor units.
 * @param locale - A BCP 47 tag (`pl-PL`, `pt-BR`, `fa-IR`).
 * @returns The formatted string.
 * @throws {ValidationError} `payments/invalid-display` for a bad amount, currency or locale tag.
 * @example
 * formatForShopper({ amount: 4900, currency: 'PLN' }, 'pl-PL'); // '49,00 zł'
 * @since 0.1.0
 */
export function formatForShopper(amount: Money, locale: string): string {
  const req = parseWith(
    FormatRequestSchema,
    { amount, locale },
    { package: 'payments', what: 'display' },
  );
  return format(req.amount, req.locale);
}
