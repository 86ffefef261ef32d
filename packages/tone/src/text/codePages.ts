import iconv from 'iconv-lite';
import type { CodePage } from './codePageList.js';

export { CODE_PAGES, type CodePage, DEFAULT_PAGES } from './codePageList.js';

const DOUBLE_BYTE: ReadonlySet<CodePage> = new Set([
  'gbk',
  'gb18030',
  'shift_jis',
  'cp932',
  'euc-jp',
  'big5',
  'cp950',
  'euc-kr',
]);

/** Bytes of one character in a code page, or undefined when the page cannot encode it. */
export type CharBytes = readonly number[];

/** An encoder for one code page: character (one code point) → bytes, and what kind of slot it used. */
export type PageEncoder = {
  readonly page: CodePage;
  readonly doubleByte: boolean;
  /** The bytes of code point `cp`, or undefined. */
  readonly encode: (cp: number) => CharBytes | undefined;
  /**
   * True when `cp` is a C1 control standing for a byte the page leaves undefined: the browser
   * (WHATWG) variant of a Windows page decodes such bytes to U+0080–U+009F.
   */
  readonly isBrowserSlot: (cp: number) => boolean;
  /**
   * Whether the page's decoder can lose a byte that continues a UTF-8 sequence (0x80-0xBF): a
   * double-byte page (a pair it leaves undefined), or a single-byte page that leaves one of those
   * bytes undefined (Windows-1250-1258 but 1256, Windows-874, ISO-8859-7), which a strict decoder
   * turns into U+FFFD. Only through such a page is a U+FFFD read as a byte lost upstream (lossy.ts,
   * findGroups' `lossy`): Mac Roman, KOI8, CP437, Windows-1256 and the other ISO-8859 pages decode
   * every byte, so no U+FFFD is a byte they lost.
   */
  readonly losesBytes: boolean;
  /**
   * A single-byte page's byte of each BMP code point, or -1 (what `encode` reads): findGroups
   * reads it in place, where a call of `encode` per character and page was a fifth of its time.
   */
  readonly flat: Int16Array | undefined;
  /**
   * A double-byte page's bytes of each BMP code point once `encode` has been asked for it, packed
   * in one number (see {@link packedBytes}): findGroups and the proof of quietRun.ts read it in
   * place, where a call of `encode` per character and page was a fifth of findGroups' time on GBK
   * text that lost bytes (T68c). Undefined for a single-byte page (`flat` is its table).
   */
  readonly packed: Int32Array | undefined;
};

/** In {@link PageEncoder.packed}: not asked yet (`encode` answers, and fills the entry). */
export const PACKED_UNKNOWN = 0;
/** In {@link PageEncoder.packed}: the page cannot encode the code point. */
export const PACKED_NONE = -1;
/** In {@link PageEncoder.packed}: bytes that do not pack (four of GB18030's): ask `encode`. */
export const PACKED_LONG = -2;

/**
 * `bytes` (of one code point) as a {@link PageEncoder.packed} entry: one byte b as 0x10000 | b,
 * two as 0x20000 | b0 << 8 | b1, none as PACKED_NONE, more as PACKED_LONG. A packed entry is
 * positive exactly when it holds the bytes; `entry >> 16` is how many.
 */
export function packedBytes(bytes: CharBytes | null | undefined): number {
  if (bytes === null || bytes === undefined) return PACKED_NONE;
  if (bytes.length === 1) return 0x10000 | (bytes[0] as number);
  if (bytes.length === 2) return 0x20000 | ((bytes[0] as number) << 8) | (bytes[1] as number);
  return PACKED_LONG;
}

/**
 * Whether a space after a stretch may be read, through `encoder`'s page, as the byte 0xA0 it once
 * was (findGroups, quietRun.ts, pageMasks.ts). A program turned a no-break space into a space, so
 * the byte was one only where the page reads 0xA0 as U+00A0: the Windows and ISO pages. Mac Roman
 * reads it as "†", KOI8-R and KOI8-U as "═", the DOS page as "á": through them a lead byte before
 * a space is text ("done√ ok", "Meridian√ Support": Mac Roman's "√" is 0xC3, and "√" and the
 * space read as C3 A0 made "à"). A double-byte page has no flat table and keeps the reading.
 *
 * @param encoder - The page's encoder.
 * @returns False for a single-byte page whose byte 0xA0 is no no-break space.
 * @example
 * spaceMayBeA0(encoderFor('windows-1252')); // true
 * spaceMayBeA0(encoderFor('macintosh')); // false
 * @since 0.1.0
 */
