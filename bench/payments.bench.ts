// recommendPaymentMethods against the filter a checkout developer would hand-write over the same
// data (no index, no reasons, no validation), and convertWithRates against dinero.js 2's convert,
// on the same inputs in one process. Ours validates every request and explains every decision.

import type { CountryCode, CurrencyCode } from '@meridian-cx/core';
import {
  convertWithRates,
  PAYMENT_DATASET,
  type PaymentMethod,
  recommendPaymentMethods,
} from '@meridian-cx/payments';
import { convert as dConvert, dinero, toSnapshot } from 'dinero.js';
import { EUR, JPY } from 'dinero.js/currencies';
import { compare, random, scale } from './lib.js';

type Q = {
  country: CountryCode;
  currency: CurrencyCode;
  amount: number;
  device: 'mobile' | 'desktop';
  recurring: boolean;
  providers: string[];
  at: string;
};

const COUNTRIES = ['PL', 'NL', 'BE', 'DE', 'BR', 'MX', 'CN', 'JP', 'KR', 'IN', 'TH', 'US'] as const;
const LOCAL: Record<(typeof COUNTRIES)[number], CurrencyCode> = {
  PL: 'PLN',
  NL: 'EUR',
  BE: 'EUR',
  DE: 'EUR',
  BR: 'BRL',
  MX: 'MXN',
  CN: 'CNY',
  JP: 'JPY',
  KR: 'KRW',
  IN: 'INR',
  TH: 'THB',
  US: 'USD',
};

function queries(n: number): Q[] {
  const next = random(12);
  const providers = PAYMENT_DATASET.providers.map((p) => p.id);
  return Array.from({ length: n }, () => {
    const country = COUNTRIES[Math.floor(next() * COUNTRIES.length)] ?? 'PL';
    return {
      country,
      currency: LOCAL[country],
      amount: Math.floor(next() * 2_000_000),
      device: next() < 0.6 ? 'mobile' : 'desktop',
      recurring: next() < 0.2,
      providers: providers.filter(() => next() < 0.5),
      at: new Date(
        Date.parse('2024-01-01T00:00:00Z') + Math.floor(next() * 3 * 365) * 86_400_000,
      ).toISOString(),
    };
  });
}

/** The obvious filter: loop over every method, check what the data says, keep the ids. */
function naive(q: Q): string[] {
  const day = q.at.slice(0, 10);
  const out: string[] = [];
  for (const m of PAYMENT_DATASET.methods as readonly PaymentMethod[]) {
    if (!(m.countries.value as string[]).includes(q.country)) continue;
    if (!(m.currencies.value as string[]).includes(q.currency)) continue;
    if (m.availableUntil && day > m.availableUntil.value) continue;
    if (m.availableFrom && day < m.availableFrom.value) continue;
    if (m.device?.value[q.device] === 'unsupported') continue;
    const ok = m.providers.some((t) => {
      if (!q.providers.includes(t.provider)) return false;
      if (t.availableUntil && day > t.availableUntil.value) return false;
      if (t.availableFrom && day < t.availableFrom.value) return false;
      if (t.currencies && !(t.currencies.value as string[]).includes(q.currency)) return false;
      const max = t.max?.value.find((l) => l.currency === q.currency);
      const min = t.min?.value.find((l) => l.currency === q.currency);
      if (max && q.amount > max.amount) return false;
      if (min && q.amount < min.amount) return false;
      return !q.recurring || t.recurring?.value === true;
    });
    if (ok) out.push(m.id);
  }
  return out;
}

export default async function run(): Promise<void> {
  const qs = queries(scale(5_000));
  // Same answers first: a bench that compares different work would be meaningless.
  for (const q of qs.slice(0, 200)) {
    const ours = recommendPaymentMethods({ ...q, dataset: PAYMENT_DATASET })
      .recommended.map((m) => m.method)
      .sort();
    const theirs = naive(q).sort();
    if (ours.join() !== theirs.join())
      throw new Error(`the naive filter disagrees on ${JSON.stringify(q)}`);
  }
  const rec = await compare('payments: recommend methods for a checkout', qs.length, [
    {
      name: 'recommendPaymentMethods (validated, ranked, reasons)',
      run: () => qs.map((q) => recommendPaymentMethods({ ...q, dataset: PAYMENT_DATASET })),
    },
    { name: 'hand-written filter over the same data', run: () => qs.map((q) => naive(q)) },
  ]);
  const amounts = queries(scale(20_000)).map((q) => q.amount);
  const rates = { asOf: '2026-11-30', rates: { 'EUR/JPY': '161.25' } };
  const conv = await compare('payments: convert EUR → JPY at an explicit rate', amounts.length, [
    {
      name: 'convertWithRates (validated, half-even)',
      run: () =>
        amounts.map((a) =>
          convertWithRates({
            amount: { amount: a, currency: 'EUR' },
            to: 'JPY',
            rates,
            rounding: 'half-even',
          }),
        ),
    },
    {
      name: 'dinero.js 2 convert',
      run: () =>
        amounts.map((a) =>
          toSnapshot(
            dConvert(dinero({ amount: a, currency: EUR }), JPY, {
              JPY: { amount: 16125, scale: 2 },
            }),
          ),
        ),
    },
  ]);
  const ratio = (c: typeof rec) => c.rows[1]?.ratio ?? Number.NaN;
  console.log(
    `payments recommend: hand-written filter takes ${ratio(rec).toFixed(2)}× the time of recommendPaymentMethods`,
  );
  console.log(
    `payments convert: dinero.js takes ${ratio(conv).toFixed(2)}× the time of convertWithRates`,
  );
}
