import { unitAt } from '../digits.js';

// How far back from a line's end a number's head is looked for: a head is a calling code and a
// group or two ("+44 7911", "0049 151"), and the matcher's window (phone.ts WINDOW) is as long.
const HEAD_REACH = 48;

/**
 * Where the last international head of the span [s, e) starts, past `s`: the last "+" in the
 * span's last {@link HEAD_REACH} units; -1 where there is none. Not a "00": after other digits
 * on its line it is a column's value as often ("totals:\n0000 0049 6700\n03", cards and amounts
 * printed in fours, which readWrapped keeps where such a head starts its line). The span ends its line, and a number wrapped there may start
 * inside it, after what the span read from its start: "123456 +44 7911\n123456", where the
 * line's first group ends the number wrapped from the line above (issue #14: the second of two
 * wrapped numbers on one line stayed). `s` itself is not returned: the span's own start was read
 * as a head already (phone.ts readWrapped).
 */
export function trailingHead(shadow: string, s: number, e: number): number {
  const from = Math.max(s + 1, e - HEAD_REACH);
  for (let k = e - 1; k >= from; k--) {
    const c = unitAt(shadow, k);
    if (c === 43) return k; // "+"
  }
  return -1;
}
