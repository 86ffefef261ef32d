// An omnichannel inbox: the same customer writes by email on Friday, opens a chat on Monday
// (a bot triages it and hands it to a person), then follows up on WhatsApp. The inbox recognises
// one customer, shows one timeline, routes the chat, keeps SLA clocks on the team's business
// calendar, checks the WhatsApp window before replying, and hands the chat over to the phone.
import { createBusinessCalendar, dateHolidaysCalendar } from '@meridian-cx/coverage/date-holidays';
import {
  type CustomerProfile,
  computeSla,
  customerTimeline,
  handOffSummary,
  lastCustomerMessageAt,
  messagingWindow,
  parseTicketEvent,
  replayTicket,
  resolveCustomers,
  routeConversation,
  type SlaPolicy,
  selectSlaPolicy,
  smsSegments,
  type TicketEvent,
  triageBot,
} from '@meridian-cx/tickets';

const NOW = '2026-03-09T11:30:00Z';

// The EMEA support team in Berlin works Monday–Friday 09:00–18:00 Berlin time and is closed on
// German public holidays: a real calendar from @meridian-cx/coverage (zone, DST, holidays).
const day = [{ start: '09:00', end: '18:00' }];
const berlinTeam = createBusinessCalendar(
  {
    id: 'emea-berlin',
    zone: 'Europe/Berlin',
    weekly: { mon: day, tue: day, wed: day, thu: day, fri: day },
  },
  { holidays: dateHolidaysCalendar({ country: 'DE' }) },
);

// 1. Three channels, three profiles: who is this customer?
const profiles: CustomerProfile[] = [
  {
    id: 'email:ana.silva@example.pt',
    name: 'Ana Silva',
    tier: 'gold',
    identities: [
      { identity: { kind: 'email', value: 'Ana.Silva@example.pt' }, verified: true },
      { identity: { kind: 'external', system: 'shopify', value: 'cust-88231' }, verified: true },
    ],
  },
  {
    id: 'chat:visitor-5521',
    identities: [
      { identity: { kind: 'email', value: 'ana.silva@example.pt ' }, verified: true },
      { identity: { kind: 'phone', value: '912 345 678', defaultCountry: 'PT' }, verified: false },
    ],
  },
  {
    id: 'whatsapp:351912345678',
    identities: [
      { identity: { kind: 'phone', value: '+351 912 345 678' }, verified: true },
      { identity: { kind: 'social', platform: 'whatsapp', value: '351912345678' }, verified: true },
    ],
  },
];

// 2. The events, as webhooks deliver them (out of order, one delivered twice).
const raw = [
  // Friday: an email.
  {
    id: 'm1',
    ticketId: 'T-100',
    type: 'created',
    at: '2026-03-06T17:20:00Z',
    channel: 'email',
    requesterId: 'email:ana.silva@example.pt',
    subject: 'Order #4471 arrived damaged',
    priority: 'normal',
  },
  {
    id: 'm2',
    ticketId: 'T-100',
    type: 'message',
    at: '2026-03-06T17:20:00Z',
    sequence: 1,
    from: 'customer',
    channel: 'email',
    text: 'My order #4471 arrived with a cracked screen. Photos attached.',
    attachments: 2,
  },
  { id: 'm3', ticketId: 'T-100', type: 'assigned', at: '2026-03-06T17:35:00Z', assigneeId: 'rita' },
  {
    id: 'm4',
    ticketId: 'T-100',
    type: 'message',
    at: '2026-03-06T17:50:00Z',
    from: 'agent',
    channel: 'email',
    text: 'Sorry to hear that, Ana. Could you confirm the serial number on the box?',
    authorId: 'rita',
  },
  {
    id: 'm5',
    ticketId: 'T-100',
    type: 'status-changed',
    at: '2026-03-06T17:51:00Z',
    status: 'pending',
  },
  // Monday: a chat, first with the bot.
  {
    id: 'c1',
    ticketId: 'T-101',
    type: 'created',
    at: '2026-03-09T09:05:00Z',
    channel: 'live-chat',
    requesterId: 'chat:visitor-5521',
    createdBy: 'bot',
  },
  {
    id: 'c2',
    ticketId: 'T-101',
    type: 'message',
    at: '2026-03-09T09:05:00Z',
    sequence: 1,
    from: 'customer',
    channel: 'live-chat',
    text: 'Hi, about my broken phone, order 4471',
  },
  {
    id: 'c3',
    ticketId: 'T-101',
    type: 'message',
    at: '2026-03-09T09:05:30Z',
    from: 'bot',
    channel: 'live-chat',
    text: 'I can help with orders. What would you like to do?',
  },
  {
    id: 'c4',
    ticketId: 'T-101',
    type: 'message',
    at: '2026-03-09T09:06:00Z',
    from: 'customer',
    channel: 'live-chat',
    text: 'I want a refund, not a replacement',
  },
  // Monday: WhatsApp, on the email ticket (the customer answers Rita's question).
  {
    id: 'w1',
    ticketId: 'T-100',
    type: 'message',
    at: '2026-03-09T10:40:00Z',
    from: 'customer',
    channel: 'whatsapp',
    text: 'Serial is SN-77Q2-0912. Can someone call me?',
  },
];
const delivered = [
  raw[9],
  raw[6],
  raw[0],
  raw[3],
  raw[1],
  raw[2],
  raw[4],
  raw[5],
  raw[7],
  raw[8],
  raw[1],
];
const events: TicketEvent[] = delivered.map((e) => parseTicketEvent(e));

