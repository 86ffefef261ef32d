import { isMeridianError, ProvenanceSchema } from '@meridian-cx/core';
import {
  CHANNEL_IDS,
  CHANNELS,
  channelTraits,
  DEFAULT_PAUSES,
  lastCustomerMessageAt,
  messagingWindow,
  parseTicketEvent,
  smsSegments,
} from '@meridian-cx/tickets';
import { describe, expect, it } from 'vitest';

describe('channels as data', () => {
  it('has traits and valid provenance for every channel', () => {
    for (const id of CHANNEL_IDS) {
      const c = CHANNELS[id];
      expect(c.id).toBe(id);
      expect(ProvenanceSchema.safeParse(c.provenance).success).toBe(true);
    }
    for (const p of Object.values(DEFAULT_PAUSES))
      expect(ProvenanceSchema.safeParse(p.provenance).success).toBe(true);
  });

  it('knows which channels are synchronous, segmented or windowed', () => {
    expect(channelTraits('live-chat').synchronous).toBe(true);
    expect(channelTraits('email').synchronous).toBe(false);
    expect(channelTraits('sms').segmented).toBe(true);
    expect(channelTraits('whatsapp')).toMatchObject({
      customerServiceWindowHours: 24,
      maxLength: 4096,
    });
    expect(channelTraits('messenger')).toMatchObject({
      customerServiceWindowHours: 24,
      humanAgentWindowHours: 168,
      maxLength: 2000,
    });
    expect(channelTraits('email').humanAgentWindowHours).toBeUndefined();
    expect(channelTraits('social-post').public).toBe(true);
  });

  it('takes custom channels through the same API, and refuses unknown ones', () => {
    const line = { ...CHANNELS.messenger, id: 'messenger' as const, label: 'LINE' };
    expect(channelTraits('line', { line }).label).toBe('LINE');
    try {
      channelTraits('fax');
      expect.unreachable();
    } catch (e) {
      expect(isMeridianError(e, 'tickets/unknown-channel')).toBe(true);
    }
  });
});

describe('smsSegments', () => {
  it('fits 160 GSM-7 characters in one SMS, then 153 per segment', () => {
    expect(smsSegments('a'.repeat(160))).toMatchObject({
      encoding: 'GSM-7',
      segments: 1,
      units: 160,
    });
    expect(smsSegments('a'.repeat(161))).toMatchObject({ segments: 2, perSegment: 153 });
    expect(smsSegments('a'.repeat(306)).segments).toBe(2);
    expect(smsSegments('a'.repeat(307)).segments).toBe(3);
  });

  it('counts extension characters as two septets', () => {
    expect(smsSegments('€'.repeat(80))).toMatchObject({
      encoding: 'GSM-7',
      units: 160,
      segments: 1,
    });
    expect(smsSegments('€'.repeat(81)).segments).toBe(2);
  });

  it('a Polish or Persian reply forces UCS-2: 70, then 67', () => {
    const pl = smsSegments('Dziękujemy za zamówienie, paczka wyjdzie jutro.');
    expect(pl).toMatchObject({ encoding: 'UCS-2', segments: 1, perSegment: 70 });
    expect(pl.nonGsmCharacters).toEqual(['ę', 'ó']);
    expect(smsSegments('س'.repeat(70)).segments).toBe(1);
    expect(smsSegments('س'.repeat(71)).segments).toBe(2);
    expect(smsSegments('سفارش شما ارسال شد. '.repeat(7)).encoding).toBe('UCS-2');
    // The same length in plain GSM-7 costs one segment; with one ł it costs two.
    const plain = 'Zamowienie wyslane, dziekujemy za zakupy w naszym sklepie. Do zobaczenia!!';
    expect(smsSegments(plain).segments).toBe(1);
    expect(smsSegments(plain.replace('wyslane', 'wysłane')).segments).toBe(2);
  });

  it('never splits a surrogate pair across segments', () => {
    const text = `${'x'.repeat(66)}😀${'x'.repeat(10)}`;
    const s = smsSegments(text);
    expect(s).toMatchObject({ encoding: 'UCS-2', units: 78, segments: 2 });
    expect(s.remainingInLast).toBe(67 - 12);
  });

  it('an empty text costs nothing', () => {
    expect(smsSegments('').segments).toBe(0);
  });
});

