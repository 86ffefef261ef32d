// The laws of redaction, over generated transcripts that mix personal data, look-alikes, digits in
// every script, separators and noise.
import { fc, test } from '@fast-check/vitest';
import { redact, restore } from '@meridian-cx/privacy';
import { describe, expect } from 'vitest';
import { withLuhn } from './corpus/checks.js';

const SCRIPTS = [0x30, 0x660, 0x6f0, 0x966, 0xff10, 0x9e6, 0xe50];
const inScript = (digits: string, zero: number) =>
  digits.replace(/[0-9]/g, (d) => String.fromCharCode(zero + Number(d)));

const digitString = (min: number, max: number) =>
  fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max })
    .map((ds) => ds.join(''));

const grouped = (digits: string, sep: string, size: number) =>
  digits.match(new RegExp(`.{1,${size}}`, 'g'))?.join(sep) ?? digits;

const card = fc
  .tuple(fc.constantFrom('4', '51', '37', '6011', '9', '0'), digitString(10, 16))
  .map(([prefix, body]) => withLuhn((prefix + body).slice(0, 18)));

const piece = fc.oneof(
  fc
    .tuple(
      card,
      fc.constantFrom(...SCRIPTS),
      fc.constantFrom('', ' ', '-', '\u00a0'),
      fc.constantFrom(4, 3, 5),
    )
    .map(([d, zero, sep, size]) => grouped(inScript(d, zero), sep, size)),
  fc.tuple(digitString(1, 24), fc.constantFrom(...SCRIPTS)).map(([d, zero]) => inScript(d, zero)),
  fc.constantFrom(
    'anna@example.com',
    '+48 600 123 456',
    'PESEL 44051401458',
    'PL61 1090 1014 0000 0712 1981 2874',
    '192.168.1.20',
    'order 482139571',
    '1 299,00 zł',
    '14.03.2026',
    'v2.14.3',
    'کد ملی ۰۰۱۳۵۴۲۴۱۹',
    'CPF 123.456.789-09',
    'JG 10 37 59 A',
    '12345678Z',
    'tel',
    '#',
    '@',
    '.',
    '-',
    ' ',
    '\u200e',
    '(0)',
  ),
  fc.string({ maxLength: 8 }),
);

const transcript = fc.array(piece, { maxLength: 14 }).chain((parts) =>
  fc
    .array(fc.constantFrom(' ', '', ', ', '\n', '-'), {
      minLength: parts.length,
      maxLength: parts.length,
    })
    .map((seps) => parts.map((p, i) => p + (seps[i] as string)).join('')),
);

const locale = fc.constantFrom('en-GB', 'pl-PL', 'fa-IR', 'hi-IN', 'ja-JP', 'pt-BR', 'ar-SA');

// An independent reading of "a Luhn-valid 13–19 digit run": digits of any BMP script (value =
// distance from the start of its block of \p{Nd}, mod 10), joined by single spaces, dashes or NBSP.
function luhnRuns(text: string): string[] {
  const out: string[] = [];
  const isDigit = (c: string) => /\p{Nd}/u.test(c);
  let i = 0;
  while (i < text.length) {
    if (!isDigit(text.charAt(i))) {
      i++;
      continue;
    }
    let digits = '';
    let j = i;
    for (;;) {
      while (j < text.length && isDigit(text.charAt(j))) {
        digits += String(blockValue(text, j));
        j++;
      }
      if (
        ' -\u00a0'.includes(text.charAt(j)) &&
        text.charAt(j) !== '' &&
        isDigit(text.charAt(j + 1))
      ) {
        j++;
        continue;
      }
      break;
    }
    if (digits.length >= 13 && digits.length <= 19 && luhn(digits)) out.push(text.slice(i, j));
    i = j;
  }
  return out;
}

// The digit's value within its script's block: blocks start where the code point before is not a
// decimal digit, or where a block of ten ends.
function blockValue(text: string, i: number): number {
  const code = text.charCodeAt(i);
  let zero = code;
  while (zero > 0 && /\p{Nd}/u.test(String.fromCharCode(zero - 1))) zero--;
  return (code - zero) % 10;
}

function luhn(digits: string): boolean {
  let sum = 0;
  [...digits].reverse().forEach((ch, k) => {
    const d = Number(ch) * (k % 2 === 1 ? 2 : 1);
    sum += d > 9 ? d - 9 : d;
  });
  return sum % 10 === 0;
}

describe('redaction laws', () => {
  test.prop([transcript, locale])('is idempotent', (text, loc) => {
    const once = redact(text, { locale: loc }).text;
    expect(redact(once, { locale: loc }).text).toBe(once);
  });

  test.prop([transcript, locale])(
    'never leaves a Luhn-valid 13–19 digit run, in any script',
    (text, loc) => {
      expect(luhnRuns(redact(text, { locale: loc }).text)).toEqual([]);
    },
  );

  test.prop([transcript, locale])(
    'findings are ordered, disjoint and rebuild the output',
    (text, loc) => {
      const { text: out, findings } = redact(text, { locale: loc });
      let rebuilt = '';
      let at = 0;
      for (const f of findings) {
        expect(f.start).toBeGreaterThanOrEqual(at);
        expect(f.end).toBeGreaterThan(f.start);
        expect(f.end).toBeLessThanOrEqual(text.length);
        expect(f.confidence).toBeGreaterThan(0);
        expect(f.confidence).toBeLessThanOrEqual(1);
        rebuilt += text.slice(at, f.start) + f.replacement;
        at = f.end;
      }
      expect(rebuilt + text.slice(at)).toBe(out);
    },
  );

  // A long transcript: more spans than redactText joins by `+` (FEW_SPANS, 16), which it joins by
  // parts; both ways give the input with each finding's span replaced, in either mode.
  test.prop([
    // An address after each piece: 10 to 40 spans, and more where the pieces hold values.
    fc.array(fc.tuple(piece, fc.constantFrom(' ', ', ', '\n')), { minLength: 10, maxLength: 40 }),
    locale,
    fc.boolean(),
  ])('findings rebuild the output of a text of many spans', (pieces, loc, tokens) => {
    const text = pieces.map(([p, sep]) => `${p}${sep}jan.kowalski@example.com${sep}`).join('');
    const { text: out, findings } = redact(
      text,
      tokens ? { locale: loc, mode: 'pseudonymise' } : { locale: loc },
    );
    let rebuilt = '';
    let at = 0;
    for (const f of findings) {
      rebuilt += text.slice(at, f.start) + f.replacement;
      at = f.end;
    }
    expect(rebuilt + text.slice(at)).toBe(out);
    expect(findings.length).toBeGreaterThanOrEqual(pieces.length);
  });

  test.prop([transcript, locale])('pseudonymised text restores to the original', (text, loc) => {
    const { text: out, tokens } = redact(text, { locale: loc, mode: 'pseudonymise' });
    expect(restore(out, tokens)).toBe(text);
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 60 }), locale])(
    'never throws on any string',
    (text, loc) => {
      expect(typeof redact(text, { locale: loc }).text).toBe('string');
    },
  );
});
