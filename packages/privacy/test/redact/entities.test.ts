// A mail's HTML source writes the spaces between a number's groups as no-break space references
// ("212&nbsp;555&nbsp;0187"): the shadow reads each as spaces (digits.ts), the phone recognizer a
// run of them as one (phone.ts numbersIn), and the whole written number goes, references and all
// (T25a, #14; it went out whole before).
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

describe('no-break space references between a number’s groups', () => {
  it.each([
    ['en-US', 'phone: 212&nbsp;555&nbsp;0187', 'phone: [PHONE]'],
    ['en-US', 'phone: 212&#160;555&#160;0187.', 'phone: [PHONE].'],
    ['en-US', 'phone: 212&#xA0;555&#xa0;0187', 'phone: [PHONE]'],
    ['pl-PL', 'tel.&nbsp;+48&nbsp;600&nbsp;123&nbsp;456', 'tel.&nbsp;[PHONE]'],
    ['de-DE', 'Tel.: 030&NBSP;1234567', 'Tel.: [PHONE]'],
    // A list of them, each number read whole.
    [
      'pl-PL',
      'tel 600&nbsp;123&nbsp;456 601&nbsp;234&nbsp;567 602&nbsp;345&nbsp;678',
      'tel [PHONE] [PHONE] [PHONE]',
    ],
  ])('%s %s', (locale, text, expected) => {
    expect(redact(text, { locale }).text).toBe(expected);
  });

  it.each([
    // An order's number keeps its label's rule, and "&amp;" is no space.
    ['pl-PL', 'zamówienie 600&nbsp;123&nbsp;456'],
    ['en-US', 'Tom &amp; Jerry &amp; 212&amp;555&amp;0187 &amp;&amp;&amp;'],
    ['en-US', 'order 558812449&nbsp;558812450&nbsp;558812451'],
  ])('%s %s stays', (locale, text) => {
    expect(redact(text, { locale }).text).toBe(text);
  });

  it('is idempotent', () => {
    const once = redact('phone: 212&nbsp;555&nbsp;0187 &nbsp; x', { locale: 'en-US' }).text;
    expect(redact(once, { locale: 'en-US' }).text).toBe(once);
  });
});
