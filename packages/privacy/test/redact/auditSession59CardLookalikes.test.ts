// V59i's audit (2026-12-07, issue #14): tracking numbers and SKUs that a card reading took. A
// seeded hunt over carriers' prints (DHL "JJD…", 12 and 20 digits; UPS "1Z…"; FedEx 12/15/20/22;
// USPS "92…"/"94…" in fours; Royal Mail, PostNL "3S…", Correios, China Post, GLS, Hermes) and SKUs
// with letters and digit groups, after their label in ten locales or alone, with counts, amounts
// and dates beside them, 6,000 texts: of the changed texts that held no Luhn-valid 13-19 digit run
// (the rule: those go whatever their label), the card reading's largest cluster was a code
// glued to its letters, then fours and a short group: an IBAN's print of no IBAN's length ("SKU
// AT50 1121 9236 2645 4 Stk."). card.ts's reading 0 took the groups after the glued head as a card
// where they passed Luhn; it now does so only where they are one group (a device's id after its
// model) or a card's whole print, 4-4-4-4, 4-6-5, 4-6-4, 4-4-4-4-3 (cardCodes.ts). Each row is
// the whole output; rows marked "main:" went so on main at f21051a5.
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

type Row = readonly [locale: string, text: string, out: string];

const FIXED: readonly Row[] = [
  // main: 'SKU AT50 [CARD] Stk.'
  ['de-DE', 'SKU AT50 1121 9236 2645 4 Stk.', 'SKU AT50 1121 9236 2645 4 Stk.'],
  // main: 'référence article FT45 [CARD] Stk.' (the count went too)
  [
    'fr-FR',
    'référence article FT45 1279 4881 1088 4 3 Stk.',
    'référence article FT45 1279 4881 1088 4 3 Stk.',
  ],
  // main: 'spedizione XJ08 [CARD] $30.40'
  ['it-IT', 'spedizione XJ08 7505 1496 4700 1 $30.40', 'spedizione XJ08 7505 1496 4700 1 $30.40'],
  // main: 'réf. FR17 [CARD] $21.27'
  ['fr-FR', 'réf. FR17 5913 3184 7201 5 $21.27', 'réf. FR17 5913 3184 7201 5 $21.27'],
  // main: 'codice articolo LD59 [CARD] x3'
  ['it-IT', 'codice articolo LD59 6053 7814 5409 8 x3', 'codice articolo LD59 6053 7814 5409 8 x3'],
  // main: 'SKU SN41 [CARD] x2'
  ['en-US', 'SKU SN41 9689 1614 5794 1 x2', 'SKU SN41 9689 1614 5794 1 x2'],
  // main: 'código do produto WC20 [CARD] R$ 49,90'
  [
    'pt-BR',
    'código do produto WC20 5546 8948 9646 0 R$ 49,90',
    'código do produto WC20 5546 8948 9646 0 R$ 49,90',
  ],
  // main: 'Art.-Nr. KD31 [CARD]' (two groups after the head, 6-7: no card's print)
  ['de-DE', 'Art.-Nr. KD31 710002 2093810', 'Art.-Nr. KD31 710002 2093810'],
  // main: 'product code NB49 [CARD] £19.99'
  [
    'en-GB',
    'product code NB49 8146 8395 7526 6 £19.99',
    'product code NB49 8146 8395 7526 6 £19.99',
  ],
];

// A shipment's number of 20 digits in fours after a tracking word: its first 16 digits passed Luhn
// and went as a card, four digits left (card.ts edgeWindow: a card, then its PIN or a year). Read
// since V59i as the shipment's whole (cardCodes.ts shipmentInFours).
const FOURS_AFTER_TRACKING: readonly Row[] = [
  // main: 'tracking number [CARD] 6208'
  ['en-GB', 'tracking number 5780 5335 7576 5198 6208', 'tracking number 5780 5335 7576 5198 6208'],
  // main: 'rastreio [CARD] 3761 x8'
  ['pt-BR', 'rastreio 6332 9973 4895 4689 3761 x8', 'rastreio 6332 9973 4895 4689 3761 x8'],
  // main: 'colis [CARD] 9084 x2'
  ['fr-FR', 'colis 3684 7375 6989 7725 9084 x2', 'colis 3684 7375 6989 7725 9084 x2'],
  // main: 'numéro de suivi [CARD] 9084'
  ['fr-FR', 'numéro de suivi 3684 7375 6989 7725 9084', 'numéro de suivi 3684 7375 6989 7725 9084'],
  // main: '追跡番号 [CARD] 9084'
  ['ja-JP', '追跡番号 3684 7375 6989 7725 9084', '追跡番号 3684 7375 6989 7725 9084'],
  // main: 'Sendungsnummer: [CARD]-9084'
  ['de-DE', 'Sendungsnummer: 3684-7375-6989-7725-9084', 'Sendungsnummer: 3684-7375-6989-7725-9084'],
];

