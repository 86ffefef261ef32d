import { format, isMeridianError, money } from '@meridian-cx/core';
import { describe, expect, it } from 'vitest';
import { FORMATTER_CACHE_SIZE, formatterCache } from './format.js';

function code(f: () => unknown): string | undefined {
  try {
    f();
    return undefined;
  } catch (e) {
    return isMeridianError(e) ? e.code : `raw ${(e as Error).name}`;
  }
}

describe('format refuses what it cannot print truthfully', () => {
  it('a fractional, string or unsafe amount is core/invalid-amount, never "NaN €"', () => {
    expect(code(() => format({ amount: 1.5, currency: 'EUR' }, 'de-DE'))).toBe(
      'core/invalid-amount',
    );
    expect(code(() => format({ amount: '12' as never, currency: 'EUR' }, 'de-DE'))).toBe(
      'core/invalid-amount',
    );
    expect(code(() => format({ amount: 2 ** 53, currency: 'EUR' }, 'de-DE'))).toBe(
      'core/invalid-amount',
    );
  });

  it('a bad locale is core/invalid-locale, not a raw RangeError', () => {
    expect(code(() => format(money(1, 'EUR'), 'not a locale'))).toBe('core/invalid-locale');
    expect(code(() => format(money(1, 'EUR'), '' as string))).toBe('core/invalid-locale');
    expect(code(() => format(money(1, 'EUR'), { toString: 1 } as never))).toBe(
      'core/invalid-locale',
    );
  });

  it('a hostile currency or option is a MeridianError', () => {
    expect(code(() => format({ amount: 1, currency: { toString: 1 } as never }, 'en'))).toBe(
      'core/invalid-currency',
    );
    expect(code(() => format(money(1, 'EUR'), 'en', { currencyDisplay: 'big' as never }))).toBe(
      'core/invalid-format-option',
    );
    expect(code(() => format(money(1, 'EUR'), 'en', { numberingSystem: 'x y' }))).toBe(
      'core/invalid-format-option',
    );
    expect(code(() => format(null as never, 'en'))).toBe('core/not-money');
  });

  it('still formats exactly', () => {
    expect(format(money(1999, 'EUR'), 'de-DE')).toBe('19,99\u00a0€');
  });
});

describe('the formatter cache', () => {
  it('stays bounded over 200,000 distinct valid locale tags', () => {
    formatterCache.clear();
    // Distinct well-formed tags, as a stream of Accept-Language headers would bring them.
    // 20 languages × 30 regions: 600 locales that print differently, more than the bound.
    const languages = 'en de fr es it pt nl sv da nb fi pl cs hu ro tr el ru ja ko'.split(' ');
    const regions =
      'DE AT CH US GB FR JP BR IN CA AU NZ ZA MX AR CL CO PE IE BE NL LU SE NO DK FI PL CZ HU RO'.split(
        ' ',
      );
    let max = 0;
    for (let i = 0; i < 200_000; i++) {
      // Runs of 400 tags per locale, as traffic comes: 500 runs over the 600 locales.
      const run = Math.floor(i / 400);
      const language = languages[run % languages.length];
      const region = regions[Math.floor(run / languages.length) % regions.length];
      const tag = `${language}-${region}-x-${i.toString(36)}`;
      format(money(i, 'EUR'), tag);
      if (formatterCache.size > max) max = formatterCache.size;
    }
    expect(max).toBe(FORMATTER_CACHE_SIZE);
    expect(formatterCache.size).toBeLessThanOrEqual(FORMATTER_CACHE_SIZE);
  }, 120_000);

  it('prints a private-use or variant tag as its locale does', () => {
    expect(format(money(1999, 'EUR'), 'de-DE-x-shop7')).toBe(format(money(1999, 'EUR'), 'de-DE'));
    expect(format(money(1999, 'EUR'), 'ar-EG-u-nu-latn')).toBe(
      format(money(1999, 'EUR'), 'ar-EG', { numberingSystem: 'latn' }),
    );
  });
});
