import type { Reason } from '@meridian-cx/core';
import type { ReturnRequestLine } from '../types.js';
import { why } from '../why.js';
import type { RightArgs } from './statutoryArgs.js';

const NO_CONDITION: NonNullable<ReturnRequestLine['condition']> = {};

/**
 * Why the right, which covers the sale, does not cover this line, or `null`: the first of the
 * regime's exceptions whose kind the line carries (one that counts only unsealed goods needs the
 * request to declare them unsealed), else the goods' declared condition where the regime bars used
 * goods (China, Korea) or goods without their original packaging (California § 1723(b)).
 */
export function withdrawalBar(args: RightArgs): Reason | null {
  const code = args.regime.code;
  const w = args.regime.withdrawal;
  const declared = args.request.condition ?? NO_CONDITION;
  const kinds = args.line.exceptions;
  for (let i = 0; kinds !== undefined && kinds.length > 0 && i < w.exceptions.length; i++) {
    const ex = w.exceptions[i];
    if (ex === undefined) continue;
    if (!kinds.includes(ex.kind)) continue;
    if (ex.onlyWhenUnsealed && declared.unsealed !== true) continue;
    return why('statutory.exception', { regime: code, kind: ex.kind }, ex.provenance.source);
  }
  if (
    w.conditionBars &&
    (declared.unused === false || (w.packagingBars && declared.originalPackaging === false))
  ) {
    return why('statutory.condition-bars', { regime: code }, w.provenance.source);
  }
  return null;
}
