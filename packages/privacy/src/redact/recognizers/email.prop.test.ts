// The email recognizer against its oracle (test/redact/emailOracle.ts: the Unicode tests asked per
// code unit each time, as up to cefe0a5): the same addresses, same offsets, on generated text in
// Latin, Persian, Japanese and Devanagari, with internationalised domains, glue, dots and hyphens.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { oracleEmailRecognizer } from '../../../test/redact/emailOracle.js';
import { shadowOf } from '../digits.js';
import type { RecognizerContext } from '../types.js';
import { emailRecognizer } from './email.js';

const PIECES = [
  'anna.kowalska',
  'j.doe+desk',
  "o'brien",
  'müller',
  'علی',
  'テスト',
  'उपयोगकर्ता',
  '@',
  '@',
  '.',
  '-',
  '_',
  'example.com',
  'mail.example.org',
  'przykład.pl',
  'نمونه.ایران',
  '例え.jp',
  'xn--mnchen-3ya.de',
  'xn--zz',
  'com',
  'jp',
  'で',
  'に',
  '電話',
  ' ',
  '\n',
  '57.211.124.247',
  '123',
  'ＡＢＣ',
  '\u200f',
  '%40',
  '%2B',
  '+4930123',
  '&#64;',
];

const text = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...PIECES) },
      {
        weight: 2,
        arbitrary: fc
          .tuple(fc.constantFrom(...PIECES), fc.constantFrom(...PIECES))
          .map(([local, domain]) => `${local}@${domain}`),
      },
      { weight: 1, arbitrary: fc.string({ maxLength: 4, unit: 'binary' }) },
    ),
    { maxLength: 14 },
  )
  .map((parts) => parts.join(''));

function contextOf(t: string): RecognizerContext {
  const shadow = shadowOf(t);
  return { text: t, shadow, lower: shadow.toLowerCase(), locale: 'en-GB', country: undefined };
}

describe('the email recognizer finds what its oracle finds', () => {
  test.prop([text])('same addresses, same offsets', (t) => {
    const context = contextOf(t);
    expect([...emailRecognizer.find(context)]).toEqual([...oracleEmailRecognizer.find(context)]);
  });

  it('the generated text holds addresses (the property is not vacuous)', () => {
    const samples = fc.sample(text, { numRuns: 300, seed: 12 });
    const hits = samples.filter((t) => [...oracleEmailRecognizer.find(contextOf(t))].length > 0);
    expect(hits.length).toBeGreaterThanOrEqual(40);
  });
});
