// How many random strings of each print that T40a reads (issue #14) redact takes, of 2,000 (a
// fixed seed): the RUT dotted after "envío", the RUT checked K where a DNI's letter K shares its
// body, the PPSN and the NRIC with their letters spaced, Taiwan's old resident's number. Each
// goes where its check holds and only where its reading says: the spaced and the unbroken prints
// with their label (or, the NRIC's and Taiwan's, at home in capitals), never bare elsewhere.
//
// Expected rates and the figures measured: the RUT's check, one body of eight in 12 (not led by 0:
// 9/10 × 1/11; 156 of 2,000); its K bodies whose DNI letter is K, one in 23 of those (8); the
// PPSN's letter, one in 26 of capitals (68); the NRIC's, one in 135 of a capital, seven digits and
// a capital (5 prefixes of 26, its check letter of 26: 21); Taiwan's old number, one in 65 (28).
import { describe, expect, it } from 'vitest';
import { dniLetter } from '../../src/redact/checks/nationalIds.js';
import { fiHetuValid, sgNricValid } from '../../src/redact/checks/nationalIds3.js';
import {
  arCuitValid,
  clRutCheck,
  clRutValid,
  hkIdValid,
  iePpsnValid,
} from '../../src/redact/checks/nationalIds4.js';
import { twOldResidentValid } from '../../src/redact/recognizers/twId.js';
import { strings, taken } from './rates.js';

const CUIT_VALID = 14;
const HKID_VALID = 179;
const GLUED_REPEATED = 22;
const NRIC_GLUED = 21;

const digitsOf = (s: string) => s.replace(/[^0-9A-Z]/g, '');

/** Each of `texts` after `label`. */
const after = (label: string, texts: readonly string[]) => texts.map((s) => label + s);

describe('random strings redact takes, of 2,000', () => {
  it('the RUT dotted after "envío": those whose check holds; bare or unbroken, none', () => {
    const dotted = strings('dd.ddd.ddd-d');
    const valid = dotted.filter((s) => clRutValid(digitsOf(s))).length;
    expect(valid).toBe(156);
    expect(taken('cl-rut', after('Te envío ', dotted), 'es-CL')).toBe(valid);
    expect(taken('cl-rut', after('Te envío ', strings('dddddddd-d')), 'es-CL')).toBe(0);
    expect(taken('cl-rut', after('envío ', strings('ddddddddd')), 'es-CL')).toBe(0);
    expect(taken('cl-rut', after('Pedido ', dotted), 'es-CL')).toBe(0);
  });

  it('the RUT checked K in Chile: those a DNI with the letter K reads too', () => {
    const bodies = strings('dddddddd').filter((b) => b.charAt(0) !== '0');
    const both = bodies.filter((b) => clRutCheck(b) === 'K' && dniLetter(b) === 'K').length;
    expect(both).toBe(8);
    const dashed = bodies.map((b) => `${b}-K`);
    expect(taken('cl-rut', dashed, 'es-CL')).toBe(both);
    expect(taken('cl-rut', dashed, 'es-ES')).toBe(0);
    expect(taken('cl-rut', dashed, 'en-US')).toBe(0);
  });

  it('the PPSN with its letter spaced: after its label those whose check holds; bare, none', () => {
    const spaced = strings('ddddddd L');
    const valid = spaced.filter((s) => iePpsnValid(digitsOf(s))).length;
    expect(valid).toBe(68);
    expect(taken('ie-ppsn', after('PPSN ', spaced), 'en-IE')).toBe(valid);
    expect(taken('ie-ppsn', spaced, 'en-IE')).toBe(0);
  });

  it('the NRIC spaced: bare in Singapore and after its label; bare elsewhere, none', () => {
    const spaced = strings('L ddddddd L');
    const valid = spaced.filter((s) => sgNricValid(digitsOf(s))).length;
    expect(valid).toBe(21);
    expect(taken('sg-nric', spaced, 'en-SG')).toBe(valid);
    expect(taken('sg-nric', after('NRIC ', spaced), 'en-US')).toBe(valid);
    expect(taken('sg-nric', spaced, 'en-US')).toBe(0);
  });

  it("Taiwan's old resident's number: bare in Taiwan and after its label; bare elsewhere, none", () => {
    const old = strings('LLdddddddd');
    const valid = old.filter((s) =>
      twOldResidentValid(s.charCodeAt(0), s.charCodeAt(1), s, 2),
    ).length;
    expect(valid).toBe(28);
    expect(taken('tw-id', old, 'zh-TW')).toBe(valid);
    expect(taken('tw-id', after('居留證號 ', old), 'en-US')).toBe(valid);
    expect(taken('tw-id', old, 'en-US')).toBe(0);
  });
});

