// The attachments audit (issue #11, T55c): repairText on attachment names, subject prefixes,
// quoted display names, CSV cells, Latin-1 URL query text, broken signs and emoji beside clean
// ones, the pages earlier audits were thin on and clean traps (auditAttachments.ts). The texts and
// their expected forms were committed before repairText first ran on them. Figures are printed;
// what the audit found and left is an `it.fails` with its reason (it turns red the day it is
// fixed: move it up then). Found on the first run: clean 89 / 89 untouched, broken 85 / 89
// lossless rows restored exactly (95.5%; a Vietnamese row typed with combining tones came back in
// NFC, the repaired span's form, and now counts). Found and fixed: "PĆ¤rnu" through Windows-1257
// beside a clean "–" was left, Windows-1250's "Ƥ" for the same pair counted as a rival page's reading
// (ambiguous.ts); 87 / 89 since. T56e: the two left, "™" glued to a word and a lone "≥" or "≠"
// between ASCII, are restored (cost.ts: "â" glued to „ † ‡ ‰ ‹ after a word, "™" after one): 89 / 89.
import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/text/repairText.js';
import { ATTACH_CLEAN, attachBroken, THAI_874 } from './auditAttachments.js';

const rows = attachBroken();
const lossless = rows.filter((r) => r.lossless);

/** Lossless rows not restored exactly, each with its reason in an `it.fails` below. */
const LEFT = new Set<string>([]);

/**
 * Whether `out` is `original` exactly, or its NFC form: a repaired span is NFC (issue #11), so a
 * row typed with Windows-1258's combining tones ("Tiê\u0301ng") comes back as "Tiếng" (exact with
 * `nfc: false`), while a tone repaired alone after its clean letter stays as typed ("Ca\u0309m").
 */
const restoredAs = (out: string, original: string): boolean =>
  out === original || out === original.normalize('NFC');

const restored = (original: string): boolean => {
  const row = lossless.find((r) => r.original === original);
  return row !== undefined && restoredAs(repairText(row.broken).text, row.original);
};

