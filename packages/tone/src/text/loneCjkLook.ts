import type { Proposal } from './engine.js';
import { CJK_FROM, endsSegment, endsWord, isCjk, REACH } from './loneCjk.js';

// withoutLoneCjk's look at a repair's own word (loneCjk.ts): the clean CJK characters (outside
// every applied repair) at most REACH code points either side, stopping at a space or a segment's
// end. Each repair looked afresh read up to 2 × REACH characters, and a text with no space is one
// long word: a megabyte of "째1" ("°" through EUC-KR before each digit) read each character ~32
// times (T69g). The repairs come in text order, so one walk forward serves them all: what each
// character holds (a break, a clean CJK character, a clean Hangul syllable) is read once into
// running sums kept in a ring of the last RING positions, and each look is a difference of two
// sums. loneCjkPlain.ts keeps the look per repair as an oracle (loneCjkLook.prop.test.ts).

const RING = 128; // > 2 × REACH + 2: every position one look needs at once
const MASK = RING - 1;
// By position x & MASK, for x in [base, top]: the clean CJK characters and clean syllables in
// [base, x), and the last break (space or segment end) in [base, x), -1 for none.
const cleanSum = new Int32Array(RING);
const syllableSum = new Int32Array(RING);
const lastBreak = new Int32Array(RING);
// The first break at or after x, for x in [base, pend).
const nextBreak = new Int32Array(RING);

/** Whether `cp` is a precomposed Hangul syllable (U+AC00-U+D7A3). */
const isSyllable = (cp: number): boolean => cp >= 0xac00 && cp <= 0xd7a3;

/**
 * The looks of one withoutLoneCjk call, asked in text order (`look`'s `k` increasing). Not
 * reentrant: the ring is the module's.
 */
export class WordLook {
  /** The last look's clean CJK characters (a syllable counting two beside a Hangul repair). */
  clean = 0;
  /** The break before the repair within REACH, or -1 (only meaningful when `clean` < 2). */
  back = -1;
  /** The break after the repair within REACH, or -1 (only meaningful when `clean` < 2). */
  ahead = -1;
  private top = -1;
  private pend = 0;
  private sum = 0;
  private syllables = 0;
  private last = -1;
  private j = 0;
  private lastStart = Number.NEGATIVE_INFINITY;
  private ring = false;
  private walked = 0;

  constructor(
    private readonly cps: readonly number[],
    private readonly proposals: readonly Proposal[],
  ) {}

  /**
   * Look around `proposals[k]` (one code point long), as withoutLoneCjk's two walks did: back
   * from it, then (while under two) ahead of it.
   *
   * @param k - The repair's index, greater than the last look's.
   * @param syllable - 1 when the repair is a Hangul syllable (a clean one then counts two).
   */
  look(k: number, syllable: number): void {
    const p = this.proposals[k] as Proposal;
    const s = p.start;
    // The ring once the walks grow long (the last look read more than REACH characters) and
    // while the repairs stay near (within 2 × REACH of the last): else each repair's two walks,
    // which stop at a break or at two, and in most messages read a few characters (with the ring
    // on every look, hotPass.sh text 11 read 0.7% more instructions: the ring reads every
    // character between two repairs).
    this.ring = s - this.lastStart <= 2 * REACH && (this.ring || this.walked > REACH);
    this.lastStart = s;
    if (!this.ring) {
      this.alone(p, k, syllable);
      return;
    }
    const lo = s > REACH ? s - REACH : 0;
    if (this.top < lo) this.reset(s, lo);
    while (this.top < s) this.step();
    const lb = lastBreak[s & MASK] as number;
    const from = lb >= lo ? lb + 1 : lo;
    this.back = lb >= lo ? lb : -1;
    this.clean = this.between(from, s, syllable);
    this.ahead = -1;
    if (this.clean >= 2) return;
    const e = p.end;
    const hi = Math.min(this.cps.length, e + REACH);
    while (this.top < hi && this.pend <= e) this.step();
    let to = hi;
    if (this.pend > e) {
      const a = nextBreak[e & MASK] as number;
      if (a < hi) {
        this.ahead = a;
        to = a;
      }
    }
    this.clean += this.between(e, to, syllable);
  }

