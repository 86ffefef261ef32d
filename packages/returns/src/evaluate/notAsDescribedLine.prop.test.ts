// Korea Art. 17(3) in its own words: the right never outlasts 3 months from supply nor 30 days
// from learning of the difference; learning later never shortens it; in time iff by its last day.
import { fc, test } from '@fast-check/vitest';
import type { Reason } from '@meridian-cx/core';
import { KR_ECOMMERCE_ACT } from '@meridian-cx/returns';
import { expect } from 'vitest';
import { notAsDescribedLine } from './notAsDescribedLine.js';

const DAY = 86_400_000;
const right = KR_ECOMMERCE_ACT.notAsDescribed;
if (!right) throw new Error('KR encodes Art. 17(3)');
// Noon in Seoul on day n after 1970-01-01 (UTC+9 all year since 1988).
const noon = (n: number) => n * DAY + 3 * 3_600_000;
const day = (ms: number) => new Date(ms + 9 * 3_600_000).toISOString().slice(0, 10);
const run = (supplied: number, learned: number, notice: number) =>
  notAsDescribedLine({
    regime: 'KR',
    right,
    suppliedMs: noon(supplied),
    apparentMs: noon(learned),
    noticeMs: noon(notice),
    zone: 'Asia/Seoul',
    reasons: [] as Reason[],
  });

const supplied = fc.integer({ min: 7_000, max: 30_000 });
const after = fc.integer({ min: 0, max: 200 });

test.prop([supplied, after, after])(
  'never beyond 3 months of supply nor 30 days of learning',
  (s, l, n) => {
    const d = run(s, s + l, s + n).deadline;
    expect(d).not.toBeNull();
    const last = d?.date ?? '';
    expect(last <= day(noon(s + 92))).toBe(true); // three months are at most 92 days
    expect(last <= day(noon(s + l + 30))).toBe(true);
  },
);

test.prop([supplied, after, after, fc.integer({ min: 0, max: 60 })])(
  'learning later never shortens the right',
  (s, l, n, more) => {
    const a = run(s, s + l, s + n).deadline?.ms ?? 0;
    const b = run(s, s + l + more, s + n).deadline?.ms ?? 0;
    expect(b >= a).toBe(true);
  },
);

test.prop([supplied, after, after])(
  'in time exactly when the notice comes by the end of the last day',
  (s, l, n) => {
    const r = run(s, s + l, s + n);
    expect(r.eligible).toBe(noon(s + n) <= (r.deadline?.ms ?? 0));
  },
);
