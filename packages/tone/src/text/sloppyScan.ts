import { encoderFor } from './codePages.js';

// Whether the sloppy Windows-1252 reading of sloppyStretch.ts could find anything in a text,
// answered by one scan over its char codes. That reading needs at least one complete UTF-8
// sequence in the Windows-1252 bytes of a stretch, with spaces read back as the 0xA0 bytes they
// may have been: so a Windows-1252 lead byte directly followed by a continuation byte, or by a
// space (for a two-byte lead, any space; for a longer one, a space inside the stretch, i.e.
// followed by another non-ASCII character). C1 controls and U+FFFD answer yes (they are bytes of
// the sloppy page, and lost bytes; repairText also asks it before withoutHopeless, which a U+FFFD
// alone keeps running); per stretch, a U+FFFD alone only charges the budget (maySloppyIn).
// sloppyScan.prop.test.ts holds it to withSloppyStretches.

/** Windows-1252 class of a character: none, lead of a two-byte sequence, longer lead, continuation. */
export const W = { none: 0, lead2: 1, lead: 2, cont: 3 } as const;

let table: Uint8Array | undefined;

/** Per BMP character, its {@link W} class in Windows-1252 (built once, 64 KiB). */
export function windows1252Classes(): Uint8Array {
  if (table) return table;
  const page = encoderFor('windows-1252');
  const t = new Uint8Array(0x10000);
  for (let cp = 0x80; cp < 0x10000; cp++) {
    const b = page.encode(cp)?.[0];
    if (b === undefined || b < 0x80) continue;
    t[cp] =
      b <= 0xbf ? W.cont : b >= 0xc2 && b <= 0xdf ? W.lead2 : b >= 0xe0 && b <= 0xf4 ? W.lead : 0;
  }
  table = t;
  return t;
}

/**
 * False when the sloppy Windows-1252 reading of `text` cannot hold one complete UTF-8 sequence,
 * so that withSloppyStretches would return the engine's proposals as they are.
 */
export function mayReadSloppy(text: string): boolean {
  const w = windows1252Classes();
  let lead = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.charCodeAt(i);
    if (cp < 0x80) {
      if (lead !== 0 && cp === 0x20 && (lead === W.lead2 || text.charCodeAt(i + 1) >= 0x80))
        return true;
      lead = 0;
      continue;
    }
    if (cp < 0xa0 || cp === 0xfffd) return true;
    const c = w[cp] as number;
    if (lead !== 0 && c === W.cont) return true;
    lead = c === W.cont ? 0 : c;
  }
  return false;
}

/**
 * {@link mayReadSloppy} over the code points cps[s, e) (one stretch of sloppyStretch.ts): whether
 * the stretch's sloppy reading can hold one complete UTF-8 sequence: 2 when it may, 1 when only a
 * U+FFFD made the old answer yes (charged, not read), 0 when it cannot. Every place
 * the scan looks for lies inside one stretch (a lead and what follows it; a space after a lead is
 * inside the stretch or its trailing space), so a text's stretches answer what the text does
 * (sloppyScan.prop.test.ts); cps[e] is read only as the character after a trailing space.
 *
 * A U+FFFD is the sloppy page's LOST_BYTE (0x100), neither a lead nor a continuation byte: it
 * completes no sequence and opens none, so it alone does not make a stretch worth reading. Such a
 * stretch answers 1: the sweep charges the work budget for it as it did when
 * U+FFFD answered yes (the budget's course is unchanged) and reads nothing. GBK text that lost
 * bytes ("鎰熻阿�") is all such stretches: their reading took 15% of that kind's time and
 * found nothing (a piece is read only with a lead directly before a continuation byte).
 */
export function maySloppyIn(cps: readonly number[], s: number, e: number): 0 | 1 | 2 {
  const w = windows1252Classes();
  let lead = 0;
  let lost = false;
  for (let i = s; i < e; i++) {
    const cp = cps[i] as number;
    if (cp < 0x80) {
      // Past the text, cps[i + 1] compares as nothing does.
      if (lead !== 0 && cp === 0x20 && (lead === W.lead2 || (cps[i + 1] as number) >= 0x80))
        return 2;
      lead = 0;
      continue;
    }
    if (cp < 0xa0) return 2;
    // Above the BMP: no Windows-1252 byte (a string's surrogates read the same); U+FFFD none.
    const c = w[cp] ?? W.none;
    if (cp === 0xfffd) lost = true;
    else if (lead !== 0 && c === W.cont) return 2;
    lead = c === W.cont ? 0 : c;
  }
  return lost ? 1 : 0;
}
