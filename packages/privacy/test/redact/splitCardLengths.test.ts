// A card printed across lines with a number on the next line (issue #14, session 47, T66a): the
// card goes up to the line break where its network issues the length read there (cardLengths.ts),
// and the next line's number stays; a column of four-digit numbers and a card whose network we do
// not know read as before. The oracle and property: cardLengths.prop.test.ts.
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import {
  CARD_LENGTHS_SOURCE,
  issuedAt,
  issuedLengths,
} from '../../src/redact/recognizers/cardLengths.js';

const en = (text: string) => redact(text, { locale: 'en-GB' }).text;

describe('a card split across lines is not extended by the next line where its network does not issue that length', () => {
  it.each([
    // Both 16 and 18 digits pass Luhn: Visa issues 16, not 18 (prefilter.prop FC_SEED=23817).
    ['ip 192.168.1.20 card 4111 1111 1111 1111\n18\n', 'ip [IP] card [CARD]\n18\n'],
    ['card 4111 1111\n1111 1111\n18 thanks', 'card [CARD]\n18 thanks'],
    // Mastercard issues 16 only.
    ['card 5555 5555 5555 4444\n18', 'card [CARD]\n18'],
    // American Express issues 15 only: "…005\n18" is 17.
    ['card 3782 8224 6310 005\n18 thanks', 'card [CARD]\n18 thanks'],
  ])('%j', (text, out) => {
    expect(en(text)).toBe(out);
  });

  it('a length the network issues reads whole, as before (Visa 19: 16 digits and the line "102")', () => {
    // 4111111111111111102 passes Luhn, and Visa issues 19 digits.
    expect(en('card 4111 1111\n1111 1111\n102 ok')).toBe('card [CARD] ok');
  });

  it('a card whose network we do not know reads whole, as before (6011: Discover or Maestro)', () => {
    // 601100000000000418 passes Luhn at 18 and its first 16 do too.
    expect(en('card 6011 0000 0000 0004\n18')).toBe('card [CARD]');
  });
});

describe('a card split across lines with a number on the next line that the whole fails', () => {
  it.each([
    // Left whole in clear on main: the block (16 + 3 or 5 digits) is no card, and no part of it
    // was read.
    ['card 4111 1111\n1111 1111\n123 thanks', 'card [CARD]\n123 thanks'],
    ['card 4111 1111\n1111 1111\n12345 thanks', 'card [CARD]\n12345 thanks'],
    ['card 4111 1111\n1111 1111\n2024 ok', 'card [CARD]\n2024 ok'],
    ['card 3782\n8224 6310 005\n18 thanks', 'card [CARD]\n18 thanks'],
  ])('%j', (text, out) => {
    expect(en(text)).toBe(out);
  });

  it('a column of four-digit numbers stays', () => {
    const text = 'years:\n2024\n2025\n2026\n2027\n2028\nok';
    expect(en(text)).toBe(text);
  });
});

describe('the issued-length table', () => {
  it('holds every source’s lengths and says where a network is unknown', () => {
    expect(issuedLengths('4111111111111111')).toEqual([16, 19]);
    expect(issuedAt('5555555555554444', 16)).toBe(true);
    expect(issuedAt('5555555555554444', 18)).toBe(false);
    expect(issuedAt('2221000000000009', 16)).toBe(true);
    expect(issuedAt('378282246310005', 15)).toBe(true);
    expect(issuedAt('3530111333300000', 17)).toBe(false);
    expect(issuedAt('2200000000000004', 18)).toBe(true);
    // Switch inside Visa's 4, every 6 (Maestro overlaps Discover, UnionPay, Elo), MII 1 and 7-9.
    for (const d of [
      '4903000000000000',
      '6011000000000004',
      '6200000000000005',
      '1000000000000',
      '9000000000000',
    ])
      expect(issuedLengths(d)).toBeUndefined();
    expect(CARD_LENGTHS_SOURCE.asOf).toBe('2026-12-05');
  });
});
