import { invalid } from '../validation/parseAt.js';
import { GSM7_BASIC, GSM7_EXTENSION } from './gsm7.data.js';

/** How an SMS text is encoded and how many segments it costs. */
export type SmsSegments = {
  readonly encoding: 'GSM-7' | 'UCS-2';
  /** Septets for GSM-7, UTF-16 code units for UCS-2. */
  readonly units: number;
  readonly segments: number;
  /** Units that fit in one segment of this message: 160/153 (GSM-7) or 70/67 (UCS-2). */
  readonly perSegment: number;
  /** Units still free in the last segment. */
  readonly remainingInLast: number;
  /** The characters that forced UCS-2, in order of first appearance. */
  readonly nonGsmCharacters: readonly string[];
};

const BASIC = new Set(GSM7_BASIC);
const EXT = new Set(GSM7_EXTENSION);

// 140 octets per SMS; concatenation spends 6 octets of user data header (3GPP TS 23.040).
const GSM_SINGLE = 160;
const GSM_MULTI = 153;
const UCS2_SINGLE = 70;
const UCS2_MULTI = 67;

/** Greedy packing: a character never straddles two segments (an escape pair, a surrogate pair). */
function pack(weights: readonly number[], limit: number): { segments: number; lastFill: number } {
  let segments = 1;
  let fill = 0;
  for (const w of weights) {
    if (fill + w > limit) {
      segments++;
      fill = 0;
    }
    fill += w;
  }
  return { segments, lastFill: fill };
}

/**
 * How many SMS segments a text costs: GSM-7 fits 160 characters in one message and 153 per
 * segment once concatenated; any character outside GSM-7 (ł, ą, Persian script, emoji) forces
 * UCS-2 at 70, then 67. Extension characters (€ [ ] { } …) cost two septets.
 *
 * @param text - The message text.
 * @returns Encoding, units, segments, and the characters that forced UCS-2.
 * @throws {ValidationError} `tickets/invalid-input` when `text` is not a string.
 * @example
 * smsSegments('Dziękujemy za zamówienie').encoding; // 'UCS-2'
 * @since 0.1.0
 */
export function smsSegments(text: string): SmsSegments {
  if (typeof text !== 'string') invalid('input', ['text'], 'Expected the message text, a string.');
  const chars = [...text];
  const nonGsm: string[] = [];
  for (const c of chars) {
    if (!BASIC.has(c) && !EXT.has(c) && !nonGsm.includes(c)) nonGsm.push(c);
  }
  if (chars.length === 0) {
    return {
      encoding: 'GSM-7',
      units: 0,
      segments: 0,
      perSegment: GSM_SINGLE,
      remainingInLast: GSM_SINGLE,
      nonGsmCharacters: [],
    };
  }
  const gsm = nonGsm.length === 0;
  const weights = gsm ? chars.map((c) => (EXT.has(c) ? 2 : 1)) : chars.map((c) => c.length);
  const units = weights.reduce((a, b) => a + b, 0);
  const single = gsm ? GSM_SINGLE : UCS2_SINGLE;
  const multi = gsm ? GSM_MULTI : UCS2_MULTI;
  if (units <= single) {
    return {
      encoding: gsm ? 'GSM-7' : 'UCS-2',
      units,
      segments: 1,
      perSegment: single,
      remainingInLast: single - units,
      nonGsmCharacters: nonGsm,
    };
  }
  const { segments, lastFill } = pack(weights, multi);
  return {
    encoding: gsm ? 'GSM-7' : 'UCS-2',
    units,
    segments,
    perSegment: multi,
    remainingInLast: multi - lastFill,
    nonGsmCharacters: nonGsm,
  };
}
