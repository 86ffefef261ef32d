import { isMeridianError, ValidationError } from '@meridian-cx/core';
import { CONTACT_CHANNELS, contactWindow } from '@meridian-cx/coverage/date-holidays';
import { describe, expect, it } from 'vitest';

function issue(f: () => unknown): string | undefined {
  try {
    f();
    return undefined;
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    return `${e.code} ${e.issues.map((i) => i.path.join('.')).join(',')}`;
  }
}

describe('contactWindow checks its whole request', () => {
  const base = { at: '2026-03-02T15:00:00Z', country: 'US', zone: 'America/New_York' };

  it('refuses a channel that is not a contact channel', () => {
    expect(issue(() => contactWindow({ ...base, channel: 'carrier-pigeon' as never }))).toBe(
      'coverage/invalid-contact-request channel',
    );
    for (const channel of CONTACT_CHANNELS) {
      expect(contactWindow({ ...base, channel }).verdict).toBe(true);
    }
  });

  it('names the field of a local time, a hostile country, a bad calendar or an unknown key', () => {
    expect(issue(() => contactWindow({ ...base, at: '2026-03-02T15:00:00' }))).toBe(
      'coverage/invalid-contact-request at',
    );
    expect(issue(() => contactWindow({ ...base, country: { toString: 1 } as never }))).toBe(
      'coverage/invalid-contact-request country',
    );
    expect(issue(() => contactWindow({ ...base, holidays: {} as never }))).toBe(
      'coverage/invalid-contact-request holidays',
    );
    expect(issue(() => contactWindow({ ...base, blockWeekend: false } as never))).toBe(
      'coverage/invalid-contact-request ',
    );
  });

  it('answers far instants as near ones (9999, 0001) without growing a calendar across the gap', () => {
    expect(
      contactWindow({ ...base, at: '9999-12-31T15:00:00Z', blockHolidays: false }).verdict,
    ).toBe(true);
    const old = contactWindow({ ...base, at: '0001-01-01T15:00:00Z', blockHolidays: false });
    expect(isMeridianError(old) || typeof old.verdict === 'boolean').toBe(true);
  });
});
