import type { CountryCode } from '@meridian-cx/core';
import { contextBefore, gluedToCode } from '../context.js';
import { defineRecognizer } from '../defineRecognizer.js';
import { numberRuns } from '../runs.js';
import type { EntityType, Recognizer, RecognizerMatch } from '../types.js';

/** How a national id written as digits is told apart from an order number. */
export type NumericIdSpec = {
  readonly id: string;
  readonly type: EntityType;
  readonly placeholder: string;
  /** Its labels ("PESEL", "کد ملی"…): a number right after one of them is this id. */
  readonly words: readonly string[];
  /** The country that issues it. */
  readonly country: CountryCode;
  /**
   * Group shapes it is written in (`'3.3.3-2'`: three digits, dot, three, dot, three, dash, two)
   * and whether the shape alone says "this is the id" (`'formatted'`) or needs a label (`'bare'`).
   */
  readonly shapes: Readonly<Record<string, 'formatted' | 'bare'>>;
  /** Its check-digit rule, on ASCII digits. */
  readonly valid: (digits: string) => boolean;
  /**
   * Whether a bare run that validates counts without a label when the customer is from the
   * issuing country: only for checks strong enough (two check digits, a check digit and a date).
   */
  readonly bareInCountry: boolean;
};

/**
 * A recognizer for a national id written as digits: the shape must fit, the check digits must
 * validate, and then the nearest label decides: its own label (0.95), a shape only this id has
 * (0.85), a bare number in its country when the check is strong (0.7); never right after an order,
 * invoice or tracking label, never glued to a product code.
 */
export function numericIdRecognizer(spec: NumericIdSpec): Recognizer {
  // Its shapes in a Map: the six ids share one `find` (one closure, one feedback), so a look-up in
  // their objects, keyed by a shape string just built ("11" an element, "3.3.3-2" a property), was
  // a megamorphic keyed load, 60% of that function's time.
  const shapes = new Map(Object.entries(spec.shapes));
  // The digit counts of its shapes, a bit per count (all are under 32).
  let lengths = 0;
  for (const shape of shapes.keys()) {
    lengths |= 1 << shape.split(/[ .-]/).reduce((sum, part) => sum + Number(part), 0);
  }
  return defineRecognizer({
    id: spec.id,
    type: spec.type,
    placeholder: spec.placeholder,
    find(context) {
      const found: RecognizerMatch[] = [];
      for (const run of numberRuns(context)) {
        if (run.digitCount > 31 || ((lengths >>> run.digitCount) & 1) === 0 || run.groupCount > 5)
          continue;
        const kind = shapes.get(run.shape);
        if (kind === undefined || !spec.valid(run.digits)) continue;
        if (gluedToCode(context.shadow, run.start, run.end)) continue;
        const label = contextBefore(context, run.start, spec.words);
        if (label === 'reference') continue;
        let confidence = 0;
        if (label === 'own') confidence = 0.95;
        else if (kind === 'formatted') confidence = 0.85;
        else if (spec.bareInCountry && context.country === spec.country && label === 'none') {
          confidence = 0.7;
        }
        if (confidence > 0) found.push({ start: run.start, end: run.end, confidence });
      }
      return found;
    },
  });
}
