import { describe, expectTypeOf, it } from 'vitest';
import { lintReply } from '../lint/lintReply.js';
import type { FindingCode } from '../lint/types.js';
import { negotiateLocale } from '../locale/negotiateLocale.js';
import { REPLIES_DE } from './catalog/de.js';
import { renderReply } from './renderReply.js';

describe('tone types', () => {
  it('registers and rules are literal unions, not strings', () => {
    const r = renderReply({ template: 'apology', locale: 'de-DE', params: { orderId: 'A' } }, [
      REPLIES_DE,
    ]);
    expectTypeOf(r.register).toEqualTypeOf<'formal' | 'informal' | 'any'>();
    expectTypeOf(r.direction).toEqualTypeOf<'ltr' | 'rtl'>();
    expectTypeOf(negotiateLocale({ supported: ['de-DE'], default: 'de-DE' }).rule).toEqualTypeOf<
      'exact' | 'same-language' | 'sideways' | 'country-default' | 'default'
    >();
    // @ts-expect-error the catalogs are required: a bundle carries only the languages passed
    renderReply({ template: 'apology', locale: 'de-DE', params: { orderId: 'A' } });
    expectTypeOf(lintReply('x', { locale: 'de-DE', register: 'formal' })[0]?.code).toEqualTypeOf<
      FindingCode | undefined
    >();
  });

  it('rejects a register or topic that does not exist', () => {
    renderReply(
      {
        template: 'apology',
        locale: 'de-DE',
        // @ts-expect-error 'polite' is not a register
        register: 'polite',
        params: { orderId: 'A' },
      },
      [REPLIES_DE],
    );
    renderReply(
      {
        template: 'apology',
        locale: 'de-DE',
        // @ts-expect-error 'weather' is not a topic that shifts the register
        topic: 'weather',
        params: { orderId: 'A' },
      },
      [REPLIES_DE],
    );
    renderReply(
      {
        template: 'refund-issued',
        locale: 'de-DE',
        // @ts-expect-error money is minor units and a currency, not an array of euros
        params: { orderId: 'A', amount: [49.99], days: 3 },
      },
      [REPLIES_DE],
    );
  });
});
