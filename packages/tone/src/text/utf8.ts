// A strict UTF-8 reader over bytes that came from re-encoding text, with the one extension real
// mojibake needs: CESU-8 (a surrogate pair written as two 3-byte sequences, as Java and old MySQL
// did), which ftfy's corpus shows in the wild.

/**
 * Length of the valid UTF-8 (or CESU-8 pair) sequence of two or more bytes that starts at
 * `bytes[i]`, or 0 when none does (ASCII, a stray continuation byte, an overlong or truncated form).
 */
export function utf8SequenceLength(bytes: ArrayLike<number>, i: number, end: number): number {
  const b0 = bytes[i] ?? 0;
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b0 >= 0xc2 && b0 <= 0xdf) need = 1;
  else if (b0 >= 0xe0 && b0 <= 0xef) {
    need = 2;
    if (b0 === 0xe0) lo = 0xa0;
    else if (b0 === 0xed) hi = 0x9f;
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    need = 3;
    if (b0 === 0xf0) lo = 0x90;
    else if (b0 === 0xf4) hi = 0x8f;
  } else return 0;
  if (i + need >= end) return 0;
  const b1 = bytes[i + 1] ?? 0;
  if (b0 === 0xed && b1 >= 0xa0 && b1 <= 0xaf) return cesuPair(bytes, i, end);
  if (b1 < lo || b1 > hi) return 0;
  for (let k = 2; k <= need; k++) {
    const b = bytes[i + k] ?? 0;
    if (b < 0x80 || b > 0xbf) return 0;
  }
  return need + 1;
}

function cesuPair(bytes: ArrayLike<number>, i: number, end: number): number {
  if (i + 6 > end) return 0;
  const ok =
    (bytes[i + 2] ?? 0) >= 0x80 &&
    (bytes[i + 2] ?? 0) <= 0xbf &&
    bytes[i + 3] === 0xed &&
    (bytes[i + 4] ?? 0) >= 0xb0 &&
    (bytes[i + 4] ?? 0) <= 0xbf &&
    (bytes[i + 5] ?? 0) >= 0x80 &&
    (bytes[i + 5] ?? 0) <= 0xbf;
  return ok ? 6 : 0;
}

/**
 * Like {@link utf8SequenceLength}, but tells a sequence cut short by `end` (-1: more bytes could
 * complete it) from one that can never be valid (0).
 */
export function utf8Status(bytes: ArrayLike<number>, i: number, end: number): number {
  const n = utf8SequenceLength(bytes, i, end);
  if (n > 0) return n;
  const b0 = bytes[i] ?? 0;
  const need =
    b0 >= 0xc2 && b0 <= 0xdf ? 2 : b0 >= 0xe0 && b0 <= 0xef ? 3 : b0 >= 0xf0 && b0 <= 0xf4 ? 4 : 0;
  if (need === 0) return 0;
  const cesu =
    b0 === 0xed && i + 1 < end && (bytes[i + 1] ?? 0) >= 0xa0 && (bytes[i + 1] ?? 0) <= 0xaf;
  const total = cesu ? 6 : need;
  if (i + total <= end) return 0; // enough bytes were there, and they were wrong
  // Check the bytes we have as a prefix: continuation bytes where continuation bytes belong, and
  // in a CESU-8 pair 0xED then 0xB0-0xBF at its fourth and fifth bytes. The bounds are picked as
  // data, every comparison made for every byte: a CESU-8 prefix is rare (the never-seen stream's
  // first came at its 7,500th message), and an arithmetic or comparison met first in optimised
  // code threw away the compiled code of findGroups, which holds this function. (The pair read
  // the same way in utf8SequenceLength, whose loop runs for every sequence, cost more on warm text
  // than the recompile it spared: +1.2% instructions on 5,760 broken messages read warm.)
  const third = i + 3;
  const fourth = i + 4;
  for (let k = i + 1; k < end; k++) {
    const b = bytes[k] ?? 0;
    const at3 = k === third;
    const at4 = k === fourth;
    const lo = cesu ? (at3 ? 0xed : at4 ? 0xb0 : 0x80) : 0x80;
    const hi = cesu && at3 ? 0xed : 0xbf;
    if (b < lo || b > hi) return 0;
  }
  if (i + 1 < end) {
    const b1 = bytes[i + 1] ?? 0;
    if ((b0 === 0xe0 && b1 < 0xa0) || (b0 === 0xf0 && b1 < 0x90) || (b0 === 0xf4 && b1 > 0x8f))
      return 0;
  }
  return -1;
}

// The code units decodeChecked writes, from the start each call (the first `n` are the text's; it
// grows to the longest group met, as findGroups' byte scratch does). Built by `+=`, a text past 12
// code units is a rope, which its first reader flattens (engine.ts conflicts comparing two pages'
// texts, a cost, a memo key): a CJK run read by a double-byte page decodes to 20-60 of them, and
// the decode and those flattenings were a sixth of the warm time of GBK text that lost bytes
// (T48c). From a list in one call the text is flat at once; short texts are still built by `+=`.
const units: number[] = [];
const SLICE = 4096;

/** Decode bytes already checked by {@link utf8SequenceLength} (ASCII passes through). */
export function decodeChecked(bytes: ArrayLike<number>, start: number, end: number): string {
  let n = 0;
  let i = start;
  while (i < end) {
    const b0 = bytes[i] ?? 0;
    if (b0 < 0x80) {
      units[n++] = b0;
      i++;
      continue;
    }
    if (b0 === 0x100) {
      units[n++] = 0xfffd; // a sequence lost upstream (findGroups' LOST)
      i++;
      continue;
    }
    const length = utf8SequenceLength(bytes, i, end);
    if (length === 6) {
      units[n++] = 0xd800 | (((bytes[i + 1] ?? 0) & 0x0f) << 6) | ((bytes[i + 2] ?? 0) & 0x3f);
      units[n++] = 0xdc00 | (((bytes[i + 4] ?? 0) & 0x0f) << 6) | ((bytes[i + 5] ?? 0) & 0x3f);
    } else if (length === 2) {
      units[n++] = ((b0 & 0x1f) << 6) | ((bytes[i + 1] ?? 0) & 0x3f);
    } else if (length === 3) {
      units[n++] =
        ((b0 & 0x0f) << 12) | (((bytes[i + 1] ?? 0) & 0x3f) << 6) | ((bytes[i + 2] ?? 0) & 0x3f);
    } else if (length === 4) {
      // Above the BMP (at most U+10FFFF: utf8SequenceLength checked), as its two surrogates.
      const cp =
        (((b0 & 0x07) << 18) |
          (((bytes[i + 1] ?? 0) & 0x3f) << 12) |
          (((bytes[i + 2] ?? 0) & 0x3f) << 6) |
          ((bytes[i + 3] ?? 0) & 0x3f)) -
        0x10000;
      units[n++] = 0xd800 | (cp >> 10);
      units[n++] = 0xdc00 | (cp & 0x3ff);
    } else {
      units[n++] = 0xfffd;
      i++;
      continue;
    }
    i += length;
  }
  let out = '';
  if (n <= 12) for (let k = 0; k < n; k++) out += String.fromCharCode(units[k] as number);
  // In slices: a call's arguments sit on the stack (a run may be a megabyte long).
  else
    for (let k = 0; k < n; k += SLICE)
      out += String.fromCharCode(...units.slice(k, Math.min(n, k + SLICE)));
  return out;
}
