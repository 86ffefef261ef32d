// V62d (issue #14): a phone's "-" that opens the next line, glued to its digits ("tel 0151\n
// -23456789"), is the number's separator as one that ends the line is ("tel 0151-\n23456789",
// V55b), after a phone's label or a "+" or "00" head; unlabelled, a minus, an amount's or a
// count's, and a list's "- " item keep theirs. The recognizer (phone.ts dashOpens) finds what its
// oracle (test/redact/phoneOracle.ts `wrapped`, written plainly) finds on texts of that shape and
// its look-alikes; and end to end, a number so broken after a phone's label goes whole where it
// goes whole on one line.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { phonesAgreed } from '../../../test/redact/phoneAgreed.js';
import { redact } from '../redact.js';
import type { RecognizerContext } from '../types.js';

const NUMBERS: Readonly<Record<string, readonly string[]>> = {
  DE: ['0151-23456789', '030-1234567', '0151 234-56789', '+49 151-23456789', '0049 30-1234567'],
  US: ['212 555-0187', '(212) 555-0187', '+1 212-555-0187'],
  BR: ['(11) 98765-4321', '11 98765-4321'],
  JP: ['090-1234-5678', '03-1234-5678'],
};
const LOCALES: Readonly<Record<string, string>> = {
  DE: 'de-DE',
  US: 'en-US',
  BR: 'pt-BR',
  JP: 'ja-JP',
};
const COUNTRIES = Object.keys(NUMBERS);
// Values of their own with a "-": a range, a date, an order's number, an amount, a minus.
const OTHERS = ['10-12', '2024-12-05', '4711-2345', '1.299-00', '030 123-4567', '12-5 Stück'];
const LABELS = ['tel ', 'Telefone: ', '電話 ', 'Bestellung ', 'Summe ', ''];
const BREAKS = ['\n', '\r\n', '\n> ', ' \n  '];

/** `value` broken before its `at`-th "-" (modulo their count), the "-" opening the next line. */
function dashOpens(value: string, at: number, mark: string, space: boolean): string {
  const dashes = [...value.matchAll(/-/g)].map((m) => m.index as number);
  if (dashes.length === 0) return value;
  const cut = dashes[at % dashes.length] as number;
  return `${value.slice(0, cut)}${mark}-${space ? ' ' : ''}${value.slice(cut + 1)}`;
}

/** The oracle's finds in `text` read in `country`, after checking the recognizer finds the same. */
const agreed = (text: string, country: string) =>
  phonesAgreed(text, LOCALES[country] as string, country as RecognizerContext['country']);

const shape = fc
  .constantFrom(...COUNTRIES)
  .chain((country) =>
    fc.tuple(
      fc.constant(country),
      fc.constantFrom(...LABELS),
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...(NUMBERS[country] as string[])) },
        { weight: 2, arbitrary: fc.constantFrom(...OTHERS) },
      ),
      fc.nat(),
      fc.constantFrom(...BREAKS),
      fc.boolean(),
      fc.constantFrom('', ' danke', ' 2 Stück', ' 12.05.2024', ', 0151 23456789', ',50 €'),
    ),
  );

describe('a phone\'s "-" that opens the next line (V62d)', () => {
  test.prop([shape], { numRuns: 300 })(
    'the recognizer finds what its oracle finds',
    ([country, label, value, at, mark, space, after]) => {
      agreed(`${label}${dashOpens(value, at, mark, space)}${after}`, country);
    },
  );

  const digitLeft = (out: string) => /[0-9]/.test(out.replace(/\[[A-Z_]+\]/g, ''));
  const number = fc
    .constantFrom(...COUNTRIES)
    .chain((country) =>
      fc.tuple(
        fc.constant(country),
        fc.constantFrom('tel ', 'Telefone: '),
        fc.constantFrom(...(NUMBERS[country] as string[])),
        fc.nat(),
        fc.constantFrom(...BREAKS),
      ),
    );
  test.prop([number], { numRuns: 100 })(
    'after a phone label, a number broken before its "-" goes whole where it goes whole on one line',
    ([country, label, value, at, mark]) => {
      const locale = LOCALES[country] as string;
      fc.pre(!digitLeft(redact(`${label}${value}`, { locale }).text));
      const text = `${label}${dashOpens(value, at, mark, false)} ok`;
      // Only where the head alone is no number (found alone, the head takes no next line).
      const head = text.slice(0, text.indexOf(mark));
      fc.pre(digitLeft(redact(head, { locale }).text));
      expect(digitLeft(redact(text, { locale }).text)).toBe(false);
    },
  );

  test.prop([fc.constantFrom(...COUNTRIES), fc.constantFrom(...BREAKS)], { numRuns: 40 })(
    'a list\'s "- " item and an unlabelled minus keep their digits',
    (country, mark) => {
      const locale = LOCALES[country] as string;
      for (const text of [`tel 0151${mark}- 23456789`, `Rabatt 0151${mark}-23456789`]) {
        const out = redact(text, { locale }).text;
        expect(out.replace(/\D/g, '')).toBe(text.replace(/\D/g, ''));
      }
    },
  );
});
