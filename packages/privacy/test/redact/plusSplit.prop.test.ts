// A "+" after a space inside a phone-ish span starts the next number (phone.ts readWindow): the
// span reads as its " +"-separated parts each read alone. The independent reading here cuts the
// span with a regular expression and asks libphonenumber-js's matcher (a fresh findNumbers, not
// the walk of phoneBare.ts) for each part's numbers, which `accept` then weighs: it finds what
// readWindow finds, on spans of international numbers, national ones and fragments (T25a).
import { fc, test } from '@fast-check/vitest';
import { findNumbers } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { accept, type PhoneOptions, readWindow } from '../../src/redact/recognizers/phone.js';
import type { RecognizerContext, RecognizerMatch } from '../../src/redact/types.js';
import { contextOf as sharedContext } from './recognizerContext.js';

const FIRST = ['600 123 456', '212 555 0187', '020 7946 0018', '0187', '00', '12 34', '(00'];
const PLUS = [
  '+1 212 555 0187',
  '+48 600 123 456',
  '+44 20 7946 0018',
  '+49 30 1234567',
  '+33 6 12 34 56 78',
  '+55 11 96123 4567',
  '+918123451844',
  '+1 212',
  '+48',
  '+12 345',
  '+1 2',
];
const LABELS = ['', 'tel ', 'order ', 'call me on ', 'version '];
const COUNTRIES = ['PL', 'US', 'GB', 'DE', 'FR', 'BR', 'IN', undefined] as const;

const span = fc
  .tuple(
    fc.option(fc.constantFrom(...FIRST), { nil: undefined }),
    fc.array(fc.constantFrom(...PLUS), { minLength: 1, maxLength: 4 }),
  )
  .map(([first, rest]) => [...(first === undefined ? [] : [first]), ...rest].join(' '));

const contextOf = (text: string, country: RecognizerContext['country']) =>
  sharedContext(text, 'en-GB', country);

/** The span's parts: cut before each " +" once a digit has come before the first one. */
function parts(read: string): [number, string][] {
  const first = read.indexOf(' +', 1);
  if (first < 0 || !/\d/.test(read.slice(0, first))) return [[0, read]];
  const out: [number, string][] = [];
  let at = 0;
  for (const m of read.matchAll(/ (?=\+)/g)) {
    if (m.index < first) continue;
    out.push([at, read.slice(at, m.index)]);
    at = m.index + 1;
  }
  out.push([at, read.slice(at)]);
  return out;
}

/** Each part read alone by a fresh matcher ("00" dials out as "+"), each number weighed. */
function plainly(context: RecognizerContext, w: number, read: string, options: PhoneOptions) {
  const out: RecognizerMatch[] = [];
  for (const [at, part] of parts(read)) {
    const o = part.startsWith('(') ? 1 : 0;
    const dialled = part.startsWith('00', o) ? `${part.slice(0, o)} +${part.slice(o + 2)}` : part;
    for (const f of findNumbers(dialled, { ...options })) {
      if (!f.number.isValid()) continue;
      const start = w + at + (dialled !== part && f.startsAt === o + 1 ? o : f.startsAt);
      const end = w + at + f.endsAt;
      const confidence = accept(context, start, end);
      const open =
        part.charAt(f.startsAt) === '(' && !part.slice(f.startsAt, f.endsAt).includes(')');
      if (confidence > 0) out.push({ start: start + +open, end, confidence });
    }
  }
  return out;
}

describe('a span with " +" inside', () => {
  test.prop([span, fc.constantFrom(...LABELS), fc.constantFrom(...COUNTRIES)])(
    'reads as its parts read alone by the matcher',
    (read, label, country) => {
      const context = contextOf(label + read, country);
      const options: PhoneOptions = country ? { defaultCountry: country, v2: true } : { v2: true };
      const found = new Map<number, RecognizerMatch>();
      readWindow(context, label.length, read, false, options, found);
      expect([...found.values()].sort((a, b) => a.start - b.start)).toEqual(
        plainly(context, label.length, read, options),
      );
    },
  );

  it('the generated spans hold numbers, two or more in many (the property is not vacuous)', () => {
    const samples = fc.sample(fc.tuple(span, fc.constantFrom(...COUNTRIES)), {
      numRuns: 200,
      seed: 7,
    });
    const counts = samples.map(([read, country]) => {
      const context = contextOf(read, country);
      const options: PhoneOptions = country ? { defaultCountry: country, v2: true } : { v2: true };
      return plainly(context, 0, read, options).length;
    });
    expect(counts.filter((n) => n >= 2).length).toBeGreaterThanOrEqual(40);
  });

  it('cuts only after a digit: "( +1 …" is read whole', () => {
    expect(parts('( +1 212 555 0187 +1 212 555 0188')).toHaveLength(1);
    expect(parts('(00 +1 212 555 0187')).toEqual([
      [0, '(00'],
      [4, '+1 212 555 0187'],
    ]);
  });
});
