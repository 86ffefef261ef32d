import { PACKED_NONE, PACKED_UNKNOWN, type PageEncoder, spaceMayBeA0 } from './codePages.js';
import { decodeChecked, utf8Status } from './utf8.js';

/** A stretch of characters whose bytes in one code page are complete UTF-8 sequences. */
export type Group = {
  /** First code point index (inclusive). */
  readonly start: number;
  /** Last code point index (exclusive). */
  readonly end: number;
  /** The text the characters' bytes decode to (U+FFFD for a sequence lost upstream). */
  readonly decoded: string;
  /** How many UTF-8 lead bytes (0xC0 and above) the bytes hold. */
  readonly leads: number;
  /** True when some character is a C1 control standing for a byte the page leaves undefined. */
  readonly browser: boolean;
  /** True when the group ends on an ASCII space read back as the NBSP byte 0xA0 it once was. */
  readonly absorbedSpace: boolean;
};

/** In a group's bytes: a sequence cut short and replaced by U+FFFD upstream (lossy, stays U+FFFD). */
export const LOST = 0x100;

// A double-byte page can split a UTF-8 sequence across characters; once the bytes parsed so far
// have not ended on a character boundary for this many bytes, the stretch is abandoned. The cap
// keeps the scan linear: no start position reads more than a few characters past its last hope.
export const MAX_UNALIGNED_BYTES = 12;

// The bytes of the stretch being parsed, written from the start by each attempt (`n` of them are
// its): emptying an array with `length = 0` dropped its store, and every attempt grew a new one
// (a fifth of what reading a never-seen message allocated). findGroups never re-enters itself.
const scratch: number[] = [];

/** How many UTF-8 lead bytes (0xC0 and above, not LOST) `bytes[0, n)` hold (quietRun.ts counts with it too). */
export function leadsIn(bytes: readonly number[], n: number): number {
  let leads = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b >= 0xc0 && b < LOST) leads++;
  }
  return leads;
}

/**
 * The group of characters `[start, end)` whose first `n` scratch bytes parsed as UTF-8: decoded
 * here, from the scratch bytes (a copy of them per group was garbage). Both loops build theirs so.
 */
function groupOf(
  bytes: readonly number[],
  start: number,
  end: number,
  n: number,
  browser: boolean,
  absorbedSpace: boolean,
): Group {
  return {
    start,
    end,
    decoded: decodeChecked(bytes, 0, n),
    leads: leadsIn(bytes, n),
    browser,
    absorbedSpace,
  };
}

