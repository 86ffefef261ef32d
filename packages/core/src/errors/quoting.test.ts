import {
  CountryCodeSchema,
  CurrencyCodeSchema,
  convert,
  coreMessages,
  format,
  InstantSchema,
  LocaleTagSchema,
  money,
  parseCountry,
  parseCurrency,
  parseLocale,
  parseTimeZone,
  parseWith,
  TimeZoneSchema,
  toEpochMillis,
  wordIssue,
} from '@meridian-cx/core';
import { describe, expect, it } from 'vitest';

// Every message that echoes a caller's value describes it once, through describeValue: a string
// quoted, an object as its JSON, a number or null as itself — never `"{"toString":1}"` or `"12"`
// for the number 12 (a template that quoted the described value again).
const message = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('did not throw');
};

const hostile = { toString: 1 };
const cases = [
  { value: hostile, shown: '{"toString":1}' },
  { value: 12, shown: '12' },
  { value: null, shown: 'null' },
  { value: 'zz', shown: '"zz"' },
] as const;

describe('core messages show a value once, as what it is', () => {
  it.each(cases)('the code parsers show $shown', ({ value, shown }) => {
    const v = value as never;
    expect(message(() => parseCurrency(v))).toMatch(
      `${shown} is not a current ISO 4217 currency code.`,
    );
    expect(message(() => parseCountry(v))).toMatch(`${shown} is not an ISO 3166-1 alpha-2`);
    expect(message(() => parseTimeZone(v))).toMatch(`${shown} is not an IANA time zone`);
    expect(message(() => toEpochMillis(v))).toMatch(`${shown} is not an ISO 8601 instant`);
  });

  it.each(cases.filter((c) => c.value !== 'zz'))('parseLocale shows $shown', ({ value, shown }) => {
    expect(message(() => parseLocale(value as never))).toBe(
      `${shown} is not a well-formed BCP 47 language tag. Use a tag such as "en-GB", "pt-BR" or "fa-IR".`,
    );
    expect(message(() => format(money(1, 'EUR'), value as never))).toMatch(
      new RegExp(`^${shown.replace(/[{}]/g, '\\$&')} is not a well-formed`),
    );
  });

  it.each(cases)('the schemas show $shown', ({ value, shown }) => {
    const at = (schema: Parameters<typeof parseWith>[0]) =>
      message(() => parseWith(schema, value, { package: 'core', what: 'input' }));
    expect(at(CurrencyCodeSchema)).toContain(`${shown} is not a current ISO 4217`);
    expect(at(CountryCodeSchema)).toContain(`${shown} is not an ISO 3166-1`);
    expect(at(TimeZoneSchema)).toContain(`${shown} is not an IANA time zone`);
    expect(at(InstantSchema)).toContain(`${shown} is not an ISO 8601 instant`);
    if (value !== 'zz') expect(at(LocaleTagSchema)).toContain(`${shown} is not a well-formed`);
  });

  it.each(cases)('coreMessages builders show $shown', ({ value, shown }) => {
    expect(coreMessages.invalidCurrency(value)).toMatch(new RegExp(`^${esc(shown)} is not a`));
    expect(coreMessages.invalidCountry(value)).toMatch(new RegExp(`^${esc(shown)} is not an`));
    expect(coreMessages.invalidLocale(value)).toMatch(new RegExp(`^${esc(shown)} is not a`));
    expect(coreMessages.invalidTimeZone(value)).toMatch(new RegExp(`^${esc(shown)} is not an`));
    expect(coreMessages.invalidInstant(value)).toMatch(new RegExp(`^${esc(shown)} is not an`));
    expect(coreMessages.invalidAmount(value)).toContain(`; got ${shown}.`);
    expect(coreMessages.invalidRounding(value)).toContain(`Unknown rounding mode ${shown}.`);
  });

  it('convert() without an options object shows what it got', () => {
    expect(message(() => convert(money(1, 'EUR'), 12 as never))).toMatch(
      /^12 is not a current ISO 4217 currency code \(convert\(\) takes its target as an options object/,
    );
    expect(message(() => convert(money(1, 'EUR'), 'JPY' as never))).toMatch(/^"JPY" is not a/);
  });

  it('wordIssue lists allowed values and unknown keys as what they are', () => {
    expect(
      wordIssue({ code: 'invalid_value', values: ['a', 1, null], input: 'b', message: '' }),
    ).toBe('Expected one of "a", 1, null; got "b".');
    expect(wordIssue({ code: 'unrecognized_keys', keys: ['x', 0], message: '' })).toMatch(
      /^Unknown key "x", 0: /,
    );
  });
});

function esc(s: string): string {
  return s.replace(/[{}]/g, '\\$&');
}