  /** The look at `p` (`proposals[k]`) by its two walks, as loneCjkPlain.ts's. */
  private alone(p: Proposal, k: number, syllable: number): void {
    const { cps, proposals } = this;
    let clean = 0;
    let walked = 0;
    let j = k - 1;
    this.back = -1;
    for (let i = p.start - 1; i >= 0 && p.start - i <= REACH && clean < 2; i--) {
      const cp = cps[i] as number;
      walked++;
      if (endsWord(cp) || endsSegment(cp)) {
        this.back = i;
        break;
      }
      if (cp < CJK_FROM || !isCjk(cp)) continue;
      while (j >= 0 && (proposals[j] as Proposal).start > i) j--;
      const r = j >= 0 ? (proposals[j] as Proposal) : undefined;
      if (!(r?.applied && i < r.end)) clean += 1 + (syllable & (isSyllable(cp) ? 1 : 0));
    }
    j = k + 1;
    this.ahead = -1;
    for (let i = p.end; i < cps.length && i - p.end < REACH && clean < 2; i++) {
      const cp = cps[i] as number;
      walked++;
      if (endsWord(cp) || endsSegment(cp)) {
        this.ahead = i;
        break;
      }
      if (cp < CJK_FROM || !isCjk(cp)) continue;
      while (j < proposals.length && (proposals[j] as Proposal).end <= i) j++;
      const r = j < proposals.length ? (proposals[j] as Proposal) : undefined;
      if (!(r?.applied && r.start <= i)) clean += 1 + (syllable & (isSyllable(cp) ? 1 : 0));
    }
    this.clean = clean;
    this.walked = walked;
  }

  /** The clean CJK characters of [from, to), both within [base, top]. */
  private between(from: number, to: number, syllable: number): number {
    const c = (cleanSum[to & MASK] as number) - (cleanSum[from & MASK] as number);
    const h = (syllableSum[to & MASK] as number) - (syllableSum[from & MASK] as number);
    return c + (syllable & 1 ? h : 0);
  }

  /**
   * Start the ring afresh for a repair at `s` whose look begins at `lo`, past every position read:
   * at the last break before `s` when there is one from `lo` on (the look back stops there).
   */
  private reset(s: number, lo: number): void {
    let base = lo;
    for (let i = s - 1; i >= lo; i--) {
      const cp = this.cps[i] as number;
      if (endsWord(cp) || endsSegment(cp)) {
        base = i;
        break;
      }
    }
    this.top = base;
    this.pend = base;
    this.sum = 0;
    this.syllables = 0;
    this.last = -1;
    cleanSum[base & MASK] = 0;
    syllableSum[base & MASK] = 0;
    lastBreak[base & MASK] = -1;
  }

  /** Read the character at `top` into the ring. */
  private step(): void {
    const x = this.top;
    const cp = this.cps[x] as number;
    if (endsWord(cp) || endsSegment(cp)) {
      for (let y = this.pend; y <= x; y++) nextBreak[y & MASK] = x;
      this.pend = x + 1;
      this.last = x;
    } else if (cp >= CJK_FROM && isCjk(cp) && !this.inApplied(x)) {
      this.sum++;
      if (isSyllable(cp)) this.syllables++;
    }
    this.top = x + 1;
    cleanSum[this.top & MASK] = this.sum;
    syllableSum[this.top & MASK] = this.syllables;
    lastBreak[this.top & MASK] = this.last;
  }

  /** Whether position `x` (each asked once, in increasing order) lies inside an applied repair. */
  private inApplied(x: number): boolean {
    const ps = this.proposals;
    while (this.j < ps.length && (ps[this.j] as Proposal).end <= x) this.j++;
    const r = this.j < ps.length ? (ps[this.j] as Proposal) : undefined;
    return r?.applied === true && r.start <= x;
  }
}