// T41b: which formatted prints go past a shipping word, by how often a random string of the print
// passes its check. "envío" (also "I send") vetoes none of them; "seguimiento" (tracking) only
// those a random string passes often: the RUT dotted (156 of 2,000, 1 in 12) and the HKID with its
// check in brackets (179, 1 in 11) stay after it; the CUIT 2-8-1 (14 of 2,000, 1 in 143; 670 of
// 100,000, 1 in 149, in moreIds4Rates) goes.
describe('random formatted prints after a shipping word, of 2,000', () => {
  it('the CUIT 2-8-1: after "envío" and "seguimiento" those whose check holds; after "Pedido", none', () => {
    const dashed = strings('dd-dddddddd-d');
    const valid = dashed.filter((s) => arCuitValid(digitsOf(s))).length;
    expect(valid).toBe(CUIT_VALID);
    expect(taken('ar-cuit', after('Te envío ', dashed), 'es-AR')).toBe(valid);
    expect(taken('ar-cuit', after('Seguimiento: ', dashed), 'es-AR')).toBe(valid);
    expect(taken('ar-cuit', after('Pedido ', dashed), 'es-AR')).toBe(0);
    expect(taken('ar-cuit', after('Pedido y envío ', dashed), 'es-AR')).toBe(0);
    expect(taken('ar-cuit', after('Seguimiento: ', strings('ddddddddddd')), 'es-AR')).toBe(0);
  });

  it('the HKID in brackets: after "envío" those whose check holds; after "seguimiento", none', () => {
    const bracketed = strings('Ldddddd(d)');
    const valid = bracketed.filter((s) => hkIdValid(digitsOf(s))).length;
    expect(valid).toBe(HKID_VALID);
    expect(taken('hk-hkid', after('te envío ', bracketed), 'es-HK')).toBe(valid);
    expect(taken('hk-hkid', after('Seguimiento: ', bracketed), 'es-HK')).toBe(0);
    expect(taken('hk-hkid', after('Pedido ', bracketed), 'es-HK')).toBe(0);
  });

  it('the RUT dotted: after "seguimiento", none', () => {
    const dotted = strings('dd.ddd.ddd-d');
    expect(taken('cl-rut', after('Seguimiento: ', dotted), 'es-CL')).toBe(0);
    expect(taken('cl-rut', after('Seguimiento del envío ', dotted), 'es-CL')).toBe(0);
  });
});

// T42b: the English shipment nouns weighed as "seguimiento" is. Past "tracking", "shipment",
// "parcel", "consignment" and "track" the CUIT's 2-8-1 goes where its check holds (1 in 149); the
// RUT dotted and the HKID bracketed, which a random carrier's number passes 1 in 12 and 11, stay;
// an order's word before the shipping word, or "AWB" (an air waybill's eleven digits), vetoes.
describe('random formatted prints after an English shipping word, of 2,000', () => {
  it('the CUIT 2-8-1: after each shipping noun those whose check holds; after an order word or "AWB", none', () => {
    const dashed = strings('dd-dddddddd-d');
    for (const word of [
      'Tracking: ',
      'Your tracking number is ',
      'shipment ',
      'Parcel ',
      'consignment ',
      'track ',
      'Tracking #: ',
    ])
      expect([word, taken('ar-cuit', after(word, dashed), 'en-US')]).toEqual([word, CUIT_VALID]);
    expect(taken('ar-cuit', after('order tracking ', dashed), 'en-US')).toBe(0);
    expect(taken('ar-cuit', after('AWB ', dashed), 'en-US')).toBe(0);
    expect(taken('ar-cuit', after('tracking ', strings('ddddddddddd')), 'en-US')).toBe(0);
  });

  it('the RUT dotted and the HKID bracketed: after a shipping noun, none', () => {
    expect(taken('cl-rut', after('shipment ', strings('dd.ddd.ddd-d')), 'en-US')).toBe(0);
    expect(taken('cl-rut', after('Tracking: ', strings('dd.ddd.ddd-d')), 'es-CL')).toBe(0);
    expect(taken('hk-hkid', after('tracking ', strings('Ldddddd(d)')), 'en-HK')).toBe(0);
  });
});

