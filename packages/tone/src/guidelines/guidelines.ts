import { trust } from '../boundary.js';
import { EUROPE_AMERICAS } from './europe.data.js';
import type { Guideline } from './types.js';
import { MIDDLE_EAST_ASIA } from './world.data.js';

/** A set of guidelines keyed by locale: the built-in one or a brand's from defineGuidelines. */
export type GuidelineSet = Readonly<Record<string, Guideline>>;

/**
 * The built-in customer-service guidelines for 24 locales, every field with its source and asOf.
 *
 * @example
 * GUIDELINES['de-DE']?.address?.value.customerService; // 'Sie'
 * @since 0.1.0
 */
export const GUIDELINES: GuidelineSet = trust(
  Object.freeze(
    Object.fromEntries([...EUROPE_AMERICAS, ...MIDDLE_EAST_ASIA].map((g) => [g.locale, g])),
  ),
);
