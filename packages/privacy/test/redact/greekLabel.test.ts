// Issue #14, session 31 (lead): Greek "my number" written before digits. T35b read "αριθμός μου"
// for numbers said aloud only; a Greek mobile has no trunk "0" (69x xxx xxxx), so written
// unbroken after it, it stayed. And Greek capitals ("Ο ΑΡΙΘΜΟΣ ΜΟΥ") lower "Σ" to "σ" where the
// word's own spelling ends in "ς": the label fold reads the final sigma as a sigma.
import { redact, spokenNumberRecognizers } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

const text = (t: string) => redact(t, { locale: 'el-GR' }).text;

describe('Greek "my number" before written digits', () => {
  it.each([
    ['ο αριθμός μου είναι 6945123456', 'ο αριθμός μου είναι [PHONE]'],
    ['Ο ΑΡΙΘΜΟΣ ΜΟΥ 6945123456', 'Ο ΑΡΙΘΜΟΣ ΜΟΥ [PHONE]'],
    ['ο αριθμος μου ειναι 6945123456', 'ο αριθμος μου ειναι [PHONE]'],
    ['καλέστε στον αριθμό μου 6945123456', 'καλέστε στον αριθμό μου [PHONE]'],
    ['ΤΟ ΚΙΝΗΤΟ ΜΟΥ ΕΙΝΑΙ 6912345678', 'ΤΟ ΚΙΝΗΤΟ ΜΟΥ ΕΙΝΑΙ [PHONE]'],
  ])('%j -> %j', (t, want) => {
    expect(text(t)).toBe(want);
  });

  it.each([
    // My order's number, any number, and a bare run: no phone's label.
    'ο αριθμός παραγγελίας μου είναι 6945123456',
    'ο αριθμός 6945123456',
    'ΑΡΙΘΜΟΣ ΠΑΡΑΓΓΕΛΙΑΣ 6945123456',
    '6945123456',
  ])('%j stays', (t) => {
    expect(text(t)).toBe(t);
  });

  it('reads the capitals when the number is said aloud too', () => {
    const said = 'Ο ΑΡΙΘΜΟΣ ΜΟΥ ΕΙΝΑΙ έξι εννέα τέσσερα πέντε ένα δύο τρία τέσσερα πέντε έξι';
    const out = redact(said, { locale: 'el-GR', recognizers: spokenNumberRecognizers }).text;
    expect(out).toBe('Ο ΑΡΙΘΜΟΣ ΜΟΥ ΕΙΝΑΙ [PHONE]');
  });
});
