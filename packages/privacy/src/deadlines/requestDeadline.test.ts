import { ValidationError } from '@meridian-cx/core';
import {
  BR_LGPD,
  CA_PIPEDA,
  CN_PIPL,
  EU_GDPR,
  JP_APPI,
  requestDeadline,
  UK_GDPR,
  US_CA_CCPA,
} from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

const paris = { zone: 'Europe/Paris' } as const;
const codes = (d: { steps: readonly { code: string }[] }) => d.steps.map((s) => s.code);

describe('GDPR: one month under Regulation 1182/71', () => {
  it('receipt on 31 January 2028 (leap year) is due on 29 February', () => {
    const d = requestDeadline({
      regime: EU_GDPR,
      kind: 'access',
      receivedAt: '2028-01-31T10:00:00+01:00',
      ...paris,
    });
    expect(d.dueOn).toBe('2028-02-29');
    expect(codes(d)).toContain('count.shorter-month-last-day');
    expect(d.dueBy).toBe('2028-02-29T22:59:59.999Z');
  });
  it('receipt on 31 January 2027 lands on Sunday 28 February and moves to Monday 1 March', () => {
    const d = requestDeadline({
      regime: EU_GDPR,
      kind: 'deletion',
      receivedAt: '2027-01-31T09:00:00+01:00',
      ...paris,
    });
    expect(d.dueOn).toBe('2027-03-01');
    expect(
      d.steps.find((s) => s.code === 'count.rolled-to-next-working-day')?.params,
    ).toMatchObject({ from: '2027-02-28', why: 'weekend' });
  });
  it('a month ending on a public holiday (1 May) moves to the next working day', () => {
    const d = requestDeadline({
      regime: EU_GDPR,
      kind: 'access',
      receivedAt: '2026-04-01T12:00:00+02:00',
      ...paris,
      holidays: ['2026-05-01'],
    });
    expect(d.dueOn).toBe('2026-05-04');
    expect(d.steps.find((s) => s.code === 'count.rolled-to-next-working-day')?.params?.why).toBe(
      'holiday',
    );
  });
  it('the local day of receipt is the desk’s: 23:30 in Los Angeles on 31 January is 1 February in Paris', () => {
    const d = requestDeadline({
      regime: EU_GDPR,
      kind: 'access',
      receivedAt: '2026-01-31T23:30:00-08:00',
      ...paris,
    });
    expect(d.receivedOn).toBe('2026-02-01');
    expect(d.dueOn).toBe('2026-03-02'); // 1 March 2026 is a Sunday
  });
  it('extension by two further months, with the notice due within the first month', () => {
    const d = requestDeadline({
      regime: EU_GDPR,
      kind: 'access',
      receivedAt: '2026-01-31T10:00:00+01:00',
      ...paris,
      extended: true,
    });
    expect(d.dueOn).toBe('2026-04-30');
    expect(d.extension).toMatchObject({ available: true, applied: true, noticeOn: '2026-03-02' });
  });
});

describe('UK GDPR: the ICO reading and the Data (Use and Access) Act', () => {
  const london = { zone: 'Europe/London', holidays: ['2026-04-03', '2026-04-06'] } as const;
  it('counts from the day of receipt to the same date, past Good Friday and Easter Monday', () => {
    const d = requestDeadline({
      regime: UK_GDPR,
      kind: 'access',
      receivedAt: '2026-03-03T10:00:00Z',
      ...london,
    });
    expect(d.dueOn).toBe('2026-04-07');
    expect(codes(d)).toContain('count.ico-from-day-of-receipt');
  });
  it('starts the clock when identity is confirmed (the relevant time)', () => {
    const d = requestDeadline({
      regime: UK_GDPR,
      kind: 'access',
      receivedAt: '2026-05-01T10:00:00+01:00',
      verifiedAt: '2026-05-12T10:00:00+01:00',
      zone: 'Europe/London',
    });
    expect(d.clockStartsOn).toBe('2026-05-12');
    expect(d.dueOn).toBe('2026-06-12');
  });
  it('stops the clock from the day clarification is asked to the day it arrives (from 5 February 2026)', () => {
    const d = requestDeadline({
      regime: UK_GDPR,
      kind: 'access',
      receivedAt: '2026-03-02T10:00:00Z',
      zone: 'Europe/London',
      pauses: [{ requestedAt: '2026-03-04T10:00:00Z', answeredAt: '2026-03-09T10:00:00Z' }],
    });
    expect(d.steps.find((s) => s.code === 'clock.stopped')?.params?.days).toBe(6);
    expect(d.dueOn).toBe('2026-04-08');
  });
  it('does not stop the clock for a clarification asked before the rule was in force', () => {
    const d = requestDeadline({
      regime: UK_GDPR,
      kind: 'access',
      receivedAt: '2026-01-05T10:00:00Z',
      zone: 'Europe/London',
      pauses: [{ requestedAt: '2026-01-06T10:00:00Z', answeredAt: '2026-01-20T10:00:00Z' }],
    });
    expect(d.dueOn).toBe('2026-02-05');
    expect(codes(d)).toContain('clock.stop-not-provided-by-law');
  });
});

