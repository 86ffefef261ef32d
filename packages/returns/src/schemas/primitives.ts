// The field schemas the returns schemas are built from, on zod's tree-shakable API (zod/mini).
// Each message names the value and the fix; `show` never throws on hostile values.
import {
  CountryCodeSchema,
  CurrencyCodeSchema,
  TimeZoneSchema,
  toIsoString,
} from '@meridian-cx/core';
import * as z from 'zod/mini';
import { show } from '../failures.js';

/** The longest window, buffer or extension in days: 100 years, so every deadline stays in 0000–9999. */
export const MAX_DAYS = 36_500;

/** A non-empty id. */
export const id = /* @__PURE__ */ z
  .string({ error: (issue) => `${show(issue.input)} is not an id: give a non-empty string.` })
  .check(z.minLength(1, 'An id cannot be empty: give a non-empty string.'));

/** A non-empty label (category, SKU, tier). */
export const label = /* @__PURE__ */ z
  .string({ error: (issue) => `${show(issue.input)} is not text: give a non-empty string.` })
  .check(z.minLength(1, 'Give a non-empty string.'));

/** true or false. */
export const flag = /* @__PURE__ */ z.boolean({
  error: (issue) => `${show(issue.input)} is not a boolean: give true or false.`,
});

const num = (what: string) =>
  z.number({ error: (issue) => `${show(issue.input)} is not a number: give ${what}.` });

/** Whole days, 0 to 100 years. */
export const wholeDays = /* @__PURE__ */ num('whole days').check(
  z.refine((n) => Number.isInteger(n) && n >= 0 && n <= MAX_DAYS, {
    error: (issue) =>
      `${show(issue.input)} is not a whole number of days from 0 to ${MAX_DAYS} (100 years). Give whole days; for "no limit", use ${MAX_DAYS}.`,
  }),
);

/** A percentage from 0 to 100. */
export const percent = /* @__PURE__ */ num('a percentage from 0 to 100').check(
  z.refine((n) => Number.isFinite(n) && n >= 0 && n <= 100, {
    error: (issue) => `${show(issue.input)} is not a percentage from 0 to 100.`,
  }),
);

/** A count of minor units: a safe integer ≥ 0. */
export const minorUnits = /* @__PURE__ */ num('whole minor units').check(
  z.refine((n) => Number.isSafeInteger(n) && n >= 0, {
    error: (issue) =>
      `${show(issue.input)} is not a whole, non-negative number of minor units. Give 1999 for 19.99 EUR.`,
  }),
);

/** A positive whole number of units. */
export const units = /* @__PURE__ */ num('a whole number of units').check(
  z.refine((n) => Number.isSafeInteger(n) && n > 0, {
    error: (issue) =>
      `${show(issue.input)} is not a positive whole number of units. Give 1 or more.`,
  }),
);

/** A current ISO 4217 code, exactly as written (core's schema and message). */
export const currency = CurrencyCodeSchema;

/** An ISO 3166-1 alpha-2 code, exactly as written (core's schema and message). */
export const country = CountryCodeSchema;

/**
 * An IANA zone name known to the runtime (core's schema and message). Returns' types keep a plain
 * string for a zone (a caller's `'Europe/Berlin'` literal needs no cast): the same check, the
 * output left unbranded.
 */
export const zone = TimeZoneSchema as unknown as z.ZodMiniCustom<string, string>;

/** Money that is never negative: a safe integer of minor units and a current code. */
export const money = /* @__PURE__ */ z.object({ amount: minorUnits, currency });

function instantMillis(value: unknown): boolean {
  try {
    toIsoString(value as string);
    return true;
  } catch {
    return false;
  }
}

/** An instant from outside (ISO 8601 with an offset or Z, or a Date); outputs canonical UTC. */
export const instant = /* @__PURE__ */ z.pipe(
  z.custom<string | Date>((v) => (typeof v === 'string' || v instanceof Date) && instantMillis(v), {
    error: (issue) =>
      issue.input === undefined
        ? 'Required: an ISO 8601 instant with an offset or Z, such as "2026-03-02T10:00:00Z".'
        : `${show(issue.input)} is not an ISO 8601 instant with an offset or Z. Write it as "2026-03-02T10:00:00Z" or "2026-03-02T11:00:00+01:00".`,
  }),
  z.transform((v: string | Date) => toIsoString(v)),
);

/** A calendar date, YYYY-MM-DD. */
export const isoDate = /* @__PURE__ */ z.iso.date({
  error: 'Write dates as YYYY-MM-DD, such as "2026-12-24".',
});
