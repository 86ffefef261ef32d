// A returns portal back end: requests arrive as JSON from the storefront and the help desk, are
// validated at the boundary, decided against one policy with a team rule, and turned into RMAs
// whose customer notifications are queued as data. Prints a report of the morning's queue.
import { format, isMeridianError, type Money, ValidationError } from '@meridian-cx/core';
import { PAYMENT_DATASET, refundRoute } from '@meridian-cx/payments';
import {
  type AuthorityTable,
  BR_CONSUMER_CODE,
  definePolicy,
  defineRule,
  EU_CONSUMER_RIGHTS,
  evaluateReturn,
  JP_SPECIFIED_TRANSACTIONS_ACT,
  KR_ECOMMERCE_ACT,
  openRma,
  parseOrder,
  parseReturnPolicy,
  parseReturnRequest,
  type ReturnDecision,
  type RmaNotification,
  transitionRma,
} from '@meridian-cx/returns';

const NOW = '2026-03-02T10:00:00Z';

// The consumer laws of the markets the shop sells to, as imports: the portal's bundle carries these
// four regimes and no other. A customer from a market with a built-in law missing here (a UK
// order, say) is refused with returns/regime-not-passed rather than decided without that law.
const REGIMES = [
  EU_CONSUMER_RIGHTS,
  JP_SPECIFIED_TRANSACTIONS_ACT,
  BR_CONSUMER_CODE,
  KR_ECOMMERCE_ACT,
];

// The policy as the merchandising team keeps it in the CMS, plus one rule of their own.
const cmsPolicy: unknown = {
  id: 'global-2026',
  windowDays: 30,
  nonReturnableCategories: ['gift-card', 'perishable'],
  categories: { electronics: { windowDays: 15 }, clearance: { finalSale: true } },
  conditions: { unused: true, tagsAttached: true },
  fees: {
    restockingPercent: 15,
    returnShipping: {
      kind: 'flat',
      amount: { amount: 495, currency: 'EUR' },
      byCurrency: { JPY: 800, BRL: 2_500 },
    },
    freeReturnTiers: ['insider'],
  },
  returnMethods: {
    default: ['prepaid-label'],
    byCountry: { DE: ['drop-off', 'in-store'], JP: ['courier-pickup'] },
  },
  refundMethods: { methods: ['original-payment', 'store-credit'], storeCreditBonusPercent: 10 },
  refundTiming: { hoursAfterReceipt: 24 },
};

const insiders60 = defineRule({
  id: 'insider-60-days',
  evaluate: (ctx) =>
    ctx.order.customer.tier === 'insider' && ctx.windowDays < 60
      ? { windowDays: 60, reasons: [{ code: 'custom.insider-window', params: { days: 60 } }] }
      : undefined,
});

const policy = definePolicy({ base: parseReturnPolicy(cmsPolicy), rules: [insiders60] });

const authority: AuthorityTable = {
  roles: [
    {
      role: 'agent',
      limits: { EUR: { refund: 15_000 }, JPY: { refund: 20_000 }, BRL: { refund: 60_000 } },
    },
    {
      role: 'team-lead',
      limits: { EUR: { refund: 100_000 }, JPY: { refund: 150_000 }, BRL: { refund: 400_000 } },
    },
  ],
};

