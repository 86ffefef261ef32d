// Rows the properties found at random seeds (T65c, issue #14; CI's FC_SEED=20261130 was green on
// each): the counterexample as a fixed row, with the look-alikes beside it that must read as before.
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

/** The output text of `text` redacted for `locale`. */
const out = (text: string, locale: string): string => redact(text, { locale }).text;

describe('a two-letter word before a number is no IBAN country code', () => {
  // cardData.prop.test.ts at FC_SEED=-1771254333: "is" and the card, its expiry and four digits
  // (24 digits) pass mod-97 as Iceland's IBAN (26 characters); "my card [IBAN]" ate the word.
  it.each([
    ['en-US', 'my card is 5124434717619721\n1127 3267', 'my card is [CARD]\n1127 3267'],
    ['en-US', 'my card is 5124434717619721 1127 3267', 'my card is [CARD] 1127 3267'],
  ])('%s %j', (locale, text, expected) => {
    expect(out(text, locale)).toBe(expected);
  });

  // A code in capitals, or check digits apart after a space, or glued to the code, still go.
  it.each([
    ['en-US', 'IBAN IS 5124434717619721 1127 3267', 'IBAN [IBAN]'],
    ['en-US', 'iban is 51 2443 4717 6197 2111 2732 67', 'iban [IBAN]'],
    ['de-DE', 'iban: de 89 3704 0044 0532 0130 00', 'iban: [IBAN]'],
    ['pl-PL', 'pl 61 1090 1014 0000 0712 1981 2874', '[IBAN]'],
    ['pl-PL', 'IBAN: PL 61 1090 1014 0000 0712 1981 2874', 'IBAN: [IBAN]'],
    ['en-GB', 'gb82west12345698765432', '[IBAN]'],
  ])('%s %j', (locale, text, expected) => {
    expect(out(text, locale)).toBe(expected);
  });
});

describe('a card printed whole, fours after it', () => {
  // The same card with a space for its line break: no IBAN read it, and the card went out whole,
  // read as a longer number printed in fours (cardData.ts cardBeforeItsData), though the card is
  // one group of sixteen.
  it('goes where what follows is no code of its length', () => {
    expect(out('my card: 5124434717619721 1127 3267', 'en-US')).toBe('my card: [CARD] 1127 3267');
  });

  // A number printed in fours throughout stays as before: a parcel's holds a Luhn-valid 16 at its
  // start one time in ten.
  it.each(['Parcel 3145 6351 0790 4776 4154 77', 'card 5124 4347 1761 9721 1127 3267'])(
    '%j stays',
    (text) => {
      expect(out(text, 'en-US')).toBe(text);
    },
  );
});

describe('a card typed with a look-alike letter', () => {
  // cardLetters.prop.test.ts at FC_SEED=13403: the groups after "400O" dial Indonesia ("0062…", an
  // international phone's 0.95), and the union of the two readings went out as [PHONE].
  it('goes as a card though its last groups dial', () => {
    expect(out('card 400O 0062 7110 9208 ok', 'en-US')).toBe('card [CARD] ok');
  });
});

describe('a Polish account number (NRB) is read in its prints only', () => {
  // cardBesideNumber.prop.test.ts at FC_SEED=29738: a card of 17 digits and a parcel's 9 make 26
  // digits that pass the NRB's two checks (one in 970): "Parcel [IBAN] arrived" took the parcel's.
  it('a card and a parcel number beside it are no NRB', () => {
    expect(out('Parcel 21323735696662870 599398072 arrived', 'en-GB')).toBe(
      'Parcel [CARD] 599398072 arrived',
    );
  });

  it.each([
    'nr konta 61 1090 1014 0000 0712 1981 2874',
    'nr konta 61109010140000071219812874',
    'nr konta 61-1090-1014-0000-0712-1981-2874',
    'nr konta 61 10901014 0000071219812874',
    'nr konta 6110 9010 1400 0007 1219 8128 74',
  ])('%j goes', (text) => {
    expect(out(text, 'pl-PL')).toBe('nr konta [IBAN]');
  });
});

describe('a circled digit glued before circled digits', () => {
  // enclosedAlphanumerics.test.ts at FC_SEED=-2081797132 ([170,[],true]): the order number
  // "10659808792330" circled whole; its first digit kept apart left "0659808792330", Luhn-valid
  // with no issuer's first digit (card.ts's 0.6), and "①[CARD]" took an order number ASCII keeps.
  it('is the number\u2019s digit where the rest is only a bare Luhn-valid run', () => {
    const order = 'My order ①⓪⑥⑤⑨⑧⓪⑧⑦⑨②③③⓪ has not arrived.';
    expect(out(order, 'en-GB')).toBe(order);
    expect(out('My order 10659808792330 has not arrived.', 'en-GB')).toBe(
      'My order 10659808792330 has not arrived.',
    );
  });

  it.each([
    ['ja-JP', '①⓪⑨⓪①②③④⑤⑥⑦⑧', '①[PHONE]'],
    ['ja-JP', '②④①①①①①①①①①①①①①①①', '②[CARD]'],
    // The run whole a bare Luhn-valid one: it goes as a card, as in ASCII.
    ['en-GB', 'order ⓪⑥⑤⑨⑧⓪⑧⑦⑨②③③⓪', 'order [CARD]'],
  ])('%s %j is still a marker or a value', (locale, text, expected) => {
    expect(out(text, locale)).toBe(expected);
  });
});
