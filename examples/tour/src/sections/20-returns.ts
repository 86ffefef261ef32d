import { format, type Money } from '@meridian-cx/core';
import {
  definePolicy,
  EU_CONSUMER_RIGHTS,
  evaluateReturn,
  type Order,
  openRma,
  transitionRma,
} from '@meridian-cx/returns';

export const title = 'returns: an EU customer sends back part of a split delivery';

const NOW = '2026-03-02T10:00:00Z';

// A Lyon customer's order came in two parcels; she returns the boots from the first parcel and one
// of two scarves. The shop's own window is 10 days; the EU counts 14 from the last parcel.
const order: Order = {
  id: 'FR-20417',
  currency: 'EUR',
  placedAt: '2026-02-12T18:40:00+01:00',
  customer: { id: 'cust-88', country: 'FR', zone: 'Europe/Paris' },
  lines: [
    {
      id: 'boots',
      sku: 'BT-41',
      category: 'shoes',
      unitPrice: { amount: 12_900, currency: 'EUR' },
      quantity: 1,
      tax: { amount: 2_150, currency: 'EUR' },
    },
    {
      id: 'scarf',
      sku: 'SC-02',
      category: 'accessories',
      unitPrice: { amount: 2_450, currency: 'EUR' },
      quantity: 2,
      tax: { amount: 816, currency: 'EUR' },
    },
    {
      id: 'candle',
      sku: 'CN-7',
      category: 'home',
      unitPrice: { amount: 1_800, currency: 'EUR' },
      quantity: 1,
      tax: { amount: 300, currency: 'EUR' },
    },
  ],
  shipments: [
    {
      id: 'p1',
      lines: [{ lineId: 'boots', quantity: 1 }],
      deliveredAt: '2026-02-14T11:20:00+01:00',
    },
    {
      id: 'p2',
      lines: [
        { lineId: 'scarf', quantity: 2 },
        { lineId: 'candle', quantity: 1 },
      ],
      deliveredAt: '2026-02-20T16:05:00+01:00',
    },
  ],
  discount: { amount: 1_500, currency: 'EUR' },
  shipping: { charged: { amount: 590, currency: 'EUR' } },
  // French consumer prices include VAT (20 %: the 21,50 € of the boots is one sixth of 129,00 €).
  pricesIncludeTax: true,
};

const policy = definePolicy({
  base: {
    id: 'eu-standard',
    windowDays: 10,
    fees: {
      restockingPercent: 10,
      returnShipping: { kind: 'flat', amount: { amount: 395, currency: 'EUR' } },
    },
    returnMethods: { default: ['prepaid-label'], byCountry: { FR: ['drop-off', 'prepaid-label'] } },
    refundTiming: { hoursAfterReceipt: 48 },
  },
});

const eur = (m: Money) => format(m, 'fr-FR').padStart(11);

export default function section(): string {
  const decision = evaluateReturn({
    policy,
    order,
    request: {
      orderId: order.id,
      noticeAt: NOW,
      lines: [
        { lineId: 'boots', quantity: 1 },
        { lineId: 'scarf', quantity: 1, condition: { unused: true } },
      ],
      refundMethod: 'original-payment',
    },
    now: NOW,
    // The law the shop serves, as an import: the bundle carries this regime and no other.
    regimes: [EU_CONSUMER_RIGHTS],
    authority: {
      role: 'agent',
      table: {
        roles: [
          { role: 'agent', limits: { EUR: { refund: 10_000 } } },
          { role: 'team-lead', limits: { EUR: { refund: 100_000 } } },
        ],
      },
    },
  });
  const out: string[] = [];
  out.push(`Order ${order.id} (Lyon, Europe/Paris), regime: ${decision.regime?.name}`);
  for (const line of decision.lines) {
    out.push(
      `\n  ${line.lineId} ×${line.quantity}: ${line.eligible ? 'may come back' : 'refused'} on the footing of ${line.basis}`,
    );
    out.push(`    until ${line.deadline?.local} (Paris) = ${line.deadline?.at}`);
    out.push(
      `    by ${line.returnMethods.join(' or ')}; refund to ${line.refundMethods.join(' or ')}`,
    );
    for (const r of line.reasons) {
      const params = r.params ? ` ${JSON.stringify(r.params)}` : '';
      out.push(
        `    · ${r.code}${params}${r.source ? ` [${r.source.pinpoint ?? ''} ${r.source.url}]` : ''}`,
      );
    }
  }
  const f = decision.refund;
  out.push('\n  Refund, exact to the cent:');
  out.push(`    items               ${eur(f.items)}`);
  out.push(`    voucher (prorated) −${eur(f.discount)}`);
  out.push(
    f.taxIncluded
      ? `    of which VAT        ${eur(f.tax)}   (inside the prices, not added)`
      : `    tax                 ${eur(f.tax)}`,
  );
  out.push(
    `    outbound shipping   ${eur(f.outboundShipping)}   (only when the whole order comes back)`,
  );
  out.push(`    restocking fee     −${eur(f.restockingFee)}   (waived: statutory withdrawal)`);
  out.push(`    return label       −${eur(f.returnShippingFee)}`);
  out.push(`    total               ${eur(f.total)}`);
  for (const r of f.reasons) {
    out.push(`    · ${r.code}${r.params ? ` ${JSON.stringify(r.params)}` : ''}`);
  }
  out.push(
    `\n  Refund due by law: ${decision.refundDue.byLaw} (may wait for the parcel or proof of sending)`,
  );
  const a = decision.authority;
  out.push(`  Agent may approve alone: ${a?.mayApproveAlone ? 'yes' : `no, ${a?.approver} must`}`);
  const rma = openRma('RMA-5521', NOW);
  const step = transitionRma({ rma, event: 'approve', at: '2026-03-02T10:04:00Z' });
  if (step.ok)
    out.push(`  RMA-5521 approved → customer notification "${step.notification.template}"`);
  return out.join('\n');
}
