// The law is an argument: evaluateReturn applies the regimes it is given, refuses a customer whose
// built-in law was left out (never deciding without it), and names the import to add.

import { fc, test } from '@fast-check/vitest';
import { isMeridianError } from '@meridian-cx/core';
import {
  AU_CONSUMER_LAW,
  defineRegime,
  EU_CONSUMER_RIGHTS,
  evaluateReturn,
  type Order,
  regimeByCode,
  regimeForCountry,
  STATUTORY_REGIMES,
  type StatutoryRegime,
  UK_CONSUMER_CONTRACTS,
} from '@meridian-cx/returns';
import { describe, expect, it } from 'vitest';
import { simpleOrder } from './fixtures.js';

const ask = {
  orderId: 'o-1',
  noticeAt: '2026-03-10T10:00:00Z',
  lines: [{ lineId: 'a', quantity: 1 }],
};
const orderIn = (country: Order['customer']['country']): Order =>
  simpleOrder({
    country,
    zone: 'Europe/Berlin',
    currency: 'EUR',
    deliveredAt: '2026-03-02T12:00:00Z',
  });
const decide = (order: Order, more: Record<string, unknown>) =>
  evaluateReturn({
    policy: { id: 'p', windowDays: 0 },
    order,
    request: ask,
    now: ask.noticeAt,
    ...more,
  } as Parameters<typeof evaluateReturn>[0]);
const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
    return undefined;
  } catch (e) {
    return isMeridianError(e) ? e.code : String(e);
  }
};

describe('evaluateReturn: regimes', () => {
  it('applies the passed regime that lists the customer country', () => {
    expect(decide(orderIn('DE'), { regimes: [EU_CONSUMER_RIGHTS] }).regime?.code).toBe('EU');
    expect(
      decide(orderIn('GB'), { regimes: [EU_CONSUMER_RIGHTS, UK_CONSUMER_CONTRACTS] }).regime?.code,
    ).toBe('GB');
  });
  it('refuses a customer whose built-in law was not passed, naming the export', () => {
    try {
      decide(orderIn('GB'), { regimes: [EU_CONSUMER_RIGHTS] });
      expect.unreachable();
    } catch (e) {
      expect(isMeridianError(e, 'returns/regime-not-passed')).toBe(true);
      expect((e as Error).message).toContain(
        "import { UK_CONSUMER_CONTRACTS } from '@meridian-cx/returns'",
      );
      expect((e as Error).message).toContain('(EU)');
    }
    expect(codeOf(() => decide(orderIn('FR'), { regimes: [] }))).toBe('returns/regime-not-passed');
  });
  it('gives a country without a built-in regime the policy alone', () => {
    const d = decide(orderIn('CH'), { regimes: [] });
    expect(d.regime).toBeNull();
    expect(d.reasons.some((r) => r.code === 'statutory.regime')).toBe(false);
  });
  it('takes the first regime that lists the country: your own before a built-in', () => {
    const mine = defineRegime({ ...EU_CONSUMER_RIGHTS, code: 'EU-2027', countries: ['DE'] });
    expect(decide(orderIn('DE'), { regimes: [mine, EU_CONSUMER_RIGHTS] }).regime?.code).toBe(
      'EU-2027',
    );
    const swiss = defineRegime({
      ...AU_CONSUMER_LAW,
      code: 'CH',
      name: 'Switzerland',
      countries: ['CH'],
    });
    expect(decide(orderIn('CH'), { regimes: [swiss] }).regime?.code).toBe('CH');
  });
  it('lets jurisdiction choose one regime, or none, whatever the country', () => {
    expect(decide(orderIn('CH'), { jurisdiction: EU_CONSUMER_RIGHTS }).regime?.code).toBe('EU');
    expect(decide(orderIn('DE'), { jurisdiction: null }).regime).toBeNull();
  });
  it('refuses a code where a regime goes, naming the import', () => {
    try {
      decide(orderIn('DE'), { jurisdiction: 'eu' });
      expect.unreachable();
    } catch (e) {
      expect(isMeridianError(e, 'returns/regime-id')).toBe(true);
      expect((e as Error).message).toContain('import { EU_CONSUMER_RIGHTS }');
      expect((e as Error).message).toContain('regimeByCode("eu")');
    }
    expect(codeOf(() => decide(orderIn('DE'), { regimes: ['GB'] }))).toBe('returns/regime-id');
    expect(codeOf(() => decide(orderIn('DE'), { regimes: ['XX'] }))).toBe('returns/regime-id');
  });
  it('refuses missing or malformed regimes', () => {
    expect(codeOf(() => decide(orderIn('DE'), {}))).toBe('returns/invalid-argument');
    expect(codeOf(() => decide(orderIn('DE'), { regimes: EU_CONSUMER_RIGHTS }))).toBe(
      'returns/invalid-argument',
    );
    expect(codeOf(() => decide(orderIn('DE'), { regimes: [null] }))).toBe(
      'returns/invalid-argument',
    );
    expect(codeOf(() => decide(orderIn('DE'), { regimes: [{ code: 'X' }] }))).toBe(
      'returns/invalid-argument',
    );
    expect(codeOf(() => decide(orderIn('DE'), { jurisdiction: 7 }))).toBe(
      'returns/invalid-argument',
    );
  });
  it('regimeByCode finds a built-in regime by code, in any case', () => {
    for (const r of STATUTORY_REGIMES) expect(regimeByCode(r.code.toLowerCase())).toBe(r);
    expect(codeOf(() => regimeByCode('XX'))).toBe('returns/unknown-jurisdiction');
    expect(codeOf(() => regimeByCode(3 as unknown as string))).toBe('returns/unknown-jurisdiction');
  });
});

// Countries of every regime, and some that no built-in regime covers.
const countries = [
  ...new Set([
    ...STATUTORY_REGIMES.flatMap((r) => r.countries),
    'CH',
    'IN',
    'IR',
    'CA',
    'MX',
    'SG',
  ]),
];

describe('evaluateReturn: any subset of the built-in regimes', () => {
  test.prop([
    fc.constantFrom(...countries),
    fc.subarray([...STATUTORY_REGIMES] as StatutoryRegime[]),
  ])(
    'decides under the customer law when passed, refuses when left out, else no law',
    (c, passed) => {
      const order = orderIn(c as Order['customer']['country']);
      const law = regimeForCountry(c);
      const run = () => decide(order, { regimes: passed });
      if (law === undefined) expect(run().regime).toBeNull();
      else if (passed.includes(law)) expect(run().regime?.code).toBe(law.code);
      else expect(codeOf(run)).toBe('returns/regime-not-passed');
    },
  );
});
