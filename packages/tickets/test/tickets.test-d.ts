import { alwaysOpenCalendar } from '@meridian-cx/core';
import {
  type ChannelId,
  computeSla,
  replayTicket,
  type SlaClockState,
  type SlaPolicy,
  type SlaTarget,
  type StatusCategory,
  type TicketEvent,
} from '@meridian-cx/tickets';
import { describe, expectTypeOf, it } from 'vitest';

describe('tickets types', () => {
  it('narrows events by type', () => {
    const e = {} as TicketEvent;
    if (e.type === 'message') expectTypeOf(e.from).toEqualTypeOf<'customer' | 'agent' | 'bot'>();
    if (e.type === 'channel-switched') expectTypeOf(e.to).toEqualTypeOf<ChannelId>();
  });

  it('uses literal unions for statuses, channels and clock states', () => {
    expectTypeOf(replayTicket([]).category).toEqualTypeOf<StatusCategory>();
    const r = computeSla({
      policy: { id: 'p', targets: {} },
      events: [],
      calendar: alwaysOpenCalendar,
      now: '2026-03-02T10:00:00Z',
    });
    expectTypeOf(r.metrics['first-reply']).toEqualTypeOf<
      import('@meridian-cx/tickets').SlaClock | undefined
    >();
    expectTypeOf<SlaClockState>().toEqualTypeOf<
      'not-started' | 'active' | 'paused' | 'achieved' | 'breached'
    >();
  });

  it('refuses unknown metrics, channels and hours', () => {
    const badMetric: SlaPolicy['targets'] = {
      // @ts-expect-error not a metric
      'first-response': { minutes: 1, hours: 'business' },
    };
    const badHours: SlaTarget = {
      minutes: 1,
      // @ts-expect-error not hours the SLA knows
      hours: 'weekly',
    };
    // @ts-expect-error fax is not a channel
    const c: ChannelId = 'fax';
    void [badMetric, badHours, c];
  });
});
