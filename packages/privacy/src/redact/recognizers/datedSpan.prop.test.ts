// DATE_OR_HOLDS_DATE (datedSpan.ts) against the two searches mayAccept asked one after the other
// before (phone.ts DATE, then HOLDS_DATE), the oracle: a span is dated by the one exactly where it
// was by either. The spans are made of what both read (digit groups of one to four, "19" and "20"
// years, ".", "/", "-", a space and an hour, brackets) and what ends a date (a digit more, a
// letter, a "+"), so that many hold a date or nearly one.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { DATE_OR_HOLDS_DATE } from './datedSpan.js';
import { DATE, HOLDS_DATE } from './phone.js';

const piece = fc.oneof(
  fc.stringMatching(/^\d{1,4}$/),
  fc.constantFrom('19', '20', '2024', '1999', '12', '31', '0', '05'),
  fc.constantFrom('30.11.2024', '2024-11-30', '1/2/1999', '30.11.', '2024.11'),
  fc.constantFrom('.', '/', '-', ' ', '(', ')', ':', '+', 'a', '.45', ' 10'),
);
const span = fc.array(piece, { maxLength: 10 }).map((ps) => ps.join(''));

const either = (t: string): boolean => DATE.test(t) || HOLDS_DATE.test(t);

describe('DATE_OR_HOLDS_DATE', () => {
  it('is DATE and HOLDS_DATE joined, with their flags (none)', () => {
    expect(DATE_OR_HOLDS_DATE.source).toBe(`${DATE.source}|${HOLDS_DATE.source}`);
    expect(DATE_OR_HOLDS_DATE.flags).toBe('');
    expect(DATE.flags + HOLDS_DATE.flags).toBe('');
  });

  test.prop([span], { numRuns: 3000 })('dates a span exactly where one of the two did', (t) => {
    expect(DATE_OR_HOLDS_DATE.test(t)).toBe(either(t));
  });

  test.prop([fc.string({ maxLength: 30 })])('on any text too', (t) => {
    expect(DATE_OR_HOLDS_DATE.test(t)).toBe(either(t));
  });

  it('the spans hold a date of each kind often and none often (the property reads both)', () => {
    const spans = fc.sample(span, { seed: 63, numRuns: 2000 });
    const dated = spans.filter((t) => DATE.test(t)).length;
    const holds = spans.filter((t) => !DATE.test(t) && HOLDS_DATE.test(t)).length;
    expect(dated).toBeGreaterThan(20);
    expect(holds).toBeGreaterThan(20);
    expect(dated + holds).toBeLessThan(1600);
  });
});
