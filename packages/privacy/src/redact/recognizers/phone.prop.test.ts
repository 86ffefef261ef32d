// The phone recognizer against its oracle (test/redact/phoneOracle.ts: the scan of every character
// of faa7deb, its tests in their first order, its window cache): the same numbers, same offsets,
// same confidence, on generated text in every digit script, with separators, labels, lone
// digits, long runs and glue, with and without what the earlier recognizers hold.
import { fc, test } from '@fast-check/vitest';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { phoneAndOracle, spansFromRuns } from '../../../test/redact/phoneOracle.js';
import { contextOf as sharedContext } from '../../../test/redact/recognizerContext.js';
import { withoutClaims } from '../claims.js';
import { redact } from '../redact.js';
import { codeEndsAt } from '../runs.js';
import type { RecognizerContext } from '../types.js';
import { phoneSpans, plusOrOutDial } from './phone.js';

const PIECES = [
  '+48 600 123 456',
  '600 123 456',
  '600123456',
  '(11) 98765-4321',
  '+44 (0)20 7946 0018',
  '0044 20 7946 0018',
  '020 7946 0018',
  '06 12 34 56 78',
  '06-12-34-56-78',
  '312.345.0778',
  '+1 (201) 555-0123',
  '201-555-0123',
  '090-1234-5678',
  '720-6368',
  '79804-669',
  '98765 43210',
  ' +918123451844',
  '+0912 345 6789',
  'tel +06 12 34 56 78',
  'tel + 06 12 34 56 78',
  '%2B48%20600%20123%20456',
  // What mails and forms carry (T24b): a number at a link's end, a label on the line above.
  'https://a.pl/kontakt/600-123-456',
  'https://a.de/produkt/4711-0815',
  'Phone\n2125550187',
  'Order number:\n212-555-0187',
  // A number wrapped at its line's end, quoted or not (session 22).
  '+1 212 555\n> 0187',
  'tel 600 123\n456',
  '0048 600 123\r\n456 ',
  '+48 600 123\n456 789',
  // The wrapped reading's rules (T28b, T29b): a country code alone or a short head on the line
  // before, five groups after "+33", one long last group only as libphonenumber prints it, a
  // "-" only where it prints a space, a trunk "(0)" the print drops, a column of values.
  '+48\n600 123 456',
  '> 0048\n> 600 123 456',
  'tel. +48 600\n123 456',
  '+33\n6 12 34 56 78',
  '+44 7911\n123456',
  '+48 600\n558812',
  '+1 212\n555-0187',
  '+49 30\n00-950 Warszawa',
  '+44 (0)7400\n123584',
  '0000\n0049 6700\n03',
  '0045\n3234 6808',
  // A national first part after a phone label and one long group below, the print's or not.
  'Kontakt: 01512\n3451013',
  'tel 0151\n23451013',
  'my no. is 07400\n123716',
  'Bel me op 06\n12348799',
  'لطفاً با 0912\n345 9290 تماس بگیرید',
  '4907214368 99318934116785 ',
  'phone=%2b12125550187',
  'order 558812. 07911 123 456',
  '4111 1111 1111 1111',
  'PL61 1090 1014 0000 0712 1981 2874',
  '44051401458',
  '12.05.2024',
  '2024-05-12',
  'November 2024 09',
  '2024 0151 23456789',
  '30.11.2024-02.12.2024',
  '30.11.-02.12.2024',
  'KW 48/2024',
  '2019/2020',
  '2012 3456',
  '35.681236 139.767125',
  '192.168.1.20',
  '1 2 3 4 5 6 7',
  '1) (2) (3) (4) (5) (6',
  '12345678901234567890',
  '(0)',
  '00',
  '+',
  '(',
  ')',
  '/',
  'tel ',
  'Tel: ',
  'phone ',
  'mobile ',
  'order ',
  'invoice ',
  'version ',
  'v',
  'SKU-',
  '#',
  '_',
  'x',
  '電話',
  'تلفن ',
  // Hostile shapes: spans longer than a window, read in windows.
  '1 '.repeat(30),
  '+1 '.repeat(20),
  '(1) '.repeat(15),
  '4'.repeat(40),
  '12 34 '.repeat(10),
  '+48 600 123 456 '.repeat(4),
  // Parts read apart: a date before a number, numbers listed with " / ".
  '30/11/2024 06 12 34 56 78',
  ' / ',
  // Lists read a number at a time (T25a): spaces only, "00"-led, " - " and " / " between.
  '600 123 456 601 234 567 602 345 678 603 456 789 604 567 890',
  '0048 600 123 456 0048 601 234 567 0048 602 345 678',
  '+1 212 555 0187 +1 212 555 0188 +1 212 555 0189 ',
  '600-123-456 - 601-234-567 / 602 345 678 ',
  '2125550187 2125550188 ',
  // (V55b) A list longer than a window with "/" glued between its numbers.
  'tel 07911 123457/07911 123457/7911 123456/7911 123456',
  'tel 030/1234567/0151/23456789/030/1234567/0151/23456789',
  // (V56f) A break inside a first group, after a national head's "-" before one long group, a
  // Japanese reference cut by a line's end, a "/" list of trunk-led numbers.
  'tel 21\n2 555-0187',
  'tel 0151 234-\n56789',
  'tel 4711-2345-6\n789 ok',
  'tel 0151/23456789/0151/23456789/0151/23456789/0151/23456789',
];

