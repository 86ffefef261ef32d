import { fromCps } from './engine.js';
import { utf8SequenceLength } from './utf8.js';

// UTF-8 that lost bytes on its way: a decoder that met a byte its page leaves undefined wrote
// U+FFFD (or '?') in its place, so "ï¸" + U+FFFD is what is left of the variation selector
// EF B8 8F. Such a sequence cannot be restored, but it can be read as one U+FFFD instead of
// failing the whole stretch. The shapes follow python-ftfy's replace_lossy_sequences (ftfy 6.3.1,
// chardata.LOSSY_UTF8_RE): a lead byte, then the continuation slots its length needs, at least one
// of them lost; '?' counts as lost at most once per sequence, and after a two-byte lead only after
// 0xC2 or 0xC3 (the leads of Latin-1's own letters), because '?' is also ordinary punctuation.

/** In a byte array: a character that was U+FFFD, i.e. a byte lost upstream. */
export const LOST_BYTE = 0x100;

const isCont = (b: number | undefined): boolean => b !== undefined && b >= 0x80 && b <= 0xbf;

/** What {@link decodeLossyUtf8} read: the text and what it took to read it. */
export type LossyReading = {
  readonly text: string;
  /** Complete multi-byte sequences decoded. */
  readonly sequences: number;
  /** Sequences with lost bytes, each read as one U+FFFD. */
  readonly lossy: number;
};

/** What {@link decodeLossyCodePoints} read: code points instead of a string. */
export type LossyCodePoints = {
  readonly cps: number[];
  readonly sequences: number;
  readonly lossy: number;
};

/**
 * Decode bytes as UTF-8 where a sequence whose continuation bytes were lost ({@link LOST_BYTE},
 * or one '?') becomes one U+FFFD. Returns undefined when a byte above 0x7F fits no sequence, so
 * that only stretches that read through entirely are repaired.
 *
 * @param bytes - Bytes 0-255, and {@link LOST_BYTE} where the text held U+FFFD.
 * @returns The text with its counts, or undefined when the bytes are not (lossy) UTF-8.
 * @example
 * decodeLossyUtf8([0xef, 0xb8, 0x100])?.text; // '\ufffd'
 * @since 0.1.0
 */
export function decodeLossyUtf8(bytes: readonly number[]): LossyReading | undefined {
  const read = decodeLossyCodePoints(bytes);
  if (!read) return undefined;
  return { text: fromCps(read.cps), sequences: read.sequences, lossy: read.lossy };
}

/**
 * {@link decodeLossyUtf8} as code points: one pass, no string built (long stretches). With
 * `leadLost`, a lost byte followed by one to three continuation bytes (none of them claimed by a
 * lead before it) is also read as one U+FFFD: the bytes a sequence whose LEAD byte was lost
 * leaves. Only where the lost byte may have been a lead: a layer read from the text of a lossy
 * reading one layer up, where a U+FFFD stands for a character lost whole, whatever its byte here
 * (sloppyStretch.ts layer). Windows-1252 itself loses no lead byte (it leaves 0x81, 0x8D, 0x8F,
 * 0x90 and 0x9D undefined), so the first layer reads without it.
 */
export function decodeLossyCodePoints(
  bytes: ArrayLike<number>,
  from = 0,
  to = bytes.length,
  leadLost = false,
): LossyCodePoints | undefined {
  const cps: number[] = [];
  let sequences = 0;
  let lossy = 0;
  let i = from;
  const n = to;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      cps.push(b);
      i++;
      continue;
    }
    if (b === LOST_BYTE) {
      // "σ" (CF 83) broken twice through a Windows-1252 that loses bytes: its "Ï" (C3 8F) lost
      // the 0x8F, so one layer down the lead 0xCF is a U+FFFD before the 0x83 ("�ƒ"): one
      // character lost, read as one U+FFFD, not a U+FFFD and a stray "ƒ" (issue #11, V54e).
      const tail = leadLost ? tailLength(bytes, i + 1, n) : 0;
      if (tail < 0) return undefined;
      cps.push(0xfffd);
      if (tail > 0) lossy++;
      i += 1 + tail;
      continue;
    }
    const len = utf8SequenceLength(bytes, i, n);
    if (len > 0) {
      cps.push(decodeOne(bytes, i, len));
      sequences++;
      i += len;
      continue;
    }
    const lost = lossyLength(bytes, i, n);
    if (lost === 0) return undefined;
    cps.push(0xfffd);
    lossy++;
    i += lost;
  }
  return { cps, sequences, lossy };
}

