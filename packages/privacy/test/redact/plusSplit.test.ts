// A "+" after a space inside a phone-ish span starts the next number (phone.ts readWindow): each
// side is read alone. The matcher's tries of the whole span's parts cost about a millisecond a
// span ("0187 +1 212 555" a line: 2.6 s for 40,000 characters), and a "(00 +1 …)" span leaked.
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

describe('a "+" after a space starts the next number', () => {
  it.each([
    ['pl-PL', 'tel 600 123 456 +48 601 234 567', 'tel [PHONE] [PHONE]'],
    ['en-US', 'ref 0187 +1 212 555 0187', 'ref 0187 [PHONE]'],
    ['en-US', 'call 212 555 0187 +1 212 555 0188', 'call [PHONE] [PHONE]'],
    ['de-DE', 'Tel. 030 1234567 +49 30 7654321', 'Tel. [PHONE] [PHONE]'],
    ['en-GB', '07911 123456 +44 7911 123457', '[PHONE] [PHONE]'],
    // Went out whole before: the span's tries found no number.
    ['en-US', '(00 +1 212 555 0187)', '(00 [PHONE])'],
    // A bare number without a label stays, as alone.
    ['en-US', '2125550187 +1 2125550188 x', '2125550187 [PHONE] x'],
  ])('%s %j', (locale, text, expected) => {
    expect(redact(text, { locale }).text).toBe(expected);
  });
});
