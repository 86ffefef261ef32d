// CASL's implied-consent window in local days, against luxon as the oracle: a message may go while
// the customer's local day is no later than the purchase's local day plus 24 months (luxon clamps
// 29 February to 28 February like the Act's "two-year period").
import { fc, test } from '@fast-check/vitest';
import { CA_PIPEDA, canSendMarketing } from '@meridian-cx/privacy';
import { DateTime } from 'luxon';
import { describe, expect } from 'vitest';

const ZONES = ['America/Toronto', 'America/Vancouver', 'America/St_Johns', 'UTC'] as const;
const MIN = Date.UTC(2020, 0, 1);
const MAX = Date.UTC(2030, 0, 1);
const DAY = 86_400_000;

describe('canSendMarketing', () => {
  test.prop([
    fc.integer({ min: MIN, max: MAX }),
    fc.integer({ min: 600 * DAY, max: 860 * DAY }),
    fc.constantFrom(...ZONES),
  ])(
    'CASL: allowed exactly through the local day 24 months after the purchase',
    (bought, later, zone) => {
      const at = bought + later;
      const got = canSendMarketing({
        regime: CA_PIPEDA,
        channel: 'email',
        consent: 'none',
        existingCustomer: {
          lastPurchaseAt: new Date(bought).toISOString(),
          similarProducts: true,
          offeredObjection: true,
        },
        at: new Date(at).toISOString(),
        zone,
      }).verdict;
      const lastDay = DateTime.fromMillis(bought, { zone })
        .plus({ months: 24 })
        .toISODate() as string;
      const today = DateTime.fromMillis(at, { zone }).toISODate() as string;
      expect(got).toBe(today <= lastDay ? 'allowed' : 'not-allowed');
    },
  );
});
