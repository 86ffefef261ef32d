// Scenarios across regions: what a checkout in each market is shown, and what is left out why.
import { isMeridianError, ValidationError } from '@meridian-cx/core';
import {
  definePaymentDataset,
  PAYMENT_DATASET,
  recommendPaymentMethods,
} from '@meridian-cx/payments';
import { describe, expect, it } from 'vitest';

type Scenario = {
  readonly name: string;
  readonly input: Parameters<typeof recommendPaymentMethods>[0];
  readonly first?: string;
  readonly shows?: readonly string[];
  readonly hides?: readonly (readonly [method: string, code: string])[];
};

const at = '2026-11-30T10:00:00Z';
const s = (
  name: string,
  country: string,
  currency: string,
  amount: number,
  device: 'mobile' | 'desktop',
  expect_: Omit<Scenario, 'name' | 'input'>,
  extra: Partial<Scenario['input']> = {},
): Scenario => ({
  name,
  input: { dataset: PAYMENT_DATASET, country, currency, amount, device, at, ...extra } as never,
  ...expect_,
});

const scenarios: Scenario[] = [
  s('Warsaw phone, 49 PLN', 'PL', 'PLN', 4900, 'mobile', {
    first: 'blik',
    shows: ['przelewy24', 'card'],
    hides: [['sepa-direct-debit', 'currency.not-supported']],
  }),
  s(
    'Warsaw, 60,000 PLN is over every BLIK maximum',
    'PL',
    'PLN',
    6_000_000,
    'desktop',
    { hides: [['blik', 'amount.over-maximum']] },
    { providers: ['ppro', 'mollie', 'antom'] },
  ),
  s(
    "Warsaw at Antom, 20,000 PLN: over Antom's BLIK maximum",
    'PL',
    'PLN',
    2_000_000,
    'mobile',
    { hides: [['blik', 'amount.over-maximum']], shows: ['przelewy24'] },
    { providers: ['antom'] },
  ),
  s(
    "Warsaw at PayPal, 0.50 PLN: under PayPal's BLIK minimum",
    'PL',
    'PLN',
    50,
    'mobile',
    { hides: [['blik', 'amount.under-minimum']] },
    { providers: ['paypal'] },
  ),
  s(
    'Warsaw subscription at Mollie: BLIK is not recurring there',
    'PL',
    'PLN',
    4900,
    'mobile',
    { hides: [['blik', 'recurring.not-supported']] },
    { providers: ['mollie'], recurring: true },
  ),
  s('Amsterdam desktop, EUR', 'NL', 'EUR', 2500, 'desktop', { shows: ['ideal', 'card'] }),
  s(
    'Amsterdam subscription at Stripe: iDEAL itself does not recur',
    'NL',
    'EUR',
    2500,
    'desktop',
    { shows: ['sepa-direct-debit'], hides: [['ideal', 'recurring.not-supported']] },
    { recurring: true, providers: ['stripe', 'mollie'] },
  ),
  s('Brussels phone: Bancontact first', 'BE', 'EUR', 3000, 'mobile', { first: 'bancontact' }),
  s(
    'Brussels, 2,000 EUR through PPRO: over the mobile Bancontact maximum',
    'BE',
    'EUR',
    200_000,
    'mobile',
    { hides: [['bancontact', 'amount.over-maximum']] },
    { providers: ['ppro'] },
  ),
  s(
    'Berlin in May 2024: giropay still on',
    'DE',
    'EUR',
    5000,
    'desktop',
    { shows: ['giropay', 'sofort'] },
    { at: '2024-05-10T10:00:00+02:00', providers: ['stripe'] },
  ),
  s(
    'Berlin in July 2024: giropay ended, Sofort still on at Stripe',
    'DE',
    'EUR',
    5000,
    'desktop',
    { shows: ['sofort'], hides: [['giropay', 'availability.ended']] },
    { at: '2024-07-10T10:00:00+02:00', providers: ['stripe'] },
  ),
  s(
    'Berlin in 2026: Sofort ended at Stripe, replaced by Klarna',
    'DE',
    'EUR',
    5000,
    'desktop',
    {
      hides: [
        ['sofort', 'availability.replaced-by'],
        ['giropay', 'availability.ended'],
      ],
    },
    { providers: ['stripe'] },
  ),
  s(
    'Berlin in June 2025: Sofort still on at Airwallex, ended at Stripe',
    'DE',
    'EUR',
    5000,
    'desktop',
    { shows: ['sofort'] },
    { at: '2025-06-01T10:00:00Z', providers: ['stripe', 'airwallex'] },
  ),
  s('Berlin: Wero', 'DE', 'EUR', 5000, 'mobile', { shows: ['wero'] }),
  s('Vienna: Klarna and SEPA', 'AT', 'EUR', 8000, 'desktop', {
    shows: ['sepa-direct-debit', 'card'],
  }),
  s('Lisbon phone: MB WAY', 'PT', 'EUR', 2000, 'mobile', { shows: ['mb-way', 'multibanco'] }),
  s(
    'Lisbon, 3,000 EUR at Antom: over the MB WAY default limit',
    'PT',
    'EUR',
    300_000,
    'mobile',
    { hides: [['mb-way', 'amount.over-maximum']] },
    { providers: ['antom'] },
  ),
  s(
    'Madrid phone at Mollie: Bizum',
    'ES',
    'EUR',
    1500,
    'mobile',
    { shows: ['bizum'] },
    { providers: ['mollie'] },
  ),
  s(
    'Madrid, 2,500 EUR at Mollie: over the Bizum maximum',
    'ES',
    'EUR',
    250_000,
    'mobile',
    { hides: [['bizum', 'amount.over-maximum']] },
    { providers: ['mollie'] },
  ),
  s('Rome: cards and Klarna', 'IT', 'EUR', 4000, 'desktop', { shows: ['card', 'klarna'] }),
  s('Paris: cards', 'FR', 'EUR', 4000, 'desktop', { shows: ['card'] }),
  s('Stockholm phone: Swish', 'SE', 'SEK', 29_900, 'mobile', { shows: ['swish', 'trustly'] }),
  s('Copenhagen: Vipps MobilePay', 'DK', 'DKK', 29_900, 'mobile', { shows: ['vipps-mobilepay'] }),
  s('Helsinki: Trustly in EUR', 'FI', 'EUR', 2900, 'desktop', { shows: ['trustly'] }),
  s('Oslo: Vipps MobilePay in NOK', 'NO', 'NOK', 29_900, 'mobile', { shows: ['vipps-mobilepay'] }),
  s(
    'London: Afterpay under its Clearpay name, at PPRO',
    'GB',
    'GBP',
    5000,
    'desktop',
    { shows: ['afterpay'] },
    { providers: ['ppro', 'stripe'] },
  ),
  s(
    'London, 1,500 GBP at PPRO: over the Clearpay maximum',
    'GB',
    'GBP',
    150_000,
    'desktop',
    { hides: [['afterpay', 'amount.over-maximum']] },
    { providers: ['ppro'] },
  ),
  s('Zurich desktop: TWINT by QR code', 'CH', 'CHF', 4900, 'desktop', { shows: ['twint'] }),
  s(
    'Zurich, 6,000 CHF at Stripe: over the TWINT maximum',
    'CH',
    'CHF',
    600_000,
    'mobile',
    { hides: [['twint', 'amount.over-maximum']] },
    { providers: ['stripe'] },
  ),
  s('Istanbul: cards in TRY', 'TR', 'TRY', 50_000, 'mobile', { shows: ['card'] }),
  s(
    'New York: ACH for a subscription at Airwallex',
    'US',
    'USD',
    2000,
    'desktop',
    { shows: ['ach-direct-debit'] },
    { recurring: true, providers: ['airwallex'] },
  ),
  s(
    'Toronto: EFT debit at Airwallex recurs',
    'CA',
    'CAD',
    2000,
    'desktop',
    { shows: ['eft-pad'] },
    { recurring: true, providers: ['airwallex'] },
  ),
  s('Mexico City: OXXO in MXN', 'MX', 'MXN', 49_900, 'desktop', { shows: ['oxxo', 'spei'] }),
  s(
    'Mexico City, 12,000 MXN at PPRO: over the OXXO maximum',
    'MX',
    'MXN',
    1_200_000,
    'desktop',
    { hides: [['oxxo', 'amount.over-maximum']] },
    { providers: ['ppro'] },
  ),
  s(
    'Mexico City subscription at Stripe: OXXO is one-time',
    'MX',
    'MXN',
    49_900,
    'desktop',
    { hides: [['oxxo', 'recurring.not-supported']] },
    { recurring: true, providers: ['stripe'] },
  ),
  s('São Paulo phone: Pix', 'BR', 'BRL', 15_000, 'mobile', { shows: ['pix', 'boleto'] }),
  s(
    'São Paulo, 300,000 BRL at PPRO: over the Boleto maximum',
    'BR',
    'BRL',
    30_000_000,
    'desktop',
    { hides: [['boleto', 'amount.over-maximum']] },
    { providers: ['ppro'] },
  ),
  s('Buenos Aires: Rapipago is priced in USD at PayerMax', 'AR', 'ARS', 100_000, 'desktop', {
    hides: [['rapipago', 'currency.not-supported']],
  }),
  s('Santiago: Webpay and Mercado Pago', 'CL', 'CLP', 20_000, 'desktop', {
    shows: ['webpay', 'mercado-pago'],
  }),
  s('Bogotá: PSE and Efecty', 'CO', 'COP', 5_000_000, 'desktop', { shows: ['pse', 'efecty'] }),
  s('Shanghai phone: Alipay and WeChat Pay', 'CN', 'CNY', 9900, 'mobile', {
    shows: ['alipay', 'wechat-pay'],
  }),
  s('Hong Kong: FPS by QR on desktop', 'HK', 'HKD', 9900, 'desktop', { shows: ['fps'] }),
  s('Taipei: cards in TWD', 'TW', 'TWD', 99_900, 'mobile', { shows: ['card'] }),
  s('Tokyo phone: PayPay', 'JP', 'JPY', 4900, 'mobile', { shows: ['paypay', 'konbini'] }),
  s(
    'Tokyo, 400,000 JPY at Worldline: over the Konbini maximum',
    'JP',
    'JPY',
    400_000,
    'desktop',
    { hides: [['konbini', 'amount.over-maximum']] },
    { providers: ['worldline'] },
  ),
  s('Seoul phone: Korean wallets', 'KR', 'KRW', 39_000, 'mobile', {
    shows: ['kakao-pay', 'toss-pay', 'korean-cards'],
  }),
  s(
    'Seoul subscription at PPRO: KakaoPay recurs, Toss Pay unknown',
    'KR',
    'KRW',
    39_000,
    'mobile',
    { shows: ['kakao-pay'], hides: [['toss-pay', 'recurring.unknown']] },
    { recurring: true, providers: ['ppro'] },
  ),
  s('Mumbai phone: UPI; UPI Collect deprecated', 'IN', 'INR', 49_900, 'mobile', {
    shows: ['upi'],
    hides: [['upi-collect', 'availability.ended']],
  }),
  s(
    'Mumbai in January 2026: UPI Collect still on',
    'IN',
    'INR',
    49_900,
    'desktop',
    { shows: ['upi-collect'] },
    { at: '2026-01-15T10:00:00+05:30' },
  ),
  s('Jakarta: DANA, GoPay, OVO', 'ID', 'IDR', 15_000_000, 'mobile', {
    shows: ['dana', 'gopay', 'ovo'],
  }),
  s('Bangkok desktop: PromptPay by QR', 'TH', 'THB', 50_000, 'desktop', {
    shows: ['promptpay', 'truemoney'],
  }),
  s("Kuala Lumpur: Touch 'n Go and GrabPay", 'MY', 'MYR', 5000, 'mobile', {
    shows: ['touch-n-go', 'grabpay'],
  }),
  s('Manila: GCash and Maya', 'PH', 'PHP', 50_000, 'mobile', {
    shows: ['gcash', 'maya', 'grabpay'],
  }),
  s('Singapore: GrabPay has no SGD terms in the sources', 'SG', 'SGD', 5000, 'mobile', {
    hides: [['grabpay', 'currency.not-supported']],
    shows: ['card'],
  }),
  s('Ho Chi Minh City: MoMo and ZaloPay', 'VN', 'VND', 500_000, 'mobile', {
    shows: ['momo', 'zalopay'],
  }),
  s(
    'Sydney: Afterpay at Stripe',
    'AU',
    'AUD',
    9900,
    'mobile',
    { shows: ['afterpay'] },
    { providers: ['stripe'] },
  ),
  s('Auckland: Afterpay in NZD', 'NZ', 'NZD', 9900, 'desktop', { shows: ['afterpay'] }),
  s('Dubai: Tabby in AED', 'AE', 'AED', 50_000, 'mobile', { shows: ['tabby'] }),
  s('Riyadh, 15,000 SAR: over the Tabby maximum', 'SA', 'SAR', 1_500_000, 'mobile', {
    hides: [['tabby', 'amount.over-maximum']],
    shows: ['stc-pay'],
  }),
  s('Johannesburg: bank transfer in ZAR', 'ZA', 'ZAR', 50_000, 'desktop', {
    shows: ['za-bank-transfer'],
  }),
  s('Lagos: cards in NGN', 'NG', 'NGN', 500_000, 'mobile', { shows: ['card'] }),
  s('Cairo: Fawry and mobile wallets', 'EG', 'EGP', 50_000, 'mobile', {
    shows: ['fawry', 'egypt-wallets'],
  }),
  s('Nairobi phone: M-PESA first', 'KE', 'KES', 100_000, 'mobile', {
    first: 'mpesa',
    shows: ['card'],
  }),
];

