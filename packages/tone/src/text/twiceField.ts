import { charInfo, isAsciiLetter, isLetterOf, SCRIPT } from './charClass.js';
import { FIELD_MAX, mayStand } from './cjkField.js';
import type { PageEncoder } from './codePages.js';
import { windowCost } from './cost.js';
import { readLatin } from './latinField.js';
import { toCps } from './runParts.js';
import { decodeChecked, utf8SequenceLength } from './utf8.js';

// A short Latin field broken twice: a letter or sign's UTF-8 read through a double-byte page as a
// CJK character, whose UTF-8 a single-byte page read in turn ("ø", C3 B8, is GBK's "酶", E9 85 B6,
// which Windows-1252 reads "é…¶": the field audit's "Bodé…¶", "Wrocè‰‚aw", "Tea 100 g ç¹š
// organic"). The engine reads such a stretch one layer down only, to a CJK character inside a
// Latin word ("Bod酶"), which costs about what the stretch did, and leaves it; or to a common
// character standing apart, which it applies ("繚", Big5's "·"). No neighbour read through the two
// pages vouches for the chain (dominantChain.ts reads a run only in a text the chain is known to
// have broken). The field itself does: a stretch of a Latin field is read back through a
// single-byte page then a double-byte page when all of this holds:
// - the field is short (FIELD_MAX UTF-16 units), one line, and holds two ASCII letters or more;
// - every stretch past ASCII is written by one single-byte page as valid UTF-8 (three-byte
//   sequences), all of it CJK (Han, kana, Hangul, their punctuation, half and full widths), which
//   one double-byte page writes as valid UTF-8 of Latin letters and signs (latinField.ts
//   readLatin): two layers of valid UTF-8, the second spelling Latin, in a Latin field;
// - every pair of the call's pages that reads all the stretches so reads them alike (a single-byte
//   page and its browser variant, GBK and GB18030, agree; two texts: left);
// - the reading gains FIELD_GAIN over the whole field in the cost model, and no stretch costs more
//   read than as it came.
// The price: a Latin field holding a CJK character the sender wrote, broken once through a
// single-byte page, whose bytes through a double-byte page are a Latin letter's or sign's ("繚" in
// "Tea 100 g ç¹š organic" is "·" through Big5): a lone CJK character among Latin words, broken
// once, is read as a Latin letter or sign broken twice (the field audit's clean fields, the
// corpora and ftfy's cases hold none: twiceField.test.ts, twiceField.prop.test.ts).

/** A stretch of the field read through two pages: its span, its reading, both pages' indices. */
export type TwiceSpan = {
  readonly at: number;
  readonly end: number;
  readonly after: string;
  /** The single-byte page that read the stretch last (the outer layer), an index in `encoders`. */
  readonly outer: number;
  /** The double-byte page that read the letter first (the inner layer), an index in `encoders`. */
  readonly page: number;
};

const codeAt = String.prototype.charCodeAt;

/**
 * What single-byte page `e` makes of text[start, end): the text its bytes are as UTF-8 when they
 * are whole three-byte sequences, each a character that may stand in a CJK field; else undefined.
 */
function readCjk(text: string, start: number, end: number, e: PageEncoder): string | undefined {
  const bytes: number[] = [];
  for (let i = start; i < end; i++) {
    const b = e.encode(codeAt.call(text, i));
    if (b === undefined || b.length !== 1) return undefined;
    bytes.push(b[0] as number);
  }
  if (bytes.length % 3 !== 0) return undefined;
  for (let i = 0; i < bytes.length; i += 3)
    if (utf8SequenceLength(bytes, i, bytes.length) !== 3) return undefined;
  const out = decodeChecked(bytes, 0, bytes.length);
  for (let i = 0; i < out.length; i++) if (!mayStand(codeAt.call(out, i))) return undefined;
  return out;
}

/**
 * The stretches of a short Latin field broken twice, a letter through a double-byte page and then
 * through a single-byte page, to read back through both (this file's header); empty when the
 * field is not one or the evidence does not hold.
 *
 * @param text - The field as it came (no repair applied).
 * @param encoders - The call's pages.
 * @returns The stretches to read back, in order, each with its two pages; empty when there is none.
 * @example
 * twiceField('Bodé…¶', encoders); // [{ at: 3, end: 6, after: 'ø', outer: 0, page: 4 }] (1252, GBK)
 * twiceField('Café', encoders); // [] ("é" is E9 through Windows-1252: no UTF-8)
 * @since 0.1.0
 */
