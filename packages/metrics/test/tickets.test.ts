import {
  backlogAge,
  firstContactResolution,
  firstResponseTimes,
  metricsMessages,
  reopenRate,
  repeatPurchaseRate,
  resolutionTimes,
  retentionRate,
  slaAttainment,
  summarizeDurations,
} from '@meridian-cx/metrics';
import { describe, expect, it } from 'vitest';
import { nineToFiveUtc } from './calendar.js';

// Monday 2026-03-02.
const tickets = [
  {
    id: 'a',
    createdAt: '2026-03-02T09:00:00Z',
    firstReplyAt: '2026-03-02T09:10:00Z',
    resolvedAt: '2026-03-02T10:00:00Z',
    agentReplies: 1,
  },
  {
    id: 'b',
    createdAt: '2026-03-02T09:00:00Z',
    firstReplyAt: '2026-03-02T09:30:00Z',
    resolvedAt: '2026-03-02T13:00:00Z',
    agentReplies: 3,
    reopenedAt: ['2026-03-04T08:00:00Z'],
  },
  {
    id: 'c',
    createdAt: '2026-03-02T16:00:00Z',
    firstReplyAt: '2026-03-03T10:00:00Z',
    resolvedAt: '2026-03-03T11:00:00Z',
    agentReplies: 1,
  },
  { id: 'd', createdAt: '2026-03-02T12:00:00Z', firstReplyAt: '2026-03-02T12:20:00Z' },
  { id: 'e', createdAt: '2026-03-02T12:00:00Z' },
  { id: 'bad', createdAt: 'not a time' },
  { id: 'tt', createdAt: '2026-03-02T12:00:00Z', firstReplyAt: '2026-03-02T11:00:00Z' },
];

describe('first response and resolution times', () => {
  it('measures calendar minutes with pending and rejected tickets counted', () => {
    const r = firstResponseTimes(tickets);
    // a 10, b 30, c 1080 (16:00 → 10:00 next day), d 20.
    expect(r.n).toBe(4);
    expect(r.mean.value).toBe(285);
    expect(r.median).toBe(25);
    expect(r.pending).toBe(1);
    expect(r.rejectedBy).toEqual({ 'ticket.invalid.createdAt': 1, 'ticket.time-travel': 1 });
    expect(r.calendar).toBe('calendar-minutes');
  });

  it('measures business minutes through any BusinessCalendar', () => {
    const r = firstResponseTimes(tickets, { calendar: nineToFiveUtc });
    // c: 16:00–17:00 Monday (60) + 09:00–10:00 Tuesday (60) = 120 working minutes.
    expect(r.max).toBe(120);
    expect(r.calendar).toBe('business-minutes');
    const res = resolutionTimes(tickets);
    // a 60, b 240, c 1140 → p90 by type 7: h = 1.8 → 240 + 0.8 × 900 = 960.
    expect(res.n).toBe(3);
    expect(res.p90).toBeCloseTo(960, 10);
    expect(res.pending).toBe(2);
  });

  it('summarises durations with a t interval', () => {
    const s = summarizeDurations('x', [30, 60, 90, 120]);
    expect(s.median).toBe(75);
    expect(s.p95).toBeCloseTo(115.5, 10);
    expect(s.mean.value).toBe(75);
    expect(s.mean.interval?.method).toBe('t');
    expect(summarizeDurations('x', []).median).toBeNull();
  });
});

