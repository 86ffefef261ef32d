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
});
