import {
  add,
  allocate,
  type CountryCode,
  type CurrencyCode,
  convert,
  type Money,
  money,
  parseMoney,
  subtract,
} from '@meridian-cx/core';
import { describe, expectTypeOf, it } from 'vitest';

describe('Money types', () => {
  it('keeps the currency in the type', () => {
    expectTypeOf(money(100, 'EUR')).toEqualTypeOf<Money<'EUR'>>();
    expectTypeOf(add(money(1, 'EUR'), money(2, 'EUR'))).toEqualTypeOf<Money<'EUR'>>();
    expectTypeOf(allocate(money(1, 'JPY'), [1, 2])).toEqualTypeOf<Money<'JPY'>[]>();
    expectTypeOf(
      convert(money(1, 'EUR'), { to: 'JPY', rate: 160, rounding: 'down' }),
    ).toEqualTypeOf<Money<'JPY'>>();
  });

  it('refuses to mix currencies known to the compiler', () => {
    // @ts-expect-error EUR and USD cannot be added
    add(money(1, 'EUR'), money(2, 'USD'));
    // @ts-expect-error EUR and JPY cannot be subtracted
    subtract(money(1, 'EUR'), money(2, 'JPY'));
    // @ts-expect-error not an ISO 4217 code
    money(1, 'EURO');
  });

  it('accepts the wide type where the currency is only known at run time', () => {
    const a = parseMoney({ amount: 1, currency: 'EUR' });
    expectTypeOf(a).toEqualTypeOf<Money<CurrencyCode>>();
    expectTypeOf(add(a, a)).toEqualTypeOf<Money<CurrencyCode>>();
  });

  it('types codes as literal unions', () => {
    expectTypeOf<'DE'>().toExtend<CountryCode>();
    expectTypeOf<'UK'>().not.toExtend<CountryCode>();
    expectTypeOf<'KWD'>().toExtend<CurrencyCode>();
  });
});
