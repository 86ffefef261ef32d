// The true tie between Windows-1252 read mixed with Latin-1 and a Latin-1 family page (engine.ts
// mixedOut, T59g). "≤" (E2 89 A4) through ISO-8859-15 is "â\u0089€": ISO-8859-15 writes it whole
// (0x89 is its C1 control, 0xA4 its "€"), while Windows-1252, which accepts every C1 control for
// text decoded once as Latin-1 and once as 1252, reads "€" as 0x80 and wrote "≀" (E2 89 80). Both
// gain the same and the more common page won the tie. A C1 control for a byte 1252 defines (0x89
// is its "‰") is never 1252's own output, so 1252 steps out of such a tie.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { mojibake } from './mojibake.js';
import { repairText } from './repairText.js';

describe('a tie between Windows-1252 read mixed and a page that writes the C1 control', () => {
  it('restores "≤" through ISO-8859-15 (was "≀")', () => {
    expect(repairText('x \u00e2\u0089\u20ac 5').text).toBe('x ≤ 5');
    expect(repairText(mojibake('Total: 49 € 😊 ≤ 50 €', 'iso-8859-15')).text).toBe(
      'Total: 49 € 😊 ≤ 50 €',
    );
    // The corpus's Japanese sentence through ISO-8859-15, whose "ま" 1252 read as "た".
    const ja = '返金は十四日以内にお客様の口座に反映されます。';
    expect(repairText(mojibake(ja, 'iso-8859-15')).text).toBe(ja);
    // Windows-1252 text whose C1 controls are 1252 signs read as Latin-1 is repaired as before.
    expect(repairText('\u0093quoted\u0094 cafÃ©').text).toBe('“quoted” café');
  });

  it.fails('restores "❤" through ISO-8859-15 ("â\u009d€", read "❀": known gap)', () => {
    // 0x9D is undefined in Windows-1252: its browser variant writes U+009D, so "â\u009d€" is
    // "❀" (E2 9D 80) through it as legitimately as "❤" (E2 9D A4) through ISO-8859-15, and
    // nothing but how often each is written tells them apart.
    expect(repairText('x \u00e2\u009d\u20ac 5').text).toBe('x ❤ 5');
  });

  // Signs whose UTF-8 is E2, a byte 1252 defines in 0x80-0x9F, then 0xA4 (ISO-8859-15's "€").
  const signs: string[] = [];
  for (let c = 0x2000; c < 0x2c00; c++) {
    const ch = String.fromCodePoint(c);
    const b = Buffer.from(ch, 'utf8');
    const mid = b[1] ?? 0;
    if (b[2] !== 0xa4 || mid > 0x9f || [0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(mid)) continue;
    if (/\p{S}|\p{P}/u.test(ch)) signs.push(ch);
  }

  test.prop(
    [
      fc.constantFrom(...signs),
      fc.stringMatching(/^[a-z]{1,8}$/),
      fc.stringMatching(/^[0-9a-z]{1,8}$/),
    ],
    { numRuns: 200 },
  )('come back through ISO-8859-15 between two words', (sign, a, b) => {
    const text = `${a} ${sign} ${b}`;
    expect(repairText(mojibake(text, 'iso-8859-15')).text).toBe(text);
  });
});
