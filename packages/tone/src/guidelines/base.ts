// The facts every guideline carries: CLDR data (checked against Intl in tests) and the house
// defaults for emoji, humour and exclamation marks, each with its source.
import type { Source } from '@meridian-cx/core';
import {
  AS_OF,
  CLDR,
  CLDR_NOTE,
  MS_EMOJI,
  MS_EXCLAMATION,
  MS_VOICE,
  W3C_NAMES,
} from './sources.js';
import type { Fact, Guideline, PluralCategory, Policy } from './types.js';

export function fact<T>(value: T, source: Source, note?: string): Fact<T> {
  return { value, source, asOf: AS_OF, ...(note !== undefined ? { note } : {}) };
}

/**
 * The house policies for emoji, humour and exclamation marks, the same for every built-in locale.
 * lintReply reads them directly (not the whole GUIDELINES) when no brand set is given; a test holds
 * every built-in guideline to them, so a locale that gets its own policy must move them into a
 * per-locale table (as REGISTERS did for the register).
 */
export const HOUSE_POLICY = {
  emoji: fact<Policy>('avoid', MS_EMOJI),
  humour: fact<Policy>('sparingly', MS_VOICE),
  exclamation: fact<Policy>('sparingly', MS_EXCLAMATION),
} as const;

type Cldr = {
  readonly plurals: readonly PluralCategory[];
  readonly digits: string;
  readonly calendar: string;
  readonly firstDay: number;
  readonly weekend: readonly number[];
  readonly direction: 'ltr' | 'rtl';
  readonly familyFirst?: boolean;
};

/** The CLDR facts and house defaults of a locale; register facts are added per locale. */
export function base(locale: string, c: Cldr): Guideline {
  return {
    locale,
    nameOrder: fact(c.familyFirst === true ? 'family-given' : 'given-family', W3C_NAMES),
    direction: fact(c.direction, CLDR.direction, CLDR_NOTE),
    digits: fact(c.digits, CLDR.digits, CLDR_NOTE),
    calendar: fact(c.calendar, CLDR.calendar, CLDR_NOTE),
    plurals: fact(c.plurals, CLDR.plurals, CLDR_NOTE),
    week: fact({ firstDay: c.firstDay, weekend: c.weekend }, CLDR.week, CLDR_NOTE),
    ...HOUSE_POLICY,
  };
}