const SCRIPTS = [0x30, 0x6f0, 0x660, 0x966, 0xff10];
const inScript = (s: string, zero: number) =>
  s.replace(/[0-9]/g, (d) => String.fromCharCode(zero + Number(d)));

const text = fc
  .tuple(
    fc.array(
      fc.tuple(
        fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
          { weight: 2, arbitrary: fc.stringMatching(/^[0-9 ()+./-]{1,20}$/) },
          { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
        ),
        fc.constantFrom(' ', '', ', ', '\n', '\u00a0', '\u200f', '-', '.'),
      ),
      { maxLength: 12 },
    ),
    fc.constantFrom(...SCRIPTS),
  )
  .map(([parts, zero]) => inScript(parts.map(([p, sep]) => p + sep).join(''), zero));

/**
 * Whether codeEndsAt holds at a space of `t` that a digit follows: a code of letters and digits
 * ends a span there, the number after it read apart.
 */
function codeEndsBeforeDigits(t: string): boolean {
  for (let k = t.indexOf(' '); k > 0; k = t.indexOf(' ', k + 1))
    if (/[0-9]/.test(t.charAt(k + 1)) && codeEndsAt(t, k)) return true;
  return false;
}

const COUNTRIES = ['PL', 'GB', 'US', 'BR', 'FR', 'IR', 'IN', 'JP', 'DE', undefined] as const;

const contextOf = (t: string, country: RecognizerContext['country']) =>
  sharedContext(t, 'en-GB', country);

/** Both readings of one context, after the earlier recognizers' claims as `collect` makes them. */
function both(t: string, country: RecognizerContext['country']) {
  const context = contextOf(t, country);
  return phoneAndOracle(context);
}

