import {
  coreMessages,
  decide,
  formatPath,
  isMeridianError,
  MeridianError,
  MoneySchema,
  ProvenanceSchema,
  parseWith,
  reason,
  ValidationError,
} from '@meridian-cx/core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

describe('errors', () => {
  it('carry package, code, params and a plain JSON view', () => {
    const e = new MeridianError('returns', 'returns/currency-mismatch', 'Lines mix currencies.', {
      left: 'EUR',
    });
    expect(e).toBeInstanceOf(Error);
    expect(JSON.parse(JSON.stringify(e))).toEqual({
      name: 'MeridianError',
      package: 'returns',
      code: 'returns/currency-mismatch',
      message: 'Lines mix currencies.',
      params: { left: 'EUR' },
    });
    expect(isMeridianError(e, 'returns/currency-mismatch')).toBe(true);
    expect(isMeridianError(e, 'core/other')).toBe(false);
    expect(isMeridianError(JSON.parse(JSON.stringify(e)))).toBe(true);
    expect(isMeridianError(new Error('x'))).toBe(false);
  });

  it('name every path that failed validation', () => {
    const schema = z.object({ lines: z.array(z.object({ price: MoneySchema })) });
    try {
      parseWith(
        schema,
        {
          lines: [
            { price: { amount: 1, currency: 'EUR' } },
            { price: { amount: 'x', currency: 'EUR' } },
          ],
        },
        {
          package: 'returns',
          what: 'order',
        },
      );
      expect.unreachable();
    } catch (e) {
      const v = e as ValidationError;
      expect(v).toBeInstanceOf(ValidationError);
      expect(v.code).toBe('returns/invalid-order');
      expect(v.issues[0]?.path).toEqual(['lines', 1, 'price', 'amount']);
      expect(v.message).toMatch(/^Invalid order: at lines\[1\]\.price\.amount: /);
      expect(v.toJSON().issues).toHaveLength(1);
    }
  });

  it('formats paths', () => {
    expect(formatPath([])).toBe('(root)');
    expect(formatPath(['a', 0, 'b'])).toBe('a[0].b');
  });

  it('keeps messages as tested constants', () => {
    expect(coreMessages.currencyMismatch('EUR', 'USD')).toBe(
      'Cannot combine EUR with USD. Convert one of them first with convert().',
    );
  });
});

describe('decisions and provenance', () => {
  it('build clean reason data', () => {
    expect(reason('window.open')).toEqual({ code: 'window.open' });
    const source = {
      title: 'Directive 2011/83/EU',
      url: 'https://eur-lex.europa.eu/eli/dir/2011/83/oj',
      pinpoint: 'Art. 9',
    };
    expect(decide(true, [reason('statutory.eu-withdrawal', { days: 14 }, source)])).toEqual({
      verdict: true,
      reasons: [{ code: 'statutory.eu-withdrawal', params: { days: 14 }, source }],
    });
  });

  it('validate provenance', () => {
    expect(
      ProvenanceSchema.safeParse({
        source: { title: 't', url: 'https://example.org' },
        asOf: '2026-11-23',
      }).success,
    ).toBe(true);
    const bad = ProvenanceSchema.safeParse({
      source: { title: 't', url: 'nope' },
      asOf: '23/11/2026',
    });
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual(['source.url', 'asOf']);
  });
});
