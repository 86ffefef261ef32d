// Properties of the ICU formats a team may write, with oracles from the platform alone (Intl and
// intl-messageformat as shipped): a date or time reads in the reply's zone, a calendar date is
// its own day in every zone, and a cached message renders what a fresh IntlMessageFormat does.
import fc from 'fast-check';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { compileMessage } from './compileMessage.js';
import { defineTemplates } from './defineTemplates.js';
import { renderReply } from './renderReply.js';

const LOCALES = ['en-US', 'de-DE', 'fr-FR', 'pl-PL', 'pt-BR', 'ja-JP', 'ar-EG', 'fa-IR', 'zh-CN'];
const ZONES = [
  'UTC',
  'Europe/Berlin',
  'Asia/Tehran',
  'America/St_Johns',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Australia/Lord_Howe',
];
const LANGUAGES = ['en', 'de', 'fr', 'pl', 'pt-BR', 'ja', 'ar', 'fa', 'zh-Hans'];
const message = '{at, date, medium} · {at, time, short} · {on, date, full} · {n, number}';
const catalog = defineTemplates({
  when: {
    params: { at: 'datetime', on: 'date', n: 'number' },
    messages: Object.fromEntries(LANGUAGES.map((l) => [l, { any: message }])),
  },
});
// Instants from 1950 to 2100, whole minutes.
const INSTANT = fc.integer({ min: -10_519_200, max: 68_374_080 }).map((m) => m * 60_000);
const DAY = fc
  .date({
    min: new Date('1950-01-01T00:00:00Z'),
    max: new Date('2100-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe('ICU formats through intl-messageformat', () => {
  it('dates and times read in the zone passed; a calendar date is its day in every zone', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.constantFrom(...ZONES),
        INSTANT,
        DAY,
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        (locale, timeZone, at, on, n) => {
          const text = renderReply(
            {
              template: 'when',
              locale,
              timeZone,
              params: { at: new Date(at).toISOString(), on, n },
            },
            [catalog],
          ).text;
          const inZone = (o: Intl.DateTimeFormatOptions, ms: number, zone: string) =>
            new Intl.DateTimeFormat(locale, { ...o, timeZone: zone }).format(ms);
          const expected = [
            inZone({ month: 'short', day: 'numeric', year: 'numeric' }, at, timeZone),
            inZone({ hour: 'numeric', minute: 'numeric' }, at, timeZone),
            // The day itself, read in UTC where it was written.
            inZone(
              { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' },
              Date.parse(`${on}T12:00:00Z`),
              'UTC',
            ),
            new Intl.NumberFormat(locale).format(n),
          ].join(' · ');
          expect(text).toBe(expected);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a cached message renders what a fresh IntlMessageFormat renders', () => {
    const plural =
      '{n, plural, offset:1 =0 {none} one {# and you} few {# few} many {# many} other {# others}} {n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} {s, select, a {A} other {?}}';
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.oneof(fc.integer({ min: -5, max: 250 }), fc.double({ min: 0, max: 50, noNaN: true })),
        fc.constantFrom('a', 'b', 'other'),
        (locale, n, s) => {
          const ours = compileMessage(plural, locale, 'UTC').format.format({ n, s });
          expect(ours).toBe(new IntlMessageFormat(plural, locale).format({ n, s }));
        },
      ),
      { numRuns: 300 },
    );
  });
});
