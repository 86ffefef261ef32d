// The recommendation against the domain's laws, and against a brute-force oracle written from the
// data and the definitions alone (plain loops, day strings compared as text; nothing shared).
import { fc, test } from '@fast-check/vitest';
import {
  PAYMENT_DATASET,
  type PaymentMethod,
  recommendPaymentMethods,
} from '@meridian-cx/payments';
import { describe, expect, test as it_ } from 'vitest';
import { DATASET_COUNTRIES } from '../data/countries.js';

const providerIds = PAYMENT_DATASET.providers.map((p) => p.id);
const currencies = [...new Set(PAYMENT_DATASET.methods.flatMap((m) => m.currencies.value))].sort();

const localCurrencies = (country: string) => [
  ...new Set(
    PAYMENT_DATASET.methods
      .filter((m) => (m.countries.value as string[]).includes(country))
      .flatMap((m) => m.currencies.value),
  ),
];

// Mostly a currency some method of the country takes, sometimes any currency of the dataset.
const place = fc.constantFrom(...DATASET_COUNTRIES).chain((country) =>
  fc.record({
    country: fc.constant(country),
    currency: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...localCurrencies(country)) },
      { weight: 1, arbitrary: fc.constantFrom(...currencies) },
    ),
  }),
);

const request = fc
  .record({
    place,
    amount: fc.oneof(
      fc.integer({ min: 0, max: 10_000 }),
      fc.integer({ min: 0, max: 3_000_000_000 }),
    ),
    device: fc.constantFrom('mobile' as const, 'desktop' as const),
    recurring: fc.boolean(),
    providers: fc.subarray(providerIds, { minLength: 1 }),
    at: fc
      .integer({ min: Date.parse('2023-01-01T00:00:00Z'), max: Date.parse('2028-01-01T00:00:00Z') })
      .map((ms) => new Date(ms).toISOString()),
  })
  .map(({ place: p, ...rest }) => ({
    ...rest,
    country: p.country,
    currency: p.currency,
    dataset: PAYMENT_DATASET,
  }));

type Request = typeof request extends fc.Arbitrary<infer T> ? T : never;

/** The oracle: which methods, through which providers, straight from the definitions. */
function oracle(q: Request): Map<string, string[]> {
  const day = q.at.slice(0, 10);
  const within = (from?: string, until?: string) =>
    (from === undefined || day >= from) && (until === undefined || day <= until);
  const out = new Map<string, string[]>();
  for (const m of PAYMENT_DATASET.methods as readonly PaymentMethod[]) {
    if (!(m.countries.value as string[]).includes(q.country)) continue;
    if (!within(m.availableFrom?.value, m.availableUntil?.value)) continue;
    if (!(m.currencies.value as string[]).includes(q.currency)) continue;
    if (m.device && m.device.value[q.device] === 'unsupported') continue;
    const ok: string[] = [];
    for (const t of m.providers) {
      if (!q.providers.includes(t.provider)) continue;
      if (!within(t.availableFrom?.value, t.availableUntil?.value)) continue;
      if (t.currencies && !(t.currencies.value as string[]).includes(q.currency)) continue;
      let fits = true;
      for (const l of t.min?.value ?? [])
        if (l.currency === q.currency && q.amount < l.amount) fits = false;
      for (const l of t.max?.value ?? [])
        if (l.currency === q.currency && q.amount > l.amount) fits = false;
      if (!fits) continue;
      if (q.recurring && t.recurring?.value !== true) continue;
      ok.push(t.provider);
    }
    if (ok.length > 0) out.set(m.id, ok);
  }
  return out;
}

const byId = new Map(PAYMENT_DATASET.methods.map((m) => [m.id, m]));

let shown = 0;

describe('recommendPaymentMethods, properties', () => {
  test.prop([request], { numRuns: 300 })(
    'agrees with the brute-force oracle, method by method and provider by provider',
    (q) => {
      const r = recommendPaymentMethods(q);
      const got = new Map(r.recommended.map((m) => [m.method, [...m.providers]]));
      const want = oracle(q);
      expect(got).toEqual(want);
      shown += want.size;
    },
  );

  test.prop([request], { numRuns: 200 })(
    'a recommended method never violates its limits, currency, device or dates at the providers it is recommended for',
    (q) => {
      const day = q.at.slice(0, 10);
      for (const rec of recommendPaymentMethods(q).recommended) {
        const m = byId.get(rec.method) as PaymentMethod;
        expect(m.currencies.value).toContain(q.currency);
        expect(m.device?.value[q.device]).not.toBe('unsupported');
        if (m.availableUntil) expect(day <= m.availableUntil.value).toBe(true);
        for (const p of rec.providers) {
          const t = m.providers.find((x) => x.provider === p);
          expect(q.providers).toContain(p);
          for (const l of t?.max?.value ?? [])
            if (l.currency === q.currency) expect(q.amount).toBeLessThanOrEqual(l.amount);
          for (const l of t?.min?.value ?? [])
            if (l.currency === q.currency) expect(q.amount).toBeGreaterThanOrEqual(l.amount);
          if (t?.availableUntil) expect(day <= t.availableUntil.value).toBe(true);
          if (q.recurring) expect(t?.recurring?.value).toBe(true);
        }
      }
    },
  );

  test.prop([request, fc.nat()], { numRuns: 200 })(
    'removing a provider never adds a method',
    (q, k) => {
      const fewer = q.providers.filter((_, i) => i !== k % q.providers.length);
      const all = new Set(recommendPaymentMethods(q).recommended.map((m) => m.method));
      const some =
        fewer.length === 0
          ? []
          : recommendPaymentMethods({ ...q, providers: fewer }).recommended.map((m) => m.method);
      for (const m of some) expect(all.has(m)).toBe(true);
    },
  );

  test.prop([request], { numRuns: 200 })(
    'a method past its availableUntil is never recommended',
    (q) => {
      const day = q.at.slice(0, 10);
      for (const rec of recommendPaymentMethods(q).recommended) {
        const until = byId.get(rec.method)?.availableUntil?.value;
        if (until) expect(day > until).toBe(false);
      }
    },
  );

  test.prop([request], { numRuns: 100 })(
    'every method used in the country is either shown or left out with a reason, once',
    (q) => {
      const r = recommendPaymentMethods(q);
      const ids = [...r.recommended, ...r.leftOut].map((m) => m.method).sort();
      const expected = PAYMENT_DATASET.methods
        .filter((m) => (m.countries.value as string[]).includes(q.country))
        .map((m) => m.id)
        .sort();
      expect(ids).toEqual(expected);
      for (const m of r.leftOut) expect(m.reasons.length).toBeGreaterThan(0);
    },
  );

  it_('the oracle comparison saw real recommendations, not only empty answers', () => {
    expect(shown).toBeGreaterThan(100);
  });
});
