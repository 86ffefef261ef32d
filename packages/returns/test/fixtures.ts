// Shared fixtures for the scenario tests: a Berlin customer's order delivered in two parts.
import type { Order, ReturnPolicy, ReturnRequest } from '@meridian-cx/returns';

export const standardPolicy: ReturnPolicy = {
  id: 'standard',
  windowDays: 30,
  nonReturnableCategories: ['gift-card'],
  categories: { electronics: { windowDays: 15 }, clearance: { finalSale: true } },
  conditions: { unused: true, tagsAttached: true },
  fees: {
    restockingPercent: 10,
    returnShipping: { kind: 'flat', amount: { amount: 495, currency: 'EUR' } },
    freeReturnTiers: ['gold'],
  },
  returnMethods: {
    default: ['prepaid-label', 'drop-off'],
    byCountry: { DE: ['drop-off', 'in-store'] },
  },
  refundMethods: { methods: ['original-payment', 'store-credit'], storeCreditBonusPercent: 10 },
  refundTiming: { hoursAfterReceipt: 24 },
};

/**
 * 3 lines, 2 shipments: the shoes arrive 1 March, the jacket and the phone case on 5 March. Prices
 * are net with the 19 % tax beside them (`pricesIncludeTax: false`): the customer paid both.
 */
export function berlinOrder(overrides: Partial<Order> = {}): Order {
  return {
    id: 'o-1',
    pricesIncludeTax: false,
    currency: 'EUR',
    placedAt: '2026-02-26T09:00:00+01:00',
    customer: { id: 'c-1', country: 'DE', zone: 'Europe/Berlin' },
    lines: [
      {
        id: 'shoes',
        sku: 'SH-1',
        category: 'shoes',
        unitPrice: { amount: 8_999, currency: 'EUR' },
        quantity: 1,
        tax: { amount: 1_710, currency: 'EUR' },
      },
      {
        id: 'jacket',
        sku: 'JK-1',
        category: 'outerwear',
        unitPrice: { amount: 15_000, currency: 'EUR' },
        quantity: 1,
        tax: { amount: 2_850, currency: 'EUR' },
      },
      {
        id: 'case',
        sku: 'PC-1',
        category: 'electronics',
        unitPrice: { amount: 1_999, currency: 'EUR' },
        quantity: 2,
        tax: { amount: 760, currency: 'EUR' },
      },
    ],
    shipments: [
      {
        id: 's1',
        lines: [{ lineId: 'shoes', quantity: 1 }],
        deliveredAt: '2026-03-01T14:00:00+01:00',
      },
      {
        id: 's2',
        lines: [
          { lineId: 'jacket', quantity: 1 },
          { lineId: 'case', quantity: 2 },
        ],
        deliveredAt: '2026-03-05T11:00:00+01:00',
      },
    ],
    discount: { amount: 2_000, currency: 'EUR' },
    shipping: {
      charged: { amount: 795, currency: 'EUR' },
      standardDelivery: { amount: 495, currency: 'EUR' },
    },
    ...overrides,
  };
}

export function requestFor(
  lines: ReturnRequest['lines'],
  noticeAt: string,
  extra: Partial<ReturnRequest> = {},
): ReturnRequest {
  return { orderId: 'o-1', noticeAt, lines, ...extra };
}

/** A one-line order for the jurisdiction scenarios. */
export function simpleOrder(args: {
  readonly country: Order['customer']['country'];
  readonly zone: string;
  readonly currency: Order['currency'];
  readonly deliveredAt?: string;
  readonly placedAt?: string;
  readonly price?: number;
  readonly category?: string;
  readonly exceptions?: NonNullable<Order['lines'][number]['exceptions']>;
  readonly customer?: Partial<Order['customer']>;
  readonly extra?: Partial<Order>;
}): Order {
  const { currency } = args;
  return {
    id: 'o-1',
    currency,
    placedAt: args.placedAt ?? '2026-02-26T09:00:00Z',
    customer: { country: args.country, zone: args.zone, ...args.customer },
    lines: [
      {
        id: 'a',
        sku: 'SKU-A',
        ...(args.category ? { category: args.category } : {}),
        unitPrice: { amount: args.price ?? 10_000, currency },
        quantity: 1,
        exceptions: args.exceptions ?? [],
      },
    ],
    shipments: args.deliveredAt
      ? [{ id: 's', lines: [{ lineId: 'a', quantity: 1 }], deliveredAt: args.deliveredAt }]
      : [],
    ...args.extra,
  };
}
