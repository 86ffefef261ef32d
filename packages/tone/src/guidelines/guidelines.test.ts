import { isMeridianError, ValidationError } from '@meridian-cx/core';
import { describe, expect, it } from 'vitest';
import { HOUSE_POLICY } from './base.js';
import { defineGuidelines } from './defineGuidelines.js';
import { getGuideline } from './getGuideline.js';
import { GUIDELINES } from './guidelines.js';
import { GuidelineSchema } from './schemas.js';

const LOCALES = [
  'en-US',
  'en-GB',
  'de-DE',
  'fr-FR',
  'es-ES',
  'es-MX',
  'it-IT',
  'nl-NL',
  'pl-PL',
  'pt-BR',
  'pt-PT',
  'sv-SE',
  'tr-TR',
  'ru-RU',
  'ar-SA',
  'fa-IR',
  'he-IL',
  'hi-IN',
  'ja-JP',
  'ko-KR',
  'zh-CN',
  'zh-TW',
  'th-TH',
  'id-ID',
];

type IntlLocale = Intl.Locale & {
  getWeekInfo?: () => { firstDay: number; weekend: number[] };
  weekInfo?: { firstDay: number; weekend: number[] };
  getTextInfo?: () => { direction: string };
  textInfo?: { direction: string };
};

describe('GUIDELINES', () => {
  it('covers the 24 locales of the issue, each valid against its schema', () => {
    expect(Object.keys(GUIDELINES).sort()).toEqual([...LOCALES].sort());
    for (const g of Object.values(GUIDELINES)) {
      const r = GuidelineSchema.safeParse(g);
      expect(r.success, `${g.locale}: ${JSON.stringify(r.error?.issues)}`).toBe(true);
    }
  });

  // The CLDR facts are data, and Intl is the oracle: if a Node upgrade moves a default (ar-SA's
  // calendar became gregorian in CLDR 46), this fails and the data is updated with a new asOf.
  it.each(LOCALES)('%s: CLDR facts agree with what Intl reports on this Node', (locale) => {
    const g = GUIDELINES[locale];
    if (g === undefined) throw new Error(locale);
    const l = new Intl.Locale(locale) as IntlLocale;
    expect(g.plurals.value).toEqual(
      [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories].sort(order),
    );
    expect(g.digits.value).toBe(new Intl.NumberFormat(locale).resolvedOptions().numberingSystem);
    expect(g.calendar.value).toBe(new Intl.DateTimeFormat(locale).resolvedOptions().calendar);
    const week = l.getWeekInfo?.() ?? l.weekInfo;
    if (week !== undefined)
      expect(g.week.value).toEqual({ firstDay: week.firstDay, weekend: week.weekend });
    const text = l.getTextInfo?.() ?? l.textInfo;
    if (text !== undefined) expect(g.direction.value).toBe(text.direction);
  });

  it('every fact carries a source URL and an asOf date', () => {
    for (const g of Object.values(GUIDELINES)) {
      for (const [field, value] of Object.entries(g)) {
        if (field === 'locale' || field === 'unsourced') continue;
        expect(value, `${g.locale}.${field}`).toMatchObject({
          source: { url: expect.stringMatching(/^https:\/\//) },
          asOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        });
      }
    }
  });

  it('says which fields have no source, and every locale has a register or says why not', () => {
    for (const g of Object.values(GUIDELINES)) {
      for (const u of g.unsourced ?? []) {
        expect(g[u.field], `${g.locale}.${u.field} is listed as unsourced`).toBeUndefined();
        expect(u.searched.length).toBeGreaterThan(20);
      }
      const said = (g.unsourced ?? []).some((u) => u.field === 'register');
      expect(g.register !== undefined || said, `${g.locale}: register or unsourced`).toBe(true);
    }
    expect(GUIDELINES['zh-CN']?.unsourced?.map((u) => u.field)).toEqual(['register', 'address']);
    expect(GUIDELINES['ar-SA']?.unsourced?.map((u) => u.field)).toEqual(['register']);
  });

  it('sources the register of pt-PT, fa-IR, hi-IN and id-ID, with disagreements recorded', () => {
    expect(GUIDELINES['pt-PT']?.address?.value.informal).toBe('tu');
    expect(GUIDELINES['fa-IR']?.address?.value.customerService).toBe('شما');
    expect(GUIDELINES['hi-IN']?.address?.value.customerService).toBe('आप');
    expect(GUIDELINES['hi-IN']?.address?.note).toMatch(/disagree/);
    expect(GUIDELINES['id-ID']?.address?.value.customerService).toBe('Anda');
    for (const l of ['pt-PT', 'fa-IR', 'hi-IN', 'id-ID'])
      expect(GUIDELINES[l]?.register?.value.default, l).toBe('formal');
  });

  it('greeting and sign-off conventions where sourced, formal at least', () => {
    const sourced = Object.values(GUIDELINES).filter((g) => g.greeting !== undefined);
    expect(sourced.map((g) => g.locale).sort()).toEqual(
      ['de-DE', 'es-ES', 'it-IT', 'ja-JP', 'nl-NL', 'pl-PL'].sort(),
    );
    expect(GUIDELINES['ja-JP']?.greeting?.value.formal).toMatch(/様.*お世話になっております/);
    expect(GUIDELINES['pl-PL']?.greeting?.note).toMatch(/Witam/);
    expect(GUIDELINES['de-DE']?.signOff?.value.formal).toBe('Mit freundlichen Grüßen');
  });

  it('every built-in locale has the house emoji/humour/exclamation policy (lintReply relies on it)', () => {
    for (const g of Object.values(GUIDELINES)) {
      expect({ emoji: g.emoji, humour: g.humour, exclamation: g.exclamation }, g.locale).toEqual(
        HOUSE_POLICY,
      );
    }
  });

  it('gets the traps right', () => {
    expect(GUIDELINES['sv-SE']?.address?.value.customerService).toBe('du');
    expect(GUIDELINES['es-ES']?.register?.value).toEqual({
      default: 'informal',
      shiftsToFormalFor: ['money', 'legal'],
    });
    expect(GUIDELINES['pt-BR']?.address?.value).toMatchObject({ formal: 'você', informal: 'você' });
    expect(GUIDELINES['he-IL']?.address?.note).toMatch(/no formal\/informal/);
    expect(GUIDELINES['th-TH']?.particles?.value).toMatch(/speaker/);
    expect(GUIDELINES['ja-JP']?.address?.value.avoid).toContain('あなた');
    for (const l of ['ja-JP', 'ko-KR', 'zh-CN', 'zh-TW'])
      expect(GUIDELINES[l]?.nameOrder.value).toBe('family-given');
    expect(GUIDELINES['fa-IR']).toMatchObject({
      digits: { value: 'arabext' },
      calendar: { value: 'persian' },
      direction: { value: 'rtl' },
    });
  });
});

describe('getGuideline', () => {
  it('falls back to the same language and script', () => {
    expect(getGuideline('de-AT').locale).toBe('de-DE');
    expect(getGuideline('zh-HK').locale).toBe('zh-TW');
    expect(getGuideline('fa').locale).toBe('fa-IR');
  });
  it('fails for a language it does not know', () => {
    try {
      getGuideline('is-IS');
      expect.unreachable();
    } catch (e) {
      expect(isMeridianError(e, 'tone/unknown-guideline')).toBe(true);
    }
  });
});

describe('defineGuidelines', () => {
  const brand = { title: 'Brand voice handbook', url: 'https://example.com/voice' };
  it('overrides a field per brand and keeps the rest', () => {
    const set = defineGuidelines({
      'de-DE': {
        register: {
          value: { default: 'informal', shiftsToFormalFor: ['money'] },
          source: brand,
          asOf: '2026-01-15',
        },
      },
    });
    expect(set['de-DE']?.register?.value.default).toBe('informal');
    expect(set['de-DE']?.address?.value.customerService).toBe('Sie');
    expect(GUIDELINES['de-DE']?.register?.value.default).toBe('formal');
  });
  it('rejects an override without provenance, naming the path', () => {
    expect(() => defineGuidelines({ 'de-DE': { emoji: { value: 'ok' } as never } })).toThrow(
      ValidationError,
    );
    try {
      defineGuidelines({ 'de-DE': { emoji: { value: 'ok', source: brand } as never } });
    } catch (e) {
      expect(isMeridianError(e, 'tone/invalid-guidelines')).toBe(true);
      expect(String((e as Error).message)).toMatch(/asOf/);
    }
  });
  it('a brand that sources an unsourced field clears it from the unsourced list', () => {
    const set = defineGuidelines({
      'zh-CN': {
        register: {
          value: { default: 'formal', shiftsToFormalFor: [] },
          source: brand,
          asOf: '2026-01-15',
        },
      },
    });
    expect(set['zh-CN']?.unsourced?.map((u) => u.field)).toEqual(['address']);
  });
  it('rejects a new locale missing required facts', () => {
    expect(() =>
      defineGuidelines({
        'is-IS': { emoji: { value: 'avoid', source: brand, asOf: '2026-01-01' } },
      }),
    ).toThrow(ValidationError);
  });
});

const ORDER = ['zero', 'one', 'two', 'few', 'many', 'other'];
function order(a: string, b: string): number {
  return ORDER.indexOf(a) - ORDER.indexOf(b);
}
