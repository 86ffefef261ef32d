import {
  customerTimeline,
  handOffSummary,
  matchConditions,
  parseTicketEvent,
  type RoutingRule,
  routeConversation,
  triageBot,
} from '@meridian-cx/tickets';
import { describe, expect, it } from 'vitest';
import { builder } from './fixtures.js';

describe('customerTimeline', () => {
  const a = builder('t-email', '2026-03-01T09:00:00Z');
  const b = builder('t-chat', '2026-03-01T12:00:00Z');
  const other = builder('t-other', '2026-03-01T10:00:00Z');
  const events = [
    b.created(0, { channel: 'live-chat', requesterId: 'chat-7' }),
    b.customer(1, 'Any update on my parcel?', 'live-chat'),
    a.created(0, { requesterId: 'email-1', subject: 'Parcel late' }),
    a.customer(0, 'My parcel is late', 'email'),
    a.agent(30, 'Checking with the carrier', 'email'),
    a.raw(31, { type: 'internal-note', authorId: 'ag', text: 'carrier ticket 123' }),
    other.created(0, { requesterId: 'someone-else' }),
  ];

  it('merges a customer’s tickets and channels in time order', () => {
    const t = customerTimeline({ events, profileIds: ['email-1', 'chat-7'] });
    expect(t.ticketIds).toEqual(['t-email', 't-chat']);
    expect(t.channels).toEqual(['email', 'live-chat']);
    expect(t.entries.map((e) => e.summary)).toEqual([
      'Parcel late',
      'My parcel is late',
      'Checking with the carrier',
      'carrier ticket 123',
      'ticket created',
      'Any update on my parcel?',
    ]);
  });

  it('can leave internal notes out and keeps every ticket without a filter', () => {
    expect(
      customerTimeline({ events, profileIds: ['email-1'], includeInternal: false }).entries,
    ).toHaveLength(3);
    expect(customerTimeline({ events }).ticketIds).toHaveLength(3);
  });
});

describe('handOffSummary', () => {
  it('tells the phone agent what is still unanswered and what the bot collected', () => {
    const t = builder('t');
    const events = [
      t.created(0, { channel: 'live-chat' }),
      t.customer(1, 'My order 1042 arrived broken', 'live-chat'),
      t.raw(2, {
        type: 'bot-handoff',
        reason: 'bot.sensitive-intent',
        transcript: [
          { from: 'customer', text: 'broken order', at: t.at(1), intent: 'complaint' },
          { from: 'bot', text: 'Sorry to hear that', at: t.at(1) },
        ],
      }),
      t.agent(5, 'Can you send a photo?', 'live-chat'),
      t.customer(8, 'Photo attached', 'live-chat'),
      t.customer(9, 'Can you call me instead?', 'live-chat'),
      t.raw(10, { type: 'tagged', add: ['damaged'] }),
    ];
    const s = handOffSummary({ events, to: 'phone', now: t.at(11) });
    expect(s.from).toBe('live-chat');
    expect(s.unanswered.map((m) => m.text)).toEqual(['Photo attached', 'Can you call me instead?']);
    expect(s.lastAgentReply?.text).toBe('Can you send a photo?');
    expect(s.botTranscript).toHaveLength(2);
    expect(s.lines[0]).toContain('live-chat → phone');
    expect(s.tags).toEqual(['damaged']);
  });
});

describe('routeConversation', () => {
  const rules: RoutingRule[] = [
    { id: 'vip', queue: 'vip-desk', when: { tier: ['vip'] } },
    {
      id: 'pl-chat',
      queue: 'polish-chat',
      when: { language: ['pl'], channel: ['live-chat', 'whatsapp'] },
    },
    { id: 'returns-expert', queue: 'returns', when: { skills: ['returns', 'de'] } },
  ];

  it('sends a conversation to the first rule that matches, with reasons', () => {
    const r = routeConversation({
      rules,
      conversation: { language: 'pl-PL', channel: 'whatsapp', tier: 'standard' },
    });
    expect(r).toMatchObject({ queue: 'polish-chat', ruleId: 'pl-chat' });
    expect(r.reasons.map((x) => x.code)).toEqual(['route.rule-skipped', 'route.rule-matched']);
  });

  it('needs every skill of a rule and falls back to the default queue', () => {
    expect(routeConversation({ rules, conversation: { skills: ['returns', 'de'] } }).queue).toBe(
      'returns',
    );
    const r = routeConversation({
      rules,
      conversation: { skills: ['returns'] },
      defaultQueue: 'triage',
    });
    expect(r).toMatchObject({ queue: 'triage', ruleId: null });
    expect(r.reasons.at(-2)?.params).toMatchObject({ key: 'skills', missing: 'de' });
  });

  it('matches a language by its primary subtag, not by prefix of another language', () => {
    expect(matchConditions({ language: ['pt'] }, { language: 'pt-BR' })).toBeNull();
    expect(matchConditions({ language: ['pt'] }, { language: 'ptx' })?.code).toBe(
      'condition.unmet',
    );
  });
});

describe('triageBot', () => {
  const at = '2026-03-02T10:00:00Z';
  it('keeps going while the bot copes', () => {
    const d = triageBot([
      { from: 'customer', text: 'Where is my order?', at, intent: 'order-status' },
      { from: 'bot', text: 'It ships tomorrow.', at, understood: true },
    ]);
    expect(d).toMatchObject({ escalate: false, transcript: [] });
  });

  it('escalates when the customer asks for a human, in their language', () => {
    const d = triageBot([{ from: 'customer', text: 'Chcę rozmawiać z konsultantem', at }]);
    expect(d.escalate).toBe(true);
    expect(d.reasons[0]?.code).toBe('bot.human-requested');
    expect(d.transcript).toHaveLength(1);
  });

  it('escalates after N failed turns and on sensitive intents', () => {
    const failed = triageBot(
      [
        { from: 'customer', text: 'blorp', at },
        { from: 'bot', text: 'Sorry?', at, understood: false },
        { from: 'customer', text: 'blorp!!', at },
        { from: 'bot', text: 'Sorry?', at, understood: false },
      ],
      { maxFailedTurns: 2 },
    );
    expect(failed.reasons.map((r) => r.code)).toEqual(['bot.failed-turns']);
    const legal = triageBot([
      { from: 'customer', text: 'My lawyer will call', at, intent: 'legal' },
    ]);
    expect(legal.reasons[0]).toMatchObject({
      code: 'bot.sensitive-intent',
      params: { intent: 'legal' },
    });
    expect(
      triageBot([{ from: 'customer', text: 'x', at, intent: 'refund' }], { sensitiveIntents: [] })
        .escalate,
    ).toBe(false);
  });

  it('its transcript fits a bot-handoff event', () => {
    const d = triageBot([{ from: 'customer', text: 'I want a refund', at, intent: 'refund' }]);
    const e = parseTicketEvent({
      id: 'h',
      ticketId: 't',
      type: 'bot-handoff',
      at,
      reason: d.reasons[0]?.code,
      transcript: d.transcript,
    });
    expect(e.type).toBe('bot-handoff');
  });
});
