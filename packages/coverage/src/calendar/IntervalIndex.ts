import { MeridianError } from '@meridian-cx/core';
import { coverageMessages } from '../messages.js';

/** Where an index gets its open intervals: sorted, merged, clipped to `[fromMs, toMs)`. */
export type IntervalSource = {
  readonly id: string;
  intervals(fromMs: number, toMs: number): { starts: number[]; ends: number[] };
};

const YEAR_LIMIT = 50;

function yearStart(y: number): number {
  return Date.UTC(y, 0, 1);
}

/**
 * The precomputed open intervals of a schedule over whole UTC years, with a prefix sum of working
 * milliseconds, grown on demand. Every query is a binary search. Internal.
 */
export class IntervalIndex {
  private lo = 0;
  private hi = 0;
  private loYear = 0;
  private hiYear = 0;
  private starts = new Float64Array(0);
  private ends = new Float64Array(0);
  /** cum[i] = working ms in [lo, starts[i]); cum[n] = total. */
  private cum = new Float64Array(1);

  constructor(private readonly source: IntervalSource) {}

  /** Make the index cover the UTC years from `a` to `b` inclusive (and what it covered before). */
  cover(a: number, b: number): void {
    // Already covered: [lo, hi) are whole UTC years, so this is the year test without a Date.
    if (this.hi > this.lo && a >= this.lo && b < this.hi) return;
    const year = (ms: number) => new Date(ms).getUTCFullYear();
    const ya = year(a);
    const yb = year(b);
    if (this.hi > this.lo && ya >= this.loYear && yb < this.hiYear) return;
    const loYear = this.hi > this.lo ? Math.min(this.loYear, ya) : ya;
    const hiYear = this.hi > this.lo ? Math.max(this.hiYear, yb + 1) : yb + 1;
    this.build(loYear, hiYear);
  }

  private build(loYear: number, hiYear: number): void {
    this.loYear = loYear;
    this.hiYear = hiYear;
    this.lo = yearStart(loYear);
    this.hi = yearStart(hiYear);
    const { starts, ends } = this.source.intervals(this.lo, this.hi);
    this.starts = Float64Array.from(starts);
    this.ends = Float64Array.from(ends);
    this.cum = new Float64Array(starts.length + 1);
    for (let i = 0; i < starts.length; i++) {
      this.cum[i + 1] = (this.cum[i] as number) + (ends[i] as number) - (starts[i] as number);
    }
  }

  private growForward(origin: number): void {
    if (this.hiYear - new Date(origin).getUTCFullYear() > YEAR_LIMIT) this.never();
    this.build(this.loYear, this.hiYear + Math.max(1, this.hiYear - this.loYear));
  }

  private growBackward(origin: number): void {
    if (new Date(origin).getUTCFullYear() - this.loYear > YEAR_LIMIT) this.never();
    this.build(this.loYear - Math.max(1, this.hiYear - this.loYear), this.hiYear);
  }

  private never(): never {
    const id = this.source.id;
    throw new MeridianError('coverage', 'coverage/never-open', coverageMessages.neverOpen(id), {
      schedule: id,
    });
  }

  /** Index of the last interval starting at or before t, or -1. */
  private find(t: number): number {
    let a = 0;
    let b = this.starts.length - 1;
    let r = -1;
    while (a <= b) {
      const m = (a + b) >> 1;
      if ((this.starts[m] as number) <= t) {
        r = m;
        a = m + 1;
      } else b = m - 1;
    }
    return r;
  }

  /** Working ms in [lo, t), for t within [lo, hi]. */
  private pos(t: number): number {
    return this.posIn(t, this.find(t));
  }

  /** `pos(t)` given `i = find(t)`. */
  private posIn(t: number, i: number): number {
    if (i < 0) return 0;
    const s = this.starts[i] as number;
    const e = this.ends[i] as number;
    return (this.cum[i] as number) + Math.min(t, e) - s;
  }

  isOpen(t: number): boolean {
    this.cover(t, t);
    const i = this.find(t);
    return i >= 0 && t < (this.ends[i] as number);
  }

  nextOpen(t: number): number | null {
    this.cover(t, t);
    for (;;) {
      const i = this.find(t);
      if (i >= 0 && t < (this.ends[i] as number)) return t;
      if (i + 1 < this.starts.length) return this.starts[i + 1] as number;
      if (this.hiYear - new Date(t).getUTCFullYear() > YEAR_LIMIT) return null;
      this.build(this.loYear, this.hiYear + Math.max(1, this.hiYear - this.loYear));
    }
  }

  between(a: number, b: number): number {
    this.cover(Math.min(a, b), Math.max(a, b));
    return this.pos(b) - this.pos(a);
  }

  /** Working ms from `times[0]` to each of `times` (any order): one cover, one search each. */
  cumulative(times: readonly number[]): number[] {
    const n = times.length;
    if (n === 0) return [];
    let min = times[0] as number;
    let max = min;
    for (let k = 1; k < n; k++) {
      const t = times[k] as number;
      if (t < min) min = t;
      else if (t > max) max = t;
    }
    this.cover(min, max);
    // Consecutive instants usually fall in the same or a nearby interval: look there first.
    let i = this.find(times[0] as number);
    const origin = this.posIn(times[0] as number, i);
    const out = new Array<number>(n);
    out[0] = 0;
    for (let k = 1; k < n; k++) {
      const t = times[k] as number;
      i = this.findNear(t, i);
      out[k] = this.posIn(t, i) - origin;
    }
    return out;
  }

  /** `find(t)`, starting from a guess `i` and walking a few steps before searching. */
  private findNear(t: number, i: number): number {
    const starts = this.starts;
    const last = starts.length - 1;
    for (let step = 0; step < 4; step++) {
      if (i >= 0 && (starts[i] as number) > t) i--;
      else if (i < last && (starts[i + 1] as number) <= t) i++;
      else return i;
    }
    return this.find(t);
  }

  add(from: number, ms: number): number {
    this.cover(from, from);
    for (;;) {
      const target = this.pos(from) + ms;
      const n = this.starts.length;
      const total = this.cum[n] as number;
      if (ms > 0) {
        if (target > total) {
          this.growForward(from);
          continue;
        }
        // First interval whose cumulative end reaches the target: the earliest such instant.
        let a = 0;
        let b = n - 1;
        while (a < b) {
          const m = (a + b) >> 1;
          const cumEnd = this.cum[m + 1] as number;
          if (cumEnd >= target) b = m;
          else a = m + 1;
        }
        return (this.starts[a] as number) + target - (this.cum[a] as number);
      }
      if (target < 0) {
        this.growBackward(from);
        continue;
      }
      // Last interval whose cumulative start is at or below the target: the latest such instant.
      let a = 0;
      let b = n - 1;
      while (a < b) {
        const m = (a + b + 1) >> 1;
        if ((this.cum[m] as number) <= target) a = m;
        else b = m - 1;
      }
      return (this.starts[a] as number) + target - (this.cum[a] as number);
    }
  }

  /** The intervals meeting [a, b), clipped. */
  slice(a: number, b: number): { start: number; end: number }[] {
    this.cover(a, b);
    const out: { start: number; end: number }[] = [];
    let i = Math.max(0, this.find(a));
    for (; i < this.starts.length; i++) {
      const s = this.starts[i] as number;
      const e = this.ends[i] as number;
      if (s >= b) break;
      if (e <= a) continue;
      out.push({ start: Math.max(s, a), end: Math.min(e, b) });
    }
    return out;
  }
}