/**
 * How many continuation bytes follow a lost byte from `i` on: 0 to 3, the most a lead byte opens;
 * -1 past that (no single character's bytes).
 */
function tailLength(bytes: ArrayLike<number>, i: number, end: number): number {
  let k = 0;
  while (i + k < end && isCont(bytes[i + k])) if (++k > 3) return -1;
  return k;
}

/** The length of a lossy sequence led by `bytes[i]`, or 0. */
function lossyLength(bytes: ArrayLike<number>, i: number, end: number): number {
  const b = bytes[i] ?? 0;
  const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 ? 3 : 0;
  if (need === 0 || b > 0xf4) return 0;
  let lost = 0;
  let questions = 0;
  for (let k = 1; k <= need; k++) {
    const c = i + k < end ? bytes[i + k] : undefined;
    if (c === LOST_BYTE) lost++;
    else if (c === 0x3f) questions++;
    else if (!isCont(c)) return 0;
  }
  if (questions > 1 || lost + questions === 0) return 0;
  if (need === 1 && questions === 1 && b !== 0xc2 && b !== 0xc3) return 0;
  return need + 1;
}

/** The code point of the valid sequence of `n` bytes at `i` (CESU-8 pairs joined). */
function decodeOne(bytes: ArrayLike<number>, i: number, n: number): number {
  const b0 = bytes[i] as number;
  const c1 = (bytes[i + 1] as number) & 0x3f;
  if (n === 2) return ((b0 & 0x1f) << 6) | c1;
  const c2 = (bytes[i + 2] as number) & 0x3f;
  if (n === 3) return ((b0 & 0x0f) << 12) | (c1 << 6) | c2;
  const c3 = (bytes[i + 3] as number) & 0x3f;
  if (n === 4) return ((b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3;
  // CESU-8: a surrogate pair written as two three-byte sequences.
  const hi = ((b0 & 0x0f) << 12) | (c1 << 6) | c2;
  const lo =
    ((c3 & 0x0f) << 12) |
    (((bytes[i + 4] as number) & 0x3f) << 6) |
    ((bytes[i + 5] as number) & 0x3f);
  return 0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00);
}

/**
 * Where {@link decodeLossyCodePoints} reads a sequence with a lost byte, as triples: the index of
 * its U+FFFD among the code points read, the index of its lead byte, and its length in bytes. The
 * same walk, kept apart from the decoder's (lostLetter.ts asks it of a repair already made).
 *
 * @param bytes - Bytes 0-255, and {@link LOST_BYTE} where the text held U+FFFD.
 * @returns The triples, in order; empty when the bytes are not (lossy) UTF-8 or lost nothing.
 * @example
 * lossySequences([0x54, 0xc4, LOST_BYTE]); // [1, 1, 2]
 * @since 0.1.0
 */
export function lossySequences(bytes: ArrayLike<number>): number[] {
  const found: number[] = [];
  let out = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const len = b < 0x80 || b === LOST_BYTE ? 1 : utf8SequenceLength(bytes, i, bytes.length);
    if (len > 0) {
      // A surrogate pair (CESU-8, six bytes) is one code point, as decodeOne reads it.
      out++;
      i += len;
      continue;
    }
    const lost = lossyLength(bytes, i, bytes.length);
    if (lost === 0) return [];
    found.push(out, i, lost);
    out++;
    i += lost;
  }
  return found;
}
