// Where the last text redact read holds its first unit PLAIN_TURN finds (redact.ts), kept so that
// the two searches a text with data meets after it, MAY_HOLD_DATA on the text (mayHold) and DATA
// on its shadow (collect), ask that one unit before they read the text from its start: each found
// the same first digit again (PLAIN_TURN, MAY_HOLD_DATA and DATA cost 9.3M of a hot pass of the
// corpus, 634.6M, session 51). The unit asked is read in the string given, whatever it is: a hint
// that is stale or names another text costs one comparison and the search, never an answer.

import { MAY_HOLD_DATA } from './digits.js';

/** Whether the shadow holds a digit, an "@" or a ":" (what every built-in recognizer needs). */
export const DATA = /[0-9:@]/;

let hint = -1;

/**
 * Note where the text about to be read holds a unit that may be data (-1: nowhere known). Internal:
 * redact.ts notes PLAIN_TURN's first match before it reads a text.
 */
export function noteDataAt(at: number): void {
  hint = at;
}

/** Whether code unit `c` is one {@link DATA} holds: "0"-"9", ":" (U+003A) or "@". */
function isDataUnit(c: number): boolean {
  return (c >= 0x30 && c <= 0x3a) || c === 0x40;
}

// The unit at `at` of `s`, -1 past either end (read in bounds only: a read past a string's end
// made V8 compile its reader again, runs.ts scanRuns).
function unitAt(s: string, at: number): number {
  return at >= 0 && at < s.length ? s.charCodeAt(at) : -1;
}

/**
 * `DATA.test(s)`, the noted unit asked first: a text with data is answered at that unit, one
 * without it read whole as before. Internal (dataAt.prop.test.ts holds it to the search).
 */
export function holdsData(s: string, at: number = hint): boolean {
  return isDataUnit(unitAt(s, at)) || DATA.test(s);
}

/**
 * `MAY_HOLD_DATA.test(s)`, the noted unit asked first: its ASCII units ("&", digits, ":", "@")
 * are answered there; any other unit, or none, reads the text as before. Internal
 * (dataAt.prop.test.ts holds it to the search).
 */
export function mayHoldData(s: string, at: number = hint): boolean {
  const c = unitAt(s, at);
  return isDataUnit(c) || c === 0x26 || MAY_HOLD_DATA.test(s);
}
