import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { mojibake } from './mojibake.js';
import { repairText } from './repairText.js';

// A capital at a word's end broken through Windows-1252 or 1250 into "Ã" or "Ă" and ’ “ ” ™
// (T59e, wordEndCapital.ts): "AVÃ”" ("AVÔ"), "AVĂ“" ("AVÓ"), "OĂ™" ("OÙ") stayed as they came,
// and clean Romanian "NICIODATĂ™" (ftfy's negative) and "CASĂ”" (T58a's trap) must stay.

describe('a capital at a word’s end read from the message (T59e)', () => {
  it('restores Ó, Ô, Ò and Ù closing a capital word where no mark opened a quotation', () => {
    const cases: [string, 'windows-1252' | 'windows-1250'][] = [
      ['AVÔ', 'windows-1252'],
      ['AVÓ', 'windows-1250'],
      ['OÙ', 'windows-1250'],
      ['PIÙ', 'windows-1250'],
      ['Re: OÙ EST MON COLIS ?', 'windows-1250'],
      ['ELADÓ', 'windows-1250'],
      ['JÓ REGGELT', 'windows-1250'],
      ['Tárgy: AUTÓ', 'windows-1250'],
      ['METRÔ', 'windows-1252'],
      ['PERÒ', 'windows-1252'],
      ['MA PUÒ ARRIVARE?', 'windows-1252'],
    ];
    for (const [text, page] of cases)
      expect(repairText(mojibake(text, page)).text, `${page}: ${text}`).toBe(text);
  });

  it('restores "Ă”" and "Ă™" after a consonant where the message holds other 1250 mojibake', () => {
    // "Ă”" closes Romanian „…” quotes and "Ă™" may follow a Romanian word: alone they stay.
    expect(repairText(mojibake('AVÔ', 'windows-1250')).text).toBe('AVĂ”');
    expect(repairText(mojibake('VIRTÙ', 'windows-1250')).text).toBe('VIRTĂ™');
    expect(repairText(mojibake('Mój AVÔ, żółw', 'windows-1250')).text).toBe('Mój AVÔ, żółw');
    expect(repairText(mojibake('Kérem, VIRTÙ – köszönöm', 'windows-1250')).text).toBe(
      'Kérem, VIRTÙ – köszönöm',
    );
  });

  it('leaves quoted words, Romanian before a trademark, and the languages of "Ã" and "Ă"', () => {
    for (const clean of [
      'NICIODATĂ™',
      'TRANSFORMATORIŲ™',
      'CASĂ”',
      'DOUĂ™',
      '„CASĂ“',
      '„NICIODATĂ”',
      'Produsul „ŢARĂ” este nou.',
      'Bună ziua, CASĂ“',
      '“IRMÃ”',
      '‘IRMÃ’',
      'A minha “AMANHÃ” chegou',
      'Anh ấy nói “ĐÃ” rồi',
      'ĐÃ”',
      'MAÇÃ”',
      'a lot of Ã’s',
      'In the export “é” shows as “Ã©”',
    ])
      expect(repairText(clean).changed, clean).toBe(false);
  });

  it('reads nothing when a call asks more than the least gain, or has no page that writes it', () => {
    const broken = mojibake('AVÓ', 'windows-1250');
    expect(repairText(broken, { minGain: 4 }).text).toBe(broken);
    expect(repairText(broken, { pages: ['windows-1252', 'iso-8859-2'] }).text).toBe(broken);
    expect(repairText(broken, { pages: ['windows-1258'] }).repairs[0]?.chain).toEqual([
      'windows-1258',
    ]);
  });
});

// The generated check: every capital of Latin-1 Supplement and Latin Extended-A closing a capital
// word (after "AV", "O", "PI", alone or in a subject line) broken through Windows-1252 and 1250.
// Ó Ô Ò Ù come back through 1252 and Ó Ù (Ù after a vowel) through 1250; what stays is listed.
describe('every capital at a word’s end through Windows-1252 and 1250 (generated)', () => {
  const capitals: string[] = [];
  for (let cp = 0xc0; cp <= 0x17f; cp++) {
    const c = String.fromCodePoint(cp);
    if (c.toLowerCase() !== c && c.toUpperCase() === c) capitals.push(c);
  }
  const stems = ['AV', 'O', 'PI'];
  const frames: [string, string][] = [
    ['', ''],
    ['Re: ', '!'],
    ['Statut : ', ' COLIS'],
  ];
  const left = (page: 'windows-1252' | 'windows-1250'): Set<string> => {
    const out = new Set<string>();
    for (const c of capitals)
      for (const s of stems)
        for (const [b, a] of frames) {
          const text = `${b}${s}${c}${a}`;
          const broken = mojibake(text, page);
          if (iconv.encode(broken, page).toString('utf8') !== text) continue;
          if (repairText(broken).text !== text) out.add(c);
        }
    return out;
  };

  it('restores Ó Ô Ò Ù through 1252, Ó and Ù after a vowel through 1250', () => {
    const w1252 = left('windows-1252');
    const w1250 = left('windows-1250');
    for (const c of 'ÓÔÒÙ') expect(w1252.has(c), `1252 ${c}`).toBe(false);
    expect(w1250.has('Ó')).toBe(false);
    // Left (T59e): signs that close words (… • – ›), Windows-1250's "Ă”" and "Ă’" (Romanian
    // closing marks) and "Ă™" after a consonant ("AVĂ™"), "Ă‚" and "Ă‘", and Latin Extended-A
    // capitals, which few words end with.
    const latin1 = (s: Set<string>): string => [...s].filter((c) => c < 'Ā').join('');
    expect(latin1(w1252)).toBe('ÅÕÖÛ');
    expect(latin1(w1250)).toBe('ÂÅÑÒÔÕÖÙÛ');
  });
});
