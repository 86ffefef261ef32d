import { LruCache } from '@meridian-cx/core';
import { fail } from '../failures.js';
import { utcYearStart } from '../zone/days.js';

/** Where an index gets its open intervals: sorted, merged, clipped to `[fromMs, toMs)`. */
export type IntervalSource = {
  readonly id: string;
  intervals(fromMs: number, toMs: number): { starts: number[]; ends: number[] };
};

/** One UTC year of open intervals with a running sum of working milliseconds. */
type Block = {
  readonly year: number;
  readonly start: number;
  /** Start of the next year: the block covers [start, end). */
  readonly end: number;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** cum[i] = working ms in [start, starts[i]); cum[n] = the year's total. */
  readonly cum: Float64Array;
  readonly total: number;
};

/** Years with no working time after which adding minutes gives up (`coverage/never-open`). */
const YEAR_LIMIT = 50;
/** Year blocks an index keeps (the least recently used are rebuilt when asked again). */
export const INDEX_BLOCKS = 32;
/** Yearly totals an index keeps, for measuring across many years without holding their blocks. */
export const INDEX_TOTALS = 4096;
/** The years of `Date`: ±100,000,000 days from 1970. */
const FIRST_YEAR = -271_820;
const LAST_YEAR = 275_759;

const yearOf = (ms: number) => new Date(ms).getUTCFullYear();
/** Blocks held in direct slots (by year modulo, a power of two) in front of the LRU. */
const SLOTS = 8;
/** The mean Gregorian year in ms: a guess of an instant's year, checked against the block. */
const MEAN_YEAR = 31_556_952_000;

/** Index of the last interval of `b` starting at or before t, or -1. */
function find(b: Block, t: number): number {
  let lo = 0;
  let hi = b.starts.length - 1;
  let r = -1;
  while (lo <= hi) {
    const m = (lo + hi) >> 1;
    if ((b.starts[m] as number) <= t) {
      r = m;
      lo = m + 1;
    } else hi = m - 1;
  }
  return r;
}

/** `find(b, t)`, starting from a guess `i` and walking a few steps before searching. */
function findNear(b: Block, t: number, i: number): number {
  const starts = b.starts;
  const last = starts.length - 1;
  for (let step = 0; step < 4; step++) {
    if (i >= 0 && (starts[i] as number) > t) i--;
    else if (i < last && (starts[i + 1] as number) <= t) i++;
    else return i;
  }
  return find(b, t);
}

/** Working ms in [b.start, t) given `i = find(b, t)`, for t within the block's year. */
function posIn(b: Block, t: number, i: number): number {
  if (i < 0) return 0;
  return (b.cum[i] as number) + Math.min(t, b.ends[i] as number) - (b.starts[i] as number);
}

/** The earliest instant of `b` with `target` working ms before it (0 < target ≤ total). */
function forwardIn(b: Block, target: number): number {
  let lo = 0;
  let hi = b.starts.length - 1;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if ((b.cum[m + 1] as number) >= target) hi = m;
    else lo = m + 1;
  }
  return (b.starts[lo] as number) + target - (b.cum[lo] as number);
}

/** The latest instant of `b` with `target` working ms before it (0 ≤ target < total). */
function backwardIn(b: Block, target: number): number {
  let lo = 0;
  let hi = b.starts.length - 1;
  while (lo < hi) {
    const m = (lo + hi + 1) >> 1;
    if ((b.cum[m] as number) <= target) lo = m;
    else hi = m - 1;
  }
  return (b.starts[lo] as number) + target - (b.cum[lo] as number);
}

/**
 * The open intervals of a schedule, one UTC year per block, each with a running sum of working
 * milliseconds; every query is a binary search in the blocks it touches. Blocks and yearly totals
 * sit in bounded LRU caches, so a query about 9999 after one about 2026 builds the year 9999 and
 * nothing in between, and memory stays bounded however far or varied the queries. Internal.
 */
export class IntervalIndex {
  readonly #blocks = new LruCache<number, Block>(INDEX_BLOCKS);
  readonly #totals = new LruCache<number, number>(INDEX_TOTALS);
  // The few years a calendar keeps asking about cost an array read, not an LRU re-insertion.
  readonly #slots: (Block | undefined)[] = new Array(SLOTS);

  constructor(private readonly source: IntervalSource) {}

  /** How many blocks and totals are held: for the tests that check the bound. */
  get held(): { readonly blocks: number; readonly totals: number } {
    return { blocks: this.#blocks.size, totals: this.#totals.size };
  }

  #block(y: number): Block {
    const slot = y & (SLOTS - 1);
    const held = this.#slots[slot];
    if (held !== undefined && held.year === y) return held;
    const block = this.#blocks.get(y) ?? this.#build(y);
    this.#slots[slot] = block;
    return block;
  }

