import { findNumbers, type CountryCode as PhoneCountry } from 'libphonenumber-js/max';
import { contextBefore, gluedToCode } from '../context.js';
import { defineRecognizer } from '../defineRecognizer.js';
import { isDigitAt } from '../digits.js';
import { PHONE_WORDS, VERSION_WINDOW, VERSION_WORDS } from '../keywords.js';
import type { RecognizerContext, RecognizerMatch } from '../types.js';

// A phone number is at most 17 digits with its country code (ITU-T E.164: 15, plus a "00" prefix),
// so a window of 40 characters holds any way of writing one; longer spans are read in overlapping
// windows, which keeps libphonenumber's matcher linear on a 40,000-digit run.
const WINDOW = 40;
const STEP = 20;
const DATE = /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})$/;

function phoneChar(c: string): boolean {
  return (
    (c >= '0' && c <= '9') ||
    c === ' ' ||
    c === '-' ||
    c === '.' ||
    c === '(' ||
    c === ')' ||
    c === '/' ||
    c === '+'
  );
}

/** Spans of phone-ish characters that start at `+`, `(` or a digit and hold at least 6 digits. */
function spans(shadow: string): [number, number][] {
  const out: [number, number][] = [];
  const n = shadow.length;
  let i = 0;
  while (i < n) {
    const c = shadow.charAt(i);
    if (!(isDigitAt(shadow, i) || c === '+' || c === '(')) {
      i++;
      continue;
    }
    let j = i;
    let digits = 0;
    while (j < n && phoneChar(shadow.charAt(j))) {
      if (isDigitAt(shadow, j)) digits++;
      j++;
    }
    let e = j;
    while (e > i && !isDigitAt(shadow, e - 1) && shadow.charAt(e - 1) !== ')') e--;
    if (digits >= 6) out.push([i, e]);
    i = j + 1;
  }
  return out;
}

function accept(context: RecognizerContext, start: number, end: number): number {
  const { shadow } = context;
  const text = shadow.slice(start, end);
  if (gluedToCode(shadow, start, end) || DATE.test(text)) return 0;
  if (contextBefore(context, start, VERSION_WORDS, VERSION_WINDOW) === 'own') return 0;
  const international = text.startsWith('+') || text.startsWith('00');
  const label = contextBefore(context, start, PHONE_WORDS);
  if (label === 'reference' && !international) return 0;
  if (international) return 0.95;
  if (label === 'own') return 0.9;
  const formatted = /[ ()./-]/.test(text) || text.startsWith('0');
  return formatted ? 0.8 : 0;
}

/**
 * Phone numbers, validated by libphonenumber-js's full metadata (`findNumbers` with the customer's
 * country as the default): in any digit script, with spaces, dots, dashes, parentheses, `(0)`, a
 * `00` or `+` prefix, NBSP and bidi marks. A number that is only digits needs a label ("tel",
 * "تلفن", "電話"…) or a trunk prefix, so a bare order number that happens to dial stays.
 */
export const phoneRecognizer = defineRecognizer({
  id: 'phone',
  type: 'phone',
  placeholder: '[PHONE]',
  find(context) {
    const found = new Map<number, RecognizerMatch>();
    const defaultCountry = context.country as PhoneCountry | undefined;
    for (const [s, e] of spans(context.shadow)) {
      for (let w = s; w < e; w += STEP) {
        const windowEnd = Math.min(e, w + WINDOW);
        let slice = context.shadow.slice(w, windowEnd);
        // "00" dials out from most of the world but not from every default country (the US dials
        // 011, Japan 010): read a leading "00" as "+", keeping the length (" +").
        const outDial = w === s && slice.startsWith('00');
        if (outDial) slice = ` +${slice.slice(2)}`;
        const matches = findNumbers(
          slice,
          defaultCountry ? { defaultCountry, v2: true } : { v2: true },
        );
        for (const m of matches) {
          const start = outDial && m.startsAt === 1 ? w : w + m.startsAt;
          const end = w + m.endsAt;
          if (found.has(start) || !m.number.isValid()) continue;
          const confidence = accept(context, start, end);
          if (confidence > 0) found.set(start, { start, end, confidence });
        }
        if (windowEnd === e) break;
      }
    }
    return [...found.values()];
  },
});
