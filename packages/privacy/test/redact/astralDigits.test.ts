// Decimal digits past the Basic Multilingual Plane: the Mathematical bold, double-struck,
// sans-serif and monospace digits people paste from "fancy text" generators to slip a number past
// a filter, the segmented digits, and the digits of Adlam, Osmanya, Brahmi and the other scripts
// whose digits Unicode encodes past U+FFFF. Each is two UTF-16 units: the shadow, one unit for
// one, did not read them, and "card 𝟒𝟏𝟏𝟏 𝟏𝟏𝟏𝟏 𝟏𝟏𝟏𝟏 𝟏𝟏𝟏𝟏" went out whole (T50a). redact reads such a
// text through a copy with each as its ASCII digit and maps what it finds back.
import { fc, test } from '@fast-check/vitest';
import { redact, restore } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from './corpus/index.js';
import { valuesOf as values } from './redacted.js';

/**
 * The first code point of every run of ten astral decimal digits, read from the platform's \p{Nd}
 * (runs of 20 and 50 are tens side by side): an oracle apart from the source's list.
 */
function platformZeros(): number[] {
  const zeros: number[] = [];
  let runStart = -1;
  for (let c = 0x10000; c < 0x110000; c++) {
    if (!/\p{Nd}/u.test(String.fromCodePoint(c))) {
      runStart = -1;
      continue;
    }
    if (runStart < 0) runStart = c;
    if ((c - runStart) % 10 === 0) zeros.push(c);
  }
  return zeros;
}

const ZEROS = platformZeros();
const MATH_BOLD = 0x1d7ce;
const MATH_MONOSPACE = 0x1d7f6;
const ADLAM = 0x1e950;

/** Every ASCII digit of `s` in the script whose zero is `zero`. */
const inScript = (s: string, zero: number): string =>
  s.replace(/[0-9]/g, (d) => String.fromCodePoint(zero + Number(d)));

const hex = (c: number): string => `U+${c.toString(16).toUpperCase()}`;

describe('a card in digits past the BMP', () => {
  it('the platform knows astral digit scripts', () => {
    expect(ZEROS.length).toBeGreaterThanOrEqual(30);
    expect(ZEROS).toContain(MATH_BOLD);
    expect(ZEROS).toContain(ADLAM);
  });

  it.each(ZEROS.map((z) => [hex(z), z] as const))('goes in the digits from %s', (_, zero) => {
    for (const card of ['4111 1111 1111 1111', '4111111111111111', '5500-0000-0000-0004']) {
      const value = inScript(card, zero);
      const text = `card ${value} thanks`;
      const { text: out, findings } = redact(text, { locale: 'en-US' });
      expect(out, card).toBe('card [CARD] thanks');
      expect(values(text, findings)).toEqual([value]);
      expect(redact(out, { locale: 'en-US' }).text).toBe(out);
    }
  });

  it('goes with its digits in two scripts, and between emoji', () => {
    const mixed = `4111 ${inScript('1111', MATH_BOLD)} 1111 ${inScript('1111', ADLAM)}`;
    expect(redact(`card ${mixed}`, { locale: 'en-US' }).text).toBe('card [CARD]');
    const glued = `🤣${inScript('4111111111111111', MATH_MONOSPACE)}🥰`;
    const { text, findings } = redact(glued, { locale: 'en-US' });
    expect(text).toBe('🤣[CARD]🥰');
    expect(values(glued, findings)).toEqual([inScript('4111111111111111', MATH_MONOSPACE)]);
  });
});

