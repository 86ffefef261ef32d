// A short number of three digits before a longer one, a space between ("ref 123 0712345678"):
// the two made a Luhn-valid run of 13 to 19 digits one time in ten, and went whole as [CARD]
// (T48e). No issuer prints a card with a first group of three, so the three digits are a number
// of their own and stay; the rest goes, as a phone where one reads it, else as a card: #14's rule
// (no Luhn-valid 13-19 digit run is left) holds, read by an oracle that shares nothing with
// card.ts (every digit run of the output, its separators dropped, against a plain Luhn sum).
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect } from 'vitest';
import { luhnOk, withLuhn } from './corpus/checks.js';

const digits = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });

/** Whether `text` holds a run of digits (spaces, dashes, dots between) that is a Luhn-valid 13-19. */
function leavesLuhnRun(text: string): boolean {
  for (const m of text.matchAll(/\d(?:[ .-]?\d)*/g)) {
    const d = m[0].replace(/\D/g, '');
    for (let from = 0; from < d.length; from++)
      for (let to = from + 13; to <= Math.min(d.length, from + 19); to++)
        if (luhnOk(d.slice(from, to))) return true;
  }
  return false;
}

// The head (three digits, not starting with 0) and the rest (ten to sixteen digits), together
// Luhn-valid: the rest's last digit is the whole run's Luhn digit.
const headAndRest = fc
  .tuple(fc.integer({ min: 100, max: 999 }), digits(9, 15))
  .map(([head, body]) => {
    const whole = withLuhn(`${head}${body}`);
    return [whole.slice(0, 3), whole.slice(3)] as const;
  });

describe('three digits and a space before the rest of a Luhn-valid run', () => {
  test.prop([headAndRest, fc.constantFrom('en-US', 'sv-SE', 'de-DE', 'fr-FR')], { numRuns: 300 })(
    'keeps the three digits and leaves no Luhn-valid run',
    ([head, rest], locale) => {
      const out = redact(`ref ${head} ${rest} ok`, { locale }).text;
      expect(out).toMatch(new RegExp(`^ref ${head} \\[[A-Z_]+\\] ok$`));
      expect(leavesLuhnRun(out)).toBe(false);
    },
  );

  test.prop([headAndRest], { numRuns: 200 })(
    'glued or dashed, the run is one number still: it goes whole',
    ([head, rest]) => {
      expect(redact(`ref ${head}-${rest} ok`, { locale: 'en-US' }).text).toBe('ref [CARD] ok');
      expect(redact(`ref ${head}${rest} ok`, { locale: 'en-US' }).text).toBe('ref [CARD] ok');
    },
  );
});

// A quantity of one or two digits before a card printed in fours ("Qty 18 4111 1111 1111 1111"):
// the two passed Luhn together one time in ten and went whole, the quantity with them (T68d). No
// card is printed with a first group of one or two digits: the card goes, the quantity stays.
const cardInFours = fc
  .tuple(
    fc.constantFrom('4', '51', '55', '2221', '34', '3530', '2200', '6011', '62'),
    digits(19, 19),
  )
  .chain(([p, body]) =>
    fc
      .integer({ min: 13, max: 19 })
      .map((length) => withLuhn((p + body).slice(0, length - 1)).replace(/(\d{4})(?=\d)/g, '$1 ')),
  );

// A quantity: 0 to 99, read by every recognizer: the phone reading takes a quantity with a card's
// first groups where they dial ("0 4000 0566 5566 5556" in Germany, "20 4737 0103" as an Egyptian
// number in the US), and the union went as [CARD] with the quantity, so that this property read
// the card recognizer alone (T68d); the phone's span goes where the card holds the rest of it
// (cardHeads.ts, T69a).
const quantity = fc.integer({ min: 0, max: 99 }).map(String);
const LOCALES = ['en-US', 'de-DE', 'en-GB', 'fr-FR', 'ar-EG'] as const;

describe('one or two digits and a space before a card', () => {
  test.prop([quantity, cardInFours, fc.constantFrom(...LOCALES)], {
    numRuns: 300,
  })('keeps the digits, the card goes, and no Luhn-valid run is left', (head, card, locale) => {
    const out = redact(`Qty ${head} ${card} ok`, { locale }).text;
    expect(out).toBe(`Qty ${head} [CARD] ok`);
    expect(leavesLuhnRun(out)).toBe(false);
  });

  test.prop([quantity, cardInFours, fc.constantFrom(...LOCALES)], { numRuns: 300 })(
    'not vacuous: the two pass Luhn together one time in ten or so',
    (head, card, locale) => {
      fc.pre(luhnOk(head + card.replace(/ /g, '')));
      expect(redact(`Qty ${head} ${card} ok`, { locale }).text).toBe(`Qty ${head} [CARD] ok`);
    },
  );
});
