// Breach duties added from sources in 0.2.0.
import { breachDeadline, CN_PIPL, regimeById, US_NJ_NJDPA } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

describe('laws with a standard and no number', () => {
  it.each([
    ['us-va-vcdpa', 'discovered', '§ 18.2-186.6(B), (E)'],
    ['us-nj-njdpa', 'discovered', '§ 56:8-163(a)'],
    ['cn-pipl', 'became-aware', 'Art. 57'],
  ] as const)('%s: no fixed window, and the wording of the law', (regime, event, pinpoint) => {
    const d = breachDeadline({ regime: regimeById(regime), event, at: '2026-03-02T10:00:00Z' });
    const duty = d.duties.find((x) => x.reasons[0]?.source?.pinpoint === pinpoint);
    expect(duty?.status).toBe('no-fixed-window');
    expect(duty?.dueBy).toBeUndefined();
  });
  it('New Jersey: the State Police hear of it before the customers do', () => {
    const d = breachDeadline({
      regime: US_NJ_NJDPA,
      event: 'discovered',
      at: '2026-03-02T10:00:00Z',
    });
    const police = d.duties.find((x) => x.notify === 'authority');
    expect(police).toMatchObject({ status: 'other-event', startsWith: 'individuals-notified' });
    expect(police?.wording).toMatch(/in advance/);
  });
});

describe('China: the CAC’s four hours for relatively major incidents (from 1 November 2025)', () => {
  it('runs four exact hours from discovery', () => {
    const d = breachDeadline({
      regime: CN_PIPL,
      event: 'discovered',
      at: '2026-03-02T22:30:00+08:00',
      zone: 'Asia/Shanghai',
    });
    const cac = d.duties.find((x) => x.status === 'running');
    expect(cac?.dueBy).toBe('2026-03-02T18:30:00.000Z');
    expect(cac?.condition).toMatch(/relatively major/);
  });
  it('is not in force on 31 October 2025 in Beijing', () => {
    const d = breachDeadline({
      regime: CN_PIPL,
      event: 'discovered',
      at: '2025-10-31T23:00:00+08:00',
      zone: 'Asia/Shanghai',
    });
    expect(d.duties.some((x) => x.status === 'running')).toBe(false);
    expect(d.duties).toHaveLength(1);
  });
});