describe('other values in digits past the BMP', () => {
  it.each([
    ['en-GB', 'tel ', '07911 123456', ''],
    ['en-US', 'tel: ', '(212) 555-0187', ' after 6pm'],
    ['de-DE', 'Tel. ', '+49 30 1234 5678', ''],
  ])('a phone after its label (%s %s%s)', (locale, before, phone, after) => {
    for (const zero of [MATH_BOLD, MATH_MONOSPACE, ADLAM]) {
      const value = inScript(phone, zero);
      const text = `${before}${value}${after}`;
      const { text: out, findings } = redact(text, { locale });
      expect(out, hex(zero)).toBe(`${before}[PHONE]${after}`);
      expect(values(text, findings)).toEqual([value]);
    }
  });

  it('an IBAN, its letters in ASCII, and national ids', () => {
    const iban = `DE${inScript('89 3704 0044 0532 0130 00', 0x1fbf0)}`;
    expect(redact(`IBAN ${iban}`, { locale: 'de-DE' }).text).toBe('IBAN [IBAN]');
    const pesel = inScript('44051401458', 0x104a0);
    expect(redact(`PESEL ${pesel}`, { locale: 'pl-PL' }).text).toBe('PESEL [PESEL]');
    const ssn = inScript('123-45-6789', MATH_BOLD);
    expect(redact(`my SSN is ${ssn}`, { locale: 'en-US' }).text).toBe('my SSN is [SSN]');
  });

  it('an order number, an amount and a date stay as they were written', () => {
    const text = inScript('order 48213957 of 14.03.2026, 129.99 USD', MATH_BOLD);
    const { text: out, findings } = redact(text, { locale: 'en-US' });
    expect(out).toBe(text);
    expect(findings).toEqual([]);
  });
});

describe("pseudonymise mode's token map", () => {
  it('keeps the value as written, restores it, and gives one value in two scripts one token', () => {
    const bold = inScript('4111 1111 1111 1111', MATH_BOLD);
    const text = `card ${bold}, again 4111 1111 1111 1111`;
    const { text: out, tokens } = redact(text, { locale: 'en-US', mode: 'pseudonymise' });
    expect(out).toBe('card [CARD_1], again [CARD_1]');
    expect(tokens).toEqual({ '[CARD_1]': bold });
    const later = redact(`the same ${bold}`, { locale: 'en-US', mode: 'pseudonymise', tokens });
    expect(later.text).toBe('the same [CARD_1]');
    expect(restore(`card [CARD_1]`, tokens)).toBe(`card ${bold}`);
  });
});

describe('a text without a digit past the BMP', () => {
  it('of emoji and Mathematical letters is left as it is', () => {
    const text = '𝐓𝐡𝐚𝐧𝐤𝐬 🤣🥰👍🏽 𝓈𝑜 𝓃𝒾𝒸𝑒 no digit here 🜀 𞤀𞤣𞤤𞤢𞤥 \ud835 \udfce';
    const { text: out, findings } = redact(text, { locale: 'en-US' });
    expect(out).toBe(text);
    expect(findings).toEqual([]);
  });
});

// The letters of the same fonts (T51a): each folds to its NFKC too, and the Letterlike Symbols a
// font takes for the holes of its alphabet (script "ℯ", double-struck "ℤ", italic "ℎ") with them.

/** A Mathematical font: its A, its a, its 0, and the letters it writes as Letterlike Symbols. */
type Font = readonly [upper: number, lower: number, zero: number, holes: Record<string, string>];

const FONTS: Record<string, Font> = {
  bold: [0x1d400, 0x1d41a, 0x1d7ce, {}],
  italic: [0x1d434, 0x1d44e, 0x1d7ce, { h: 'ℎ' }],
  script: [
    0x1d49c,
    0x1d4b6,
    0x1d7ce,
    { B: 'ℬ', E: 'ℰ', F: 'ℱ', H: 'ℋ', I: 'ℐ', L: 'ℒ', M: 'ℳ', R: 'ℛ', e: 'ℯ', g: 'ℊ', o: 'ℴ' },
  ],
  'double-struck': [
    0x1d538,
    0x1d552,
    0x1d7d8,
    { C: 'ℂ', H: 'ℍ', N: 'ℕ', P: 'ℙ', Q: 'ℚ', R: 'ℝ', Z: 'ℤ' },
  ],
  monospace: [0x1d670, 0x1d68a, 0x1d7f6, {}],
};

/** `s` with its ASCII letters and digits in `font`, as a "fancy text" generator writes it. */
function inFont(s: string, [upper, lower, zero, holes]: Font): string {
  return s.replace(/[A-Za-z0-9]/g, (ch) => {
    const c = ch.charCodeAt(0);
    if (c <= 0x39) return String.fromCodePoint(zero + c - 0x30);
    return holes[ch] ?? String.fromCodePoint(c <= 0x5a ? upper + c - 0x41 : lower + c - 0x61);
  });
}

