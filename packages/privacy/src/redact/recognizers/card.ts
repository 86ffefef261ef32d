import { luhnValid } from '../checks/luhn.js';
import { defineRecognizer } from '../defineRecognizer.js';
import { type NumberRun, numberRuns } from '../runs.js';
import type { RecognizerMatch } from '../types.js';

// Issuer prefixes (ISO/IEC 7812 major industry identifiers 2–6: airlines/financial, travel and
// entertainment, banking and financial, merchandising and banking): Visa 4, Mastercard 2221–2720
// and 51–55, Amex 34/37, JCB 35, Diners 36/38, Discover 6011/65, UnionPay 62, Maestro 5/6, Mir 2200.
function issuerPlausible(digits: string): boolean {
  const first = digits.charCodeAt(0) - 48;
  return first >= 2 && first <= 6;
}

function confidenceOf(digits: string): number {
  // A Luhn-valid 13–19 digit run is never released; without an issuer prefix it may be an IMEI or a
  // reference number, so it goes out as a card with lower confidence rather than staying.
  return issuerPlausible(digits) ? 0.9 : 0.6;
}

// How cards are printed: 4-4-4-4(-3), Amex 4-6-5, Diners 4-6-4.
function cardGrouping(sizes: readonly number[]): boolean {
  if (sizes.length === 1) return true;
  const key = sizes.join(',');
  if (key === '4,6,5' || key === '4,6,4') return true;
  return sizes.every((s, k) => (k < sizes.length - 1 ? s === 4 : s >= 1 && s <= 4));
}

/** The digits of groups a..b of a run, by the digit offsets of each group (`offs`). */
function windowOf(run: NumberRun, offs: readonly number[], a: number, b: number): string {
  return run.digits.slice(offs[a] as number, offs[b + 1] as number);
}

function groupAt(run: NumberRun, k: number): readonly [number, number] {
  return run.groups[k] as readonly [number, number];
}

// 3. A card glued to a short number by a space or dash: "4111 1111 1111 1111 123" (a CVV, a
// year, a quantity). Only at an edge of the run and only when at most 4 digits are left over,
// so a long tracking number never yields a "card" from its middle.
function edgeWindow(
  run: NumberRun,
  offs: readonly number[],
  a: number,
  b: number,
): RecognizerMatch | undefined {
  const { seps } = run;
  const part = windowOf(run, offs, a, b);
  if (part.length < 13 || part.length > 19 || run.digits.length - part.length > 4) return undefined;
  for (let k = a; k < b; k++)
    if (seps.charAt(k) !== seps.charAt(a) || seps.charAt(k) === '.') return undefined;
  const sizes = run.groups.slice(a, b + 1).map(([s, e]) => e - s);
  if (!issuerPlausible(part) || !cardGrouping(sizes) || !luhnValid(part)) return undefined;
  return { start: groupAt(run, a)[0], end: groupAt(run, b)[1], confidence: 0.85 };
}

function candidates(run: NumberRun, found: RecognizerMatch[]): void {
  const { groups, seps, digits } = run;
  const g = groups.length;
  // 1. The whole run: every Luhn-valid 13–19 digit run goes.
  if (digits.length >= 13 && digits.length <= 19 && luhnValid(digits)) {
    found.push({ start: run.start, end: run.end, confidence: confidenceOf(digits) });
    return;
  }
  const offs = [0];
  for (const [s, e] of groups) offs.push((offs[offs.length - 1] as number) + e - s);
  // 2. Each part between dots ("1.4111 1111 1111 1111" is an amount glued to a card).
  let from = 0;
  for (let k = 0; k < g; k++) {
    if (k < g - 1 && seps.charAt(k) !== '.') continue;
    if (from > 0 || k < g - 1) {
      const part = windowOf(run, offs, from, k);
      if (part.length >= 13 && part.length <= 19 && luhnValid(part)) {
        found.push({
          start: groupAt(run, from)[0],
          end: groupAt(run, k)[1],
          confidence: confidenceOf(part),
        });
      }
    }
    from = k + 1;
  }
  // 3. Edge windows (see edgeWindow).
  for (let b = g - 2; b >= 0; b--) {
    const m = edgeWindow(run, offs, 0, b);
    if (m) found.push(m);
  }
  for (let a = 1; a < g; a++) {
    const m = edgeWindow(run, offs, a, g - 1);
    if (m) found.push(m);
  }
}

/** Payment cards: 13–19 digits in any script, spaced or dashed, passing Luhn (ISO/IEC 7812-1). */
export const cardRecognizer = defineRecognizer({
  id: 'card',
  type: 'card',
  placeholder: '[CARD]',
  find(context) {
    const found: RecognizerMatch[] = [];
    for (const run of numberRuns(context)) {
      if (run.digits.length < 13) continue;
      candidates(run, found);
    }
    return found;
  },
});
