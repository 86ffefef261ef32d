// The circled and squared letters and digits of "fancy text" generators: "ⓙⓐⓝ@ⓔⓧⓐⓜⓟⓛⓔ.ⓒⓞⓜ",
// "④①①① ①①①① …", "🄳🄴89 3704 …". Each is one ASCII letter or digit in NFKC, and each went out
// whole (T52a): redact reads such a text through the copy the Mathematical fonts' digits and letters
// are read through (astralDigits.ts), each circled letter and squared capital as its ASCII letter,
// and the circled digits ①-⑨, ⓪ as theirs where two or more stand together. One alone is a list's
// marker in Japanese and Chinese text ("① 090-1234-5678 ② 注文番号 12345678"): it stays as written
// and apart from the value after it.
import { fc, test } from '@fast-check/vitest';
import { redact, restore } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from './corpus/index.js';
import { redacted } from './redacted.js';

/** `s` with its ASCII letters circled (Ⓐ-ⓩ) and its ASCII digits circled (⓪, ①-⑨). */
function circled(s: string): string {
  return s.replace(/[A-Za-z0-9]/g, (ch) => {
    const c = ch.charCodeAt(0);
    if (c === 0x30) return '⓪';
    if (c <= 0x39) return String.fromCharCode(0x245f + c - 0x30);
    return String.fromCharCode(c <= 0x5a ? 0x24b6 + c - 0x41 : 0x24d0 + c - 0x61);
  });
}

/** `s` with its ASCII capitals squared (🄰-🅉). */
const squared = (s: string): string =>
  s.replace(/[A-Z]/g, (ch) => String.fromCodePoint(0x1f130 + ch.charCodeAt(0) - 0x41));

describe('values in circled and squared letters and digits', () => {
  it('the generators write one ASCII letter or digit for each, in NFKC', () => {
    const ascii = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    expect(circled(ascii).normalize('NFKC')).toBe(ascii);
    expect(squared(ascii).normalize('NFKC')).toBe(ascii);
  });

  it.each([
    ['en-GB', 'mail ', 'jan@example.com', '[EMAIL]'],
    ['en-GB', 'card ', '4111111111111111', '[CARD]'],
    ['en-GB', 'card ', '4111 1111 1111 1111', '[CARD]'],
    ['en-GB', 'tel ', '07911 123456', '[PHONE]'],
    ['en-GB', 'NI ', 'AB123456C', '[NINO]'],
    ['ja-JP', 'メール ', 'jan@example.com', '[EMAIL]'],
    ['ja-JP', 'カード ', '4111111111111111', '[CARD]'],
    ['ja-JP', '電話 ', '090-1234-5678', '[PHONE]'],
    ['de-DE', 'E-Mail ', 'jan@example.com', '[EMAIL]'],
    ['de-DE', 'IBAN ', 'DE89 3704 0044 0532 0130 00', '[IBAN]'],
    ['de-DE', 'IBAN ', 'DE89370400440532013000', '[IBAN]'],
    ['es-ES', 'DNI ', '12345678Z', '[DNI]'],
  ] as const)('go circled (%s %s%s)', (locale, label, value, token) => {
    const written = circled(value);
    const text = `${label}${written}`;
    expect(redacted(text, locale)).toEqual({ text: `${label}${token}`, values: [written] });
    // Its label word circled too ("ⒹⓃⒾ", "ⒾⒷⒶⓃ").
    const all = `${circled(label)}${written}`;
    expect(redacted(all, locale)).toEqual({ text: `${circled(label)}${token}`, values: [written] });
  });

  it('go in squared capitals, beside ASCII or Mathematical digits', () => {
    const iban = `${squared('DE')}89 3704 0044 0532 0130 00`;
    expect(redacted(`IBAN ${iban}`, 'de-DE')).toEqual({ text: 'IBAN [IBAN]', values: [iban] });
    for (const nino of ['🄰🄱𝟏𝟐𝟑𝟒𝟓𝟔🄲', '🄰🄱123456🄲', '🄰🄱①②③④⑤⑥🄲']) {
      expect(redacted(`NI ${nino}`, 'en-GB')).toEqual({ text: 'NI [NINO]', values: [nino] });
      expect(redacted(`${squared('NINO')} ${nino}`, 'en-GB').text).toBe(
        `${squared('NINO')} [NINO]`,
      );
    }
    const dni = `12345678${squared('Z')}`;
    expect(redacted(`DNI ${dni}`, 'es-ES')).toEqual({ text: 'DNI [DNI]', values: [dni] });
  });

  it('an order number in circled digits stays, as in ASCII', () => {
    for (const [locale, text] of [
      ['en-GB', `order ${circled('48213957')}, thanks`],
      ['ja-JP', `注文番号 ${circled('12345678')}`],
      ['de-DE', `Bestellung ${circled('48213957')} vom ${circled('14.03.2026')}`],
    ] as const)
      expect(redacted(text, locale)).toEqual({ text, values: [] });
  });
});

