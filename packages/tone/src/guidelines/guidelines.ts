import { trust } from '../boundary.js';
import { EUROPE_AMERICAS } from './europe.data.js';
import { REGISTERS } from './registers.data.js';
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
    Object.fromEntries(
      [...EUROPE_AMERICAS, ...MIDDLE_EAST_ASIA].map((g) => [g.locale, withRegister(g)]),
    ),
  ),
);

// The register lives in ./registers.data.ts (renderReply reads only that); put it back in place.
function withRegister(g: Guideline): Guideline {
  const r = REGISTERS[g.locale];
  const unsourced = [...(r?.unsourced ?? []), ...(g.unsourced ?? [])];
  return {
    ...g,
    ...(r?.register !== undefined ? { register: r.register } : {}),
    ...(unsourced.length > 0 ? { unsourced } : {}),
  };
}
