// The price-presentation data: Canada's rule comes from the law, federal and Québec's.
import { PAYMENT_DATASET, pricePresentation } from '@meridian-cx/payments';
import { describe, expect, it } from 'vitest';

describe('price presentation data', () => {
  it('Canada: sales tax may be left out of the advertised price (Competition Bureau)', () => {
    expect(pricePresentation('CA', PAYMENT_DATASET)).toMatchObject({
      country: 'CA',
      rule: 'tax-exclusive',
      source: { url: expect.stringContaining('competition-bureau-canada') },
    });
  });

  it("Canada: Québec's Consumer Protection Act s. 224 and its regulator agree, recorded beside it", () => {
    const ca = PAYMENT_DATASET.presentation.find((p) => p.countries.includes('CA'));
    const claims = ca?.rule.alternatives ?? [];
    expect(claims.map((c) => c.value)).toEqual(['tax-exclusive', 'tax-exclusive']);
    expect(claims.map((c) => c.speaksFor)).toEqual(['quebec', 'quebec']);
    expect(claims[0]?.source.pinpoint).toMatch(/224/);
  });

  it('gives each country at most one rule', () => {
    const countries = PAYMENT_DATASET.presentation.flatMap((p) => p.countries);
    expect(new Set(countries).size).toBe(countries.length);
  });
});