export const spaceMayBeA0 = (encoder: PageEncoder): boolean =>
  encoder.flat === undefined || encoder.flat[0xa0] === 0xa0;

const encoders = new Map<CodePage, PageEncoder>();

/**
 * The encoder of `encoders` that a repair's chain names at one step (`label`, a page or its
 * browser variant: "windows-1252+browser" is Windows-1252 read by a browser), if one of them.
 *
 * @param label - A step of a repair's `chain`.
 * @param encoders - The call's pages.
 * @returns The page's encoder, or undefined when the call has none of that page.
 * @example
 * encoderOfLabel('windows-1251+browser', [encoderFor('windows-1251')]); // its encoder
 * @since 0.1.0
 */
export function encoderOfLabel(
  label: string | undefined,
  encoders: readonly PageEncoder[],
): PageEncoder | undefined {
  if (label === undefined) return undefined;
  const page = label.replace('+browser', '');
  return encoders.find((e) => e.page === page);
}

/** Build (once) the encoder of a code page from iconv-lite's tables. */
export function encoderFor(page: CodePage): PageEncoder {
  const known = encoders.get(page);
  if (known) return known;
  const made = DOUBLE_BYTE.has(page) ? doubleByteEncoder(page) : singleByteEncoder(page);
  encoders.set(page, made);
  return made;
}

const MAC_OS_85: readonly [number, number][] = [
  [0x03a9, 0xbd],
  [0xf8ff, 0xf0],
];

function singleByteEncoder(page: CodePage): PageEncoder {
  // Decode each byte with iconv-lite (never the platform TextDecoder: Node's windows-1252 is
  // Latin-1). Bytes the page leaves undefined decode to U+FFFD; the browser variant maps them to
  // the C1 control with the same number, so we accept that too.
  const table = new Map<number, number>();
  const browser = new Set<number>();
  const all = Buffer.alloc(256);
  for (let b = 0; b < 256; b++) all[b] = b;
  const decoded = iconv.decode(all, page);
  let losesBytes = false;
  for (let b = 0; b < 256; b++) {
    const cp = decoded.codePointAt(b) ?? 0xfffd;
    if (cp === 0xfffd) {
      table.set(b, b);
      if (b >= 0x80) browser.add(b);
      if (b >= 0x80 && b < 0xc0) losesBytes = true;
    } else if (!table.has(cp)) table.set(cp, b);
  }
  if (page === 'windows-1252') {
    // Text decoded once as Latin-1 and once as Windows-1252 mixes both: accept every C1 control.
    for (let b = 0x80; b < 0xa0; b++) if (!table.has(b)) table.set(b, b);
  }
  if (page === 'macintosh') {
    // iconv-lite's Mac Roman is the table of Windows code page 10000 and of Mac OS before 8.5;
    // Mac OS 8.5 on (Apple's ROMAN.TXT), the WHATWG index and Python's mac_roman read 0xBD as Ω
    // U+03A9, not the ohm sign U+2126 ("ŒΩ" is Greek "ν"), and 0xF0 as the Apple logo U+F8FF:
    // text mis-decoded by either holds either. Their 0xDB, € where iconv-lite has ¤, is left out:
    // "€" is in every Windows-1252 reading of a quote or a dash ("â€™"), and through Mac Roman
    // it read a hopeless triple layer as text (hopeless.test.ts).
    for (const [cp, b] of MAC_OS_85) if (!table.has(cp)) table.set(cp, b);
  }
  // A flat table over the BMP: the byte of each code point, or -1 (read once per character).
  const flat = new Int16Array(0x10000).fill(-1);
  for (const [cp, b] of table) if (cp < 0x10000) flat[cp] = b;
  const bytes: CharBytes[] = Array.from({ length: 256 }, (_, b) => [b]);
  return {
    page,
    doubleByte: false,
    encode: (cp) => {
      const b = cp < 0x10000 ? (flat[cp] ?? -1) : -1;
      return b < 0 ? undefined : bytes[b];
    },
    isBrowserSlot: (cp) => cp < 0xa0 && browser.has(cp),
    losesBytes,
    flat,
    packed: undefined,
  };
}

