import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { mojibake } from './mojibake.js';
import { repairText } from './repairText.js';

// T64e. A sign standing alone between ASCII words (a dash, a unit, an operator, a quote) through
// Mac Roman or Windows-1251, the field audit's last single-byte misses: Mac Roman reads the lead
// of U+2000-U+27FF as "‚" and that of the Latin-1 signs as "¬" ("‚Äì" for "–", "¬∞" for "°"),
// Windows-1251 reads them as "в" and "В" ("в‰¤" for "≤", "В°" for "°"), letters and signs that
// cost nothing beside each other until these pairs did (cost.ts).
const word = fc.constantFrom('Tea', 'organic', '100 g', 'Size', 'x', 'Freezer', '7', 'A', 'ok');

describe('a sign alone between ASCII words comes back (T64e)', () => {
  const macSign = fc.constantFrom(...'–—−±°·º•…’“”€™≤≥≠∞½¼©®§¶µ×→');
  test.prop([word, macSign, word], { numRuns: 300 })('through Mac Roman', (a, s, b) => {
    const text = `${a} ${s} ${b}`;
    expect(repairText(mojibake(text, 'macintosh')).text).toBe(text);
  });

  // Not "º", "¼": 1251 reads their second byte as a Cyrillic letter ("Вє", "Вј"), and Ukrainian
  // writes "Ві", "Вє", Montenegrin "Вјера" (left, docs/tone.md). "½" and "¾" ("ВЅ", "Вѕ": no word
  // opens with "вѕ") since T69e.
  const sign1251 = fc.constantFrom(...'–—−±°·•…’“”€™≤≥≠∞©®§¶µ½¾');
  test.prop([word, sign1251, word], { numRuns: 300 })('through Windows-1251', (a, s, b) => {
    const text = `${a} ${s} ${b}`;
    expect(repairText(mojibake(text, 'windows-1251')).text).toBe(text);
  });
});

describe('clean text with the same characters stays as it is (T64e)', () => {
  // Logic and faces write "¬" before a formula or an accent; German opens a quotation with "‚";
  // Russian writes "в" before a quote or a price; Catalan and inclusive French glue "·" inside
  // words. ("В«Газпроме»", glued, was read as "«Газпроме»" before T64e as after: left.)
  const clean = fc.constantFrom(
    '¬p ∧ q',
    '¬¬p',
    '¬(a ∨ b)',
    '`¬´',
    '‚Äpfel‘',
    '‚Über‘',
    'В «Газпроме»',
    'в„Газпроме“',
    'цена в €',
    'COL·LECCIÓ',
    'CRÉÉ·E·S',
    'Âşık Veysel',
    'Ăsta',
    'Г–н Иванов',
    'Ві',
    'Вјера',
    'Ѕвезда',
  );
  test.prop([fc.array(fc.oneof(clean, word), { minLength: 1, maxLength: 4 })], { numRuns: 200 })(
    'untouched',
    (ws) => {
      const text = ws.join(' ');
      expect(repairText(text).changed).toBe(false);
    },
  );
});

describe('Mac Roman letter leads (T65e)', () => {
  // Mac Roman reads the lead byte of every Cyrillic and Armenian letter as a dash or a single
  // quotation mark ("–ù–∏—à" for "Ниш") and Romanian's "Ș", "ș", "ț" as "»" before an accented
  // letter ("»òtefan"); the cost model charged too little for either to be read.
  const foreign = fc.constantFrom(
    'Ниш',
    'На',
    'Москва',
    'привет',
    'Ђорђе',
    'Київ',
    'Երևան',
    'Ștefan',
    'București',
    'ședință',
  );
  test.prop([word, foreign, word], { numRuns: 200 })(
    'a word through Mac Roman comes back',
    (a, w, b) => {
      const text = `${a} ${w} ${b}`;
      expect(repairText(mojibake(text, 'macintosh')).text).toBe(text);
    },
  );

  // Clean words with accented letters glued by dashes and quotation marks, as names and places
  // are joined ("Malmö–Århus", "l’été"), or opening a quotation ("»öffentlich«", German). Not
  // "»" before a small "õ": Mac Roman's "ț" ("»õara" for "țara"); Estonian, the language that
  // writes "õ", opens its quotations with "„" or "«" (Wikipedia, "Quotation mark", its summary
  // table, read 2026-12-05), never with "»".
  const accented = fc.constantFrom(
    'Malmö',
    'Århus',
    'Zürich',
    'Genève',
    'café',
    'été',
    'Über',
    'öffentlich',
    'ñandú',
    'où',
    'Ça',
    'Éric',
    'Õun',
  );
  const glue = fc.constantFrom('–', '—', '‘', '’', '“', '”', ' – ', ' »', ' „');
  test.prop([accented, glue, accented], { numRuns: 300 })(
    'clean words joined so stay',
    (a, g, b) => {
      const text = `${a}${g}${b}`;
      expect(repairText(text).changed).toBe(false);
    },
  );
});
