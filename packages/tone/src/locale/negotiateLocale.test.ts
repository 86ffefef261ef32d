import { isMeridianError } from '@meridian-cx/core';
import { describe, expect, it } from 'vitest';
import { negotiateLocale } from './negotiateLocale.js';

describe('negotiateLocale: the known failures of the anchors', () => {
  it('Icelandic falls to the declared default, not to English (formatjs#5072)', () => {
    const r = negotiateLocale({ requested: 'is', supported: ['en-US', 'de-DE'], default: 'de-DE' });
    expect(r.locale).toBe('de-DE');
    expect(r.rule).toBe('default');
    expect(r.rejected[0]).toMatchObject({ tag: 'is', candidate: 'en-US' });
    expect(r.rejected[0]?.why).toContain('5072');
  });

  it('zh-HK and zh-MO move to Traditional Chinese, never Simplified', () => {
    for (const tag of ['zh-HK', 'zh-MO', 'zh-Hant']) {
      const r = negotiateLocale({
        requested: tag,
        supported: ['zh-CN', 'zh-TW', 'en-US'],
        default: 'zh-CN',
      });
      expect(r.locale, tag).toBe('zh-TW');
      expect(r.rule).toBe('sideways');
      expect(r.source?.url).toContain('cldr');
    }
    // With no Traditional locale, Simplified is still not offered: the default applies.
    const none = negotiateLocale({
      requested: 'zh-HK',
      supported: ['zh-CN', 'en-US'],
      default: 'en-US',
    });
    expect(none.locale).toBe('en-US');
  });

  it('Latin-American Spanish goes to es-MX before es-ES; Spain stays es-ES', () => {
    const supported = ['es-ES', 'es-MX'];
    for (const tag of ['es-419', 'es-AR', 'es-CO', 'es-US']) {
      expect(negotiateLocale({ requested: tag, supported, default: 'es-ES' }).locale, tag).toBe(
        'es-MX',
      );
    }
    expect(negotiateLocale({ requested: 'es-ES', supported, default: 'es-MX' }).locale).toBe(
      'es-ES',
    );
  });

  it('African Portuguese goes to pt-PT, Brazil to pt-BR', () => {
    const supported = ['pt-BR', 'pt-PT'];
    expect(negotiateLocale({ requested: 'pt-AO', supported, default: 'pt-BR' }).locale).toBe(
      'pt-PT',
    );
    expect(negotiateLocale({ requested: 'pt-MZ', supported, default: 'pt-BR' }).locale).toBe(
      'pt-PT',
    );
    expect(negotiateLocale({ requested: 'pt-BR', supported, default: 'pt-PT' }).locale).toBe(
      'pt-BR',
    );
  });

  it('Catalan, Galician and Basque go to Spanish when the desk has none of them', () => {
    for (const tag of ['ca', 'ca-ES', 'gl', 'eu-ES']) {
      expect(
        negotiateLocale({ requested: tag, supported: ['en-US', 'es-ES'], default: 'en-US' }).locale,
        tag,
      ).toBe('es-ES');
    }
    expect(
      negotiateLocale({ requested: 'ca-ES', supported: ['ca', 'es-ES'], default: 'es-ES' }).locale,
    ).toBe('ca');
  });

  it('a cross-language move never beats a language the customer listed', () => {
    const r = negotiateLocale({
      requested: 'ca-ES, en;q=0.8',
      supported: ['en-US', 'es-ES'],
      default: 'es-ES',
    });
    expect(r.locale).toBe('en-US');
  });

  it('Nordic moves happen only when the desk allows them', () => {
    const base = { requested: 'nb-NO', supported: ['da-DK', 'en-US'], default: 'en-US' };
    expect(negotiateLocale(base).locale).toBe('en-US');
    expect(negotiateLocale({ ...base, allow: { nordic: true } }).locale).toBe('da-DK');
  });

  it('same language, other region: de-AT is served in de-DE, en-AU in en-GB', () => {
    expect(
      negotiateLocale({ requested: 'de-AT', supported: ['de-DE', 'en-US'], default: 'en-US' }),
    ).toMatchObject({ locale: 'de-DE', rule: 'same-language' });
    expect(
      negotiateLocale({ requested: 'en-AU', supported: ['en-US', 'en-GB'], default: 'en-US' })
        .locale,
    ).toBe('en-GB');
  });
});

