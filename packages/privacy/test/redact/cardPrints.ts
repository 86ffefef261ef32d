// Generated card numbers as customers print them, for the properties that put a card beside a
// token (cardAfterToken.prop, cardEdges.prop): one arbitrary, the networks each property draws
// from given by it.
import { fc } from '@fast-check/vitest';
import { luhnOk, withLuhn } from './corpus/checks.js';

/** A string of exactly `n` ASCII digits. */
export const digitString = (n: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });

/**
 * A Luhn-valid card number of one of `networks` (an issuer's prefix and a length it issues),
 * printed in fours (spaces or dashes), as Amex prints its 4-6-5 (length 15), or whole.
 */
export const cardPrint = (
  networks: readonly (readonly [prefix: string, length: number])[],
): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.constantFrom(...networks) as fc.Arbitrary<readonly [string, number]>,
      digitString(18),
      fc.constantFrom(' ', '-', ''),
    )
    .map(([[prefix, length], body, sep]) => {
      const d = withLuhn((prefix + body).slice(0, length - 1));
      if (sep === '') return d;
      if (length === 15) return `${d.slice(0, 4)}${sep}${d.slice(4, 10)}${sep}${d.slice(10)}`;
      return (d.match(/.{1,4}/g) as string[]).join(sep);
    });

/**
 * The runs of ASCII digits joined by single spaces or dashes in `s` that are Luhn-valid, 13 to 19
 * digits: a card a redaction left in clear.
 */
export function luhnRuns(s: string): string[] {
  return [...s.matchAll(/\d+(?:[ -]\d+)*/g)]
    .map((m) => m[0])
    .filter((r) => {
      const d = r.replace(/\D/g, '');
      return d.length >= 13 && d.length <= 19 && luhnOk(d);
    });
}
