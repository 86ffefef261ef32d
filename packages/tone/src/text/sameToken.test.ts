// The later groups of a file name follow its repaired group (sameToken.ts; the fourteenth audit's
// "SipariÅŸ_Ã–zeti_Åžubat.pdf", T42d), and so do its earlier groups (engine.ts followBack, T45b:
// "Åžubat_SipariÅŸ.pdf"). Clean file names and URL paths of Turkish, Polish and Czech stay as they
// are.
import { describe, expect, it } from 'vitest';
import { misdecode } from '../../test/text/mojibakeCorpus.js';
import { repairText } from './repairText.js';
import { sameToken } from './sameToken.js';

const cps = (s: string): number[] => Array.from(s, (c) => c.codePointAt(0) ?? 0);

/** Real file names and paths: "_", "-", "." and digits between words with accents. */
const NAMES: readonly string[] = [
  'Sipariş_Özeti_Şubat.pdf',
  'İade_Formu-2026.pdf',
  'Ödeme_Dekontu_15.12.2026.png',
  'Çağrı_Öztürk_CV.pdf',
  'Fatura_Şirket_Ünvanı_2026-01.xlsx',
  'Kargo_Takip-Güncelleme.docx',
  'Faktura_2024-03_Łódź.pdf',
  'Zamówienie-nr_4521_Gdańsk.xlsx',
  'Potwierdzenie_zwrotu_Łukasz_Żak.pdf',
  'Reklamacja-źle_dostarczona_przesyłka.jpg',
  'Objednávka_č.123_Příloha.docx',
  'Smlouva_o_dílo_2025-11-03.pdf',
  'Účtenka-č.7_Šárka.jpg',
  'Reklamace_Jiří_Čermák_2026.pdf',
  'Dodací_list-Ústí_nad_Labem.pdf',
  'https://example.com/pl/zamówienia/żółć-2026.html',
  'https://shop.example.cz/objednávky/číslo-4521/přehled',
  'https://örnek.com.tr/sipariş/özet_şubat.pdf',
];

describe('sameToken', () => {
  it('joins groups across "_", "-", "." and digits, not across a space or a break', () => {
    expect(sameToken(cps('Åž_Ã–'), 2, 3)).toBe(true);
    expect(sameToken(cps('Åž-12.Ã–'), 2, 6)).toBe(true);
    expect(sameToken(cps('Åž Ã–'), 2, 3)).toBe(false);
    expect(sameToken(cps('Åž\nÃ–'), 2, 3)).toBe(false);
    expect(sameToken(cps('Åž\u00a0Ã–'), 2, 3)).toBe(false);
  });
});

describe('a file name whose first group is repaired', () => {
  it('repairs its later groups through the same page (was half fixed)', () => {
    expect(repairText('Dosya: SipariÅŸ_Ã–zeti_Åžubat.pdf').text).toBe(
      'Dosya: Sipariş_Özeti_Şubat.pdf',
    );
    expect(repairText('SipariÅŸ-Ã–zeti-Åžubat-2026.pdf').text).toBe('Sipariş-Özeti-Şubat-2026.pdf');
    // A URL path is one token too.
    expect(repairText('https://Ã¶rnek.com.tr/sipariÅŸ/Ã–zet.pdf').text).toBe(
      'https://örnek.com.tr/sipariş/Özet.pdf',
    );
  });

  it('does not reach past a space: a lone "Ã–BB" word of its own is no file name', () => {
    // ("SipariÅŸ_notu Ã–zeti" was the probe until "Ã–" opening a word was read alone, "Åžubat"
    // until "Åž" was, T52c: cost.ts. "Ã–" before a capital is too weak alone.)
    expect(repairText('SipariÅŸ_Ã–zeti Ã–BB').text).toBe('Sipariş_Özeti Ã–BB');
    expect(repairText('Ã–BB SipariÅŸ_Ã–zeti').text).toBe('Ã–BB Sipariş_Özeti');
  });

  it('leaves every clean name untouched, alone and in a line', () => {
    for (const name of NAMES) {
      expect(repairText(name).changed).toBe(false);
      expect(repairText(`Dosya: ${name}`).changed).toBe(false);
      expect(repairText(`Příloha: ${name}, ${NAMES[0]}`).changed).toBe(false);
    }
  });

  it('restores every name broken through Windows-1252, -1250, -1254 and ISO-8859-2', () => {
    const missed = new Set<string>();
    let n = 0;
    for (const name of NAMES)
      for (const page of ['windows-1252', 'windows-1250', 'windows-1254', 'iso-8859-2']) {
        const m = misdecode(name, page, page.startsWith('windows-'));
        if (!m.lossless) continue;
        for (const line of [m.text, `Dosya: ${m.text}`]) {
          n++;
          if (repairText(line).text !== line.replace(m.text, name)) missed.add(name);
        }
      }
    expect(n).toBeGreaterThanOrEqual(100);
    // "Ödeme_Dekontu_15.12.2026.png", whose only broken group through Windows-1250 is "Ă–", was
    // left until T48d (cost.ts: "Ă" opening a word and a dash glued to a small letter cost 3);
    // through Windows-1252 and -1254 its "Ã–" is read since T45b.
    expect([...missed]).toEqual([]);
  });
});

describe('a file name whose later group is repaired', () => {
  it('repairs its earlier groups through the same page (were left)', () => {
    expect(repairText('Åžubat_SipariÅŸ_Ã–zeti.pdf').text).toBe('Şubat_Sipariş_Özeti.pdf');
    expect(repairText('Dosya: Åžubat-2026_SipariÅŸ.pdf').text).toBe(
      'Dosya: Şubat-2026_Sipariş.pdf',
    );
    // Two groups back, each read through the page of the one after it.
    expect(repairText('ÅžÅŸ_Åžubat_SipariÅŸ.pdf').text).toBe('Şş_Şubat_Sipariş.pdf');
    expect(repairText('https://Ã¶rnek.com.tr/Åžubat/sipariÅŸ.pdf').text).toBe(
      'https://örnek.com.tr/Şubat/sipariş.pdf',
    );
    expect(repairText('Ã–BB_SipariÅŸ.pdf').text).toBe('ÖBB_Sipariş.pdf');
    // Not back past a space, nor past REACH code points ("Ã–" before a capital is weak alone).
    expect(repairText('Ã–BB SipariÅŸ_Ã–zeti.pdf').text).toBe('Ã–BB Sipariş_Özeti.pdf');
    const far = `Ã–BB_${'x'.repeat(130)}_SipariÅŸ_Ã–zeti.pdf`;
    expect(repairText(far).text).toBe(far.replace('SipariÅŸ_Ã–zeti', 'Sipariş_Özeti'));
  });

  it('restores every name broken with its first group moved last, as with it first', () => {
    // Each name's words rotated so that another group opens it: the restored set is the same.
    for (const name of NAMES.filter((n) => !n.includes('/'))) {
      const words = name.split('_');
      if (words.length < 2) continue;
      const rotated = [...words.slice(1), words[0]].join('_');
      for (const page of ['windows-1252', 'windows-1254']) {
        const a = misdecode(name, page, true);
        const b = misdecode(rotated, page, true);
        const okA = repairText(a.text).text === name;
        const okB = repairText(b.text).text === rotated;
        expect([rotated, page, okB]).toEqual([rotated, page, okA]);
      }
    }
  });
});
