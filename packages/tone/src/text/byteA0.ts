// Mojibake whose byte 0xA0 came back as a plain space: a program that read the UTF-8 bytes as
// Windows-1252 saw a no-break space (0xA0) and wrote an ASCII space instead. "⠀" (E2 A0 80) shows
// as "â €", "⚠" (E2 9A A0) as "âš ", a no-break space (C2 A0) as "Â ". The shapes are the ones
// python-ftfy's restore_byte_a0 recognises (ftfy 6.3.1, chardata.ALTERED_UTF8_RE): only lead
// bytes whose sequence through 0xA0 is a common character, so that clean text keeps its spaces.

import { gluesToA } from './runParts.js';

/** Two-byte leads whose sequence with 0xA0 is a likely character: NBSP, à, Š, Π, Р, ٠. */
export const LEADS_2: ReadonlySet<number> = new Set([0xc2, 0xc3, 0xc5, 0xce, 0xd0, 0xd9]);

/** A continuation byte that is neither 0x85 (…, often folded) nor 0xA0 itself. */
const isPlainCont = (b: number | undefined): boolean =>
  b !== undefined && b >= 0x80 && b <= 0xbf && b !== 0x85 && b !== 0xa0;
const isCont = (b: number | undefined): boolean => b !== undefined && b >= 0x80 && b <= 0xbf;

/**
 * Which spaces (0x20) of `bytes` stand for a lost 0xA0: the space sits where a UTF-8 sequence
 * needs a continuation byte, in one of the shapes restore_byte_a0 accepts. Returns a copy with
 * those spaces turned back into 0xA0, and how many were restored.
 *
 * @param bytes - Bytes of a stretch of text re-encoded with its wrong page (any values 0-255).
 * @returns The bytes with lost 0xA0 restored, and the count of restored bytes.
 * @example
 * restoreByteA0([0xe2, 0x20, 0x80]); // { bytes: [0xe2, 0xa0, 0x80], restored: 1 }
 * @since 0.1.0
 */
export function restoreByteA0(bytes: readonly number[]): { bytes: number[]; restored: number } {
  const out = [...bytes];
  const restored = restoreByteA0InPlace(out);
  return { bytes: out, restored };
}

/** {@link restoreByteA0} on `bytes` itself (no copy); returns how many bytes were restored. */
export function restoreByteA0InPlace(bytes: {
  [i: number]: number;
  readonly length: number;
}): number {
  let restored = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    // Only a lead byte starts a shape.
    if (b < 0xc2 || b > 0xf0) continue;
    const at = shapeAt(bytes, i, b);
    if (at >= 0) {
      bytes[at] = 0xa0;
      restored++;
    }
  }
  return restored;
}

/** Whether the bytes at `i` are an Arabic-Indic digit, or "Ù" and a space (a zero that lost 0xA0). */
const digitAt = (bytes: ArrayLike<number>, i: number): boolean => {
  const n = bytes[i + 1] as number;
  return bytes[i] === 0xd9 && (n === 0x20 || (n >= 0xa0 && n <= 0xa9));
};

/** The index of the space that completes the sequence led by `b` at `i`, or -1. */
function shapeAt(bytes: ArrayLike<number>, i: number, b: number): number {
  const n1 = bytes[i + 1];
  // A two-byte lead is a shape only with a space right after it: the other two-byte leads (most
  // lead bytes of Windows-1252 mojibake, "Ã©") are answered here, without the set (a look-up
  // of LEADS_2 at each was 5.2M of piecesOf's 61.6M on hotPass text 11 3 12, session 52, V52e).
  // byteA0.prop.test.ts holds this to the shapes asked in their old order (byteA0Oracle.ts).
  if (b < 0xe0) {
    if (n1 !== 0x20) return -1;
    if (b === 0xc3) return gluesToA(bytes, i + 2, bytes[i - 1]) ? i + 1 : -1;
    // "Ù " is "٠" (Arabic-Indic zero) only in a number: beside another of those digits (D9 A0-A9,
    // or D9 and a space, a zero of its own). Between letters it is an Arabic letter that lost its
    // second byte and the word gap ("ظرف روز" as "Ø¸Ø±Ù Ø±ÙˆØ²", whose ف lost 0x81), and
    // reading the gap as 0xA0 put a zero inside the words and joined them.
    if (b === 0xd9) return digitAt(bytes, i - 2) || digitAt(bytes, i + 2) ? i + 1 : -1;
    return LEADS_2.has(b) ? i + 1 : -1;
  }
  const n2 = bytes[i + 2];
  const n3 = bytes[i + 3];
  if (b <= 0xe3) {
    if ((b === 0xe2 || b === 0xe3) && n1 === 0x20 && isPlainCont(n2)) return i + 1;
    if (isPlainCont(n1) && n2 === 0x20) return i + 2;
    return -1;
  }
  if (b === 0xf0) {
    if (n1 === 0x20 && isCont(n2) && isCont(n3)) return i + 1;
    if (isCont(n1) && n2 === 0x20 && isCont(n3)) return i + 2;
    if (isCont(n1) && isCont(n2) && n3 === 0x20) return i + 3;
  }
  return -1;
}
