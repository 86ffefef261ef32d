import { describe, expect, it } from 'vitest';
import { repairText } from './repairText.js';

// A run whose reading looked past its memo key ("Ã " whose space may be a lost 0xA0: gluesToA reads
// the letters after the space, runParts.ts) is stored under a longer key (engine.ts farKey) and
// its short key marked. The short key was told from the long one by its first character "f",
// which a short key (a slice of the text, two characters of context first) also has where the
// context begins with "f": the reading was stored under the short key unmarked, and a later
// message with the same short key and other letters after the space took it. Found in session 63;
// each pair below gave the second message's "à" glued to the next word after the first message.
const PAIRS: readonly (readonly [first: string, second: string, alone: string])[] = [
  ['Xin fhÃ ng toi café', 'Xin fhÃ ngx toi café', 'Xin fhà ngx toi café'],
  ['Xin fiÃ s 10h café', 'Xin fiÃ sx 10h café', 'Xin fià sx 10h café'],
  ['Xin foÃ quele dia café', 'Xin foÃ quelx dia café', 'Xin foà quelx dia café'],
  ['Xin fhÃ i roi café', 'Xin fhÃ ix roi café', 'Xin fhà ix roi café'],
];

describe('a reading that looked past its key is kept apart from the short key (shared memo)', () => {
  it.each(PAIRS)('%j, then %j', (first, second, alone) => {
    repairText(first);
    expect(repairText(second).text).toBe(alone);
  });
});
