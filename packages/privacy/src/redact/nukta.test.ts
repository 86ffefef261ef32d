// precomposedTwin against the platform: the composition exclusions of the Indic blocks are read
// from String.prototype.normalize alone (a letter whose NFD is two units and that NFC does not give
// back), and the twin of any word is canonically equivalent to it with every such pair written as
// its letter.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { precomposedTwin } from './nukta.js';

/** The letters from U+0900 to U+0DFF that NFC never composes from their two-unit NFD. */
function excludedByPlatform(): string[] {
  const out: string[] = [];
  for (let c = 0x900; c <= 0xdff; c++) {
    const ch = String.fromCharCode(c);
    const d = ch.normalize('NFD');
    if (d.length === 2 && d.normalize('NFC') !== ch) out.push(ch);
  }
  return out;
}

describe('precomposedTwin', () => {
  it('writes every Indic composition exclusion the platform knows as its letter, and no other', () => {
    const excluded = excludedByPlatform();
    // Devanagari's eight, Bengali's three, Gurmukhi's six, Oriya's two (CompositionExclusions.txt).
    expect(excluded).toHaveLength(19);
    for (const ch of excluded) expect(precomposedTwin(ch.normalize('NFD'))).toBe(ch);
    // A letter NFC does compose stays as NFC writes it (Bengali "ো" is "ে" + "া", composed by NFC).
    expect(precomposedTwin('ফোন')).toBe('ফোন');
  });

  it('reads the words of #14: Bengali invoice, Hindi phone', () => {
    expect(precomposedTwin('ইনভয়েস')).toBe('ইনভ\u09dfেস');
    expect(precomposedTwin('फ़ोन')).toBe('\u095eोन');
    expect(precomposedTwin('order')).toBe('order');
  });

  const unit = fc.constantFrom(
    ...'কখগঘজডঢফযয়রলসহ\u09bc\u09be\u09bf\u09c7\u09cdকখগজডঢফযलसह\u093c\u093e\u094dਖਗਜਫਲਸ\u0a3cଡଢ\u0b3c ',
  );
  test.prop([fc.array(unit, { maxLength: 12 }).map((u) => u.join(''))])(
    'the twin is the word, canonically, with no excluded letter left decomposed',
    (word) => {
      const twin = precomposedTwin(word);
      expect(twin.normalize('NFC')).toBe(word.normalize('NFC'));
      for (const ch of excludedByPlatform()) expect(twin).not.toContain(ch.normalize('NFD'));
    },
  );
});
