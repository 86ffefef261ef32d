import { isMeridianError, ValidationError } from '@meridian-cx/core';
import {
  definePaymentDataset,
  PAYMENT_DATASET,
  type PaymentMethodInput,
  parsePaymentDataset,
} from '@meridian-cx/payments';
import { describe, expect, it } from 'vitest';

const json = () => JSON.parse(JSON.stringify(PAYMENT_DATASET));

describe('parsePaymentDataset', () => {
  it('round-trips the built-in dataset through JSON text', () => {
    const back = parsePaymentDataset(JSON.stringify(PAYMENT_DATASET));
    expect(back.methods.length).toBe(PAYMENT_DATASET.methods.length);
  });

  it('names the path of every bad field', () => {
    const bad = json();
    bad.methods[0].providers[0].max = {
      ...bad.methods[0].providers[0].refund,
      value: [{ amount: -5, currency: 'EUR' }],
    };
    bad.methods[1].countries.value = ['pl'];
    bad.methods[2].currencies.source.url = 'not a url';
    try {
      parsePaymentDataset(bad);
      expect.fail('should throw');
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect(isMeridianError(e, 'payments/invalid-dataset')).toBe(true);
      const paths = (e as ValidationError).issues.map((i) => i.path.join('.'));
      expect(paths).toEqual(
        expect.arrayContaining([
          'methods.0.providers.0.max.value.0',
          'methods.1.countries.value.0',
          'methods.2.currencies.source.url',
        ]),
      );
    }
  });

  it('refuses broken JSON, duplicate ids and dangling references', () => {
    expect(() => parsePaymentDataset('{')).toThrow(/not valid JSON/);
    const dup = json();
    dup.methods.push(dup.methods[0]);
    expect(() => parsePaymentDataset(dup)).toThrow(/appears twice/);
    const dangling = json();
    dangling.methods[0].providers[0].provider = 'nobody';
    try {
      parsePaymentDataset(dangling);
    } catch (e) {
      expect(isMeridianError(e, 'payments/unknown-reference')).toBe(true);
    }
  });
});

describe('definePaymentDataset', () => {
  it('adds a provider and a method, replaces by id, removes by id', () => {
    const mine = definePaymentDataset({
      base: PAYMENT_DATASET,
      providers: [{ id: 'my-acquirer', name: 'My acquirer', url: 'https://acquirer.example/docs' }],
      remove: ['giropay'],
    });
    expect(mine.providers.map((p) => p.id)).toContain('my-acquirer');
    expect(mine.methods.map((m) => m.id)).not.toContain('giropay');
    expect(PAYMENT_DATASET.methods.map((m) => m.id)).toContain('giropay');
  });

  it('refuses a method that names a provider the dataset does not have', () => {
    const blik = PAYMENT_DATASET.methods.find((m) => m.id === 'blik');
    expect(() =>
      definePaymentDataset({
        base: PAYMENT_DATASET,
        methods: [{ ...(blik as PaymentMethodInput), providers: [{ provider: 'ghost' }] }],
      }),
    ).toThrow(/names provider "ghost"/);
  });
});
