// cardTurns.ts joins a card's halves across two chat turns of one sender. Held against an oracle
// that shares nothing with it: the two lines written by the property, their senders and groups
// known, the rule read from them (test/redact/corpus/checks.ts luhnOk).
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect } from 'vitest';
import { luhnOk } from '../../../test/redact/corpus/checks.js';

const digit = fc.constantFrom(...'0123456789');
const digits = (n: number) =>
  fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(''));

/** A card-length run of digits: Luhn-valid half the time. */
const number = fc
  .tuple(fc.integer({ min: 13, max: 19 }), fc.boolean(), fc.constantFrom('4', '5', '3', '6', '9'))
  .chain(([n, valid, first]) =>
    digits(n - 2).map((rest) => {
      const body = first + rest;
      if (!valid) return `${body}${rest.length % 10}`;
      for (let d = 0; d < 10; d++) if (luhnOk(body + d)) return body + d;
      return body;
    }),
  );

const header = fc.constantFrom(
  (t: string, who: string) => `[10:0${t}] ${who}: `,
  (t: string, who: string) => `[04/12/2026, 14:0${t}] ${who}: `,
  (t: string, who: string) => `04/12/2026 14:0${t} - ${who}: `,
  (_: string, who: string) => `${who}: `,
);

/** Groups of `s` in fours, the last shorter, joined by `sep`. */
const inFours = (s: string, sep: string) => (s.match(/.{1,4}/g) ?? []).join(sep);

describe('cardTurns agrees with its oracle', () => {
  test.prop(
    [
      number,
      fc.integer({ min: 1, max: 4 }),
      header,
      fc.constantFrom('Ana', 'Ben'),
      fc.constantFrom('Ana', 'Ben'),
      fc.constantFrom(' ', '-'),
      fc.constantFrom('card ', 'my card is ', ''),
    ],
    { numRuns: 500 },
  )('two turns make one card exactly where the oracle says', (card, cut, head, a, b, sep, said) => {
    // The first turn ends after `cut` groups of four (fewer where the card is shorter).
    const at = Math.min(4 * cut, 4 * Math.floor((card.length - 1) / 4));
    const first = card.slice(0, at);
    const second = card.slice(at);
    const text = `${head('1', a)}${said}${inFours(first, sep)}\n${head('2', b)}${inFours(second, sep)}`;
    const expected =
      a === b &&
      first.length >= 4 &&
      card.length >= 13 &&
      card.length <= 19 &&
      /^[2-6]/.test(card) &&
      luhnOk(card);
    const result = redact(text, { locale: 'en-US' });
    // Both halves found as they stand (neither is a card alone: the tail is a card of 13 digits
    // or more only where the head is of 6 or fewer, no card).
    const tailAt = text.indexOf('\n') - inFours(first, sep).length;
    const headAt = text.length - inFours(second, sep).length;
    const foundAt = (start: number) => result.findings.some((f) => f.start === start);
    expect(foundAt(tailAt) && foundAt(headAt)).toBe(expected);
    if (expected) {
      expect(result.findings.every((f) => f.type === 'card')).toBe(true);
      expect(result.text).not.toContain(inFours(first, sep));
      expect(result.text.endsWith(`${head('2', b)}[CARD]`)).toBe(true);
    }
  });
});
