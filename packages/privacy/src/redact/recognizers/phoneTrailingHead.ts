import { unitAt } from '../digits.js';

// How far back from a line's end a number's head is looked for: a head is a calling code and a
// group or two ("+44 7911", "0049 151"), and the matcher's window (phone.ts WINDOW) is as long.
const HEAD_REACH = 48;

/**
 * Where the last international head of the span [s, e) starts, past `s`: the last "+", or the
 * last "00" that starts a group and dials a calling code (a digit 1-9 after it), in the span's last
 * {@link HEAD_REACH} units; -1 where there is none. The span ends its line, and a number wrapped
 * there may start inside it, after what the span read from its start: "123456 +44 7911\n123456"
 * and "123456 0044 7911\n123456", where the line's first group ends the number wrapped from the
 * line above (issue #14: the second of two wrapped numbers on one line stayed). A "00" after a
 * group of zeros alone is a column's value, not a head ("totals:\n0000 0049 6700\n03": amounts and
 * cards printed in fours); the number read from a head is validated whole by readWrapped, which
 * makes a calling code of the digits after "00". `s` itself is not returned: the span's own start
 * was read as a head already (phone.ts readWrapped).
 */
export function trailingHead(shadow: string, s: number, e: number): number {
  const from = Math.max(s + 1, e - HEAD_REACH);
  for (let k = e - 1; k >= from; k--) {
    const c = unitAt(shadow, k);
    if (c === 43) return k; // "+"
    if (c === 48 && outDialAt(shadow, s, k, e)) return k;
  }
  return -1;
}

/**
 * Whether a "00" at `k` (past `s`, before `e`) starts a group after a space and is followed by a
 * digit 1-9, and the group before it, read back no further than `s`, holds a digit other than "0".
 */
function outDialAt(shadow: string, s: number, k: number, e: number): boolean {
  if (k + 2 >= e || unitAt(shadow, k + 1) !== 48) return false;
  const d = unitAt(shadow, k + 2);
  if (d < 49 || d > 57) return false;
  // A calling code in brackets opens its group with a "(" ("123456 (0044) 7911\n123456").
  // (Read only inside the shadow: a "(" first in it has no space before it.)
  let j = k - 1;
  if (unitAt(shadow, j) === 40) j--;
  if (j < 0 || unitAt(shadow, j) !== 32) return false;
  // The group before: read back over the space(s) to its digits; one that is zeros alone (or no
  // group at all) makes the "00" a column's next value.
  while (j >= s && unitAt(shadow, j) === 32) j--;
  // A list's marker " / " between: the group before it is read ("1 / (0044)\n20 7946 0018").
  if (j > s && unitAt(shadow, j) === 47 && unitAt(shadow, j - 1) === 32) {
    j--;
    while (j >= s && unitAt(shadow, j) === 32) j--;
  }
  for (; j >= s; j--) {
    const u = unitAt(shadow, j);
    if (u < 48 || u > 57) return false;
    if (u !== 48) return true;
  }
  return false;
}

/**
 * Where the first "00" head of a wrapped number's next-line stretch [t, e) starts, as an offset
 * into the stretch, past its first group; -1 where there is none. The stretch then ends the number
 * wrapped from the line above before it: "0044 7911\n123456 0044 7911\n123456" (issue #14). The
 * same "00" as {@link trailingHead} reads: a group's start, a calling code's first digit after it,
 * not after a group of zeros alone.
 */
export function headInTail(shadow: string, t: number, e: number): number {
  for (let k = t + 1; k < e; k++) {
    // (Before its "(" where the code is in brackets: the number above ends before it.)
    if (unitAt(shadow, k) === 48 && outDialAt(shadow, t, k, e))
      return k - t - +(unitAt(shadow, k - 1) === 40);
  }
  return -1;
}
