import { fc, test } from '@fast-check/vitest';
import iconv from 'iconv-lite';
import { afterAll, describe, expect } from 'vitest';
import { charInfo } from './charClass.js';
import { CODE_PAGES } from './codePageList.js';
import {
  forgetLongWindows,
  pairCost,
  pairCostOnce,
  resetPairMemo,
  resetWindowMemo,
  segmentCost,
  windowCost,
  windowCostOnce,
} from './cost.js';
import { mojibake } from './mojibake.js';
import { repairText } from './repairText.js';

// Characters the cost model tells apart: ASCII letters and spaces, Latin-1 mojibake, C1 controls,
// combining marks, Cyrillic, Greek, Han, fullwidth punctuation, math signs, emoji.
const CHARS = [..."aZ áį»ş•…é\u00a0ÃÂâ€‚œ™©¨¸ÐÑ¿\u0093\u0301пЖαΣ中文、！√∑±😀'-.’«»„‰É!?"].map(
  (c) => c.codePointAt(0) ?? 0,
);
// Spaces, lowercase letters and lead-byte capitals weigh more: the lone-capital rule needs all three.
const cps = fc.array(
  fc.oneof(fc.constantFrom(0x20, 0x61, 0xc3, 0x436), fc.constantFrom(...CHARS)),
  {
    maxLength: 14,
  },
);

describe('windowCost', () => {
  test.prop([cps, fc.nat(), fc.nat(), fc.nat(), fc.nat()], { numRuns: 2000 })(
    'read in place over [lo, hi) is the cost of the same window copied out',
    (all, a, b, c, d) => {
      const [lo, s, e, hi] = [a, b, c, d].map((x) => x % (all.length + 1)).sort((x, y) => x - y);
      const copy = all.slice(lo, hi);
      expect(windowCost(all, s as number, e as number, lo, hi)).toBe(
        windowCost(copy, (s as number) - (lo as number), (e as number) - (lo as number)),
      );
      expect(windowCost(copy, (s as number) - (lo as number), (e as number) - (lo as number))).toBe(
        segmentCost(all.slice(s, e), all.slice(lo, s), all.slice(e, hi)),
      );
    },
  );
});

describe("windowCost's memo (T66d)", () => {
  afterAll(() => resetWindowMemo());
  // Windows asked in any order, of one array read at many places, each asked twice: the memo's
  // answer (found, or computed and kept) is always the cost computed afresh. The windows share
  // their characters (a small alphabet), so that one window is often met again under another
  // segment or at another length. With one slot, every window takes the slot of the one before:
  // each part of the key (length, segment, characters) tells it from that one.
  const text = fc.array(fc.constantFrom(...CHARS.slice(0, 12), 0x20, 0xc3), { maxLength: 24 });
  const windows = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()), {
    minLength: 1,
    maxLength: 30,
  });
  test.prop([text, windows], { numRuns: 1000 })(
    'answers what windowCostOnce computes, with its slots or with one',
    (all, asked) => {
      for (const bits of [0, 13]) {
        resetWindowMemo(bits);
        for (const [a, b, c, d] of [...asked, ...asked]) {
          const [lo, s, e, hi] = [a, b, c, d]
            .map((x) => x % (all.length + 1))
            .sort((x, y) => x - y) as [number, number, number, number];
          expect(windowCost(all, s, e, lo, hi)).toBe(windowCostOnce(all, s, e, lo, hi));
        }
      }
    },
  );
});

describe("windowCost's long windows of a call (V53d)", () => {
  afterAll(() => forgetLongWindows());
  // Windows over 16 characters (the memo above keeps only shorter ones) asked in any order, many
  // of them again: the same characters under another segment, the same length and segment over
  // other characters, and the array written between asks (textCost writes one scratch array for
  // every decoded text), so that a kept window must be its characters, not the array it was read
  // from. Each answer is the cost computed afresh.
  const text = fc.array(fc.constantFrom(...CHARS.slice(0, 12), 0x20, 0xc3, 0x436), {
    minLength: 17,
    maxLength: 48,
  });
  const asks = fc.array(
    fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat(), fc.nat(), fc.constantFrom(0x61, 0xc3, 0x20ac)),
    { minLength: 1, maxLength: 40 },
  );
  test.prop([text, asks], { numRuns: 1000 })(
    'answers what windowCostOnce computes, the array rewritten between asks',
    (all, asked) => {
      forgetLongWindows();
      for (const [a, b, c, d, w, cp] of [...asked, ...asked]) {
        const [lo, s, e, hi] = [a, b, c, d]
          .map((x) => x % (all.length + 1))
          .sort((x, y) => x - y) as [number, number, number, number];
        expect(windowCost(all, s, e, lo, hi)).toBe(windowCostOnce(all, s, e, lo, hi));
        // One character rewritten now and then: a window kept before it is no longer this one.
        if (w % 3 === 0) all[w % all.length] = cp;
      }
    },
  );
});

