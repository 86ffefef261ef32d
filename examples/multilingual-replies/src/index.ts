// The same refund answered in four languages: German (formal), Japanese, Persian and Brazilian
// Portuguese. A return decision from @meridian-cx/returns gives the refund and its reasons; tone
// negotiates the language, renders the reply and the reasons, and lints the result before it goes out.
// The desk imports the reply catalogs of the five languages it serves, one import each; a bundle
// carries those five and not the other seven.
import assert from 'node:assert/strict';
import {
  BR_CONSUMER_CODE,
  EU_CONSUMER_RIGHTS,
  evaluateReturn,
  JP_SPECIFIED_TRANSACTIONS_ACT,
  type Order,
} from '@meridian-cx/returns';
import {
  defineTemplates,
  lintReply,
  negotiateLocale,
  REPLIES_DE,
  REPLIES_EN,
  REPLIES_FA,
  REPLIES_JA,
  REPLIES_PT_BR,
  renderReason,
  renderReply,
} from '@meridian-cx/tone';

const DESK = ['en-US', 'de-DE', 'ja-JP', 'fa-IR', 'pt-BR'];
// A policy team's own template beside the built-ins: ICU date and time formats, which
// intl-messageformat renders in each customer's locale and zone.
const PICKUP = defineTemplates({
  'pickup-slot': {
    params: { orderId: 'text', from: 'datetime' },
    messages: {
      en: { any: 'The courier collects {orderId} on {from, date, full} at {from, time, short}.' },
      de: { formal: 'Der Kurier holt {orderId} am {from, date, full} um {from, time, short} ab.' },
      ja: { any: '{from, date, full} {from, time, short}に、ご注文 {orderId} を集荷いたします。' },
      fa: {
        any: 'پیک سفارش {orderId} را {from, date, full} ساعت {from, time, short} تحویل می‌گیرد.',
      },
      'pt-BR': {
        any: 'O entregador retira o pedido {orderId} em {from, date, full} às {from, time, short}.',
      },
    },
  },
});
const REPLIES = [REPLIES_EN, REPLIES_DE, REPLIES_JA, REPLIES_FA, REPLIES_PT_BR, PICKUP];
const PICKUP_AT = '2026-03-04T13:00:00Z';

const customers = [
  {
    name: 'Berlin',
    country: 'DE',
    zone: 'Europe/Berlin',
    acceptLanguage: 'de-DE,de;q=0.9,en;q=0.5',
    currency: 'EUR',
  },
  { name: 'Osaka', country: 'JP', zone: 'Asia/Tokyo', acceptLanguage: 'ja', currency: 'JPY' },
  {
    name: 'Tehran',
    country: 'IR',
    zone: 'Asia/Tehran',
    acceptLanguage: 'fa-IR,fa;q=0.8',
    currency: 'EUR',
  },
  {
    name: 'Recife',
    country: 'BR',
    zone: 'America/Recife',
    acceptLanguage: 'pt-BR',
    currency: 'BRL',
  },
] as const;

function orderFor(c: (typeof customers)[number]): Order {
  const unit = c.currency === 'JPY' ? 9_800 : 8_999;
  return {
    id: `o-${c.country}`,
    currency: c.currency,
    placedAt: '2026-02-20T09:00:00Z',
    customer: { country: c.country, zone: c.zone },
    lines: [
      { id: 'shoes', sku: 'SH-1', unitPrice: { amount: unit, currency: c.currency }, quantity: 1 },
    ],
    shipments: [
      { id: 's1', lines: [{ lineId: 'shoes', quantity: 1 }], deliveredAt: '2026-02-24T12:00:00Z' },
    ],
  };
}

for (const c of customers) {
  const order = orderFor(c);
  const decision = evaluateReturn({
    policy: { id: 'standard', windowDays: 30 },
    order,
    request: {
      orderId: order.id,
      noticeAt: '2026-03-02T10:00:00Z',
      lines: [{ lineId: 'shoes', quantity: 1 }],
    },
    now: '2026-03-02T10:00:00Z',
    // The laws of the markets the desk serves (Iran has no built-in regime: the policy alone).
    regimes: [EU_CONSUMER_RIGHTS, JP_SPECIFIED_TRANSACTIONS_ACT, BR_CONSUMER_CODE],
  });
  const language = negotiateLocale({
    requested: c.acceptLanguage,
    supported: DESK,
    default: 'en-US',
    country: c.country,
  });
  const reply = renderReply(
    {
      template: 'refund-issued',
      locale: language.locale,
      register: 'formal',
      params: { orderId: order.id, amount: decision.refund.total, days: 5 },
      timeZone: c.zone,
    },
    REPLIES,
  );
  const pickup = renderReply(
    {
      template: 'pickup-slot',
      locale: language.locale,
      params: { orderId: order.id, from: PICKUP_AT },
      timeZone: c.zone,
    },
    REPLIES,
  );
  const reasons = (decision.lines[0]?.reasons ?? []).map((r) => renderReason(r, language.locale));
  const findings = lintReply(reply.text, {
    locale: language.locale,
    register: 'formal',
    maxLength: 320,
  });

  console.log(`— ${c.name}: ${language.locale} (${language.rule}: ${language.why})`);
  console.log(`  ${reply.text}`);
  for (const r of reasons) console.log(`  · ${r.text}`);
  console.log(`  ${pickup.text}`);
  console.log(
    `  lint: ${findings.length === 0 ? 'clean' : findings.map((f) => f.code).join(', ')}`,
  );

  assert.equal(
    language.locale,
    DESK.find((d) => d.startsWith(c.acceptLanguage.slice(0, 2))),
  );
  assert.equal(findings.length, 0);
  // The pickup time is the customer's wall clock, not the server's.
  const local = new Intl.DateTimeFormat(language.locale, {
    hour: 'numeric',
    minute: 'numeric',
    timeZone: c.zone,
  }).format(Date.parse(PICKUP_AT));
  assert.ok(pickup.text.includes(local), `${pickup.text} has ${local}`);
  assert.ok(reasons.length > 0 && reasons.every((r) => r.text.length > 0));
}
