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
});
