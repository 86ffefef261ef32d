import { describe, expect, it } from 'vitest';
import { mojibake, repairText } from '../text.js';

// UTF-8 read as `a`, and the result's UTF-8 read as `b`: a text through one pipeline twice.
const twice = (
  text: string,
  a: Parameters<typeof mojibake>[1],
  b: Parameters<typeof mojibake>[1],
) => mojibake(mojibake(text, a), b);

describe('the dominant two-page chain', () => {
  it('reads one layer further where a short run kept one ("РІ" for "в")', () => {
    const text = 'Спасибо, ваш заказ уже в пути и будет у вас завтра.';
    expect(repairText(twice(text, 'windows-1251', 'windows-1251')).text).toBe(text);
  });

  it('reads through the chain the rest of the text took where another page tied ("ß" for "ü")', () => {
    // ź is 0x9F in Windows-1250 and 0xBC in ISO-8859-2: "Ăź" is "ß" through one, "ü" through the
    // other; "Größe" only reads through ISO-8859-2.
    const text = 'Die Rücksendung für Größe M ist unterwegs.';
    expect(repairText(twice(text, 'iso-8859-2', 'windows-1252')).text).toBe(text);
  });

  it('applies the chain where a word alone was left uncertain (Mac Roman twice)', () => {
    const text = 'Приносим извинения за задержку доставки.';
    expect(repairText(twice(text, 'macintosh', 'macintosh')).text).toBe(text);
  });

  it('leaves a field broken once beside one broken twice as the engine read it', () => {
    const text = `Name: ${mojibake('Łukasz Żółkiewski', 'windows-1252')}, Stadt: ${twice('Köln', 'windows-1252', 'windows-1252')}`;
    expect(repairText(text).text).toBe('Name: Łukasz Żółkiewski, Stadt: Köln');
  });

  it('reads a run the passes left alone through the chain the text took ("Mç›²kinen" beside "Vç›²inæžš")', () => {
    // GBK then Windows-1252: "ä" is "盲" then "ç›²", three signs the cost model lets stand
    // inside a word ("ç", "›", "²"), so the engine read only "æžš" ("ö"). Big5 then Windows-1252:
    // "Jç¾¹ri" was read, "Rç“£tsep" was not (the field audit's twice rows, wrong on main).
    expect(repairText(twice('Mäkinen Väinö', 'gbk', 'windows-1252')).text).toBe('Mäkinen Väinö');
    expect(repairText(twice('Jüri Rätsep', 'big5', 'windows-1252')).text).toBe('Jüri Rätsep');
    const r = repairText(twice('Mäkinen Väinö', 'gbk', 'windows-1252'));
    expect(r.repairs.map((x) => [x.before, x.after, x.chain.join('>'), x.applied])).toEqual([
      ['ç›²', 'ä', 'windows-1252>gbk', true],
      ['ç›²', 'ä', 'windows-1252>gbk', true],
      ['æžš', 'ö', 'windows-1252>gbk', true],
    ]);
  });

  it('leaves clean runs beside a text broken twice as they are', () => {
    // Not valid UTF-8 through the chain's first page ("ä" is E4 in Windows-1252), or not a
    // character of it at all ("東京"), or no better read than kept.
    for (const [clean, broken] of [
      ['Mäkinen', 'Väinö'],
      ['東京', 'Väinö'],
      ['Ørsted ±2 °C', 'Väinö'],
    ] as const) {
      const text = `${clean} ${twice(broken, 'gbk', 'windows-1252')}`;
      expect(repairText(text).text, text).toBe(`${clean} ${broken}`);
    }
  });
});
