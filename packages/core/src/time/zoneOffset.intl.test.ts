// zoneOffset reads offsets from Intl's `longOffset` name where the runtime has it, and from the
// wall clock where it does not: the two readings must agree to the second, in every zone the
// runtime knows, from the first instant of Date to its last (local mean time before standard
// time, with its seconds; the changes of the 19th and 20th centuries; far futures).
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { formatters, longOffsetMinutes, wallClockOffset } from './zoneOffset.js';

const ZONES = [...Intl.supportedValuesOf('timeZone'), 'UTC', 'Etc/GMT+12', 'Asia/Kolkata'];
const READERS = ZONES.map((z) => [z, ...formatters(z)] as const);

function agree(zone: string, ms: number): void {
  const [, wall, offset] = READERS.find(([z]) => z === zone) ?? [zone, ...formatters(zone)];
  if (offset === undefined) return;
  expect(longOffsetMinutes(offset.format(ms)), `${zone} at ${ms}`).toBe(wallClockOffset(wall, ms));
}

describe('offsets from longOffset and from the wall clock', () => {
  it('this runtime has longOffset (Node 18+)', () => {
    expect(READERS.every(([, , offset]) => offset !== undefined)).toBe(true);
  });

  it('agree in every zone, every 7 years from 1800 and at the ends of Date', () => {
    const instants = [-8.64e15, -62_167_219_200_000, 0, 253_402_300_799_999, 8.64e15];
    for (let y = 1800; y <= 2100; y += 7) instants.push(Date.UTC(y, 0, 1), Date.UTC(y, 6, 1, 12));
    for (const [zone] of READERS) for (const ms of instants) agree(zone, ms);
  });

  test.prop([fc.constantFrom(...ZONES), fc.integer({ min: -8.64e15, max: 8.64e15 })], {
    numRuns: 500,
  })('agree at any instant', (zone, ms) => agree(zone, ms));

  test.prop([fc.constantFrom(...ZONES), fc.integer({ min: -5e12, max: 5e12 })], { numRuns: 500 })(
    'agree at any instant from 1811 to 2128',
    (zone, ms) => agree(zone, ms),
  );

  it('reads the shapes Intl prints, and nothing else', () => {
    expect(longOffsetMinutes('3/2/2026, GMT+05:30')).toBe(330);
    expect(longOffsetMinutes('7/23/1811, GMT-11:26:56')).toBeCloseTo(-(11 * 60 + 26 + 56 / 60), 12);
    expect(longOffsetMinutes('1/1/1970, GMT')).toBe(0);
    for (const bad of [
      'GMT+5:30',
      'x, GMT+05:3',
      'x, GMT+05:30:5',
      'x, UTC+05:30',
      'x, GMT 05:30',
      '',
    ]) {
      expect(longOffsetMinutes(bad), bad).toBeNaN();
    }
  });
});
