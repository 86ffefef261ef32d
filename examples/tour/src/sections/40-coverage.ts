import {
  analyzeCoverage,
  type CoverageTarget,
  contactWindow,
  createBusinessCalendar,
  createTeamsCalendar,
  type Schedule,
} from '@meridian-cx/coverage/date-holidays';

export const title = 'coverage: who is on now, the next gap, and business time across DST';

const NOW = '2026-03-02T10:00:00Z';

const weekdays = (start: string, end: string) =>
  Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [{ start, end }]]));

const team = (
  id: string,
  zone: string,
  start: string,
  end: string,
  languages: string[],
): Schedule => ({
  id,
  zone,
  weekly: weekdays(start, end),
  languages,
});

const teams = [
  team('americas', 'America/New_York', '08:00', '17:00', ['en', 'es', 'pt']),
  team('emea', 'Europe/Berlin', '08:00', '17:00', ['en', 'de', 'fr']),
  team('apac', 'Asia/Tokyo', '09:00', '18:00', ['en', 'ja']),
];

const market = (
  id: string,
  zone: string,
  start: string,
  end: string,
  language: string,
): CoverageTarget => ({
  id,
  hours: { zone, weekly: weekdays(start, end) },
  requires: { languages: [language] },
});

const markets = [
  { target: market('ja-JP', 'Asia/Tokyo', '09:00', '18:00', 'ja'), zone: 'Asia/Tokyo' },
  { target: market('de-DE', 'Europe/Berlin', '08:00', '20:00', 'de'), zone: 'Europe/Berlin' },
  {
    target: market('pt-BR', 'America/Sao_Paulo', '08:00', '18:00', 'pt'),
    zone: 'America/Sao_Paulo',
  },
];

const local = (iso: string, zone: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));

export default function section(): string {
  const lines: string[] = [];
  const week = analyzeCoverage({
    teams,
    from: NOW,
    to: '2026-03-09T10:00:00Z',
    targets: markets.map((m) => m.target),
  });
  const onNow = week.segments[0]?.on ?? [];
  lines.push(`At ${NOW} the teams on duty are: ${onNow.join(', ') || 'nobody'}.`);
  week.targets.forEach((t, i) => {
    const zone = markets[i]?.zone ?? 'UTC';
    const hours = createBusinessCalendar({
      id: t.id,
      ...(markets[i]?.target.hours as Omit<Schedule, 'id'>),
    });
    const open = hours.isOpen(NOW);
    const coveredBy = open ? onNow.filter((id) => t.eligible.includes(id)) : [];
    const state = !open
      ? `closed now (${local(NOW, zone)} local), opens ${local(hours.nextOpen(NOW) ?? NOW, zone)}`
      : coveredBy.length > 0
        ? `covered now by ${coveredBy.join(', ')}`
        : 'OPEN AND UNCOVERED now';
    const gap = t.gaps[0];
    const next = gap
      ? `next gap ${local(gap.start, zone)}–${local(gap.end, zone)} local`
      : 'no gap this week';
    lines.push(`  ${t.id}: ${state}; ${next}; ${(t.ratio * 100).toFixed(0)}% of the week covered`);
  });
  const emea = createBusinessCalendar(teams[1] as Schedule);
  const due = emea.addWorkingMinutes('2026-03-27T16:30:00+01:00', 16 * 60);
  lines.push(
    `16 EMEA business hours from Fri 27 Mar 16:30 Berlin end ${local(due, 'Europe/Berlin')} Berlin, across the clock change of 29 March.`,
  );
  const org = createTeamsCalendar(teams);
  const orgDue = org.addWorkingMinutes(NOW, 16 * 60);
  lines.push(
    `16 business hours of the whole follow-the-sun organisation from now end ${orgDue} (${local(orgDue, 'UTC')} UTC).`,
  );
  const call = contactWindow({ at: NOW, country: 'US', zone: 'America/Chicago' });
  lines.push(
    `Call a customer in Chicago now? ${call.verdict ? 'yes' : `no, quiet hours (47 CFR 64.1200(c)(1)); next allowed ${call.nextAllowed}`}`,
  );
  // 13:30 in Paris: French canvassing law keeps a lunch break (Code de la consommation D. 223-9).
  const paris = contactWindow({
    at: '2026-03-02T12:30:00Z',
    country: 'FR',
    zone: 'Europe/Paris',
    channel: 'phone',
  });
  const why = paris.reasons[0]?.source?.pinpoint ?? '';
  lines.push(
    `Phone a customer in Paris at 13:30? ${paris.verdict ? 'yes' : `no (${why}); next allowed ${paris.nextAllowed}`}`,
  );
  return lines.join('\n');
}
