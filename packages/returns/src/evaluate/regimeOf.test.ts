// A decision is plain data that never hands the caller a way to edit the law it passed: the regime
// summary is a copy, and the sources the reasons carry belong to a deep-frozen regime (a built-in,
// defineRegime's copy, or evaluateReturn's own copy of a plain regime). The caller's objects are
// never frozen or changed.
import { isMeridianError, type Reason } from '@meridian-cx/core';
import {
  defineRegime,
  EU_CONSUMER_RIGHTS,
  evaluateReturn,
  type Order,
  type StatutoryRegime,
} from '@meridian-cx/returns';
import { describe, expect, it } from 'vitest';

const order: Order = {
  id: 'o',
  currency: 'EUR',
  placedAt: '2026-03-01T10:00:00Z',
  customer: { country: 'DE', zone: 'Europe/Berlin' },
  lines: [{ id: 'a', sku: 'A', unitPrice: { amount: 1_000, currency: 'EUR' }, quantity: 1 }],
  shipments: [
    { id: 's', lines: [{ lineId: 'a', quantity: 1 }], deliveredAt: '2026-03-02T10:00:00Z' },
  ],
};
const request = {
  orderId: 'o',
  noticeAt: '2026-03-05T10:00:00Z',
  lines: [{ lineId: 'a', quantity: 1 }],
};
const decide = (law: { regimes: StatutoryRegime[] } | { jurisdiction: StatutoryRegime }) =>
  evaluateReturn({
    policy: { id: 'p', windowDays: 0 },
    order,
    request,
    now: request.noticeAt,
    ...law,
  });

/** Every reason of a decision that carries a source. */
function sourced(d: ReturnType<typeof evaluateReturn>): Reason[] {
  const all = [...d.reasons, ...d.refund.reasons, ...d.refundDue.reasons];
  for (const l of d.lines) all.push(...l.reasons);
  return all.filter((r) => r.source !== undefined);
}

/** Every object reachable from a value is frozen. */
function deeplyFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(deeplyFrozen);
}

describe('the regime data behind a decision', () => {
  it('decision.regime is a copy: editing it leaves the regime and the next decision alone', () => {
    const first = decide({ regimes: [EU_CONSUMER_RIGHTS] });
    expect(first.regime).toEqual({ code: 'EU', name: EU_CONSUMER_RIGHTS.name });
    (first.regime as { code: string }).code = 'XX';
    expect(EU_CONSUMER_RIGHTS.code).toBe('EU');
    expect(decide({ regimes: [EU_CONSUMER_RIGHTS] }).regime?.code).toBe('EU');
  });

  it("a reason's source cannot be edited through the decision (the built-in regime is frozen)", () => {
    const d = decide({ regimes: [EU_CONSUMER_RIGHTS] });
    const reasons = sourced(d);
    expect(reasons.length).toBeGreaterThan(0);
    const source = reasons[0]?.source as { title: string };
    const title = source.title;
    expect(() => {
      source.title = 'edited';
    }).toThrow(TypeError);
    expect(source.title).toBe(title);
    expect(deeplyFrozen(EU_CONSUMER_RIGHTS)).toBe(true);
  });

  it('a regime of your own stays yours: never frozen, edits apply to the next call', () => {
    for (const law of [
      (r: StatutoryRegime) => ({ regimes: [r] }),
      (r: StatutoryRegime) => ({ jurisdiction: r }),
    ]) {
      const mine = {
        ...structuredClone(EU_CONSUMER_RIGHTS),
        countries: ['DE'],
      } as StatutoryRegime & { withdrawal: { days: number } };
      const before = JSON.stringify(mine);
      const d = decide(law(mine));
      expect(d.regime?.code).toBe('EU');
      expect(JSON.stringify(mine)).toBe(before);
      expect(Object.isFrozen(mine)).toBe(false);
      expect(Object.isFrozen(mine.withdrawal)).toBe(false);
      expect(Object.isFrozen(mine.withdrawal.provenance.source)).toBe(false);
      // The policy team adjusts its regime for the next test: no TypeError, and the edit counts.
      expect(() => {
        mine.withdrawal.days = 30;
      }).not.toThrow();
      const lastDay = (x: typeof d) =>
        x.lines[0]?.reasons.find((r) => r.code.startsWith('statutory.withdrawal'))?.params?.lastDay;
      expect(lastDay(decide(law(mine)))).not.toBe(lastDay(d));
      mine.withdrawal.days = 14;
      expect(decide(law(mine))).toEqual(d);
    }
  });

  it("a decision's sources cannot change the regime the next call uses", () => {
    const mine = { ...structuredClone(EU_CONSUMER_RIGHTS), countries: ['DE'] } as StatutoryRegime;
    for (const r of [mine, defineRegime(mine), EU_CONSUMER_RIGHTS]) {
      const d = decide({ regimes: [r] });
      const reasons = sourced(d);
      expect(reasons.length).toBeGreaterThan(0);
      for (const x of reasons) {
        expect(Object.isFrozen(x.source)).toBe(true);
        expect(() => {
          (x.source as { url: string }).url = 'https://example.com/edited';
        }).toThrow(TypeError);
      }
      expect(decide({ regimes: [r] })).toEqual(d);
    }
    expect(Object.isFrozen(mine)).toBe(false);
  });

  it('defineRegime returns a deep-frozen copy and leaves your object as it was', () => {
    const mine = { ...structuredClone(EU_CONSUMER_RIGHTS), countries: ['DE'] } as StatutoryRegime;
    const defined = defineRegime(mine);
    expect(defined).not.toBe(mine);
    expect(defined).toEqual(mine);
    expect(deeplyFrozen(defined)).toBe(true);
    expect(Object.isFrozen(mine)).toBe(false);
    expect(Object.isFrozen(mine.countries)).toBe(false);
    expect(decide({ jurisdiction: defined })).toEqual(decide({ jurisdiction: mine }));
  });

  it('an invalid regime is refused on every call (only valid regimes are remembered)', () => {
    for (let i = 0; i < 2; i++) {
      try {
        decide({ regimes: ['EU' as unknown as StatutoryRegime] });
        expect.unreachable();
      } catch (e) {
        expect(isMeridianError(e, 'returns/regime-id')).toBe(true);
      }
      try {
        decide({ jurisdiction: { code: 'X' } as unknown as StatutoryRegime });
        expect.unreachable();
      } catch (e) {
        expect(isMeridianError(e, 'returns/invalid-argument')).toBe(true);
      }
    }
  });
});
