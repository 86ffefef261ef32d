// The built-in rules run inline on the hot path (rules/policyPlan.ts) for speed; their defineRule
// versions in rules/builtinRules.ts stay the definition. This property holds the two together:
// the same rules given as copies (so they run through their own evaluate functions, like any
// team rule) must give exactly the same decision on any policy, order and request.
import { fc, test } from '@fast-check/vitest';
import {
  BUILTIN_RULES,
  definePolicy,
  evaluateReturn,
  type Order,
  type ReturnPolicy,
  STATUTORY_REGIMES,
} from '@meridian-cx/returns';
import { describe, expect } from 'vitest';

const categories = ['shoes', 'electronics', 'hygiene', 'gift-card'] as const;
const categoryRule = fc.record(
  {
    windowDays: fc.integer({ min: 0, max: 60 }),
    finalSale: fc.boolean(),
    nonReturnable: fc.boolean(),
  },
  { requiredKeys: [] },
);

const policyArb = fc
  .record({
    windowDays: fc.integer({ min: 0, max: 60 }),
    categories: fc.dictionary(fc.constantFrom(...categories), categoryRule, { maxKeys: 3 }),
    products: fc.dictionary(fc.constantFrom('S0', 'S1', 'S2'), categoryRule, { maxKeys: 2 }),
    nonReturnable: fc.subarray([...categories], { maxLength: 2 }),
    seasonal: fc.boolean(),
    unused: fc.boolean(),
    originalPackaging: fc.boolean(),
    tagsAttached: fc.boolean(),
  })
  .map(
    (p): ReturnPolicy => ({
      id: 'p',
      windowDays: p.windowDays,
      categories: p.categories,
      products: p.products,
      nonReturnableCategories: p.nonReturnable,
      seasonalWindows: p.seasonal
        ? [
            {
              id: 'holidays',
              purchasedFrom: '2026-02-20',
              purchasedTo: '2026-03-10',
              returnableUntil: '2026-04-30',
            },
          ]
        : [],
      conditions: {
        unused: p.unused,
        originalPackaging: p.originalPackaging,
        tagsAttached: p.tagsAttached,
      },
    }),
  );

const lineArb = fc.record({
  category: fc.option(fc.constantFrom(...categories), { nil: undefined }),
  condition: fc.record(
    { unused: fc.boolean(), originalPackaging: fc.boolean(), tagsAttached: fc.boolean() },
    { requiredKeys: [] },
  ),
  reason: fc.constantFrom('change-of-mind', 'defective', 'wrong-item'),
});

const caseArb = fc.record({
  policy: policyArb,
  lines: fc.array(lineArb, { minLength: 1, maxLength: 3 }),
  country: fc.constantFrom('DE', 'GB', 'BR', 'JP', 'US', 'AU', 'IN'),
  deliveredDay: fc.integer({ min: 1, max: 28 }),
  noticeDay: fc.integer({ min: 0, max: 60 }),
});

describe('inline built-in rules', () => {
  test.prop([caseArb], { numRuns: 200 })(
    'agree with the same rules run through their own evaluate functions',
    (c) => {
      const order: Order = {
        id: 'o',
        currency: 'EUR',
        placedAt: '2026-02-25T08:00:00Z',
        customer: { country: c.country as Order['customer']['country'], zone: 'Europe/Berlin' },
        lines: c.lines.map((l, i) => ({
          id: `l${i}`,
          sku: `S${i}`,
          ...(l.category ? { category: l.category } : {}),
          unitPrice: { amount: 5_000 + i, currency: 'EUR' },
          quantity: 1,
        })),
        shipments: [
          {
            id: 's',
            lines: c.lines.map((_, i) => ({ lineId: `l${i}`, quantity: 1 })),
            deliveredAt: `2026-03-${String(c.deliveredDay).padStart(2, '0')}T12:00:00Z`,
          },
        ],
      };
      const noticeAt = new Date(Date.UTC(2026, 2, c.deliveredDay + c.noticeDay, 18)).toISOString();
      const request = {
        orderId: 'o',
        noticeAt,
        lines: c.lines.map((l, i) => ({
          lineId: `l${i}`,
          quantity: 1,
          reason: l.reason,
          condition: l.condition,
        })),
      };
      const inline = definePolicy({ base: c.policy });
      const generic = definePolicy({
        base: c.policy,
        withoutBuiltins: true,
        rules: BUILTIN_RULES.map((rule) => ({ ...rule })),
      });
      const run = (policy: typeof inline | ReturnPolicy) =>
        evaluateReturn({
          regimes: STATUTORY_REGIMES,
          policy,
          order,
          request,
          now: noticeAt,
        } as Parameters<typeof evaluateReturn>[0]);
      expect(run(inline)).toEqual(run(generic));
      // Policy data compiles without the rule objects (compilePolicy): the same decision again.
      expect(run(c.policy)).toEqual(run(inline));
    },
  );
});
