import {
  BR_LGPD,
  breachDeadline,
  CA_PIPEDA,
  EU_GDPR,
  US_CA_CCPA,
  US_CO_CPA,
} from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

describe('breachDeadline', () => {
  it('GDPR: 72 exact hours from awareness, across the spring DST change', () => {
    const d = breachDeadline({
      regime: EU_GDPR,
      event: 'became-aware',
      at: '2026-03-28T12:00:00+01:00',
      zone: 'Europe/Paris',
    });
    expect(d.duties[0]).toMatchObject({ status: 'running', dueBy: '2026-03-31T11:00:00.000Z' });
  });
  it('Colorado: discovery does not start the 30 days — the determination does', () => {
    const found = breachDeadline({
      regime: US_CO_CPA,
      event: 'discovered',
      at: '2026-03-02T10:00:00-07:00',
      zone: 'America/Denver',
    });
    expect(found.duties[0]?.status).toBe('other-event');
    expect(found.duties[0]?.startsWith).toBe('determined-breach-occurred');
    const determined = breachDeadline({
      regime: US_CO_CPA,
      event: 'determined-breach-occurred',
      at: '2026-03-02T10:00:00-07:00',
      zone: 'America/Denver',
    });
    expect(determined.duties[0]?.dueBy).toBe('2026-04-02T05:59:59.999Z');
  });
  it('LGPD: three working days from learning that personal data was affected, skipping Carnival', () => {
    const d = breachDeadline({
      regime: BR_LGPD,
      event: 'aware-personal-data-affected',
      at: '2026-02-13T15:00:00-03:00',
      zone: 'America/Sao_Paulo',
      holidays: ['2026-02-16', '2026-02-17'],
    });
    expect(d.duties[0]?.dueBy).toBe('2026-02-21T02:59:59.999Z'); // end of Friday 20 February in São Paulo
  });
  it('California before 2026 has no sourced window; from 2026 the AG gets 15 days after the residents', () => {
    expect(
      breachDeadline({ regime: US_CA_CCPA, event: 'discovered', at: '2025-06-02T10:00:00Z' })
        .status,
    ).toBe('not-known');
    const d = breachDeadline({
      regime: US_CA_CCPA,
      event: 'discovered',
      at: '2026-06-02T10:00:00-07:00',
      zone: 'America/Los_Angeles',
    });
    expect(d.duties.map((x) => [x.notify, x.status])).toEqual([
      ['individuals', 'running'],
      ['authority', 'other-event'],
    ]);
  });
  it('PIPEDA has a standard, not a window, and says so', () => {
    const d = breachDeadline({
      regime: CA_PIPEDA,
      event: 'determined-breach-occurred',
      at: '2026-06-02T10:00:00-04:00',
    });
    expect(d.duties[0]).toMatchObject({
      status: 'no-fixed-window',
      wording: expect.stringContaining('as soon as feasible'),
    });
  });
});
