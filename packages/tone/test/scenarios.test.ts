// Scenario per locale: negotiate each of the 24 guideline locales against a desk that supports
// them all, render every template where the catalog has the language, and lint what comes out in
// the register it was rendered in. The built-in messages must pass the built-in linter.
import {
  GUIDELINES,
  lintReply,
  negotiateLocale,
  type ParamValue,
  renderReply,
  TEMPLATES,
} from '@meridian-cx/tone';
import { describe, expect, it } from 'vitest';

const SAMPLE: Record<string, ParamValue> = {
  ticketId: 'T-1001',
  orderId: 'A-1042',
  itemCount: 3,
  deliveryDate: '2026-03-20T10:00:00Z',
  days: 5,
  newDate: '2026-03-25',
  labelUrl: 'https://shop.example/label/A-1042',
  deadline: '2026-03-30',
  amount: { amount: 4_999, currency: 'EUR' },
  nextOpen: '2026-03-03T08:00:00Z',
  agentName: 'Mina',
  photos: 2,
  surveyUrl: 'https://shop.example/s/1',
  requestId: 'DSAR-77',
};

const LOCALES = Object.keys(GUIDELINES);

describe.each(LOCALES)('%s', (locale) => {
  it('is negotiated exactly and rendered, where the catalog has its language, lint-clean in each register', () => {
    expect(
      negotiateLocale({ requested: locale, supported: LOCALES, default: 'en-US' }),
    ).toMatchObject({ locale, rule: 'exact' });
    for (const [id, t] of Object.entries(TEMPLATES)) {
      const params = Object.fromEntries(
        Object.keys(t.params).map((p) => [p, SAMPLE[p] as ParamValue]),
      );
      for (const register of ['formal', 'informal'] as const) {
        let text: string;
        let used: string;
        try {
          const r = renderReply(
            {
              template: id,
              locale,
              register,
              params,
              timeZone: 'Europe/Berlin',
            },
            TEMPLATES,
          );
          text = r.text;
          used = r.register === 'any' ? register : r.register;
        } catch (e) {
          // Languages outside the catalog (he, hi, ko, th, id, tr, ru, sv, zh-TW) have no messages.
          expect((e as { code?: string }).code).toBe('tone/no-translation');
          continue;
        }
        const findings = lintReply(text, { locale, register: used as 'formal' | 'informal' });
        expect(findings, `${id} ${locale} ${register}: ${text}`).toEqual([]);
      }
    }
  });
});
