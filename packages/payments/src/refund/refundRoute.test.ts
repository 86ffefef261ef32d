import { isMeridianError, ValidationError } from '@meridian-cx/core';
import {
  definePaymentDataset,
  PAYMENT_DATASET,
  type PaymentMethodInput,
  refundRoute,
} from '@meridian-cx/payments';
import { describe, expect, it } from 'vitest';

const mxn = (amount: number) => ({ amount, currency: 'MXN' as const });
const pln = (amount: number) => ({ amount, currency: 'PLN' as const });

describe('refundRoute', () => {
  it("OXXO at Stripe: Stripe says it can't be refunded, so a bank transfer to a CLABE", () => {
    const d = refundRoute({
      dataset: PAYMENT_DATASET,
      method: 'oxxo',
      provider: 'stripe',
      amount: mxn(49_900),
      paidAt: '2026-11-02T18:00:00-06:00',
      now: '2026-11-30T10:00:00-06:00',
    });
    expect(d.route).toBe('bank-transfer');
    expect(d.collect?.fields.map((f) => f.id)).toEqual(['accountHolderName', 'clabe']);
    expect(d.reasons[0]?.code).toBe('refund.not-supported');
    expect(d.reasons[0]?.source?.url).toBe('https://stripe.com/docs/payments/oxxo');
    expect(d.alternatives.map((a) => a.route)).toEqual(['store-credit']);
  });

  it('OXXO: none at Stripe, Adyen and Worldpay; 365 days at PPRO, 180 days at Reach', () => {
    const ask = (provider: string) =>
      refundRoute({
        dataset: PAYMENT_DATASET,
        method: 'oxxo',
        provider,
        amount: mxn(49_900),
        paidAt: '2026-11-02T18:00:00-06:00',
        now: '2026-11-30T10:00:00-06:00',
      });
    for (const p of ['stripe', 'adyen', 'worldpay']) {
      expect(ask(p).route, p).toBe('bank-transfer');
      expect(ask(p).reasons[0]?.code, p).toBe('refund.not-supported');
    }
    expect(ask('ppro').deadline).toBe('2027-11-03T00:00:00.000Z');
    expect(ask('reach').route).toBe('original-method');
    expect(ask('reach').deadline).toBe('2027-05-02T00:00:00.000Z');
  });

  it('OXXO at Reach after its 180 days: the window has closed, so a bank transfer', () => {
    const d = refundRoute({
      dataset: PAYMENT_DATASET,
      method: 'oxxo',
      provider: 'reach',
      amount: mxn(49_900),
      paidAt: '2026-01-02T18:00:00-06:00',
      now: '2026-07-02T10:00:00-06:00',
    });
    expect(d.route).toBe('bank-transfer');
    expect(d.reasons[0]?.code).toBe('refund.window-closed');
  });

  it('OXXO at PPRO: back to the method within 365 days, with the deadline', () => {
    const d = refundRoute({
      dataset: PAYMENT_DATASET,
      method: 'oxxo',
      provider: 'ppro',
      amount: mxn(10_000),
      paid: mxn(49_900),
      paidAt: '2026-11-02T18:00:00-06:00',
      now: '2026-11-30T10:00:00-06:00',
    });
    expect(d.route).toBe('original-method');
    expect(d.deadline).toBe('2027-11-03T00:00:00.000Z');
  });

  it('OXXO at Solidgate: full refunds only, so a partial one goes by transfer', () => {
    const d = refundRoute({
      dataset: PAYMENT_DATASET,
      method: 'oxxo',
      provider: 'solidgate',
      amount: mxn(10_000),
      paid: mxn(49_900),
      paidAt: '2026-11-02T18:00:00-06:00',
      now: '2026-11-30T10:00:00-06:00',
    });
    expect(d.route).toBe('bank-transfer');
    expect(d.reasons[0]?.code).toBe('refund.partial-not-supported');
  });

  it('BLIK: 13 months at PPRO, 180 days at PayPal; the same payment, two answers', () => {
    const ask = (provider: string) =>
      refundRoute({
        dataset: PAYMENT_DATASET,
        method: 'blik',
        provider,
        amount: pln(4900),
        paidAt: '2026-03-01T12:00:00+01:00',
        now: '2026-11-30T12:00:00+01:00',
      });
    expect(ask('ppro').route).toBe('original-method');
    expect(ask('ppro').deadline).toBe('2027-04-01T11:00:00.000Z');
    expect(ask('paypal').route).toBe('bank-transfer');
    expect(ask('paypal').reasons[0]).toMatchObject({
      code: 'refund.window-closed',
      params: { deadline: '2026-08-28T11:00:00.000Z' },
    });
  });

  it('Boleto: none at Stripe, back to the method at PPRO, to a bank account at Worldline', () => {
    const ask = (provider: string) =>
      refundRoute({
        dataset: PAYMENT_DATASET,
        method: 'boleto',
        provider,
        amount: { amount: 9900, currency: 'BRL' },
        paidAt: '2026-11-01T12:00:00-03:00',
        now: '2026-11-30T12:00:00-03:00',
      });
    expect(ask('stripe').route).toBe('bank-transfer');
    expect(ask('stripe').reasons[0]?.code).toBe('refund.not-supported');
    expect(ask('ppro').route).toBe('original-method');
    expect(ask('worldline').route).toBe('provider-to-bank-account');
  });

  it('Konbini at Worldline: the provider pays to a bank account the customer gives', () => {
    const d = refundRoute({
      dataset: PAYMENT_DATASET,
      method: 'konbini',
      provider: 'worldline',
      amount: { amount: 5000, currency: 'JPY' },
      paidAt: '2026-11-01T12:00:00+09:00',
      now: '2026-11-30T12:00:00+09:00',
    });
    expect(d.route).toBe('provider-to-bank-account');
    expect(d.reasons.map((r) => r.code)).toContain('refund.window-unknown');
  });

  it("uses the customer's country for the details to collect, and says when it has none", () => {
    const d = refundRoute({
      dataset: PAYMENT_DATASET,
      method: 'gopay',
      provider: 'antom',
      amount: { amount: 100_000, currency: 'IDR' },
      paidAt: '2026-11-01T12:00:00+07:00',
      now: '2026-11-02T12:00:00+07:00',
    });
    expect(d.route).toBe('bank-transfer');
    expect(d.collect).toBeUndefined();
    expect(d.reasons.map((r) => r.code)).toContain('refund.bank-details-unknown');
  });

  it.each([
    [{ method: 'oxxxo' }, 'payments/unknown-method'],
    [{ provider: 'strype' }, 'payments/unknown-provider'],
    [{ provider: 'adyen', method: 'blik' }, 'payments/no-terms'],
    [{ paid: { amount: 100, currency: 'MXN' } }, 'payments/refund-exceeds-payment'],
    [{ paid: { amount: 100_000, currency: 'USD' } }, 'payments/currency-mismatch'],
    [{ now: '2026-10-01T00:00:00Z' }, 'payments/refund-before-payment'],
  ])('refuses %j with %s', (patch, code) => {
    const base = {
      method: 'oxxo',
      provider: 'ppro',
      amount: mxn(49_900),
      paidAt: '2026-11-02T18:00:00-06:00',
      now: '2026-11-30T10:00:00-06:00',
    };
    try {
      refundRoute({ dataset: PAYMENT_DATASET, ...base, ...(patch as object) } as never);
      expect.fail('should throw');
    } catch (e) {
      expect(isMeridianError(e, code), String(e)).toBe(true);
    }
  });

  it('refuses a zero or fractional amount with a ValidationError naming amount.amount', () => {
    for (const amount of [0, 1.5, -3]) {
      try {
        refundRoute({
          dataset: PAYMENT_DATASET,
          method: 'oxxo',
          provider: 'ppro',
          amount: mxn(amount),
          paidAt: '2026-11-02T18:00:00-06:00',
          now: '2026-11-30T10:00:00-06:00',
        });
        expect.fail('should throw');
      } catch (e) {
        expect(e).toBeInstanceOf(ValidationError);
        expect((e as ValidationError).issues[0]?.path.join('.')).toBe('amount.amount');
      }
    }
  });

  it("follows a team's own terms", () => {
    const mine = definePaymentDataset({
      base: PAYMENT_DATASET,
      methods: [
        {
          ...(PAYMENT_DATASET.methods.find((m) => m.id === 'oxxo') as PaymentMethodInput),
          providers: [
            {
              provider: 'stripe',
              refund: {
                value: 'none',
                speaksFor: 'stripe',
                source: { title: 'Our Stripe contract', url: 'https://example.com/contract' },
                asOf: '2026-11-30',
              },
            },
          ],
        },
      ],
    });
    const d = refundRoute({
      method: 'oxxo',
      provider: 'stripe',
      amount: mxn(100),
      paidAt: '2026-11-02T18:00:00-06:00',
      now: '2026-11-03T10:00:00-06:00',
      dataset: mine,
    });
    expect(d.reasons[0]?.code).toBe('refund.not-supported');
    expect(d.reasons[0]?.source?.title).toBe('Our Stripe contract');
  });
});
