import {
  add,
  allocate,
  compare,
  convert,
  equals,
  format,
  fromDecimal,
  isMeridianError,
  isNegative,
  isPositive,
  isZero,
  MeridianError,
  maximum,
  minimum,
  money,
  multiply,
  parseMoney,
  subtract,
  sum,
  toDecimal,
  ValidationError,
} from '@meridian-cx/core';
import { describe, expect, it } from 'vitest';

const eur = (n: number) => money(n, 'EUR');

describe('money', () => {
  it('holds integer minor units and a code', () => {
    expect(money(1999, 'EUR')).toEqual({ amount: 1999, currency: 'EUR' });
    expect(money(-0, 'EUR').amount).toBe(0);
    expect(Object.is(money(-0, 'EUR').amount, 0)).toBe(true);
  });

  it('refuses fractions, unsafe integers and unknown currencies', () => {
    expect(() => money(19.99, 'EUR')).toThrow(/integer counts of minor units/);
    expect(() => money(2 ** 53, 'EUR')).toThrow(MeridianError);
    expect(() => money(Number.NaN, 'EUR')).toThrow(/minor units/);
    expect(() => money(1, 'HRK' as 'EUR')).toThrow(/not a current ISO 4217/);
  });

  it('parses money from outside with paths in the error', () => {
    expect(parseMoney({ amount: 4900, currency: 'PLN' })).toEqual({
      amount: 4900,
      currency: 'PLN',
    });
    try {
      parseMoney({ amount: 49.5, currency: 'ZWL' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      const v = e as ValidationError;
      expect(v.code).toBe('core/invalid-money');
      expect(v.issues.map((i) => i.path)).toEqual([['amount'], ['currency']]);
      expect(v.message).toContain('at amount:');
      expect(v.message).toContain('withdrawn 2024-06-25, replaced by ZWG');
    }
  });
});

describe('add, subtract, sum', () => {
  it('adds and subtracts within one currency', () => {
    expect(add(eur(1000), eur(250))).toEqual(eur(1250));
    expect(subtract(eur(1000), eur(2500))).toEqual(eur(-1500));
    expect(sum([eur(1), eur(2), eur(3)], 'EUR')).toEqual(eur(6));
    expect(sum([], 'JPY')).toEqual(money(0, 'JPY'));
  });

  it('throws a MeridianError when currencies differ at run time', () => {
    const a = parseMoney({ amount: 1, currency: 'EUR' });
    const b = parseMoney({ amount: 1, currency: 'USD' });
    expect(() => add(a, b)).toThrow(/Cannot combine EUR with USD/);
    try {
      subtract(a, b);
    } catch (e) {
      expect(isMeridianError(e, 'core/currency-mismatch')).toBe(true);
      expect((e as MeridianError).package).toBe('core');
    }
    expect(() => sum([a, b], a.currency)).toThrow(/Cannot combine/);
  });

  it('refuses overflow rather than losing precision', () => {
    const big = money(Number.MAX_SAFE_INTEGER, 'EUR');
    expect(() => add(big, eur(1))).toThrow(/safe integer/);
  });
});

describe('multiply', () => {
  it('is exact for decimal factors and rounds once, as asked', () => {
    expect(multiply(eur(1999), '0.19', { rounding: 'half-even' })).toEqual(eur(380)); // 379.81
    expect(multiply(eur(1000), 0.1)).toEqual(eur(100)); // 0.1 is one tenth, not 0.1000000000000000055
    expect(multiply(eur(250), 3)).toEqual(eur(750));
    expect(multiply(eur(5), '0.5', { rounding: 'half-even' })).toEqual(eur(2));
    expect(multiply(eur(5), '0.5', { rounding: 'half-up' })).toEqual(eur(3));
    expect(multiply(eur(5), '0.5', { rounding: 'half-down' })).toEqual(eur(2));
    expect(multiply(eur(-5), '0.5', { rounding: 'half-up' })).toEqual(eur(-3));
    expect(multiply(eur(-5), '0.5', { rounding: 'floor' })).toEqual(eur(-3));
    expect(multiply(eur(-5), '0.5', { rounding: 'ceiling' })).toEqual(eur(-2));
    expect(multiply(eur(7), '0.3', { rounding: 'up' })).toEqual(eur(3));
    expect(multiply(eur(7), '0.3', { rounding: 'down' })).toEqual(eur(2));
    expect(multiply(eur(3), '1e-1', { rounding: 'half-even' })).toEqual(eur(0));
  });

  it('demands a rounding mode when the product is not whole', () => {
    expect(() => multiply(eur(1999), '0.19')).toThrow(/Pass a rounding mode/);
    expect(() => multiply(eur(1), 'abc')).toThrow(/finite decimal/);
    expect(() => multiply(eur(1), Number.POSITIVE_INFINITY)).toThrow(/finite decimal/);
    expect(() =>
      multiply(eur(1), '0.5', { rounding: 'bankers' as unknown as 'half-even' }),
    ).toThrow(/Unknown rounding mode/);
  });

  it('handles products beyond 2^53 through BigInt', () => {
    expect(multiply(money(9_000_000_000_000, 'EUR'), '0.001')).toEqual(money(9_000_000_000, 'EUR'));
    expect(multiply(money(900719925474099, 'EUR'), '9.99', { rounding: 'half-even' }).amount).toBe(
      8998192055486249,
    );
  });
});

describe('allocate', () => {
  it('loses no cent and favours the largest remainders', () => {
    expect(allocate(eur(1000), [1, 1, 1]).map((m) => m.amount)).toEqual([334, 333, 333]);
    expect(allocate(eur(100), [70, 30]).map((m) => m.amount)).toEqual([70, 30]);
    expect(allocate(eur(5), ['0.25', '0.75']).map((m) => m.amount)).toEqual([1, 4]);
    expect(allocate(eur(-1000), [1, 1, 1]).map((m) => m.amount)).toEqual([-334, -333, -333]);
    expect(allocate(eur(10), [0, 1]).map((m) => m.amount)).toEqual([0, 10]);
    expect(allocate(money(7, 'JPY'), [1, 2, 4]).map((m) => m.amount)).toEqual([1, 2, 4]);
  });

  it('refuses ratios that cannot split anything', () => {
    expect(() => allocate(eur(1), [])).toThrow(/no ratios given/);
    expect(() => allocate(eur(1), [0, 0])).toThrow(/every ratio is zero/);
    expect(() => allocate(eur(1), [1, -1])).toThrow(/negative/);
    expect(() => allocate(eur(1), [Number.NaN])).toThrow(/ratio 0/);
  });
});

describe('compare and predicates', () => {
  it('orders and tests amounts', () => {
    expect(compare(eur(1), eur(2))).toBe(-1);
    expect(compare(eur(2), eur(2))).toBe(0);
    expect(compare(eur(3), eur(2))).toBe(1);
    expect(equals(eur(2), eur(2))).toBe(true);
    expect(equals(eur(2), money(2, 'USD'))).toBe(false);
    expect([isZero(eur(0)), isNegative(eur(-1)), isPositive(eur(1))]).toEqual([true, true, true]);
    expect([isZero(eur(1)), isNegative(eur(0)), isPositive(eur(0))]).toEqual([false, false, false]);
    expect(minimum(eur(5), eur(3))).toEqual(eur(3));
    expect(maximum(eur(5), eur(3))).toEqual(eur(5));
  });
});

describe('convert', () => {
  it('accounts for minor units on both sides', () => {
    expect(convert(eur(1000), { to: 'JPY', rate: '161.25', rounding: 'half-even' })).toEqual(
      money(1612, 'JPY'),
    );
    expect(convert(eur(1000), { to: 'JPY', rate: '161.25', rounding: 'half-up' })).toEqual(
      money(1613, 'JPY'),
    );
    expect(
      convert(money(1000, 'JPY'), { to: 'EUR', rate: '0.0062', rounding: 'half-even' }),
    ).toEqual(eur(620));
    expect(
      convert(money(1000, 'KWD'), { to: 'USD', rate: '3.2573', rounding: 'half-even' }),
    ).toEqual(money(326, 'USD'));
    expect(convert(eur(100), { to: 'CLF', rate: '0.0275', rounding: 'down' })).toEqual(
      money(275, 'CLF'),
    );
  });

  it('refuses a zero or negative rate and unknown targets', () => {
    expect(() => convert(eur(1), { to: 'USD', rate: 0, rounding: 'down' })).toThrow(/factor/);
    expect(() => convert(eur(1), { to: 'XYZ' as 'USD', rate: 1, rounding: 'down' })).toThrow(
      /ISO 4217/,
    );
  });
});

describe('decimals', () => {
  it('prints exact decimals with the currency digits', () => {
    expect(toDecimal(eur(1999))).toBe('19.99');
    expect(toDecimal(eur(-5))).toBe('-0.05');
    expect(toDecimal(money(1999, 'JPY'))).toBe('1999');
    expect(toDecimal(money(1999, 'KWD'))).toBe('1.999');
    expect(toDecimal(money(12345, 'CLF'))).toBe('1.2345');
  });

  it('reads decimals, demanding a rounding mode for extra digits', () => {
    expect(fromDecimal('19.99', 'EUR')).toEqual(eur(1999));
    expect(fromDecimal(19.9, 'EUR')).toEqual(eur(1990));
    expect(fromDecimal('-0.05', 'EUR')).toEqual(eur(-5));
    expect(fromDecimal('1234', 'KWD')).toEqual(money(1234000, 'KWD'));
    expect(() => fromDecimal('1234.5', 'JPY')).toThrow(/more decimals than JPY allows/);
    expect(fromDecimal('1234.5', 'JPY', { rounding: 'half-even' })).toEqual(money(1234, 'JPY'));
    expect(() => fromDecimal('12,50', 'EUR')).toThrow(/decimal/);
  });
});

describe('format', () => {
  it('formats in any locale with the ISO number of decimals', () => {
    expect(format(eur(1999), 'de-DE')).toBe('19,99\u00a0€');
    expect(format(eur(1999), 'en-IE')).toBe('€19.99');
    expect(format(money(1999, 'JPY'), 'ja-JP')).toBe('￥1,999');
    expect(format(money(1999, 'KWD'), 'en-US', { currencyDisplay: 'code' })).toBe('KWD\u00a01.999');
    expect(format(money(-1999, 'USD'), 'en-US', { currencySign: 'accounting' })).toBe('($19.99)');
  });

  it('writes Persian digits for fa-IR and keeps every minor unit', () => {
    const text = format(money(12_500_000, 'IRR'), 'fa-IR');
    expect(text).toMatch(/[۰-۹]/);
    expect(text).toContain('۱۲۵٬۰۰۰');
    expect(format(money(9007199254740991, 'EUR'), 'en-US')).toBe('€90,071,992,547,409.91');
  });
});
