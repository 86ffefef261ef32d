// The Czech and Slovak birth number (rodné číslo), which the fourteenth audit found no recognizer
// for (T43b, issue #14). After its label in Czech, Slovak and English; bare in the Czech Republic
// and Slovakia in its own print YYMMDD/XXXX only; nine digits (before 1954, no check digit) after
// the label only. Every sample is synthetic, its check computed by the rule its source gives
// (checks/nationalIds5.ts), but 736028/5163, fyzmatik.pise.cz's worked example.
import { BUILT_IN_ENTITY_TYPES, redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

describe('a birth number goes as cz-rc', () => {
  it.each([
    // After its label: slash, unbroken, 6-4 dashed or spaced; its cases; "RČ" in Czech and Slovak.
    ['cs-CZ', 'Rodné číslo: 736028/5163', 'Rodné číslo: [CZ_RC]'],
    ['cs-CZ', 'moje RČ je 7360285163', 'moje RČ je [CZ_RC]'],
    ['sk-SK', 'Uveďte rodné číslo 736028-5163.', 'Uveďte rodné číslo [CZ_RC].'],
    ['cs-CZ', 'kopie rodného čísla 736028 5163', 'kopie rodného čísla [CZ_RC]'],
    ['en-GB', 'Czech birth number 736028/5163', 'Czech birth number [CZ_RC]'],
    ['de-DE', 'Rodne cislo 736028/5163', 'Rodne cislo [CZ_RC]'],
    // A man of 2005 whose month is +20, a woman of 2010 +70 (law 53/2004 Sb.); 29 February 2004.
    ['cs-CZ', 'RČ 052315/1233', 'RČ [CZ_RC]'],
    ['cs-CZ', 'rodné číslo 107215/4567', 'rodné číslo [CZ_RC]'],
    ['cs-CZ', 'rodné číslo: 040229/0010', 'rodné číslo: [CZ_RC]'],
    // The remainder 10, whose check digit is 0 (NZIS DASTA).
    ['cs-CZ', 'rodné číslo 805505/0070', 'rodné číslo [CZ_RC]'],
    // Before 1954: nine digits, after its label.
    ['cs-CZ', 'rodné číslo 520412/123', 'rodné číslo [CZ_RC]'],
    // Bare at home with its slash.
    ['cs-CZ', 'Dobrý den, 736028/5163 děkuji', 'Dobrý den, [CZ_RC] děkuji'],
    ['sk-SK', 'Ďakujem, 855101/0017', 'Ďakujem, [CZ_RC]'],
  ])('%s %j is %j', (locale, text, out) => {
    const result = redact(text, { locale });
    expect(result.text).toBe(out);
    expect(result.findings.map((f) => f.type)).toEqual(['cz-rc']);
  });
});

describe('what is no birth number is not one', () => {
  it.each([
    // A wrong check digit; a month no rule gives (13, 33–50, 63–70); +20 before 2004.
    ['cs-CZ', 'rodné číslo 736028/5164'],
    ['cs-CZ', 'rodné číslo 021301/1238'],
    ['cs-CZ', 'rodné číslo 736328/5160'],
    ['cs-CZ', 'rodné číslo 734028/5161'],
    ['cs-CZ', 'rodné číslo 982315/1239'],
    // Nine digits of a year 1954 or later (its check digit missing); bare nine digits at home.
    ['cs-CZ', 'rodné číslo 736028/516'],
    ['cs-CZ', 'Dobrý den, 520412/123'],
    // Bare: away from home; unbroken or dashed at home (an order's print); an order's number.
    ['en-US', '736028/5163'],
    ['de-DE', 'Dobrý den, 736028/5163'],
    ['cs-CZ', 'Dobrý den, 7360285163'],
    ['cs-CZ', 'Dobrý den, 736028-5163'],
    ['cs-CZ', 'objednávka 736028/5163'],
    ['cs-CZ', 'číslo objednávky 7360285163'],
    // "RČ" away from Czech and Slovak; dates, amounts, a code's part.
    ['en-US', 'rc 7360285163'],
    ['cs-CZ', 'dne 12/03/2026 ve 14:22'],
    ['cs-CZ', 'Cena 1 299,00 Kč'],
    ['cs-CZ', 'kód AB-736028/5163'],
  ])('%s %j', (locale, text) => {
    // Not as a birth number (a phone's reading of some, e.g. "736028/516", is the phone's).
    expect(redact(text, { locale }).findings.map((f) => f.type)).not.toContain('cz-rc');
  });
});

describe('the type', () => {
  it('is a built-in type', () => {
    expect(BUILT_IN_ENTITY_TYPES).toContain('cz-rc');
  });

  it('takes the confidence its label or its print gives', () => {
    const confidence = (text: string, locale: string) =>
      redact(text, { locale }).findings.map((f) => f.confidence);
    expect(confidence('rodné číslo 736028/5163', 'cs-CZ')).toEqual([0.95]);
    expect(confidence('736028/5163', 'cs-CZ')).toEqual([0.7]);
  });
});
