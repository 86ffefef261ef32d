import { isMeridianError } from '@meridian-cx/core';
import { describe, expect, it } from 'vitest';
import { REPLIES_DE } from './catalog/de.js';
import { REPLIES_EN } from './catalog/en.js';
import { REPLIES_JA } from './catalog/ja.js';
import { TEMPLATES } from './catalog.js';
import { defineTemplates } from './defineTemplates.js';
import { renderReason } from './renderReason.js';
import { type RenderReplyInput, renderReply as render } from './renderReply.js';

// Every language at once; the per-language catalogs have their own tests below.
const renderReply = (input: RenderReplyInput) => render(input, TEMPLATES);

const refund = (locale: string, days = 3, extra: Record<string, unknown> = {}) =>
  renderReply({
    template: 'refund-issued',
    locale,
    params: {
      orderId: 'A-1042',
      amount: { amount: 4999, currency: 'EUR' },
      days,
      ...extra,
    } as never,
  });

describe('renderReply', () => {
  it('German: formal by default, informal on request, and says why', () => {
    const formal = refund('de-DE');
    expect(formal.text.replace(/\u00a0/g, ' ')).toBe(
      'Wir haben Ihnen 49,99 € für die Bestellung A-1042 erstattet. Der Betrag sollte innerhalb von 3 Werktagen auf Ihrem Konto sein.',
    );
    expect(formal.chosen.find((c) => c.what === 'register')?.why).toMatch(
      /de-DE defaults to formal/,
    );
    const informal = renderReply({
      template: 'refund-issued',
      locale: 'de-DE',
      register: 'informal',
      params: { orderId: 'A-1042', amount: { amount: 4999, currency: 'EUR' }, days: 1 },
    });
    expect(informal.text.replace(/\u00a0/g, ' ')).toContain('Wir haben dir 49,99 €');
    expect(informal.text).toContain('1 Werktag ');
  });

  it('Spain: informal by default, formal when the topic is money', () => {
    const base = {
      template: 'out-of-hours',
      locale: 'es-ES',
      params: { nextOpen: '2026-03-02T08:00:00Z' },
      timeZone: 'Europe/Madrid',
    } as const;
    expect(renderReply(base).register).toBe('informal');
    const money = renderReply({ ...base, topic: 'money' });
    expect(money.register).toBe('formal');
    expect(money.text).toContain('le responderemos');
    expect(money.text).toContain('9:00');
  });

  it('Persian: Persian digits, the Solar Hijri calendar, the Tehran zone, isolated order ids', () => {
    const r = renderReply({
      template: 'order-status',
      locale: 'fa-IR',
      timeZone: 'Asia/Tehran',
      params: { orderId: 'A-1042', itemCount: 2, deliveryDate: '2026-03-20T10:00:00+03:30' },
    });
    expect(r.text).toContain('۲۹ اسفند ۱۴۰۴');
    expect(r.text).toContain('۲ کالا');
    expect(r.text).toContain('\u2068A-1042\u2069');
    expect(r.direction).toBe('rtl');
    expect(r.language).toBe('fa');
  });

  it('Polish plurals: 1 one, 2–4 few, 0, 5–21 and 12–14 many', () => {
    const pl = (n: number) =>
      renderReply({
        template: 'shipping-delay',
        locale: 'pl-PL',
        params: { orderId: 'X', days: n, newDate: '2026-05-04' },
      }).text;
    expect(pl(1)).toContain('1 dzień');
    expect(pl(3)).toContain('3 dni');
    expect(pl(22)).toContain('22 dni');
    expect(pl(12)).toContain('12 dni');
    expect(pl(1.5)).toContain('1,5 dnia');
  });

  it('Arabic: six plural forms and Arabic-Indic digits', () => {
    const ar = (n: number) =>
      renderReply({
        template: 'shipping-delay',
        locale: 'ar-SA',
        params: { orderId: 'X', days: n, newDate: '2026-05-04' },
      }).text;
    expect(ar(1)).toContain('يومًا واحدًا');
    expect(ar(2)).toContain('يومين');
    expect(ar(3)).toContain('٣ أيام');
    expect(ar(11)).toContain('١١ يومًا');
    expect(ar(100)).toContain('١٠٠ يوم');
  });

  it('pt-BR counts 0 as one, pt-PT as other', () => {
    expect(new Intl.PluralRules('pt-BR').select(0)).toBe('one');
    expect(new Intl.PluralRules('pt-PT').select(0)).toBe('other');
    const r = (locale: string) =>
      renderReply({ template: 'request-details', locale, params: { orderId: 'X', photos: 0 } })
        .text;
    expect(r('pt-BR')).toContain('0 foto ');
    expect(r('pt-PT')).toContain('0 fotos');
  });

  it('names missing and extra params', () => {
    try {
      renderReply({ template: 'refund-issued', locale: 'en-US', params: { orderId: 'A' } });
      expect.unreachable();
    } catch (e) {
      expect(isMeridianError(e, 'tone/missing-params')).toBe(true);
      expect((e as Error).message).toContain('amount, days');
    }
    try {
      refund('en-US', 2, { coupon: 'X' });
      expect.unreachable();
    } catch (e) {
      expect(isMeridianError(e, 'tone/extra-params')).toBe(true);
      expect((e as Error).message).toContain('coupon');
    }
  });

  it('rejects a bad param, an unknown template, a language without messages', () => {
    expect(() =>
      renderReply({ template: 'handoff', locale: 'en-US', params: { agentName: 3 } as never }),
    ).toThrow(/must be a string/);
    expect(() => renderReply({ template: 'nope', locale: 'en-US' })).toThrow(/no template "nope"/);
    expect(() =>
      renderReply({ template: 'apology', locale: 'zh-TW', params: { orderId: 'X' } }),
    ).toThrow(/no message for "zh-TW"/);
    expect(() => refund('de-DE', 2, { amount: { amount: 1.5, currency: 'EUR' } })).toThrow();
  });
});

