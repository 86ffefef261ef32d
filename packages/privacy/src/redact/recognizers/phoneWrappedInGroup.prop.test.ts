// V55b (issue #14): numbers broken at their line's end after a "-" that is their own separator
// ("tel (11) 98765-\n4321", "電話 090-1234-\n5678") or inside a group ("tel 06 123\n45678"), and the
// look-alikes beside them (a range "10-\n12", a date "2024-\n12-05", an order's number, amounts,
// counts). The recognizer finds what its oracle (test/redact/phoneOracle.ts, written plainly)
// finds; and end to end, a number broken so after a phone's label goes whole where it goes whole
// on one line, and a look-alike broken so keeps its digits.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { phonesAgreed } from '../../../test/redact/phoneAgreed.js';
import { redact } from '../redact.js';
import type { RecognizerContext } from '../types.js';

// Numbers as their national prints write them (a "-" inside some), by country.
const NUMBERS: Readonly<Record<string, readonly string[]>> = {
  BR: ['(11) 98765-4321', '11 98765-4321', '(21) 3456-7890'],
  JP: ['090-1234-5678', '03-1234-5678'],
  NL: ['06 12345678', '020 123 4567'],
  US: ['212 555-0187', '(212) 555-0187'],
  // (Since V57d: a head valid alone before its "-", an international head before one long group.)
  DE: ['0151 23456789', '030 1234567', '0151 234-56789', '030 123-4567', '+49 151 234-56789'],
};
const LOCALES: Readonly<Record<string, string>> = {
  BR: 'pt-BR',
  JP: 'ja-JP',
  NL: 'nl-NL',
  US: 'en-US',
  DE: 'de-DE',
};
const COUNTRIES = Object.keys(NUMBERS);
// Values of their own: a range, a date, an order's number, an amount, a count.
const OTHERS = ['10-12', '2024-12-05', '4711-2345-6789', '1.299-00', '12 Stück', '2 items'];
const LABELS = ['tel ', 'Telefone: ', '電話 ', 'Bestellung ', ''];
const BREAKS = ['\n', '\r\n', '\n> '];

/**
 * `value` broken at one of its places (modulo their count) by `mark`: after a "-" (kept), at a
 * space (which the break takes), or between two digits of any group. (Since V56f, inside an
 * earlier group too: the short head "tel 21\n2 555-0187" leaves is read by both readings.)
 */
function broken(value: string, at: number, mark: string): string {
  const cuts = [...value.matchAll(/-| |(?<=\d)(?=\d)/g)].map((m) => m.index as number);
  if (cuts.length === 0) return value;
  const cut = cuts[at % cuts.length] as number;
  const c = value.charAt(cut);
  if (c === '-') return `${value.slice(0, cut + 1)}${mark}${value.slice(cut + 1)}`;
  if (c === ' ') return `${value.slice(0, cut)}${mark}${value.slice(cut + 1)}`;
  return `${value.slice(0, cut)}${mark}${value.slice(cut)}`;
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
        { weight: 1, arbitrary: fc.constantFrom(...OTHERS) },
      ),
      fc.nat(),
      fc.constantFrom(...BREAKS),
      fc.constantFrom('', ' obrigado', ' 2 items', ', 030 1234567', ' 19,99'),
    ),
  );

describe('numbers broken after a "-" or inside a group (V55b)', () => {
  // (Since V56f: two digits broken from a reference, which read with it as a US number from
  // its country's code, "12\n51851-4281": "+1 251 851 4281"; the two readings agree on it.)
  test.prop(
    [
      fc.constantFrom('tel ', 'Phone: ', ''),
      fc.constantFrom('US', 'BR', 'DE'),
      fc.constantFrom(' ok', ''),
    ],
    { numRuns: 30 },
  )(
    'a two-digit head not in the print’s groups: the recognizer finds what its oracle finds',
    (label, country, after) => {
      const text = `${label}12\n51851-4281${after}`;
      const plain = agreed(text, country);
      // The head is read with no next line (the next line alone may be a number: German
      // numbers have any length).
      expect(plain.some((m) => m.start === label.length)).toBe(false);
    },
  );

  // (Since V57d: broken right after a "-" whose head is a number alone, German numbers having any
  // length, "tel 030 123-\n4567"; or after an international head's "-" before one long group,
  // "+49 151 234-\n56789". Each shape the readings were taught, with the look-alikes around it.)
  test.prop(
    [
      fc.constantFrom(
        '030 123-4567',
        '0151 2345678-9',
        '030 1234567-89',
        '+49 151 234-56789',
        '0049 30 123-45678',
        '2024-12-05',
        '4711 2345-6789',
      ),
      fc.constantFrom('tel ', 'Tel.: ', 'Bestellung ', 'Rechnung ', ''),
      fc.constantFrom(...BREAKS),
      fc.constantFrom('', ' danke', ' 2 Stück', ' 12.05.2024', ', 0151 23456789'),
    ],
    { numRuns: 100 },
  )(
    'a head before its "-" that is a number alone, or international: the recognizer finds what its oracle finds',
    (value, label, mark, after) => {
      const cut = value.lastIndexOf('-') + 1;
      agreed(`${label}${value.slice(0, cut)}${mark}${value.slice(cut)}${after}`, 'DE');
    },
  );

  test.prop([shape], { numRuns: 200 })(
    'the recognizer finds what its oracle finds',
    ([country, label, value, at, mark, after]) => {
      const text = `${label}${broken(value, at, mark)}${after}`;
      agreed(text, country);
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
    'after a phone label, a number broken after its "-" goes whole where it goes whole on one line',
    ([country, label, value, at, mark]) => {
      const locale = LOCALES[country] as string;
      fc.pre(value.includes('-') && !digitLeft(redact(`${label}${value}`, { locale }).text));
      const dashes = [...value.matchAll(/-/g)].map((m) => m.index as number);
      const cut = dashes[at % dashes.length] as number;
      fc.pre(value.slice(0, cut).replace(/\D/g, '').length >= 6);
      const text = `${label}${value.slice(0, cut + 1)}${mark}${value.slice(cut + 1)} ok`;
      expect(digitLeft(redact(text, { locale }).text)).toBe(false);
    },
  );

  test.prop(
    [
      fc.constantFrom(...OTHERS),
      fc.nat(),
      fc.constantFrom(...BREAKS),
      fc.constantFrom(...COUNTRIES),
    ],
    { numRuns: 100 },
  )(
    'a look-alike that keeps its digits on one line keeps them broken after a "-", after a phone label',
    (value, at, mark, country) => {
      const locale = LOCALES[country] as string;
      const kept = (text: string) => redact(text, { locale }).text.replace(/\D/g, '');
      fc.pre(kept(`tel ${value} ok`) === value.replace(/\D/g, ''));
      // Broken after one of its "-" (the reading V55b added), or (since V56f) inside its last
      // group: ja-JP "tel 4711-2345-6\n789 ok" went as "tel [PHONE]\n789 ok", a Japanese number
      // with no trunk and a one-digit last group.
      const cuts = [...value.matchAll(/-|(?<=\d)(?=\d+$)/g)].map(
        (m) => (m.index as number) + +(m[0] === '-'),
      );
      fc.pre(cuts.length > 0);
      const cut = cuts[at % cuts.length] as number;
      const text = `tel ${value.slice(0, cut)}${mark}${value.slice(cut)} ok`;
      expect(kept(text)).toBe(text.replace(/\D/g, ''));
    },
  );
});
