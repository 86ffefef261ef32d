import { isDigitAt } from './digits.js';
import type { RecognizerContext } from './types.js';

/** A run of digit groups joined by single separators (`' '`, `'-'`, `'.'`) in the shadow. */
export type NumberRun = {
  readonly start: number;
  readonly end: number;
  /** [start, end) of each group of digits. */
  readonly groups: readonly (readonly [number, number])[];
  /** The separator after each group but the last. */
  readonly seps: string;
  /** All the digits, ASCII. */
  readonly digits: string;
  /** The group lengths with the separators between (`"3.3.3-2"`): see {@link shapeOf}. */
  readonly shape: string;
};

// Every recognizer of one pass reads the runs of the same context, one after the other: the last
// context's runs are kept (a one-entry cache costs less than a WeakMap look-up per recognizer).
let lastContext: RecognizerContext | undefined;
let lastRuns: readonly NumberRun[] = [];

function isSep(c: string): boolean {
  return c === ' ' || c === '-' || c === '.';
}

function scan(shadow: string): NumberRun[] {
  const runs: NumberRun[] = [];
  let i = 0;
  const n = shadow.length;
  while (i < n) {
    const c0 = shadow.charCodeAt(i);
    if (c0 < 48 || c0 > 57) {
      i++;
      continue;
    }
    const start = i;
    const groups: [number, number][] = [];
    let seps = '';
    let shape = '';
    for (;;) {
      const g = i;
      for (let c = shadow.charCodeAt(i); c >= 48 && c <= 57; c = shadow.charCodeAt(i)) i++;
      groups.push([g, i]);
      shape += String(i - g);
      const c = shadow.charAt(i);
      if (isSep(c) && isDigitAt(shadow, i + 1)) {
        seps += c;
        shape += c;
        i++;
        continue;
      }
      break;
    }
    // One slice when the run is one group (the common case), the groups joined otherwise.
    let digits = shadow.slice(start, i);
    if (groups.length > 1) {
      digits = '';
      for (const [s, e] of groups) digits += shadow.slice(s, e);
    }
    runs.push({ start, end: i, groups, seps, digits, shape });
  }
  return runs;
}

/** Every digit run of the context's shadow, computed once per context. */
export function numberRuns(context: RecognizerContext): readonly NumberRun[] {
  if (context !== lastContext) {
    lastRuns = scan(context.shadow);
    lastContext = context;
  }
  return lastRuns;
}

/** The group lengths of a run, as `"3.3.3-2"` style shape: lengths with the separators between. */
export function shapeOf(run: NumberRun): string {
  return run.shape;
}