describe('a circled digit alone: a list marker', () => {
  it.each([
    ['ja-JP', '① 090-1234-5678 ② 注文番号 12345678', '① [PHONE] ② 注文番号 12345678'],
    ['ja-JP', '①090-1234-5678 ②注文番号12345678', '①[PHONE] ②注文番号12345678'],
    ['zh-CN', '① 138 0013 8000 ② 订单号 12345678', '① [PHONE] ② 订单号 12345678'],
    ['ja-JP', '① 4111 1111 1111 1111 ② 注文番号 12345678', '① [CARD] ② 注文番号 12345678'],
  ] as const)('stays as written before a value (%s %s)', (locale, text, out) => {
    const got = redacted(text, locale);
    expect(got.text).toBe(out);
    // The marker never joins the value: no "1 090…" phone, no card made with it.
    for (const v of got.values) expect(v).not.toMatch(/[①②]/);
  });

  it('stays as written in a text read through the copy (a circled address beside it)', () => {
    const mail = circled('jan@example.com');
    const text = `① 090-1234-5678 ② 注文番号 12345678 ③ ${mail}`;
    expect(redacted(text, 'ja-JP')).toEqual({
      text: '① [PHONE] ② 注文番号 12345678 ③ [EMAIL]',
      values: ['090-1234-5678', mail],
    });
    const glued = `①09012345678 ② ${circled('09012345678')}`;
    expect(redacted(`${glued} ${mail}`, 'ja-JP')).toEqual({
      text: '①[PHONE] ② [PHONE] [EMAIL]',
      values: ['09012345678', circled('09012345678'), mail],
    });
  });
});

describe("pseudonymise mode's token map", () => {
  it('gives a value circled, squared and in ASCII one token, and keeps it as written', () => {
    const mail = circled('jan@example.com');
    const card = circled('4111 1111 1111 1111');
    const text = `mail ${mail} or jan@example.com, card ${card} or 4111111111111111`;
    const { text: out, tokens } = redact(text, { locale: 'en-GB', mode: 'pseudonymise' });
    expect(out).toBe('mail [EMAIL_1] or [EMAIL_1], card [CARD_1] or [CARD_1]');
    expect(tokens).toEqual({ '[EMAIL_1]': mail, '[CARD_1]': card });
    expect(restore(out, tokens)).toBe(`mail ${mail} or ${mail}, card ${card} or ${card}`);
    const iban = `${squared('DE')}89 3704 0044 0532 0130 00`;
    const later = redact(`IBAN ${iban}, ${circled('DE89370400440532013000')}`, {
      locale: 'de-DE',
      mode: 'pseudonymise',
      tokens: { '[IBAN_1]': 'DE89 3704 0044 0532 0130 00' },
    });
    expect(later.text).toBe('IBAN [IBAN_1], [IBAN_1]');
  });
});

// A message of the labelled corpus with some of its ASCII letters circled, and some of its runs of
// two or more digits circled whole: the same findings at the same offsets (one unit for one).
const CORPUS = generateCorpus(52, 240);

/** `text` with the letters and the digit runs at the chosen indices circled. */
function swapped(text: string, picks: { has(k: number): boolean }): string {
  let k = 0;
  return text.replace(/[A-Za-z]|[0-9]{2,}/g, (m) => (picks.has(k++) ? circled(m) : m));
}

test.prop(
  [fc.nat(CORPUS.length - 1), fc.uniqueArray(fc.nat(120), { maxLength: 60 }), fc.boolean()],
  { numRuns: 300 },
)('circling letters and digit runs changes no finding', (m, picks, all) => {
  const { text: base, locale } = CORPUS[m] as (typeof CORPUS)[number];
  const text = swapped(base, all ? { has: () => true } : new Set(picks));
  const before = redact(base, { locale });
  const after = redact(text, { locale });
  expect(after.findings).toEqual(before.findings);
  let expected = '';
  let k = 0;
  for (const f of after.findings) {
    expected += text.slice(k, f.start) + f.replacement;
    k = f.end;
  }
  expect(after.text).toBe(expected + text.slice(k));
  expect(redact(after.text, { locale }).text).toBe(after.text);
});

