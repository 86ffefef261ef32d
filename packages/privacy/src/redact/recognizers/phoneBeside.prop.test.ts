// V57a (issue #14): what stands right beside an international number in its span of phone-ish
// text, a date with its year or a time after it (since V58d a short date, "01.05.24", and a
// German time, "14.30 Uhr"), a time's minutes before it (phoneBeside.ts), and
// the card reading of the digits they make together (cardBeside.ts). Stated as the law: a number
// that goes alone goes the same beside a date or a time, and the date or the time stays as it is
// written. The phone reading agrees with its oracle (test/redact/phoneOracle.ts, which cuts the
// same spans its own way) on the same texts, and a "00" typed apart from its calling code reads
// before trailing groups where the plain reading (numberBeforeGroups) says.
import { fc, test } from '@fast-check/vitest';
import type { CountryCode } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { numberBeforeGroups, phoneAndOracle } from '../../../test/redact/phoneOracle.js';
import { contextOf } from '../../../test/redact/recognizerContext.js';
import { redact } from '../redact.js';
import { scanRuns } from '../runs.js';
import type { RecognizerMatch } from '../types.js';
import { bareCodeAfterCard } from './cardData.js';

// International numbers as customers type them, "+", "00" and "00" apart from the code: [locale,
// number].
const NUMBERS = [
  ['en-US', '+1 212 555-0187'],
  ['en-US', '00 1 212 555-0187'],
  ['en-US', '0044 20 7946 0018'],
  ['de-DE', '+49 30 1234567'],
  ['de-DE', '00 49 30 1234567'],
  ['de-DE', '0049 151 23456789'],
  ['fr-FR', '+33 6 12 34 56 78'],
  ['fr-FR', '0033 6 12 34 56 78'],
  ['pl-PL', '+48 601 234 567'],
  ['pl-PL', '00 48 601 234 567'],
  ['es-ES', '+34 612 34 56 78'],
  ['en-GB', '+44 20 7946 0018'],
  ['en-GB', '00 44 20 7946 0018'],
  ['pt-BR', '0055 11 98765-4321'],
] as const;

const two = (n: number) => String(n).padStart(2, '0');
const day = fc.integer({ min: 1, max: 28 });
const month = fc.integer({ min: 1, max: 12 });
const year = fc.integer({ min: 1990, max: 2030 });
// (Since V58d a short date with dots, a year of two digits, padded or not: "01.05.24", "1.5.24".)
const date = fc
  .tuple(
    day,
    month,
    year,
    fc.constantFrom('iso', 'dotted', 'slashed', 'dashed', 'short', 'shorter'),
  )
  .map(([d, m, y, form]) =>
    form === 'iso'
      ? `${y}-${two(m)}-${two(d)}`
      : form === 'dotted'
        ? `${two(d)}.${two(m)}.${y}`
        : form === 'slashed'
          ? `${two(m)}/${two(d)}/${y}`
          : form === 'dashed'
            ? `${two(d)}-${two(m)}-${y}`
            : form === 'short'
              ? `${two(d)}.${two(m)}.${two(y % 100)}`
              : `${d}.${m}.${two(y % 100)}`,
  );
// (Since V58d a German one with a dot and "Uhr": "14.30 Uhr".)
const time = fc
  .tuple(
    fc.integer({ min: 0, max: 23 }),
    fc.integer({ min: 0, max: 59 }),
    fc.constantFrom(':', 'h', '.'),
  )
  .map(([h, m, mark]) => `${h}${mark}${two(m)}${mark === '.' ? ' Uhr' : ''}`);
// After the number: a date, a time, or both; before it: a time, or nothing.
const after = fc.oneof(
  date,
  time,
  fc.tuple(date, time).map(([d, t]) => `${d} ${t}`),
  date.map((d) => `(${d})`),
);
const before = fc.oneof(
  fc.constant(''),
  time.map((t) => `${t} `),
);

