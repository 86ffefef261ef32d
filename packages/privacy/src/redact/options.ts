import { isCountry, parseWith } from '@meridian-cx/core';
import { localeInfo } from './locales.js';
import type { RedactOptions } from './redact.js';
import { RedactOptionsSchema } from './schemas.js';

const MODES: ReadonlySet<unknown> = new Set(['redact', 'pseudonymise']);
const FAIL_CLOSED: ReadonlySet<unknown> = new Set(['throw', 'redact-all']);

/**
 * Whether `options` is the common shape (a plain object with only `locale`, `country`, `mode`,
 * `failClosed`, each valid by the same rules as {@link RedactOptionsSchema}), which is then used as
 * it is. Anything else (entities, tokens, recognizers, an unknown key, a bad value) goes through
 * the schema, which validates it in full and names each wrong path.
 */
function simple(options: unknown): options is RedactOptions {
  if (typeof options !== 'object' || options === null) return false;
  if (Object.getPrototypeOf(options) !== Object.prototype) return false;
  const o = options as Record<string, unknown>;
  for (const key in o) {
    if (!Object.hasOwn(o, key)) return false;
    const value = o[key];
    if (key === 'locale') {
      if (typeof value !== 'string' || localeInfo(value) === undefined) return false;
    } else if (key === 'country') {
      if (value !== undefined && !isCountry(value)) return false;
    } else if (key === 'mode') {
      if (value !== undefined && !MODES.has(value)) return false;
    } else if (key === 'failClosed') {
      if (value !== undefined && !FAIL_CLOSED.has(value)) return false;
    } else return false;
  }
  return typeof o.locale === 'string';
}

/**
 * The validated options of `redact`. Validating with zod costs more than redacting a short message,
 * so the common shape is checked by hand (the same rules) and everything else by the schema.
 *
 * @throws {ValidationError} `privacy/invalid-redact-options` when an option is malformed.
 */
export function redactOptions(options: unknown): RedactOptions {
  if (simple(options)) return options;
  // The schema's output is RedactOptions with `| undefined` on each optional field: the same reading.
  return parseWith(RedactOptionsSchema, options, {
    package: 'privacy',
    what: 'redact-options',
  }) as RedactOptions;
}