// Orders and requests as the webhooks deliver them: untrusted JSON.
const inbox: { source: string; order: unknown; request: unknown }[] = [
  {
    source: 'storefront',
    order: {
      id: 'DE-1001',
      currency: 'EUR',
      placedAt: '2026-02-10T19:02:00+01:00',
      customer: { country: 'DE', zone: 'Europe/Berlin', tier: 'insider' },
      lines: [
        {
          id: 'l1',
          sku: 'HEADPHONES',
          category: 'electronics',
          unitPrice: { amount: 19_900, currency: 'EUR' },
          quantity: 1,
          tax: { amount: 3_177, currency: 'EUR' },
        },
        {
          id: 'l2',
          sku: 'CABLE',
          category: 'electronics',
          unitPrice: { amount: 1_490, currency: 'EUR' },
          quantity: 2,
          tax: { amount: 476, currency: 'EUR' },
        },
      ],
      shipments: [
        {
          id: 's1',
          lines: [
            { lineId: 'l1', quantity: 1 },
            { lineId: 'l2', quantity: 2 },
          ],
          deliveredAt: '2026-02-12T13:30:00+01:00',
        },
      ],
      shipping: { charged: { amount: 495, currency: 'EUR' } },
    },
    request: {
      orderId: 'DE-1001',
      noticeAt: NOW,
      lines: [{ lineId: 'l1', quantity: 1 }],
      refundMethod: 'store-credit',
    },
  },
  {
    source: 'help desk',
    order: {
      id: 'ES-2002',
      currency: 'EUR',
      placedAt: '2026-02-20T09:15:00+01:00',
      customer: { country: 'ES', zone: 'Europe/Madrid' },
      lines: [
        {
          id: 'l1',
          sku: 'DRESS',
          category: 'clearance',
          unitPrice: { amount: 5_990, currency: 'EUR' },
          quantity: 1,
        },
        {
          id: 'l2',
          sku: 'CUSTOM-RING',
          category: 'jewellery',
          unitPrice: { amount: 14_900, currency: 'EUR' },
          quantity: 1,
          exceptions: ['made-to-specification'],
        },
      ],
      shipments: [
        {
          id: 's1',
          lines: [{ lineId: 'l1', quantity: 1 }],
          deliveredAt: '2026-02-23T12:00:00+01:00',
        },
        {
          id: 's2',
          lines: [{ lineId: 'l2', quantity: 1 }],
          deliveredAt: '2026-02-27T17:45:00+01:00',
        },
      ],
    },
    request: {
      orderId: 'ES-2002',
      noticeAt: '2026-03-02T10:55:00+01:00',
      lines: [
        { lineId: 'l1', quantity: 1 },
        { lineId: 'l2', quantity: 1 },
      ],
    },
  },
  {
    source: 'storefront',
    order: {
      id: 'JP-3003',
      currency: 'JPY',
      placedAt: '2026-02-18T21:00:00+09:00',
      customer: { country: 'JP', zone: 'Asia/Tokyo' },
      lines: [
        {
          id: 'l1',
          sku: 'TEAPOT',
          category: 'home',
          unitPrice: { amount: 8_800, currency: 'JPY' },
          quantity: 1,
        },
      ],
      shipments: [
        {
          id: 's1',
          lines: [{ lineId: 'l1', quantity: 1 }],
          deliveredAt: '2026-02-20T10:00:00+09:00',
        },
      ],
    },
    request: {
      orderId: 'JP-3003',
      noticeAt: '2026-03-02T18:30:00+09:00',
      lines: [{ lineId: 'l1', quantity: 1, reason: 'defective' }],
    },
  },
  {
    source: 'help desk',
    order: {
      id: 'BR-4004',
      currency: 'BRL',
      placedAt: '2026-02-22T14:00:00-03:00',
      customer: { country: 'BR', zone: 'America/Sao_Paulo' },
      lines: [
        {
          id: 'l1',
          sku: 'SNEAKERS',
          category: 'shoes',
          unitPrice: { amount: 45_990, currency: 'BRL' },
          quantity: 1,
        },
      ],
      shipments: [
        {
          id: 's1',
          lines: [{ lineId: 'l1', quantity: 1 }],
          deliveredAt: '2026-02-25T16:00:00-03:00',
        },
      ],
    },
    request: {
      orderId: 'BR-4004',
      noticeAt: '2026-03-02T07:00:00-03:00',
      lines: [{ lineId: 'l1', quantity: 1, condition: { tagsAttached: false } }],
    },
  },
  {
    // Not as advertised (the listing said waterproof): Korea's E-Commerce Act Art. 17(3) gives 3
    // months from supply and 30 days from learning of it, long after the 7-day change of mind.
    source: 'chat',
    order: {
      id: 'KR-6006',
      currency: 'KRW',
      placedAt: '2026-01-05T20:00:00+09:00',
      customer: { country: 'KR', zone: 'Asia/Seoul' },
      lines: [
        {
          id: 'l1',
          sku: 'RAIN-JACKET',
          category: 'outerwear',
          unitPrice: { amount: 129_000, currency: 'KRW' },
          quantity: 1,
        },
      ],
      shipments: [
        {
          id: 's1',
          lines: [{ lineId: 'l1', quantity: 1 }],
          deliveredAt: '2026-01-07T15:00:00+09:00',
        },
      ],
    },
    request: {
      orderId: 'KR-6006',
      noticeAt: '2026-03-02T18:00:00+09:00',
      lines: [
        {
          lineId: 'l1',
          quantity: 1,
          reason: 'not-as-described',
          apparentAt: '2026-02-20T09:00:00+09:00',
        },
      ],
    },
  },
  {
    // A marketplace order from the UK: the shop did not import UK_CONSUMER_CONTRACTS, so the
    // request is refused (returns/regime-not-passed) instead of decided without the customer's law.
    source: 'marketplace',
    order: {
      id: 'GB-7007',
      currency: 'GBP',
      placedAt: '2026-02-24T12:00:00Z',
      customer: { country: 'GB', zone: 'Europe/London' },
      lines: [{ id: 'l1', sku: 'MUG', unitPrice: { amount: 1_800, currency: 'GBP' }, quantity: 1 }],
      shipments: [
        { id: 's1', lines: [{ lineId: 'l1', quantity: 1 }], deliveredAt: '2026-02-26T10:00:00Z' },
      ],
    },
    request: { orderId: 'GB-7007', noticeAt: NOW, lines: [{ lineId: 'l1', quantity: 1 }] },
  },
  {
    source: 'storefront',
    order: {
      id: 'XX-5005',
      currency: 'EUR',
      placedAt: '2026-02-22',
      customer: { country: 'FR', zone: 'Paris' },
      lines: [],
    },
    request: { orderId: 'XX-5005', noticeAt: NOW, lines: [{ lineId: 'l1', quantity: -2 }] },
  },
];

