// A Kenyan mobile as M-PESA writes it (T45d, issue #14): its MSISDN, the calling code 254 and the
// nine national digits, with no "+" or trunk "0": "254712345678". M-PESA's own API takes and
// returns the payer's number so (Safaricom's Daraja, as its client libraries document it: "the
// phone number (MSISDN) … should contain the international dialing code i.e 254. For example
// 254712345678", pub.dev/documentation/mpesa/latest/mpesa/Mpesa/lipaNaMpesa.html, searched
// 2026-12-04), and customers paste it from there and from their statements. A bare 12-digit run
// needs a phone's label to go (phone.ts accept): after an M-PESA word it has one. Kenya's mobiles
// start with 7 or 1 after 254 (libphonenumber-js/max reads "254712345678" and "254112345678" in
// Kenya as MOBILE numbers); the number is read in Kenya only, where libphonenumber-js takes its
// first digits for the country's code, as a plus-less number after any phone word is.
import { reachStart } from '../context.js';
import { isDigitAt } from '../digits.js';
import type { RecognizerContext } from '../types.js';

const MSISDN = /^254[17]\d{8}$/;
// "M-PESA", "M-Pesa", "Mpesa", "MPESA", "M Pesa" (read lowered), standing as a word.
const MPESA_WORD = /(?:^|[^\p{L}\p{N}])m[- ]?pesa(?![\p{L}\p{N}])/u;
// How far before the number the word may stand, on its line: a phone label's reach (context.ts).
const REACH = 48;

/**
 * Whether a Kenyan mobile written as M-PESA writes it ("254712345678": twelve digits, no "+")
 * starts at `start`, in Kenya, with an M-PESA word before it on its line within 48 characters:
 * "Mpesa 254712345678", "M-PESA QK12AB3CD4 from 254712345678". Read by the phone recognizer as a
 * phone label there (phone.ts labels), where no other label is.
 *
 * @param context - The text being redacted, its shadow and lower case, and its country.
 * @param start - Where the digit run starts in the shadow.
 * @returns Whether the run is such a number after such a word.
 * @since 0.1.0
 */
export function mpesaNumberAt(context: RecognizerContext, start: number): boolean {
  // (The lower-case copy is read only past the checks of the shadow: a context makes it on the
  // first read, and this, asked for every unlabelled number, made one per message, T68b.)
  const { shadow } = context;
  if (
    context.country !== 'KE' ||
    shadow.charCodeAt(start) !== 50 ||
    isDigitAt(shadow, start - 1) ||
    isDigitAt(shadow, start + 12) ||
    !MSISDN.test(shadow.slice(start, start + 12))
  )
    return false;
  // Within the reach only, the line's start too: a text with no line break is not walked back to
  // its start for each number.
  const { lower } = context;
  const window = lower.slice(reachStart(lower, start, REACH), start);
  return MPESA_WORD.test(window.slice(window.lastIndexOf('\n') + 1));
}
