// A label two ids share (issue #14): Danish and Norwegian "personnummer" names the CPR and the
// fødselsnummer, Swedish "personnummer" Sweden's. A Danish CPR whose ten digits pass Sweden's Luhn
// check by chance (one in ten: "010190-1007") went as Sweden's id after a Danish "personnummer";
// it is the CPR's there now. A Swede's number after the same word, which is no CPR (no 12th
// month's 85th day), still goes as Sweden's.
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

const types = (text: string, locale: string): string[] =>
  redact(text, { locale }).findings.map((f) => f.type);

describe('a label two ids share', () => {
  it('a CPR that passes Luhn after a Danish "personnummer" is the CPR', () => {
    expect(types('Mit personnummer er 010190-1007', 'da-DK')).toEqual(['dk-cpr']);
    expect(types('Mit personnummer er 010190-1015', 'da-DK')).toEqual(['dk-cpr']);
  });

  it("a Swede's number after it that is no CPR goes as Sweden's", () => {
    expect(types('Mit personnummer er 850412-1230', 'da-DK')).toEqual(['se-pin']);
    expect(types('Mitt personnummer er 850412-1230', 'nb-NO')).toEqual(['se-pin']);
  });

  it("in Swedish, and for a customer in Sweden, the word is Sweden's as before", () => {
    expect(types('Mitt personnummer är 850412-1230', 'sv-SE')).toEqual(['se-pin']);
    expect(
      redact('Mitt personnummer är 850412-1230', { locale: 'sv-SE' }).findings[0]?.confidence,
    ).toBe(0.95);
  });
});
