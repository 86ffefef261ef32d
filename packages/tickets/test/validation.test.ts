// Bad input never crashes or misleads: every public function answers a careless or hostile input
// with a ValidationError naming the path, or a MeridianError with a code from the catalog.
import { alwaysOpenCalendar, isMeridianError, type ValidationError } from '@meridian-cx/core';
import {
  autoClose,
  channelTraits,
  computeSla,
  customerTimeline,
  decideTransition,
  followUp,
  handOffSummary,
  lastCustomerMessageAt,
  matchConditions,
  messagingWindow,
  normalizeIdentity,
  parseSlaPolicy,
  replayTicket,
  resolveCustomers,
  routeConversation,
  selectSlaPolicy,
  smsSegments,
  statusCategory,
  ticketsErrorCodes,
  ticketsMessage,
  triageBot,
} from '@meridian-cx/tickets';
import { describe, expect, it } from 'vitest';
import { builder } from './fixtures.js';

function paths(fn: () => unknown, code: string): string[] {
  try {
    fn();
  } catch (e) {
    expect(isMeridianError(e, code)).toBe(true);
    return (e as ValidationError).issues.map((i) => i.path.join('.'));
  }
  throw new Error('expected a throw');
}
function code(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(isMeridianError(e)).toBe(true);
    return (e as { code: string }).code;
  }
  throw new Error('expected a throw');
}

const b = builder('t');
const events = [b.created(0), b.customer(1)];
const now = b.at(30);

describe('computeSla validates its policy at the boundary', () => {
  it('a misspelt metric is a ValidationError naming targets', () => {
    const policy = { id: 'p', targets: { 'first-replay': { minutes: 60, hours: 'calendar' } } };
    const run = () => computeSla({ policy: policy as never, events, now });
    expect(paths(run, 'tickets/invalid-sla-policy')).toEqual(['policy.targets']);
    try {
      run();
    } catch (e) {
      expect((e as Error).message).toContain('"first-replay"');
      expect((e as Error).message).toContain('"first-reply"');
    }
  });

  it('hours "bogus" is refused, not counted as business hours', () => {
    const policy = { id: 'p', targets: { 'first-reply': { minutes: 60, hours: 'bogus' } } };
    expect(
      paths(
        () => computeSla({ policy: policy as never, events, now, calendar: alwaysOpenCalendar }),
        'tickets/invalid-sla-policy',
      ),
    ).toEqual(['policy.targets.first-reply.hours']);
  });

  it('negative, zero, infinite and non-numeric targets are refused', () => {
    for (const minutes of [-1, 0, Number.POSITIVE_INFINITY, Number.NaN, '60']) {
      const policy = { id: 'p', targets: { 'first-reply': { minutes, hours: 'calendar' } } };
      expect(
        paths(
          () => computeSla({ policy: policy as never, events, now }),
          'tickets/invalid-sla-policy',
        ),
      ).toEqual(['policy.targets.first-reply.minutes']);
    }
  });

  it('a missing calendar is fine in calendar hours and a clear error in business hours', () => {
    const cal = {
      id: 'p',
      targets: { 'first-reply': { minutes: 60, hours: 'calendar' as const } },
    };
    expect(computeSla({ policy: cal, events, now }).metrics['first-reply']?.state).toBe('active');
    const biz = {
      id: 'p',
      targets: { 'first-reply': { minutes: 60, hours: 'business' as const } },
    };
    try {
      computeSla({ policy: biz, events, now });
      expect.unreachable();
    } catch (e) {
      expect(isMeridianError(e, 'tickets/missing-calendar')).toBe(true);
      expect(e).not.toBeInstanceOf(TypeError);
      expect((e as Error).message).toContain('calendar');
      expect((e as Error).message).toBe(
        ticketsMessage('tickets/missing-calendar', { policy: 'p', metric: 'first-reply' }),
      );
    }
    expect(code(() => computeSla({ policy: biz, events, now, calendar: {} as never }))).toBe(
      'tickets/invalid-calendar',
    );
  });

  it("words each issue through core's wordIssue: what was expected and what came", () => {
    const policy = parseSlaPolicy({ id: 'p', targets: {} });
    const messages = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return (e as ValidationError).issues.map((i) => `${i.path.join('.')}: ${i.message}`);
      }
      throw new Error('expected a throw');
    };
    const bad = [...events, { ...events[1], id: 'x', text: 5 }];
    expect(messages(() => computeSla({ policy, events: bad as never, now }))).toEqual([
      'events.2.text: Expected a string; got 5.',
    ]);
    expect(
      messages(() => computeSla({ policy, events, now, context: { tier: 5 } as never })),
    ).toEqual(['context.tier: Expected a string; got 5.']);
    expect(messages(() => computeSla(null as never))).toEqual([': Expected an object; got null.']);
    expect(
      messages(() => autoClose({ state: { id: 't', status: 'x', category: 'gone' } } as never)),
    ).toEqual([
      'state.category: A status category must be one of "new", "open", "pending", "on-hold", "solved", "closed"; got "gone".',
    ]);
  });

  it('names the path of a bad event, a bad now and bad custom statuses', () => {
    const policy = parseSlaPolicy({ id: 'p', targets: {} });
    const bad = [...events, { ...events[1], id: 'x', from: 'robot' }];
    expect(
      paths(
        () => computeSla({ policy, events: bad as never, now }),
        'tickets/invalid-ticket-event',
      ),
    ).toEqual(['events.2.from']);
    expect(
      paths(
        () => computeSla({ policy, events, now: '2026-03-02 10:00' }),
        'tickets/invalid-sla-input',
      ),
    ).toEqual(['now']);
    expect(
      paths(
        () =>
          computeSla({
            policy,
            events,
            now,
            statuses: [{ id: 'x', label: 'X', category: 'closed' }] as never,
          }),
        'tickets/invalid-sla-input',
      ),
    ).toEqual(['statuses.0.category']);
    expect(code(() => computeSla(null as never))).toBe('tickets/invalid-input');
    expect(code(() => computeSla({ events, now } as never))).toBe('tickets/no-policy');
  });

  it('a policy from parseSlaPolicy is frozen, so what was validated stays valid', () => {
    const policy = parseSlaPolicy({
      id: 'p',
      targets: { 'first-reply': { minutes: 60, hours: 'calendar' } },
    });
    expect(Object.isFrozen(policy.targets['first-reply'])).toBe(true);
    expect(() => {
      (policy.targets['first-reply'] as { minutes: number }).minutes = -5;
    }).toThrow(TypeError);
  });
});

