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
 * so that withSloppyStretches would return the engine's proposals as they are. `from`: where to
 * start, when the text before it is known to hold none of what the answer looks for and to end
 * with no lead open (the clean scan's `quietTo`, cleanScan.ts).
 */
export function mayReadSloppy(text: string, from = 0): boolean {
  const w = windows1252Classes();
  let lead = 0;
  for (let i = from; i < text.length; i++) {
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

let deeper: Uint8Array | undefined;

/**
 * Per BMP character, 1 when its Windows-1252 byte leads the UTF-8 of a character whose own byte is
 * a continuation byte ("Â" C2, "Å" C5, "Æ" C6, "Ë" CB, "â" E2: the first bytes of U+0080-U+00BF,
 * "Š", "ƒ", "ˆ", "€" and the other signs of 0x80-0x9F): after "Ã" and a continuation character
 * (a letter of U+00C0-U+00FF read once), the start of a character that, read once, is a
 * continuation byte of the next layer.
 */
function deeperLeads(): Uint8Array {
  if (deeper) return deeper;
  const w = windows1252Classes();
  const page = encoderFor('windows-1252');
  const firsts = new Set<number>();
  for (let cp = 0x80; cp < 0x10000; cp++)
    if (w[cp] === W.cont) firsts.add(cp < 0x800 ? 0xc0 | (cp >> 6) : 0xe0 | (cp >> 12));
  const t = new Uint8Array(0x10000);
  for (let cp = 0x80; cp < 0x10000; cp++) {
    const b = page.encode(cp)?.[0];
    if (b !== undefined && firsts.has(b)) t[cp] = 1;
  }
  deeper = t;
  return t;
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
 *
 * A stretch that holds a complete sequence answers 1 too (charged, not read) when no piece of it
 * can need a step of the sloppy reading (sloppyStretch.ts readPiece: a reading is one only where
 * a 0xA0 was restored, a sequence lost bytes, or a layer deeper than the first reads through): no
 * space where a 0xA0 may be restored (after a lead, or a longer one's lead and at most two
 * continuation characters), no
 * U+FFFD or '?' (a lossy sequence needs one), and no second layer, which needs a first that holds
 * a sequence in Windows-1252 bytes: a lead of U+00C2-U+00F4 ("Ã" and a continuation character)
 * directly before a character that is a continuation byte (deeperLeads). Text broken once through
 * Windows-1252 ("GrÃ¶ÃŸe", "rÃ©Ã©crire") is such stretches: their reading found nothing.
 */
export function maySloppyIn(cps: readonly number[], s: number, e: number): 0 | 1 | 2 {
  const w = windows1252Classes();
  const d = deeperLeads();
  let lead = 0;
  // Continuation characters since the last lead of a longer sequence (-1: none since another).
  let conts = -1;
  let lost = false;
  let question = false;
  let pair = false;
  for (let i = s; i < e; i++) {
    const cp = cps[i] as number;
    if (cp < 0x80) {
      // Past the text, cps[i + 1] compares as nothing does.
      if (lead !== 0 && cp === 0x20 && (lead === W.lead2 || (cps[i + 1] as number) >= 0x80))
        return 2;
      // A space after the lead of a longer sequence and one or two continuations may be that
      // sequence's 0xA0 (byteA0.ts; after a two-byte lead, only the space right after it).
      if (cp === 0x20 && conts > 0 && conts <= 2) return 2;
      if (cp === 0x3f) question = true;
      lead = 0;
      conts = -1;
      continue;
    }
    if (cp < 0xa0) return 2;
    // Above the BMP: no Windows-1252 byte (a string's surrogates read the same); U+FFFD none.
    const c = w[cp] ?? W.none;
    if (cp === 0xfffd) lost = true;
    else if (lead !== 0 && c === W.cont) {
      pair = true;
      // "Ã", a continuation, then the first character of a continuation byte one layer down.
      if (cps[i - 1] === 0xc3 && i + 1 < e && d[cps[i + 1] as number] === 1) return 2;
    }
    conts = c === W.cont ? (conts >= 0 ? conts + 1 : -1) : c === W.lead ? 0 : -1;
    lead = c === W.cont ? 0 : c;
  }
  if (pair && (lost || question)) return 2;
  return pair || lost ? 1 : 0;
}
