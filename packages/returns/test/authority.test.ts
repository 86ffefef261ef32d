import { money } from '@meridian-cx/core';
import {
  type AuthorityTable,
  evaluateReturn,
  requiredApprover,
  STATUTORY_REGIMES,
} from '@meridian-cx/returns';
import { describe, expect, it } from 'vitest';
import { berlinOrder, requestFor, standardPolicy } from './fixtures.js';

const table: AuthorityTable = {
  roles: [
    { role: 'agent', limits: { EUR: { refund: 10_000 }, USD: { refund: 10_000 } } },
    { role: 'team-lead', limits: { EUR: { refund: 50_000 } } },
    { role: 'manager', limits: { EUR: { refund: 500_000 }, JPY: { refund: 1_000_000 } } },
  ],
};

describe('agent authority', () => {
  it('lets an agent approve within the limit', () => {
    expect(requiredApprover(table, 'agent', money(9_000, 'EUR')).mayApproveAlone).toBe(true);
  });
  it('names the lowest role that may approve above it', () => {
    const d = requiredApprover(table, 'agent', money(25_000, 'EUR'));
    expect(d.mayApproveAlone).toBe(false);
    expect(d.approver).toBe('team-lead');
  });
  it('says when no role may approve, and when a currency has no limit', () => {
    expect(requiredApprover(table, 'manager', money(900_000, 'EUR')).approver).toBeNull();
    const jpy = requiredApprover(table, 'agent', money(500, 'JPY'));
    expect(jpy.reasons[0]?.code).toBe('authority.no-limit-in-currency');
    expect(jpy.approver).toBe('manager');
  });
  it('refuses an unknown role', () => {
    expect(() => requiredApprover(table, 'intern', money(1, 'EUR'))).toThrow(
      expect.objectContaining({ code: 'returns/unknown-role' }),
    );
  });
  it('is part of the return decision', () => {
    const d = evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: standardPolicy,
      order: berlinOrder(),
      request: requestFor([{ lineId: 'jacket', quantity: 1 }], '2026-03-10T10:00:00+01:00'),
      now: '2026-03-10T10:00:00+01:00',
      authority: { table, role: 'agent' },
    });
    expect(d.authority?.mayApproveAlone).toBe(false);
    expect(d.authority?.approver).toBe('team-lead');
  });
});

describe('discount authority', () => {
  it('reads the discount limit when asked', () => {
    const t: AuthorityTable = {
      roles: [
        { role: 'agent', limits: { EUR: { refund: 10_000, discount: 1_000 } } },
        { role: 'team-lead', limits: { EUR: { refund: 50_000, discount: 5_000 } } },
      ],
    };
    expect(requiredApprover(t, 'agent', money(2_000, 'EUR')).mayApproveAlone).toBe(true);
    expect(requiredApprover(t, 'agent', money(2_000, 'EUR'), { kind: 'discount' }).approver).toBe(
      'team-lead',
    );
  });
});

describe('requiredApprover options form', () => {
  it('decides as the positional form, in core Decision shape', () => {
    const table = {
      roles: [
        { role: 'agent', limits: { EUR: { refund: 10_000 } } },
        { role: 'lead', limits: { EUR: { refund: 50_000 } } },
      ],
    };
    const amount = { amount: 25_000, currency: 'EUR' as const };
    const a = requiredApprover({ table, role: 'agent', amount });
    expect(a).toEqual(requiredApprover(table, 'agent', amount));
    expect(a.verdict).toBe(false);
    expect(a.approver).toBe('lead');
    expect(requiredApprover({ table, role: 'lead', amount }).verdict).toBe(true);
  });
});