describe('the attachments audit: repairText', () => {
  it('holds at least 80 clean and 80 lossless broken texts in 20 languages', () => {
    const langs = new Set([...ATTACH_CLEAN, ...rows].map((r) => r.lang));
    const pages = new Set(rows.flatMap((r) => r.chain));
    console.log(
      `attachments audit: ${ATTACH_CLEAN.length} clean, ${rows.length} broken (${lossless.length} lossless) in ${langs.size} languages through ${pages.size} pages`,
    );
    expect(ATTACH_CLEAN.length).toBeGreaterThanOrEqual(80);
    expect(lossless.length).toBeGreaterThanOrEqual(80);
    expect(langs.size).toBeGreaterThanOrEqual(20);
  });

  it('leaves every clean text untouched', () => {
    const changed = ATTACH_CLEAN.filter((t) => repairText(t.text).changed).map((t) => t.text);
    console.log(
      `attachments audit, clean: ${ATTACH_CLEAN.length} texts; changed ${changed.length}`,
    );
    expect(changed).toEqual([]);
  });

  it('restores at least 95% of the lossless rows exactly, all but the ones left', () => {
    const tally = new Map<string, [number, number]>();
    const missed: string[] = [];
    for (const r of lossless) {
      const hit = restoredAs(repairText(r.broken).text, r.original);
      const t = tally.get(r.kind) ?? [0, 0];
      tally.set(r.kind, [t[0] + (hit ? 1 : 0), t[1] + 1]);
      if (!hit) missed.push(r.original);
    }
    const rate = (lossless.length - missed.length) / lossless.length;
    console.log(
      `attachments audit, broken: ${rows.length} rows, ${lossless.length} lossless, restored ${lossless.length - missed.length} (${(100 * rate).toFixed(1)}%)\n` +
        [...tally].map(([k, [a, b]]) => `  ${k}: ${a}/${b}`).join('\n') +
        `\n  lossy (bytes the page could not hold, not counted): ${rows.length - lossless.length}`,
    );
    expect(rate).toBeGreaterThanOrEqual(0.95);
    expect(missed).toEqual([...LEFT]);
  });

  it('gives back a lossy row no worse than it came: only what was lost stays lost', () => {
    // A name through Windows-1257 or GBK whose last byte the page had no character for: the rest
    // of the text is restored and the lost byte is one U+FFFD where its character was.
    for (const r of rows.filter((x) => !x.lossless)) {
      const out = repairText(r.broken).text;
      expect(out.length).toBeLessThanOrEqual(r.broken.length);
    }
  });

  it('restores Thai through Windows-874 (a page repairText tries since T55f)', () => {
    // Left as it came before T55f: CODE_PAGES (codePageList.ts) did not list windows-874.
    for (const t of THAI_874) expect(repairText(t.broken).text).toBe(t.original);
  });

  it('keeps the combining tones of a repaired Vietnamese word with nfc: false', () => {
    // Windows-1258 writes Vietnamese with combining tones ("ê" + U+0301): the repaired span is NFC
    // by default (repairText's `nfc` option), the same word canonically; without it, exact.
    const original = 'Tiê\u0301ng Viê\u0323t có dâ\u0301u';
    const row = lossless.find((r) => r.original === original);
    expect(row).toBeDefined();
    expect(repairText(row?.broken ?? '').text).toBe(original.normalize('NFC'));
    expect(repairText(row?.broken ?? '', { nfc: false }).text).toBe(original);
  });

  it('restores "Pärnu" through Windows-1257 beside a clean "–" (was left: two pages read it)', () => {
    // "PĆ¤rnu" is the message's only repair, two characters long, and its line holds a clean "–"
    // that Windows-1257 and Windows-1250 both write. Windows-1250 reads "Ć¤" as "Ƥ" (U+01A4, a
    // letter text seldom holds), and ambiguous.ts counted it as a rival page's reading and left
    // the repair unapplied (confidence 0.39); a rival reading now has to be one text holds.
    expect(restored('Re: Tagastus – tellimus 52, Pärnu')).toBe(true);
    expect(repairText('Tagastus – KĆ¶ln').text).toBe('Tagastus – Köln');
    // Mac Roman's U+0334 for "Ã¥" is still a rival: ftfy's negative case stays as it came.
    expect(repairText('Bremer/Mccoy – DrÃ¥ber').changed).toBe(false);
  });

  it('restores "™" glued to a word ("Meridianâ„¢", was left: below the least gain)', () => {
    // "â„¢" alone is "™", and "Â©" on the same line is repaired; glued to "Meridian", "â" read as
    // the word's next letter and "n™" cost as much as "nâ„": the repair gained 0, with a space
    // before it 2; the least gain applied is 3 (repairText's `minGain`). Now "™" and "®" after an
    // ASCII letter cost nothing (as mojibake they follow a lead byte, never ASCII), and "â" ending a
    // word glued to „ costs 3. The desk audit keeps "CAFÉ™" clean.
    expect(restored('Meridian™ Support © 2026')).toBe(true);
    expect(repairText('Windowsâ„¢ 11, IntelÂ® Core').text).toBe('Windows™ 11, Intel® Core');
    expect(repairText('Meridian™ Support, Intel® Core, CAFÉ™').changed).toBe(false);
  });

  it('restores a lone "≥" or "≠" between ASCII ("x â‰¥ 0", was left: below the least gain)', () => {
    // A mathematical operator costs nothing (charClass.ts) and "â‰¥" little more: the repair
    // gained 1 ("≥") or 2 ("≠", whose A0 byte reads as a no-break space), under `minGain` 3, and
    // two on a line were not enough. "â" after a word or a space glued to „ † ‡ ‰ ‹ (E2 84-8B: the
    // lead of letterlike signs, arrows and operators) costs 3 now: no word ends so.
    expect(restored('if (x ≥ 0 && y ≠ 1) return "Größe";')).toBe(true);
    expect(repairText('Toleranz â‰¤ 0,2 mm, Gewicht â‰¥ 5 kg').text).toBe(
      'Toleranz ≤ 0,2 mm, Gewicht ≥ 5 kg',
    );
    expect(repairText('A â†’ B, a â‡’ b, Nº 5 â„– 7').text).toBe('A → B, a ⇒ b, Nº 5 № 7');
  });
});