const money = (m: Money) => format(m, 'en-GB');
const outbox: RmaNotification[] = [];
const rule = '─'.repeat(72);

function report(decision: ReturnDecision, orderId: string): string[] {
  const out: string[] = [];
  for (const line of decision.lines) {
    const until = line.deadline ? `until ${line.deadline.local}` : 'no fixed deadline';
    const remedy = line.remedy ? `, first remedy by law: ${line.remedy}` : '';
    out.push(
      `  ${line.lineId}: ${line.eligible ? 'YES' : 'NO '} (${line.basis}), ${until}${remedy}`,
    );
    for (const r of line.reasons) {
      out.push(
        `      ${r.code}${r.source ? `  ← ${r.source.title}, ${r.source.pinpoint ?? ''}` : ''}`,
      );
    }
  }
  const f = decision.refund;
  out.push(
    `  refund ${money(f.total)} = items ${money(f.items)} − discount ${money(f.discount)} ${f.taxIncluded ? `(VAT ${money(f.tax)} included)` : `+ tax ${money(f.tax)}`} + shipping ${money(f.outboundShipping)} − restocking ${money(f.restockingFee)} − label ${money(f.returnShippingFee)}`,
  );
  if (f.storeCreditBonus.amount > 0) out.push(`  store-credit bonus ${money(f.storeCreditBonus)}`);
  out.push(
    `  refund due: ${decision.refundDue.at ?? `by law ${decision.refundDue.byLaw ?? 'n/a'}, else after receipt`}`,
  );
  if (decision.authority) {
    const a = decision.authority;
    out.push(
      `  approval: ${a.mayApproveAlone ? 'agent may approve alone' : `needs ${a.approver ?? 'a manual exception'}`}`,
    );
  }
  if (decision.eligible) {
    const opened = openRma(`RMA-${orderId}`, NOW);
    const approved = transitionRma({ rma: opened, event: 'approve', at: '2026-03-02T10:01:00Z' });
    if (approved.ok) {
      outbox.push(approved.notification);
      const labelled = transitionRma({
        rma: approved.rma,
        event: 'issue-label',
        at: '2026-03-02T10:01:30Z',
      });
      if (labelled.ok) outbox.push(labelled.notification);
    }
  }
  return out;
}

console.log(rule);
console.log(` Returns portal — queue of ${NOW}`);
console.log(rule);
let decided = 0;
let refused = 0;
// How each order was paid (from the payment service provider's records): the refund the returns
// engine grants reaches the customer by the route @meridian-cx/payments finds for that payment.
const paidWith: Record<string, { readonly method: string; readonly provider: string }> = {
  'DE-1001': { method: 'card', provider: 'stripe' },
  'JP-3003': { method: 'konbini', provider: 'worldline' },
  'BR-4004': { method: 'boleto', provider: 'stripe' },
};

for (const item of inbox) {
  try {
    const order = parseOrder(item.order);
    const request = parseReturnRequest(item.request);
    const decision = evaluateReturn({
      policy,
      order,
      request,
      now: NOW,
      regimes: REGIMES,
      authority: { table: authority, role: 'agent' },
    });
    console.log(
      `\n${order.id} via ${item.source} — ${decision.regime?.name ?? 'no statutory regime'}`,
    );
    for (const line of report(decision, order.id)) console.log(line);
    const paid = paidWith[order.id];
    if (paid && decision.refund.total.amount > 0) {
      const route = refundRoute({
        dataset: PAYMENT_DATASET,
        ...paid,
        amount: decision.refund.total,
        paidAt: order.placedAt,
        now: NOW,
      });
      const collect = route.collect
        ? `, collect ${route.collect.fields.map((f) => f.label).join(' + ')}`
        : '';
      console.log(
        `  refund route (${paid.method} at ${paid.provider}): ${route.route}${route.deadline ? ` until ${route.deadline}` : ''}${collect} (${route.reasons[0]?.code})`,
      );
    }
    decided++;
  } catch (error) {
    refused++;
    if (error instanceof ValidationError) {
      console.log(`\nrejected input via ${item.source}: ${error.code}`);
      for (const issue of error.issues.slice(0, 6))
        console.log(`  at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    } else if (isMeridianError(error)) {
      console.log(`\nrejected request via ${item.source}: ${error.code} — ${error.message}`);
    } else {
      throw error;
    }
  }
}
console.log(`\n${rule}`);
console.log(
  ` ${decided} decided, ${refused} rejected at the boundary; ${outbox.length} customer notifications queued:`,
);
for (const n of outbox) console.log(`  → ${n.rmaId}: ${n.template} at ${n.at}`);
console.log(rule);
