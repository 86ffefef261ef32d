// gluedToCode and letterGlued compare the units beside a value as numbers (T51c): compared as
// one-unit strings, each unit past U+00FF was a string made and a call of the builtin that
// compares strings, in every recognizer that asks. Their reading before, one-unit strings and
// isGlueLetter, written out here whole as the oracle, on text made of what glues and what does
// not: letters of spaced and spaceless scripts, "-", "_", "/", ".", "+", digits, a Hebrew
// particle, a link's number, Turkish endings.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { gluedToCode, isGlueLetter, letterGlued } from './context.js';

const LINK_END = /^(?:0\d*[-. ]|\d+[-. ]\d+[-. ])[-. \d]*\d(?:[.,]?(?:\s|$)|[?#"'<>)])/;
const TURKISH_ENDING = /^(?:[dt][ae]n?|[dt][ıiuü]r|y?[aeıiuü]|n?[ıiuü]n|y?l[ae])(?![\p{L}\d])/u;
const HEBREW_PARTICLES = 'בהוכלמש';

function isDigit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

function hebrewParticlesPlain(shadow: string, hyphen: number): boolean {
  let at = hyphen - 1;
  while (at >= 0 && hyphen - at <= 4 && HEBREW_PARTICLES.includes(shadow.charAt(at))) at--;
  const count = hyphen - 1 - at;
  return count >= 1 && count <= 3 && !isGlueLetter(shadow.charAt(at));
}

function letterGluedPlain(shadow: string, start: number, end: number, locale: string): boolean {
  return (
    (start > 0 && isGlueLetter(shadow.charAt(start - 1))) ||
    (end < shadow.length &&
      isGlueLetter(shadow.charAt(end)) &&
      !(locale.startsWith('tr') && TURKISH_ENDING.test(shadow.slice(end, end + 4))))
  );
}

function gluedToCodePlain(shadow: string, start: number, end: number, locale: string): boolean {
  const n = shadow.length;
  const before = start > 0 ? shadow.charAt(start - 1) : '';
  const after = end < n ? shadow.charAt(end) : '';
  if (letterGluedPlain(shadow, start, end, locale)) return true;
  if (
    (before === '-' || before === '_' || (before === '/' && shadow.charAt(start) !== '+')) &&
    start > 1 &&
    isGlueLetter(shadow.charAt(start - 2)) &&
    !(before === '-' && hebrewParticlesPlain(shadow, start - 1))
  )
    return before !== '/' || !LINK_END.test(shadow.slice(start, end + 2));
  const next = end + 1 < n ? shadow.charAt(end + 1) : '';
  if ((before === '.' && isDigit(shadow, start - 2)) || (after === '.' && isDigit(shadow, end + 1)))
    return true;
  return (
    (after === '-' || after === '/' || after === '_') &&
    (isGlueLetter(next) || (next >= '0' && next <= '9'))
  );
}

const unit = fc.constantFrom(
  'a',
  'Z',
  'é',
  'ß',
  'ж',
  'ل',
  'ב',
  'ל',
  'ו',
  '漢',
  'か',
  '한',
  'ก',
  '\u0301',
  '-',
  '_',
  '/',
  '.',
  '+',
  ' ',
  '1',
  '0',
  '5',
  '9',
  ':',
  '#',
  '\u{1d7d2}',
  'd',
  'n',
  'ı',
  'ü',
);
const text = fc.string({ unit, maxLength: 14 });

describe('gluedToCode', () => {
  test.prop([text, fc.nat(), fc.nat(), fc.constantFrom('', 'en', 'tr', 'tr-TR', 'he')], {
    numRuns: 5000,
  })('reads what the reading by one-unit strings reads', (shadow, a, b, locale) => {
    const n = shadow.length + 1;
    const start = Math.min(a % n, b % n);
    const end = Math.max(a % n, b % n);
    expect(gluedToCode(shadow, start, end, locale)).toBe(
      gluedToCodePlain(shadow, start, end, locale),
    );
    expect(letterGlued(shadow, start, end, locale)).toBe(
      letterGluedPlain(shadow, start, end, locale),
    );
  });

  it('answers both ways on each branch (the property is not vacuous)', () => {
    const read = (t: string, s: number, e: number, locale = '') => gluedToCode(t, s, e, locale);
    expect(read('AB-600123', 3, 9)).toBe(true);
    expect(read('ל-03123', 2, 7)).toBe(false);
    expect(read('x/+48600', 2, 8)).toBe(false);
    expect(read('x/600-123-456 ', 2, 13)).toBe(false);
    expect(read('x/600123', 2, 8)).toBe(true);
    expect(read('1.600123', 2, 8)).toBe(true);
    expect(read('600123.5', 0, 6)).toBe(true);
    expect(read('600123-ж', 0, 6)).toBe(true);
    expect(read('600123-漢', 0, 6)).toBe(false);
    expect(read('600123_7', 0, 6)).toBe(true);
    expect(read('600123dan', 0, 6, 'tr')).toBe(false);
    expect(read('600123dan', 0, 6)).toBe(true);
    expect(read('é600123', 1, 7)).toBe(true);
    expect(read('か600123', 1, 7)).toBe(false);
  });
});
