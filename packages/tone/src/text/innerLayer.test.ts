import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { encoderFor } from './codePages.js';
import { leavesAlphabet } from './innerLayer.js';
import { mojibake } from './mojibake.js';
import { repairText } from './repairText.js';
import { toCps } from './runParts.js';

describe('an inner layer keeps a word in its page’s alphabet (innerLayer.ts leavesAlphabet)', () => {
  it('reads "Кї" through GBK as GBK’s reading, not one layer further as "ʿ" (#11, session 47)', () => {
    // "袣褩" is "Кї" through GBK, and "Кї" is "ʿ" (CA BF) through Windows-1251.
    expect(repairText('袣褩').text).not.toBe('ʿ');
    expect(repairText('袣褩 ok').text).not.toBe('ʿ ok');
    expect(repairText('袣褩').text).toBe('Кї');
  });

  it('gives back every two-letter Cyrillic word through GBK as written or as it came, but two', () => {
    // The Russian, Ukrainian and Belarusian letters, every pair that GBK writes losslessly: 54
    // came back as a third text on main. "РЇ" and "Рї" are what "Я" and "п" are broken twice
    // through Windows-1251 and GBK, and are read so.
    const letters = [
      ...'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюяЁёІіЇїЄєҐґЎў',
    ];
    const third: string[] = [];
    for (const a of letters)
      for (const b of letters) {
        const word = a + b;
        const bytes = Buffer.from(word, 'utf8');
        const broken = iconv.decode(bytes, 'gbk');
        if (broken.includes('\ufffd') || !iconv.encode(broken, 'gbk').equals(bytes)) continue;
        const out = repairText(broken).text;
        if (out !== word && out !== broken) third.push(`${word}>${out}`);
      }
    expect(third).toEqual(['РЇ>Я', 'Рї>п']);
  });

  it('still reads a word of the page’s own language broken twice', () => {
    // "Я" through Windows-1251 then GBK; "Привет" through KOI8-R then GBK.
    expect(repairText('袪袊').text).toBe('Я');
    expect(repairText(mojibake(mojibake('Привет', 'koi8-r'), 'gbk')).text).toBe('Привет');
  });

  it('tells a word that leaves its page’s alphabet from one that stays', () => {
    const w1251 = encoderFor('windows-1251');
    const koi8u = encoderFor('koi8-u');
    expect(leavesAlphabet(toCps('Кї'), 0, 2, 'ʿ', w1251)).toBe(true);
    expect(leavesAlphabet(toCps('РІ'), 0, 2, 'в', w1251)).toBe(false);
    // A letter of the alphabet that the page does not write: "рІ" is Abkhaz "Ҷ" through KOI8-U.
    expect(leavesAlphabet(toCps('рІ'), 0, 2, 'Ҷ', koi8u)).toBe(true);
    // Inside a word of another script ("naГЇve" is "naïve" through Windows-1251), through a Latin
    // page, or through no page of the call: no word of the alphabet to keep.
    expect(leavesAlphabet(toCps('naГЇve'), 2, 4, 'ï', w1251)).toBe(false);
    expect(leavesAlphabet(toCps('Ðš'), 0, 2, 'К', encoderFor('windows-1252'))).toBe(false);
    expect(leavesAlphabet(toCps('Кї'), 0, 2, 'ʿ', undefined)).toBe(false);
    // A span with a character that is no letter of the alphabet ("Г©" is "é").
    expect(leavesAlphabet(toCps('Г©'), 0, 2, 'é', w1251)).toBe(false);
  });
});
