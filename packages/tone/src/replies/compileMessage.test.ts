// intl-messageformat renders every message: the formats a policy team may write in its own
// templates ({n, number}, {d, date}, {t, time}, <tags>) work end to end through renderReply, dates
// read in the customer's zone, and parsed messages are held in a bounded cache.
import { isMeridianError } from '@meridian-cx/core';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { compileMessage } from './compileMessage.js';
import { defineTemplates } from './defineTemplates.js';
import { renderReason } from './renderReason.js';
import { renderReply } from './renderReply.js';

const mine = defineTemplates({
  'delivery-slot': {
    params: { orderId: 'text', share: 'number', day: 'date', from: 'datetime' },
    messages: {
      de: {
        formal:
          'Bestellung <b>{orderId}</b>: {share, number, percent} geliefert, Rest am {day, date, short} ab {from, time, short}.',
      },
      en: {
        any: 'Order <b>{orderId}</b>: {share, number, percent} delivered, rest on {day, date, medium} from {from, time, short}.',
      },
      ar: {
        any: 'الطلب {orderId}: {share, number, percent} في {day, date, short}.{from, time, short}',
      },
    },
  },
});

const slot = (locale: string, timeZone: string, day = '2026-03-02') =>
  renderReply(
    {
      template: 'delivery-slot',
      locale,
      register: 'formal',
      timeZone,
      params: { orderId: 'A-7', share: 0.25, day, from: '2026-03-02T23:30:00Z' },
    },
    [mine],
  ).text;

describe('ICU formats in a team template, rendered by intl-messageformat', () => {
  it('numbers, dates and times in the customer locale and zone; tags kept as written', () => {
    expect(slot('de-DE', 'Europe/Berlin').replace(/\u00a0/g, ' ')).toBe(
      'Bestellung <b>A-7</b>: 25 % geliefert, Rest am 2.3.26 ab 00:30.',
    );
    expect(slot('en-US', 'America/New_York').replace(/\s/g, ' ')).toBe(
      'Order <b>A-7</b>: 25% delivered, rest on Mar 2, 2026 from 6:30 PM.',
    );
  });

  it('a time reads in the zone passed, not the machine zone; a calendar date stays its day', () => {
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kolkata', 'UTC']) {
      const expected = new Intl.DateTimeFormat('de-DE', {
        hour: 'numeric',
        minute: 'numeric',
        timeZone: zone,
      }).format(Date.parse('2026-03-02T23:30:00Z'));
      const text = slot('de-DE', zone);
      expect(text, zone).toContain(`ab ${expected}.`);
      // A calendar date (YYYY-MM-DD) names a day: the same day in every zone, +14 h and −11 h included.
      expect(text, zone).toContain('Rest am 2.3.26');
    }
  });

  it('is the text intl-messageformat gives for the same message and values', () => {
    const message =
      '{n, plural, offset:1 =0 {none} one {# and you} other {# others and you}} — {n, number}';
    for (const [locale, n] of [
      ['pl', 5],
      ['ar', 3],
      ['fr', 1],
      ['en', 1_234.5],
    ] as const) {
      const ours = String(compileMessage(message, locale, 'UTC').format.format({ n }));
      expect(ours).toBe(String(new IntlMessageFormat(message, locale).format({ n })));
    }
  });

  it('Arabic: Arabic-Indic digits for numbers and dates', () => {
    expect(slot('ar-EG', 'Africa/Cairo')).toMatch(/٢٥/);
    expect(slot('ar-EG', 'Africa/Cairo')).toMatch(/٢٠٢٦|٢٦/);
  });

  it('a date param that is not a date is the bad-param error, whatever the message does with it', () => {
    try {
      slot('de-DE', 'UTC', 'soon');
      expect.unreachable();
    } catch (e) {
      expect(isMeridianError(e, 'tone/bad-param')).toBe(true);
    }
  });

  it('renderReason renders a team reason with {n, number} and a date in UTC', () => {
    const reasons = defineTemplates({
      'custom.delayed': {
        params: { share: 'number', until: 'date' },
        messages: { en: { any: '{share, number, percent} delayed until {until, date, long}.' } },
      },
    });
    const r = renderReason(
      { code: 'custom.delayed', params: { share: 0.5, until: '2026-03-02T23:30:00Z' } },
      'en-GB',
      reasons,
    );
    expect(r).toEqual({
      code: 'custom.delayed',
      text: '50% delayed until 2 March 2026.',
      known: true,
    });
    // An until that is no instant falls back visibly rather than throwing.
    const bad = renderReason(
      { code: 'custom.delayed', params: { share: 0.5, until: 'tomorrow' } },
      'en-GB',
      reasons,
    );
    expect(bad.known).toBe(false);
  });
});

describe('compileMessage', () => {
  it('parses once per locale and message, and per zone only when the message has dates', () => {
    const plain = compileMessage('Hi {name}', 'de-DE', 'UTC');
    expect(compileMessage('Hi {name}', 'de-DE', 'Asia/Tokyo')).toBe(plain);
    expect(compileMessage('Hi {name}', 'de-AT', 'UTC')).not.toBe(plain);
    const timed = compileMessage('{d, time, short}', 'de-DE', 'UTC');
    expect(compileMessage('{d, time, short}', 'de-DE', 'UTC')).toBe(timed);
    const tokyo = compileMessage('{d, time, short}', 'de-DE', 'Asia/Tokyo');
    expect(tokyo).not.toBe(timed);
    expect([...tokyo.instants]).toEqual(['d']);
    expect(tokyo.format.format({ d: Date.UTC(2026, 0, 1, 0, 0) })).toBe('09:00');
    expect(timed.format.format({ d: Date.UTC(2026, 0, 1, 0, 0) })).toBe('00:00');
  });

  it('is bounded: thousands of messages, or of locales for one message, do not stay parsed', () => {
    const first = compileMessage('message 0 {n}', 'en', 'UTC');
    for (let i = 1; i <= 300; i++) compileMessage(`message ${i} {n}`, 'en', 'UTC');
    // The first was forgotten (least recently used), so asking again parses anew.
    expect(compileMessage('message 0 {n}', 'en', 'UTC')).not.toBe(first);
    const en = compileMessage('one message {n}', 'en', 'UTC');
    const regions = ['US', 'GB', 'AU', 'CA', 'IE', 'NZ', 'ZA', 'IN', 'SG', 'HK', 'PH', 'NG', 'KE'];
    for (const region of [...regions, 'MT', 'GH', 'JM', 'BZ']) {
      compileMessage('one message {n}', `en-${region}`, 'UTC');
    }
    expect(compileMessage('one message {n}', 'en', 'UTC')).not.toBe(en);
  });
});