  /** The block of the year that holds instant `t`: a guess of its year, checked, before `Date`. */
  #blockAt(t: number): Block {
    const guess = Math.floor(t / MEAN_YEAR) + 1970;
    const held = this.#slots[guess & (SLOTS - 1)];
    if (held !== undefined && held.year === guess && t >= held.start && t < held.end) return held;
    return this.#block(yearOf(t));
  }

  #build(y: number): Block {
    const start = utcYearStart(y);
    const end = utcYearStart(y + 1);
    const { starts, ends } = this.source.intervals(start, end);
    const cum = new Float64Array(starts.length + 1);
    for (let i = 0; i < starts.length; i++) {
      cum[i + 1] = (cum[i] as number) + (ends[i] as number) - (starts[i] as number);
    }
    const block: Block = {
      year: y,
      start,
      end,
      starts: Float64Array.from(starts),
      ends: Float64Array.from(ends),
      cum,
      total: cum[starts.length] as number,
    };
    this.#blocks.set(y, block);
    this.#totals.set(y, block.total);
    return block;
  }

  #total(y: number): number {
    return this.#totals.get(y) ?? this.#block(y).total;
  }

  #pos(t: number): { block: Block; pos: number; year: number } {
    const block = this.#blockAt(t);
    return { block, pos: posIn(block, t, find(block, t)), year: block.year };
  }

  isOpen(t: number): boolean {
    const b = this.#blockAt(t);
    const i = find(b, t);
    return i >= 0 && t < (b.ends[i] as number);
  }

  nextOpen(t: number): number | null {
    const first = this.#blockAt(t).year;
    for (let y = first; y <= Math.min(first + YEAR_LIMIT, LAST_YEAR); y++) {
      const b = this.#block(y);
      const i = y === first ? find(b, t) : -1;
      if (i >= 0 && t < (b.ends[i] as number)) return t;
      if (i + 1 < b.starts.length) return b.starts[i + 1] as number;
    }
    return null;
  }

  between(a: number, b: number): number {
    if (a > b) return -this.between(b, a);
    const pa = this.#pos(a);
    const pb = this.#pos(b);
    if (pa.year === pb.year) return pb.pos - pa.pos;
    let ms = pa.block.total - pa.pos + pb.pos;
    for (let y = pa.year + 1; y < pb.year; y++) ms += this.#total(y);
    return ms;
  }

  /** Working ms from `times[0]` to each of `times` (any order). */
  cumulative(times: readonly number[]): number[] {
    const n = times.length;
    if (n === 0) return [];
    let min = times[0] as number;
    for (let k = 1; k < n; k++) if ((times[k] as number) < min) min = times[k] as number;
    const y0 = this.#blockAt(min).year;
    // before[y - y0]: working ms from the start of y0 to the start of y.
    const before: number[] = [0];
    // The year of the previous instant and its bounds: consecutive instants usually share it, and
    // fall in the same or a nearby interval.
    let y = Number.NaN;
    let lo = 0;
    let hi = -1;
    let b: Block | null = null;
    let i = -1;
    let origin = 0;
    const out = new Array<number>(n);
    for (let k = 0; k < n; k++) {
      const t = times[k] as number;
      if (b === null || t < lo || t >= hi) {
        b = this.#blockAt(t);
        y = b.year;
        lo = b.start;
        hi = b.end;
        while (before.length <= y - y0) {
          const last = before.length - 1;
          before.push((before[last] as number) + this.#total(y0 + last));
        }
        i = find(b, t);
      } else i = findNear(b, t, i);
      const v = (before[y - y0] as number) + posIn(b, t, i);
      if (k === 0) origin = v;
      out[k] = v - origin;
    }
    return out;
  }

  add(from: number, ms: number): number {
    const { block, pos, year } = this.#pos(from);
    let y = year;
    let b = block;
    let empty = 0;
    if (ms > 0) {
      let left = ms - (b.total - pos);
      if (left <= 0) return forwardIn(b, pos + ms);
      for (;;) {
        if (++y > LAST_YEAR) fail('coverage/beyond-date-range', { schedule: this.source.id });
        const total = this.#total(y);
        if (left <= total) return forwardIn(this.#block(y), left);
        left -= total;
        empty = total === 0 ? empty + 1 : 0;
        if (empty > YEAR_LIMIT) fail('coverage/never-open', { schedule: this.source.id });
      }
    }
    let left = -ms - pos;
    if (left <= 0) return backwardIn(b, pos + ms);
    for (;;) {
      if (--y < FIRST_YEAR) fail('coverage/beyond-date-range', { schedule: this.source.id });
      const total = this.#total(y);
      if (left <= total) {
        b = this.#block(y);
        return backwardIn(b, total - left);
      }
      left -= total;
      empty = total === 0 ? empty + 1 : 0;
      if (empty > YEAR_LIMIT) fail('coverage/never-open', { schedule: this.source.id });
    }
  }

  /** The intervals meeting [a, b), clipped, merged across the year boundaries. */
  slice(a: number, b: number): { start: number; end: number }[] {
    const out: { start: number; end: number }[] = [];
    if (!(b > a)) return out;
    for (let y = yearOf(a); y <= yearOf(b); y++) {
      const block = this.#block(y);
      for (let i = Math.max(0, find(block, a)); i < block.starts.length; i++) {
        const s = block.starts[i] as number;
        const e = block.ends[i] as number;
        if (s >= b) break;
        if (e <= a) continue;
        const start = Math.max(s, a);
        const end = Math.min(e, b);
        const last = out[out.length - 1];
        if (last !== undefined && last.end === start) last.end = end;
        else out.push({ start, end });
      }
    }
    return out;
  }
}