const lines: string[] = [];
const out = (s = '') => lines.push(s);

// 3. One customer.
const { customers, suggestions } = resolveCustomers({ profiles });
const ana = customers.find((c) => c.profileIds.includes('email:ana.silva@example.pt'));
out('# Omnichannel inbox, Monday 9 March 2026, 11:30 UTC');
out();
out('## Who is this?');
for (const c of customers) {
  out(`- customer ${c.id}: profiles ${c.profileIds.join(', ')}`);
  out(
    `  identities: ${c.identities.map((i) => `${i.identity.key}${i.verified ? '' : ' (unverified)'}`).join('; ')}`,
  );
}
for (const s of suggestions)
  out(`- possible match, not merged (unverified): ${s.key} on ${s.profileIds.join(' + ')}`);

// The phone seen in chat is unverified but the WhatsApp number is: an agent confirms it on the
// call and merges the profiles; the merge is an event that can be undone later.
const merged = resolveCustomers({
  profiles,
  merges: [
    {
      type: 'customer-merged',
      id: 'merge-1',
      at: NOW,
      profileIds: ['chat:visitor-5521', 'whatsapp:351912345678'],
      by: 'rita',
    },
  ],
});
const customer = merged.customers[0];
if (!customer || !ana) throw new Error('expected the customer to be recognised');
out(
  `- after Rita confirms the number: one customer, ${customer.profileIds.length} profiles (${customer.reasons.map((r) => r.code).join(', ')})`,
);

// 4. Bot triage and routing of the chat.
const bot = triageBot([
  {
    from: 'customer',
    text: 'Hi, about my broken phone, order 4471',
    at: '2026-03-09T09:05:00Z',
    intent: 'order-issue',
  },
  {
    from: 'bot',
    text: 'I can help with orders. What would you like to do?',
    at: '2026-03-09T09:05:30Z',
    understood: true,
  },
  {
    from: 'customer',
    text: 'I want a refund, not a replacement',
    at: '2026-03-09T09:06:00Z',
    intent: 'refund',
  },
]);
out();
out('## The chat');
out(
  `- bot: ${bot.escalate ? 'hand to a person' : 'keep going'} (${bot.reasons.map((r) => r.code).join(', ')}), transcript of ${bot.transcript.length} turns attached`,
);
events.push(
  parseTicketEvent({
    id: 'c5',
    ticketId: 'T-101',
    type: 'bot-handoff',
    at: '2026-03-09T09:06:05Z',
    reason: bot.reasons[0]?.code ?? 'bot',
    transcript: bot.transcript,
  }),
);
const route = routeConversation({
  rules: [
    { id: 'vip', queue: 'vip-desk', when: { tier: ['platinum'] } },
    { id: 'pt-refunds', queue: 'pt-refunds', when: { language: ['pt'], skills: ['refunds'] } },
    {
      id: 'pt-chat',
      queue: 'pt-chat',
      when: { language: ['pt'], channel: ['live-chat', 'whatsapp'] },
    },
  ],
  conversation: {
    language: 'pt-PT',
    channel: 'live-chat',
    tier: 'gold',
    priority: 'normal',
    skills: ['refunds'],
  },
});
out(
  `- routed to ${route.queue} by rule ${route.ruleId} (${route.reasons.map((r) => `${r.code}${r.params?.key ? `:${r.params.key}` : ''}`).join(', ')})`,
);