describe('recommendPaymentMethods across regions', () => {
  it('has at least 40 scenarios', () => expect(scenarios.length).toBeGreaterThanOrEqual(40));

  it.each(scenarios)('$name', ({ input, first, shows = [], hides = [] }) => {
    const r = recommendPaymentMethods(input);
    const shown = r.recommended.map((m) => m.method);
    if (first) expect(shown[0]).toBe(first);
    for (const m of shows) expect(shown, m).toContain(m);
    for (const [m, code] of hides) {
      expect(shown, m).not.toContain(m);
      const out = r.leftOut.find((x) => x.method === m);
      expect(
        out?.reasons.map((x) => x.code),
        m,
      ).toContain(code);
    }
  });
});

describe('recommendPaymentMethods, the answer itself', () => {
  const warsaw = () =>
    recommendPaymentMethods({
      dataset: PAYMENT_DATASET,
      country: 'PL',
      currency: 'PLN',
      amount: 4900,
      device: 'mobile',
      at,
    });

  it('explains each method shown: popularity with its source, fit, the provider', () => {
    const blik = warsaw().recommended[0];
    const codes = blik?.reasons.map((x) => x.code) ?? [];
    expect(codes).toEqual(
      expect.arrayContaining([
        'country.popular',
        'device.mobile-first',
        'provider.available',
        'amount.within-limits',
      ]),
    );
    expect(blik?.reasons.find((x) => x.code === 'country.popular')?.source?.url).toMatch(/mollie/);
  });

  it('says a limit is unknown rather than guessing it', () => {
    const card = warsaw().recommended.find((m) => m.method === 'card');
    expect(card?.reasons.map((x) => x.code)).toContain('amount.limit-unknown');
  });

  it('narrows to your providers: a method nobody you contract offers is left out, with who does', () => {
    const r = recommendPaymentMethods({
      dataset: PAYMENT_DATASET,
      country: 'PL',
      currency: 'PLN',
      amount: 4900,
      device: 'mobile',
      at,
      providers: ['stripe'],
    });
    const p24 = r.leftOut.find((m) => m.method === 'przelewy24');
    expect(p24?.reasons[0]?.code).toBe('provider.not-contracted');
    expect(String(p24?.reasons[0]?.params?.offeredBy)).toContain('ppro');
  });

  it('refuses an unknown provider, naming the known ones', () => {
    expect(() =>
      recommendPaymentMethods({
        dataset: PAYMENT_DATASET,
        country: 'PL',
        currency: 'PLN',
        amount: 1,
        device: 'mobile',
        at,
        providers: ['strype'],
      }),
    ).toThrow(/"strype" is not a provider of the dataset \(known: stripe/);
    try {
      recommendPaymentMethods({
        dataset: PAYMENT_DATASET,
        country: 'PL',
        currency: 'PLN',
        amount: 1,
        device: 'mobile',
        at,
        providers: ['strype'],
      });
    } catch (e) {
      expect(isMeridianError(e, 'payments/unknown-provider')).toBe(true);
    }
  });

  it.each([
    [{ country: 'pl' }, 'country'],
    [{ country: 'XX' }, 'country'],
    [{ currency: 'ZLT' }, 'currency'],
    [{ amount: -1 }, 'amount'],
    [{ amount: 49.5 }, 'amount'],
    [{ at: '2026-11-30T10:00:00' }, 'at'],
    [{ device: 'tablet' }, 'device'],
  ])('refuses %j with a ValidationError naming the path', (patch, path) => {
    try {
      recommendPaymentMethods({
        dataset: PAYMENT_DATASET,
        country: 'PL',
        currency: 'PLN',
        amount: 4900,
        device: 'mobile',
        at,
        ...(patch as object),
      } as never);
      expect.fail('should throw');
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect(isMeridianError(e, 'payments/invalid-recommendation-request')).toBe(true);
      expect((e as ValidationError).issues.map((i) => i.path.join('.'))).toContain(path);
    }
  });

  it('accepts a team dataset and refuses one that was not built', () => {
    const mine = definePaymentDataset({ base: PAYMENT_DATASET, remove: ['blik'] });
    const r = recommendPaymentMethods({
      country: 'PL',
      currency: 'PLN',
      amount: 4900,
      device: 'mobile',
      at,
      dataset: mine,
    });
    expect(r.recommended.map((m) => m.method)).not.toContain('blik');
    expect(() =>
      recommendPaymentMethods({
        country: 'PL',
        currency: 'PLN',
        amount: 4900,
        device: 'mobile',
        at,
        dataset: JSON.parse(JSON.stringify(mine)),
      }),
    ).toThrow(/definePaymentDataset or parsePaymentDataset/);
  });
});

describe('recommendPaymentMethods, the dataset argument', () => {
  const ask = { country: 'PL', currency: 'PLN', amount: 4900, device: 'mobile', at } as const;

  it('names the fix when no dataset is passed (the 0.2 migration)', () => {
    try {
      recommendPaymentMethods(ask as never);
      expect.fail('should throw');
    } catch (e) {
      expect(isMeridianError(e, 'payments/no-dataset')).toBe(true);
      expect(String(e)).toMatch(/dataset: PAYMENT_DATASET/);
    }
  });

  it('refuses a country the dataset has no method for, naming the dataset and the fix', () => {
    const europe = definePaymentDataset({
      base: PAYMENT_DATASET,
      name: 'my-eu-shop',
      remove: PAYMENT_DATASET.methods
        .filter((m) => !m.countries.value.includes('PL'))
        .map((m) => m.id),
    });
    expect(recommendPaymentMethods({ ...ask, dataset: europe }).recommended.length).toBeGreaterThan(
      0,
    );
    try {
      recommendPaymentMethods({ ...ask, country: 'FJ', currency: 'FJD', dataset: europe });
      expect.fail('should throw');
    } catch (e) {
      expect(isMeridianError(e, 'payments/country-not-in-dataset')).toBe(true);
      expect(String(e)).toMatch(/"my-eu-shop" has no payment method used in FJ/);
      expect(String(e)).toMatch(/definePaymentDataset/);
    }
    expect(() =>
      recommendPaymentMethods({ ...ask, country: 'FJ', dataset: PAYMENT_DATASET }),
    ).toThrow(/"PAYMENT_DATASET" has no payment method used in FJ \(it covers [A-Z]{2}, /);
  });
});
