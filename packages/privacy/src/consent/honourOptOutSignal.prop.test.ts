// The local-day rule of honourOptOutSignal against luxon as the oracle: for any instant, zone and
// start date, the duty exists exactly when luxon's local date in that zone is on or after `from`.
import { fc, test } from '@fast-check/vitest';
import { defineRegime, honourOptOutSignal, US_CT_CTDPA, US_TX_TDPSA } from '@meridian-cx/privacy';
import { DateTime } from 'luxon';
import { describe, expect } from 'vitest';

const ZONES = [
  'America/Denver',
  'America/Los_Angeles',
  'America/New_York',
  'America/Chicago',
  'America/Boise',
  'Pacific/Honolulu',
  'America/St_Johns',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Europe/London',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
] as const;
const MIN = Date.UTC(2020, 0, 1);
const MAX = Date.UTC(2031, 0, 1);

const base = US_CT_CTDPA;
const withFrom = (from: string) => {
  const rule = base.optOutSignal;
  if (rule === undefined) throw new Error('Connecticut has a GPC rule');
  return defineRegime({ ...base, id: `prop-${from}`, optOutSignal: { ...rule, from } });
};

describe('honourOptOutSignal', () => {
  test.prop([
    fc.integer({ min: MIN, max: MAX }),
    fc.constantFrom(...ZONES),
    fc.integer({ min: MIN, max: MAX }),
  ])(
    'must honour exactly from the local start date, as luxon reads the instant',
    (ms, zone, fromMs) => {
      const from = DateTime.fromMillis(fromMs, { zone: 'UTC' }).toISODate() as string;
      const at = new Date(ms).toISOString();
      const local = DateTime.fromMillis(ms, { zone }).toISODate() as string;
      const got = honourOptOutSignal({ regime: withFrom(from), signal: '1', at, zone }).verdict;
      expect(got).toBe(local >= from ? 'must-honour' : 'no-duty');
    },
  );

  test.prop([fc.integer({ min: MIN, max: MAX }), fc.integer({ min: 0, max: 86_400_000 * 3 })])(
    'a duty, once it exists, never lapses later (the regime’s own zone)',
    (ms, later) => {
      const a = honourOptOutSignal({
        regime: US_TX_TDPSA,
        signal: '1',
        at: new Date(ms).toISOString(),
      });
      const b = honourOptOutSignal({
        regime: US_TX_TDPSA,
        signal: '1',
        at: new Date(ms + later).toISOString(),
      });
      if (a.verdict === 'must-honour') expect(b.verdict).toBe('must-honour');
    },
  );
});
