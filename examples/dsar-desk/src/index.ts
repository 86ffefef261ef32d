// A privacy desk receives two access requests by email: one from a customer in Lyon, one from a
// customer in California. Which law applies, what must we send, and by when — on the desk's own
// calendar, with its public holidays from @meridian-cx/coverage (its HolidayCalendar is passed to
// privacy as it is). Then two opt-outs: a browser's Sec-GPC header and an e-mailed "do not sell".
// The laws of an e-mail are known only when it arrives, so the desk looks each up with regimeById
// (applicableRegimes weighs the whole table anyway); the opt-outs name their regime as an import.
import { dateHolidaysCalendar } from '@meridian-cx/coverage/date-holidays';
import {
  applicableRegimes,
  honourOptOutSignal,
  type RequestDeadline,
  regimeById,
  requestDeadline,
  US_CA_CCPA,
  US_OR_OCPA,
} from '@meridian-cx/privacy';

const business = {
  establishedIn: ['FR'],
  annualRevenue: { amount: 4_200_000_000, currency: 'USD' },
  consumersPerYear: 180_000,
  revenueShareFromData: 0,
};

const WHAT_TO_SEND: Record<string, string> = {
  'eu-gdpr':
    'a copy of the personal data, with the purposes, recipients, retention period, source and rights (Art. 15)',
  'us-ca-ccpa':
    'the specific pieces and the categories of personal information collected, their sources, purposes and recipients (request to know)',
};

type Email = { from: string; customer: { country: string; region?: string }; receivedAt: string };

// One desk, in Lyon: its zone and French public holidays count the days for every request.
const desk = { zone: 'Europe/Paris', holidays: dateHolidaysCalendar({ country: 'FR' }) };
const inbox: Email[] = [
  {
    from: 'claire@example.fr',
    customer: { country: 'FR' },
    receivedAt: '2028-01-31T09:12:00+01:00',
  },
  {
    from: 'sam@example.com',
    customer: { country: 'US', region: 'CA' },
    receivedAt: '2026-12-18T16:40:00-08:00',
  },
];

function describe(d: RequestDeadline): string {
  const lines = [`  received ${d.receivedOn}; answer by ${d.dueOn} (end of day ${d.dueBy})`];
  if (d.acknowledgeOn) lines.push(`  confirm receipt by ${d.acknowledgeOn}`);
  if (d.extension.available)
    lines.push(
      `  extension: ${d.extension.conditions} Notice: ${d.extension.notice}${'noticeOn' in d.extension && d.extension.noticeOn ? ` (by ${d.extension.noticeOn})` : ''}`,
    );
  lines.push('  how the day was counted:');
  for (const s of d.steps)
    lines.push(`    - ${s.code} ${JSON.stringify(s.params ?? {})} [${s.source?.pinpoint ?? ''}]`);
  return lines.join('\n');
}

for (const email of inbox) {
  const laws = applicableRegimes({ customer: email.customer, business, at: email.receivedAt });
  const applying = laws
    .filter((l) => l.status === 'applies')
    .map((l) => ({ ...l, law: regimeById(l.regime) }));
  console.log(
    `\nAccess request from ${email.from} (${email.customer.region ? `${email.customer.country}-${email.customer.region}` : email.customer.country})`,
  );
  console.log(
    `  applies: ${applying.map((l) => `${l.law.short} (${l.reasons[0]?.code})`).join(', ') || 'none'}`,
  );
  for (const { law } of applying) {
    const due = requestDeadline({
      regime: law,
      kind: 'access',
      receivedAt: email.receivedAt,
      zone: desk.zone,
      holidays: desk.holidays,
    });
    console.log(`  send: ${WHAT_TO_SEND[law.id] ?? 'see the regime’s access article'}`);
    console.log(describe(due));
  }
}

// A visitor from Oregon browses with Global Privacy Control on, just after midnight UTC on New
// Year's Day 2026: Oregon's duty starts on 1 January in Oregon, so not yet — and 8 hours later, yes.
console.log('\nSec-GPC: 1 from a visitor in Portland, Oregon');
for (const at of ['2026-01-01T06:00:00Z', '2026-01-01T08:00:00Z']) {
  const d = honourOptOutSignal({
    regime: US_OR_OCPA,
    signal: { 'Sec-GPC': '1' },
    at,
    zone: 'America/Los_Angeles',
  });
  const day = d.reasons.find((r) => r.code === 'signal.day-counted-in-zone')?.params?.on;
  console.log(`  ${at}: ${d.verdict} (local day ${day}; ${d.reasons[0]?.source?.pinpoint ?? ''})`);
}

// Sam from California e-mails "do not sell my data": 15 business days on the desk's calendar.
const optOut = requestDeadline({
  regime: US_CA_CCPA,
  kind: 'opt-out-sale',
  receivedAt: '2026-12-18T16:40:00-08:00',
  zone: desk.zone,
  holidays: desk.holidays,
});
console.log(
  `\nDo-not-sell e-mail from sam@example.com: stop selling and sharing by ${optOut.dueOn} (${optOut.steps[0]?.source?.pinpoint})`,
);
