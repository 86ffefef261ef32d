// mayBeDated (phone.ts) spares most spans the date and dotted-quad shapes: it must never say no
// where one of them would match. Its oracle is the shapes themselves, on phone-ish text whose
// units are drawn from the characters they read (digits, the separators, "+", brackets).
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { DATE, dottedQuad, HOLDS_DATE, mayBeDated } from './phone.js';

const unit = fc.constantFrom(...'0123456789012919 ./-+()');
const phoneish = fc.array(unit, { maxLength: 24 }).map((u) => u.join(''));
// Dates, timestamps and years as the corpus writes them, cut or not, beside other groups.
const dated = fc
  .tuple(
    fc.constantFrom('2024', '1999', '30.11.2024', '2024-11-30', '11/30/24', '2027-03', '2024 10'),
    fc.constantFrom('', ' 10', ' 10.45', ' 10.45.30', '-02.12.2024', '/14'),
    fc.constantFrom('', '600 ', '+48 '),
  )
  .map(([d, tail, head]) => head + d + tail);

describe('mayBeDated says yes wherever a date, a held date or a dotted quad matches', () => {
  test.prop([fc.oneof(phoneish, dated)], { numRuns: 5000 })(
    'never no where a shape matches',
    (t) => {
      if (!mayBeDated(t)) {
        expect(DATE.test(t)).toBe(false);
        expect(HOLDS_DATE.test(t)).toBe(false);
        expect(dottedQuad(t)).toBe(false);
      }
    },
  );

  it('says no to bare and spaced groups, yes to a year and to separators', () => {
    expect(mayBeDated('600123456')).toBe(false);
    expect(mayBeDated('600 123 456')).toBe(false);
    expect(mayBeDated('2024 10')).toBe(true);
    expect(mayBeDated('2024')).toBe(true);
    expect(mayBeDated('06-12-34-56-78')).toBe(true);
    expect(mayBeDated('10.0.0.1')).toBe(true);
  });
});
