import { fc, test } from '@fast-check/vitest';
import {
  type ChannelId,
  messagingWindow,
  type RoutingRule,
  routeConversation,
} from '@meridian-cx/tickets';
import { describe, expect } from 'vitest';

const channels: ChannelId[] = ['email', 'live-chat', 'whatsapp', 'sms'];
const languages = ['pl', 'pt', 'fa', 'en'];
const rule: fc.Arbitrary<Omit<RoutingRule, 'id'>> = fc.record({
  queue: fc.constantFrom('a', 'b', 'c'),
  when: fc.record(
    {
      channel: fc.subarray(channels, { minLength: 1 }),
      language: fc.subarray(languages, { minLength: 1 }),
      skills: fc.subarray(['refunds', 'german', 'b2b'], { minLength: 1 }),
    },
    { requiredKeys: [] },
  ),
});
const conversation = fc.record({
  channel: fc.constantFrom(...channels),
  language: fc.constantFrom('pl-PL', 'pt-BR', 'fa-IR', 'en-GB'),
  skills: fc.subarray(['refunds', 'german', 'b2b']),
});

describe('routing properties', () => {
  test.prop([fc.array(rule, { maxLength: 6 }), conversation])(
    'the queue is the one of the first rule whose conditions all hold (brute-force oracle)',
    (raw, conv) => {
      const rules = raw.map((r, i) => ({ ...r, id: `r${i}` }));
      const oracle = rules.find(
        (r) =>
          (r.when.channel === undefined || r.when.channel.includes(conv.channel)) &&
          (r.when.language === undefined || r.when.language.includes(conv.language.slice(0, 2))) &&
          (r.when.skills === undefined || r.when.skills.every((s) => conv.skills.includes(s))),
      );
      const route = routeConversation({ rules, conversation: conv, defaultQueue: 'default' });
      expect(route.queue).toBe(oracle?.queue ?? 'default');
      expect(route.ruleId).toBe(oracle?.id ?? null);
      expect(route.reasons).toHaveLength((oracle ? rules.indexOf(oracle) : rules.length) + 1);
    },
  );
});

describe('messaging window properties', () => {
  const base = Date.parse('2026-03-01T00:00:00Z');
  test.prop([fc.integer({ min: 0, max: 5 * 1440 }), fc.integer({ min: 0, max: 5 * 1440 })])(
    'free-form replies are allowed exactly while less than 24 hours have passed since the customer wrote',
    (last, now) => {
      fc.pre(now >= last);
      const w = messagingWindow({
        channel: 'whatsapp',
        lastCustomerMessageAt: new Date(base + last * 60_000),
        now: new Date(base + now * 60_000),
      });
      expect(w.open).toBe(now - last < 24 * 60);
      expect(w.templateRequired).toBe(!w.open);
    },
  );

  test.prop([
    fc.constantFrom('messenger', 'instagram-dm'),
    fc.integer({ min: 0, max: 10 * 1440 }),
    fc.integer({ min: 0, max: 10 * 1440 }),
  ])(
    'a human agent may answer exactly while less than 7 days have passed, and whenever free-form is open',
    (channel, last, now) => {
      fc.pre(now >= last);
      const w = messagingWindow({
        channel,
        lastCustomerMessageAt: new Date(base + last * 60_000),
        now: new Date(base + now * 60_000),
      });
      expect(w.humanAgentAllowed).toBe(now - last < 7 * 1440);
      if (w.open) expect(w.humanAgentAllowed).toBe(true);
    },
  );
});