/** A letter a word may go on with after a space read back as 0xA0 (findGroups and quietRun.ts). */
export const isLetterLike = (cp: number): boolean =>
  (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || cp >= 0xc0;

/**
 * The groups of characters in `cps[from, to)` whose bytes in `encoder`'s page form valid UTF-8
 * with at least one multi-byte sequence, each starting and ending on a character boundary.
 * Greedy from the left, longest first; characters outside every group are left as they are.
 */
export function findGroups(
  cps: readonly number[],
  from: number,
  to: number,
  encoder: PageEncoder,
  /** `one`: stop at the first group (whether there is one is all groupsInside asks). */
  options: { readonly limit?: number; readonly lossy?: boolean; readonly one?: boolean } = {},
): Group[] {
  const limit = options.limit ?? to;
  const lossy = options.lossy ?? false;
  // Single-byte pages (most of the pages read, and of findGroups' steps) take a loop of their own.
  if (encoder.flat)
    return flatGroups(cps, from, to, encoder, encoder.flat, limit, lossy, options.one);
  const groups: Group[] = [];
  let k = from;
  const bytes = scratch;
  const packed = encoder.packed;
  while (k < to) {
    const c = cps[k] as number;
    // A double-byte page's bytes of the first character, read again below as the stretch's first:
    // packed in place (codePages.ts PageEncoder.packed) once encode has answered for it.
    const at = packed && c < 0x10000 ? (packed[c] as number) : PACKED_UNKNOWN;
    const head = at > 0 || at === PACKED_NONE ? undefined : encoder.encode(c);
    const first = at > 0 ? (at >= 0x20000 ? (at >> 8) & 0xff : at & 0xff) : (head?.[0] ?? -1);
    if (first < 0xc2) {
      k++;
      continue;
    }
    let n = 0;
    let parsed = 0;
    let alignedChar = -1;
    let alignedByte = 0;
    let browser = false;
    let alignedBrowser = false;
    let j = k;
    let dead = false;
    let absorbed = false;
    let alignedAbsorbed = false;
    while (j < to && !dead) {
      const cp = cps[j] ?? 0;
      if (cp === 0xfffd && parsed < n && lossy) {
        // A sequence whose last bytes were lost upstream: keep it as one U+FFFD.
        n = parsed;
        bytes[n++] = LOST;
        parsed++;
        j++;
        alignedChar = j;
        alignedByte = parsed;
        alignedBrowser = browser;
        continue;
      }
      if (cp < 0xa0 && encoder.isBrowserSlot(cp)) browser = true;
      const v = packed && cp < 0x10000 ? (packed[cp] as number) : PACKED_UNKNOWN;
      if (v > 0) {
        if (v >= 0x20000) bytes[n++] = (v >> 8) & 0xff;
        bytes[n++] = v & 0xff;
      } else {
        if (v === PACKED_NONE) break;
        const b = j === k ? head : encoder.encode(cp);
        if (b === undefined) break;
        for (let i = 0; i < b.length; i++) bytes[n++] = b[i] as number;
      }
      j++;
      while (parsed < n) {
        if ((bytes[parsed] ?? 0) < 0x80 || bytes[parsed] === LOST) {
          parsed++; // an ASCII byte a double-byte character absorbed as its trail byte
          continue;
        }
        const len = utf8Status(bytes, parsed, n);
        if (len === -1) break;
        if (len === 0) {
          dead = true;
          break;
        }
        parsed += len;
      }
      if (lossy && !dead && j === to && j < limit && cps[j] === 0x3f && n - parsed >= 2) {
        // "â€?": a sequence whose last byte a lossy decoder turned into '?'.
        n = parsed;
        bytes[n++] = LOST;
        parsed++;
        j++;
      }
      if (
        !dead &&
        j === to &&
        j + 1 < limit &&
        cps[j] === 0x20 &&
        (cps[j + 1] === 0x20 || isLetterLike(cps[j + 1] ?? 0)) &&
        parsed < n &&
        spaceMayBeA0(encoder)
      ) {
        // The NBSP byte 0xA0 of "à" or "ภ" often comes back as a plain space: try it as 0xA0
        // when a word goes on after the space, in a page that reads 0xA0 as NBSP (spaceMayBeA0).
        bytes[n++] = 0xa0;
        const len = utf8Status(bytes, parsed, n);
        if (len > 0 && parsed + len === n) {
          parsed += len;
          j++;
          absorbed = true;
        } else n--;
      }
      if (!dead && parsed === n) {
        alignedChar = j;
        alignedByte = parsed;
        alignedBrowser = browser;
        alignedAbsorbed = absorbed;
      } else if (n - alignedByte > MAX_UNALIGNED_BYTES) break;
    }
    if (alignedChar > k) {
      groups.push(groupOf(bytes, k, alignedChar, alignedByte, alignedBrowser, alignedAbsorbed));
      if (options.one) break;
      k = alignedChar;
    } else k++;
  }
  return groups;
}

/** The length of the UTF-8 sequence lead byte `b` opens (2, 3 or 4), or 0 when it opens none. */
const leadLength = (b: number): number =>
  b < 0xc2 ? 0 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : b < 0xf5 ? 4 : 0;

/**
 * {@link findGroups} for a single-byte page (its `flat` table): the same groups, read one byte per
 * character, each byte checked once against the sequence it continues or opens. The general loop
 * read the open sequence again from its lead byte at every character (utf8Status) and carried the
 * double-byte page's state through each step: ~250 instructions a character in TurboFan's code,
 * most of it spills, on the never-seen stream's broken messages (T70d, session 50). Its answers
 * are utf8Status's for the bytes so far (a sequence, a valid prefix of one, or none):
 * findGroups.prop.test.ts holds it to findGroupsOracle.ts, the loop as it was.
 */
function flatGroups(
  cps: readonly number[],
  from: number,
  to: number,
  encoder: PageEncoder,
  flat: Int16Array,
  limit: number,
  lossy: boolean,
  one: boolean | undefined,
): Group[] {
  const groups: Group[] = [];
  const bytes = scratch;
  const a0 = spaceMayBeA0(encoder);
  let k = from;
  while (k < to) {
    // The characters whose byte leads no sequence, skipped.
    while (k < to) {
      const c = cps[k] as number;
      if (c < 0x10000 && (flat[c] as number) >= 0xc2) break;
      k++;
    }
    if (k === to) break;
    // bytes[parsed, n): the sequence open, of `total` bytes once complete (0: none open);
    // `doomed`: an 0xED whose second byte is 0xB0-0xBF (a surrogate alone), which passes as a
    // prefix and makes no sequence once complete (utf8Status answers -1, then 0).
    let n = 0;
    let parsed = 0;
    let total = 0;
    let doomed = false;
    let alignedChar = -1;
    let alignedByte = 0;
    let browser = false;
    let alignedBrowser = false;
    let absorbed = false;
    let alignedAbsorbed = false;
    let j = k;
    while (j < to) {
      const cp = cps[j] ?? 0;
      if (cp === 0xfffd && parsed < n && lossy) {
        // A sequence whose last bytes were lost upstream: keep it as one U+FFFD.
        n = parsed;
        bytes[n++] = LOST;
        parsed++;
        total = 0;
        doomed = false;
        j++;
        alignedChar = j;
        alignedByte = parsed;
        alignedBrowser = browser;
        continue;
      }
      if (cp < 0xa0 && encoder.isBrowserSlot(cp)) browser = true;
      const b = cp < 0x10000 ? (flat[cp] as number) : -1;
      if (b < 0) break;
      bytes[n++] = b;
      j++;
      if (total === 0) {
        if (b < 0x80) parsed = n;
        else {
          total = leadLength(b);
          if (total === 0) break; // a byte no sequence starts with
        }
      } else {
        const at = n - 1 - parsed;
        let ok = b >= 0x80 && b <= 0xbf;
        if (at === 1) {
          const b0 = bytes[parsed] as number;
          if ((b0 === 0xe0 && b < 0xa0) || (b0 === 0xf0 && b < 0x90) || (b0 === 0xf4 && b > 0x8f))
            ok = false;
          // 0xED 0xA0-0xAF opens a CESU-8 pair (six bytes); 0xED 0xB0-0xBF a surrogate alone.
          else if (ok && b0 === 0xed && b >= 0xa0) {
            if (b <= 0xaf) total = 6;
            else doomed = true;
          }
        } else if (total === 6 && at === 3) ok = b === 0xed;
        else if (total === 6 && at === 4) ok = ok && b >= 0xb0;
        if (!ok) break;
        if (n - parsed === total) {
          if (doomed) break;
          parsed = n;
          total = 0;
        }
      }
      if (lossy && j === to && j < limit && cps[j] === 0x3f && n - parsed >= 2) {
        // "â€?": a sequence whose last byte a lossy decoder turned into '?'.
        n = parsed;
        bytes[n++] = LOST;
        parsed++;
        total = 0;
        doomed = false;
        j++;
      }
      if (
        j === to &&
        j + 1 < limit &&
        cps[j] === 0x20 &&
        (cps[j + 1] === 0x20 || isLetterLike(cps[j + 1] ?? 0)) &&
        parsed < n &&
        a0
      ) {
        // The NBSP byte 0xA0 read back as a plain space (findGroups).
        bytes[n++] = 0xa0;
        const len = utf8Status(bytes, parsed, n);
        if (len > 0 && parsed + len === n) {
          parsed += len;
          total = 0;
          j++;
          absorbed = true;
        } else n--;
      }
      if (parsed === n) {
        alignedChar = j;
        alignedByte = parsed;
        alignedBrowser = browser;
        alignedAbsorbed = absorbed;
      } else if (n - alignedByte > MAX_UNALIGNED_BYTES) break;
    }
    if (alignedChar > k) {
      groups.push(groupOf(bytes, k, alignedChar, alignedByte, alignedBrowser, alignedAbsorbed));
      if (one) break;
      k = alignedChar;
    } else k++;
  }
  return groups;
}
