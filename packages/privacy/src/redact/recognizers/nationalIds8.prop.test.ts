// Two gates of T67b, each against its oracle. The omocode codice fiscale's recognizer reads a text only where a unit in eight says it may hold
// sixteen capitals in a row (mayHoldOmocode, T67b): against its oracle, the expression it stands
// before, read at every unit. Never false where the expression finds a code; false on texts of
// short capital runs (the gate must refuse something, or it saves nothing).
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  KEY_GATES_8,
  keyBefore,
  keyGateSource,
  keyUnits,
  LABEL_KEYS_8,
  mayHoldKey,
  mayHoldOmocode,
} from './nationalIds8.js';
import { MAY_NAME, MAY_NAME_KEYS } from './nationalIds9.js';

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

// The ids' keys as findIds and the Steuernummer's reader ask them, away and away with home's,
// each with its gate (KEY_GATES_8); and the Argentine DNI's pieces with theirs.
const GATED: readonly (readonly [readonly string[], RegExp])[] = [
  ...Object.entries(LABEL_KEYS_8).flatMap(([id, k]) => {
    const gates = KEY_GATES_8[id] as { away: RegExp; home: RegExp };
    return [[k.away, gates.away] as const, [[...k.away, ...k.home], gates.home] as const];
  }),
  [MAY_NAME_KEYS, MAY_NAME] as const,
];
const KEY_LISTS = GATED.map(([keys]) => keys);

describe('mayHoldKey: the text holds a key wherever keyBefore finds one before a value', () => {
  test('keyUnits holds every unit whose lower case is a key unit (all 65,536 read)', () => {
    const units = new Set(KEY_LISTS.flat().flatMap((key) => [...key]));
    for (const c of units) {
      // lowerSameLength's reading: no sigma (its lower case depends on the neighbours), no
      // surrogate, every key unit its own lower case.
      expect(c.length).toBe(1);
      expect('σς'.includes(c)).toBe(false);
      expect(c.toLowerCase()).toBe(c);
      for (let u = 0; u < 0x10000; u++) {
        if (u >= 0xd800 && u <= 0xdfff) continue;
        const ch = String.fromCharCode(u);
        if (ch.toLowerCase() === c) expect(keyUnits(c)).toContain(ch);
      }
    }
  });

  test('each gate is the expression of its keys (written out for the ReDoS check)', () => {
    expect(Object.keys(KEY_GATES_8)).toEqual(Object.keys(LABEL_KEYS_8));
    for (const [keys, gate] of GATED) {
      expect(gate.source).toBe(keyGateSource(keys));
      expect(gate.flags).toBe('');
    }
  });

  // Pieces of the keys in any case (the Kelvin sign for "k"), values, line breaks, other words.
  const piece = fc.oneof(
    fc
      .tuple(fc.constantFrom(...KEY_LISTS.flat()), fc.array(fc.boolean(), { maxLength: 12 }))
      .map(([key, ups]) =>
        [...key].map((c, k) => (ups[k] ? (c === 'k' ? '\u212a' : c.toUpperCase()) : c)).join(''),
      ),
    fc.constantFrom(' ', ': ', '1234567', ']', '\n', 'İ', 'No. ', 'the ', 'cc', 'Nr', '/'),
  );
  const keyed = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

  test.prop([keyed, fc.nat(), fc.nat()])('never false where keyBefore holds', (s, at, list) => {
    const [keys, gate] = GATED[list % GATED.length] as readonly [readonly string[], RegExp];
    const start = s.length === 0 ? 0 : at % (s.length + 1);
    if (keyBefore(s, start, keys)) expect(mayHoldKey(s, gate)).toBe(true);
  });

  test('false on a text that names none of the ids', () => {
    const away = (KEY_GATES_8['co-cc'] as { away: RegExp }).away;
    expect(mayHoldKey('Please call me back on 0044 20 7946 0958 about order 55512345.', away)).toBe(
      false,
    );
    expect(mayHoldKey('Mi CÉDULA es 52123456', away)).toBe(true);
    expect(mayHoldKey('Steuer-Nr. 21/815/08150', KEY_GATES_8['de-stnr']?.away ?? /$^/)).toBe(true);
    expect(mayHoldKey('Mi número de DNI', MAY_NAME)).toBe(true);
    expect(mayHoldKey('Mi número de pedido', MAY_NAME)).toBe(false);
  });
});
