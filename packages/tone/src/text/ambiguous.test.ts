import { describe, expect, it } from 'vitest';
import { withoutLoneAmbiguous } from './ambiguous.js';
import { DEFAULT_PAGES, encoderFor } from './codePages.js';
import type { Proposal } from './engine.js';
import { repairText } from './repairText.js';

const encoders = DEFAULT_PAGES.map((p) => encoderFor(p));
const cpsOf = (s: string): number[] => Array.from(s, (c) => c.codePointAt(0) ?? 0);
const lone = (start: number, after: string): Proposal => ({
  start,
  end: start + 2,
  after,
  chain: ['windows-1252'],
  gain: 8,
  applied: true,
});

describe('withoutLoneAmbiguous', () => {
  it('leaves a lone "Ã¥" beside a clean dash both Latin-1 and Mac Roman can write', () => {
    const text = 'Bremer/Mccoy – DrÃ¥ber';
    const [p] = withoutLoneAmbiguous(cpsOf(text), [lone(17, 'å')], encoders);
    expect(p?.applied).toBe(false);
    expect(repairText(text).text).toBe(text);
    expect(repairText(text).repairs[0]).toMatchObject({ before: 'Ã¥', after: 'å', applied: false });
  });

  it('repairs the same group alone, or pasted into text Mac Roman cannot write', () => {
    expect(repairText('Bremer/Mccoy - DrÃ¥ber').text).toBe('Bremer/Mccoy - Dråber');
    expect(repairText('Sipariş için teşekkürler. Klient: ChloÃ© Dubois').text).toBe(
      'Sipariş için teşekkürler. Klient: Chloé Dubois',
    );
  });

  it('repairs a lone group whose rival reading is a letter text seldom holds', () => {
    // "Ć¤" is "ä" through Windows-1257 and "Ƥ" (U+01A4) through Windows-1250, which both write the
    // clean "–": "Ƥ" is no reading a line means, so the repair stands (T55c, the attachments audit).
    const text = 'Re: Tagastus – tellimus 52, PĆ¤rnu';
    const baltic: Proposal = { ...lone(29, 'ä'), chain: ['windows-1257'] };
    const [p] = withoutLoneAmbiguous(cpsOf(text), [baltic], encoders);
    expect(p?.applied).toBe(true);
    expect(repairText(text).text).toBe('Re: Tagastus – tellimus 52, Pärnu');
  });

  it("looks at the repair's own line only", () => {
    // The clean dash is on another line: the "Ã¥" line is "DrÃ¥ber" alone, which is repaired.
    expect(repairText('Bremer/Mccoy –\nDrÃ¥ber').text).toBe('Bremer/Mccoy –\nDråber');
    expect(repairText('DrÃ¥ber\r\nBremer/Mccoy –').text).toBe('Dråber\r\nBremer/Mccoy –');
    const [p] = withoutLoneAmbiguous(
      cpsOf('a\nBremer/Mccoy – DrÃ¥ber\nb'),
      [lone(19, 'å')],
      encoders,
    );
    expect(p?.applied).toBe(false);
  });

  it('keeps repairs when there are two of them', () => {
    const text = 'café – DrÃ¥ber ÃrÃ¸';
    const two = [lone(12, 'å'), lone(19, 'ø')];
    expect(withoutLoneAmbiguous(cpsOf(text), two, encoders)).toEqual(two);
  });
});

describe('withoutLoneAmbiguous, beside a group the same page reads', () => {
  it('does not count a group its own page reads whole as UTF-8 as clean text', () => {
    // "Åž" is "Ş" through Windows-1252 and "Ÿ" through ISO-8859-15: it is no clean text both pages
    // write, and "SipariÅŸleri" ("ş", or "ž" through ISO-8859-15) was withdrawn beside it (a known
    // gap until T48d). Since T52c "Åž" is repaired as a word of its own too (cost.ts).
    expect(repairText('Åžubat SipariÅŸleri.xlsx').text).toBe('Şubat Siparişleri.xlsx');
    expect(repairText('Ekte: Åžubat SipariÅŸleri.xlsx, teşekkürler').text).toBe(
      'Ekte: Şubat Siparişleri.xlsx, teşekkürler',
    );
    const text = 'Åžubat SipariÅŸleri';
    const [p] = withoutLoneAmbiguous(cpsOf(text), [lone(13, 'ş')], encoders);
    expect(p?.applied).toBe(true);
    // Clean text both pages write still counts ("é" alone is no UTF-8 through either page).
    const [q] = withoutLoneAmbiguous(cpsOf(`Café ${text}`), [lone(18, 'ş')], encoders);
    expect(q?.applied).toBe(false);
  });
});
