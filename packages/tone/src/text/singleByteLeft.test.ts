import { describe, expect, it } from 'vitest';
import { mojibake } from './mojibake.js';
import { repairText } from './repairText.js';

// Single-byte cases the field audit and T61e left (issue #11, T63g), each written through
// iconv-lite (mojibake.ts) and repaired alone: what it must come back as, exactly.
describe('repairText: single-byte leftovers', () => {
  it('reads "Ō" through a page that writes it as a Māori letter (letterFit.ts mi)', () => {
    expect(mojibake('Ōtautahi', 'windows-1252')).toBe('ÅŒtautahi');
    expect(repairText('ÅŒtautahi').text).toBe('Ōtautahi');
    expect(mojibake('Taupō', 'windows-1250')).toBe('TaupĹŤ');
    expect(repairText('TaupĹŤ').text).toBe('Taupō');
    expect(repairText(mojibake('Kia ora, Whangārei me Taupō', 'windows-1250')).text).toBe(
      'Kia ora, Whangārei me Taupō',
    );
  });

  it('reads "Г" and an en dash before a Latin letter as "Ö" through Windows-1251', () => {
    expect(mojibake('Åsa Öberg', 'windows-1251')).toBe('Г…sa Г–berg');
    expect(repairText('Г…sa Г–berg').text).toBe('Åsa Öberg');
    expect(repairText(mojibake('Öl und Öberg', 'windows-1251')).text).toBe('Öl und Öberg');
    // A Cyrillic word after its capital and a dash is Russian, not mojibake.
    expect(repairText('Г–н Иванов').text).toBe('Г–н Иванов');
    expect(mojibake('Åsa Öberg', 'windows-1257')).toBe('Ć…sa Ć–berg');
    expect(repairText('Ć…sa Ć–berg').text).toBe('Åsa Öberg');
    expect(repairText(mojibake('Lingonsylt 400 g – Önos', 'windows-1257')).text).toBe(
      'Lingonsylt 400 g – Önos',
    );
  });

  it('reads "×", "·" and "–" alone through Windows-1257, 1252 and 1250', () => {
    expect(mojibake('pack ×3', 'windows-1257')).toBe('pack Ć—3');
    for (const page of ['windows-1257', 'windows-1252', 'windows-1250'] as const) {
      for (const text of ['pack ×3', '×3', 'Kava · piens', '·', '2–3 dienas', 'A–Z'])
        expect(repairText(mojibake(text, page)).text).toBe(text);
    }
    expect(repairText('Ā·').text).toBe('·');
    expect(repairText('ā€“').text).toBe('–');
    expect(repairText(mojibake('Av. Paulista, 1578 – 7º andar', 'windows-1257')).text).toBe(
      'Av. Paulista, 1578 – 7º andar',
    );
  });

  it('reads the Lithuanian "ė" ("Ä—") through Windows-1252, 1250 and 1257', () => {
    expect(mojibake('ėjimas', 'windows-1252')).toBe('Ä—jimas');
    for (const page of ['windows-1257', 'windows-1252', 'windows-1250'] as const) {
      expect(repairText(mojibake('Labas rytas, ėjimas', page)).text).toBe('Labas rytas, ėjimas');
      expect(repairText(mojibake('Ačiū, gėlės dėkui', page)).text).toBe('Ačiū, gėlės dėkui');
    }
  });

  it('reads "ù" glued inside a word as a worse misfit than two languages in one message', () => {
    expect(mojibake('Où est Peña ?', 'iso-8859-2')).toBe('OĂš est PeĂąa ?');
    expect(repairText('OĂš est PeĂąa ?').text).toBe('Où est Peña ?');
    expect(repairText(mojibake('Où est Peña ?', 'windows-1250')).text).toBe('Où est Peña ?');
  });

  it('reads "广州" through Windows-1252 ("¿" glued after "¹" opens no question)', () => {
    expect(mojibake('广州', 'windows-1252')).toBe('å¹¿å·ž');
    expect(repairText('å¹¿å·ž').text).toBe('广州');
    expect(repairText(mojibake('发往广州', 'windows-1252')).text).toBe('发往广州');
    // Through 1250 Slovak and Polish letters, each where a letter belongs, but Slovak's "ĺ" is a
    // syllable's nucleus and glues to no vowel ("ĺą"): read since T65e.
    expect(mojibake('广州', 'windows-1250')).toBe('ĺążĺ·ž');
    expect(repairText('ĺążĺ·ž').text).toBe('广州');
    for (const text of ['Dĺžka balíka je 40 cm', 'stĺp', 'vĺča', 'DĹŽKA', 'prehĺtať'])
      expect(repairText(text).changed).toBe(false);
  });

  it('leaves clean text with the same characters as it is', () => {
    for (const text of [
      'HYVÄ—PAREMPI', // Finnish in capitals, a dash glued after "Ä"
      'SÃO PAULO—RIO',
      'MAÇÃ — fruta',
      'Rīgā — 5 €',
      'A · B',
      'Ā, Ē, Ī, Ō, Ū',
      'Г–н Иванов',
      '¡¿Qué?!',
      'Nota¹ ¿Qué?',
      'Danke ❀ und ✿',
    ])
      expect(repairText(text).text).toBe(text);
  });

  // T64e: the field audit's single-byte misses after T63g, by cause.
  it('reads a lone dash, operator or unit through Mac Roman ("‚Äì", "‚àí", "¬∞", "¬±", "¬∑")', () => {
    expect(mojibake('Brunost 500 g – Tine', 'macintosh')).toBe('Brunost 500 g ‚Äì Tine');
    for (const text of [
      'Brunost 500 g – Tine',
      'Gedimino pr. 9–12',
      'Ribadeo (Lugo) – Galicia',
      'Freezer −18 °C',
      'Cable 2 m ± 5 %',
      'Tea 100 g · organic',
      'Av. Paulista, 1578 – 7º andar',
      // Were half repaired: the letter after the dash came back, the dash did not.
      'Lingonsylt 400 g – Önos',
      'Pierogi ruskie 400 g – Łowicz',
    ])
      expect(repairText(mojibake(text, 'macintosh')).text).toBe(text);
  });

  it('reads "Ö", "ö" and "½" alone through Windows-1250, 1251 and 1257 as through 1252', () => {
    expect(mojibake('Örebro', 'windows-1251')).toBe('Г–rebro');
    expect(repairText('Г–rebro').text).toBe('Örebro');
    expect(repairText('Ć–rebro').text).toBe('Örebro');
    for (const page of ['windows-1250', 'windows-1251', 'windows-1257'] as const)
      expect(repairText(mojibake('Storgatan 5, 1 tr ö.g.', page)).text).toBe(
        'Storgatan 5, 1 tr ö.g.',
      );
    expect(mojibake('Ring size ½', 'windows-1257')).toBe('Ring size Ā½');
    expect(repairText('Ring size Ā½').text).toBe('Ring size ½');
  });

  it('reads "×", "·", "°", "©", "−" and "≤" alone through Windows-1251', () => {
    for (const text of [
      'Aceite de oliva 1 l (pack ×3)',
      'Tea 100 g · organic',
      'Tŷ Newydd, Pen-y-bont ar Ogwr',
      'Temperature 21 °C',
      '© Meridian',
      'x − y',
      'n ≤ 5',
    ])
      expect(repairText(mojibake(text, 'windows-1251')).text).toBe(text);
  });

  it('reads "7º" through Windows-1250 ("7Âş") and "Huế" through 1257 ("Huįŗæ")', () => {
    expect(mojibake('7º', 'windows-1250')).toBe('7Âş');
    expect(repairText(mojibake('Av. Paulista, 1578 – 7º andar', 'windows-1250')).text).toBe(
      'Av. Paulista, 1578 – 7º andar',
    );
    expect(repairText('Nº 7Âş').text).toBe('Nº 7º');
    expect(mojibake('Huế', 'windows-1257')).toBe('Huįŗæ');
    expect(repairText('Huįŗæ').text).toBe('Huế');
  });

  it('leaves logic, faces, quotes and words with those characters as they are', () => {
    for (const text of [
      'OK??:(   `¬´    ):', // ftfy's negative "angry face"
      // Three of them: "¬´" gained 1 each, Mac Roman's "«", and three voted the page in (T65e,
      // singleByteLeft.prop at FC_SEED=1894718857).
      '`¬´ `¬´ `¬´',
      '`¬´ ok `¬´ ok `¬´ ok `¬´',
      '¬p ∧ ¬¬q',
      'Er sagte ‚Äpfel‘ und ‚Über‘',
      'Âşık Veysel', // Turkish: "Â" opens the word, apart from any number
      'Ăsta e bun',
      'В «Газпроме» цена в € и в „рублях“',
      'Вінниця', // Ukrainian "Ві"
      'COL·LECCIÓ, CRÉÉ·E·S',
    ])
      expect(repairText(text).text).toBe(text);
  });
});

