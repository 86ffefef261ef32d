import { describeValue, parseWith } from '@meridian-cx/core';
import { fail } from '../failures.js';
import { ScaleSchema, SurveyAccumulatorStateSchema } from '../schemas/survey.js';
import type { Scale, SurveyKind } from '../types.js';
import type { SurveyAccumulatorState } from './SurveyAccumulator.js';

/** Validate a scale and a threshold on it from options. Internal. */
export function checkScale(scale: Scale, threshold?: number): void {
  const parsed = ScaleSchema.safeParse(scale);
  if (!parsed.success) {
    fail('metrics/invalid-scale', {
      min: describeValue(scale?.min),
      max: describeValue(scale?.max),
    });
  }
  if (
    threshold !== undefined &&
    !(Number.isInteger(threshold) && threshold >= scale.min && threshold <= scale.max)
  ) {
    fail('metrics/invalid-threshold', {
      threshold: describeValue(threshold),
      min: scale.min,
      max: scale.max,
    });
  }
}

/** Validate a serialised survey accumulator of the given type. Internal. */
export function parseSurveyState(json: unknown, type: SurveyKind): SurveyAccumulatorState {
  const state = parseWith(SurveyAccumulatorStateSchema, json, {
    package: 'metrics',
    what: 'accumulator-state',
  });
  if (state.type !== type) failState(`it holds a ${state.type} accumulator, not ${type}`);
  if (state.counts.length !== state.scale.max - state.scale.min + 1) {
    failState(`${state.counts.length} counts for a ${state.scale.min}–${state.scale.max} scale`);
  }
  checkScale(state.scale, state.threshold);
  return state as SurveyAccumulatorState;
}

/** Throw `metrics/invalid-state` with a detail. Internal. */
export function failState(detail: string): never {
  fail('metrics/invalid-state', { detail });
}
