import { fc, test } from '@fast-check/vitest';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { CODE_PAGES, encoderFor, spaceMayBeA0 } from './codePages.js';
import { repairText } from './repairText.js';

// A space after a stretch is read as the byte 0xA0 it once was only through a page that reads
// 0xA0 as a no-break space (codePages.ts spaceMayBeA0). Clean text writes a page's lead bytes
// glued after a word and then a space: Mac Roman's "√" (0xC3, "à" with the space), a Cyrillic,
// Greek or Central European capital ending a word. None of these texts may change.

/** The pages whose byte 0xA0 decodes to U+00A0, as iconv-lite reads them (the oracle). */
const nbspAtA0 = (page: (typeof CODE_PAGES)[number]): boolean =>
  iconv.decode(Buffer.from([0xa0]), page) === '\u00a0';

describe('spaceMayBeA0', () => {
  it('holds for a single-byte page exactly when its 0xA0 is a no-break space', () => {
    const single = CODE_PAGES.filter((p) => !encoderFor(p).doubleByte);
    const refused = single.filter((p) => !spaceMayBeA0(encoderFor(p)));
    expect(refused).toEqual(single.filter((p) => !nbspAtA0(p)));
    expect(refused).toEqual(['koi8-r', 'koi8-u', 'macintosh', 'cp437']);
  });

  it('leaves a tick glued after a word as it is, and still reads "Ã " as "à"', () => {
    for (const clean of [
      'Meridian√ Support',
      'a√ b',
      'check√ ok',
      'done√ ok',
      'I√ agree',
      'done√  ok',
      'x √ y',
      'OK√ ',
      '√ done',
    ])
      expect(repairText(clean).text).toBe(clean);
    expect(repairText('voilÃ  tout').text).toBe('voilà tout');
    expect(repairText('hÃ ng').text).toBe('hàng');
  });
});

// Words, and the characters a clean text writes glued after them before a space.
const LATIN = ['done', 'check', 'Meridian', 'OK', 'I', 'a', 'ticket', 'Paid', 'x2'];
const MAC_SIGNS = ['√', '∫', '≈', 'ƒ', '∆', '¬', '«', '»', '…', '–', '—', '“', '”', '’', '◊'];
const GLUED = [
  { words: LATIN, ends: MAC_SIGNS, after: [...LATIN, 'ok', 'Support', 'élan'] },
  // Windows-1251's 0xD0 and 0xD1: "Р" and "С" ending a Cyrillic word ("ВЕЧЕР", "ВЕС").
  {
    words: ['ВЕЧЕ', 'ТОВА', 'ЗАКАЗ', 'СЕ', 'Сча', 'ДО'],
    ends: ['Р', 'С', 'Т', 'Ы', 'Я'],
    after: ['ok', 'товар', 'Москва', 'прийти'],
  },
  // KOI8-R's 0xC2-0xDF are lowercase Cyrillic letters ("вечер" ends in 0xD2).
  {
    words: ['вече', 'това', 'пришл', 'ка'],
    ends: ['р', 'с', 'т', 'о', 'и', 'м'],
    after: ['ok', 'прийти', 'Москва'],
  },
  // Windows-874's 0xC2-0xD9: Thai letters ("อาหาร" ends in 0xC3, "à" with the space).
  {
    words: ['อาหา', 'ร้านอาหา', 'ขอบคุ'],
    ends: ['ร', 'ย', 'ล', 'ว', 'ส', 'ณ'],
    after: ['ok', 'อร่อย', 'ครับ'],
  },
  // Windows-1256's 0xC2-0xDF: Arabic letters ending a word ("سر", "كتاب").
  {
    words: ['كتا', 'س', 'شك', 'مسا'],
    ends: ['ب', 'ر', 'ت', 'د', 'ء'],
    after: ['ok', 'الخير', 'جدا'],
  },
  // Windows-1253's 0xC2-0xD3: Greek capitals ending a word ("ΚΑΛΗΜΕΡΑ", "ΦΙΛΕ").
  {
    words: ['ΚΑΛΗΜΕ', 'ΦΙΛ', 'ΑΝΘΡΩΠΟ', 'ΝΕ'],
    ends: ['Β', 'Γ', 'Δ', 'Ε', 'Π', 'Ρ', 'Σ', 'Ο'],
    after: ['ok', 'καλή', 'ημέρα', 'Αθήνα'],
  },
  // Windows-1250's 0xC2-0xDF: Central European capitals ending a word ("CASĂ", "ŽENÉ").
  {
    words: ['CAS', 'ŽEN', 'MĚST', 'DOBR', 'KO', 'PAN'],
    ends: ['Ă', 'Â', 'É', 'Ě', 'Í', 'Ó', 'Ř', 'Ů', 'Ú', 'Ý', 'Č', 'Ń'],
    after: ['ok', 'mare', 'dobrý', 'Praha'],
  },
];

const gluedText = fc
  .constantFrom(...GLUED)
  .chain((g) =>
    fc.tuple(
      fc.constantFrom(...g.words),
      fc.constantFrom(...g.ends),
      fc.constantFrom(' ', '  '),
      fc.constantFrom(...g.after),
    ),
  )
  .map(([w, e, gap, a]) => `${w}${e}${gap}${a}`);

describe('a clean word, a lead byte of a page glued after it, a space and a word', () => {
  test.prop([gluedText], { numRuns: 400 })('never changes', (text) => {
    expect(repairText(text).text).toBe(text);
  });

  // Inside an ASCII sentence, a Mac Roman sign glued after a word: no other non-ASCII text there.
  test.prop(
    [
      fc.constantFrom(...LATIN),
      fc.constantFrom(...MAC_SIGNS),
      fc.constantFrom('ok', 'Support', 'agree', 'shipped'),
    ],
    { numRuns: 150 },
  )('never changes in an ASCII sentence', (word, sign, next) => {
    const text = `Re: ticket 4521, ${word}${sign} ${next} today (see log).`;
    expect(repairText(text).text).toBe(text);
  });
});