describe('California: calendar days to answer, business days to acknowledge', () => {
  const la = { zone: 'America/Los_Angeles', holidays: ['2026-12-25', '2027-01-01'] } as const;
  it('acknowledges within 10 business days across Christmas and New Year, answers in 45 calendar days', () => {
    const d = requestDeadline({
      regime: US_CA_CCPA,
      kind: 'access',
      receivedAt: '2026-12-18T10:00:00-08:00',
      ...la,
    });
    expect(d.acknowledgeOn).toBe('2027-01-05');
    expect(d.dueOn).toBe('2027-02-01');
  });
  it('a 45th day on a Saturday stays a Saturday: the regulation does not move it', () => {
    const d = requestDeadline({
      regime: US_CA_CCPA,
      kind: 'deletion',
      receivedAt: '2026-01-07T10:00:00-08:00',
      zone: 'America/Los_Angeles',
    });
    expect(d.dueOn).toBe('2026-02-21');
    expect(codes(d)).toContain('count.ends-on-non-working-day');
  });
  it('verification does not delay the clock; the extension makes 90 days in all', () => {
    const d = requestDeadline({
      regime: US_CA_CCPA,
      kind: 'access',
      receivedAt: '2026-01-07T10:00:00-08:00',
      verifiedAt: '2026-01-20T10:00:00-08:00',
      extended: true,
      zone: 'America/Los_Angeles',
    });
    expect(codes(d)).toContain('clock.verification-does-not-delay');
    expect(d.dueOn).toBe('2026-04-07');
  });
});

describe('other regimes and the edges', () => {
  it('LGPD access: 15 days; PIPEDA: 30 days with a 30-day extension and deemed refusal', () => {
    const br = requestDeadline({
      regime: BR_LGPD,
      kind: 'access',
      receivedAt: '2026-02-27T10:00:00-03:00',
      zone: 'America/Sao_Paulo',
    });
    // Código Civil Art. 132: 15 days after the request is Saturday 14 March; § 1º moves it on.
    expect(br.dueOn).toBe('2026-03-16');
    expect(codes(br)).toContain('count.rolled-to-next-working-day');
    const ca = requestDeadline({
      regime: CA_PIPEDA,
      kind: 'access',
      receivedAt: '2026-02-27T10:00:00-05:00',
      zone: 'America/Toronto',
      extended: true,
    });
    expect(ca.dueOn).toBe('2026-04-28');
    expect(ca.onExpiry).toMatch(/deemed/);
  });
  it('PIPL sets no fixed period: the answer says so instead of inventing one', () => {
    const d = requestDeadline({
      regime: CN_PIPL,
      kind: 'access',
      receivedAt: '2026-02-27T10:00:00+08:00',
      zone: 'Asia/Shanghai',
    });
    expect(d.status).toBe('no-fixed-period');
    expect(d.dueOn).toBeUndefined();
  });
  it('a kind without a sourced period is an error, not a default', () => {
    expect(() =>
      requestDeadline({
        regime: JP_APPI,
        kind: 'deletion',
        receivedAt: '2026-02-27T10:00:00+09:00',
        zone: 'Asia/Tokyo',
      }),
    ).toThrow(/not a guess/);
  });
  it('refuses a receipt time without an offset, naming the path', () => {
    try {
      requestDeadline({
        regime: EU_GDPR,
        kind: 'access',
        receivedAt: '2026-02-27T10:00:00',
        zone: 'Europe/Paris',
      });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues[0]?.path).toEqual(['receivedAt']);
    }
  });
  it('refuses a clarification asked before the request arrived', () => {
    expect(() =>
      requestDeadline({
        regime: UK_GDPR,
        kind: 'access',
        receivedAt: '2026-03-02T10:00:00Z',
        zone: 'Europe/London',
        pauses: [{ requestedAt: '2026-03-01T10:00:00Z', answeredAt: '2026-03-03T10:00:00Z' }],
      }),
    ).toThrow(/before the request arrived/);
  });
});
