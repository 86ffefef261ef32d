// A checkout that asks, for five shoppers, which payment methods to show and why the others are
// not; then a support agent's question about refunding an OXXO voucher in Mexico City.
import { format } from '@meridian-cx/core';
import {
  convertWithRates,
  formatForShopper,
  mergePaymentDatasets,
  PAYMENTS_AMERICAS,
  PAYMENTS_ASIA_PACIFIC,
  PAYMENTS_EUROPE,
  pricePresentation,
  type Recommendation,
  recommendPaymentMethods,
  refundRoute,
} from '@meridian-cx/payments';

const at = '2026-11-30T10:00:00Z';
// The functions take the data they decide from (as dinero.js takes a currency): this shop sells in
// Europe, the Americas and China, so it joins those three regions of the sourced, dated data
// (PAYMENT_DATASET has them all; a team's own comes from definePaymentDataset({ base, … })).
const dataset = mergePaymentDatasets(PAYMENTS_EUROPE, PAYMENTS_AMERICAS, PAYMENTS_ASIA_PACIFIC);
console.log(`Data: ${dataset.name}, ${dataset.methods.length} methods, as of ${dataset.asOf}`);
// The merchant's own contracts: a global acquirer plus a local-methods aggregator.
const providers = ['stripe', 'ppro', 'antom', 'adyen', 'wechat-pay'];

function show(title: string, r: Recommendation, locale: string): void {
  console.log(
    `\n## ${title}: ${formatForShopper({ amount: r.amount, currency: r.currency }, locale)} on ${r.device}`,
  );
  r.recommended.slice(0, 5).forEach((m, i) => {
    const why = m.reasons.find(
      (x) =>
        x.code === 'country.popular' ||
        x.code === 'device.mobile-first' ||
        x.code === 'device.qr-on-desktop',
    );
    console.log(
      `  ${i + 1}. ${m.name} via ${m.providers.join(', ')}${why ? ` (${why.code})` : ''}`,
    );
  });
  for (const m of r.leftOut.slice(0, 3)) {
    const reason = m.reasons[0];
    console.log(`  left out: ${m.name}: ${reason?.code} ${JSON.stringify(reason?.params ?? {})}`);
  }
}

show(
  'Warsaw, phone',
  recommendPaymentMethods({
    dataset,
    country: 'PL',
    currency: 'PLN',
    amount: 4900,
    device: 'mobile',
    providers,
    at,
  }),
  'pl-PL',
);
show(
  'Amsterdam, desktop, a subscription',
  recommendPaymentMethods({
    dataset,
    country: 'NL',
    currency: 'EUR',
    amount: 1299,
    device: 'desktop',
    recurring: true,
    providers: [...providers, 'mollie'],
    at,
  }),
  'nl-NL',
);
show(
  'São Paulo, phone',
  recommendPaymentMethods({
    dataset,
    country: 'BR',
    currency: 'BRL',
    amount: 14_990,
    device: 'mobile',
    providers,
    at,
  }),
  'pt-BR',
);
show(
  'Mexico City, desktop',
  recommendPaymentMethods({
    dataset,
    country: 'MX',
    currency: 'MXN',
    amount: 49_900,
    device: 'desktop',
    providers,
    at,
  }),
  'es-MX',
);
show(
  'Shanghai, desktop (QR codes)',
  recommendPaymentMethods({
    dataset,
    country: 'CN',
    currency: 'CNY',
    amount: 29_900,
    device: 'desktop',
    providers,
    at,
  }),
  'zh-CN',
);

// The catalogue is priced in EUR: what the Warsaw shopper sees, at the rate our books use.
const rates = { asOf: '2026-11-30', rates: { 'EUR/PLN': '4.2655' } };
const price = convertWithRates({
  amount: { amount: 1149, currency: 'EUR' },
  to: 'PLN',
  rates,
  rounding: 'half-even',
});
console.log(
  `\nEUR 11.49 at ${price.rate} (${price.pair}, ${price.rounding}, ${price.asOf}) = ${format(price.amount, 'pl-PL')}, shown ${pricePresentation('PL', dataset).rule}`,
);
// A Montréal shopper: sales tax may be added at checkout (federal law and Québec's agree).
const montreal = pricePresentation('CA', dataset);
console.log(`Canada: prices shown ${montreal.rule} (${montreal.source.title})`);

// Mexico City: the customer paid 499 MXN with an OXXO voucher on 2 November and returns the item.
console.log('\n## Refunding an OXXO payment in Mexico City');
for (const provider of ['stripe', 'ppro']) {
  const route = refundRoute({
    dataset,
    method: 'oxxo',
    provider,
    amount: { amount: 49_900, currency: 'MXN' },
    paidAt: '2026-11-02T18:00:00-06:00',
    now: '2026-11-30T10:00:00-06:00',
  });
  const collect = route.collect
    ? `, collect ${route.collect.fields.map((f) => f.label).join(' + ')}`
    : '';
  console.log(
    `  at ${provider}: ${route.route}${route.deadline ? ` until ${route.deadline}` : ''}${collect}`,
  );
  console.log(`    because ${route.reasons.map((r) => r.code).join(', ')}`);
}
