// The fast boundary predicates and the zod schemas are two statements of one rule: on any input,
// hostile or not, they accept and refuse the same values.
import { fc, test } from '@fast-check/vitest';
import { OrderSchema } from '@meridian-cx/returns';
import { describe, expect } from 'vitest';
import { EvaluateRequestSchema, orderOk, requestOk } from './checkInput.js';

const validOrder = {
  id: 'o',
  currency: 'EUR',
  placedAt: '2026-03-01T10:00:00+01:00',
  customer: { id: 'c', country: 'DE', zone: 'Europe/Berlin', type: 'consumer', tier: 'gold' },
  channel: 'distance',
  regularDelivery: false,
  lines: [
    { id: 'a', sku: 'A', category: 'x', unitPrice: { amount: 100, currency: 'EUR' }, quantity: 2 },
    {
      id: 'b',
      sku: 'B',
      unitPrice: { amount: 0, currency: 'EUR' },
      quantity: 1,
      exceptions: ['perishable'],
      tax: { amount: 5, currency: 'EUR' },
      perishableUntil: '2026-03-09',
      digitalContent: false,
    },
  ],
  shipments: [
    {
      id: 's',
      lines: [{ lineId: 'a', quantity: 2 }],
      deliveredAt: '2026-03-02T10:00:00Z',
      fulfilledAt: new Date(0),
    },
  ],
  discount: { amount: 10, currency: 'EUR' },
  shipping: {
    charged: { amount: 500, currency: 'EUR' },
    standardDelivery: { amount: 400, currency: 'EUR' },
  },
  withdrawalInfoGiven: true,
  withdrawalInfoReceivedAt: '2026-03-04T10:00:00+01:00',
  pricesIncludeTax: false,
};
const validRequest = {
  id: 'r',
  orderId: 'o',
  noticeAt: '2026-03-05T10:00:00Z',
  lines: [
    {
      lineId: 'a',
      quantity: 1,
      reason: 'defective',
      condition: { unused: true, diminishedValue: { amount: 1, currency: 'EUR' } },
      apparentAt: '2026-03-04T10:00:00Z',
      majorFailure: true,
    },
  ],
  refundMethod: 'store-credit',
  returnMethod: 'drop-off',
  traderCollects: false,
  receivedAt: '2026-03-06T10:00:00+09:00',
};

const hostile = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
    -1,
    0,
    1,
    1.5,
    2 ** 53,
    1e308,
    '',
    'de',
    'DE',
    'EUR',
    'eur',
    'Mars/Olympus',
    'EST',
    'Europe/Berlin',
    '2026-03-02T10:00:00',
    '2026-03-02T10:00:00Z',
    '2026-02-30T10:00:00Z',
    '2026-02-30',
    '2026-03-09',
    'defective',
    'store-credit',
    'business',
    'in-store',
    'perishable',
    true,
    false,
    [],
    {},
    { toString: 1 },
    { amount: 1, currency: 'EUR' },
    { amount: -1, currency: 'EUR' },
    new Date(Number.NaN),
    new Date(0),
    [{ lineId: 'a', quantity: 1 }],
    Object.create(null),
  ),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double(),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Every path into a value, down to its leaves (and each object's missing optional keys). */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) {
      out.push(...paths(v, [...prefix, Array.isArray(value) ? Number(k) : k]));
    }
    if (!Array.isArray(value)) out.push([...prefix, 'unknownKey']);
    else out.push([...prefix, value.length]);
  }
  return out;
}

function setAt(at: unknown, path: (string | number)[], v: unknown): unknown {
  if (path.length === 0) return v;
  // An earlier edit may have replaced a parent with a primitive: build the path again.
  const root = typeof at === 'object' && at !== null ? at : {};
  const copy: unknown = Array.isArray(root) ? [...root] : { ...(root as object) };
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  (copy as Record<string | number, unknown>)[head] = setAt(
    (root as Record<string | number, unknown>)[head],
    rest,
    v,
  );
  return copy;
}

const mutated = (base: unknown) =>
  fc
    .array(fc.tuple(fc.constantFrom(...paths(base)), hostile), { minLength: 1, maxLength: 3 })
    .map((edits) => edits.reduce((acc, [p, v]) => setAt(acc, p, v), base));

describe('boundary predicates agree with the schemas', () => {
  test('the valid fixtures pass both', () => {
    expect(orderOk(validOrder)).toBe(true);
    expect(OrderSchema.safeParse(validOrder).success).toBe(true);
    expect(requestOk(validRequest)).toBe(true);
  });
  test.prop([mutated(validOrder)], { numRuns: 1000 })('orderOk ≡ OrderSchema', (order) => {
    expect(orderOk(order)).toBe(OrderSchema.safeParse(order).success);
  });
  test.prop([mutated(validRequest)], { numRuns: 1000 })(
    'requestOk ≡ the evaluate request schema',
    (request) => {
      expect(requestOk(request)).toBe(EvaluateRequestSchema.safeParse(request).success);
    },
  );
  test.prop([hostile])('any value at the root', (v) => {
    expect(orderOk(v)).toBe(OrderSchema.safeParse(v).success);
    expect(requestOk(v)).toBe(EvaluateRequestSchema.safeParse(v).success);
  });
});