// 5. The tickets.
out();
out('## Tickets');
for (const id of ['T-100', 'T-101']) {
  const state = replayTicket(events.filter((e) => e.ticketId === id));
  out(
    `- ${id}: ${state.status}, ${state.priority}, channels ${state.channels.join(' → ')}, ${state.messages.customer} customer / ${state.messages.agent} agent / ${state.messages.bot} bot messages${state.duplicates.length ? `, ${state.duplicates.length} duplicate delivery ignored` : ''}`,
  );
  for (const t of state.transitions) out(`    ${t.from} → ${t.to}: ${t.reason.code}`);
}

// 6. One timeline across tickets and channels.
const timeline = customerTimeline({
  events,
  profileIds: customer.profileIds.concat(ana.profileIds),
});
out();
out(`## Timeline (${timeline.channels.join(', ')})`);
for (const e of timeline.entries) {
  out(
    `- ${e.at.slice(0, 16).replace('T', ' ')}  ${e.ticketId}  ${(e.channel ?? '').padEnd(9)} ${e.actor.padEnd(8)} ${e.summary}`,
  );
}

// 7. SLA clocks on the team's business calendar.
const policies: SlaPolicy[] = [
  {
    id: 'chat',
    conditions: { channel: ['live-chat', 'whatsapp'] },
    targets: {
      'first-reply': { minutes: 5, hours: 'business' },
      'next-reply': { minutes: 15, hours: 'business' },
    },
  },
  {
    id: 'gold-email',
    conditions: { tier: ['gold'] },
    targets: {
      'first-reply': { minutes: 120, hours: 'business' },
      'next-reply': { minutes: 60, hours: 'business' },
      'requester-wait': { minutes: 960, hours: 'business' },
      'agent-work': { minutes: 480, hours: 'business' },
      'total-resolution': { minutes: 7 * 24 * 60, hours: 'calendar' },
    },
  },
];
out();
out('## SLA clocks (business hours: Berlin team, Mon–Fri 09:00–18:00, German holidays)');
for (const [id, channel] of [
  ['T-100', 'email'],
  ['T-101', 'live-chat'],
] as const) {
  const choice = selectSlaPolicy(policies, { channel, tier: 'gold', language: 'pt-PT' });
  if (!choice.policy) continue;
  const report = computeSla({
    policy: choice.policy,
    events: events.filter((e) => e.ticketId === id),
    calendar: berlinTeam,
    now: NOW,
  });
  out(`- ${id} under policy "${report.policyId}" (breached: ${report.breach.verdict}):`);
  for (const clock of Object.values(report.metrics)) {
    const c = clock.current;
    const left = c
      ? c.remainingMinutes >= 0
        ? `${Math.round(c.remainingMinutes)} min left`
        : `${Math.round(-c.remainingMinutes)} min over`
      : '';
    out(
      `    ${clock.metric.padEnd(17)} ${clock.state.padEnd(11)} ${c?.dueAt ? `due ${c.dueAt.slice(0, 16).replace('T', ' ')}` : 'no due time'.padEnd(20)}  ${left}`,
    );
  }
}

// 8. Replying on WhatsApp: is the window open? And what would an SMS fallback cost?
const reply =
  'Olá Ana, recebemos o número de série. O reembolso de 349,00 € será processado hoje e ligamos-lhe às 12:00.';
const window = messagingWindow({
  channel: 'whatsapp',
  lastCustomerMessageAt: lastCustomerMessageAt(events, 'whatsapp'),
  now: NOW,
});
const sms = smsSegments(reply);
out();
out('## Replying');
out(
  `- WhatsApp window ${window.open ? 'open' : 'closed'} until ${window.closesAt}: ${window.templateRequired ? 'approved template only' : 'free-form reply allowed'}`,
);
out(
  `- as SMS it would be ${sms.encoding}, ${sms.units} units, ${sms.segments} segment(s)${sms.nonGsmCharacters.length ? ` (forced by ${sms.nonGsmCharacters.join(' ')})` : ''}`,
);

// 9. Ana asked to be called: hand the chat over to the phone without asking again.
const handOff = handOffSummary({
  events: events.filter((e) => e.ticketId === 'T-101'),
  to: 'phone',
  now: NOW,
});
out();
out('## Hand-off to phone');
for (const l of handOff.lines) out(`  ${l}`);

console.log(lines.join('\n'));
