import {
  defineFailures,
  isMeridianError,
  MeridianError,
  parseMoney,
  ValidationError,
} from '@meridian-cx/core';
import { describe, expect, expectTypeOf, it } from 'vitest';

const catalog = {
  'returns/unknown-line': (p: { lineId: string }) => `Line "${p.lineId}" is not in the order.`,
  'returns/empty-request': () => 'The request names no line. Add at least one.',
} as const;
const { fail, failure, message, codes } = defineFailures('returns', catalog);

describe('defineFailures', () => {
  it('throws a MeridianError with the catalog message and the params', () => {
    try {
      fail('returns/unknown-line', { lineId: 'L9' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(MeridianError);
      expect(isMeridianError(e, 'returns/unknown-line')).toBe(true);
      const err = e as MeridianError;
      expect(err.package).toBe('returns');
      expect(err.message).toBe('Line "L9" is not in the order.');
      expect(err.params).toEqual({ lineId: 'L9' });
    }
  });

  it('builds without throwing, renders messages and lists codes', () => {
    expect(failure('returns/empty-request').code).toBe('returns/empty-request');
    expect(message('returns/unknown-line', { lineId: 'A' })).toBe('Line "A" is not in the order.');
    expect(codes).toEqual(['returns/unknown-line', 'returns/empty-request']);
  });

  it('checks codes and params at compile time', () => {
    expectTypeOf(fail)
      .parameter(0)
      .toEqualTypeOf<'returns/unknown-line' | 'returns/empty-request'>();
    // @ts-expect-error a code that is not in the catalog
    expect(() => fail('returns/unknown-lin', { lineId: 'x' })).toThrow(
      /Unknown returns error code "returns\/unknown-lin"/,
    );
    // @ts-expect-error params missing
    expect(() => fail('returns/unknown-line')).toThrow();
  });
});

describe('instanceof across copies of core', () => {
  it('recognises an error branded by another copy (same registry symbol)', () => {
    // What a second copy of core (the CJS build next to the ESM one) would throw.
    class OtherMeridianError extends Error {
      constructor() {
        super('x');
        Object.defineProperty(this, Symbol.for('@meridian-cx/core/error'), {
          value: ['MeridianError', 'ValidationError'],
        });
      }
    }
    const foreign = new OtherMeridianError();
    expect(foreign instanceof MeridianError).toBe(true);
    expect(foreign instanceof ValidationError).toBe(true);
    expect(new Error('plain') instanceof MeridianError).toBe(false);
  });

  it('keeps the two kinds apart', () => {
    expect(failure('returns/empty-request') instanceof ValidationError).toBe(false);
    let caught: unknown;
    try {
      parseMoney({ amount: 1.5, currency: 'EUR' });
    } catch (e) {
      caught = e;
    }
    expect(caught instanceof ValidationError).toBe(true);
    expect(caught instanceof MeridianError).toBe(true);
  });
});

describe('describeValue', () => {
  it('renders hostile values without throwing and keeps them apart', async () => {
    const { describeValue } = await import('@meridian-cx/core');
    expect(describeValue({ toString: 1 })).toBe('{"toString":1}');
    expect(describeValue('12')).toBe('"12"');
    expect(describeValue(12)).toBe('12');
    expect(describeValue(-0)).toBe('-0');
    expect(describeValue(Number.NaN)).toBe('NaN');
    expect(describeValue(Object.create(null))).toBe('{}');
    expect(describeValue(Symbol('x'))).toBe('Symbol(x)');
    expect(describeValue(new Date(Number.NaN))).toBe('an invalid Date');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(describeValue(cyclic)).toBe('an object');
    expect(describeValue('a'.repeat(1000)).length).toBeLessThan(120);
  });
});

describe('defineFailures refuses a package name that is not a string', () => {
  it('at definition, with core/invalid-catalog, instead of throwing a TypeError at the first message', () => {
    for (const pkg of [[], Object.create(null), '', 12]) {
      let caught: unknown;
      try {
        defineFailures(pkg as never, { 'x/y': () => 'm' });
      } catch (e) {
        caught = e;
      }
      expect(isMeridianError(caught, 'core/invalid-catalog')).toBe(true);
    }
  });
});
