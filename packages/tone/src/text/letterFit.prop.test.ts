import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { mojibake } from './mojibake.js';
import { repairText } from './repairText.js';

// T61e. Spanish words holding "ñ" inside them, through ISO-8859-2 ("PeĂąa"), are not read as
// Windows-1250's "ù" (a letter French and Italian write only at a word's end), and Italian and
// French words ending in "ù" through either page come back; Spanish words come back through 1250.
const spanish = fc.constantFrom('Peña', 'señor', 'niño', 'año', 'mañana', 'España', 'Muñoz');
const final = fc.constantFrom('più', 'giù', 'Où', 'così', 'perché', 'virtù');
const ascii = fc.constantFrom('gracias', 'Madrid', 'el', 'de', '2026', 'ok');

describe('"ù" inside a word is no letter of the tied languages (T61e)', () => {
  test.prop([fc.array(fc.oneof(spanish, ascii), { minLength: 1, maxLength: 4 })], {
    numRuns: 200,
  })('Spanish "ñ" comes back through ISO-8859-2 and Windows-1250', (ws) => {
    const text = ws.join(' ');
    expect(repairText(mojibake(text, 'iso-8859-2')).text).toBe(text);
    expect(repairText(mojibake(text, 'windows-1250')).text).toBe(text);
  });

  test.prop([fc.array(final, { minLength: 1, maxLength: 3 }), fc.constantFrom(' ', ', ')], {
    numRuns: 100,
  })('a word ending in "ù" comes back through Windows-1250', (ws, gap) => {
    const text = ws.join(gap);
    expect(repairText(mojibake(text, 'windows-1250')).text).toBe(text);
  });
});

// T61e. Currency signs E2 82 xx through Windows-1257 ("ā‚«" for "₫") beside an amount come back;
// Latvian words ending in "ā", followed by a space and a quote or sign, stay.
describe('"ā" glued to "‚" through Windows-1257 (T61e)', () => {
  // Not "₡" (E2 82 A1): 1257 leaves 0xA1 undefined, and its lost byte stays one U+FFFD.
  const sign = fc.constantFrom('₫', '₣', '₿', '₦');
  const amount = fc.constantFrom('20', '1.250.000', '49,90', '7');
  test.prop([sign, amount, fc.boolean()], { numRuns: 100 })(
    'a currency sign beside an amount comes back',
    (s, a, before) => {
      const text = before ? `${s} ${a}` : `${a} ${s}`;
      expect(repairText(mojibake(text, 'windows-1257')).text).toBe(text);
    },
  );
  const latvian = fc.constantFrom('mājā', 'Rīgā', 'kopā', 'Jā', 'ātrā');
  const next = fc.constantFrom(' „labi”', ' ‰', ' ‹x›', ', paldies', '.');
  test.prop([latvian, next], { numRuns: 100 })('Latvian words ending in "ā" stay', (w, n) => {
    expect(repairText(`${w}${n}`).changed).toBe(false);
  });
});
