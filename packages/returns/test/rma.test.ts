import { openRma, RMA_TRANSITIONS, type RmaEvent, transitionRma } from '@meridian-cx/returns';
import { describe, expect, it } from 'vitest';

describe('RMA lifecycle', () => {
  it('walks requested → refunded and yields a customer notification at each step', () => {
    let rma = openRma('rma-1', '2026-03-02T10:00:00Z');
    const steps: [RmaEvent, string][] = [
      ['approve', '2026-03-02T11:00:00Z'],
      ['issue-label', '2026-03-02T11:05:00Z'],
      ['ship', '2026-03-03T09:00:00Z'],
      ['receive', '2026-03-05T09:00:00Z'],
      ['inspect', '2026-03-05T12:00:00Z'],
      ['refund', '2026-03-05T13:00:00Z'],
    ];
    const templates: string[] = [];
    for (const [event, at] of steps) {
      const t = transitionRma(rma, event, at);
      if (!t.ok) throw new Error(`refused ${event}`);
      templates.push(t.notification.template);
      rma = t.rma;
    }
    expect(rma.status).toBe('refunded');
    expect(templates).toEqual([
      'rma.approved',
      'rma.label-issued',
      'rma.in-transit',
      'rma.received',
      'rma.inspected',
      'rma.refunded',
    ]);
    expect(rma.history).toHaveLength(7);
  });
  it('refuses an invalid transition with a reason and leaves the RMA unchanged', () => {
    const rma = openRma('rma-2', '2026-03-02T10:00:00Z');
    const t = transitionRma(rma, 'refund', '2026-03-02T11:00:00Z');
    expect(t.ok).toBe(false);
    if (!t.ok) {
      expect(t.reason.code).toBe('rma.invalid-transition');
      expect(t.reason.params?.allowed).toBe('approve, reject');
      expect(t.rma).toBe(rma);
    }
  });
  it('refuses a transition dated before the last one', () => {
    const rma = openRma('rma-3', '2026-03-02T10:00:00Z');
    const t = transitionRma(rma, 'approve', '2026-03-01T10:00:00Z');
    expect(!t.ok && t.reason.code).toBe('rma.out-of-order');
  });
  it('ends in terminal states', () => {
    for (const s of ['rejected', 'refunded', 'exchanged', 'rejected-after-inspection'] as const) {
      expect(Object.keys(RMA_TRANSITIONS[s])).toHaveLength(0);
    }
  });
});

describe('the options form and the 0.1 positional form', () => {
  it('give the same transition', () => {
    const rma = openRma('rma-9', '2026-03-02T10:00:00Z');
    const a = transitionRma({ rma, event: 'approve', at: '2026-03-02T10:05:00Z' });
    const b = transitionRma(rma, 'approve', '2026-03-02T10:05:00Z');
    expect(a).toEqual(b);
    expect(a.ok && a.rma.status).toBe('approved');
  });
  it('refuses something that is not an RMA with a clear error', () => {
    expect(() =>
      transitionRma({ rma: null as never, event: 'approve', at: '2026-03-02T10:05:00Z' }),
    ).toThrow(expect.objectContaining({ code: 'returns/invalid-rma' }));
  });
});
