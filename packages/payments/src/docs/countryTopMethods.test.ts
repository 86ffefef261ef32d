// The guide's table of countries is generated from the data: this fails when the two drift.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  countryTopMethods,
  definePaymentDataset,
  PAYMENT_DATASET,
  renderCountryTable,
} from '@meridian-cx/payments';
import { describe, expect, it } from 'vitest';

const guide = join(dirname(fileURLToPath(import.meta.url)), '../../../../docs/payments.md');

describe('the table of countries in docs/payments.md', () => {
  it('is exactly what renderCountryTable({ dataset: PAYMENT_DATASET, top: 4 }) generates from the data', () => {
    const text = readFileSync(guide, 'utf8');
    const inDoc = text
      .split('<!-- countries:start -->')[1]
      ?.split('<!-- countries:end -->')[0]
      ?.trim();
    expect(
      inDoc,
      'regenerate the table: renderCountryTable({ dataset: PAYMENT_DATASET, top: 4 })',
    ).toBe(renderCountryTable({ dataset: PAYMENT_DATASET, top: 4 }));
  });
});

describe('countryTopMethods', () => {
  it('ranks by sourced popularity and drops methods no provider takes any more', () => {
    const rows = countryTopMethods({ dataset: PAYMENT_DATASET, top: 2 });
    expect(rows.find((r) => r.country === 'PL')?.methods).toEqual(['BLIK', 'Przelewy24']);
    expect(rows.find((r) => r.country === 'DE')?.methods).not.toContain('Sofort');
    expect(rows.find((r) => r.country === 'DE')?.methods).not.toContain('giropay');
  });

  it('follows the dataset it is given', () => {
    const mine = definePaymentDataset({ base: PAYMENT_DATASET, remove: ['blik'] });
    expect(
      countryTopMethods({ top: 1, dataset: mine }).find((r) => r.country === 'PL')?.methods,
    ).toEqual(['Przelewy24']);
    expect(() => countryTopMethods({ dataset: PAYMENT_DATASET, top: 0 })).toThrow();
  });
});