const CACHE_LIMIT = 1 << 16;

// The bytes of each ASCII character, one array each (never written: CharBytes is read-only).
const ASCII: CharBytes[] = Array.from({ length: 0x80 }, (_, b) => [b]);

/** What {@link fromTables} reads of an iconv-lite double-byte codec (its own tables, unexported). */
type DoubleByteCodec = {
  /** Per high byte of a code point, its code per low byte: -1 none, 0x100-0xFFFF two bytes. */
  readonly encodeTable: readonly (readonly number[] | undefined)[];
  /** The decoding trie: node 0 by first byte; a value at or below -1000 is node -1000 - value. */
  readonly decodeTables: readonly (readonly number[] | undefined)[];
  /** GB18030's four-byte ranges, which write what the tables do not hold. */
  readonly gb18030?: unknown;
  /** The byte written for a character the page cannot encode. */
  readonly defCharSB: number;
};

/**
 * What lookUp answers for BMP code point `cp` (iconv-lite's encode, then the round trip through
 * its decode), read from the codec's tables in place where they decide it: a plain double-byte
 * code that decodes back to `cp` is its two bytes; no code at all, in a page without GB18030's
 * four-byte ranges, is written '?' (0x3F), which lookUp takes for none (null). Undefined for
 * anything else (a single byte, a sequence, four bytes, U+FEFF, which the round trip's decoder
 * strips, a code that decodes to another character): lookUp asks iconv-lite as before. A
 * first-seen code point cost a call of iconv.encode and one of iconv.decode per double-byte page
 * (each a new encoder, decoder and buffers, ~13 us): the never-seen stream meets 1,273 non-ASCII
 * code points and asked 8,052 such questions (7,486 answered here: 1.4% fewer instructions for
 * the stream). codePages.test.ts holds the encoders to iconv-lite on every BMP code point of
 * every double-byte page.
 */
function fromTables(
  codec: DoubleByteCodec,
  cp: number,
  code = codec.encodeTable[cp >> 8]?.[cp & 0xff] ?? -1,
): CharBytes | null | undefined {
  if (cp > 0xffff || cp === 0xfeff) return undefined;
  if (code === -1) return codec.gb18030 || codec.defCharSB !== 0x3f ? undefined : null;
  if (code < 0x100 || code > 0xffff) return undefined;
  const node = codec.decodeTables[0]?.[code >> 8] ?? 0;
  return node <= -1000 && codec.decodeTables[-1000 - node]?.[code & 0xff] === cp
    ? [code >> 8, code & 0xff]
    : undefined;
}

/** GB18030's four-byte ranges as iconv-lite ships them: code points and linear codes, in step. */
type Ranges = { readonly uChars: readonly number[]; readonly gbChars: readonly number[] };

let ranges: Ranges | undefined;

/** The last index of `table` (ascending) whose value is at most `v`, or -1 (iconv-lite's findIdx). */
function lastAtMost(table: readonly number[], v: number): number {
  let l = -1;
  let r = table.length;
  while (l < r - 1) {
    const mid = (l + r) >> 1;
    if ((table[mid] as number) <= v) l = mid;
    else r = mid;
  }
  return l;
}

/**
 * What lookUp answers for BMP code point `cp` through GB18030, read from GBK's tables and
 * GB18030's four-byte ranges (undefined where they do not decide: lookUp asks iconv-lite). Building
 * iconv-lite's own gb18030 codec cost 160-210 ms in a fresh process, 18-30 ms inside the stream
 * once GBK's had warmed the same code, more than any other codec: its encode table is filled by
 * walking the four-byte decode trie, 1,260 visits of one shared node, each looking a 32-bit code
 * up in an object by its string. A process paid it at its first CJK or Thai message (1.3% of the
 * never-seen 10 MB stream's instructions at seed 1, where the codec is never built now). GB18030 is
 * GBK's two-byte table (the same chunks of iconv-lite data), but for '€', written A2E3 where GBK
 * writes 0x80, and a four-byte code, computed from the ranges, for what that table lacks.
 * codePages.test.ts holds this to iconv-lite's gb18030 on every BMP code point.
 */
