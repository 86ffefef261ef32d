// cellKind keeps its answers per list of reference words (a table's loose rows ask it for the same
// header cell once per value of the column, issue #14, V55d): in any order of asking, over cells
// that repeat and lists that share them, the kept answers must be the ones read afresh.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { cellKind, cellKindPlain, referenceWords } from './context.js';
import { PHONE_WORDS, REFERENCE_WORDS, VERSION_WORDS } from './keywords.js';

const LISTS = [
  REFERENCE_WORDS,
  VERSION_WORDS,
  referenceWords('pl-PL'),
  referenceWords('de-DE'),
  referenceWords('ja-JP'),
] as const;

// Pieces of header cells: phone, reference and version words, prose's ", ", marks typed apart.
const PIECE = fc.oneof(
  fc.constantFrom(...PHONE_WORDS.slice(0, 40)),
  fc.constantFrom(...REFERENCE_WORDS.slice(0, 40)),
  fc.constantFrom(...VERSION_WORDS.slice(0, 20)),
  fc.constantFrom('Telefon', 'Bestellnummer', 'Uwagi', 'Imię', 'Version', 'Order ID', '注文番号'),
  fc.constantFrom(' ', ', ', ': ', '#', 'e\u0301', 'x', '[', ']'),
);
const CELL = fc.array(PIECE, { maxLength: 6 }).map((p) => p.join(''));

describe('cellKind', () => {
  test.prop(
    [
      fc.array(CELL, { minLength: 1, maxLength: 6 }),
      fc.array(fc.tuple(fc.nat(), fc.nat({ max: LISTS.length - 1 })), { maxLength: 40 }),
    ],
    { numRuns: 100 },
  )('agrees with its plain reading in any order of asking', (cells, asks) => {
    for (const [c, l] of asks) {
      const cell = cells[c % cells.length] as string;
      const list = LISTS[l] as readonly string[];
      expect(cellKind(cell, list)).toBe(cellKindPlain(cell, list));
    }
  });

  it('tells one cell apart by the list it is read with', () => {
    // The same header cell names a reference to one list and nothing to another: an answer kept
    // for one list is not another's.
    expect(cellKind('Bestellnummer', REFERENCE_WORDS)).toBe('reference');
    expect(cellKind('Bestellnummer', VERSION_WORDS)).toBe('none');
    expect(cellKind('Telefon', VERSION_WORDS)).toBe('own');
    expect(cellKind('Telefon', VERSION_WORDS)).toBe('own');
  });
});
