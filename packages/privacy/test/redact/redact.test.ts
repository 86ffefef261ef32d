// The redact() API: placeholders, offsets, pseudonymisation with a caller-kept token map, custom
// recognizers, entity filters and failing closed.
import { isMeridianError, ValidationError } from '@meridian-cx/core';
import {
  BUILT_IN_ENTITY_TYPES,
  builtInRecognizers,
  defineRecognizer,
  FindingSchema,
  REDACTED_ALL,
  redact,
  redactCodes,
  restore,
} from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { safeParse } from 'zod/mini';

const transcript =
  'Zamówienie 48213957: proszę dzwonić na +48 600 123 456 albo pisać na anna@example.pl; ' +
  'karta 4111 1111 1111 1111. Ponownie: +48 600 123 456.';

describe('redact', () => {
  it('replaces each entity by its typed placeholder and keeps the order number', () => {
    const { text, findings } = redact(transcript, { locale: 'pl-PL' });
    expect(text).toBe(
      'Zamówienie 48213957: proszę dzwonić na [PHONE] albo pisać na [EMAIL]; karta [CARD]. Ponownie: [PHONE].',
    );
    expect(findings.map((f) => f.type)).toEqual(['phone', 'email', 'card', 'phone']);
    for (const f of findings) expect(safeParse(FindingSchema, f).success).toBe(true);
  });

  it('reports offsets in UTF-16 code units of the input, across scripts and astral characters', () => {
    const text = '😀 شماره تلفن من ۰۹۱۲ ۱۲۳ ۴۵۶۷ است';
    const [f] = redact(text, { locale: 'fa-IR' }).findings;
    expect(f && text.slice(f.start, f.end)).toBe('۰۹۱۲ ۱۲۳ ۴۵۶۷');
  });

  it('reads the customer country from the locale, or from `country`', () => {
    // A Polish national number without a prefix: valid for PL, not for the US.
    expect(redact('Tel. 600 123 456', { locale: 'pl' }).text).toBe('Tel. [PHONE]');
    expect(redact('Tel. 600 123 456', { locale: 'en-US' }).text).toBe('Tel. 600 123 456');
    expect(redact('Tel. 600 123 456', { locale: 'en-US', country: 'PL' }).text).toBe(
      'Tel. [PHONE]',
    );
  });

  it('looks only for the entities asked for', () => {
    const { text } = redact(transcript, { locale: 'pl-PL', entities: ['card'] });
    expect(text).toContain('[CARD]');
    expect(text).toContain('anna@example.pl');
  });

  it('pseudonymises with one token per value and a map the caller keeps', () => {
    const first = redact(transcript, { locale: 'pl-PL', mode: 'pseudonymise' });
    expect(first.text).toBe(
      'Zamówienie 48213957: proszę dzwonić na [PHONE_1] albo pisać na [EMAIL_1]; karta [CARD_1]. Ponownie: [PHONE_1].',
    );
    expect(first.tokens).toEqual({
      '[PHONE_1]': '+48 600 123 456',
      '[EMAIL_1]': 'anna@example.pl',
      '[CARD_1]': '4111 1111 1111 1111',
    });
    // The next message of the conversation continues the map: the same value (up to spacing,
    // case and digit script) gets the same token.
    const next = redact('Numer +48 600-123-456, drugi +48 22 123 45 67', {
      locale: 'pl-PL',
      mode: 'pseudonymise',
      tokens: first.tokens,
    });
    expect(next.text).toBe('Numer [PHONE_1], drugi [PHONE_2]');
    expect(restore(next.text, next.tokens)).toBe('Numer +48 600 123 456, drugi +48 22 123 45 67');
    expect(
      redact('+۴۸ ۶۰۰ ۱۲۳ ۴۵۶', { locale: 'fa', mode: 'pseudonymise', tokens: first.tokens }).text,
    ).toBe('[PHONE_1]');
  });

  it('restore leaves unknown tokens and brackets as they are', () => {
    expect(restore('[PHONE_9] and [x]', { '[PHONE_1]': '+48 600 123 456' })).toBe(
      '[PHONE_9] and [x]',
    );
  });

  it('lists every built-in type once, each with a recognizer', () => {
    expect(new Set(builtInRecognizers.map((r) => r.type))).toEqual(new Set(BUILT_IN_ENTITY_TYPES));
  });
});

