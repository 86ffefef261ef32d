import { type Reason, reason } from '@meridian-cx/core';
import type { ConfidenceInterval, MetricUnit } from '../types.js';

/** Names of the two sides of a comparison, as they should read in the summary sentence. */
export type ComparisonLabels = { readonly a: string; readonly b: string };

/** Options shared by the comparisons. */
export type CompareOptions = {
  /** Confidence level of the interval, and 1 − the significance level of the test. Default 0.95. */
  readonly confidence?: number;
  /** What is compared, for the summary: `'CSAT'`, `'FCR'`… Default depends on the function. */
  readonly metric?: string;
  /** Names of the sides. Default `{ a: 'A', b: 'B' }`. */
  readonly labels?: ComparisonLabels;
};

/**
 * Is the change from `a` to `b` real? The difference b − a with its interval, the test behind the
 * verdict, and a sentence that says it in words.
 */
export type Comparison = {
  readonly metric: string;
  readonly unit: MetricUnit;
  readonly a: { readonly label: string; readonly value: number; readonly n: number };
  readonly b: { readonly label: string; readonly value: number; readonly n: number };
  /** b − a, in percentage points, NPS points, scale points or minutes. */
  readonly difference: number;
  readonly interval: ConfidenceInterval;
  readonly test: {
    readonly method: 'two-proportion-z' | 'nps-z' | 'welch-t';
    readonly statistic: number;
    readonly pValue: number;
    readonly degreesOfFreedom?: number;
  };
  /** p-value below 1 − confidence. */
  readonly significant: boolean;
  readonly verdict: 'higher' | 'lower' | 'no-significant-difference';
  readonly reasons: readonly Reason[];
  /** The answer in words. */
  readonly summary: string;
};

const fmt = (x: number, digits: number): string => {
  const s = x.toFixed(digits);
  return s === `-${(0).toFixed(digits)}` ? (0).toFixed(digits) : s;
};
const signed = (x: number, digits: number): string => (x > 0 ? '+' : '') + fmt(x, digits);
const pText = (p: number): string => (p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`);

function valueText(value: number, unit: MetricUnit, digits: number): string {
  if (unit === 'percent') return `${fmt(value, digits)}%`;
  if (unit === 'minutes') return `${fmt(value, digits)} min`;
  return fmt(value, digits);
}

/** Assemble a {@link Comparison} and its sentence. Internal to the compare functions. */
export function buildComparison(input: {
  metric: string;
  unit: MetricUnit;
  labels: ComparisonLabels;
  a: { value: number; n: number };
  b: { value: number; n: number };
  interval: ConfidenceInterval;
  test: Comparison['test'];
  digits: number;
}): Comparison {
  const { metric, unit, labels, a, b, interval, test, digits } = input;
  const difference = b.value - a.value;
  const alpha = 1 - interval.confidence;
  const significant = test.pValue < alpha;
  const verdict = !significant ? 'no-significant-difference' : difference > 0 ? 'higher' : 'lower';
  const level = `${fmt(interval.confidence * 100, 0)}%`;
  const diffUnit = unit === 'percent' ? ' points' : unit === 'minutes' ? ' min' : ' points';
  const sides = `${labels.b} ${valueText(b.value, unit, digits)} (n = ${b.n}) vs ${labels.a} ${valueText(a.value, unit, digits)} (n = ${a.n})`;
  const numbers = `difference ${signed(difference, digits)}${diffUnit}, ${level} CI ${signed(interval.lower, digits)} to ${signed(interval.upper, digits)}; ${pText(test.pValue)}`;
  const words = significant
    ? `${metric} is ${fmt(Math.abs(difference), digits)}${diffUnit} ${difference > 0 ? 'higher' : 'lower'} in ${labels.b} than in ${labels.a}, and the difference is statistically significant at the ${level} level.`
    : `No statistically significant difference in ${metric} between ${labels.b} and ${labels.a} at the ${level} level: the data are consistent with a change anywhere from ${signed(interval.lower, digits)} to ${signed(interval.upper, digits)}${diffUnit}.`;
  const params = {
    metric,
    difference,
    lower: interval.lower,
    upper: interval.upper,
    pValue: test.pValue,
    confidence: interval.confidence,
  };
  return {
    metric,
    unit,
    a: { label: labels.a, value: a.value, n: a.n },
    b: { label: labels.b, value: b.value, n: b.n },
    difference,
    interval,
    test,
    significant,
    verdict,
    reasons: [
      reason(significant ? 'comparison.significant' : 'comparison.not-significant', params),
    ],
    summary: `${sides}: ${numbers}. ${words}`,
  };
}
