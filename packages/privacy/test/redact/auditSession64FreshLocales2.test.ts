// V64c's fresh audit (2026-12-07, issue #14): 150 more messages nobody had written, in nine locales
// no fresh audit had read (ko-KR, zh-TW, ru-RU, es-MX, es-AR, fr-CA, nl-NL, it-IT, he-IL), written
// by hand before redact read them (freshLocales64.ts FRESH2: chat turns, signatures and footers,
// forwarded replies with their quoted headers, marketplace messages, addresses, an OCR'd receipt,
// dictated numbers; 120 values of 14 types, 187 look-alikes). On main (e8697d3d): recall 117 of
// 120 (phones 61 of 63, an Argentine DNI after "Documento:"), precision 117 of 117, no look-alike
// touched; three look-alikes first drawn passed Luhn by chance (an Ozon posting's number, a Mercado
// Libre order's, an Amazon order's) and went as cards, by issue #14's rule (LEFT below; the rows
// now hold look-alikes that do not pass). A second pass (SECOND2, 22 rows written after the first
// ran, around its two phone misses) held 4 of 13 on main. Two classes, fixed:
// - a Russian call verb before a mobile written bare with its trunk "8" or none (keywords.ts):
//   "перезвоните" (call back), "звоните" (call), "наберите" (dial); "позвоните" was read already;
// - ten digits in five pairs after a phone's label (phone.ts TEN_PAIRS), as a ten-digit national
//   number is said and dictated ("mi número es el 55 48 27 19 30", a Mexican mobile; "Mob: 98 12
//   34 56 78"): pairs no "0" or "+" starts were not worth reading, but Denmark's and Norway's four.
// After: first pass 119 of 120, second 12 of 13, precision 1.000 both, no look-alike touched.
// Each FIXED and LOOKALIKES row is the whole output.
import { redact } from '@meridian-cx/privacy';
import { isValidIBAN } from 'ibantools';
import { type CountryCode, isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { asciiDigits, describeFreshPasses, digitsIn } from './audit.js';
import { bsn, itCf, luhnOk } from './corpus/checks.js';
import { FRESH2, LEFT_SECOND2, SECOND2 } from './freshLocales64.js';
import { ilId, krRrn } from './moreIdsGen.js';

type Row = readonly [locale: string, text: string, out: string];

const FIXED: readonly Row[] = [
  // main: each text whole
  [
    'ru-RU',
    'Перезвоните мне пожалуйста на 89261234567 после 18:00',
    'Перезвоните мне пожалуйста на [PHONE] после 18:00',
  ],
  ['ru-RU', 'Перезвоните на 89161234567, пожалуйста', 'Перезвоните на [PHONE], пожалуйста'],
  ['ru-RU', 'звоните 89031234567 в любое время', 'звоните [PHONE] в любое время'],
  ['ru-RU', 'Наберите меня: 9261234567', 'Наберите меня: [PHONE]'],
  ['ru-RU', 'Заказ 4821309. Перезвоните 89261234567', 'Заказ 4821309. Перезвоните [PHONE]'],
  ['ru-RU', 'перезвони 89261234567', 'перезвони [PHONE]'],
  ['ru-RU', 'ЗВОНИТЕ 89261234567', 'ЗВОНИТЕ [PHONE]'],
  ['ru-RU', 'Набери 89261234567 вечером', 'Набери [PHONE] вечером'],
  [
    'es-MX',
    'mi número es el 55 48 27 19 30 para que me avisen',
    'mi número es el [PHONE] para que me avisen',
  ],
  ['es-MX', 'mi cel es 55 12 34 56 78', 'mi cel es [PHONE]'],
  ['es-MX', 'Tel. 33 36 15 88 42', 'Tel. [PHONE]'],
  ['es-MX', 'WhatsApp: 81 12 34 56 78', 'WhatsApp: [PHONE]'],
  ['es-MX', 'Mi número: 55 48 27 19 30 (casa)', 'Mi número: [PHONE] (casa)'],
  ['es-MX', 'Tel. 55 48 27 19 30 / 33 36 15 88 42', 'Tel. [PHONE] / [PHONE]'],
  [
    'es-MX',
    'mi número es el 55 48 27 19 30 y el pedido 4711',
    'mi número es el [PHONE] y el pedido 4711',
  ],
  ['es-MX', 'talla 25 26 27 28 29, tel 55 48 27 19 30', 'talla 25 26 27 28 29, tel [PHONE]'],
  ['en-IN', 'Mob: 98 12 34 56 78', 'Mob: [PHONE]'],
  // A Danish number with two digits too many after its label goes whole (failing closed).
  ['da-DK', 'tlf. 20 12 34 56 78', 'tlf. [PHONE]'],
];

// The same words' and prints' neighbours: an order's, an invoice's or a posting's number after a
// call verb, hours, dates, amounts, a postcode; sizes, scores and an order's number in five pairs,
// five pairs no number reads, four pairs no Mexican number. Each the same on main.
const LOOKALIKES: readonly Row[] = [
  ['ru-RU', 'Звоните по номеру заказа 48213092', 'Звоните по номеру заказа 48213092'],
  [
    'ru-RU',
    'звонил 3 раза, заказ 89261234567 не найден',
    'звонил 3 раза, заказ 89261234567 не найден',
  ],
  ['ru-RU', 'Звонок 15.12 в 18:00, сумма 2 349 ₽', 'Звонок 15.12 в 18:00, сумма 2 349 ₽'],
  ['ru-RU', 'звоните после 18:00, индекс 190000', 'звоните после 18:00, индекс 190000'],
  [
    'ru-RU',
    'Перезвоните по заказу 72-4481-93 на 5 970 руб.',
    'Перезвоните по заказу 72-4481-93 на 5 970 руб.',
  ],
  ['ru-RU', 'наберите код 4821 на кассе', 'наберите код 4821 на кассе'],
  ['ru-RU', 'звоните: пн–пт 9:00–18:00, 15.12.2026', 'звоните: пн–пт 9:00–18:00, 15.12.2026'],
  ['ru-RU', 'Перезвоните, счёт № 1482 от 05.12.2026', 'Перезвоните, счёт № 1482 от 05.12.2026'],
  ['ru-RU', 'Наберите 2 349 ₽ и 12 шт.', 'Наберите 2 349 ₽ и 12 шт.'],
  ['ru-RU', 'звоните, трек 10204583127641', 'звоните, трек 10204583127641'],
  ['uk-UA', 'Дзвоніть щодо замовлення 4821309', 'Дзвоніть щодо замовлення 4821309'],
  ['es-MX', 'Tallas disponibles 22 23 24 25 26', 'Tallas disponibles 22 23 24 25 26'],
  ['es-MX', 'Pedido 55 48 27 19 30', 'Pedido 55 48 27 19 30'],
  ['es-MX', 'Resultados 10 12 14 16 18', 'Resultados 10 12 14 16 18'],
  ['es-MX', 'mi número de pedido es 55 48 27 19 30', 'mi número de pedido es 55 48 27 19 30'],
  ['es-MX', 'Tel: 55 48 27 19', 'Tel: 55 48 27 19'],
  ['es-MX', 'Cel. 12 34 56 78 90', 'Cel. 12 34 56 78 90'],
  ['es-MX', 'Fecha 05 12 2026 10 30', 'Fecha 05 12 2026 10 30'],
  ['es-MX', 'Mi número: 07 12 20 26 10', 'Mi número: 07 12 20 26 10'],
  ['es-MX', 'Tel: 55 48 27 19 30 31', 'Tel: 55 48 27 19 30 31'],
  ['da-DK', 'Ordre 20 12 34 56 78', 'Ordre 20 12 34 56 78'],
  ['fr-FR', 'Tél : 61 23 45 67 89', 'Tél : 61 23 45 67 89'],
];

// Left by V64c (each stays as shown; the fix is the row's `want`).
const LEFT: readonly (readonly [string, string, string, string])[] = [
  // Argentina's forms write "Documento:" before the DNI, but "documento" alone is any document's
  // number in Spanish (an invoice's, a waybill's "documento de transporte", a "documento 4711" of
  // an order): eight digits after it are a Buenos Aires landline's count too.
  [
    'es-AR',
    'Documento: 31876543 (es el de mi viejo)',
    'Documento: [AR_DNI] (es el de mi viejo)',
    'an Argentine "Documento:" alone',
  ],
  // Pairs glued by dashes or dots are one token to worthReading ("55-48-27-19-30"); read as pairs
  // they would ask every dotted date and version ("05.12.20.26") for a parse.
  ['es-MX', 'Tel: 55-48-27-19-30', 'Tel: [PHONE]', 'five pairs with dashes'],
  // Issue #14's rule leaves no Luhn-valid 13-19 digit run, whatever its label: the first pass drew
  // three look-alikes that pass Luhn (one in ten does), and they go as cards.
  [
    'ru-RU',
    'Ozon, отправление 0183492710-0001-1, сумма 2 349 ₽',
    'Ozon, отправление 0183492710-0001-1, сумма 2 349 ₽',
    'an Ozon posting that passes Luhn',
  ],
  [
    'es-AR',
    'pedido 2000008273645191, y no llegó',
    'pedido 2000008273645191, y no llegó',
    'a Mercado Libre order that passes Luhn',
  ],
  [
    'fr-CA',
    "ma commande no 113-4829176-2201 n'est jamais arrivée",
    "ma commande no 113-4829176-2201 n'est jamais arrivée",
    'an Amazon order that passes Luhn',
  ],
];

// The checks the values were completed by, written from their definitions (freshLocales64.ts).
const TW_LETTERS = 'ABCDEFGHJKLMNPQRSTUVXYWZIO';
const twIdOk = (v: string): boolean => {
  const n = TW_LETTERS.indexOf(v.charAt(0)) + 10;
  const d = [Math.floor(n / 10), n % 10, ...[...v.slice(1)].map(Number)];
  return (
    d.reduce((s, x, i) => s + x * ([1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1][i] as number), 0) % 10 === 0
  );
};
const CURP = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
const curpOk = (v: string): boolean => {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CURP.indexOf(v.charAt(i)) * (18 - i);
  return (sum + Number(v.charAt(17))) % 10 === 0;
};
const cuitOk = (d: string): boolean => {
  const s = [...d.slice(0, 10)].reverse().reduce((t, x, i) => t + Number(x) * (2 + (i % 6)), 0);
  return (11 - (s % 11)) % 11 === Number(d.charAt(10));
};
const clabeOk = (d: string): boolean =>
  [...d].reduce(
    (s, x, i) => s + (i < 17 ? (Number(x) * ([3, 7, 1][i % 3] as number)) % 10 : Number(x)),
    0,
  ) %
    10 ===
  0;

const firstRows = FRESH2.flatMap(([, cases]) => cases);
const secondRows = SECOND2.flatMap(([, cases]) => cases);

// Floors: what the first pass holds today, by type ([values, gone]); precision whole.
const FLOORS: Readonly<Record<string, readonly [number, number]>> = {
  phone: [63, 63],
  email: [21, 21],
  card: [9, 9],
  iban: [4, 4],
  'kr-rrn': [2, 2],
  'tw-id': [3, 3],
  'mx-curp': [2, 2],
  'bank-account': [1, 1],
  'ar-dni': [2, 1],
  'ar-cuit': [2, 2],
  'ca-sin': [3, 3],
  bsn: [2, 2],
  'it-cf': [3, 3],
  'il-id': [3, 3],
};

describe('session 64: a second fresh audit, nine more locales (issue #14)', () => {
  describe('the rows are what they say', () => {
    it('150 messages in nine locales, each value and look-alike in its text', () => {
      expect(firstRows).toHaveLength(150);
      expect(new Set(firstRows.map(([locale]) => locale)).size).toBe(9);
      for (const [, text, go, stay] of [...firstRows, ...secondRows]) {
        for (const [, value] of go) expect(text).toContain(value);
        for (const value of stay) expect(text).toContain(value);
      }
    });

    it('every value is valid by its own algorithm', () => {
      const rows = [...firstRows, ...secondRows.filter(([, t]) => !LEFT_SECOND2.has(t))];
      for (const [locale, , go] of rows)
        for (const [type, value] of go) {
          const d = digitsIn(value);
          if (type === 'phone') {
            const plus = asciiDigits(value).trim().startsWith('+') ? '+' : '';
            expect(isValidPhoneNumber(plus + d, locale.slice(3) as CountryCode), value).toBe(true);
          }
          if (type === 'iban') expect(isValidIBAN(value.replace(/ /g, '')), value).toBe(true);
          if (type === 'card' || type === 'ca-sin') expect(luhnOk(d), value).toBe(true);
          if (type === 'kr-rrn') expect(krRrn(d.slice(0, 6), Number(d[6]), d.slice(7, 12))).toBe(d);
          if (type === 'il-id') expect(ilId(d.slice(0, 8))).toBe(d);
          if (type === 'bsn') expect(bsn(d.slice(0, 8))).toBe(d);
          if (type === 'tw-id') expect(twIdOk(value), value).toBe(true);
          if (type === 'mx-curp') expect(curpOk(value), value).toBe(true);
          if (type === 'ar-cuit') expect(cuitOk(d), value).toBe(true);
          if (type === 'bank-account') expect(clabeOk(d), value).toBe(true);
        }
      // The codici fiscali: their letters, birth date, sex and place completed by the corpus' helper.
      expect(itCf('RSSGLI', 1987, 3, 14, true, 'H501')).toBe('RSSGLI87C54H501R');
      expect(itCf('BNCMRC', 1975, 11, 2, false, 'F205')).toBe('BNCMRC75S02F205Y');
      expect(itCf('CLMFNC', 1992, 7, 28, false, 'L219')).toBe('CLMFNC92L28L219R');
    });
  });

  describeFreshPasses('fresh locales 2', {
    first: FRESH2,
    second: SECOND2,
    leftSecond: LEFT_SECOND2,
    left: LEFT.map(([, text]) => text),
    floors: FLOORS,
    secondFloor: [13, 12],
  });

  describe('a bare mobile after a Russian call verb, ten digits in pairs after a label (main: whole)', () => {
    it.each(FIXED)('%s: %j', (locale, text, out) => {
      expect(redact(text, { locale }).text).toBe(out);
    });
  });

  describe('their look-alikes stay', () => {
    it.each(LOOKALIKES)('%s: %j', (locale, text, out) => {
      expect(redact(text, { locale }).text).toBe(out);
    });
  });

  describe.runIf(LEFT.length > 0)('left as they are (asserted failing)', () => {
    it.fails.each(LEFT)('%s: %j (%s; %s)', (locale, text, want) => {
      expect(redact(text, { locale }).text).toBe(want);
    });
  });
});
