// cardLetters.ts reads a card typed with letters for digits ("4111 1111 1111 111l"). Held against
// an oracle that shares nothing with it: the print's letters replaced by regular expressions, its
// shape read by one, Luhn computed from the left (test/redact/corpus/checks.ts luhnOk).
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect } from 'vitest';
import { luhnOk } from '../../../test/redact/corpus/checks.js';

const SHAPE = /^(?:\d{4}( |-)\d{4}\1\d{4}(?:\1\d{4}\1\d{1,3}|\1\d{1,4})|\d{4}( |-)\d{6}\2\d{4,5})$/;

/** Whether `print` is a card typed with look-alike letters, by the rule's words. */
function oracle(print: string): boolean {
  // A small s or b stands for a digit only inside a group (T64a): at a group's edge, no card.
  if (/(?:^|[ -])[sb]|[sb](?:$|[ -])/.test(print)) return false;
  const mapped = print
    .replace(/[Oo]/g, '0')
    .replace(/[Il|]/g, '1')
    .replace(/[Ss]/g, '5')
    .replace(/[Bb]/g, '8');
  if (!SHAPE.test(mapped)) return false;
  const letters = (print.match(/[OoIl|SBsb]/g) ?? []).length;
  const own = (print.match(/\d/g) ?? []).length;
  const whole = print.split(/[ -]/).filter((g) => /^[OoIl|SBsb]+$/.test(g));
  const lettersOnly = whole.some((g) => g.length !== 4) || whole.length > 1;
  const digits = mapped.replace(/\D/g, '');
  return (
    (letters === 1 || letters === 2 || (letters === 4 && whole.length === 1)) &&
    own >= 9 &&
    !lettersOnly &&
    digits.length >= 13 &&
    digits.length <= 19 &&
    /^[2-6]/.test(digits) &&
    luhnOk(digits)
  );
}

const unit = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...'0123456789') },
  { weight: 1, arbitrary: fc.constantFrom('O', 'o', 'I', 'l', '|', 'S', 'B', 's', 'b') },
);
const print = fc
  .tuple(
    fc.constantFrom([4, 4, 4, 4], [4, 6, 5], [4, 6, 4], [4, 4, 4, 1], [4, 4, 4, 4, 3], [4, 4, 4]),
    fc.constantFrom(' ', '-'),
  )
  .chain(([sizes, sep]) =>
    fc
      .tuple(...sizes.map((n) => fc.array(unit, { minLength: n, maxLength: n })))
      .map((groups) => groups.map((g) => g.join('')).join(sep)),
  )
  .filter((p) => /[OoIl|SBsb]/.test(p));

describe('cardLetters agrees with its oracle', () => {
  test.prop([print], { numRuns: 600 })('a print goes whole exactly where the oracle says', (p) => {
    const result = redact(`card ${p} ok`, { locale: 'en-US' });
    // A finding over the whole print (a card's digits alone never reach its letters).
    const byLetters = result.findings.some((f) => f.start === 5 && f.end === 5 + p.length);
    expect(byLetters).toBe(oracle(p));
    if (oracle(p)) expect(result.text).toBe('card [CARD] ok');
  });

  // A Luhn-valid card with one or two of its zeros, ones, fives and eights typed as letters goes
  // whole.
  const card = fc
    .tuple(
      fc.constantFrom('4', '5'),
      fc.array(fc.constantFrom(...'0123456789'), {
        minLength: 14,
        maxLength: 14,
      }),
    )
    .map(([first, rest]) => {
      const body = first + rest.join('');
      for (let d = 0; d < 10; d++) if (luhnOk(body + d)) return body + d;
      return body;
    });
  test.prop([card, fc.nat(), fc.constantFrom(' ', '-'), fc.integer({ min: 1, max: 2 })], {
    numRuns: 300,
  })(
    'a card with one or two look-alikes for its 0s, 1s, 5s, 8s goes whole',
    (digits, seed, sep, n) => {
      const typedAs: Record<string, readonly string[]> = {
        '0': ['O', 'o'],
        '1': ['I', 'l', '|'],
        '5': ['S', 's'],
        '8': ['B', 'b'],
      };
      // A small s or b inside a group of four only (T64a): not a group's first or last unit.
      const inside = (k: number) => k % 4 === 1 || k % 4 === 2;
      const at = [...digits].flatMap((c, k) => (k > 0 && typedAs[c] !== undefined ? [k] : []));
      fc.pre(at.length >= n);
      const chars = [...digits];
      for (let j = 0; j < n; j++) {
        const k = at[(seed + j * 7) % at.length] as number;
        const as = typedAs[chars[k] as string]?.filter(
          (l) => inside(k) || (l !== 's' && l !== 'b'),
        );
        if (as !== undefined && as.length > 0) chars[k] = as[seed % as.length] as string;
      }
      const typed = chars.join('').replace(/(.{4})(?=.)/g, `$1${sep}`);
      fc.pre(oracle(typed));
      expect(redact(`card ${typed} ok`, { locale: 'en-US' }).text).toBe('card [CARD] ok');
    },
  );
});