describe('first contact resolution', () => {
  it('uses resolved tickets and one reply by default', () => {
    const r = firstContactResolution(tickets);
    // Resolved: a (1 reply), b (3), c (1) → 2 of 3.
    expect(r.value).toBeCloseTo(200 / 3, 10);
    expect(r.n).toBe(3);
    expect(r.denominator).toBe('resolved');
  });

  it('uses all tickets as denominator when asked', () => {
    const r = firstContactResolution(tickets, { denominator: 'all' });
    // d has no resolution: counted in n but not resolved → 2 of 5.
    expect(r.value).toBe(40);
    expect(r.n).toBe(5);
  });

  it('uses the no-reopen definition with pending windows', () => {
    const now = '2026-03-06T00:00:00Z';
    const r = firstContactResolution(tickets, {
      definition: { kind: 'no-reopen', withinDays: 3, now },
    });
    // a: window ends 03-05 10:00 < now, no reopen → FCR; b reopened within 3 days → not;
    // c: window ends 03-06 11:00 > now, not reopened yet → pending.
    expect(r).toMatchObject({ value: 50, n: 2, pending: 1, definition: 'no-reopen' });
  });

  it('rejects tickets lacking what the definition needs', () => {
    const r = firstContactResolution([
      { id: 'x', createdAt: '2026-03-02T09:00:00Z', resolvedAt: '2026-03-02T10:00:00Z' },
    ]);
    expect(r.rejectedBy).toEqual({ 'ticket.agent-replies-missing': 1 });
    expect(r.value).toBeNull();
  });
});

describe('reopen rate and SLA attainment', () => {
  it('computes the reopen rate among resolved tickets', () => {
    expect(reopenRate(tickets).value).toBeCloseTo(100 / 3, 10);
  });

  it('computes SLA attainment per target with running clocks apart', () => {
    const r = slaAttainment([
      {
        id: '1',
        createdAt: '2026-03-02T09:00:00Z',
        sla: [
          { target: 'first-reply', met: true },
          { target: 'resolution', met: false },
        ],
      },
      {
        id: '2',
        createdAt: '2026-03-02T09:00:00Z',
        sla: [
          { target: 'first-reply', met: true },
          { target: 'resolution', met: null },
        ],
      },
      { id: '3', createdAt: '2026-03-02T09:00:00Z', sla: [{ target: 'first-reply', met: false }] },
    ]);
    expect(r.targets['first-reply']).toMatchObject({ met: 2, breached: 1, running: 0, n: 3 });
    expect(r.targets['first-reply']?.value).toBeCloseTo(200 / 3, 10);
    expect(r.targets.resolution).toMatchObject({ value: 0, n: 1, running: 1 });
  });
});

describe('backlogAge', () => {
  it('ages open tickets at now', () => {
    const b = backlogAge(tickets, { now: '2026-03-02T14:00:00Z' });
    // Open at 14:00: d and e (created 12:00, 120 min). c not yet created; a and b resolved.
    expect(b.open).toBe(2);
    expect(b.median).toBe(120);
    expect(b.oldest).toEqual({ id: 'd', ageMinutes: 120 });
    expect(b.bands.under1d).toBe(2);
  });

  it('counts a reopened ticket as open again, and uses business minutes when asked', () => {
    const b = backlogAge(tickets, { now: '2026-03-04T12:00:00Z', calendar: nineToFiveUtc });
    // b reopened 03-04 08:00 after resolution: open. d, e open. Working minutes from 03-02 09:00
    // to 03-04 12:00: 480 + 480 + 180 = 1140.
    expect(b.open).toBe(3);
    expect(b.oldest).toEqual({ id: 'b', ageMinutes: 1140 });
  });
});

describe('retention and repeat purchase', () => {
  it('computes CRR = (E − N)/S', () => {
    expect(retentionRate({ start: 200, end: 230, acquired: 50 }).value).toBe(90);
    expect(() => retentionRate({ start: 10, end: 5, acquired: 8 })).toThrow(
      metricsMessages.invalidRetention('E − N = 5 − 8 is negative'),
    );
    expect(() => retentionRate({ start: 10, end: 30, acquired: 8 })).toThrow(
      expect.objectContaining({ code: 'metrics/invalid-retention' }),
    );
  });

  it('computes the repeat-purchase rate over distinct customers', () => {
    const r = repeatPurchaseRate([
      { customerId: 'a' },
      { customerId: 'a' },
      { customerId: 'b' },
      { customerId: 'c' },
    ]);
    expect(r.value).toBeCloseTo(100 / 3, 10);
    expect(r.n).toBe(3);
    expect(() => repeatPurchaseRate([{ customerId: '' }])).toThrow(
      expect.objectContaining({ code: 'metrics/invalid-orders' }),
    );
  });
});
