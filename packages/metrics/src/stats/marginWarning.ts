import { type Reason, reason } from '@meridian-cx/core';
import { sampleSizeForMargin } from './sampleSizeForMargin.js';

/** Warnings shared by every estimate: empty sample, or n below what the margin needs. */
export function marginWarnings(
  n: number,
  options: { margin: number; confidence: number; variance: number; unit: string },
): Reason[] {
  if (n === 0) return [reason('sample.empty', { n: 0 })];
  const needed = sampleSizeForMargin({
    margin: options.margin,
    confidence: options.confidence,
    variance: options.variance,
  });
  if (n >= needed) return [];
  return [
    reason('sample.below-margin', {
      n,
      needed,
      margin: options.margin,
      confidence: options.confidence,
      unit: options.unit,
    }),
  ];
}
