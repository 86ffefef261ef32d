// Art. 10(2) in its own words: late information never shortens the period, gives at least 14
// days from the day it was received (within the 12 months), and a later receipt never ends the
// period sooner; past the 12 months the receipt no longer matters (Art. 10(1)).
import { fc, test } from '@fast-check/vitest';
import { EU_CONSUMER_RIGHTS } from '@meridian-cx/returns';
import { expect } from 'vitest';
import { lateInformation } from './lateInformation.js';

const DAY = 86_400_000;
// Days as YYYY-MM-DD from the platform's UTC calendar, independently of the package's helpers.
const iso = (days: number) => new Date(days * DAY).toISOString().slice(0, 10);
const w = EU_CONSUMER_RIGHTS.withdrawal;
if (!w?.lateInformation) throw new Error('EU encodes Art. 10(2)');
const rule = w.lateInformation;
const end = (start: number, received: number) =>
  lateInformation({
    regime: 'EU',
    right: w,
    rule,
    startDay: iso(start),
    normalLast: iso(start + 14),
    receivedDay: iso(received),
  }).last;

// 1990–2060, receipts from a month before the start to two years after it.
const start = fc.integer({ min: 7_300, max: 33_000 });
const offset = fc.integer({ min: -30, max: 730 });

test.prop([start, offset])('never before the normal end', (s, o) => {
  expect(end(s, s + o) >= iso(s + 14)).toBe(true);
});

test.prop([start, fc.integer({ min: -30, max: 364 })])(
  'within the 12 months, at least 14 days from the day it was received',
  (s, o) => {
    expect(end(s, s + o) >= iso(s + o + 14)).toBe(true);
  },
);

test.prop([start, offset, fc.integer({ min: 0, max: 400 })])(
  'a later receipt never ends the period sooner, until the 12 months are past',
  (s, o, more) => {
    const a = end(s, s + o);
    const b = end(s, s + o + more);
    if (o + more <= 365) expect(b >= a).toBe(true);
  },
);

test.prop([start, fc.integer({ min: 367, max: 730 }), fc.integer({ min: 367, max: 730 })])(
  'past the 12 months the day of receipt no longer matters',
  (s, a, b) => {
    expect(end(s, s + a)).toBe(end(s, s + b));
  },
);
