import { format, type Money, parseWith, toEpochMillis, zoneOffset } from '@meridian-cx/core';
import { fail } from '../failures.js';
import { isolateBidi } from '../lint/isolateBidi.js';
import { MoneyParamSchema } from './schemas.js';
import type { ParamKind, ParamValue } from './types.js';

const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Turn a param into what the ICU message receives: numbers stay numbers (for plurals and
 * `{n, number}`), money and instants are formatted by Intl in the customer's locale and zone
 * (fa-IR: Persian digits and the Solar Hijri calendar), text is isolated when the reply reads
 * right to left. A date the message formats itself (`{d, date, short}`, `asInstant`) is passed as
 * epoch milliseconds; a calendar date then as noon of that day in the zone, so it reads as that day.
 */
export function formatParam(options: {
  readonly template: string;
  readonly name: string;
  readonly kind: ParamKind;
  readonly value: ParamValue;
  readonly locale: string;
  readonly timeZone: string;
  readonly rtl: boolean;
  /** The message formats this date itself: return epoch milliseconds. */
  readonly asInstant?: boolean;
}): string | number {
  const { template, name, kind, value, locale, timeZone, rtl, asInstant } = options;
  const bad = (expected: string): never =>
    fail('tone/bad-param', { template, param: name, expected });
  switch (kind) {
    case 'text':
      if (typeof value !== 'string') return bad('a string');
      return rtl ? isolateBidi(value) : value;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return bad('a finite number');
      return value;
    case 'money': {
      const m = parseWith(MoneyParamSchema, value, { package: 'tone', what: 'money-param' });
      return format(m as Money, locale);
    }
    case 'date':
    case 'datetime': {
      const plain = typeof value === 'string' && PLAIN_DATE.test(value) && kind === 'date';
      let millis: number;
      try {
        // A calendar date names a day, not an instant: render it as that day, in no zone.
        millis = plain ? Date.parse(`${value}T12:00:00Z`) : toEpochMillis(value as string | Date);
      } catch {
        return bad('an ISO-8601 instant with an offset, a Date, or (for a date) YYYY-MM-DD');
      }
      if (!Number.isFinite(millis)) return bad('a valid date');
      if (asInstant === true)
        return plain ? millis - zoneOffset(timeZone, millis) * 60_000 : millis;
      return new Intl.DateTimeFormat(locale, {
        dateStyle: 'long',
        ...(kind === 'datetime' ? { timeStyle: 'short' } : {}),
        timeZone: plain ? 'UTC' : timeZone,
      }).format(millis);
    }
  }
}
