import { contactWindow, explicitHolidays } from '@meridian-cx/coverage/date-holidays';
import { describe, expect, it } from 'vitest';

describe('contactWindow', () => {
  it('refuses 02:00 in Los Angeles and gives 08:00 local as the next allowed instant', () => {
    const d = contactWindow({
      at: '2026-03-02T10:00:00Z',
      country: 'US',
      zone: 'America/Los_Angeles',
    });
    expect(d.verdict).toBe(false);
    expect(d.nextAllowed).toBe('2026-03-02T16:00:00.000Z');
    expect(d.reasons.map((r) => r.code)).toEqual(['contact.country-hours', 'contact.quiet-hours']);
    expect(d.reasons[1]?.source?.url).toContain('ecfr.gov');
  });

  it('allows 11:00 in Berlin on a Monday, with the default hours named as such', () => {
    const d = contactWindow({ at: '2026-03-02T10:00:00Z', country: 'DE', zone: 'Europe/Berlin' });
    expect(d.verdict).toBe(true);
    expect(d.nextAllowed).toBe('2026-03-02T10:00:00.000Z');
    expect(d.reasons.map((r) => r.code)).toEqual(['contact.default-hours', 'contact.allowed']);
    expect(d.reasons[0]?.params).toMatchObject({ localTime: '11:00', localDate: '2026-03-02' });
  });

  it('respects a Friday–Saturday weekend in Riyadh, and the UAE Saturday–Sunday weekend', () => {
    const riyadh = contactWindow({
      at: '2026-03-06T10:00:00Z',
      country: 'SA',
      zone: 'Asia/Riyadh',
    });
    expect(riyadh.verdict).toBe(false);
    expect(riyadh.reasons.map((r) => r.code)).toContain('contact.weekend');
    expect(riyadh.nextAllowed).toBe('2026-03-08T05:00:00.000Z');
    const dubai = contactWindow({ at: '2026-03-06T10:00:00Z', country: 'AE', zone: 'Asia/Dubai' });
    expect(dubai.verdict).toBe(true);
    const dubai2021 = contactWindow({
      at: '2021-12-31T10:00:00Z',
      country: 'AE',
      zone: 'Asia/Dubai',
    });
    expect(dubai2021.verdict).toBe(false);
    expect(
      contactWindow({
        at: '2026-03-06T10:00:00Z',
        country: 'SA',
        zone: 'Asia/Riyadh',
        blockWeekends: false,
      }).verdict,
    ).toBe(true);
  });

  it('blocks public holidays and explicit ones, unless told not to', () => {
    const mayDay = contactWindow({
      at: '2026-05-01T10:00:00Z',
      country: 'DE',
      zone: 'Europe/Berlin',
    });
    expect(mayDay.verdict).toBe(false);
    expect(mayDay.reasons.find((r) => r.code === 'contact.holiday')?.params?.name).toBe(
      'Maifeiertag',
    );
    expect(mayDay.nextAllowed).toBe('2026-05-04T06:00:00.000Z');
    expect(
      contactWindow({
        at: '2026-05-01T10:00:00Z',
        country: 'DE',
        zone: 'Europe/Berlin',
        blockHolidays: false,
      }).verdict,
    ).toBe(true);
    const company = explicitHolidays('acme', [
      { date: '2026-03-02', name: 'Company day', kind: 'holiday', type: 'custom' },
    ]);
    expect(
      contactWindow({
        at: '2026-03-02T10:00:00Z',
        country: 'DE',
        zone: 'Europe/Berlin',
        holidays: company,
      }).verdict,
    ).toBe(false);
  });

  it('takes per-country rules', () => {
    const rules = [
      {
        country: 'FR',
        start: '10:00',
        end: '20:00',
        provenance: { source: { title: 'Policy', url: 'https://example.com' }, asOf: '2026-01-01' },
      },
    ];
    const d = contactWindow({
      at: '2026-03-02T08:30:00Z',
      country: 'FR',
      zone: 'Europe/Paris',
      rules,
    });
    expect(d.verdict).toBe(false);
    expect(d.nextAllowed).toBe('2026-03-02T09:00:00.000Z');
  });

  it('picks the rule for the channel', () => {
    const source = { title: 'Policy', url: 'https://example.com' };
    const rules = [
      { country: 'GB', start: '09:00', end: '20:00', provenance: { source, asOf: '2026-01-01' } },
      {
        country: 'GB',
        start: '08:00',
        end: '22:00',
        channels: ['email'],
        provenance: { source, asOf: '2026-01-01' },
      },
    ];
    const at = '2026-03-02T08:30:00Z';
    expect(
      contactWindow({ at, country: 'GB', zone: 'Europe/London', rules, channel: 'phone' }).verdict,
    ).toBe(false);
    const email = contactWindow({
      at,
      country: 'GB',
      zone: 'Europe/London',
      rules,
      channel: 'email',
    });
    expect(email.verdict).toBe(true);
    expect(email.reasons[0]?.params?.channel).toBe('email');
  });

  it('follows the French canvassing rule on the phone: 10–13 and 14–20, Monday to Friday', () => {
    const call = (at: string, extra: object = {}) =>
      contactWindow({ at, country: 'FR', zone: 'Europe/Paris', channel: 'phone', ...extra });
    // Monday 2 March 2026, Paris is UTC+1.
    expect(call('2026-03-02T11:30:00Z').verdict).toBe(true); // 12:30
    const lunch = call('2026-03-02T12:30:00Z'); // 13:30
    expect(lunch.verdict).toBe(false);
    expect(lunch.nextAllowed).toBe('2026-03-02T13:00:00.000Z'); // 14:00
    expect(lunch.reasons.map((r) => r.code)).toEqual([
      'contact.country-hours',
      'contact.quiet-hours',
    ]);
    expect(lunch.reasons[0]?.source?.pinpoint).toContain('D. 223-9');
    expect(call('2026-03-02T19:00:00Z').verdict).toBe(false); // 20:00: the end is excluded
    // Saturday: refused by law even when the company's weekend switch is off.
    const saturday = call('2026-03-07T10:00:00Z', { blockWeekends: false });
    expect(saturday.verdict).toBe(false);
    expect(saturday.reasons.map((r) => r.code)).toContain('contact.day-not-allowed');
    expect(saturday.nextAllowed).toBe('2026-03-09T09:00:00.000Z'); // Monday 10:00
    // Friday 1 May (Fête du travail): a public holiday, refused by law whatever blockHolidays says.
    const mayDay = call('2026-05-01T09:00:00Z', { blockHolidays: false });
    expect(mayDay.verdict).toBe(false);
    expect(mayDay.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['contact.holiday', 'contact.holiday-by-law']),
    );
    expect(mayDay.nextAllowed).toBe('2026-05-04T08:00:00.000Z'); // Monday 10:00 CEST
    // Other channels are not canvassing calls: the default hours, named as such.
    const email = contactWindow({
      at: '2026-03-02T07:30:00Z',
      country: 'FR',
      zone: 'Europe/Paris',
    });
    expect(email.verdict).toBe(true); // 08:30
    expect(email.reasons[0]?.code).toBe('contact.default-hours');
  });

  it('follows the Spanish rule on the phone: 09:00–21:00 on working days', () => {
    const call = (at: string) =>
      contactWindow({ at, country: 'ES', zone: 'Europe/Madrid', channel: 'phone' });
    const early = call('2026-03-02T07:30:00Z'); // 08:30 in Madrid
    expect(early.verdict).toBe(false);
    expect(early.nextAllowed).toBe('2026-03-02T08:00:00.000Z');
    expect(early.reasons[0]?.source?.pinpoint).toBe('art. 96.2');
    expect(call('2026-03-02T19:59:00Z').verdict).toBe(true); // 20:59
    expect(call('2026-03-02T20:00:00Z').verdict).toBe(false); // 21:00
    expect(call('2026-03-08T11:00:00Z').verdict).toBe(false); // Sunday
  });

  it("follows China's State Council arrangement for 2025–2026, not date-holidays' rules", () => {
    const cn = (at: string) => contactWindow({ at, country: 'CN', zone: 'Asia/Shanghai' });
    // Saturday 14 February 2026 is worked to bridge the Spring Festival: contact is fine.
    expect(cn('2026-02-14T02:00:00Z').verdict).toBe(true);
    // Monday 16 February is in the holiday, which runs to Monday the 23rd: the next allowed
    // instant is Tuesday the 24th, 08:00 in Shanghai.
    const festival = cn('2026-02-16T02:00:00Z');
    expect(festival.verdict).toBe(false);
    expect(festival.reasons.map((r) => r.code)).toContain('contact.holiday');
    expect(festival.nextAllowed).toBe('2026-02-24T00:00:00.000Z');
    // Friday 2 January 2026 is a bridge day off; Children's Day (1 June) is not a day off.
    expect(cn('2026-01-02T02:00:00Z').verdict).toBe(false);
    expect(cn('2026-06-01T02:00:00Z').verdict).toBe(true);
  });

  it('refuses a malformed rule, naming its path', () => {
    const provenance = {
      source: { title: 'Policy', url: 'https://example.com' },
      asOf: '2026-01-01',
    };
    const rules = [
      {
        country: 'FR',
        start: '10:00',
        end: '20:00',
        windows: [
          { start: '14:00', end: '20:00' },
          { start: '10:00', end: '13:00' },
        ],
        provenance,
      },
    ];
    expect(() =>
      contactWindow({ at: '2026-03-02T10:00:00Z', country: 'FR', zone: 'Europe/Paris', rules }),
    ).toThrow(/rules\.0\.windows\.1|rules\[0\]\.windows\[1\]/);
  });

  it('refuses an unknown zone with a path', () => {
    expect(() =>
      contactWindow({ at: '2026-03-02T10:00:00Z', country: 'US', zone: 'Mars/Base' }),
    ).toThrow(/at zone/);
  });
});
