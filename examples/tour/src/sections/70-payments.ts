import {
  formatForShopper,
  PAYMENTS_AMERICAS,
  PAYMENTS_EUROPE,
  recommendPaymentMethods,
  refundRoute,
} from '@meridian-cx/payments';

export const title = 'payments: which methods to show a shopper, and how a refund can reach them';

export default function section(): string {
  const lines: string[] = [];
  const at = '2026-03-02T10:00:00Z';
  // A shopper in Warsaw on a phone, 49 PLN; the merchant contracts with Stripe and PPRO. A shop
  // in Europe passes Europe's sourced data (PAYMENT_DATASET has every region).
  const warsaw = recommendPaymentMethods({
    dataset: PAYMENTS_EUROPE,
    country: 'PL',
    currency: 'PLN',
    amount: 4900,
    device: 'mobile',
    providers: ['stripe', 'ppro'],
    at,
  });
  lines.push(`Warsaw, phone, ${formatForShopper({ amount: 4900, currency: 'PLN' }, 'pl-PL')}:`);
  for (const m of warsaw.recommended.slice(0, 3)) {
    const popular = m.reasons.find((r) => r.code === 'country.popular');
    lines.push(
      `  ${m.name} via ${m.providers.join('/')}${popular ? ` (rank ${popular.params?.rank}, ${popular.source?.title})` : ''}`,
    );
  }
  // The same German checkout before and after giropay ended on 30 June 2024.
  for (const when of ['2024-05-10T10:00:00+02:00', '2024-07-10T10:00:00+02:00']) {
    const de = recommendPaymentMethods({
      dataset: PAYMENTS_EUROPE,
      country: 'DE',
      currency: 'EUR',
      amount: 5000,
      device: 'desktop',
      providers: ['stripe'],
      at: when,
    });
    const giropay = de.recommended.some((m) => m.method === 'giropay')
      ? 'shown'
      : `left out (${de.leftOut.find((m) => m.method === 'giropay')?.reasons[0]?.code})`;
    lines.push(`Berlin on ${when.slice(0, 10)}: giropay ${giropay}`);
  }
  // A Boleto refund: three providers, three answers.
  lines.push('Refunding a Boleto paid on 1 February, asked on 2 March:');
  for (const provider of ['stripe', 'ppro', 'worldline']) {
    const r = refundRoute({
      dataset: PAYMENTS_AMERICAS,
      method: 'boleto',
      provider,
      amount: { amount: 9900, currency: 'BRL' },
      paidAt: '2026-02-01T12:00:00-03:00',
      now: '2026-03-02T07:00:00-03:00',
    });
    lines.push(
      `  ${provider.padEnd(9)} → ${r.route}${r.deadline ? ` until ${r.deadline.slice(0, 10)}` : ''} (${r.reasons[0]?.code})`,
    );
  }
  return lines.join('\n');
}