// T42b: an HKID with its check glued and written again in brackets ("A0000003(3)"). A random
// string of the print passes 1 in 108 (924 of 100,000: the check 1 in 11, the bracket's repeat 1
// in 10), as rare as the CUIT's 2-8-1 (1 in 149), no order's or code's print: bare in Hong Kong
// those whose check holds and repeats; elsewhere after its label only.
describe('random HKIDs with the check glued and again in brackets, of 2,000', () => {
  /** Whether the glued check of `s` (a letter, seven digits, a bracket) holds and repeats. */
  const repeats = (s: string, open: number) =>
    hkIdValid(s.slice(0, 8)) && s.charAt(open + 1) === s.charAt(7);

  it('passes 1 in 108: 924 of 100,000', () => {
    expect(strings('Lddddddd(d)', 100_000).filter((s) => repeats(s, 8)).length).toBe(924);
  });

  it('bare in Hong Kong those whose check holds and repeats; elsewhere after its label only', () => {
    const glued = strings('Lddddddd(d)');
    const valid = glued.filter((s) => repeats(s, 8)).length;
    expect(valid).toBe(GLUED_REPEATED);
    expect(taken('hk-hkid', glued, 'en-HK')).toBe(valid);
    expect(taken('hk-hkid', glued, 'zh-HK')).toBe(valid);
    expect(taken('hk-hkid', glued, 'en-US')).toBe(0);
    // After its label the glued check alone names it, the bracket repeating it or not.
    const checked = glued.filter((s) => hkIdValid(s.slice(0, 8))).length;
    expect(checked).toBe(174);
    expect(taken('hk-hkid', after('HKID ', glued), 'en-US')).toBe(checked);
    expect(taken('hk-hkid', after('order ', glued), 'en-HK')).toBe(0);
    const spaced = strings('Lddddddd (d)');
    expect(taken('hk-hkid', spaced, 'en-HK')).toBe(spaced.filter((s) => repeats(s, 9)).length);
  });
});

// T43a: the other prints whose random pass rate is about 1 in 100 or rarer go past a shipping
// noun, as the CUIT's 2-8-1 does (1 in 149). The NRIC glued: 765 of 100,000 (1 in 131); the
// henkilötunnus with a letter century sign: 44 of 100,000 (1 in 2,270; a date, a sign of 11 of
// 26 letters and a check), with a letter check after "-": 84 of 100,000 (1 in 1,190). After an
// order's word, or in a print a random string passes often, none.
describe('random distinctive prints after a shipping word (T43a)', () => {
  it('the NRIC passes 1 in 131; the henkilötunnus with a letter 1 in 2,270 and 1 in 1,190', () => {
    expect(strings('LdddddddL', 100_000).filter(sgNricValid).length).toBe(765);
    expect(strings('ddddddLdddd', 100_000).filter(fiHetuValid).length).toBe(44);
    expect(strings('dddddd-dddL', 100_000).filter(fiHetuValid).length).toBe(84);
  });

  it('the NRIC: after each shipping noun those whose check holds; after an order, none', () => {
    const glued = strings('LdddddddL');
    const valid = glued.filter(sgNricValid).length;
    expect(valid).toBe(NRIC_GLUED);
    for (const word of ['tracking ', 'Parcel ', 'Sendung ', 'colis ', 'kargo ', 'przesyłka '])
      expect([word, taken('sg-nric', after(word, glued), 'en-US')]).toEqual([word, valid]);
    expect(taken('sg-nric', after('order tracking ', glued), 'en-US')).toBe(0);
    expect(taken('sg-nric', after('Rechnung ', glued), 'de-DE')).toBe(0);
  });

  it('the henkilötunnus with a letter: after a shipping noun those whose check holds', () => {
    for (const pattern of ['ddddddLdddd', 'dddddd-dddL']) {
      const valid = strings(pattern, 100_000).filter(fiHetuValid);
      expect(taken('fi-hetu', after('tracking ', valid), 'en-US')).toBe(valid.length);
      expect(taken('fi-hetu', after('Paket ', valid), 'fi-FI')).toBe(valid.length);
      expect(taken('fi-hetu', after('order tracking ', valid), 'en-US')).toBe(0);
    }
  });

  it('the CUIT 2-8-1: after the German, French, Turkish and Polish shipping words', () => {
    const dashed = strings('dd-dddddddd-d');
    for (const [word, locale] of [
      ['Sendung ', 'de-DE'],
      ['Paket ', 'de-DE'],
      ['colis ', 'fr-FR'],
      ['kargo takip no: ', 'tr-TR'],
      ['przesyłka ', 'pl-PL'],
      ['paczka ', 'pl-PL'],
    ] as const)
      expect([word, taken('ar-cuit', after(word, dashed), locale)]).toEqual([word, CUIT_VALID]);
    expect(taken('ar-cuit', after('Bestellung und Sendung ', dashed), 'de-DE')).toBe(0);
    expect(taken('ar-cuit', after('commande colis ', dashed), 'fr-FR')).toBe(0);
    expect(taken('cl-rut', after('Sendung ', strings('dd.ddd.ddd-d')), 'es-CL')).toBe(0);
  });
});
