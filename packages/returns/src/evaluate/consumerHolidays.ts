import { parseWith, type Reason } from '@meridian-cx/core';
import { PublicHolidaysSchema } from '../schemas.js';
import type { Order } from '../types.js';
import { why } from '../why.js';
import { byContent } from './byContent.js';

const lists = new Map<string, { readonly country: string; readonly dates: ReadonlySet<string> }>();

/**
 * The consumer's public holidays for the law's rule on periods ending on a holiday, from the
 * caller's list: the list's dates when it is for the customer's country; `null` when none was
 * given, or when it is for another country (pushing a reason that says it was set aside).
 *
 * @throws {ValidationError} for a list that is not `{ country, dates: YYYY-MM-DD[] }`.
 */
export function consumerHolidays(
  input: { readonly publicHolidays?: unknown; readonly order: Order },
  reasons: Reason[],
): ReadonlySet<string> | null {
  if (input.publicHolidays === undefined) return null;
  // One list serves many calls: validated once per content.
  const given = byContent(lists, input.publicHolidays, () => {
    const { country, dates } = parseWith(PublicHolidaysSchema, input.publicHolidays, {
      package: 'returns',
      what: 'public-holidays',
    });
    // Only read (has), never handed out: one set serves every call with this list.
    return { country, dates: new Set(dates) };
  });
  const customer = input.order.customer.country;
  if (given.country === customer) return given.dates;
  reasons.push(why('statutory.holidays-for-another-country', { given: given.country, customer }));
  return null;
}
