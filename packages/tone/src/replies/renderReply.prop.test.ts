import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from './catalog.js';
import { renderReply } from './renderReply.js';
import type { ParamKind } from './types.js';

const LOCALES = [
  'en-US',
  'de-DE',
  'fr-FR',
  'es-ES',
  'es-MX',
  'it-IT',
  'nl-NL',
  'pl-PL',
  'pt-BR',
  'pt-PT',
  'ja-JP',
  'ar-SA',
  'fa-IR',
  'zh-CN',
];
const ZONES = [
  'UTC',
  'Europe/Berlin',
  'Asia/Tehran',
  'America/Sao_Paulo',
  'Asia/Tokyo',
  'Pacific/Kiritimati',
  'America/St_Johns',
];
const CURRENCIES = ['EUR', 'JPY', 'IRR', 'BRL', 'PLN', 'SAR', 'KWD'];

const value = (kind: ParamKind): fc.Arbitrary<unknown> => {
  switch (kind) {
    case 'text':
      // Without braces, so that any brace in the output is a placeholder left unrendered (a brace a
      // customer typed is the next test's). Removing each value from the output instead failed
      // when one value held another ("a" and "{a": removing "a" first leaves "{").
      return fc.string({ maxLength: 20 }).map((s) => s.replace(/[{}]/g, ''));
    case 'number':
      return fc.oneof(fc.nat(1_000_000), fc.double({ min: 0, max: 1000, noNaN: true }));
    case 'money':
      return fc.record({
        amount: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        currency: fc.constantFrom(...CURRENCIES),
      });
    case 'date':
    case 'datetime':
      return fc.date({
        min: new Date('1970-01-01T00:00:00Z'),
        max: new Date('2100-12-31T00:00:00Z'),
        noInvalidDate: true,
      });
  }
};

describe('renderReply properties', () => {
  it('every template renders in every locale and register with any params, leaving no placeholder', () => {
    const templates = Object.entries(TEMPLATES);
    fc.assert(
      fc.property(
        fc.constantFrom(...templates).chain(([id, t]) =>
          fc.record({
            id: fc.constant(id),
            params: fc.record(
              Object.fromEntries(Object.entries(t.params).map(([k, kind]) => [k, value(kind)])),
            ),
          }),
        ),
        fc.constantFrom(...LOCALES),
        fc.constantFrom('formal', 'informal', undefined),
        fc.constantFrom(...ZONES),
        ({ id, params }, locale, register, timeZone) => {
          const r = renderReply(
            {
              template: id,
              locale,
              params: params as never,
              timeZone,
              ...(register !== undefined ? { register } : {}),
            },
            TEMPLATES,
          );
          expect(r.text.length).toBeGreaterThan(0);
          expect(r.text).not.toMatch(/[{}]/);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('renders a text value verbatim, braces and all: a value is never read as a message', () => {
    const [id, t] = Object.entries(TEMPLATES).find(([, t]) =>
      Object.values(t.params).includes('text'),
    ) as [string, (typeof TEMPLATES)[string]];
    const key = Object.entries(t.params).find(([, kind]) => kind === 'text')?.[0] as string;
    const params = Object.fromEntries(
      Object.entries(t.params).map(([k, kind]) => [
        k,
        k === key ? '{name} {a, plural, one {x} other {y}} }{' : kind === 'text' ? 'x' : undefined,
      ]),
    );
    fc.assert(
      fc.property(fc.constantFrom(...LOCALES), (locale) => {
        const r = renderReply(
          { template: id, locale, params: params as never, timeZone: 'UTC' },
          TEMPLATES,
        );
        // Right-to-left replies isolate each left-to-right stretch of a value (U+2068 … U+2069).
        expect(r.text.replace(/[\u2068\u2069]/g, '')).toContain(
          '{name} {a, plural, one {x} other {y}} }{',
        );
      }),
    );
  });
});
