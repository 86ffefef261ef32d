import { type PageEncoder, spaceMayBeA0 } from './codePages.js';
import { dbcsClass } from './dbcsClasses.js';

// Which pages could find a group of findGroups in a run, decided from per-character bit masks
// (one bit per page of the call), so that a run no page can read as UTF-8 costs one table look-up
// per character instead of a scan per page. A group starts at a character whose first byte in the
// page is a UTF-8 lead byte (0xC2-0xF4), and its next byte is a continuation byte (0x80-0xBF):
// either the character's own second byte (double-byte pages) or the first byte of the next
// character, or, at the end of the run, a space read back as NBSP.
// The masks only rule pages out: findGroups decides; masks.test.ts holds the two together.

export type Masks = {
  readonly pages: readonly PageEncoder[];
  /** All pages of the call that have a bit. */
  readonly all: number;
  /** Per BMP code point: SELF | OPEN << 32 is too wide, so separate arrays. */
  readonly self: Int32Array;
  readonly open: Int32Array;
  /** With bit 31 ({@link DONE}) set once the character's masks are computed: 0 = not yet. */
  readonly cont: Int32Array;
  /** A single byte that leads a two-byte sequence (0xC2-0xDF): completed by a space read as NBSP. */
  readonly open2: Int32Array;
};

/** Set in `cont` once a character's masks are filled (no page has bit 31: at most 31 pages). */
const DONE = 1 << 31;

const MAX_PAGES = 31;
// By the list of pages (each call builds its own array of encoders); a few lists at most.
const cache = new Map<string, Masks>();
const CACHE_LIMIT = 8;

const byArray = new WeakMap<readonly PageEncoder[], Masks>();

// The last list asked for: every call of a message asks with the same array, run after run.
let lastEncoders: readonly PageEncoder[] | undefined;
let lastMasks: Masks | undefined;

// Small enough to be inlined into the scans (one comparison per run); the rest is `found`.
export const masksFor = (encoders: readonly PageEncoder[]): Masks =>
  encoders === lastEncoders && lastMasks ? lastMasks : found(encoders);

function found(encoders: readonly PageEncoder[]): Masks {
  const known = byArray.get(encoders) ?? made(encoders);
  lastEncoders = encoders;
  lastMasks = known;
  return known;
}

function made(encoders: readonly PageEncoder[]): Masks {
  const key = encoders.map((e) => e.page).join();
  let m = cache.get(key);
  if (!m) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    const pages = encoders.slice(0, MAX_PAGES);
    m = {
      pages,
      all: pages.length === 31 ? 0x7fffffff : (1 << pages.length) - 1,
      self: new Int32Array(0x10000),
      open: new Int32Array(0x10000),
      cont: new Int32Array(0x10000),
      open2: new Int32Array(0x10000),
    };
    cache.set(key, m);
  }
  byArray.set(encoders, m);
  return m;
}

const isLead = (b: number | undefined): boolean => b !== undefined && b >= 0xc2 && b <= 0xf4;
const isCont = (b: number | undefined): boolean => b !== undefined && b >= 0x80 && b <= 0xbf;

export function compute(m: Masks, cp: number): [number, number, number, number] {
  let self = 0;
  let open = 0;
  let cont = 0;
  let open2 = 0;
  for (let i = 0; i < m.pages.length; i++) {
    const page = m.pages[i] as PageEncoder;
    const bit = 1 << i;
    // Double-byte pages answer from shipped data where it covers cp (no iconv-lite table built).
    const known = page.doubleByte ? dbcsClass(page.page, cp) : -1;
    if (known >= 0) {
      if (known === 1) cont |= bit;
      else if (known === 2) self |= bit;
      else if (known >= 3) {
        open |= bit;
        if (known === 4) open2 |= bit;
      }
      continue;
    }
    const b = page.encode(cp);
    if (!b) continue;
    if (isCont(b[0])) cont |= bit;
    if (!isLead(b[0])) continue;
    if (b.length === 1) {
      open |= bit;
      // Completed by a space only where the page reads 0xA0 as NBSP (spaceMayBeA0: not "√ ").
      if ((b[0] ?? 0) <= 0xdf && spaceMayBeA0(page)) open2 |= bit;
    } else if (isCont(b[1])) self |= bit;
  }
  return [self, open, cont, open2];
}

/** Computes and keeps the masks of BMP character `cp`; returns its `cont` entry (DONE set). */
export function fill(m: Masks, cp: number): number {
  const [self, open, cont, open2] = compute(m, cp);
  m.self[cp] = self;
  m.open[cp] = open;
  m.open2[cp] = open2;
  m.cont[cp] = cont | DONE;
  return cont | DONE;
}

/** Every page of the call, as a mask: the answer when the masks cannot rule a page out. */
export const ALL_PAGES = -1;
/** Set (with the page bits) on a run that holds a C1 control or U+FFFD: a candidate run in any case. */
const CANDIDATE = 1 << 31;

/**
 * The pages of `encoders` that could find a group in `cps[start, end)`, as a bit mask over their
 * indexes (bit i: encoders[i]), with bit 31 set (never 0) when the run holds a C1 control or
 * U+FFFD (a lost byte is read as any continuation byte); {@link ALL_PAGES} when the call has
 * more than 31 pages.
 */
export function possiblePages(
  cps: readonly number[],
  start: number,
  end: number,
  encoders: readonly PageEncoder[],
  /** The character after the run (0: as if none, for the pages that may start a group inside it). */
  after = cps[end],
): number {
  if (encoders.length > MAX_PAGES) return ALL_PAGES;
  const m = masksFor(encoders);
  const { self, open, cont, open2 } = m;
  let mask = 0;
  let prevOpen = 0;
  let lastOpen2 = 0;
  let wild = false;
  for (let k = start; k < end; k++) {
    const cp = cps[k] as number;
    // The common character first: one test keeps U+FFFD and the astral planes out. A C1 control
    // makes the run a candidate whatever the pages say (the engine repairs C1 controls outside
    // every group as Windows-1252); its bytes are in the masks like any other character's.
    if (cp >= 0x80 && cp < 0xfffd) {
      if (cp < 0xa0) wild = true;
      const c = (cont[cp] as number) || fill(m, cp);
      mask |= (self[cp] as number) | (prevOpen & c);
      prevOpen = open[cp] as number;
      lastOpen2 = open2[cp] as number;
      continue;
    }
    if (cp === 0xfffd) {
      // A byte lost upstream: in the lossy reading it completes a sequence any lead opened.
      mask |= prevOpen;
      wild = true;
      prevOpen = 0;
      lastOpen2 = 0;
      continue;
    }
    // Below U+0080 (never in a run) and the astral planes: computed each time.
    const [s, o, c, o2] = compute(m, cp);
    mask |= s | (prevOpen & c);
    prevOpen = o;
    lastOpen2 = o2;
  }
  // "Ã " + word: a last lead byte that a space (once NBSP, 0xA0) completes. ('?' for a lost byte
  // completes only sequences with two bytes already, which the loop has seen.)
  if (lastOpen2 !== 0 && after === 0x20) mask |= lastOpen2;
  return wild ? mask | CANDIDATE : mask;
}
