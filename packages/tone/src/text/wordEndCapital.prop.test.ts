import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { DEFAULT_PAGES, encoderFor } from './codePages.js';
import { mojibake } from './mojibake.js';
import { repairText } from './repairText.js';
import { wordEndCapitals } from './wordEndCapital.js';
import { wordEndCapitalsOracle } from './wordEndCapitalOracle.js';

const encoders = DEFAULT_PAGES.map((p) => encoderFor(p));

// wordEndCapitals against its oracle (wordEndCapitalOracle.ts), on texts of capitals and small
// letters (the languages' own among them), digits, spaces, the leads "Ã" and "Ă", the signs
// ’ “ ” ™ and the opening marks, with any set of pages a repair was applied through.
const pieces = fc.constantFrom(
  ...'AVOIPEYTSR aé1 .!:-'.split(''),
  ...'ÃĂÃĂ’“”™"\'„‘‚'.split(''),
  ...'ÂÎÇÕăşțĐơỹ'.split(''),
  'AVÃ”',
  'OĂ™',
  'NICIODATĂ™',
  // Pairs whose sign is an opening mark's character: a ” a lead holds opens nothing after it.
  'AVĂ” ',
  'CASĂ”',
  'PERÃ’ ',
);
const text = fc.array(pieces, { maxLength: 16 }).map((p) => p.join(''));
const repaired = fc.array(fc.nat(encoders.length - 1), { maxLength: 3 });

test.prop([text, repaired], { numRuns: 3000 })(
  'wordEndCapitals agrees with its oracle',
  (t, pages) => {
    const through = (i: number): boolean => pages.includes(i);
    expect(wordEndCapitals(t, encoders, through)).toEqual(
      wordEndCapitalsOracle(t, encoders, through),
    );
  },
);

// repairText reads every such capital, on its fast path (a text its scan proves quiet) as after
// its passes: what it returns holds none that the strictest reading (no repair beside) would take.
test.prop([text], { numRuns: 1000 })('repairText leaves no capital wordEndCapitals reads', (t) => {
  const out = repairText(t).text;
  expect(
    wordEndCapitals(out, encoders, () => false),
    out,
  ).toEqual([]);
});

describe('a capital at a word’s end through Windows-1252 and 1250, and the marks that close words (T59e)', () => {
  // Capital words ending in Ó, Ô, Ò or Ù (Hungarian, Portuguese, Spanish, Italian, French),
  // alone or in a subject line, broken once: they come back. Quoted Romanian, Portuguese and
  // Vietnamese words ending in "Ă" or "Ã", and "Ă™" after a consonant, stay as written.
  const capitalWord = fc.constantFrom(
    'AVÓ',
    'AVÔ',
    'JÓ',
    'ELADÓ',
    'AUTÓ',
    'LLEGÓ',
    'METRÔ',
    'PERÒ',
    'PUÒ',
    'OÙ',
    'PIÙ',
    'GIÙ',
  );
  const frame = fc.constantFrom(
    ['', ''],
    ['Re: ', ''],
    ['Betreff: ', '!'],
    ['', ' ?'],
    ['STATUT : ', '.'],
  );
  test.prop(
    [
      capitalWord,
      frame,
      fc.constantFrom('windows-1252', 'windows-1250') as fc.Arbitrary<
        'windows-1252' | 'windows-1250'
      >,
    ],
    { numRuns: 200 },
  )('come back', (w, [before, after], page) => {
    const original = `${before}${w}${after}`;
    const broken = mojibake(original, page);
    // Not what the page cannot write ("Ă" is Windows-1250's, "Ã" 1252's; ’ “ ” ™ are both's).
    if (broken === original) return;
    // "ô" and "ò" in 1250 and "Ò" "Ô" through 1250 (Ă” and Ă’ close Romanian words): left.
    if (page === 'windows-1250' && /[ÔÒ]/u.test(w)) return;
    expect(repairText(broken).text, broken).toBe(original);
  });

  // Romanian quotes „…” or „…“; Portuguese and Vietnamese “…” and ‘…’ (main reads "„IRMÃ“" as
  // "„IRMÓ" already: no language of "Ã" quotes so).
  const romanian = fc.tuple(
    fc.constantFrom('CASĂ', 'NICIODATĂ', 'ŢARĂ', 'DOUĂ', 'NOUĂ', 'SĂ'),
    fc.constantFrom(['„', '“'], ['„', '”'], ['"', '”'], ['Produsul „', '” este nou.']),
  );
  const tilde = fc.tuple(
    fc.constantFrom('IRMÃ', 'AMANHÃ', 'MAÇÃ', 'LÃ', 'ĐÃ', 'NGÃ', 'XÃ'),
    fc.constantFrom(
      ['“', '”'],
      ['‘', '’'],
      ['"', '”'],
      ['A minha “', '” chegou'],
      ['Anh ấy nói “', '” rồi'],
    ),
  );
  test.prop([fc.oneof(romanian, tilde)], { numRuns: 200 })(
    'stay when quoted',
    ([w, [open, close]]) => {
      const t = `${open}${w}${close}`;
      expect(repairText(t).changed, t).toBe(false);
    },
  );
  test.prop([fc.constantFrom('NICIODATĂ', 'CASĂ', 'ŢARĂ', 'DOUĂ', 'PLOUĂ', 'ŞCOALĂ')], {
    numRuns: 20,
  })('stay before a trademark after a consonant or "U"', (w) => {
    expect(repairText(`${w}™`).changed).toBe(false);
    expect(repairText(`Produsul ${w}™ este nou.`).changed).toBe(false);
  });
});