describe('defineRecognizer', () => {
  it('hands a custom recognizer a plain context: its lower-case copy is a field a spread keeps', () => {
    const seen: unknown[] = [];
    const peek = defineRecognizer({
      id: 'peek',
      type: 'peek',
      find(context) {
        seen.push({ ...context });
        return [];
      },
    });
    redact('Tel ＡＢＣ ۱۲, İstanbul', { locale: 'en-GB', recognizers: [peek] });
    expect(seen).toEqual([
      {
        text: 'Tel ＡＢＣ ۱۲, İstanbul',
        shadow: 'Tel ABC 12, İstanbul',
        lower: 'tel abc 12, İstanbul',
        locale: 'en-GB',
        country: 'GB',
      },
    ]);
  });

  const employeeId = defineRecognizer({
    id: 'acme-employee-id',
    type: 'employee-id',
    *find({ shadow }) {
      for (let i = shadow.indexOf('EMP-'); i >= 0; i = shadow.indexOf('EMP-', i + 1)) {
        yield { start: i, end: i + 10, confidence: 0.9 };
      }
    },
  });

  it('runs a custom recognizer like the built-ins, with a default placeholder', () => {
    expect(employeeId.placeholder).toBe('[EMPLOYEE_ID]');
    const { text, findings } = redact('Agent EMP-004211 took it', {
      locale: 'en-GB',
      recognizers: [employeeId],
    });
    expect(text).toBe('Agent [EMPLOYEE_ID] took it');
    expect(findings[0]?.recognizer).toBe('acme-employee-id');
  });

  it('reads digits of any script through the shadow', () => {
    const { text } = redact('Agent EMP-۰۰۴۲۱۱', { locale: 'fa-IR', recognizers: [employeeId] });
    expect(text).toBe('Agent [EMPLOYEE_ID]');
  });

  it.each([
    [{ id: 'Bad Id', type: 'x', find: () => [] }],
    [{ id: 'ok', type: 'Not Kebab', find: () => [] }],
    [{ id: 'ok', type: 'x', placeholder: 'X', find: () => [] }],
    [{ id: 'ok', type: 'x', find: 'nope' }],
  ])('rejects a malformed definition %#', (definition) => {
    expect(() => defineRecognizer(definition as never)).toThrow(
      expect.objectContaining({ code: 'privacy/invalid-recognizer' }),
    );
  });
});

describe('failing closed', () => {
  const broken = defineRecognizer({
    id: 'broken',
    type: 'broken',
    find: () => {
      throw new Error('boom');
    },
  });
  const outOfRange = defineRecognizer({
    id: 'out-of-range',
    type: 'broken',
    find: ({ text }) => [{ start: 0, end: text.length + 5, confidence: 0.5 }],
  });

  it('throws when a recognizer throws, never returning the text', () => {
    try {
      redact(transcript, { locale: 'pl-PL', recognizers: [broken] });
      expect.unreachable();
    } catch (error) {
      expect(isMeridianError(error, 'privacy/recognizer-failed')).toBe(true);
      expect(String((error as Error).message)).not.toContain('anna@example.pl');
    }
  });

  it('replaces the whole text when asked to', () => {
    for (const recognizer of [broken, outOfRange]) {
      const result = redact(transcript, {
        locale: 'pl-PL',
        recognizers: [recognizer],
        failClosed: 'redact-all',
      });
      expect(result.text).toBe(REDACTED_ALL);
      expect(result.findings).toEqual([
        expect.objectContaining({ start: 0, end: transcript.length, type: 'all' }),
      ]);
    }
  });

  it('rejects a recognizer that returns a span outside the text', () => {
    expect(() => redact('abc', { locale: 'en', recognizers: [outOfRange] })).toThrow(
      expect.objectContaining({ code: 'privacy/recognizer-failed' }),
    );
  });

  it('refuses input that is not a string', () => {
    for (const input of [undefined, null, 42, ['a'], { text: 'a' }]) {
      expect(() => redact(input as never, { locale: 'en' })).toThrow(
        expect.objectContaining({ code: 'privacy/not-text' }),
      );
      expect(redact(input as never, { locale: 'en', failClosed: 'redact-all' }).text).toBe(
        REDACTED_ALL,
      );
    }
  });

  it('validates every option at the boundary', () => {
    for (const options of [
      {},
      { locale: 'not a locale!' },
      { locale: 'en', country: 'pl' },
      { locale: 'en', mode: 'mask' },
      { locale: 'en', entities: ['Email'] },
      { locale: 'en', tokens: { a: 1 } },
      { locale: 'en', recognizers: [{ id: 'x' }] },
      { locale: 'en', failClosed: 'open' },
    ]) {
      expect(() => redact('x', options as never)).toThrow(ValidationError);
    }
  });

  it('reads the common options shape by hand exactly as the schema does', () => {
    const text = 'Card 4111 1111 1111 1111, tel. +48 601 234 567';
    const plain = redact(text, { locale: 'pl-PL' });
    // An unknown key or a prototype sends the options through the schema, which strips the key.
    expect(redact(text, { locale: 'pl-PL', extra: 1 } as never)).toEqual(plain);
    // The schema reads inherited keys too: a bad inherited mode is refused, not skipped.
    expect(() =>
      redact(text, Object.assign(Object.create({ mode: 'x' }), { locale: 'pl-PL' })),
    ).toThrow(ValidationError);
    expect(redact(text, { locale: 'pl-PL', country: undefined } as never)).toEqual(plain);
    expect(redact(text, { locale: 'pl-PL', country: 'PL', mode: 'redact' })).toEqual(plain);
    expect(() => redact(text, { locale: 'pl-PL', country: null } as never)).toThrow(
      ValidationError,
    );
  });

  it('has a message for each of its codes', () => {
    expect(redactCodes).toEqual([
      'privacy/recognizer-failed',
      'privacy/not-text',
      'privacy/invalid-recognizer',
      'privacy/not-a-context',
    ]);
  });
});
