import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { negotiateLocale } from './negotiateLocale.js';

const TAGS = [
  'de',
  'de-AT',
  'de-CH',
  'fr',
  'fr-CA',
  'es-419',
  'es-AR',
  'es',
  'pt-AO',
  'pt-BR',
  'zh-HK',
  'zh-CN',
  'zh-Hant',
  'ja',
  'is',
  'ca',
  'nb',
  'da',
  'sv',
  'en-AU',
  'en',
  'ar-EG',
  'fa',
  'he',
];
const SUPPORTED = [
  'en-US',
  'en-GB',
  'de-DE',
  'fr-FR',
  'es-ES',
  'es-MX',
  'pt-BR',
  'pt-PT',
  'zh-CN',
  'zh-TW',
  'ja-JP',
  'ar-SA',
  'fa-IR',
  'sv-SE',
  'da-DK',
];

const desk = fc.subarray(SUPPORTED, { minLength: 1 }).chain((supported) =>
  fc.record({
    supported: fc.constant(supported),
    default: fc.constantFrom(...supported),
    nordic: fc.boolean(),
  }),
);
const request = fc.array(
  fc.record({ tag: fc.constantFrom(...TAGS), q: fc.constantFrom(1, 0.8, 0.5, 0.2) }),
  { maxLength: 6 },
);

describe('negotiateLocale properties', () => {
  it('always answers with a supported locale', () => {
    fc.assert(
      fc.property(
        desk,
        request,
        fc.option(fc.constantFrom('CH', 'BE', 'CA', 'IN', 'US', 'IS'), { nil: undefined }),
        (d, requested, country) => {
          const r = negotiateLocale({
            requested,
            supported: d.supported,
            default: d.default,
            allow: { nordic: d.nordic },
            ...(country !== undefined ? { country } : {}),
          });
          expect(d.supported).toContain(r.locale);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is stable under reordering of equally weighted requests', () => {
    fc.assert(
      fc.property(
        desk,
        request,
        fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })),
        (d, requested, noise) => {
          const shuffled = requested
            .map((r) => ({ r, k: r.q * 10 + noise.next().value }))
            .sort((a, b) => b.r.q - a.r.q || a.k - b.k)
            .map((x) => x.r);
          const a = negotiateLocale({
            requested,
            supported: d.supported,
            default: d.default,
            allow: { nordic: d.nordic },
          });
          const b = negotiateLocale({
            requested: shuffled,
            supported: d.supported,
            default: d.default,
            allow: { nordic: d.nordic },
          });
          expect(b.locale).toBe(a.locale);
          expect(b.rule).toBe(a.rule);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('an exact request always wins over the default', () => {
    fc.assert(
      fc.property(desk, (d) => {
        for (const s of d.supported)
          expect(
            negotiateLocale({ requested: s, supported: d.supported, default: d.default }).locale,
          ).toBe(s);
      }),
    );
  });
});
