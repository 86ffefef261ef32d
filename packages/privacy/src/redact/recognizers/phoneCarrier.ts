import { isDigitAt } from '../digits.js';
import type { RecognizerContext, RecognizerMatch } from '../types.js';

// A UPS shipment's number is "1Z", then 16 letters and digits: the shipper's account (6 letters
// and digits), the service (2 digits), the package's number (7 digits) and a check digit
// (track-hive.com/blog/ups-tracking-number-format, "1Z 999AA1 01 23456784"; netsuiterp.com's
// "1Z xxx xxx yy zzzz zzz c"). Printed in groups ("1Z ASL 808 29 1635 0486"), its digits after the
// account's letters read as a number of the customer's country: "Sendungsnummer 1Z ASL 808 29 1635
// 0486 x4" went as a German phone, and "1Z7HFMTT6047676767 4711 12.50.99" as one past its letters
// (V60a: 59 of 6,000 generated codes). No phone is printed after "1Z" glued to a word's
// start: the prefix names the run a UPS number's, and a number found inside its 16 characters is
// dropped. What follows them is read as before ("1Z… Tel. 0151 23456789" keeps its phone).
const UPS_LENGTH = 16;

/**
 * Where the UPS number whose "1Z" stands at `at` of `shadow` ends: past its 16th letter or digit
 * after the "1Z", its groups apart by one space or "-" each; -1 where the "1Z" starts no word or
 * fewer than 16 follow it so.
 */
function upsEnd(shadow: string, at: number): number {
  if (at > 0 && alnum(shadow.charCodeAt(at - 1))) return -1;
  let k = at + 2;
  let count = 0;
  while (count < UPS_LENGTH && k < shadow.length) {
    const c = shadow.charCodeAt(k);
    if (alnum(c)) {
      count++;
      k++;
    } else if ((c === 32 || c === 45) && alnum(shadow.charCodeAt(k + 1))) k++;
    else break;
  }
  // Its 16th ends a group: "1Z ASL 808 0151 23456789" is no UPS number whole.
  return count === UPS_LENGTH && !alnum(shadow.charCodeAt(k)) ? k : -1;
}

/** Whether the code unit `c` is an ASCII letter or digit (NaN: none). */
function alnum(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122);
}

/**
 * `found` without the numbers that start inside a UPS shipment's number ("1Z" and its 16 letters
 * and digits, printed in groups or glued: see {@link upsEnd}). Where one found from inside it ends
 * past its end ("1Z AAA AAA 53 1234 5678 0151 23456789" was read "5678 0151"), what follows the
 * code is read again from its first digit, "(" or "+" (`reread`), and kept where a number is read
 * there. Read only where the text holds a "1z" (the context's lower case) and something was
 * found. Internal.
 *
 * @param context - The recognizer's context.
 * @param found - The numbers found.
 * @param reread - The number read from a start past a code, alone; undefined where none.
 * @returns `found` itself where none starts inside such a number, else a copy without them.
 * @since 0.1.0
 */
export function withoutCarrierCodes(
  context: RecognizerContext,
  found: RecognizerMatch[],
  reread: (context: RecognizerContext, start: number) => RecognizerMatch | undefined,
): RecognizerMatch[] {
  if (found.length === 0) return found;
  const { lower, shadow } = context;
  let at = carrierPrefix(lower, shadow, 0);
  if (at < 0) return found;
  let out = found;
  for (; at >= 0; at = carrierPrefix(lower, shadow, at + 2)) {
    const end = upsEnd(shadow, at);
    if (end < 0) continue;
    const kept: RecognizerMatch[] = [];
    let across = false;
    for (const f of out) {
      if (f.start <= at || f.start >= end) kept.push(f);
      else if (f.end > end) across = true;
    }
    if (across) {
      let start = end;
      while (
        start < shadow.length &&
        !isDigitAt(shadow, start) &&
        ' -'.includes(shadow[start] ?? '.')
      )
        start++;
      const again = reread(context, start);
      if (again !== undefined && !kept.some((f) => f.start < again.end && again.start < f.end))
        kept.push(again);
    }
    out = kept;
  }
  return out;
}

/**
 * The next "1z" of `lower` from `from`, or "1Z" where `lower` is the shadow itself (its lower case
 * changed its length: recognizerContext's fallback, "İ"); -1 where none.
 */
function carrierPrefix(lower: string, shadow: string, from: number): number {
  const a = lower.indexOf('1z', from);
  if (lower !== shadow) return a;
  const b = lower.indexOf('1Z', from);
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}
