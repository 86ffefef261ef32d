import type { Money } from '@meridian-cx/core';
import {
  type CompiledPolicy,
  definePolicy,
  defineRule,
  evaluateReturn,
  openRma,
  type ReturnDecision,
  type ReturnRule,
  type RmaTransition,
  STATUTORY_REGIMES,
  transitionRma,
} from '@meridian-cx/returns';
import { describe, expectTypeOf, it } from 'vitest';

describe('returns types', () => {
  it('types the decision and the extension API', () => {
    expectTypeOf(evaluateReturn).returns.toEqualTypeOf<ReturnDecision>();
    expectTypeOf(
      definePolicy({ base: { id: 'p', windowDays: 30 } }),
    ).toEqualTypeOf<CompiledPolicy>();
    expectTypeOf(defineRule({ id: 'r', evaluate: () => undefined })).toEqualTypeOf<ReturnRule>();
    expectTypeOf<ReturnDecision['refund']['total']>().toEqualTypeOf<Money>();
    expectTypeOf(
      transitionRma(openRma('r', '2026-03-02T10:00:00Z'), 'approve', '2026-03-02T11:00:00Z'),
    ).toEqualTypeOf<RmaTransition>();
  });
  it('refuses unknown literals', () => {
    // @ts-expect-error not an RMA event
    transitionRma(openRma('r', '2026-03-02T10:00:00Z'), 'teleport', '2026-03-02T11:00:00Z');
    // @ts-expect-error a rule must return an effect, not a string
    defineRule({ id: 'r', evaluate: () => 'deny' });
    evaluateReturn({
      regimes: STATUTORY_REGIMES,
      policy: { id: 'p', windowDays: 30 },
      order: {
        id: 'o',
        currency: 'EUR',
        placedAt: '2026-03-02T10:00:00Z',
        customer: { country: 'DE', zone: 'Europe/Berlin' },
        lines: [{ id: 'a', sku: 's', unitPrice: { amount: 1, currency: 'EUR' }, quantity: 1 }],
      },
      request: {
        orderId: 'o',
        noticeAt: '2026-03-02T10:00:00Z',
        // @ts-expect-error not a return reason
        lines: [{ lineId: 'a', quantity: 1, reason: 'bored' }],
      },
      now: '2026-03-02T10:00:00Z',
    });
  });
});
