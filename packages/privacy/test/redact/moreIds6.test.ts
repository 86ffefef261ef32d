// The five national ids of Europe's largest online markets (T61b, issue #14): Italy's codice
// fiscale, France's NIR, Germany's Steuer-IdNr, Belgium's national number and Portugal's NIF.
// Each in the prints its issuer and customers use, after its labels in its languages and in
// English; and beside each, what must stay: a wrong check, the companies' numbers of the same
// market (Partita IVA, SIREN, USt-IdNr, the enterprise number, the NIPC), IBANs' parts, phones,
// dates, amounts and order numbers. Every id is synthetic, its check computed by its rule
// (corpus/checks.ts), but the sources' worked examples: RSSMRA85T10A562S (the decree's "Mario
// Rossi"), 12345678995 (kryptografie.de), 93051822361 (dodona.be).
import { BUILT_IN_ENTITY_TYPES, redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

const types = (text: string, locale: string, country?: 'DE' | 'BE' | 'FR' | 'IT' | 'PT') =>
  redact(text, country === undefined ? { locale } : { locale, country }).findings.map(
    (f) => f.type,
  );

describe('each id goes as its type', () => {
  it.each([
    // Italy: capitals anywhere, lower case after its label, omocodic, a woman's day (+40).
    ['it-IT', 'codice fiscale RSSMRA85T10A562S', 'codice fiscale [IT_CF]'],
    ['en-US', 'RSSMRA85T10A562S', '[IT_CF]'],
    ['it-IT', 'C.F. rssmra85t10a562s', 'C.F. [IT_CF]'],
    ['it-IT', 'CF: BNCGLI90C62F205S', 'CF: [IT_CF]'],
    ['it-IT', 'cod. fisc. CNTFNC80D41A94QQ', 'cod. fisc. [IT_CF]'],
    ['it-IT', 'Fattura n. 12: SNTGNN93T25LTPSB', 'Fattura n. 12: [IT_CF]'],
    // France: the card's print anywhere; unbroken after its label; Corsica's 2A and 2B.
    [
      'fr-FR',
      'numéro de sécurité sociale 1 85 05 75 112 071 12',
      'numéro de sécurité sociale [FR_NIR]',
    ],
    ['en-GB', 'ok 2 93 06 13 055 044 87', 'ok [FR_NIR]'],
    ['fr-FR', 'n° sécu 293061305504487', 'n° sécu [FR_NIR]'],
    ['fr-FR', 'NIR 1 84 11 2A 004 012 21', 'NIR [FR_NIR]'],
    ['fr-FR', 'carte vitale 291072B03300586', 'carte vitale [FR_NIR]'],
    // Germany: after its label in any print; bare in Germany in the BZSt's print.
    ['de-DE', 'Steuer-ID: 12345678995', 'Steuer-ID: [DE_TAX_ID]'],
    ['de-DE', 'Identifikationsnummer 86 524 391 726', 'Identifikationsnummer [DE_TAX_ID]'],
    ['en-GB', 'German tax ID 47102985301', 'German tax ID [DE_TAX_ID]'],
    ['de-DE', 'Hallo, 86 524 391 726 danke', 'Hallo, [DE_TAX_ID] danke'],
    // Belgium: the eID's print anywhere; after its label unbroken or as the SIS card printed it.
    ['nl-BE', 'rijksregisternummer 93051822361', 'rijksregisternummer [BE_NRN]'],
    ['en-US', 'ref? 85.07.30-033.28', 'ref? [BE_NRN]'],
    ['fr-BE', 'NISS 02.04.05-234.06', 'NISS [BE_NRN]'],
    ['nl-BE', 'INSZ 110318 087 42', 'INSZ [BE_NRN]'],
    ['de-BE', 'Nationalregisternummer 54062230913', 'Nationalregisternummer [BE_NRN]'],
    // Portugal: after its label, unbroken or in threes; 45 a non-resident's.
    ['pt-PT', 'NIF 123456789', 'NIF [PT_NIF]'],
    ['pt-PT', 'contribuinte n.º 234 567 813', 'contribuinte n.º [PT_NIF]'],
    ['pt-PT', 'NIF: 451029380', 'NIF: [PT_NIF]'],
    ['en-GB', 'Portuguese tax number 302198768', 'Portuguese tax number [PT_NIF]'],
  ])('%s %j is %j', (locale, text, out) => {
    const country = locale === 'de-DE' ? 'DE' : undefined;
    expect(redact(text, country ? { locale, country } : { locale }).text).toBe(out);
  });
});

describe('what is none of them stays', () => {
  it.each([
    // Italy: a wrong check letter; a month letter no month has (F); a day 32; a letter left of
    // a digit (no omocode); the Partita IVA; lower case without a label; a code's part.
    ['it-IT', 'codice fiscale RSSMRA85T10A562T'],
    ['it-IT', 'codice fiscale RSSMRA85F10A562S'],
    ['it-IT', 'codice fiscale RSSMRA85T32A562S'],
    ['it-IT', 'codice fiscale RSSMRA8RT10A562S'],
    ['it-IT', 'Partita IVA 01234567890'],
    ['it-IT', 'ciao rssmra85t10a562s'],
    ['it-IT', 'SKU XRSSMRA85T10A562S'],
    // France: a wrong key; a sex digit 3; unbroken without its label; an order's number; a
    // SIREN; a phone; a date and an amount; 13 digits (no key).
    ['fr-FR', 'numéro de sécurité sociale 1 85 05 75 112 071 13'],
    ['fr-FR', 'numéro de sécurité sociale 385057511207118'],
    ['fr-FR', 'Bonjour 185057511207112'],
    ['fr-FR', 'commande 1 85 05 75 112 071 12'],
    ['fr-FR', 'SIREN 732 829 320'],
    ['fr-FR', 'tél 06 12 34 56 78'],
    ['fr-FR', 'le 05/12/2026, 1 299,00 €'],
    ['fr-FR', 'NIR 1 85 05 75 112 071'],
    // Germany: a wrong check; no digit twice; a 0 first; bare unbroken; bare away from home;
    // the USt-IdNr; an order's number; a phone; an IBAN's parts.
    ['de-DE', 'Steuer-ID 12345678994'],
    ['de-DE', 'Steuer-ID 12345678903'],
    ['de-DE', 'Steuer-ID 01234567899'],
    ['de-DE', 'Hallo 12345678995'],
    ['de-DE', 'USt-IdNr. DE123456789'],
    ['de-DE', 'Bestellnummer 86 524 391 726'],
    ['de-DE', 'Handy 0151 23456789'],
    ['de-DE', 'IBAN-Teil 3704 0044 0532'],
    // Belgium: a wrong key; a month 13; a counter 000; the enterprise number; bare unbroken;
    // an invoice's number in the eID's print.
    ['nl-BE', 'rijksregisternummer 85073003329'],
    ['nl-BE', 'rijksregisternummer 85133003300'],
    ['nl-BE', 'rijksregisternummer 85073000052'],
    ['nl-BE', 'ondernemingsnummer 0123.456.749'],
    ['nl-BE', 'Hallo 85073003328'],
    ['nl-BE', 'factuur 85.07.30-033.28'],
    // Portugal: a wrong check; a company's NIPC (5, 6, 9); bare; a Lisbon landline; a mobile.
    ['pt-PT', 'NIF 123456788'],
    ['pt-PT', 'NIPC 503504564'],
    ['pt-PT', 'NIF 600000001'],
    ['pt-PT', 'Olá 123456789'],
    ['pt-PT', 'telefone 213 456 789'],
    ['pt-PT', 'encomenda 234567813'],
  ])('%s %j', (locale, text) => {
    const found = types(text, locale, locale === 'de-DE' ? 'DE' : undefined);
    for (const type of ['it-cf', 'fr-nir', 'de-tax-id', 'be-nrn', 'pt-nif'])
      expect(found).not.toContain(type);
  });
});

describe('the types', () => {
  it('are built-in types', () => {
    for (const type of ['it-cf', 'fr-nir', 'de-tax-id', 'be-nrn', 'pt-nif'])
      expect(BUILT_IN_ENTITY_TYPES).toContain(type);
  });

  it('take the confidence their label or their print gives', () => {
    const confidence = (text: string, locale: string, country?: 'DE' | 'BE') =>
      redact(text, country ? { locale, country } : { locale }).findings.map((f) => f.confidence);
    expect(confidence('codice fiscale RSSMRA85T10A562S', 'it-IT')).toEqual([0.95]);
    expect(confidence('RSSMRA85T10A562S', 'it-IT')).toEqual([0.85]);
    expect(confidence('1 85 05 75 112 071 12', 'fr-FR')).toEqual([0.85]);
    expect(confidence('Steuer-ID 12345678995', 'de-DE')).toEqual([0.95]);
    expect(confidence('ok 86 524 391 726', 'de-DE', 'DE')).toEqual([0.85]);
    expect(confidence('ok 110318 087 42', 'nl-BE', 'BE')).toEqual([0.7]);
    expect(confidence('85.07.30-033.28', 'nl-BE')).toEqual([0.85]);
    expect(confidence('NIF 123456789', 'pt-PT')).toEqual([0.95]);
  });

  it('bare spaced Steuer-IdNr and SIS-printed national numbers only at home', () => {
    expect(types('ok 86 524 391 726', 'en-US')).not.toContain('de-tax-id');
    expect(types('ok 110318 087 42', 'en-US')).not.toContain('be-nrn');
  });
});