// Cards that must still go, beside codes, glued heads and tracking words: a label naming the card,
// a card unlabelled in fours, a card's whole print after a glued head (4-4-4-4, Amex 4-6-5), a
// device's id after its model, a run Luhn-valid whole (the rule), a card after a tracking
// word. And codes that stayed on main and stay.
const LOOKALIKES: readonly Row[] = [
  ['de-DE', 'Karte 4111 1111 1111 1111', 'Karte [CARD]'],
  ['en-US', '4111 1111 1111 1111', '[CARD]'],
  ['en-US', 'Card AB12 4111 1111 1111 1111', 'Card AB12 [CARD]'],
  ['en-US', 'S24 4111 1111 1111 1111', 'S24 [CARD]'],
  ['en-US', 'SKU AB12 3782 822463 10005', 'SKU AB12 [CARD]'],
  ['en-US', 'SKU AT50 4111-1111 1111 1111', 'SKU AT50 [CARD]'],
  ['en-US', 'Ref XY12 4111 1111 1111 1111 110', 'Ref XY12 [CARD]'],
  ['en-US', 'Model T2 3056 930902 5904', 'Model T2 [CARD]'],
  ['en-US', 'Galaxy S24 867542039182731', 'Galaxy S24 [CARD]'],
  ['nl-NL', 'PR24 1648 4170 7847 9', 'PR24 [CARD]'],
  ['en-US', 'tracking number 4111 1111 1111 1111', 'tracking number [CARD]'],
  ['de-DE', 'Sendungsnummer 5500 0000 0000 0004 3 Stk.', 'Sendungsnummer [CARD] 3 Stk.'],
  [
    'de-DE',
    'Artikelnummer NL25 3383 1242 9578 0 3 Stk.',
    'Artikelnummer NL25 3383 1242 9578 0 3 Stk.',
  ],
  ['es-ES', 'referencia KU78 2147 6688 5039 6 2 uds.', 'referencia KU78 2147 6688 5039 6 2 uds.'],
  ['ja-JP', '品番 HC68 4989 8025 5152 3 2個', '品番 HC68 4989 8025 5152 3 2個'],
  // A card's word after the tracking word, or none at all: the card goes, its PIN or year stays.
  ['en-US', 'tracking, card 4111 1111 1111 1111 2026', 'tracking, card [CARD] 2026'],
  ['en-US', '4111 1111 1111 1111 2026', '[CARD] 2026'],
  ['en-US', 'Card 4111 1111 1111 1111 1234', 'Card [CARD] 1234'],
  ['en-US', 'Tracking 4753 0044 2079 4600 18', 'Tracking 4753 0044 2079 4600 18'],
];

describe('V59i: codes glued to letters, shipments in fours', () => {
  it.each(FIXED)('%s %s', (locale, text, out) => {
    expect(redact(text, { locale }).text).toBe(out);
  });
  it.each(FOURS_AFTER_TRACKING)('%s %s', (locale, text, out) => {
    expect(redact(text, { locale }).text).toBe(out);
  });
  it.each(LOOKALIKES)('look-alike %s %s', (locale, text, out) => {
    expect(redact(text, { locale }).text).toBe(out);
  });
});

// Found and left (each fails today; the row is what should come out).
const LEFT: readonly Row[] = [
  // (A UPS number as printed, "Sendungsnummer 1Z ASL 808 29 1635 0486 x4", was here: fixed by
  // V60a, no number inside "1Z" and its 16 characters, in auditSession60ProductCodes.)
  // (A date's year taken into a card's window, "codice articolo 5293 5906 5871 2026-12-06": fixed
  // by V60c, a date is read whole or not at all, in auditSession60Edges.)
  // A code's digits glued to its letters, 14 of them Luhn-valid (China Post's "LP" + 14): a
  // Luhn-valid 13-19 digit run in the reading (redact.prop.test.ts counts digits only),
  // so it goes. Left: whether letters glued before a run make it no "run" is a design question.
  ['en-US', 'LP36203759878018 10 Stk.', 'LP36203759878018 10 Stk.'],
  // An article number printed in threes with dots, then a count: a German phone (phone.ts).
  ['de-DE', '255.263.500 8 Stk.', '255.263.500 8 Stk.'],
];

describe.runIf(LEFT.length > 0)('V59i: left', () => {
  it.fails.each(LEFT)('%s %s', (locale, text, out) => {
    expect(redact(text, { locale }).text).toBe(out);
  });
});
