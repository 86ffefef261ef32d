import { describe, expect, it } from 'vitest';
import { mojibake } from './mojibake.js';
import { repairText } from './repairText.js';
import { withSloppyStretches } from './sloppyStretch.js';

const options = { minGain: 3, maxChain: 3 };
const cpsOf = (s: string): number[] => Array.from(s, (c) => c.codePointAt(0) ?? 0);
/** What a program that turns NBSP into a plain space does to a text. */
const spaced = (s: string): string => s.replaceAll('\u00a0', ' ');

describe('withSloppyStretches', () => {
  it('restores a 0xA0 that became a space inside Windows-1252 mojibake', () => {
    const text = '⚠ Atenção: preço válido até às 19h';
    expect(repairText(spaced(mojibake(text, 'windows-1252'))).text).toBe(text);
    expect(repairText(spaced(mojibake('Obrigado! ⠀ Até já', 'windows-1252'))).text).toBe(
      'Obrigado! ⠀ Até já',
    );
  });

  it('reads a sequence that lost a byte as one U+FFFD', () => {
    // U+FE0F (EF B8 8F): 0x8F is undefined in Windows-1252, and a strict decoder wrote U+FFFD.
    const broken = mojibake('Preço ⚠️ válido', 'windows-1252').replace('\u008f', '\ufffd');
    expect(repairText(broken).text).toBe('Preço ⚠\ufffd válido');
    // A decoder that wrote '?' for a byte it could not map: "Ã?Ã£" is "ç" lost, then "ã".
    const question = mojibake('Atenção, preço', 'windows-1252').replace('§', '?');
    expect(repairText(question).text).toBe('Aten\ufffdão, preço');
  });

  it('peels a second layer the engine stops short of', () => {
    const twice = mojibake(mojibake('┒ caixa ┎', 'windows-1252'), 'windows-1252');
    const r = repairText(twice);
    expect(r.text).toBe('┒ caixa ┎');
    expect(r.repairs[0]?.chain).toEqual(['windows-1252', 'windows-1252']);
  });

  it("leaves clean text with spaces and '?' between accents alone", () => {
    for (const clean of ['¿Qué?¡Sí!', 'INFORMAÇÃO? SÃ?', 'Å ä ö', 'Ñ Ñ', 'Ã© is mojibake?']) {
      expect(withSloppyStretches(cpsOf(clean), [], options)).toEqual([]);
    }
    expect(repairText('¿Qué?¡Sí! INFORMAÇÃO? Ñ Ñ').changed).toBe(false);
  });

  it('needs evidence: a lone stretch that saves nothing is left without other repairs', () => {
    expect(repairText('Regulamento â € Boa sorte').changed).toBe(false);
  });
});
