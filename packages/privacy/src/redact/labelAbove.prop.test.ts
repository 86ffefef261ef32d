// A value that opens its line reads its own label ending the line above (labelAbove.ts): the scan
// (contextBefore) and its plain oracle (contextBeforePlain, a search of the text before the
// value) read texts of that shape alike; and the law the reading is for: an id's own label on the
// line above names it as on its line, an order's word there names nothing.
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { bsnValid, irNationalCodeValid } from './checks/nationalIds.js';
import { verhoeffValid } from './checks/verhoeff.js';
import { contextBefore, contextBeforePlain } from './context.js';
import {
  ID_WORDS,
  PHONE_WORDS,
  REFERENCE_WORDS,
  VERSION_WINDOW,
  VERSION_WORDS,
} from './keywords.js';
import { lineAboveEnd } from './labelAbove.js';
import type { RecognizerContext } from './types.js';

const LISTS = [
  ID_WORDS.bsn,
  ID_WORDS.aadhaar,
  ID_WORDS['ir-national-code'],
  ID_WORDS['us-ssn'],
  PHONE_WORDS,
  VERSION_WORDS,
] as const;

// A line of label words, references, digits and fillers; the break (perhaps after a carriage
// return); what may stand before the value on its line; the value.
const word = fc.constantFrom(
  ...ID_WORDS.bsn,
  ...ID_WORDS.aadhaar,
  ...ID_WORDS['ir-national-code'],
  'ssn',
  'tel',
  'version',
  ...REFERENCE_WORDS.slice(0, 12),
  'mijn',
  'is',
  '123',
  'x',
  '. ',
);
const line = fc
  .array(fc.tuple(word, fc.constantFrom(' ', ': ', ':', '', '\t')), { maxLength: 5 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));
const opening = fc.constantFrom('', ' ', '   ', '> ', '>> ', '\t', '\u00a0', 'x ', '1 ', '> 12 ');
const shape = fc.tuple(
  line,
  fc.constantFrom('\n', '\r\n', '\n\n', ' '),
  opening,
  fc.constantFrom('123456708', '0012345601', '10.0.0.1'),
);

function contextOf(t: string): RecognizerContext {
  return { text: t, shadow: t, lower: t.toLowerCase(), locale: 'en', country: undefined };
}

describe('a label ending the line above', () => {
  test.prop([fc.array(shape, { minLength: 1, maxLength: 3 }), fc.nat(LISTS.length - 1)], {
    numRuns: 600,
  })('the scan reads it as the plain search does, at every start', (shapes, k) => {
    const t = shapes.map(([a, b, c, d]) => a + b + c + d).join(' ');
    const context = contextOf(t);
    const own = LISTS[k] as readonly string[];
    for (let start = 0; start <= t.length; start++) {
      expect([start, contextBefore(context, start, own)]).toEqual([
        start,
        contextBeforePlain(context, start, own),
      ]);
      expect(contextBefore(context, start, VERSION_WORDS, VERSION_WINDOW)).toBe(
        contextBeforePlain(context, start, VERSION_WORDS, VERSION_WINDOW),
      );
    }
  });

  it('reads labels above (the property is not vacuous)', () => {
    let read = 0;
    for (const shapes of fc.sample(fc.array(shape, { minLength: 1, maxLength: 3 }), {
      numRuns: 300,
      seed: 3,
    })) {
      const t = shapes.map(([a, b, c, d]) => a + b + c + d).join(' ');
      const context = contextOf(t);
      for (let start = 0; start <= t.length; start++)
        if (
          contextBefore(context, start, ID_WORDS.bsn) === 'own' &&
          contextBeforePlain(context, start, ID_WORDS.bsn, undefined, false) === 'none'
        )
          read++;
    }
    expect(read).toBeGreaterThan(20);
  });

  test.prop([shape])('lineAboveEnd: the break above a value alone on its line, or -1', (s) => {
    const [above, br, open, value] = s;
    const t = above + br + open + value;
    const start = t.length - value.length;
    const blank = /^[ \t\u00a0>]*$/.test(open);
    let want = -1;
    if (blank && br === '\n' && above.length > 0) want = above.length;
    if (blank && br === '\r\n') want = above.length;
    if (blank && br === '\n\n') want = above.length + 1;
    expect(lineAboveEnd(t, start)).toBe(want);
  });
});

// Synthetic ids whose checks hold, found from a seed (the package's own checks).
function first(seed: number, length: number, valid: (d: string) => boolean): string {
  for (let n = seed; ; n++) {
    const d = String(n).padStart(length, '0').slice(-length);
    if (valid(d)) return d;
  }
}
const ids = fc.oneof(
  fc
    .integer({ min: 100_000_000, max: 899_999_999 })
    .map((n) => ['nl-NL', 'BSN', first(n, 9, bsnValid), '[BSN]'] as const),
  fc
    .integer({ min: 1, max: 999_999_999 })
    .map(
      (n) =>
        ['fa-IR', 'کد ملی', first(n * 10, 10, irNationalCodeValid), '[IR_NATIONAL_CODE]'] as const,
    ),
  fc
    .integer({ min: 20_000_000_000, max: 99_999_999_999 })
    .map(
      (n) =>
        [
          'en-IN',
          'Aadhaar no',
          first(n * 10, 12, (d) => d.charCodeAt(0) >= 50 && verhoeffValid(d)),
          '[AADHAAR]',
        ] as const,
    ),
);

describe("an id's label on the line above names it", () => {
  test.prop([ids, fc.constantFrom(':', '', ' :'), fc.constantFrom('', '> ', '  ')])(
    'its own label: the value goes, as after the label on its line',
    ([locale, label, value, placeholder], colon, quote) => {
      const above = `${quote}${label}${colon}\n${quote}${value}`;
      const inline = `${quote}${label}${colon} ${value}`;
      expect(redact(inline, { locale }).text).toBe(`${quote}${label}${colon} ${placeholder}`);
      expect(redact(above, { locale }).text).toBe(
        `${quote}${label}${colon}\n${quote}${placeholder}`,
      );
    },
  );

  test.prop([ids, fc.constantFrom('Order ID:', 'Tracking no', 'Invoice', 'Bestelnummer:')])(
    "an order's word there: the value stays",
    ([locale, , value], word) => {
      const text = `${word}\n${value}`;
      expect(redact(text, { locale }).text).toBe(text);
    },
  );
});