export function twiceField(text: string, encoders: readonly PageEncoder[]): TwiceSpan[] {
  const n = text.length;
  if (n > FIELD_MAX || encoders.length > 31) return [];
  // The stretches past ASCII, and the field's ASCII letters.
  const stretches: number[] = [];
  let letters = 0;
  for (let i = 0; i < n; ) {
    const c = codeAt.call(text, i);
    if (c < 0x80) {
      if (c < 0x20 || c === 0x7f) return [];
      if (isAsciiLetter(c)) letters++;
      i++;
      continue;
    }
    let j = i;
    for (; j < n; j++) {
      const d = codeAt.call(text, j);
      if (d < 0x80) break;
      // CJK and what follows it up to the private use area: no single-byte page writes it (most
      // short texts that get here are Chinese, Japanese or Korean, and stop at their first).
      if (d >= 0x3000 && d < 0xf8ff) return [];
    }
    // Three characters a CJK character of three UTF-8 bytes, read one byte a character.
    if ((j - i) % 3 !== 0) return [];
    stretches.push(i, j);
    i = j;
  }
  if (stretches.length === 0 || letters < 2) return [];
  // The single-byte pages that write every stretch's first character as a three-byte lead (E3-EF:
  // CJK's, halfwidth forms'), looked up in their tables before anything is made.
  let outers = 0;
  for (let e = 0; e < encoders.length; e++) {
    const flat = (encoders[e] as PageEncoder).flat;
    if (flat === undefined) continue;
    let all = true;
    for (let s = 0; s < stretches.length && all; s += 2) {
      const b = flat[codeAt.call(text, stretches[s] as number)] as number;
      all = b >= 0xe3 && b <= 0xef;
    }
    if (all) outers |= 1 << e;
  }
  if (outers === 0) return [];
  let reading: string[] | undefined;
  let outer = -1;
  let inner = -1;
  for (let o = 0; o < encoders.length; o++) {
    if ((outers & (1 << o)) === 0) continue;
    const middles: string[] = [];
    for (let s = 0; s < stretches.length; s += 2) {
      const m = readCjk(
        text,
        stretches[s] as number,
        stretches[s + 1] as number,
        encoders[o] as PageEncoder,
      );
      if (m === undefined) break;
      middles.push(m);
    }
    if (middles.length * 2 !== stretches.length) continue;
    for (let d = 0; d < encoders.length; d++) {
      const enc = encoders[d] as PageEncoder;
      if (!enc.doubleByte) continue;
      const out: string[] = [];
      for (const m of middles) {
        const r = readLatin(m, 0, m.length, enc);
        if (r === undefined) break;
        out.push(r);
      }
      if (out.length !== middles.length) continue;
      if (reading === undefined) {
        reading = out;
        outer = o;
        inner = d;
      } else if (out.some((r, k) => r !== reading?.[k])) return []; // two chains, two texts
    }
  }
  if (reading === undefined) return [];
  // Each reading a letter inside a word or a sign apart; the field no dearer than read once.
  for (let s = 0; s < stretches.length; s += 2)
    if (
      !shapely(text, stretches[s] as number, stretches[s + 1] as number, reading[s / 2] as string)
    )
      return [];
  const middle = spliced(text, stretches, middles(text, stretches, encoders[outer] as PageEncoder));
  if (costOf(spliced(text, stretches, reading)) > costOf(middle)) return [];
  return reading.map((after, k) => ({
    at: stretches[2 * k] as number,
    end: stretches[2 * k + 1] as number,
    after,
    outer,
    page: inner,
  }));
}

/** The one-layer readings of the stretches through single-byte page `e` (each known to read). */
function middles(text: string, stretches: readonly number[], e: PageEncoder): string[] {
  const out: string[] = [];
  for (let s = 0; s < stretches.length; s += 2)
    out.push(readCjk(text, stretches[s] as number, stretches[s + 1] as number, e) as string);
  return out;
}

/** `text` with each stretch [2k, 2k+1) of `stretches` replaced by `reading[k]`. */
function spliced(text: string, stretches: readonly number[], reading: readonly string[]): string {
  let out = '';
  let last = 0;
  for (let s = 0; s < stretches.length; s += 2) {
    out += text.slice(last, stretches[s] as number) + (reading[s / 2] as string);
    last = stretches[s + 1] as number;
  }
  return out + text.slice(last);
}

/** What `text` costs whole in the cost model. */
function costOf(text: string): number {
  const cps = toCps(text);
  return windowCost(cps, 0, cps.length);
}

/**
 * Whether `after`, read for text[at, end), is Latin letters glued to an ASCII letter beside the
 * stretch (a letter inside a word: "Bodø", "Wrocław"), or signs only with no ASCII letter glued on
 * either side (a sign apart: "100 g · organic"). A letter standing apart ("iPhone æ¯› case", "毛"
 * broken once, would be "ë") or a sign glued to a word is neither, and is left.
 */
function shapely(text: string, at: number, end: number, after: string): boolean {
  const glued =
    (at > 0 && isAsciiLetter(codeAt.call(text, at - 1))) ||
    (end < text.length && isAsciiLetter(codeAt.call(text, end)));
  let letters = 0;
  for (let i = 0; i < after.length; i++)
    if (isLetterOf(charInfo(codeAt.call(after, i)), SCRIPT.latin)) letters++;
  return letters === after.length ? glued : letters === 0 && !glued;
}