describe('every public function validates what it reads', () => {
  const hostile: unknown[] = [null, undefined, 42, 'x', [], {}, { toString: 1 }, Number.NaN];

  it('never throws anything but a MeridianError', () => {
    const calls: ((v: unknown) => unknown)[] = [
      (v) => replayTicket(v as never),
      (v) => replayTicket(events, v as never),
      (v) => computeSla({ policy: v, events, now } as never),
      (v) => computeSla({ policy: { id: 'p', targets: {} }, events: v, now } as never),
      (v) => lastCustomerMessageAt(v as never, 'email'),
      (v) => messagingWindow({ channel: 'whatsapp', lastCustomerMessageAt: v, now } as never),
      (v) => messagingWindow(v as never),
      (v) => smsSegments(v as never),
      (v) => channelTraits(v as never),
      (v) => normalizeIdentity(v as never),
      (v) => resolveCustomers({ profiles: v } as never),
      (v) => resolveCustomers({ profiles: [], exclusiveKinds: v } as never),
      (v) => routeConversation({ rules: v, conversation: {} } as never),
      (v) => routeConversation({ rules: [], conversation: v } as never),
      (v) => selectSlaPolicy(v as never, {}),
      (v) => selectSlaPolicy([], v as never),
      (v) => matchConditions(v as never, {}),
      (v) => decideTransition(v as never),
      (v) => statusCategory(v as never),
      (v) => autoClose({ state: v, now } as never),
      (v) => followUp(v as never),
      (v) => customerTimeline({ events: v } as never),
      (v) => handOffSummary({ events, to: v, now } as never),
      (v) => triageBot(v as never),
      (v) => triageBot([], { maxFailedTurns: v } as never),
    ];
    let thrown = 0;
    for (const call of calls) {
      for (const v of hostile) {
        try {
          call(v);
        } catch (e) {
          thrown++;
          if (!isMeridianError(e)) {
            throw new Error(
              `call ${calls.indexOf(call)}, value ${hostile.indexOf(v)}: ${(e as Error).message}`,
            );
          }
        }
      }
    }
    expect(thrown).toBeGreaterThan(100);
  });

  it('routing rules, identities and merges name their paths', () => {
    expect(
      paths(
        () =>
          routeConversation({
            rules: [{ id: 'r', queue: '', when: { channel: ['fax'] } }],
            conversation: {},
          } as never),
        'tickets/invalid-routing-input',
      ),
    ).toEqual(['rules.0.queue', 'rules.0.when.channel.0']);
    expect(
      paths(
        () => normalizeIdentity({ kind: 'phone', value: '601', defaultCountry: 'pl' }),
        'tickets/invalid-identity',
      ),
    ).toEqual(['defaultCountry']);
    expect(
      paths(
        () =>
          resolveCustomers({
            profiles: [{ id: 'a', identities: [] }],
            merges: [{ type: 'customer-merged', id: 'm', at: 'yesterday', profileIds: ['a'] }],
          } as never),
        'tickets/invalid-customer-merge-event',
      ),
    ).toEqual(['merges.0.at', 'merges.0.profileIds']);
  });

  it('every catalog code has a message that names a fix', () => {
    expect(ticketsErrorCodes.length).toBeGreaterThanOrEqual(8);
    expect(ticketsMessage('tickets/missing-calendar', { policy: 'vip', metric: 'x' })).toContain(
      'Policy "vip"',
    );
    expect(code(() => channelTraits('__proto__'))).toBe('tickets/unknown-channel');
    expect(code(() => channelTraits('toString'))).toBe('tickets/unknown-channel');
  });

  // A caller's value is described once, by core's describeValue: a string quoted, anything else
  // as what it is (an object was "[object Object]", the number 5 read as the string "5").
  const message = (fn: () => unknown): string => {
    try {
      fn();
    } catch (e) {
      return (e as Error).message;
    }
    return expect.unreachable() as never;
  };
  it.each([
    [{ toString: 1 }, '{"toString":1}'],
    [5, '5'],
    [null, 'null'],
    ['fax', '"fax"'],
  ])('an unknown channel %o reads %s', (id, shown) => {
    expect(message(() => channelTraits(id as never))).toMatch(
      new RegExp(`^${shown.replace(/[{}]/g, '\\$&')} is not a known channel\\.`),
    );
  });
  it.each([
    [{ toString: 1 }, '{"toString":1}'],
    [12, '12'],
    [null, 'null'],
    [new Date(Number.NaN), 'an invalid Date'],
    ['today', '"today"'],
  ])('an instant %o reads %s (core describeValue, not String())', (now, shown) => {
    const input = { channel: 'whatsapp', lastCustomerMessageAt: '2026-03-01T10:30:00Z', now };
    expect(message(() => messagingWindow(input as never))).toContain(
      `at now: ${shown} is not an ISO 8601 instant`,
    );
  });
  it('a status nobody defined is described, long ones cut', () => {
    const from = 'x'.repeat(200);
    expect(message(() => decideTransition({ from, to: 'open', assigneeId: 'a' }))).toContain(
      `"${'x'.repeat(79)}…(202 chars) is not a status`,
    );
  });
  it('a channel id is a string: 5 is not the custom channel "5"', () => {
    const traits = channelTraits('email');
    expect(channelTraits('5', { '5': traits })).toBe(traits);
    expect(code(() => channelTraits(5 as never, { '5': traits }))).toBe('tickets/unknown-channel');
  });
  it.each([
    [{ toString: 1 }, '{"toString":1}'],
    [0.5, '0.5'],
    ['4', '"4"'],
  ])('afterDays %o reads %s', (afterDays, shown) => {
    const state = replayTicket(events);
    expect(message(() => autoClose({ state, now, afterDays } as never))).toContain(
      `; got ${shown}.`,
    );
  });
});