// T65e: the field audit's single-byte misses after T64e, by cause.
describe('repairText: single-byte leftovers after T64e', () => {
  it('reads Azerbaijani "ə" as a letter, not a phonetic sign ("G…ônc…ô" → "Gəncə")', () => {
    expect(mojibake('Gəncə', 'macintosh')).toBe('G…ônc…ô');
    for (const text of ['Gəncə', 'Lənkəran', 'Şəki', 'ƏLİYEV'])
      for (const page of ['macintosh', 'windows-1252', 'windows-1250', 'gbk'] as const)
        expect(repairText(mojibake(text, page)).text).toBe(text);
    for (const text of ['Bakı, Nizami küçəsi 5', 'Gəncə', 'ƏLİYEV', 'Lənkəran şəhəri'])
      expect(repairText(text).changed).toBe(false);
  });

  it('reads Welsh "ŷ" as a letter: "Tŷ Newydd" through every page, ftfy\'s Slovak "š" still "š"', () => {
    expect(mojibake('Tŷ Newydd', 'windows-1252')).toBe('TÅ· Newydd');
    for (const text of ['Tŷ Newydd, Pen-y-bont ar Ogwr', 'Sut mae? Dw i yn y tŷ.', 'tŷ bach'])
      for (const page of [
        'windows-1252',
        'windows-1250',
        'windows-1254',
        'windows-1257',
        'macintosh',
        'gbk',
        'shift_jis',
        'big5',
        'euc-kr',
      ] as const)
        expect(repairText(mojibake(text, page)).text).toBe(text);
    // ISO-8859-2 reads 1250's "Ĺˇ" as "ŷ": glued to a vowel it is no Welsh, and "š" wins.
    expect(repairText('NapĂ­Ĺˇte nĂˇm !').text).toBe('Napíšte nám !');
    expect(repairText(mojibake('Prosím, napište nám', 'windows-1250')).text).toBe(
      'Prosím, napište nám',
    );
    for (const text of ['Tŷ Newydd', 'gwŷn', 'Ŷd', 'Heol y Gŵr', 'Caerdydd: Tŷ Hafan'])
      expect(repairText(text).changed).toBe(false);
  });

  it('reads Mac Roman letter leads: Cyrillic dashes, Romanian "»", Swedish "√∂"', () => {
    for (const [text, broken] of [
      ['Ниш', '–ù–∏—à'],
      ['Bd. Ștefan cel Mare 14', 'Bd. »òtefan cel Mare 14'],
      ['Storgatan 5, 1 tr ö.g.', 'Storgatan 5, 1 tr √∂.g.'],
      ['Новац ћемо вратити у року од четрнаест дана.', ''],
      ['și', ''],
    ] as const) {
      if (broken !== '') expect(mojibake(text, 'macintosh')).toBe(broken);
      expect(repairText(mojibake(text, 'macintosh')).text).toBe(text);
    }
    // Clean: a dash between two places, a quotation opened with "»", mathematics under a root.
    for (const text of [
      'Malmö–Århus',
      'Köln—Düsseldorf',
      '»öffentlich«',
      'où’été',
      '√π ≈ 1,77',
      '√∑x²',
    ])
      expect(repairText(text).changed).toBe(false);
  });

  it('reads "Ї" after a consonant through Windows-1251 as a second byte, not Ukrainian', () => {
    expect(mojibake('دبي', 'windows-1251')).toBe('ШЇШЁЩЉ');
    for (const text of ['دبي', 'Dubai دبي', 'Ярослав', 'Moskva Я'])
      expect(repairText(mojibake(text, 'windows-1251')).text).toBe(text);
    for (const text of ['Україна', 'їжа', "в'їзд", 'в’їзд', 'Київ', 'її країні', 'ЇЖАК', 'Воїн'])
      expect(repairText(text).changed).toBe(false);
  });
});