describe("pairCost's memo (U51e)", () => {
  afterAll(() => resetPairMemo());
  // Text of many scripts, clean and broken: words of Latin, Cyrillic, Greek, Arabic, Hebrew, Thai,
  // Devanagari, Han, kana and Hangul, combining marks, signs and emoji, any code point of the BMP,
  // and the mojibake of such words through any page repairText knows. Each pair is asked twice
  // (the second time it may be found), with all the slots and with one, where every pair takes
  // the slot of the one before and both of its code points are compared.
  const words = fc.constantFrom(
    'Straße',
    'Über',
    'naïve café',
    'Москва',
    'Україна',
    'Αθήνα',
    'مرحبا',
    'שלום',
    'ดูก่อน',
    'नमस्ते',
    '广州市',
    'ｶﾀｶﾅ。',
    'こんにちは',
    '안녕하세요',
    'Nguyễn',
    'e\u0301',
    'x ≥ 5 ±2 √π',
    '«ça» — “ok” ‘é’',
    '😀❤★',
    'Ŷ ĺ ß ї',
  );
  const piece = fc.oneof(
    words,
    fc.tuple(words, fc.constantFrom(...CODE_PAGES)).map(([w, page]) => mojibake(w, page)),
    fc
      .integer({ min: 0, max: 0xffff })
      .map((c) => String.fromCodePoint(c >= 0xd800 && c < 0xe000 ? 0x20 : c)),
    fc.constantFrom(' ', '\u00a0', '-', "'", '.'),
  );
  const text = fc
    .array(piece, { maxLength: 12 })
    .map((ps) => [...ps.join('')].map((c) => c.codePointAt(0) ?? 0));
  // The pairs of the text, then pairs of its characters asked in any order (a pair met right
  // after another that shares its first character, or its second).
  const order = fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 40 });
  test.prop([text, order], { numRuns: 1000 })(
    'answers what pairCostOnce computes, with its slots or with one',
    (all, asked) => {
      const pairs: [number, number][] = [];
      for (let i = 1; i < all.length; i++) pairs.push([all[i - 1] as number, all[i] as number]);
      for (const [a, b] of asked)
        if (all.length > 0)
          pairs.push([all[a % all.length] as number, all[b % all.length] as number]);
      for (const bits of [0, 14]) {
        resetPairMemo(bits);
        for (const [p, c] of [...pairs, ...pairs])
          expect(pairCost(p, c, charInfo(p), charInfo(c))).toBe(
            pairCostOnce(p, c, charInfo(p), charInfo(c)),
          );
        // A window computed afresh (windowCostOnce asks pairCost) with one slot or all of them.
        resetPairMemo(bits);
        const once = windowCostOnce(all, 0, all.length);
        resetPairMemo(14);
        expect(once).toBe(windowCostOnce(all, 0, all.length));
      }
    },
  );
});

describe('"Ö", "Ä", "Ü" opening a word through Windows-1250', () => {
  // Any word of small letters after the capital, in any of a message's places for a name or a file.
  test.prop(
    [
      fc.constantFrom('Ö', 'Ä', 'Ü'),
      fc.stringMatching(/^[a-z]{2,9}$/),
      fc.constantFrom('', 'Klient: ', 'Anhang_', '/home/ayse/', 'Mulțumim. Client: '),
      fc.constantFrom('', '.pdf', ', nr 4471', '_2026.png'),
    ],
    { numRuns: 200 },
  )('is restored wherever it opens the word', (capital, rest, before, after) => {
    const word = `${capital}${rest}`;
    expect(repairText(`${before}${mojibake(word, 'windows-1250')}${after}`).text).toBe(
      `${before}${word}${after}`,
    );
  });
});

