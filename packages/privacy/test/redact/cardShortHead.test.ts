// Three digits, a space and a mobile that together pass Luhn (T48e): "101 0701234567" is a
// Luhn-valid run of 13 digits, and went whole, as [CARD] or as the phone the union was typed by,
// its three digits with it. Every card print starts with a group of four (4-4-4-4, Amex 4-6-5,
// Diners 4-6-4, Visa's 13 digits 4-4-5 or 4-3-3-3; card.ts), so the three digits stay and the
// rest goes: as a phone where the phone recognizer reads it, else as a card (the Luhn rule).
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

// Each head and number below passes Luhn together (13 to 19 digits).
describe('three digits before a mobile, a Luhn-valid run together', () => {
  it.each([
    ['sv-SE', '101 0701234567', '101 [PHONE]'],
    ['sv-SE', 'tel 101 0701234567', 'tel 101 [PHONE]'],
    ['fr-FR', 'appelez le 109 0612345678', 'appelez le 109 [PHONE]'],
    ['en-GB', '103 07123456789', '103 [PHONE]'],
    ['de-DE', 'Rückruf 104 01701234567', 'Rückruf 104 [PHONE]'],
    ['it-IT', 'tel 103 3471234567', 'tel 103 [PHONE]'],
  ])('%s %s: the mobile goes as a phone, the three digits stay', (locale, text, redacted) => {
    expect(redact(text, { locale }).text).toBe(redacted);
  });

  it.each([
    // After a reference word the phone recognizer read the spaced value as the reference's
    // ("ref 101 0701234567"), and the rest went as a card; since V61a the mobile after the
    // reference's value goes as a phone (phoneAfterValue.ts), the three digits stay.
    ['sv-SE', 'ref 101 0701234567', 'ref 101 [PHONE]'],
    // A card after a quantity, Luhn-valid whole too: the card goes, the quantity stays.
    ['en-US', 'qty 109 4111 1111 1111 1111', 'qty 109 [CARD]'],
    ['en-US', 'qty 109 4111111111111111', 'qty 109 [CARD]'],
  ])('%s %s: the rest goes as a card, the three digits stay', (locale, text, redacted) => {
    expect(redact(text, { locale }).text).toBe(redacted);
  });

  it.each([
    // One run, no space after the head: no group apart, the run goes whole (the rule).
    ['sv-SE', 'ref 101-0701234567', 'ref [CARD]'],
    ['sv-SE', 'ref 1010701234567', 'ref [CARD]'],
    // In threes, a print of an id's whole: a SIRET (3-3-3-5, Luhn-valid by construction), and a
    // US number after a head of three reads as one (3-3-3-4).
    ['fr-FR', 'SIRET 732 829 320 00017', 'SIRET [CARD]'],
    // (Since V61a the US number after the reference's value is found as a phone too, and the
    // union of the two readings goes as one: the placeholder is the phone's.)
    ['en-US', 'ref 104 212 555 0187', 'ref [PHONE]'],
    // An invisible mark the shadow reads as a space parts no group of the text.
    ['en-US', 'card 435\u00ad4-4701-9802-3805', 'card [CARD]'],
    // Nor does a combining mark after the third digit: "424\u0301…" left "424́" and its card's
    // rest went alone (runs.prop.test.ts at FC_SEED=1).
    ['de-DE', 'Nummer: 424\u03012424242424242 danke', 'Nummer: [CARD] danke'],
    ['en-US', 'card 510\ufe0f5105105105100', 'card [CARD]'],
    ['en-US', 'card 378\u20e3282246310005', 'card [CARD]'],
    // A card print and an IMEI's (2-6-6-1) are no short head of three.
    ['en-US', '4111 1111 1111 1111', '[CARD]'],
    ['en-US', 'IMEI 35 209900 176148 1', 'IMEI [CARD]'],
  ])('%s %s goes whole', (locale, text, redacted) => {
    expect(redact(text, { locale }).text).toBe(redacted);
  });
});
