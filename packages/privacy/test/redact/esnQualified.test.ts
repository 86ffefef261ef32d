// T34c (issue #14): an ESN a few words after its label goes where its label is the nearest before
// it (T33b, esn.test.ts). "ESN for my order is 8A3F2B1C" stayed: the nearest label was "order",
// an order's, though "for my order" says which device's ESN it is. A preposition right after the
// label makes the reference after it the label's qualifier, and a last word that is no reference
// word ("is") names the value the label's (prepositions.ts qualifiedLabel). A reference word
// right before the value still names the value its own.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { redact } from '../../src/redact/redact.js';

const en = (text: string) => redact(text, { locale: 'en-US' }).text;

describe('an ESN a few words after its label, a reference qualifying the label (T34c)', () => {
  it.each([
    ['ESN for my order is 8A3F2B1C', 'ESN for my order is [CARD]'],
    ['The ESN of my order was 8A3F2B1C.', 'The ESN of my order was [CARD].'],
    ['ESN from the parcel is: 8A3F2B1C', 'ESN from the parcel is: [CARD]'],
    ['esn on my invoice reads 230 10485759', 'esn on my invoice reads [CARD]'],
    ['MEID for the order is A10000009296F2', 'MEID for the order is [CARD]'],
  ])('%j goes', (text, out) => {
    expect(en(text)).toBe(out);
  });

  it.each([
    // The reference word right before the value names it its own; no preposition after the
    // label, a comma or a sentence's end between (held before, esn.test.ts).
    'ESN for order 8A3F2B1C',
    'ESN for my order ref 8A3F2B1C',
    'ESN and order 8A3F2B1C',
    'ESN unknown, order 8A3F2B1C',
    'ESN n/a order 8A3F2B1C',
    'the ESN is unknown. Order 8A3F2B1C',
  ])('%j stays', (text) => {
    expect(en(text)).toBe(text);
  });
});

test.prop([
  fc.integer({ min: 0, max: 0xffffffff }),
  fc.constantFrom('ESN', 'esn', 'pESN'),
  fc.constantFrom('for', 'of', 'on', 'from', 'with'),
  fc.constantFrom('my ', 'the ', 'this ', ''),
  fc.constantFrom('order', 'invoice', 'parcel', 'shipment', 'ticket'),
  fc.constantFrom('is', 'was', 'is:', 'reads'),
])(
  'an ESN after a reference that qualifies its label goes (T34c)',
  (esn, label, preposition, determiner, word, verb) => {
    const value = esn.toString(16).toUpperCase().padStart(8, '0');
    fc.pre(/\d/.test(value));
    const words = `${label} ${preposition} ${determiner}${word} ${verb}`;
    expect(en(`${words} ${value} ok`)).toBe(`${words} [CARD] ok`);
  },
);
