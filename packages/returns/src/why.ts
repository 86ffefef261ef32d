import type { Reason, ReasonParam, Source } from '@meridian-cx/core';

/**
 * core's reason() without the intermediate objects its spreads allocate: the same shape (absent
 * keys stay absent), built in one literal. The evaluation hot path makes many reasons.
 */
export function why(
  code: string,
  params?: Readonly<Record<string, ReasonParam>>,
  law?: Source,
): Reason {
  // A source is the regime's own object, and the regime is the caller's: a decision carries a
  // frozen copy, so that editing a decision never edits the law the next call reads.
  const source = law && (Object.isFrozen(law) ? law : Object.freeze({ ...law }));
  if (params === undefined) return source === undefined ? { code } : { code, source };
  return source === undefined ? { code, params } : { code, params, source };
}