function fromGb18030(gbk: DoubleByteCodec, cp: number): CharBytes | null | undefined {
  // Beyond the BMP, the BOM, surrogates and U+FFFD (never a byte's reading): as lookUp says.
  if (cp > 0xffff || cp === 0xfeff || cp === 0xfffd || (cp >= 0xd800 && cp < 0xe000)) {
    return undefined;
  }
  const code = cp === 0x20ac ? 0xa2e3 : (gbk.encodeTable[cp >> 8]?.[cp & 0xff] ?? -1);
  if (code !== -1) return fromTables(gbk, cp, code);
  ranges ??= (
    iconv as unknown as { encodings: { gb18030: { gb18030: () => Ranges } } }
  ).encodings.gb18030.gb18030();
  const { uChars, gbChars } = ranges;
  const at = lastAtMost(uChars, cp);
  const linear = (gbChars[at] as number) + cp - (uChars[at] as number);
  // The round trip as iconv-lite's decoder reads the four bytes back.
  const back = lastAtMost(gbChars, linear);
  if (at < 0 || (uChars[back] as number) + linear - (gbChars[back] as number) !== cp) {
    return undefined;
  }
  return [
    0x81 + Math.floor(linear / 12600),
    0x30 + (Math.floor(linear / 1260) % 10),
    0x81 + (Math.floor(linear / 10) % 126),
    0x30 + (linear % 10),
  ];
}

function doubleByteEncoder(page: CodePage): PageEncoder {
  // Per BMP code point, 0 (not asked yet), -1 (the page cannot encode it) or 1 + the index of its
  // bytes in `known`: two array reads a character, where a Map's lookup hashed each code point
  // (a clean CJK message is read a character at a time by every double-byte page). Astral code
  // points, rare, keep a Map, bounded so that a hostile input cannot grow it.
  const slot = new Int32Array(0x10000);
  // The same answers packed (PageEncoder.packed), for the readers that take them in place.
  const packed = new Int32Array(0x10000);
  for (let c = 0; c < 0x80; c++) packed[c] = 0x10000 | c;
  const known: CharBytes[] = [];
  const astral = new Map<number, CharBytes | null>();
  let codec: DoubleByteCodec | undefined;
  const lookUp = (cp: number): CharBytes | null => {
    // Windows (and Python's cp932) decode the byte 0xA0, which Shift-JIS leaves undefined, to the
    // private-use U+F8F0 where iconv-lite has U+FFFD: the second byte of "à", "Š", "Р", "Π".
    if (cp === 0xf8f0 && page === 'cp932') return [0xa0];
    codec ??= iconv.getCodec(page === 'gb18030' ? 'gbk' : page) as unknown as DoubleByteCodec;
    const read = page === 'gb18030' ? fromGb18030(codec, cp) : fromTables(codec, cp);
    if (read !== undefined) return read;
    const ch = String.fromCodePoint(cp);
    const bytes = cp === 0xfffd ? null : [...iconv.encode(ch, page)];
    // iconv-lite writes '?' for characters the page cannot encode; a round trip tells them apart.
    const ok =
      bytes !== null && !(bytes.length === 1 && bytes[0] === 0x3f) && bytes.every((b) => b >= 0);
    return ok && iconv.decode(Buffer.from(bytes), page) === ch ? bytes : null;
  };
  return {
    page,
    doubleByte: true,
    encode: (cp) => {
      if (cp < 0x80) return ASCII[cp];
      if (cp < 0x10000) {
        const at = slot[cp] as number;
        if (at > 0) return known[at - 1];
        if (at < 0) return undefined;
        const value = lookUp(cp);
        if (value === null) slot[cp] = -1;
        else slot[cp] = known.push(value);
        packed[cp] = packedBytes(value);
        return value ?? undefined;
      }
      const hit = astral.get(cp);
      if (hit !== undefined) return hit ?? undefined;
      if (astral.size >= CACHE_LIMIT) astral.clear();
      const value = lookUp(cp);
      astral.set(cp, value);
      return value ?? undefined;
    },
    isBrowserSlot: () => false,
    losesBytes: true,
    flat: undefined,
    packed,
  };
}

/** Decode bytes with a code page through iconv-lite (used to make mojibake in tests and demos). */
export function decodeWith(bytes: Uint8Array, page: CodePage): string {
  return iconv.decode(Buffer.from(bytes), page);
}

/** Encode text with a code page through iconv-lite. */
export function encodeWith(text: string, page: CodePage): Uint8Array {
  return new Uint8Array(iconv.encode(text, page));
}
