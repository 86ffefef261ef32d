// Every error message of the tone catalog says what was wrong, with the value, and the fix.
import { toneErrorCodes } from '@meridian-cx/tone';
import { expect, it } from 'vitest';
import { message } from '../src/failures.js';

const sample = {
  locale: 'xx-YY',
  supported: 'de-DE, en-US',
  template: 'refund-issued',
  known: 'a, b',
  available: 'de, en',
  missing: 'amount',
  extra: 'coupon',
  param: 'amount',
  expected: 'a string',
  problem: 'Expected "}" closing the plural of "days" at offset 40',
  placeholder: 'name',
  fn: 'lintReply',
  value: '{"toString":1}',
  start: '3',
  end: '99',
  length: '12',
  language: 'ja',
  name: 'REPLIES_JA',
  passed: 'en, de',
};

it.each(toneErrorCodes)('%s has a message naming the value', (code) => {
  const text = (message as (c: string, p: object) => string)(code, sample);
  expect(text.length).toBeGreaterThan(30);
  expect(text).not.toContain('undefined');
  expect(Object.values(sample).some((v) => text.includes(v))).toBe(true);
});