describe('signs after an ASCII word, and French spaces (T56e)', () => {
  // "â" ending a word glued to „ † ‡ ‰ ‹ costs 3, "™" and "®" after an ASCII letter nothing: a
  // sign of the letterlike, arrow and operator blocks comes back glued to a word or between ASCII.
  const word = fc.stringMatching(/^[A-Za-z]{1,10}$/);
  test.prop(
    [
      word,
      fc.constantFrom('™', '®'),
      fc.constantFrom('≥', '≠', '≤', '≈', '≡', '→', '←', '⇒', '№', '∞', '™'),
      fc.constantFrom('5', '0', 'b', 'Support'),
    ],
    { numRuns: 300 },
  )('are restored through Windows-1252, and left alone clean', (w, glued, sign, after) => {
    for (const text of [`${w}${glued} ${after}`, `if (${w} ${sign} ${after}) return`]) {
      expect(repairText(text).changed, text).toBe(false);
      expect(repairText(mojibake(text, 'windows-1252')).text, text).toBe(text);
    }
  });

  // A no-break space between a word and » ; : ! ? is French typography: a word ending in a capital
  // ("ÉTÉ") keeps it, broken once, instead of reading "É\u00a0" as "ɠ" one layer further down.
  test.prop(
    [
      // "été" before "»" (E9 A0 BB is "頻") and "OÙ" (D9 A0 is "٠") since T57c (frenchSpace.ts).
      fc.constantFrom(
        'été',
        'payé',
        'OÙ',
        'ÉTÉ',
        'CASSÉ',
        'Numéro',
        'CAFÉ',
        'ÇA',
        'OÙ EST-CE',
        'déjà vu',
        'prêt',
        'Noël',
      ),
      fc.constantFrom('»', ';', ':', '!', '?'),
      fc.constantFrom('', '«\u00a0', 'Re\u00a0: '),
    ],
    { numRuns: 200 },
  )('keep a word before a no-break space and » ; : ! ?', (w, sign, before) => {
    const text = `${before}${w}\u00a0${sign}`;
    expect(repairText(text).changed, text).toBe(false);
    expect(repairText(mojibake(text, 'windows-1252')).text, text).toBe(text);
  });
});

describe('a capital at the end of a word (T57e)', () => {
  // "Ã" or "Ă" glued to € ‚ ˆ „ † ‡ ‰ ‹ closing a word after a letter or ASCII costs 3: French,
  // German, Spanish and Portuguese capitals ending in an accented capital come back through every
  // page that writes them losslessly (Windows-1252, -1250, Latin-1, ISO-8859-15, Mac Roman).
  const PAGES = ['windows-1252', 'windows-1250', 'iso-8859-1', 'iso-8859-15', 'macintosh'] as const;
  test.prop(
    [
      fc.constantFrom(
        'PAYÉ',
        'CAFÉ',
        'ARRIVÉ',
        'ANNULÉ',
        'RÉSUMÉ',
        'DÉJÀ',
        'VOILÀ',
        'MENÜ',
        'PARVENÜ',
        'ESTÁ',
        'MAMÁ',
        'PERÚ',
        'BAMBÚ',
        'ATÉ',
        'JÁ',
        'BEBÉ',
      ),
      fc.constantFrom('', 'Statut : ', 'Re: ', 'Pedido '),
      fc.constantFrom('', ' COLIS :', '!', '.', ', merci', ' 12'),
      fc.constantFrom(...PAGES),
    ],
    { numRuns: 400 },
  )('come back through each lossless page, and stay clean', (w, before, after, page) => {
    const text = `${before}${w}${after}`;
    expect(repairText(text).changed, text).toBe(false);
    if (!iconv.decode(iconv.encode(text, page), page).includes(text)) return;
    const broken = mojibake(text, page);
    if (iconv.encode(broken, page).toString('utf8') !== text) return;
    expect(repairText(broken).text, `${page}: ${broken}`).toBe(text);
  });
});

describe('capital words and French phrases through 1252 and 1250 (T58a)', () => {
  // A capital word, alone or between French guillemets or after "Voilà", broken once through
  // Windows-1252 or 1250 where that page writes it, comes back as the original (NFC).
  test.prop(
    [
      fc.constantFrom(
        'LA',
        'LÀ',
        'AQUÍ',
        'VOCÊ',
        'ÊTRE',
        'GRÖßE',
        'NAÏVE',
        'DÉJÀ',
        'PAYÉ',
        'ÎLE',
        'ÂGE',
        'CASĂ',
        'ÎNCÂNTAT',
        'ŞTIINŢĂ',
      ),
      fc.constantFrom(
        ['', ''],
        ['« ', ' »'],
        ['«\u00a0', '\u00a0»'],
        ['Voilà « ', ' »'],
        ['Re: ', '!'],
      ),
      fc.constantFrom('windows-1252', 'windows-1250'),
    ],
    { numRuns: 300 },
  )('come back, and stay clean', (w, [before, after], page) => {
    const text = `${before}${w}${after}`.normalize('NFC');
    expect(repairText(text).changed, text).toBe(false);
    if (!iconv.decode(iconv.encode(text, page), page).includes(text)) return;
    const broken = mojibake(text, page);
    if (iconv.encode(broken, page).toString('utf8') !== text) return;
    expect(repairText(broken).text, `${page}: ${broken}`).toBe(text);
  });
});

