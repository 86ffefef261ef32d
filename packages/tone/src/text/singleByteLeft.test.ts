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
  });
});
