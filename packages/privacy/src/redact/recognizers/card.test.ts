import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

describe('card numbers set apart by invisible marks', () => {
  it('a card after a national code and an LRM goes, though the shadow joins the two runs', () => {
    // Seed 301882000 of the Luhn law found it: the LRM reads as a space, the 26-digit run held no
    // card by the edge rule (10 digits left over), and the Devanagari card stayed.
    const text = '(0) کد ملی ۰۰۱۳۵۴۲۴۱۹\u200e३७२२०-०७३८६-७९९४१-१ cIXauf ७१२२ ';
    const { text: out, findings } = redact(text, { locale: 'en-GB' });
    expect(findings.map((f) => f.type)).toEqual(['ir-national-code', 'card']);
    expect(out).toBe('(0) کد ملی [IR_NATIONAL_CODE]\u200e[CARD] cIXauf ७१२२ ');
  });

  it('plain spaces do not split a run: a 26-digit tracking number yields no card from its middle', () => {
    const text = 'Parcel 0013542419 4111 1111 1111 1111 arrived';
    expect(redact(text, { locale: 'en-GB' }).findings.map((f) => f.type)).not.toContain('card');
  });

  it('a tracking number printed in fours keeps its Luhn-valid stretch of 18 (22 digits)', () => {
    // Held-out seed 90210 touched two: "2480 5316 6130 0042 8954 49", "2526 4712 9984 8516 1666 88".
    for (const tracking of ['9400 3055 0487 1781 8565 78', '2480 5316 6130 0042 8954 49']) {
      const text = `Tracking ${tracking} is stuck`;
      expect(redact(text, { locale: 'en-US' }).text).toBe(text);
    }
  });

  it('a card after a short number still goes', () => {
    expect(redact('Qty 2 4111 1111 1111 1111', { locale: 'en-GB' }).text).toBe('Qty 2 [CARD]');
  });

  it('a place written in decimal degrees is no card, though its digits pass Luhn (T22c audit)', () => {
    for (const [locale, place] of [
      ['pl-PL', 'Współrzędne: 52.229676 21.012229'],
      ['ja-JP', '座標 35.681236 139.767125'],
      ['fa-IR', 'مختصات 35.689198 51.388974'],
    ] as const) {
      expect(redact(place, { locale }).text).toBe(place);
    }
    // A card dotted in its groups still goes.
    expect(redact('4111.1111.1111.1111', { locale: 'en-GB' }).text).toBe('[CARD]');
  });
});
