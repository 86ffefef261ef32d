import type { Reason, ReasonParam, Source } from '@meridian-cx/core';

/**
 * core's reason() without the intermediate objects its spreads allocate: the same shape (absent
 * keys stay absent), built in one literal. The evaluation hot path makes many reasons.
 */
export function why(
  code: string,
  params?: Readonly<Record<string, ReasonParam>>,
  source?: Source,
): Reason {
  if (params === undefined) return source === undefined ? { code } : { code, source };
  return source === undefined ? { code, params } : { code, params, source };
}
