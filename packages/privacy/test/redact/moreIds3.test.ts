// Five national ids of the thirteenth audit's markets and Iceland that went out whole (T38b, issue
// #14): Finland's henkilötunnus, Denmark's CPR number, Norway's fødselsnummer, Singapore's NRIC/FIN
// and Iceland's kennitala.
// Each goes after its label in its market's words; Finland's and Singapore's prints with letters
// go bare too; each stays with a wrong check, and where its check is weak (Denmark has none since
// 2007), bare: an order's, a date's and an amount's digits stay. Every sample is synthetic, its
// check computed by the rule its source gives (checks/nationalIds3.ts); the published ones are
// DVV's 131052-308T and its test persons' 010594Y9021 and 020594X903P, and fnrinfo.no's worked
// 31129956715, and Þjóðskrá's 120160-3389.
import { BUILT_IN_ENTITY_TYPES, type Finding, redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

const typesIn = (findings: readonly Finding[]) => findings.map((f) => f.type);

describe('each id goes as its type', () => {
  it.each([
    // Finnish: the dash of the 1900s, the signs of 2023 (Y, X for the 1900s, B for the 2000s), the
    // A of the 2000s, the "+" of the 1800s, a digit check after its label, lower case after it.
    ['fi-FI', 'Henkilötunnus 131052-308T', 'Henkilötunnus [FI_HETU]', 'fi-hetu'],
    ['fi-FI', 'henkilötunnukseni on 010594Y9021.', 'henkilötunnukseni on [FI_HETU].', 'fi-hetu'],
    ['fi-FI', 'Hetu: 020594X903P', 'Hetu: [FI_HETU]', 'fi-hetu'],
    ['fi-FI', 'lapsen hetu 240101A2354', 'lapsen hetu [FI_HETU]', 'fi-hetu'],
    ['fi-FI', 'isoisän sotu 050607+123U', 'isoisän sotu [FI_HETU]', 'fi-hetu'],
    ['fi-FI', 'henkilötunnus 150385-1241', 'henkilötunnus [FI_HETU]', 'fi-hetu'],
    ['fi-FI', 'hetu 131052-308t', 'hetu [FI_HETU]', 'fi-hetu'],
    [
      'sv-FI',
      'min personbeteckning är 131052-308T',
      'min personbeteckning är [FI_HETU]',
      'fi-hetu',
    ],
    // Bare: a letter in it anywhere; in digits only, in Finland.
    ['en-GB', 'It is 131052-308T, thanks', 'It is [FI_HETU], thanks', 'fi-hetu'],
    ['en-US', 'born 2016: 010516B903X', 'born 2016: [FI_HETU]', 'fi-hetu'],
    ['fi-FI', 'Tunnukseni 150385-1241', 'Tunnukseni [FI_HETU]', 'fi-hetu'],
    // Danish: after "CPR", "CPR-nr.", "cpr-nummer" and, in Danish, "personnummer"; with the dash,
    // unbroken, spaced; a number of 2007 or later without the mod-11 check (010165-…).
    ['da-DK', 'CPR-nr. 010190-1234', 'CPR-nr. [DK_CPR]', 'dk-cpr'],
    ['da-DK', 'Mit CPR-nummer er 0101651235', 'Mit CPR-nummer er [DK_CPR]', 'dk-cpr'],
    ['da-DK', 'personnummer: 211062 5629', 'personnummer: [DK_CPR]', 'dk-cpr'],
    ['en-GB', 'Danish CPR 290200-4321 (born 2000)', 'Danish CPR [DK_CPR] (born 2000)', 'dk-cpr'],
    // Norwegian: after "fødselsnummer", "fnr", "d-nummer" (day + 40), "personnummer" in Norwegian;
    // spaced 6 5; typed without "ø".
    ['nb-NO', 'Fødselsnummer: 31129956715', 'Fødselsnummer: [NO_FNR]', 'no-fnr'],
    ['nb-NO', 'fnr 150385 24760', 'fnr [NO_FNR]', 'no-fnr'],
    ['nb-NO', 'D-nummer 41019012393', 'D-nummer [NO_FNR]', 'no-fnr'],
    ['nn-NO', 'personnummeret mitt er 24010155505', 'personnummeret mitt er [NO_FNR]', 'no-fnr'],
    ['en-GB', 'Norwegian fodselsnummer 12037090172', 'Norwegian fodselsnummer [NO_FNR]', 'no-fnr'],
    // Singapore: S, T, F, G and the M of 2022; bare in upper case, after its label in lower case.
    ['en-SG', 'NRIC S1234567D', 'NRIC [SG_NRIC]', 'sg-nric'],
    ['en-SG', 'my IC no. is T0012345A', 'my IC no. is [SG_NRIC]', 'sg-nric'],
    ['en-SG', 'FIN no: G1234567X', 'FIN no: [SG_NRIC]', 'sg-nric'],
    ['en-SG', 'Her FIN number is M2345678P.', 'Her FIN number is [SG_NRIC].', 'sg-nric'],
    ['en-US', 'F7654321Q is my pass', '[SG_NRIC] is my pass', 'sg-nric'],
    ['en-SG', 'nric s7654321f', 'nric [SG_NRIC]', 'sg-nric'],
    ['zh-SG', '我的NRIC是S2345678H', '我的NRIC是[SG_NRIC]', 'sg-nric'],
    // Icelandic: after "kennitala" (inflected), "kt."; bare in Iceland; spaced after its label.
    ['is-IS', 'Kennitala: 120160-3389', 'Kennitala: [IS_KT]', 'is-kt'],
    ['is-IS', 'kennitalan mín er 1201603389', 'kennitalan mín er [IS_KT]', 'is-kt'],
    ['is-IS', 'Kt. 120160 3389', 'Kt. [IS_KT]', 'is-kt'],
    ['is-IS', 'Sæl, 120160-3389 hér', 'Sæl, [IS_KT] hér', 'is-kt'],
    ['en-GB', 'Icelandic ID 010203-2010 (2003)', 'Icelandic ID [IS_KT] (2003)', 'is-kt'],
  ])('%s %j is %j', (locale, text, out, type) => {
    const result = redact(text, { locale });
    expect(result.text).toBe(out);
    expect(typesIn(result.findings)).toEqual([type]);
  });
});

describe('look-alikes stay', () => {
  it.each([
    // A wrong check character or digit, an impossible date, an individual number 000/001.
    ['fi-FI', 'Henkilötunnus 131052-308A'],
    ['fi-FI', 'hetu 310252-308T'],
    ['fi-FI', 'hetu 131052-001U'],
    // A hetu's digits only, not in Finland and without a label: a date-led reference's shape.
    ['en-US', 'Batch 150385-1241 shipped'],
    // Lower case without its label; an order's word before it; glued to a code.
    ['en-US', 'ref 131052-308t'],
    ['en-US', 'Order 131052-308T'],
    ['fi-FI', 'koodi AB131052-308T'],
    // Denmark: no label, the dated reference "010190-1234"; an order's; a date that is none
    // (29 February 1900: the seventh digit 0–3 states the 1900s); the company register's number.
    ['da-DK', '010190-1234'],
    ['da-DK', 'Ordrenr. 010190-1234'],
    ['da-DK', 'CPR-nr. 290200-1234'],
    ['da-DK', 'CPR-nr. 320190-1234'],
    ['da-DK', 'CVR-nr. 25313763, beløb 1.299,00 kr.'],
    ['da-DK', 'kl. 14.30 den 01.01.1990'],
    // "personnummer" is the CPR's label in Danish only.
    ['en-US', 'personnummer 010190-1234'],
    // Norway: bare, after an order's word, a wrong check digit, a month past 12.
    ['nb-NO', 'Kundenummer 31129956715'],
    ['nb-NO', '31129956715'],
    ['nb-NO', 'Ordrenummer 31129956715'],
    ['nb-NO', 'fnr 31129956716'],
    ['nb-NO', 'fnr 31139956715'],
    // Singapore: a wrong letter; a code whose print starts with no prefix; lower case without a
    // label; an order's number; the audit's own order, postcode and unit number.
    ['en-SG', 'NRIC S1234567A'],
    ['en-US', 'SKU A1234567B'],
    ['en-US', 'item s1234567d'],
    ['en-SG', 'Order S1234567D'],
    ['en-SG', 'Order 2612041ABCD2XY, Singapore 238859, Blk 123 #04-56'],
    ['en-SG', 'Total S$1,299.00'],
    // Iceland: a wrong check digit; a century digit none of 8, 9, 0; bare elsewhere; an order's;
    // spaced without a label; a company's (its day plus 40: a public number).
    ['is-IS', 'kt. 120160-3379'],
    ['is-IS', 'kt. 120160-3385'],
    ['en-US', '120160-3389'],
    ['is-IS', 'Order 120160-3389'],
    ['is-IS', '120160 3389'],
    ['is-IS', 'kt. 520160-3389'],
  ])('%s %j', (locale, text) => {
    expect(redact(text, { locale }).text).toBe(text);
  });
});

describe('the five types', () => {
  it('are built-in types', () => {
    for (const type of ['fi-hetu', 'dk-cpr', 'no-fnr', 'sg-nric', 'is-kt'])
      expect(BUILT_IN_ENTITY_TYPES).toContain(type);
  });

  it('a bare print takes the confidence its print gives', () => {
    const confidence = (text: string, locale: string) =>
      redact(text, { locale }).findings.map((f) => f.confidence);
    // A letter in it: distinctive (0.85); digits only, at home (0.7); after its label (0.95).
    expect(confidence('131052-308T', 'en-US')).toEqual([0.85]);
    expect(confidence('150385-1241', 'fi-FI')).toEqual([0.7]);
    expect(confidence('hetu 150385-1241', 'en-US')).toEqual([0.95]);
    expect(confidence('S1234567D', 'en-US')).toEqual([0.85]);
  });
});
