import { isMeridianError } from '@meridian-cx/core';
import { describe, expect, it } from 'vitest';
import { REASONS } from './catalog/reasons.js';
import { TEMPLATES } from './catalog.js';
import { defineTemplates } from './defineTemplates.js';
import type { ParamKind } from './types.js';
import { validateCatalog } from './validateCatalog.js';

const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'pt-BR', 'ja', 'ar', 'fa', 'zh-Hans'];
const TWO_REGISTERS = ['de', 'fr', 'es', 'it', 'nl', 'pl'];

describe('the built-in catalog', () => {
  it('has 12 templates in the 12 languages, both registers where the language has them', () => {
    expect(Object.keys(TEMPLATES)).toHaveLength(12);
    for (const [id, t] of Object.entries(TEMPLATES)) {
      expect(Object.keys(t.messages).sort(), id).toEqual([...LANGUAGES].sort());
      for (const l of TWO_REGISTERS)
        expect(Object.keys(t.messages[l] ?? {}).sort(), `${id} ${l}`).toEqual([
          'formal',
          'informal',
        ]);
    }
  });

  // Persian (شما/تو) and Chinese (您/你) have a T-V distinction too: every message that addresses the
  // customer has an informal form without the polite pronoun (0.2.0).
  it('Persian and Chinese informal messages use تو / 你, never شما / 您', () => {
    let fa = 0;
    let zh = 0;
    for (const [id, t] of Object.entries(TEMPLATES)) {
      const f = t.messages.fa as Record<string, string> | undefined;
      const z = t.messages['zh-Hans'] as Record<string, string> | undefined;
      if (f?.informal !== undefined) {
        fa++;
        expect(f.informal, id).not.toMatch(/شما/);
      } else expect(f?.any ?? '', id).not.toMatch(/شما/);
      if (z?.informal !== undefined) {
        zh++;
        expect(z.informal, id).not.toMatch(/您/);
        expect(z.formal, id).toMatch(/您/);
      } else expect(z?.any ?? '', id).not.toMatch(/您|你/);
    }
    expect(fa).toBe(12);
    expect(zh).toBe(11); // refund-issued addresses no one in Chinese
  });

  it('passes its own validation: every message parses, every param is used, every plural is complete', () => {
    expect(validateCatalog(TEMPLATES).map((e) => e.message)).toEqual([]);
    expect(validateCatalog(REASONS).map((e) => e.message)).toEqual([]);
  });
});

describe('defineTemplates', () => {
  const code = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return (e as { code?: string }).code;
    }
    return undefined;
  };

  it('returns the team templates alone, validated and frozen', () => {
    const c = defineTemplates({
      'gift-wrap': {
        params: { orderId: 'text' },
        messages: { en: { any: 'Order {orderId} will be gift-wrapped.' } },
      },
    });
    expect(Object.keys(c)).toEqual(['gift-wrap']);
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('accepts what intl-messageformat renders: {n, number}, {d, date}, {t, time}, <tags>', () => {
    const c = defineTemplates({
      a: {
        params: { n: 'number', d: 'date', t: 'datetime' },
        messages: { en: { any: '<b>{n, number, percent}</b> {d, date, short} {t, time, short}' } },
      },
    });
    expect(Object.keys(c)).toEqual(['a']);
  });

  it('refuses a format the param kind cannot take, saying what to do instead', () => {
    const problem = (params: Record<string, ParamKind>, message: string) => {
      try {
        defineTemplates({ a: { params, messages: { en: { any: message } } } });
      } catch (e) {
        expect(isMeridianError(e, 'tone/invalid-message')).toBe(true);
        return (e as Error).message;
      }
      return 'accepted';
    };
    expect(problem({ amount: 'money' }, 'Paid {amount, number}')).toMatch(
      /\{amount, number\} needs a number param, and "amount" is money: write \{amount\}/,
    );
    expect(problem({ d: 'text' }, 'On {d, date}')).toMatch(/declare it as date or datetime/);
    expect(problem({ d: 'number' }, 'At {d, time, short}')).toMatch(/"d" is number/);
    expect(problem({ d: 'date' }, '{d} ({d, date, short})')).toMatch(/use one form/);
    expect(problem({}, 'Hi {')).toMatch(/EXPECT_ARGUMENT_CLOSING_BRACE at offset 3/);
    expect(problem({ n: 'number' }, '{n, number}')).toBe('accepted');
  });

  it('rejects a Polish plural without few and many', () => {
    const e = code(() =>
      defineTemplates({
        p: {
          params: { n: 'number' },
          messages: { pl: { formal: '{n, plural, one {# dzień} other {# dnia}}' } },
        },
      }),
    );
    expect(e).toBe('tone/plural-categories');
  });

  it('rejects an Arabic plural without its six forms', () => {
    const e = code(() =>
      defineTemplates({
        p: {
          params: { n: 'number' },
          messages: { ar: { any: '{n, plural, one {يوم} other {# يوم}}' } },
        },
      }),
    );
    expect(e).toBe('tone/plural-categories');
  });

  it('rejects an undeclared placeholder, an unused param, a message that does not parse', () => {
    expect(
      code(() => defineTemplates({ a: { params: {}, messages: { en: { any: 'Hi {name}' } } } })),
    ).toBe('tone/undeclared-placeholder');
    expect(
      code(() =>
        defineTemplates({
          a: {
            params: { name: 'text' },
            messages: { en: { any: 'Hi {name}' }, de: { formal: 'Hallo' } },
          },
        }),
      ),
    ).toBe('tone/unused-param');
    expect(
      code(() => defineTemplates({ a: { params: {}, messages: { en: { any: 'Hi {' } } } })),
    ).toBe('tone/invalid-message');
    try {
      defineTemplates({ A: { params: {}, messages: { en: { any: 'x' } } } });
      expect.unreachable();
    } catch (e) {
      expect(isMeridianError(e, 'tone/invalid-templates')).toBe(true);
    }
  });
});
