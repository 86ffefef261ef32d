// Digital content is not goods: adding a digital line to any order leaves when its goods arrived
// unchanged, and a digital line without a shipment counts as supplied in full at purchase.
import { fc, test } from '@fast-check/vitest';
import type { Order } from '@meridian-cx/returns';
import { expect } from 'vitest';
import { checkOrder } from './checkInput.js';
import { orderDeliveries } from './deliveries.js';

const DAY = 86_400_000;
const placed = Date.parse('2026-03-01T10:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

// Up to three goods lines in up to three shipments, some delivered, some only fulfilled, some not sent.
const order = fc
  .record({
    quantities: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 }),
    shipments: fc.array(
      fc.record({
        line: fc.nat(2),
        units: fc.integer({ min: 1, max: 3 }),
        day: fc.integer({ min: 0, max: 30 }),
        scanned: fc.boolean(),
      }),
      { maxLength: 3 },
    ),
  })
  .map(({ quantities, shipments }): Order => {
    const lines = quantities.map((quantity, i) => ({
      id: `g${i}`,
      sku: `G${i}`,
      unitPrice: { amount: 1_000, currency: 'EUR' as const },
      quantity,
    }));
    return {
      id: 'o',
      currency: 'EUR',
      placedAt: iso(placed),
      customer: { country: 'DE', zone: 'Europe/Berlin' },
      lines,
      shipments: shipments.map((s, k) => ({
        id: `s${k}`,
        lines: [{ lineId: `g${s.line % lines.length}`, quantity: s.units }],
        ...(s.scanned
          ? { deliveredAt: iso(placed + s.day * DAY) }
          : { fulfilledAt: iso(placed + s.day * DAY) }),
      })),
    };
  });

test.prop([order, fc.integer({ min: 1, max: 5 })])(
  'a digital line changes nothing about the goods, and is supplied in full at purchase',
  (o, copies) => {
    const before = orderDeliveries(o, 5, checkOrder(o));
    const ebook = {
      id: 'ebook',
      sku: 'EBOOK',
      unitPrice: { amount: 999, currency: 'EUR' as const },
      quantity: copies,
      digitalContent: true,
    };
    const withEbook = { ...o, lines: [...o.lines, ebook] };
    const after = orderDeliveries(withEbook, 5, checkOrder(withEbook));
    expect(after.lastAt).toBe(before.lastAt);
    expect(after.firstAt).toBe(before.firstAt);
    for (const line of o.lines)
      expect(after.byLine.get(line.id)).toEqual(before.byLine.get(line.id));
    expect(after.byLine.get('ebook')).toEqual({ delivered: copies, at: placed, basis: 'purchase' });
  },
);
