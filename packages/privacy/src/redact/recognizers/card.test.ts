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

  it('a card after a long number goes and the number stays (#14: no Luhn-valid 13-19 digit run is left)', () => {
    // Decided before as a 26-digit tracking number's end, which left a Luhn-valid card whole: the
    // issue's rule is that redact never leaves one, in any digit script (T29d). A tracking
    // number printed in fours holds no group of five or more and still yields none (below).
    const text = 'Parcel 0013542419 4111 1111 1111 1111 arrived';
    expect(redact(text, { locale: 'en-GB' }).text).toBe('Parcel 0013542419 [CARD] arrived');
    // In Devanagari digits, and a 13-digit card after five digits (18 in the run, under a card's
    // 19, so the run was never split).
    expect(redact('पार्सल ००१३५४२४१९ ४१११ ११११ ११११ ११११ आया', { locale: 'hi-IN' }).text).toBe(
      'पार्सल ००१३५४२४१९ [CARD] आया',
    );
    expect(redact('Parcel 10000 2000000000008', { locale: 'en-GB' }).text).toBe(
      'Parcel 10000 [CARD]',
    );
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

  it('a Luhn-valid group of its own beside another number goes without an issuer digit (IMEIs)', () => {
    // The eighth audit (T30b): an IMEI is 15 digits that pass Luhn and start with 0, 1, 3, 4, 8,
    // 9… Alone it went as [CARD] (#14: no Luhn-valid 13-19 digit run is left); beside a model's
    // or a quantity's number, glued to "IMEI1", or listed with a second one it stayed, since a
    // window of the run needed an issuer's first digit. A group of its own is no window carved
    // from a tracking number printed in fours (those hold groups of four).
    for (const [text, out] of [
      ['Pixel 8 867542039182731', 'Pixel 8 [CARD]'],
      ['IMEI1 867542039182731 / IMEI2 490154203237518', 'IMEI1 [CARD] / IMEI2 [CARD]'],
      ['IMEI 867542039182731 2', 'IMEI [CARD] 2'],
      ['IMEIs 867542039182731 867542039182749', 'IMEIs [CARD] [CARD]'],
      ['Order 558812 867542039182731', 'Order 558812 [CARD]'],
      ['Parcel 0013542419 990012345678905', 'Parcel 0013542419 [CARD]'],
    ]) {
      expect(redact(text as string, { locale: 'en-GB' }).text).toBe(out);
    }
    const text = 'IMEIs 867542039182731 867542039182749';
    expect(redact(text, { locale: 'en-GB' }).findings.map((f) => f.confidence)).toEqual([0.6, 0.6]);
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