describe('messagingWindow', () => {
  it('is open for 24 hours from the last customer message on WhatsApp and Messenger', () => {
    const w = messagingWindow({
      channel: 'whatsapp',
      lastCustomerMessageAt: '2026-03-01T10:30:00Z',
      now: '2026-03-02T10:00:00Z',
    });
    expect(w).toMatchObject({
      open: true,
      templateRequired: false,
      closesAt: '2026-03-02T10:30:00.000Z',
    });
    const closed = messagingWindow({
      channel: 'messenger',
      lastCustomerMessageAt: '2026-03-01T09:00:00Z',
      now: '2026-03-02T10:00:00Z',
    });
    expect(closed).toMatchObject({ open: false, templateRequired: true });
    expect(closed.reasons[0]?.code).toBe('window.closed');
    expect(closed.reasons[0]?.source?.url).toContain('developers.facebook.com');
  });

  it('lets a human agent answer with the HUMAN_AGENT tag for 7 days on Messenger and Instagram', () => {
    const base = { lastCustomerMessageAt: '2026-03-01T09:00:00Z' } as const;
    // Day 3: the standard window has closed, the human-agent extension has not.
    const day3 = messagingWindow({ ...base, channel: 'instagram-dm', now: '2026-03-03T09:00:00Z' });
    expect(day3).toMatchObject({
      open: false,
      templateRequired: true,
      closesAt: '2026-03-02T09:00:00.000Z',
      humanAgentAllowed: true,
      humanAgentUntil: '2026-03-08T09:00:00.000Z',
    });
    expect(day3.reasons.map((r) => r.code)).toEqual(['window.closed', 'window.human-agent-tag']);
    // The extension ends exactly 168 hours after the customer's last message.
    const end = messagingWindow({ ...base, channel: 'messenger', now: '2026-03-08T09:00:00Z' });
    expect(end.humanAgentAllowed).toBe(false);
    expect(end.reasons[1]?.code).toBe('window.human-agent-tag-expired');
    const before = messagingWindow({
      ...base,
      channel: 'messenger',
      now: '2026-03-08T08:59:59.999Z',
    });
    expect(before.humanAgentAllowed).toBe(true);
    // Inside the standard window nothing is said about tags; WhatsApp has no such tag.
    const inside = messagingWindow({ ...base, channel: 'messenger', now: '2026-03-01T10:00:00Z' });
    expect(inside.reasons.map((r) => r.code)).toEqual(['window.open']);
    const wa = messagingWindow({ ...base, channel: 'whatsapp', now: '2026-03-03T09:00:00Z' });
    expect(wa).toMatchObject({ open: false, humanAgentAllowed: false, humanAgentUntil: null });
  });

  it('needs a template when the customer never wrote, and has no window on email', () => {
    expect(
      messagingWindow({
        channel: 'whatsapp',
        lastCustomerMessageAt: null,
        now: '2026-03-02T10:00:00Z',
      }).templateRequired,
    ).toBe(true);
    expect(
      messagingWindow({
        channel: 'email',
        lastCustomerMessageAt: null,
        now: '2026-03-02T10:00:00Z',
      }).open,
    ).toBe(true);
  });
});

describe('lastCustomerMessageAt', () => {
  it('finds the customer’s last message on a channel, across tickets and arrival order', () => {
    const msg = (id: string, ticketId: string, at: string, from: string, channel: string) =>
      parseTicketEvent({ id, ticketId, type: 'message', at, from, channel, text: 'x' });
    const events = [
      msg('a', 't1', '2026-03-01T10:00:00Z', 'customer', 'whatsapp'),
      msg('c', 't2', '2026-03-02T08:00:00Z', 'customer', 'email'),
      msg('b', 't2', '2026-03-01T12:00:00Z', 'customer', 'whatsapp'),
      msg('d', 't2', '2026-03-02T09:00:00Z', 'agent', 'whatsapp'),
    ];
    expect(lastCustomerMessageAt(events, 'whatsapp')).toBe('2026-03-01T12:00:00.000Z');
    expect(lastCustomerMessageAt(events, 'sms')).toBeNull();
    const w = messagingWindow({
      channel: 'whatsapp',
      lastCustomerMessageAt: lastCustomerMessageAt(events, 'whatsapp'),
      now: '2026-03-02T10:00:00Z',
    });
    expect(w.closesAt).toBe('2026-03-02T12:00:00.000Z');
  });
});
