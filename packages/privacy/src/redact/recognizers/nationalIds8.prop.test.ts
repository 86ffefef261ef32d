// The omocode codice fiscale's recognizer reads a text only where a unit in eight says it may hold
// sixteen capitals in a row (mayHoldOmocode, T67b): against its oracle, the expression it stands
// before, read at every unit. Never false where the expression finds a code; false on texts of
// short capital runs (the gate must refuse something, or it saves nothing).
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { mayHoldOmocode } from './nationalIds8.js';

// The expression of the recognizer (nationalIds8.ts CF_OMOCODES), not global: the oracle.
const OMOCODE = /[A-Z]{6}[0-9L-NP-V][L-NP-V][A-EHLMPR-T][L-NP-V]{2}[A-Z][L-NP-V]{3}[A-Z]/;

// Units the expression reads and others: capitals of its classes, digits, lower case, spaces.
const unit = fc.constantFrom('A', 'L', 'M', 'R', 'T', 'X', 'Z', '0', '7', 'a', 'l', ' ', '.', 'é');
// An omocode's shape: six capitals, a digit or an omocode, then its fixed classes.
const omocode = fc
  .tuple(
    fc.stringMatching(/^[A-Z]{6}$/),
    fc.stringMatching(/^[0-9L-NP-V]$/),
    fc.stringMatching(/^[L-NP-V][A-EHLMPR-T][L-NP-V]{2}[A-Z][L-NP-V]{3}[A-Z]$/),
  )
  .map((parts) => parts.join(''));
const text = fc
  .array(fc.oneof(unit, unit, unit, omocode), { maxLength: 60 })
  .map((parts) => parts.join(''));

describe('mayHoldOmocode', () => {
  test.prop([text])('is true wherever the expression finds a code', (s) => {
    if (OMOCODE.test(s)) expect(mayHoldOmocode(s)).toBe(true);
  });

  test.prop([fc.string({ maxLength: 40 }), omocode, fc.string({ maxLength: 40 })])(
    'a code at any offset, in any text',
    (before, code, after) => {
      expect(mayHoldOmocode(before + code + after)).toBe(true);
    },
  );

  test('false where no sixteen capitals and digits stand in a row', () => {
    expect(mayHoldOmocode('Il mio codice è RSSMRA85T10A562S, grazie.'.toLowerCase())).toBe(false);
    expect(mayHoldOmocode('Order ABCDEFGH-12345678 shipped to ROME ITALY')).toBe(false);
    expect(mayHoldOmocode('Call 0039 06 1234 5678 or write to HELP DESK')).toBe(false);
    expect(mayHoldOmocode('CF: RSSMRALMTLMALMNS')).toBe(true);
  });
});