describe('the phone recognizer finds what its oracle finds', () => {
  test.prop([text, fc.constantFrom(...COUNTRIES)])(
    'with the earlier recognizers’ claims',
    (t, country) => {
      const [fast, plain] = both(t, country);
      expect(fast).toEqual(plain);
    },
  );

  test.prop([text, fc.constantFrom(...COUNTRIES)])('without claims', (t, country) => {
    const [fast, plain] = withoutClaims(() => both(t, country));
    expect(fast).toEqual(plain);
  });

  test.prop([text])(
    'its spans, read a group at a time, are those read a character at a time',
    (t) => {
      const context = contextOf(t, undefined);
      expect(phoneSpans(context)).toEqual(spansFromRuns(context).flat());
    },
  );

  // phoneSpans asks codeEndsAt at a space only while every unit from the span's start is a digit
  // (T65b): after any other unit, which a phone's span holds and no code's letters are, the digits
  // before the space stand after it. Codes glued to their digits, then spaces and groups, against
  // the scan that asks at every space.
  const code = fc
    .tuple(
      fc.stringMatching(/^[A-Za-z0-9]{0,8}$/),
      fc.constantFrom('A', 'k', 'QK12AB3CD', '-', '+', '(', '.', ''),
      fc.stringMatching(/^[0-9]{1,6}$/),
    )
    .map(([a, b, c]) => a + b + c);
  const afterCodes = fc
    .array(
      fc.tuple(
        fc.oneof(code, fc.constantFrom(...PIECES), fc.stringMatching(/^[0-9 ()+./-]{1,12}$/)),
        fc.constantFrom(' ', ' ', ' ', '  ', '', '\n', ' - ', '.'),
      ),
      { maxLength: 8 },
    )
    .map((parts) => parts.map(([p, sep]) => p + sep).join(''));

  test.prop([afterCodes])('its spans after codes are those read a character at a time', (t) => {
    const context = contextOf(t, undefined);
    expect(phoneSpans(context)).toEqual(spansFromRuns(context).flat());
  });

  it('codes end spans in the generated text (the property above is not vacuous)', () => {
    const ended = fc.sample(afterCodes, { numRuns: 300, seed: 12 }).filter(codeEndsBeforeDigits);
    expect(ended.length).toBeGreaterThanOrEqual(15);
  });

  it('the generated text holds numbers (the property is not vacuous)', () => {
    const samples = fc.sample(fc.tuple(text, fc.constantFrom(...COUNTRIES)), {
      numRuns: 300,
      seed: 12,
    });
    const hits = samples.filter(([t, c]) => both(t, c)[1]?.length).length;
    expect(hits).toBeGreaterThanOrEqual(60);
  });

  it('the generated text holds numbers wrapped across lines (the wrapped rules are compared)', () => {
    const samples = fc.sample(fc.tuple(text, fc.constantFrom(...COUNTRIES)), {
      numRuns: 300,
      seed: 12,
    });
    const wraps = samples.filter(([t, c]) =>
      both(t, c)[1]?.some((m) => /\n/.test(t.slice(m.start, m.end))),
    ).length;
    expect(wraps).toBeGreaterThanOrEqual(30);
  });

  it('finds a number in Persian digits after a label, and none in lone digits', () => {
    expect(both('تلفن ۰۹۱۲ ۳۴۵ ۶۷۸۹', 'IR')[0]).toEqual([{ start: 5, end: 18, confidence: 0.9 }]);
    expect(both('tel 1 2 3 4 5 6 7 8 9', 'GB')[0]).toEqual([]);
  });
});

// Digits typed one by one, to pass a filter or as read out, spell the number they make: after a
// phone label they go exactly when the number written whole goes; without a label they stay
// (T23b audit).
const NATIONAL: readonly (readonly [string, string])[] = [
  ['en-US', '2125550187'],
  ['en-GB', '07911123456'],
  ['de-DE', '015123456789'],
  ['pl-PL', '600123456'],
  ['fr-FR', '0612345678'],
  ['pt-BR', '11961234567'],
  ['hi-IN', '9876543210'],
  ['ja-JP', '09012345678'],
  ['fa-IR', '09123456789'],
  ['en-US', '1234567'],
  ['pl-PL', '123456789'],
];
const LABELS = ['tel ', 'Handy: ', 'call me on ', 'मेरा नंबर ', '電話は', 'تلفن '];
const ZEROS = [0x30, 0x966, 0x6f0, 0x660, 0xff10];

describe('digits typed one by one', () => {
  test.prop([fc.constantFrom(...NATIONAL), fc.constantFrom(...LABELS), fc.constantFrom(...ZEROS)])(
    'after a phone label go exactly as the number written whole',
    ([locale, digits], label, zero) => {
      const script = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(zero + Number(d)));
      const spaced = script(digits.split('').join(' '));
      const phones = (value: string, before: string) =>
        redact(before + value, { locale })
          .findings.filter((f) => f.type === 'phone')
          .map((f) => [f.start - before.length, f.end - before.length]);
      const whole = phones(script(digits), label).some(([s, e]) => s === 0 && e === digits.length);
      expect(phones(spaced, label)).toEqual(whole ? [[0, spaced.length]] : []);
      expect(phones(spaced, 'steps ')).toEqual([]);
    },
  );
});

// A form mailed as text writes a field's label on its own line and the value under it: the value
// goes exactly as it does after the label on the same line, and under an order's label it stays
// as it does there (T24b audit).
const FORM_LABELS = [
  'Phone',
  'Telefon:',
  'Handynummer',
  'Téléphone :',
  '電話番号：',
  'شماره موبایل:',
];
const REFERENCE_LABELS = ['Order number:', 'Numer zamówienia', '注文番号：', 'Bestellnummer'];

