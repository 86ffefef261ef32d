import { isMeridianError } from '@meridian-cx/core';
import { defineRegime, EU_GDPR, REGIMES, RegimeSchema } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { safeParse } from 'zod/mini';
import { message as applicabilityMessage } from '../src/applicability/failures.js';
import { codes } from '../src/codes.js';
import { message as regimesMessage } from '../src/regimes/failures.js';

describe('the regimes dataset', () => {
  it('holds at least 20 regimes with unique ids', () => {
    expect(REGIMES.length).toBeGreaterThanOrEqual(20);
    expect(new Set(REGIMES.map((r) => r.id)).size).toBe(REGIMES.length);
  });
  it.each(REGIMES.map((r) => [r.id, r] as const))(
    '%s passes its schema: every fact has a source URL, a pinpoint and asOf',
    (_id, regime) => {
      const parsed = safeParse(RegimeSchema, regime);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      const provenances = JSON.stringify(regime).match(/"asOf":"\d{4}-\d{2}-\d{2}"/g) ?? [];
      const urls = JSON.stringify(regime).match(/"url":"https?:\/\//g) ?? [];
      expect(provenances.length).toBe(urls.length);
    },
  );
  it('defineRegime accepts a custom regime and names each bad path', () => {
    const custom = defineRegime({
      ...EU_GDPR,
      id: 'acme-policy',
      name: 'Acme policy',
      short: 'Acme',
    });
    expect(custom.id).toBe('acme-policy');
    try {
      defineRegime({
        ...EU_GDPR,
        inForce: { ...EU_GDPR.inForce, from: '25/05/2018' },
      });
      expect.unreachable();
    } catch (e) {
      expect(isMeridianError(e, 'privacy/invalid-regime')).toBe(true);
    }
  });
  it('every error code has a message that names the value', () => {
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toContain('privacy/regime-id');
    expect(regimesMessage('privacy/unknown-regime', { regime: 'xx', known: 'eu-gdpr' })).toContain(
      '"xx"',
    );
    expect(
      applicabilityMessage('privacy/unknown-region', { country: 'US', region: 'ZZ' }),
    ).toContain('"ZZ"');
  });
});

describe('a regime made with defineRegime', () => {
  it('gives an extension in the period’s unit, or is refused at the path', () => {
    const rule = EU_GDPR.requests[0];
    if (rule?.extension === undefined) throw new Error('GDPR has an extension');
    const mixed = {
      ...rule,
      extension: { ...rule.extension, period: { amount: 30, unit: 'calendar-days' as const } },
    };
    try {
      defineRegime({ ...EU_GDPR, id: 'mixed', requests: [mixed] });
      expect.unreachable();
    } catch (e) {
      expect(isMeridianError(e, 'privacy/invalid-regime')).toBe(true);
      expect((e as { issues?: { path: unknown[] }[] }).issues?.[0]?.path).toEqual([
        'requests',
        0,
        'extension',
        'period',
        'unit',
      ]);
    }
  });
});
