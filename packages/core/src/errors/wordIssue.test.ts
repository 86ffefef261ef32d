import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import * as classic from 'zod';
import * as z from 'zod/mini';
import { parseWith } from './parseWith.js';
import { ValidationError } from './ValidationError.js';
import { wordIssue } from './wordIssue.js';

function messages(schema: Parameters<typeof parseWith>[0], input: unknown): string[] {
  try {
    parseWith(schema, input, { package: 'core', what: 'thing' });
  } catch (e) {
    if (e instanceof ValidationError) return e.issues.map((i) => i.message);
    throw e;
  }
  return [];
}

describe('wordIssue', () => {
  it('says what was expected and what came, for each kind of issue', () => {
    const S = z.strictObject({
      n: z.number(),
      e: z.enum(['a', 'b']),
      l: z.literal('k'),
      s: z.string().check(z.minLength(3)),
      m: z.number().check(z.maximum(5)),
      g: z.number().check(z.positive()),
      r: z.string().check(z.regex(/^\d+$/)),
      u: z.union([z.string(), z.number()]),
    });
    expect(
      messages(S, { n: '1', e: 'c', l: 'j', s: 'ab', m: 9, g: 0, r: 'x', u: null, extra: 1 }),
    ).toEqual([
      'Expected a number; got "1".',
      'Expected one of "a", "b"; got "c".',
      'Expected "k"; got "j".',
      'It must hold at least 3 characters; got "ab".',
      'It must be at most 5; got 9.',
      'It must be more than 0; got 0.',
      'Expected text matching /^\\d+$/; got "x".',
      'Matches none of the accepted shapes; got null.',
      'Unknown key "extra": remove it or check its spelling.',
    ]);
  });

  it('says a missing field is missing, and keeps a message the schema wrote', () => {
    const S = z.object({ id: z.string({ error: 'An id names the ticket.' }), at: z.number() });
    expect(messages(S, {})).toEqual([
      'An id names the ticket.',
      'Expected a number; it is missing.',
    ]);
  });

  it('names the field when its schema says which (and lists the keys an object knows)', () => {
    const about = (name: string, keys?: readonly string[]) => (issue: unknown) =>
      wordIssue(issue as never, keys === undefined ? { name } : { name, keys });
    const S = z.object({
      shifts: z.array(z.string(), { error: about('the shifts of a day') }),
      mode: z.enum(['union', 'any'], { error: about('mode') }),
      weekly: z.strictObject({ mon: z.optional(z.string()) }, { error: about('weekly', ['mon']) }),
      tags: z.array(z.string()).check(z.minLength(1, { error: about('tags') })),
    });
    expect(messages(S, { shifts: {}, mode: 'all', weekly: { funday: 1 }, tags: [] })).toEqual([
      'The shifts of a day must be an array; got {}.',
      'Mode must be one of "union", "any"; got "all".',
      'Unknown key "funday" in weekly: remove it or check its spelling (known keys: mon).',
      'Tags must hold at least 1 item; got [].',
    ]);
    expect(messages(S, { shifts: [], mode: 'any', tags: ['x'] })).toEqual([
      'Weekly must be an object; it is missing.',
    ]);
    // A message the schema wrote wins over the field's name.
    expect(wordIssue({ code: 'custom', message: 'Give one.' }, { name: 'x' })).toBe('Give one.');
  });

  it('words classic zod schemas the same, whatever locale classic zod installed', () => {
    const S = classic.object({ n: classic.number() });
    expect(messages(S, { n: 'x' })).toEqual(['Expected a number; got "x".']);
  });

  test.prop([fc.anything(), fc.constantFrom('invalid_type', 'too_small', 'custom', 'x')])(
    'never throws and never leaves a bare "Invalid input"',
    (input, code) => {
      const text = wordIssue({ code, input, expected: 'string', message: 'Invalid input' });
      expect(typeof text).toBe('string');
      expect(text).not.toBe('Invalid input');
    },
  );

  const field = fc.oneof(fc.anything(), fc.string(), fc.array(fc.anything()));
  test.prop([
    fc.oneof(
      fc.anything(),
      fc.record(
        {
          code: fc.constantFrom(
            'invalid_type',
            'invalid_value',
            'unrecognized_keys',
            'too_small',
            'too_big',
            'invalid_format',
            'x',
          ),
          message: field,
          input: field,
          expected: field,
          values: field,
          keys: field,
          origin: field,
          minimum: field,
          format: field,
          pattern: field,
        },
        { requiredKeys: ['code'] },
      ),
    ),
  ])('words any value handed to it as an issue, without throwing', (issue) => {
    expect(typeof wordIssue(issue as never)).toBe('string');
  });

  test.prop([
    fc.record({
      code: fc.constantFrom('invalid_type', 'invalid_value', 'unrecognized_keys', 'too_small', 'x'),
      input: fc.anything(),
      keys: field,
      values: field,
    }),
    fc.oneof(fc.anything(), fc.record({ name: field, keys: field }, { requiredKeys: [] })),
  ])('words any issue about any field without throwing, naming a named one', (issue, about) => {
    const text = wordIssue(issue as never, about as never);
    expect(typeof text).toBe('string');
    const name = (about as { name?: unknown } | null)?.name;
    if (typeof name === 'string' && /^[a-z]/.test(name) && issue.code === 'invalid_type') {
      expect(text.startsWith(`${name.charAt(0).toUpperCase()}${name.slice(1)} must be`)).toBe(true);
    }
  });

  it('a field whose getters throw words as no field', () => {
    const hostile = {
      get name(): string {
        throw new Error('no');
      },
    };
    expect(wordIssue({ code: 'invalid_type', expected: 'string', input: 1 }, hostile)).toBe(
      'Expected a string; got 1.',
    );
  });
});