describe('a value on the line under its label', () => {
  test.prop([fc.constantFrom(...NATIONAL), fc.constantFrom(...FORM_LABELS, ...REFERENCE_LABELS)])(
    'goes exactly as it does after the label on its line',
    ([locale, digits], label) => {
      const phones = (t: string, at: number) =>
        redact(t, { locale })
          .findings.filter((f) => f.type === 'phone')
          .map((f) => [f.start - at, f.end - at]);
      const inLine = phones(`${label} ${digits}`, label.length + 1);
      expect(phones(`${label}\n${digits}\nthanks`, label.length + 1)).toEqual(inLine);
    },
  );
});

// A mail client wraps a long line at a space (~72 columns), a quoted reply marks the next line with
// "> ", a chat paste breaks it: a number so cut goes as it does on one line where its first line's
// part is a phone's by today's rules (a phone label before it, a leading "+" or "00", or since
// session 52 a leading trunk "0", as a bare national number needs on one line) and holds
// no number alone; without that, and where the next line holds a value of its own, no finding
// crosses the break (session 22).
const WRAPPED: readonly (readonly [string, string])[] = [
  ['en-US', '+1 212 555 0187'],
  ['en-US', '(212) 555 0187'],
  ['pl-PL', '600 123 456'],
  ['pl-PL', '+48 600 123 456'],
  ['pl-PL', '0048 600 123 456'],
  ['en-US', '+48 22 123 45 67'],
  ['fr-FR', '06 12 34 56 78'],
  ['de-DE', '+49 30 1234 5678'],
  ['en-GB', '+44 20 7946 0018'],
  ['es-ES', '612 34 56 78'],
];
const BREAK_MARKS = ['\n', '\r\n', ' \n', '\n> ', '\n> > ', '\n>'];
const WRAP_LABELS = ['my phone is ', 'tel ', 'Telefon: ', 'see ', ''];
// What the next line may start with that no number continues into. (A quantity or an amount
// without decimals that completes the number, "+1 212 555\n1 299 zł", reads as its end and goes:
// no digit says otherwise, and such a first line is no number alone.)
const NEXT_LINES = [
  '12.05.2024 ok',
  '1 299,00 zł',
  '00-950 Warszawa',
  'Order 558812',
  '558812 is the order',
  '600 123 456',
  '+48 601 234 567',
  '2125550187',
  '4111 1111 1111 1111',
  '10:45',
  '2',
];

