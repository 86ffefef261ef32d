import { describe, expect, it } from 'vitest';
import { compileSchedule } from '../schedule/compileSchedule.js';
import { intervalsInRange } from '../schedule/intervalsInRange.js';
import { INDEX_BLOCKS, INDEX_TOTALS, IntervalIndex } from './IntervalIndex.js';

const weekdays = { start: '09:00', end: '17:00' };
const berlin = compileSchedule({
  id: 'emea',
  zone: 'Europe/Berlin',
  weekly: { mon: [weekdays], tue: [weekdays], wed: [weekdays], thu: [weekdays], fri: [weekdays] },
});

function index(): { index: IntervalIndex; years: number[] } {
  const years: number[] = [];
  const index = new IntervalIndex({
    id: 'emea',
    intervals(a, b) {
      years.push(new Date(a).getUTCFullYear());
      return intervalsInRange(berlin, a, b);
    },
  });
  return { index, years };
}

describe('IntervalIndex: far instants cost what near ones do', () => {
  it('asked about 2026, then 9999, 0001 and 2300, builds those years and none in between', () => {
    const { index: ix, years } = index();
    expect(ix.isOpen(Date.parse('2026-03-02T10:00:00Z'))).toBe(true);
    // 9999-12-31 is a Friday: open at 10:00 UTC (11:00 in Berlin, LMT-free by then).
    expect(ix.isOpen(Date.parse('9999-12-31T10:00:00Z'))).toBe(true);
    expect(ix.isOpen(Date.parse('0001-01-01T10:00:00Z'))).toBe(true); // a Monday
    expect(ix.isOpen(Date.parse('2300-01-06T10:00:00Z'))).toBe(false); // a Saturday
    expect(ix.nextOpen(Date.parse('2300-01-06T10:00:00Z'))).toBe(
      Date.parse('2300-01-08T08:00:00Z'),
    );
    expect(years.sort((a, b) => a - b)).toEqual([1, 2026, 2300, 9999]);
    expect(ix.held.blocks).toBeLessThanOrEqual(4);
  });

  it('keeps at most INDEX_BLOCKS year blocks, however many years are asked about', () => {
    const { index: ix } = index();
    // 40 years spread over 0001–9999: more than the bound.
    for (let k = 0; k < 40; k++)
      ix.isOpen(Date.UTC(2000, 0, 3, 10) + (k * 250 - 1999) * 31_556_952_000);
    expect(ix.held.blocks).toBe(INDEX_BLOCKS);
    expect(ix.held.totals).toBeLessThanOrEqual(INDEX_TOTALS);
  }, 60_000);

  it('measures across years from blocks and totals, exactly', () => {
    const { index: ix } = index();
    const a = Date.parse('2025-12-31T16:00:00Z');
    const b = Date.parse('2027-01-04T09:00:00Z');
    // Working ms of 2026 alone, summed from its own intervals; 2027-01-01 is a Friday (no
    // holidays in this schedule): 8 h, and Monday 4 January 08:00–09:00 UTC: 1 h.
    const { starts, ends } = intervalsInRange(berlin, Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1));
    const year2026 = starts.reduce((sum, s, i) => sum + (ends[i] as number) - s, 0);
    expect(ix.between(a, b)).toBe(year2026 + 9 * 3_600_000);
    expect(ix.between(b, a)).toBe(-(year2026 + 9 * 3_600_000));
    expect(ix.add(a, year2026 + 9 * 3_600_000)).toBe(b);
    expect(ix.add(b, -(year2026 + 9 * 3_600_000))).toBe(Date.parse('2026-01-01T08:00:00Z'));
  });
});
