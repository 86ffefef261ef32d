// An order's word vetoes an id after a shipping word only where no number of its own stands
// between the two (T48e): "Ordernummer 4711, kolli S1234567D" names the parcel's id, "ordre kolli
// S1234567D" the order's. Held over every shipping word the NRIC goes past and the desk's order
// and invoice words, each pair within the reach where a reference word names a value.

import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect } from 'vitest';
import { SHIPPING_WORDS } from './shippingWords.js';

// Order and invoice words of keywords.ts, as a customer writes them, at most ten letters: with a
// shipping word of at most twelve and two spaces, each pair stands in the 24-unit reach.
const ORDER_WORDS = [
  'Order',
  'ordre',
  'Pedido',
  'commande',
  'Bestellung',
  'ordine',
  'Invoice',
  'factura',
  'Zamówienie',
  'bestelling',
];

const word = fc.constantFrom(...ORDER_WORDS);
const shipping = fc.constantFrom(...SHIPPING_WORDS);

describe('an order word and a shipping word before an NRIC', () => {
  test.prop(
    [word, fc.integer({ min: 1, max: 999_999 }), fc.constantFrom(', ', ' ', '; '), shipping],
    {
      numRuns: 200,
    },
  )("with the order's own number between: the id goes", (order, n, sep, ship) => {
    const text = `${order} ${n}${sep}${ship} S1234567D`;
    expect(redact(text, { locale: 'en-US' }).text).toBe(`${order} ${n}${sep}${ship} [SG_NRIC]`);
  });

  test.prop([word, shipping], { numRuns: 100 })(
    'with nothing between: the order word vetoes it',
    (order, ship) => {
      const text = `${order} ${ship} S1234567D`;
      expect(redact(text, { locale: 'en-US' }).text).toBe(text);
    },
  );
});
