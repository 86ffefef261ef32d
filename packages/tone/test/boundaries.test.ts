// Issue #15: every public entry point of locale, guidelines, replies and lint answers hostile input
// with a tone MeridianError or ValidationError (never a raw TypeError), found by the fuzz suite.
import { isMeridianError } from '@meridian-cx/core';
import {
  applySuggestions,
  defineGuidelines,
  defineTemplates,
  getGuideline,
  isolateBidi,
  lintReply,
  renderReason,
  renderReply,
  TEMPLATES,
  validateCatalog,
} from '@meridian-cx/tone';
import { describe, expect, it } from 'vitest';

/** The error `run` throws (fails the test when it throws nothing). */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

const hostile = { toString: 1 } as unknown;
const anyFn = (f: unknown) => f as (...a: unknown[]) => unknown;

describe('tone boundaries', () => {
  it('applySuggestions refuses missing or malformed findings and out-of-range suggestions', () => {
    expect(
      isMeridianError(
        thrown(() => anyFn(applySuggestions)()),
        'tone/invalid-argument',
      ),
    ).toBe(true);
    expect(
      isMeridianError(
        thrown(() => anyFn(applySuggestions)('text', hostile)),
        'tone/invalid-findings',
      ),
    ).toBe(true);
    const far = [
      {
        code: 'emoji',
        start: 0,
        end: 1,
        message: 'x',
        suggestion: { start: 2, end: 50, replacement: '' },
      },
    ];
    expect(
      isMeridianError(
        thrown(() => anyFn(applySuggestions)('short', far)),
        'tone/suggestion-out-of-range',
      ),
    ).toBe(true);
    const text = 'Wir haben dir 20 € erstattet.';
    const findings = lintReply(text, { locale: 'de-DE', register: 'formal' });
    expect(applySuggestions(text, findings)).not.toBe(text);
  });

  it('getGuideline names a locale that is not a string and a malformed set', () => {
    expect(
      isMeridianError(
        thrown(() => anyFn(getGuideline)()),
        'tone/invalid-argument',
      ),
    ).toBe(true);
    expect(
      isMeridianError(
        thrown(() => anyFn(getGuideline)(hostile)),
        'tone/invalid-argument',
      ),
    ).toBe(true);
    expect(
      isMeridianError(
        thrown(() => anyFn(getGuideline)('de-DE', { 'de-DE': 1 })),
        'tone/invalid-guideline-set',
      ),
    ).toBe(true);
    expect(getGuideline('de-AT', defineGuidelines({})).locale).toBe('de-DE');
  });

  it('lintReply refuses missing options, a non-string text and a malformed locale', () => {
    expect(
      isMeridianError(
        thrown(() => anyFn(lintReply)('Hallo')),
        'tone/invalid-argument',
      ),
    ).toBe(true);
    expect(
      isMeridianError(
        thrown(() => anyFn(lintReply)(42, { locale: 'de-DE', register: 'formal' })),
        'tone/invalid-argument',
      ),
    ).toBe(true);
    expect(
      isMeridianError(
        thrown(() => lintReply('Hallo', { locale: 'not a tag!', register: 'formal' })),
        'tone/invalid-locale',
      ),
    ).toBe(true);
  });

  it('renderReason refuses a missing reason, a non-string code and a malformed locale', () => {
    expect(
      isMeridianError(
        thrown(() => anyFn(renderReason)()),
        'tone/invalid-argument',
      ),
    ).toBe(true);
    expect(
      isMeridianError(
        thrown(() => anyFn(renderReason)({ code: 1 }, 'de')),
        'tone/invalid-argument',
      ),
    ).toBe(true);
    expect(
      isMeridianError(
        thrown(() => anyFn(renderReason)({ code: 'x' }, hostile)),
        'tone/invalid-argument',
      ),
    ).toBe(true);
    // A hostile param value is described, not coerced (String() would throw).
    const r = renderReason({ code: 'custom.vip', params: { tier: hostile as string } }, 'de-DE');
    expect(r.text).toContain('tier={"toString":1}');
    // A key of Object.prototype is not a template.
    expect(renderReason({ code: 'constructor' }, 'en').known).toBe(false);
    // A number param that is not finite falls back visibly instead of printing NaN as a count.
    expect(
      renderReason({ code: 'policy.window-open', params: { days: Number.NaN } }, 'en').known,
    ).toBe(false);
  });

  it('validateCatalog refuses what is not a catalog with a ValidationError (tone/invalid-templates)', () => {
    expect(
      isMeridianError(
        thrown(() => anyFn(validateCatalog)()),
        'tone/invalid-templates',
      ),
    ).toBe(true);
    expect(
      isMeridianError(
        thrown(() => anyFn(validateCatalog)({ amount: -500 })),
        'tone/invalid-templates',
      ),
    ).toBe(true);
  });

  it('isolateBidi refuses a non-string', () => {
    expect(
      isMeridianError(
        thrown(() => anyFn(isolateBidi)({})),
        'tone/invalid-argument',
      ),
    ).toBe(true);
  });

  it('defineTemplates refuses what is not a catalog; renderReply checks a hand-made catalog and set', () => {
    expect(
      isMeridianError(
        thrown(() => anyFn(defineTemplates)(null)),
        'tone/invalid-templates',
      ),
    ).toBe(true);
    const input = { template: 'greeting', locale: 'en' };
    expect(
      isMeridianError(
        thrown(() => anyFn(renderReply)(input, { greeting: 1 })),
        'tone/invalid-templates',
      ),
    ).toBe(true);
    const broken = { greeting: { params: {}, messages: { en: { any: 'Hi {name' } } } };
    expect(
      isMeridianError(
        thrown(() => renderReply(input, broken)),
        'tone/invalid-message',
      ),
    ).toBe(true);
    expect(
      isMeridianError(
        thrown(() => renderReply({ template: 'constructor', locale: 'en' }, TEMPLATES)),
        'tone/unknown-template',
      ),
    ).toBe(true);
    expect(
      isMeridianError(
        thrown(() =>
          anyFn(renderReply)({ template: 'closing', locale: 'en' }, TEMPLATES, { en: 'x' }),
        ),
        'tone/invalid-guideline-set',
      ),
    ).toBe(true);
  });
});
