import { isMeridianError } from '@meridian-cx/core';
import { applicableRegimes } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

const at = '2026-03-02T10:00:00Z';
const status = (r: ReturnType<typeof applicableRegimes>, id: string) =>
  r.find((x) => x.regime === id)?.status;

describe('applicableRegimes', () => {
  it('a customer in Lyon: the GDPR applies to a US shop, and says why California does not', () => {
    const r = applicableRegimes({
      customer: { country: 'FR' },
      business: { establishedIn: ['US'] },
      at,
    });
    expect(status(r, 'eu-gdpr')).toBe('applies');
    expect(r[0]?.regime).toBe('eu-gdpr');
    expect(r.find((x) => x.regime === 'us-ca-ccpa')?.reasons[0]?.code).toBe(
      'territorial.customer-outside',
    );
  });
  it('California: revenue above the 2025 adjusted threshold applies; missing facts are undetermined', () => {
    const big = applicableRegimes({
      customer: { country: 'US', region: 'CA' },
      business: {
        establishedIn: ['FR'],
        annualRevenue: { amount: 3_000_000_000, currency: 'USD' },
      },
      at,
    });
    expect(status(big, 'us-ca-ccpa')).toBe('applies');
    const unknown = applicableRegimes({
      customer: { country: 'US', region: 'CA' },
      business: { establishedIn: ['FR'] },
      at,
    });
    expect(status(unknown, 'us-ca-ccpa')).toBe('undetermined');
    expect(unknown.find((x) => x.regime === 'us-ca-ccpa')?.reasons.at(-1)?.params?.missing).toMatch(
      /annualRevenue/,
    );
  });
  it('$26 million: above $25m but below the adjusted $26.625m, so not applicable in 2026 — it was in 2024', () => {
    const business = {
      establishedIn: ['US'],
      annualRevenue: { amount: 2_600_000_000, currency: 'USD' },
      consumersPerYear: 10_000,
      revenueShareFromData: 0,
    } as const;
    expect(
      status(
        applicableRegimes({ customer: { country: 'US', region: 'CA' }, business, at }),
        'us-ca-ccpa',
      ),
    ).toBe('does-not-apply');
    expect(
      status(
        applicableRegimes({
          customer: { country: 'US', region: 'CA' },
          business,
          at: '2024-06-01T00:00:00Z',
        }),
        'us-ca-ccpa',
      ),
    ).toBe('applies');
  });
  it('Connecticut’s threshold changes on 1 July 2026: 40,000 consumers applies only after', () => {
    const business = {
      establishedIn: ['US'],
      consumersPerYear: 40_000,
      revenueShareFromData: 0,
      processesSensitiveData: false,
      sellsPersonalData: false,
    } as const;
    const c = { country: 'US', region: 'CT' } as const;
    expect(
      status(
        applicableRegimes({ customer: c, business, at: '2026-06-30T12:00:00Z' }),
        'us-ct-ctdpa',
      ),
    ).toBe('does-not-apply');
    expect(
      status(
        applicableRegimes({ customer: c, business, at: '2026-07-01T12:00:00Z' }),
        'us-ct-ctdpa',
      ),
    ).toBe('applies');
  });
  it('a US customer needs a region, and an unknown region is an error', () => {
    try {
      applicableRegimes({ customer: { country: 'US' }, business: { establishedIn: ['US'] }, at });
      expect.unreachable();
    } catch (e) {
      expect(isMeridianError(e, 'privacy/region-required')).toBe(true);
    }
    expect(() =>
      applicableRegimes({
        customer: { country: 'US', region: 'ZZ' },
        business: { establishedIn: ['US'] },
        at,
      }),
    ).toThrow(/not a subdivision/);
    expect(() =>
      applicableRegimes({
        customer: { country: 'FR', region: 'ARA' },
        business: { establishedIn: ['US'] },
        at,
      }),
    ).toThrow(/not a subdivision/);
  });
  it('India’s DPDP obligations are not yet in force in 2026', () => {
    const r = applicableRegimes({
      customer: { country: 'IN' },
      business: { establishedIn: ['IN'] },
      at,
    });
    expect(r.find((x) => x.regime === 'in-dpdp')?.reasons.at(-1)?.code).toBe('not-yet-in-force');
  });
});