// A circled digit glued to a number (T53a): "card ④111 1111 1111 1111" is one number, as NFKC
// reads it ("41111111…"), where T52a read a lone circled digit as a list's marker and left the
// card. One glued before a number is either; the recognizers decide: where the number without it
// is a value (a phone, a card), it is a marker, as "① 090-1234-5678" with a space is.
describe('a circled digit glued to a number', () => {
  it.each([
    ['en-GB', 'card ④111 1111 1111 1111', 'card [CARD]', '④111 1111 1111 1111'],
    ['en-GB', 'card 4111 1111 1111 111①', 'card [CARD]', '4111 1111 1111 111①'],
    ['en-GB', 'card 4111 ①111 1111 1111, thanks', 'card [CARD], thanks', '4111 ①111 1111 1111'],
    ['en-GB', 'card 41①1111111111111', 'card [CARD]', '41①1111111111111'],
    ['en-GB', 'tel ⓪7911 123456', 'tel [PHONE]', '⓪7911 123456'],
    ['ja-JP', '電話 ⓪90-1234-5678', '電話 [PHONE]', '⓪90-1234-5678'],
  ] as const)("is the number's digit (%s %s)", (locale, text, out, value) => {
    expect(text.normalize('NFKC')).toMatch(/[0-9]{3}/);
    expect(redacted(text, locale)).toEqual({ text: out, values: [value] });
  });

  it.each([
    ['ja-JP', '①⓪⑨⓪①②③④⑤⑥⑦⑧', '①[PHONE]', '⓪⑨⓪①②③④⑤⑥⑦⑧'],
    ['ja-JP', '①⓪⑨⓪-①②③④-⑤⑥⑦⑧', '①[PHONE]', '⓪⑨⓪-①②③④-⑤⑥⑦⑧'],
    ['ja-JP', '①⓪⑨⓪ ①②③④ ⑤⑥⑦⑧', '①[PHONE]', '⓪⑨⓪ ①②③④ ⑤⑥⑦⑧'],
    ['ja-JP', '②④①①①①①①①①①①①①①①①', '②[CARD]', '④①①①①①①①①①①①①①①①'],
    ['ja-JP', '①4111 1111 1111 1111', '①[CARD]', '4111 1111 1111 1111'],
    ['zh-CN', '①138 0013 8000', '①[PHONE]', '138 0013 8000'],
  ] as const)(
    'before a number that is a value without it, is a marker (%s %s)',
    (locale, text, out, value) => {
      expect(redacted(text, locale)).toEqual({ text: out, values: [value] });
    },
  );

  it('asks for each glued digit apart: two markers, a marker and an order number', () => {
    const two = '①090-1234-5678 ②080-1234-5678 ③ 注文番号 12345678';
    expect(redacted(two, 'ja-JP')).toEqual({
      text: '①[PHONE] ②[PHONE] ③ 注文番号 12345678',
      values: ['090-1234-5678', '080-1234-5678'],
    });
    const order = '①090-1234-5678 ②注文番号 ⑤5512345';
    expect(redacted(order, 'ja-JP').text).toBe('①[PHONE] ②注文番号 ⑤5512345');
    // An order number glued to a circled digit stays, as in ASCII.
    for (const text of ['order ④8213957, thanks', 'order 4821395⑦, thanks'])
      expect(redacted(text, 'en-GB')).toEqual({ text, values: [] });
  });

  it('gives a value glued to a circled digit and its ASCII print one token', () => {
    const { text, tokens } = redact('card ④111 1111 1111 1111 or 4111111111111111', {
      locale: 'en-GB',
      mode: 'pseudonymise',
    });
    expect(text).toBe('card [CARD_1] or [CARD_1]');
    expect(tokens).toEqual({ '[CARD_1]': '④111 1111 1111 1111' });
  });
});

test.prop([fc.nat(CORPUS.length - 1), fc.uniqueArray(fc.nat(120), { maxLength: 60 })], {
  numRuns: 200,
})('circling the last digit of digit runs changes no finding', (m, picks) => {
  const { text: base, locale } = CORPUS[m] as (typeof CORPUS)[number];
  let k = 0;
  const text = base.replace(/(?<=[0-9])[0-9](?![0-9])/g, (d) =>
    picks.includes(k++) ? circled(d) : d,
  );
  expect(redact(text, { locale }).findings).toEqual(redact(base, { locale }).findings);
});