describe('values in Mathematical letters', () => {
  it('the fonts write every letter and digit, each its ASCII one in NFKC', () => {
    const ascii = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    for (const [name, font] of Object.entries(FONTS))
      expect(inFont(ascii, font).normalize('NFKC'), name).toBe(ascii);
  });

  it.each(Object.keys(FONTS))('go in %s', (name) => {
    const font = FONTS[name] as Font;
    for (const [locale, label, value, token] of [
      ['en-US', 'mail ', 'jan@example.com', '[EMAIL]'],
      ['de-DE', 'IBAN ', 'DE89 3704 0044 0532 0130 00', '[IBAN]'],
      ['es-ES', 'DNI ', '12345678Z', '[DNI]'],
      ['en-GB', 'NI ', 'AB123456C', '[NINO]'],
      ['en-GB', 'tel ', '07911 123456', '[PHONE]'],
    ] as const) {
      const written = inFont(value, font);
      const text = `${inFont(label, font)}${written}`;
      const { text: out, findings } = redact(text, { locale });
      expect(out, value).toBe(`${inFont(label, font)}${token}`);
      expect(values(text, findings)).toEqual([written]);
      expect(redact(out, { locale }).text).toBe(out);
    }
  });

  it('an order number in bold stays', () => {
    for (const name of ['bold', 'monospace']) {
      const text = inFont('order 48213957, thanks', FONTS[name] as Font);
      const { text: out, findings } = redact(text, { locale: 'en-US' });
      expect(out).toBe(text);
      expect(findings).toEqual([]);
    }
  });

  it('an address in two fonts keeps one token in pseudonymise mode', () => {
    const bold = inFont('jan@example.com', FONTS.bold as Font);
    const text = `mail ${bold}, or jan@example.com`;
    const { text: out, tokens } = redact(text, { locale: 'en-US', mode: 'pseudonymise' });
    expect(out).toBe('mail [EMAIL_1], or [EMAIL_1]');
    expect(tokens).toEqual({ '[EMAIL_1]': bold });
  });
});

// The same message with some of its ASCII digits written in astral scripts: the same findings, at
// the offsets of the digits as written. Messages of the labelled corpus (12 locales, every type).
const CORPUS = generateCorpus(50, 240);

/** `text` with the ASCII digits at the chosen indices in the chosen scripts, and the offset map. */
function swapped(
  text: string,
  picks: readonly (readonly [number, number])[],
): { text: string; at: number[] } {
  const digits: number[] = [];
  for (let i = 0; i < text.length; i++) if (/[0-9]/.test(text[i] as string)) digits.push(i);
  const zeroAt = new Map<number, number>();
  for (const [k, s] of picks)
    if (digits.length > 0) zeroAt.set(digits[k % digits.length] as number, ZEROS[s] as number);
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    at.push(out.length);
    const zero = zeroAt.get(i);
    out += zero === undefined ? text[i] : String.fromCodePoint(zero + Number(text[i]));
  }
  at.push(out.length);
  return { text: out, at };
}

test.prop(
  [
    fc.nat(CORPUS.length - 1),
    fc.array(fc.tuple(fc.nat(), fc.nat(ZEROS.length - 1)), { maxLength: 40 }),
    fc.boolean(),
  ],
  { numRuns: 300 },
)('swapping digits to astral scripts moves the findings, changes none', (m, picks, all) => {
  const { text: base, locale } = CORPUS[m] as (typeof CORPUS)[number];
  const chosen = all ? Array.from(base, (_, i) => [i, picks[0]?.[1] ?? 0] as const) : picks;
  const { text, at } = swapped(base, chosen);
  const before = redact(base, { locale });
  const after = redact(text, { locale });
  expect(after.findings).toEqual(
    before.findings.map((f) => ({ ...f, start: at[f.start], end: at[f.end] })),
  );
  // The output is the base's output with the digits kept swapped as they were.
  let expected = '';
  let k = 0;
  for (const f of after.findings) {
    expected += text.slice(k, f.start) + f.replacement;
    k = f.end;
  }
  expect(after.text).toBe(expected + text.slice(k));
  expect(redact(after.text, { locale }).text).toBe(after.text);
});