describe('negotiateLocale: country defaults and weights', () => {
  it("uses the desk's own choice for a country, then CLDR's languages", () => {
    const supported = ['de-DE', 'fr-FR', 'it-IT'];
    expect(
      negotiateLocale({
        supported,
        default: 'it-IT',
        country: 'CH',
        countryDefaults: { CH: ['fr-CH'] },
      }),
    ).toMatchObject({ locale: 'fr-FR', rule: 'country-default' });
    expect(negotiateLocale({ supported, default: 'it-IT', country: 'CH' }).locale).toBe('de-DE');
    expect(
      negotiateLocale({ supported: ['nl-NL', 'fr-FR'], default: 'fr-FR', country: 'BE' }).locale,
    ).toBe('nl-NL');
    expect(
      negotiateLocale({ supported: ['fr-FR', 'en-US'], default: 'fr-FR', country: 'CA' }).locale,
    ).toBe('en-US');
    expect(
      negotiateLocale({ supported: ['en-GB', 'hi-IN'], default: 'en-GB', country: 'IN' }).locale,
    ).toBe('hi-IN');
  });

  it('follows Accept-Language weights and ignores q=0 and wildcards with a reason', () => {
    const r = negotiateLocale({
      requested: 'fr;q=0, de;q=0.5, en-GB;q=0.9, *;q=0.1',
      supported: ['fr-FR', 'de-DE', 'en-GB'],
      default: 'fr-FR',
    });
    expect(r.locale).toBe('en-GB');
    expect(r.rejected.map((x) => x.tag)).toEqual(expect.arrayContaining(['fr', '*', 'de']));
  });

  it('a plain list is in order of preference', () => {
    expect(
      negotiateLocale({ requested: ['fr', 'de'], supported: ['de-DE', 'fr-FR'], default: 'de-DE' })
        .locale,
    ).toBe('fr-FR');
    expect(
      negotiateLocale({ requested: ['de', 'fr'], supported: ['de-DE', 'fr-FR'], default: 'fr-FR' })
        .locale,
    ).toBe('de-DE');
  });

  it('explains the default when the customer gave nothing', () => {
    const r = negotiateLocale({ supported: ['de-DE'], default: 'de-DE' });
    expect(r).toMatchObject({ locale: 'de-DE', rule: 'default' });
    expect(r.why).toContain('no language');
  });
});

describe('negotiateLocale: validation', () => {
  it('rejects a default the desk does not support', () => {
    try {
      negotiateLocale({ requested: 'de', supported: ['de-DE'], default: 'en-US' });
      expect.unreachable();
    } catch (e) {
      expect(isMeridianError(e, 'tone/unsupported-default')).toBe(true);
    }
  });

  it('names a supported tag that is not a language tag', () => {
    try {
      negotiateLocale({ supported: ['de-DE', 'not a tag!'], default: 'de-DE' });
      expect.unreachable();
    } catch (e) {
      expect(isMeridianError(e, 'tone/invalid-supported-locale')).toBe(true);
      expect((e as Error).message).toContain('not a tag!');
    }
  });

  it('rejects an empty supported list and a lower-case country', () => {
    expect(() => negotiateLocale({ supported: [], default: 'de-DE' })).toThrow(/supported/);
    try {
      negotiateLocale({ supported: ['de-DE'], default: 'de-DE', country: 'ch' });
      expect.unreachable();
    } catch (e) {
      expect(isMeridianError(e, 'tone/invalid-negotiate-locale-input')).toBe(true);
    }
  });
});
