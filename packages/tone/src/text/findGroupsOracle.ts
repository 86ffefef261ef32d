import { PACKED_NONE, PACKED_UNKNOWN, type PageEncoder, spaceMayBeA0 } from './codePages.js';
import { type Group, isLetterLike, LOST, leadsIn, MAX_UNALIGNED_BYTES } from './findGroups.js';
import { decodeChecked, utf8Status } from './utf8.js';

// findGroups (findGroups.ts) as it was before T70d (session 50): each step re-reads the pending
// UTF-8 sequence from its lead byte with utf8Status, which tells a valid prefix from a dead one.
// The fast reader checks each byte once, as it comes. Test-only (no module of the package imports
// it); findGroups.prop.test.ts holds the two equal.

// Its bytes, written from the start by each attempt (as findGroups' scratch).
const scratch: number[] = [];

/**
 * The groups of characters in `cps[from, to)` whose bytes in `encoder`'s page form valid UTF-8
 * with at least one multi-byte sequence, each starting and ending on a character boundary.
 * Greedy from the left, longest first; characters outside every group are left as they are.
 */
export function findGroupsOracle(
  cps: readonly number[],
  from: number,
  to: number,
  encoder: PageEncoder,
  /** `one`: stop at the first group (whether there is one is all groupsInside asks). */
  options: { readonly limit?: number; readonly lossy?: boolean; readonly one?: boolean } = {},
): Group[] {
  const limit = options.limit ?? to;
  const lossy = options.lossy ?? false;
  const groups: Group[] = [];
  let k = from;
  const bytes = scratch;
  const flat = encoder.flat;
  const packed = encoder.packed;
  while (k < to) {
    // A single-byte page: the characters whose byte leads no sequence skipped in a loop of their own.
    if (flat) {
      while (k < to) {
        const c = cps[k] as number;
        if (c < 0x10000 && (flat[c] as number) >= 0xc2) break;
        k++;
      }
      if (k === to) break;
    }
    const c = cps[k] as number;
    // A double-byte page's bytes of the first character, read again below as the stretch's first:
    // packed in place (codePages.ts PageEncoder.packed) once encode has answered for it.
    const at = packed && c < 0x10000 ? (packed[c] as number) : PACKED_UNKNOWN;
    const head = flat || at > 0 || at === PACKED_NONE ? undefined : encoder.encode(c);
    const first = flat
      ? c < 0x10000
        ? (flat[c] as number)
        : -1
      : at > 0
        ? at >= 0x20000
          ? (at >> 8) & 0xff
          : at & 0xff
        : (head?.[0] ?? -1);
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
      if (flat) {
        const b = cp < 0x10000 ? (flat[cp] as number) : -1;
        if (b < 0) break;
        bytes[n++] = b;
      } else {
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
      groups.push({
        start: k,
        end: alignedChar,
        decoded: decodeChecked(bytes, 0, alignedByte),
        leads: leadsIn(bytes, alignedByte),
        browser: alignedBrowser,
        absorbedSpace: alignedAbsorbed,
      });
      if (options.one) break;
      k = alignedChar;
    } else k++;
  }
  return groups;
}