describe('a number a mail wrapped', () => {
  test.prop([
    fc.constantFrom(...WRAPPED),
    fc.constantFrom(...BREAK_MARKS),
    fc.nat(),
    fc.constantFrom(...WRAP_LABELS),
    fc.constantFrom(...ZEROS),
  ])(
    'goes as it does on one line where its first part is a phone’s, in any digit script',
    ([locale, number], mark, at, label, zero) => {
      const cuts = [...number.matchAll(/ /g)].map((m) => m.index);
      const cut = cuts[at % cuts.length] as number;
      const head = number.slice(0, cut);
      const tail = number.slice(cut + 1);
      const script = (t: string) => t.replace(/\d/g, (d) => String.fromCharCode(zero + Number(d)));
      const phones = (t: string) =>
        redact(script(t), { locale })
          .findings.filter((f) => f.type === 'phone')
          .map((f) => [f.start - label.length, f.end - label.length]);
      // The first part alone holds no number and has the six digits a phone-ish span needs.
      fc.pre(head.replace(/\D/g, '').length >= 6 && phones(`${label}${head}`).length === 0);
      const wrapped = `${head}${mark}${tail}`;
      const one = phones(`${label}${number}, ok`);
      // A head led by the trunk "0" needs no label (session 52): a bare national number on one
      // line needs a label or its trunk prefix, and wrapped it reads as it does there.
      const gate = /^(?:\+|0)/.test(head) || ['my phone is ', 'tel ', 'Telefon: '].includes(label);
      const whole = one.length === 1 && one[0]?.[0] === 0 && one[0]?.[1] === number.length;
      expect(phones(`${label}${wrapped}, ok`)).toEqual(gate && whole ? [[0, wrapped.length]] : []);
    },
  );

  test.prop([
    fc.constantFrom(...WRAPPED),
    fc.constantFrom(...BREAK_MARKS),
    fc.nat(),
    fc.constantFrom(...WRAP_LABELS),
    fc.constantFrom(...NEXT_LINES),
  ])(
    'no finding crosses the break into a value of the next line',
    ([locale, number], mark, at, label, next) => {
      const cuts = [...number.matchAll(/ /g)].map((m) => m.index);
      const head = number.slice(0, cuts[at % cuts.length] as number);
      // A "+" or "00" and fewer than six digits (no number alone) that the next line's groups
      // complete into one valid number is that number's start, wrapped (T28b, issue #14: "+48\n600
      // 123 456" is "+48 600 123 456" cut at its first space, and goes whole).
      const digits = next.match(/^\d[\d ]*\d(?![\d.,:-])/)?.[0];
      const joined = parsePhoneNumberFromString(`${head.replace(/^00/, '+')} ${digits}`);
      fc.pre(!(/^(?:\+|00)/.test(head) && head.replace(/\D/g, '').length < 6 && joined?.isValid()));
      const t = `${label}${head}${mark}${next}`;
      const lineEnd = label.length + head.length;
      const crossing = redact(t, { locale }).findings.filter(
        (f) => f.start < lineEnd && f.end > lineEnd,
      );
      expect(crossing).toEqual([]);
    },
  );

  it('goes whole: unquoted, quoted, after a label, with "\\r\\n"', () => {
    const text = (t: string, locale: string) => redact(t, { locale }).text;
    expect(text('My phone is +48 600 123\n456 thanks', 'pl-PL')).toBe('My phone is [PHONE] thanks');
    expect(text('My phone is +48 600 123\n456 thanks', 'en-US')).toBe('My phone is [PHONE] thanks');
    expect(text('tel 600 123\n456', 'pl-PL')).toBe('tel [PHONE]');
    expect(text('+1 212 555\n0187', 'en-US')).toBe('[PHONE]');
    expect(text('+1 212 555\r\n0187', 'en-US')).toBe('[PHONE]');
    expect(text('> +48 600 123\n> 456', 'pl-PL')).toBe('> [PHONE]');
  });

  it('stays apart: no label and no "+", a number of its own on each line, more digits after', () => {
    for (const t of ['see 600 123\n456', 'tel 600 123\n456 789', '+48 600 123 456\n601 234 567'])
      expect(
        redact(t, { locale: 'pl-PL' }).findings.every(
          (f) => !t.slice(f.start, f.end).includes('\n'),
        ),
      ).toBe(true);
  });
});

// phonesIn picks a span's cover by whether it holds a "+" or "00", read in the shadow between the
// span's ends (T51c: not in the slice cut from it). The two searches of the slice are its oracle:
// a "0" at the span's end before a "0" past it, or a "+" just outside it, is none of the span's.
describe('plusOrOutDial', () => {
  const unit = fc.constantFrom('0', '0', '+', '1', ' ', '-', '(', 'a');
  test.prop([fc.string({ unit, maxLength: 16 }), fc.nat(), fc.nat()], { numRuns: 2000 })(
    "reads what the slice's two searches read",
    (shadow, a, b) => {
      const n = shadow.length + 1;
      const s = Math.min(a % n, b % n);
      const e = Math.max(a % n, b % n);
      const slice = shadow.slice(s, e);
      expect(plusOrOutDial(shadow, s, e)).toBe(slice.includes('+') || slice.includes('00'));
    },
  );
  // It searches the shadow from a span's start and keeps what it found for the next span (V59b):
  // spans of one shadow asked one after another, in order or not, read as each alone does.
  test.prop(
    [
      fc.string({ unit, maxLength: 24 }),
      fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 12 }),
      fc.boolean(),
    ],
    { numRuns: 2000 },
  )("reads each of a shadow's spans, asked in a row, as its slice", (shadow, pairs, sorted) => {
    const n = shadow.length + 1;
    const spans = pairs.map(([a, b]) => [Math.min(a % n, b % n), Math.max(a % n, b % n)] as const);
    if (sorted) spans.sort((x, y) => x[0] - y[0]);
    for (const [s, e] of spans) {
      const slice = shadow.slice(s, e);
      expect(plusOrOutDial(shadow, s, e)).toBe(slice.includes('+') || slice.includes('00'));
    }
  });
});
