import { createBusinessCalendar, dateHolidaysCalendar } from '@meridian-cx/coverage/date-holidays';
import {
  computeSla,
  messagingWindow,
  parseTicketEvent,
  replayTicket,
  resolveCustomers,
  smsSegments,
} from '@meridian-cx/tickets';

export const title = 'tickets: one customer, one event log, honest SLA clocks';

const NOW = '2026-03-02T10:00:00Z';

// The SLA clocks count the Berlin team's hours (Monday–Friday 08:00–18:00, German public
// holidays), from @meridian-cx/coverage: the calendar most help desks need.
const day = [{ start: '08:00', end: '18:00' }];
const berlin = createBusinessCalendar(
  {
    id: 'berlin',
    zone: 'Europe/Berlin',
    weekly: { mon: day, tue: day, wed: day, thu: day, fri: day },
  },
  { holidays: dateHolidaysCalendar({ country: 'DE' }) },
);

export default function section(): string {
  const lines: string[] = [];

  // The same person on email and WhatsApp, recognised by a verified phone number.
  const { customers } = resolveCustomers({
    profiles: [
      {
        id: 'email:marta',
        identities: [
          { identity: { kind: 'email', value: 'Marta.K@example.pl' }, verified: true },
          {
            identity: { kind: 'phone', value: '601 234 567', defaultCountry: 'PL' },
            verified: true,
          },
        ],
      },
      {
        id: 'whatsapp:48601234567',
        identities: [{ identity: { kind: 'phone', value: '+48601234567' }, verified: true }],
      },
    ],
  });
  lines.push(`Profiles email:marta and whatsapp:48601234567 → ${customers.length} customer`);

  // Webhooks arrive out of order and one twice; replay puts them in place.
  const at = (m: number) => new Date(Date.parse('2026-03-02T07:00:00Z') + m * 60_000).toISOString();
  const events = [
    {
      id: 'e4',
      type: 'message',
      at: at(160),
      from: 'customer',
      channel: 'whatsapp',
      text: 'Jest jakaś informacja?',
    },
    {
      id: 'e1',
      type: 'created',
      at: at(0),
      channel: 'email',
      requesterId: 'email:marta',
      priority: 'high',
    },
    {
      id: 'e2',
      type: 'message',
      at: at(0),
      sequence: 1,
      from: 'customer',
      channel: 'email',
      text: 'Paczka nie dotarła',
    },
    { id: 'e3', type: 'assigned', at: at(20), assigneeId: 'agent-ola' },
    {
      id: 'e2',
      type: 'message',
      at: at(0),
      sequence: 1,
      from: 'customer',
      channel: 'email',
      text: 'Paczka nie dotarła',
    },
    {
      id: 'e5',
      type: 'message',
      at: at(40),
      from: 'agent',
      channel: 'email',
      text: 'Sprawdzamy u przewoźnika.',
    },
    { id: 'e6', type: 'status-changed', at: at(41), status: 'pending' },
  ].map((e) => parseTicketEvent({ ticketId: 'T-7', ...e }));
  const state = replayTicket(events);
  lines.push(
    `Ticket T-7: ${state.status} via ${state.channels.join(' → ')}; ${state.duplicates.length} duplicate ignored; ` +
      state.transitions.map((t) => `${t.from}→${t.to} (${t.reason.code})`).join(', '),
  );

  const sla = computeSla({
    policy: {
      id: 'high',
      targets: {
        'first-reply': { minutes: 60, hours: 'business' },
        'next-reply': { minutes: 30, hours: 'business' },
        'agent-work': { minutes: 240, hours: 'business' },
      },
    },
    events,
    calendar: berlin,
    now: NOW,
  });
  lines.push(`SLA clocks at 10:00 UTC, Berlin business hours (breached: ${sla.breach.verdict}):`);
  for (const clock of Object.values(sla.metrics)) {
    const c = clock.current;
    const left = c
      ? `${c.remainingMinutes >= 0 ? `${c.remainingMinutes} min left` : `${-c.remainingMinutes} min over`}`
      : '';
    lines.push(
      `  ${clock.metric.padEnd(12)} ${clock.state.padEnd(9)} ${left}${c?.events.paused.length ? ` (paused by ${c.events.paused.join(', ')})` : ''}`,
    );
  }

  const window = messagingWindow({ channel: 'whatsapp', lastCustomerMessageAt: at(160), now: NOW });
  lines.push(`WhatsApp reply: window ${window.open ? 'open' : 'closed'} until ${window.closesAt}`);
  // Had she written on Messenger three days ago, a person (never a bot) could still answer.
  const messenger = messagingWindow({
    channel: 'messenger',
    lastCustomerMessageAt: new Date(Date.parse(NOW) - 3 * 86_400_000).toISOString(),
    now: NOW,
  });
  lines.push(
    `Messenger, last message 3 days ago: free-form ${messenger.open ? 'allowed' : 'closed'}; a human agent may answer with the HUMAN_AGENT tag until ${messenger.humanAgentUntil}`,
  );
  const reply =
    'Dzień dobry, paczka jest w sortowni w Łodzi i dotrze jutro. Przepraszamy za opóźnienie!';
  const sms = smsSegments(reply);
  const ascii = smsSegments(
    reply
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace('Ł', 'L'),
  );
  lines.push(
    `The same reply by SMS: ${sms.encoding} ${sms.segments} segments; stripped of diacritics, ${ascii.encoding} ${ascii.segments}`,
  );
  return lines.join('\n');
}
