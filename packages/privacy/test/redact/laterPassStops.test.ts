// A span before a Devanagari danda "।" or an Urdu full stop "۔" stands apart: those stops end a
// sentence wherever they stand (context.ts endsSentence) and no built-in token reads across one,
// so the first pass is the last (laterPass.ts; 114 of the 6,000 messages of the stream ran a
// later pass for a danda alone and found nothing, T41c). A letter of the same script glued to
// the span, or a digit after a separator, still asks for one.
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { shadowOf } from '../../src/redact/digits.js';
import { laterPassMayFind, watchLabels } from '../../src/redact/laterPass.js';
import { withoutBlanking } from '../../src/redact/lines.js';
import type { Resolved } from '../../src/redact/resolve.js';
import type { RecognizerContext } from '../../src/redact/types.js';

/** laterPassMayFind for `value` (the one span) inside `text`, with no label window noted. */
function mayFind(text: string, value: string): boolean {
  const shadow = shadowOf(text);
  const context: RecognizerContext = {
    text,
    shadow,
    lower: shadow.toLowerCase(),
    locale: 'hi-IN',
    country: 'IN',
  };
  watchLabels(context);
  const start = text.indexOf(value);
  const span = { start, end: start + value.length } as Resolved;
  try {
    return laterPassMayFind([span]);
  } finally {
    watchLabels(undefined);
  }
}

const IBAN = 'GB98 XTWM 3904 1455 9677 80';

describe('a span before a full stop of Devanagari or Urdu', () => {
  it('stands apart: no later pass', () => {
    expect(mayFind(`रिफ़ंड इस खाते में करें: ${IBAN}। मैंने 06-09-2024 को ऑर्डर किया।`, IBAN)).toBe(false);
    expect(mayFind(`रिफ़ंड इस खाते में करें: ${IBAN}।`, IBAN)).toBe(false);
    expect(mayFind(`رقم اس اکاؤنٹ میں بھیجیں ${IBAN}۔ شکریہ`, IBAN)).toBe(false);
  });

  it('a letter glued to it, or a digit after a separator, still asks for one', () => {
    expect(mayFind(`खाते में ${IBAN}का पैसा`, IBAN)).toBe(true);
    expect(mayFind(`खाते में ${IBAN} - 600 123 456।`, IBAN)).toBe(true);
    expect(mayFind(`खाते में ${IBAN}.5`, IBAN)).toBe(true);
  });

  it('redact gives what later passes reading everything give', () => {
    for (const text of [
      `रिफ़ंड इस खाते में करें: ${IBAN}। मोबाइल: 081234 51442। मेरा आधार नंबर 9636 8964 1234`,
      'प्रिय सहायता टीम, Ph: 6773407294। मैंने कार्ड 5144 7444 6000 0003 से भुगतान किया।',
      `میرا فون 0300 1234567۔ ${IBAN}۔ anna@example.com۔`,
    ]) {
      for (const locale of ['hi-IN', 'en-GB', 'ur-PK']) {
        expect(redact(text, { locale })).toEqual(withoutBlanking(() => redact(text, { locale })));
      }
    }
  });
});