describe('currency signs through the pages that read E2 82 as "â‚" (T59g)', () => {
  // Every sign of the Currency Symbols block (U+20A0-U+20C0), before or after an amount, alone or
  // in a sentence, broken once through Windows-1252, 1250, 1254 or 1258, comes back.
  const signs = Array.from({ length: 0x21 }, (_, k) => String.fromCodePoint(0x20a0 + k));
  test.prop(
    [
      fc.constantFrom(...signs),
      fc.nat({ max: 99_999 }),
      fc.constantFrom('', ' '),
      fc.boolean(),
      fc.constantFrom('', 'Total: ', 'Tổng cộng: ', 'Preis ', 'Fiyat: '),
      fc.constantFrom('windows-1252', 'windows-1250', 'windows-1254', 'windows-1258'),
    ],
    { numRuns: 300 },
  )('come back beside an amount', (sign, amount, gap, before, lead, page) => {
    const text = before ? `${lead}${sign}${gap}${amount}` : `${lead}${amount}${gap}${sign}`;
    const broken = mojibake(text, page);
    expect(repairText(broken).text, `${page}: ${broken}`).toBe(text);
  });
});

describe('French questions opening with a capital (T59e)', () => {
  // "Où est mon colis ?" and its kin, with a space or a no-break space before ? and !, broken once
  // through each page that loses none of their bytes: each comes back; clean, each stays. On main
  // 84 of 600 such readings stayed broken ("OÃ¹ est mon colis ?").
  test.prop(
    [
      fc.constantFrom('Où', 'Où est', 'Où en est', 'Ça', 'Été', 'À', 'Déjà', 'Voilà', 'Très'),
      fc.constantFrom(' mon colis', ' ma commande', ' le remboursement', ''),
      fc.constantFrom(' ?', '\u00a0?', ' !', '\u00a0!', ''),
      fc.constantFrom('windows-1252', 'iso-8859-1', 'windows-1250', 'iso-8859-15', 'macintosh'),
    ],
    { numRuns: 300 },
  )('come back, and stay clean', (start, rest, end, page) => {
    const text = `${start}${rest}${end}`;
    expect(repairText(text).changed, text).toBe(false);
    const broken = mojibake(text, page as Parameters<typeof mojibake>[1]);
    if (iconv.encode(broken, page).toString('utf8') !== text) return;
    expect(repairText(broken).text, `${page}: ${broken}`).toBe(text);
  });
});

// T61e: Vietnamese words holding a letter of U+1EC0-U+1EFF ("á»" and one more through the Latin
// pages) come back through each page that reads 0xE1 as "á" and 0xBB as "»", when no byte was lost
// on the way; a word ending in "ỹ", "Ỳ" or "ỳ" ("Mỹ": "á»¹", a footnote after a closing
// guillemet) is left out, a known gap. And Spanish, Portuguese, French and German text quoting
// words after "á", with the marks that may follow a closing guillemet, is never changed.
describe('"á»" glued to a sign or letter (T61e)', () => {
  const vietnamese = fc.constantFrom(
    ...'Nguyễn Thị Hồng Tổng cộng mới với Người Việt Hội nhiệt độ Hữu Phước chỉ giữ lỗi sẽ hệ sớm nhất hiểu NGUYỄN TỔNG CỘNG Phố Huế tiếp đổi Ngọc Đức kiểm thời Quốc Dũng Tuyết Lực'.split(
      ' ',
    ),
  );
  const ascii = fc.constantFrom('xin', 'chao', 'Minh', 'Anh', 'tra', 'gian', '12', 'Hanoi');
  const words = fc.array(fc.oneof(vietnamese, ascii), { minLength: 1, maxLength: 5 });
  const page = fc.constantFrom(
    'windows-1252',
    'windows-1250',
    'windows-1254',
    'iso-8859-1',
    'iso-8859-9',
    'iso-8859-15',
  ) as fc.Arbitrary<'windows-1252'>;
  test.prop([words, page, fc.constantFrom(' ', ', ', ': ')], { numRuns: 300 })(
    'Vietnamese words come back through each Latin page',
    (ws, p, gap) => {
      const text = ws.join(gap);
      const broken = mojibake(text, p, 'strict');
      fc.pre(!broken.includes('\ufffd'));
      expect(repairText(broken).text).toBe(text);
    },
  );

  const quoted = fc.constantFrom('está', 'ESTÁ', 'já', 'acá', 'mamá', 'Bonjour', 'Hallo', 'José');
  const after = fc.constantFrom('', '…', '”', '’', '—', '–', ' •', '¹', '.', ',', '!', '»');
  const lead = fc.constantFrom('Dijo ', 'Él escribió: ', 'Preis ', '', 'Ela disse ');
  test.prop([lead, quoted, after, fc.constantFrom('«', '»', '„'), fc.boolean()], {
    numRuns: 300,
  })('text quoting a word after "á" is never changed', (l, q, a, open, tail) => {
    const close = open === '»' ? '«' : open === '«' ? '»' : '“';
    const text = `${l}${open}${q}${close}${a}${tail ? ' y se fue' : ''}`;
    expect(repairText(text).changed).toBe(false);
  });
});
