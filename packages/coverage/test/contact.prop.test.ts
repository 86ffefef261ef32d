// contactWindow's next allowed instant is allowed, and nothing between now and then is.
import { fc, test } from '@fast-check/vitest';
import { contactWindow } from '@meridian-cx/coverage';
import { expect } from 'vitest';

const runs = { numRuns: Number(process.env.COVERAGE_PROP_RUNS ?? 40) };
const MINUTE = 60_000;
const places = [
  ['US', 'America/Los_Angeles'],
  ['US', 'America/St_Johns'],
  ['SA', 'Asia/Riyadh'],
  ['AE', 'Asia/Dubai'],
  ['DE', 'Europe/Berlin'],
  ['NZ', 'Pacific/Chatham'],
  ['CN', 'Asia/Shanghai'],
] as const;

const input = fc.record({
  place: fc.constantFrom(...places),
  at: fc
    .integer({ min: Date.UTC(2021, 9, 1), max: Date.UTC(2027, 2, 1) })
    .map((t) => Math.floor(t / MINUTE) * MINUTE),
});

test.prop([input], runs)(
  'the next allowed instant is allowed, and the minutes before it are not',
  ({ place, at }) => {
    const country = place[0];
    const zone = place[1];
    const d = contactWindow({ at: new Date(at).toISOString(), country, zone });
    expect(d.nextAllowed).not.toBeNull();
    const next = Date.parse(d.nextAllowed as string);
    if (d.verdict) {
      expect(next).toBe(at);
      return;
    }
    expect(next).toBeGreaterThan(at);
    expect(contactWindow({ at: d.nextAllowed as string, country, zone }).verdict).toBe(true);
    for (const t of [at + MINUTE, Math.floor((at + next) / 2 / MINUTE) * MINUTE, next - MINUTE]) {
      if (t > at && t < next)
        expect(contactWindow({ at: new Date(t).toISOString(), country, zone }).verdict).toBe(false);
    }
  },
  60_000,
);
