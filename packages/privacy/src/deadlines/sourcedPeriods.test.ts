// The request periods added from sources in 0.2.0: each answer would change if the data did.
import {
  KR_PIPA,
  regimeById,
  requestDeadline,
  US_CA_CCPA,
  US_CO_CPA,
  US_OR_OCPA,
} from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

const codes = (d: { steps: readonly { code: string }[] }) => d.steps.map((s) => s.code);

describe('US state periods: Colorado and Oregon', () => {
  it('Colorado: 45 days after receipt, +45 where reasonably necessary', () => {
    const base = {
      regime: US_CO_CPA,
      kind: 'deletion',
      receivedAt: '2026-03-02T09:00:00-07:00',
      zone: 'America/Denver',
    } as const;
    expect(requestDeadline(base).dueOn).toBe('2026-04-16');
    const extended = requestDeadline({ ...base, extended: true });
    expect(extended.dueOn).toBe('2026-05-31');
    expect(extended.extension).toMatchObject({ available: true, applied: true });
  });
  it('Oregon: 45 days, with the extension notice due within the first 45', () => {
    const d = requestDeadline({
      regime: US_OR_OCPA,
      kind: 'access',
      receivedAt: '2026-01-15T16:00:00-08:00',
      zone: 'America/Los_Angeles',
    });
    expect(d.dueOn).toBe('2026-03-01');
    expect(d.extension).toMatchObject({ available: true, noticeOn: '2026-03-01' });
    expect(d.steps[0]?.source?.pinpoint).toBe('ORS 646A.576(5)(a)');
  });
});

describe('California opt-out of sale or sharing: 15 business days (§ 7026(f))', () => {
  it('counts business days past Thanksgiving, not the 45 calendar days of access', () => {
    const d = requestDeadline({
      regime: US_CA_CCPA,
      kind: 'opt-out-sale',
      receivedAt: '2026-11-20T10:00:00-08:00',
      zone: 'America/Los_Angeles',
      holidays: ['2026-11-26', '2026-11-27'],
    });
    // 15 working days after Friday 20 November, skipping two weekends and 26–27 November.
    expect(d.dueOn).toBe('2026-12-15');
    expect(codes(d)).toContain('count.business-days');
    expect(d.steps[0]?.source?.pinpoint).toBe('§ 7026(f)');
  });
});

describe('Korea: correction and erasure within 10 days (Decree Art. 43(3))', () => {
  it('answers 10 days after receipt and says when the last day is a weekend', () => {
    const d = requestDeadline({
      regime: KR_PIPA,
      kind: 'deletion',
      receivedAt: '2026-03-04T10:00:00+09:00',
      zone: 'Asia/Seoul',
    });
    expect(d.dueOn).toBe('2026-03-14');
    expect(codes(d)).toContain('count.ends-on-non-working-day');
  });
  it('access within 10 days too, with the postponement notice due in the same 10 days', () => {
    const d = requestDeadline({
      regime: KR_PIPA,
      kind: 'access',
      receivedAt: '2026-03-04T10:00:00+09:00',
      zone: 'Asia/Seoul',
    });
    expect(d.dueOn).toBe('2026-03-14');
    expect(d.extension).toMatchObject({ available: true, noticeOn: '2026-03-14' });
    expect(() =>
      requestDeadline({
        regime: KR_PIPA,
        kind: 'opt-out-sale',
        receivedAt: '2026-03-04T10:00:00+09:00',
        zone: 'Asia/Seoul',
      }),
    ).toThrow(/not a guess/);
  });
});

describe('laws that set a standard, not a number', () => {
  it.each([
    ['jp-appi', 'Asia/Tokyo', 'Art. 33(2)'],
    ['za-popia', 'Africa/Johannesburg', 's. 23(1)(b)(i)'],
    ['au-privacy-act', 'Australia/Sydney', 'Schedule 1, APP 12.4(a)(ii)'],
  ] as const)('%s: no fixed period, with the article that says so', (regime, zone, pinpoint) => {
    const d = requestDeadline({
      regime: regimeById(regime),
      kind: 'access',
      receivedAt: '2026-03-02T10:00:00Z',
      zone,
    });
    expect(d.status).toBe('no-fixed-period');
    expect(d.dueOn).toBeUndefined();
    expect(d.steps.find((s) => s.code === 'period.none-fixed')?.source?.pinpoint).toBe(pinpoint);
  });
});