describe('renderReply with language catalogs', () => {
  const apology = { template: 'apology', params: { orderId: 'A-7' } } as const;

  it('renders from the languages passed, the same text as the all-language catalog', () => {
    for (const [locale, catalog] of [
      ['de-AT', REPLIES_DE],
      ['ja-JP', REPLIES_JA],
      ['en-GB', REPLIES_EN],
    ] as const) {
      const one = render({ ...apology, locale }, [REPLIES_EN, catalog]);
      expect(one).toEqual(render({ ...apology, locale }, TEMPLATES));
      expect(render({ ...apology, locale }, catalog).text).toBe(one.text);
    }
  });

  it('a language with built-in replies that were not passed names the export that adds them', () => {
    try {
      render({ ...apology, locale: 'ja-JP' }, [REPLIES_EN, REPLIES_DE]);
      expect.unreachable();
    } catch (e) {
      expect(isMeridianError(e, 'tone/catalog-not-passed')).toBe(true);
      expect((e as Error).message).toContain("import { REPLIES_JA } from '@meridian-cx/tone'");
      expect((e as Error).message).toContain('languages: en, de');
    }
    expect(() => render({ ...apology, locale: 'pt-PT' }, REPLIES_DE)).toThrow(/REPLIES_PT_BR/);
  });

  it('no catalog at all is an error saying what to pass', () => {
    for (const none of [[], undefined]) {
      try {
        render({ ...apology, locale: 'de-DE' }, none as never);
        expect.unreachable();
      } catch (e) {
        expect(isMeridianError(e, 'tone/no-catalog')).toBe(true);
        expect((e as Error).message).toContain('REPLIES_EN');
      }
    }
  });

  it("a team's catalog beside the built-ins: its templates, and its message wins for its language", () => {
    const mine = defineTemplates({
      'gift-wrap': {
        params: { orderId: 'text' },
        messages: { en: { any: 'Order {orderId} will be gift-wrapped.' } },
      },
      apology: {
        params: { orderId: 'text', name: 'text' },
        messages: { en: { any: 'Sorry about {orderId}, {name}.' } },
      },
    });
    const catalogs = [REPLIES_EN, REPLIES_DE, mine];
    expect(
      render({ template: 'gift-wrap', locale: 'en-US', params: { orderId: 'A' } }, catalogs).text,
    ).toBe('Order A will be gift-wrapped.');
    expect(
      render({ ...apology, locale: 'en-US', params: { orderId: 'A', name: 'Kim' } }, catalogs).text,
    ).toBe('Sorry about A, Kim.');
    // German still comes from the built-in catalog, with the built-in params.
    expect(render({ ...apology, locale: 'de-DE' }, catalogs).text).toContain('A-7');
    expect(() =>
      render({ template: 'gift-wrap', locale: 'de-DE', params: { orderId: 'A' } }, catalogs),
    ).toThrow(/no message for "de-DE"/);
    expect(() => render({ ...apology, locale: 'en-US' }, [mine, REPLIES_EN]).text).not.toThrow();
  });
});

describe('renderReason', () => {
  it('renders a known reason in the customer language', () => {
    expect(
      renderReason(
        { code: 'policy.window-open', params: { days: 30, lastDay: '2026-04-01' } },
        'de-DE',
      ),
    ).toEqual({
      code: 'policy.window-open',
      text: 'Die Rückgabefrist von 30 Tagen läuft noch.',
      known: true,
    });
    expect(
      renderReason({ code: 'policy.window-open', params: { days: 14 } }, 'fa-IR').text,
    ).toContain('۱۴');
    expect(renderReason({ code: 'statutory.withdrawal-open' }, 'ja-JP').text).toBe(
      '法律上の撤回権が適用されます。',
    );
  });

  it('falls back visibly for an unknown code or a missing param, never empty', () => {
    expect(renderReason({ code: 'custom.vip', params: { tier: 'gold' } }, 'fr-FR')).toEqual({
      code: 'custom.vip',
      text: 'Motif: custom.vip (tier=gold)',
      known: false,
    });
    expect(renderReason({ code: 'policy.window-open' }, 'en-US').known).toBe(false);
    expect(renderReason({ code: 'x' }, 'is-IS').text).toBe('Reason: x');
  });
});
