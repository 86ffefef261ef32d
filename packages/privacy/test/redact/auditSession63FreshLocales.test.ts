// V63h's fresh audit (2026-12-07, issue #14): 150 messages nobody had written, in twelve locales
// the audits read least (hi-IN, ja-JP, ar-SA, ar-EG, fa-IR, pt-BR, tr-TR, pl-PL, uk-UA, vi-VN,
// th-TH, id-ID), written by hand before redact read them (freshLocales63.ts FRESH: chat turns,
// signatures, marketplace messages, a forwarded reply, addresses; 120 values of 15 types, 140
// look-alikes). On main (5771f828): recall 119 of 120 (phones 70 of 71, every other type whole),
// precision 119 of 119, no look-alike touched; two look-alikes first drawn passed Luhn by chance
// (an Amazon order's "250-1234567-8901234", a Saudi VAT number) and went as cards, by issue #14's
// rule (LEFT below; the rows now hold look-alikes that do not pass). The miss: a bare Indian mobile
// after "Alternate number". A second pass (SECOND, 29 rows written after the first ran: what
// India and the other markets write around a bare mobile) held 2 of 21 on main. Two classes,
// fixed (keywords.ts):
// - a phone word before the number: India's "alternate number", "alternate no.", "alternative
//   number", Hindi "वैकल्पिक नंबर", "दूसरा नंबर", Hinglish "dusra/doosra number" (an address form's
//   second phone), and Brazil's "cel/zap", "zap" (WhatsApp);
// - a messenger named in closed brackets after the number: "(WhatsApp)", "(WhatsApp only)",
//   "(Viber)", "（微信同号）" (the same number on WeChat), where a mobile written bare (India, Greece,
//   Turkey, Poland, China) stayed; India's "PNR" and a utility's "Consumer no." are references, so
//   the numbers they label stay with a messenger after them.
// After: first pass 120 of 120, second 16 of 21, precision 1.000 both, no look-alike touched.
// Each FIXED and LOOKALIKES row is the whole output.
import { redact } from '@meridian-cx/privacy';
import { isValidIBAN } from 'ibantools';
import { type CountryCode, isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { asciiDigits, describeFreshPasses, digitsIn } from './audit.js';
import { cpf, irCode, luhnOk, pesel, withVerhoeff } from './corpus/checks.js';
import { FRESH, LEFT_SECOND, SECOND } from './freshLocales63.js';
import { tckn } from './moreIdsGen.js';

type Row = readonly [locale: string, text: string, out: string];

const FIXED: readonly Row[] = [
  // main: each text whole
  [
    'hi-IN',
    'AWB 14532710029384 — Delhivery pe "in transit" dikha raha hai. Alternate number 8850636234',
    'AWB 14532710029384 — Delhivery pe "in transit" dikha raha hai. Alternate number [PHONE]',
  ],
  [
    'hi-IN',
    'Alternate number 8850636234, pickup kal 10 baje',
    'Alternate number [PHONE], pickup kal 10 baje',
  ],
  // main: 'Mob: [PHONE]\nAlternate no: 7049259606'
  ['hi-IN', 'Mob: 98123 45678\nAlternate no: 7049259606', 'Mob: [PHONE]\nAlternate no: [PHONE]'],
  ['hi-IN', 'alternate no. 9812345678', 'alternate no. [PHONE]'],
  ['hi-IN', 'ALTERNATE NUMBER 9812345678', 'ALTERNATE NUMBER [PHONE]'],
  ['hi-IN', 'alternative number: 9723984481 (evening)', 'alternative number: [PHONE] (evening)'],
  ['hi-IN', 'वैकल्पिक नंबर: ९८१२३४५६७८', 'वैकल्पिक नंबर: [PHONE]'],
  ['hi-IN', 'दूसरा नंबर 8850636234 है', 'दूसरा नंबर [PHONE] है'],
  ['hi-IN', 'dusra number 7066054562 bhi hai', 'dusra number [PHONE] bhi hai'],
  ['hi-IN', 'doosra number 9812345678', 'doosra number [PHONE]'],
  ['en-IN', 'Alternate number: 8850636234', 'Alternate number: [PHONE]'],
  ['hi-IN', 'Order 4711, alternate number 9812345678', 'Order 4711, alternate number [PHONE]'],
  ['pt-BR', 'cel/zap 11988293242', 'cel/zap [PHONE]'],
  ['pt-BR', 'Me chama no zap 21995091033, pedido 4711', 'Me chama no zap [PHONE], pedido 4711'],
  ['pt-BR', 'zap: 21995091033', 'zap: [PHONE]'],
  [
    'hi-IN',
    '9812345678 (WhatsApp only), calls nahi uthata',
    '[PHONE] (WhatsApp only), calls nahi uthata',
  ],
  ['hi-IN', 'Rahul Verma, 8850636234 (WhatsApp)', 'Rahul Verma, [PHONE] (WhatsApp)'],
  ['hi-IN', '9812345678 (WHATSAPP)', '[PHONE] (WHATSAPP)'],
  ['zh-CN', '王先生 13812345678（微信同号）', '王先生 [PHONE]（微信同号）'],
  ['zh-CN', '13812345678 微信同号', '[PHONE] 微信同号'],
  ['el-GR', '6912345678 (Viber)', '[PHONE] (Viber)'],
  ['tr-TR', 'Ayşe 5327154862 (WhatsApp)', 'Ayşe [PHONE] (WhatsApp)'],
  ['pl-PL', '512169927 (WhatsApp), dzięki', '[PHONE] (WhatsApp), dzięki'],
];

// The same words' neighbours: an order's, a booking's or a consumer's number, a date, a time, an
// amount, a count, a calculator's "second number", WeChat Pay. Each the same on main.
const LOOKALIKES: readonly Row[] = [
  ['hi-IN', 'PNR 8523697410 (WhatsApp pe bheja)', 'PNR 8523697410 (WhatsApp pe bheja)'],
  ['hi-IN', 'PNR 8523697410 (WhatsApp)', 'PNR 8523697410 (WhatsApp)'],
  // A sentence in the brackets, the order's number sent on WhatsApp: only a closed bracket names.
  [
    'hi-IN',
    '9812345678 (WhatsApp pe bheja, order ka number)',
    '9812345678 (WhatsApp pe bheja, order ka number)',
  ],
  ['hi-IN', 'Consumer no. 9123456789 (WhatsApp)', 'Consumer no. 9123456789 (WhatsApp)'],
  ['hi-IN', 'Alternate order number 7012345678', 'Alternate order number 7012345678'],
  ['hi-IN', 'Alternate number: order 7012345678', 'Alternate number: order 7012345678'],
  ['hi-IN', 'alternate no. of the order 7012345678', 'alternate no. of the order 7012345678'],
  [
    'hi-IN',
    'Alternate number of items: 12, order 4711',
    'Alternate number of items: 12, order 4711',
  ],
  ['hi-IN', 'alternate nostril breathing 10 min', 'alternate nostril breathing 10 min'],
  ['hi-IN', 'दूसरा नंबर डालो: 5', 'दूसरा नंबर डालो: 5'],
  ['hi-IN', 'दूसरा नंबर ऑर्डर 9812345678', 'दूसरा नंबर ऑर्डर 9812345678'],
  ['hi-IN', 'Alternate number: 19:30 ke baad', 'Alternate number: 19:30 ke baad'],
  ['hi-IN', 'Alternate number: 07/12/2026', 'Alternate number: 07/12/2026'],
  ['hi-IN', 'alternate no. ₹1,299', 'alternate no. ₹1,299'],
  ['hi-IN', 'dusra number 4711 2023', 'dusra number 4711 2023'],
  ['hi-IN', 'alternative number 1,23,456', 'alternative number 1,23,456'],
  ['hi-IN', 'Alternate no: AWB 14532710029384', 'Alternate no: AWB 14532710029384'],
  [
    'hi-IN',
    'Order ID 9876543210 (WhatsApp pe confirm hua)',
    'Order ID 9876543210 (WhatsApp pe confirm hua)',
  ],
  ['hi-IN', 'ऑर्डर 9812345678 (WhatsApp)', 'ऑर्डर 9812345678 (WhatsApp)'],
  ['hi-IN', 'OTP 482913 (WhatsApp)', 'OTP 482913 (WhatsApp)'],
  ['hi-IN', '2026-12-07 (WhatsApp)', '2026-12-07 (WhatsApp)'],
  ['hi-IN', '₹1,299 (WhatsApp pe bheja)', '₹1,299 (WhatsApp pe bheja)'],
  ['hi-IN', 'Version 2.23.24.76 (WhatsApp)', 'Version 2.23.24.76 (WhatsApp)'],
  ['zh-CN', '13812345678（微信支付）', '13812345678（微信支付）'],
  ['zh-CN', '订单 13812345678（微信同号）', '订单 13812345678（微信同号）'],
  ['zh-CN', '金额 138.12 元（微信）', '金额 138.12 元（微信）'],
  ['el-GR', 'Παραγγελία 6912345678 (Viber)', 'Παραγγελία 6912345678 (Viber)'],
  ['pl-PL', 'zamówienie 512169927 (WhatsApp)', 'zamówienie 512169927 (WhatsApp)'],
  ['pl-PL', '512 169,92 zł (WhatsApp)', '512 169,92 zł (WhatsApp)'],
  ['tr-TR', 'sipariş no 5327154862 (WhatsApp)', 'sipariş no 5327154862 (WhatsApp)'],
  ['pt-BR', 'zap pedido 11988293242', 'zap pedido 11988293242'],
  ['pt-BR', 'Zap 07/12/2026, R$ 1.299,90', 'Zap 07/12/2026, R$ 1.299,90'],
  ['pt-BR', 'zap 2 vezes', 'zap 2 vezes'],
  ['en-GB', 'Registered No. 04567890', 'Registered No. 04567890'],
];

// Left by V63h (each stays as shown; the fix is the row's `want`).
const LEFT: readonly (readonly [string, string, string, string])[] = [
  // "RMN" (a bank's or a telco's registered mobile number) is MRI in Spanish, French and Romanian
  // too, and the phone words are read in every language: it needs a list of Indian words only.
  ['hi-IN', 'RMN 8850636234', 'RMN [PHONE]', 'Indian "RMN" is no label'],
  // Persian "شماره" (number) alone is any noun's ("شماره سفارش", an order's): a mobile written
  // without its trunk "0" needs the owner's reading Turkish "numaram" has (context.ts verbAt).
  ['fa-IR', 'شماره: ۹۱۲۴۹۰۷۶۴۰', 'شماره: [PHONE]', 'Persian "number:" is no label'],
  // Brazil's old "0xx" (a carrier's code to choose) glues letters to the digits, a code's print;
  // reading it would ask every text's shadow for it (digits.ts), for a print seldom written now.
  ['pt-BR', 'Tel.: (0xx11) 3456-7890', 'Tel.: [PHONE]', 'Brazil\'s "(0xx11)" is no print'],
  // The messenger's name alone after a number goes on as a sentence about the number's subject
  // ("9812345678 whatsapp users", an order "… whatsapp pe bheja"): only a closed bracket names it.
  ['hi-IN', '9812345678 whatsapp', '[PHONE] whatsapp', 'a bare "whatsapp" after is no label'],
  // A bare mobile after a slash that follows a phone: a list read after a phone holds an order's
  // number as often ("+91 98123 45678 / 4711"); the second goes only where it is a phone alone.
  [
    'hi-IN',
    '+91 9812345678 / 8850636234',
    '[PHONE] / [PHONE]',
    'a bare mobile after a phone and "/"',
  ],
  // Digits one by one apart by dots (a dodge): no print of a phone reads them.
  [
    'hi-IN',
    'WhatsApp pe msg karo: 9.8.1.2.3.4.5.6.7.8',
    'WhatsApp pe msg karo: [PHONE]',
    'a mobile in dotted single digits',
  ],
  // Issue #14's rule leaves no Luhn-valid 13-19 digit run, whatever its label: an Amazon order's
  // 3-7-7 print and Saudi Arabia's fifteen-digit VAT number (3…3) pass Luhn one time in ten each
  // and go as cards (the first pass drew one of each by chance).
  [
    'ja-JP',
    '注文番号 250-1234567-8901234',
    '注文番号 250-1234567-8901234',
    'an order number that passes Luhn',
  ],
  [
    'ar-SA',
    'الرقم الضريبي ٣٠٠٠١٢٣٤٥٦٠٠٠٠٣',
    'الرقم الضريبي ٣٠٠٠١٢٣٤٥٦٠٠٠٠٣',
    'a VAT number that passes Luhn',
  ],
];

// Each script's zero (ASCII, Arabic-Indic, Persian, Devanagari, Thai, fullwidth): a value's digits
// as ASCII, for the checks below.

const firstRows = FRESH.flatMap(([, cases]) => cases);
const secondRows = SECOND.flatMap(([, cases]) => cases);

// Floors: what the first pass holds today, by type ([values, gone]); precision whole.
const FLOORS: Readonly<Record<string, readonly [number, number]>> = {
  phone: [71, 71],
  email: [13, 13],
  card: [11, 11],
  iban: [6, 6],
  aadhaar: [2, 2],
  upi: [1, 1],
  cpf: [2, 2],
  pesel: [2, 2],
  'tr-tckn': [2, 2],
  'ir-national-code': [1, 1],
  'ua-rnokpp': [2, 2],
  'eg-nid': [1, 1],
  'vn-cccd': [2, 2],
  'th-id': [2, 2],
  'id-nik': [2, 2],
};

describe('session 63: a fresh audit of twelve thin locales (issue #14)', () => {
  describe('the rows are what they say', () => {
    it('150 messages in twelve locales, each value and look-alike in its text', () => {
      expect(firstRows).toHaveLength(150);
      expect(new Set(firstRows.map(([locale]) => locale)).size).toBe(12);
      for (const [, text, go, stay] of [...firstRows, ...secondRows]) {
        for (const [, value] of go) expect(text).toContain(value);
        for (const value of stay) expect(text).toContain(value);
      }
    });

    it('every value is valid by its own algorithm', () => {
      const rows = [...firstRows, ...secondRows.filter(([, t]) => !LEFT_SECOND.has(t))];
      for (const [locale, , go] of rows)
        for (const [type, value] of go) {
          const d = digitsIn(value);
          if (type === 'phone') {
            const plus = asciiDigits(value).trim().startsWith('+') ? '+' : '';
            expect(isValidPhoneNumber(plus + d, locale.slice(3) as CountryCode), value).toBe(true);
          }
          if (type === 'iban') expect(isValidIBAN(value.replace(/ /g, '')), value).toBe(true);
          if (type === 'card') expect(luhnOk(d), value).toBe(true);
          if (type === 'cpf') expect(cpf(d.slice(0, 9))).toBe(d);
          if (type === 'tr-tckn') expect(tckn(d.slice(0, 9))).toBe(d);
          if (type === 'ir-national-code') expect(irCode(d.slice(0, 9))).toBe(d);
          if (type === 'aadhaar') expect(withVerhoeff(d.slice(0, 11))).toBe(d);
        }
      // PESEL: its date and serial completed by the corpus' helper.
      expect(pesel(1988, 4, 17, '2369')).toBe('88041723696');
      expect(pesel(1995, 11, 3, '2998')).toBe('95110329983');
    });
  });

  describeFreshPasses('fresh locales', {
    first: FRESH,
    second: SECOND,
    leftSecond: LEFT_SECOND,
    left: LEFT.map(([, text]) => text),
    floors: FLOORS,
    secondFloor: [21, 16],
  });

  describe('a bare mobile beside the words (main: whole)', () => {
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