describe('a date or a time beside an international number (V57a)', () => {
  test.prop([fc.constantFrom(...NUMBERS), before, after, fc.boolean()], { numRuns: 300 })(
    'the number goes as alone, the date and the time stay',
    ([locale, number], ahead, behind, both) => {
      fc.pre(redact(number, { locale }).text === '[PHONE]');
      const tail = both ? ` ${behind}` : '';
      const text = `${ahead}${number}${tail}`;
      fc.pre(text !== number);
      expect(redact(text, { locale }).text).toBe(`${ahead}[PHONE]${tail}`);
    },
  );

  test.prop(
    [fc.constantFrom(...NUMBERS), before, after, fc.constantFrom('', 'tel ', 'Order 4711 ')],
    { numRuns: 300 },
  )('the phone reading agrees with its oracle', ([locale, number], ahead, behind, lead) => {
    const text = `${lead}${ahead}${number} ${behind}`;
    const [phone, oracle] = phoneAndOracle(contextOf(text, locale, locale.slice(3) as never));
    expect(phone, text).toEqual(oracle);
  });

  // Neither vacuous nor of one side: the two readings cut the span where a date or a time stands.
  it.each([
    ['en-US', '+1 212 555-0187 2024-05-01', [0, 15]],
    ['en-US', '+1 212 555-0187 14:30', [0, 15]],
    ['en-US', '12:30 0044 20 7946 0018', [6, 23]],
    ['fr-FR', '+33 6 12 34 56 78 14h30', [0, 17]],
    ['de-DE', '+49 30 1234567 14.30 Uhr', [0, 14]],
    ['de-DE', '+49 30 1234567 01.05.24', [0, 14]],
  ] as const)('%s %j: both read the number alone', (locale, text, [start, end]) => {
    const [phone, oracle] = phoneAndOracle(contextOf(text, locale, locale.slice(3) as never));
    expect(phone.map((m) => [m.start, m.end])).toEqual([[start, end]]);
    expect(oracle).toEqual(phone);
  });
});

describe('"00" typed apart from its calling code, then digit groups (V57a)', () => {
  const groups = fc.array(fc.stringMatching(/^[0-9]{1,4}$/), { minLength: 1, maxLength: 3 });
  const spaced = NUMBERS.filter(([, n]) => n.startsWith('00 '));
  test.prop([fc.constantFrom(...spaced), groups], { numRuns: 100 })(
    'the number before the groups ends where its "+" form ends, and where the plain reading ends it',
    ([locale, number], tail) => {
      const rest = tail.join(' ');
      fc.pre(rest.replace(/ /g, '').length >= 3);
      const country = locale.slice(3) as CountryCode;
      const read = `${number} ${rest}`;
      const plus = `+${number.slice(3)} ${rest}`;
      const shift = read.length - plus.length;
      const first = (text: string) => redact(text, { locale }).findings.find((g) => g.start === 0);
      const p = first(plus);
      const f = first(read);
      // Where the "+" form reads as the plain reading says (a Luhn-valid run goes whole as a
      // card's, and its union with the number, fail closed: not compared).
      fc.pre(p?.type === 'phone' && p.end === numberBeforeGroups(plus, country, true));
      expect(f?.type).toBe('phone');
      expect(f?.end).toBe((p?.end ?? 0) + shift);
      expect(f?.end).toBe(numberBeforeGroups(read, country, true));
    },
  );
});

describe('no card code after a run led by "0" (V57a)', () => {
  const digits = fc.stringMatching(/^[0-9]{12,18}$/);
  test.prop([digits, fc.stringMatching(/^[0-9]{3}$/), fc.constantFrom(' ', ', ', '; ', '\n')])(
    'bareCodeAfterCard reads no code after it',
    (body, code, gap) => {
      const s = `0${body}${gap}${code}`;
      const found: RecognizerMatch[] = [];
      for (const run of scanRuns(s))
        if (run.digitCount >= 13 && run.digitCount <= 23) bareCodeAfterCard(s, run, found);
      expect(found).toEqual([]);
    },
  );

  it('still reads the code after a card', () => {
    expect(redact('card 4111 1111 1111 1111; 212', { locale: 'en-US' }).text).toBe(
      'card [CARD]; [CARD_CODE]',
    );
  });
});
