import { defineRegime, honourOptOutSignal, US_CO_CPA, US_OR_OCPA } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

const signal = { 'Sec-GPC': '1' };
const verdict = (
  regime: Parameters<typeof honourOptOutSignal>[0]['regime'],
  at: string,
  zone?: string,
) => honourOptOutSignal({ regime, signal, at, ...(zone !== undefined ? { zone } : {}) }).verdict;

/** A regime whose GPC duty starts on `from`, dated on Denver's calendar. */
const denverFrom = (from: string) => {
  const base = US_CO_CPA;
  const rule = base.optOutSignal;
  if (rule === undefined) throw new Error('Colorado has a GPC rule');
  return defineRegime({
    ...base,
    id: `test-denver-${from}`,
    jurisdiction: { country: 'US', region: 'US-CO', zone: 'America/Denver' },
    optOutSignal: { ...rule, from },
  });
};

describe('honourOptOutSignal counts the start date on a local calendar', () => {
  it('Oregon’s 1 January 2026 starts at midnight in Salem, not at midnight UTC', () => {
    // 05:00 UTC on 1 January is 21:00 on 31 December in Oregon.
    expect(verdict(US_OR_OCPA, '2026-01-01T05:00:00Z')).toBe('no-duty');
    expect(verdict(US_OR_OCPA, '2026-01-01T08:00:00Z')).toBe('must-honour');
    const d = honourOptOutSignal({ regime: US_OR_OCPA, signal, at: '2026-01-01T05:00:00Z' });
    expect(d.reasons.at(-1)).toMatchObject({
      code: 'signal.day-counted-in-zone',
      params: { on: '2025-12-31', zone: 'America/Los_Angeles', zoneFrom: 'regime' },
    });
  });
  it('the consumer’s zone wins when given (eastern Oregon keeps Mountain time)', () => {
    expect(verdict(US_OR_OCPA, '2026-01-01T07:30:00Z')).toBe('no-duty');
    expect(verdict(US_OR_OCPA, '2026-01-01T07:30:00Z', 'America/Boise')).toBe('must-honour');
  });
  it('across the autumn DST change: the offset of the instant, not of the day before', () => {
    const regime = denverFrom('2026-11-02');
    // After the fall-back on 1 November Denver is UTC−7: 06:30 UTC is still 23:30 on the 1st.
    expect(verdict(regime, '2026-11-02T06:30:00Z')).toBe('no-duty');
    expect(verdict(regime, '2026-11-02T07:00:00Z')).toBe('must-honour');
  });
  it('across the spring DST change: 06:30 UTC on 9 March is 00:30 MDT', () => {
    const regime = denverFrom('2026-03-09');
    expect(verdict(regime, '2026-03-09T05:59:59Z')).toBe('no-duty');
    expect(verdict(regime, '2026-03-09T06:30:00Z')).toBe('must-honour');
  });
  it('a regime without a zone counts in UTC and says so', () => {
    const base = denverFrom('2026-03-09');
    const { zone: _zone, ...jurisdiction } = base.jurisdiction;
    const utc = defineRegime({ ...base, id: 'test-utc', jurisdiction });
    const d = honourOptOutSignal({ regime: utc, signal, at: '2026-03-09T00:30:00Z' });
    expect(d.verdict).toBe('must-honour');
    expect(d.reasons.at(-1)?.params).toMatchObject({ zone: 'UTC', zoneFrom: 'utc' });
  });
  it('refuses a zone that is not an IANA name', () => {
    expect(() => verdict(US_OR_OCPA, '2026-01-01T08:00:00Z', 'Mars/Olympus')).toThrow(/zone/);
  });
});
