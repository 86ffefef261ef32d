// Follow-the-sun: three regional teams, four markets. Find the gaps for one week, close them with
// two shift changes, and check the result — then answer an SLA question and a contact question.
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  analyzeCoverage,
  type CoverageReport,
  type CoverageTarget,
  contactWindow,
  coverageHeatmap,
  createBusinessCalendar,
  heatmapSvg,
  parseSchedule,
  type Schedule,
} from '@meridian-cx/coverage/date-holidays';

const weekdays = (start: string, end: string) =>
  Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [{ start, end }]]));

// As a CMS would hand them over: validated at the boundary.
const americas = parseSchedule({
  id: 'americas',
  name: 'Americas (New York)',
  zone: 'America/New_York',
  weekly: weekdays('08:00', '17:00'),
  holidays: { country: 'US' },
  languages: ['en', 'es', 'pt'],
  channels: ['email', 'chat', 'phone'],
});
const emea = parseSchedule({
  id: 'emea',
  name: 'EMEA (Berlin)',
  zone: 'Europe/Berlin',
  weekly: weekdays('08:00', '17:00'),
  holidays: { country: 'DE' },
  languages: ['en', 'de', 'fr'],
  channels: ['email', 'chat', 'phone'],
});
const apac = parseSchedule({
  id: 'apac',
  name: 'APAC (Tokyo)',
  zone: 'Asia/Tokyo',
  weekly: weekdays('09:00', '18:00'),
  holidays: { country: 'JP' },
  languages: ['en', 'ja'],
  channels: ['email', 'chat'],
});

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

const targets: CoverageTarget[] = [
  market('ja-JP', 'Asia/Tokyo', '09:00', '18:00', 'ja'),
  market('de-DE', 'Europe/Berlin', '08:00', '20:00', 'de'),
  market('pt-BR', 'America/Sao_Paulo', '08:00', '18:00', 'pt'),
  {
    id: 'en chat 24/5',
    hours: { zone: 'UTC', weekly: weekdays('00:00', '24:00') },
    requires: { languages: ['en'], channels: ['chat'] },
  },
];

// The week in which Europe moves its clocks (Sunday 29 March) while New York already has.
const horizon = { from: '2026-03-23T00:00:00Z', to: '2026-03-30T00:00:00Z' };

const hm = (iso: string, zone: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));

function printTargets(report: CoverageReport): void {
  for (const t of report.targets) {
    const pct = `${(t.ratio * 100).toFixed(1)}%`.padStart(6);
    console.log(
      `  ${t.id.padEnd(13)} ${pct} of ${t.requiredMinutes / 60} h covered, by ${t.eligible.join(', ') || 'nobody'}`,
    );
    const zone =
      t.id === 'de-DE'
        ? 'Europe/Berlin'
        : t.id === 'pt-BR'
          ? 'America/Sao_Paulo'
          : t.id === 'ja-JP'
            ? 'Asia/Tokyo'
            : 'UTC';
    const shown = t.gaps.slice(0, 3);
    for (const g of shown)
      console.log(`      gap ${hm(g.start, zone)} → ${hm(g.end, zone)} (${zone})`);
    if (t.gaps.length > shown.length)
      console.log(`      … and ${t.gaps.length - shown.length} more gaps`);
  }
}

console.log('Follow-the-sun coverage, week of 23 March 2026\n');
const before = analyzeCoverage({ teams: [americas, emea, apac], ...horizon, targets });
console.log('Before: three regional day shifts');
printTargets(before);

console.log('\nHand-offs on Tuesday (UTC):');
for (const h of before.handOffs.filter((x) => x.at.startsWith('2026-03-24'))) {
  console.log(
    `  ${h.at.slice(11, 16)}  ${h.from.join('+')} → ${h.to.join('+')}  overlap ${h.overlapMinutes} min`,
  );
}

// Close the gaps: a late German shift in Berlin, an early Portuguese desk in São Paulo, and a
// partner desk in Manila for English chat between New York's evening and Tokyo's morning.
const emeaLate: Schedule = {
  id: 'emea-late',
  name: 'EMEA late (Berlin)',
  zone: 'Europe/Berlin',
  weekly: weekdays('12:00', '20:00'),
  holidays: { country: 'DE' },
  languages: ['de', 'en'],
  channels: ['email', 'chat', 'phone'],
};
const saoPaulo: Schedule = {
  id: 'sao-paulo',
  name: 'São Paulo early desk',
  zone: 'America/Sao_Paulo',
  weekly: weekdays('07:30', '12:00'),
  holidays: { country: 'BR' },
  languages: ['pt'],
  channels: ['chat', 'phone'],
};
// 05:00–08:00 in Manila is 21:00–24:00 UTC the day before: Tuesday to Saturday mornings cover
// Monday to Friday evenings.
const manila: Schedule = {
  id: 'manila-night',
  name: 'Partner night desk (Manila)',
  zone: 'Asia/Manila',
  weekly: Object.fromEntries(
    ['tue', 'wed', 'thu', 'fri', 'sat'].map((d) => [d, [{ start: '05:00', end: '08:00' }]]),
  ),
  languages: ['en'],
  channels: ['chat'],
};
const after = analyzeCoverage({
  teams: [americas, saoPaulo, emea, emeaLate, apac, manila],
  ...horizon,
  targets,
});
console.log('\nAfter: EMEA late shift, São Paulo early desk, Manila night desk');
printTargets(after);

console.log('\nCoverage per language (share of the week):');
for (const l of after.languages)
  console.log(`  ${l.value}  ${(l.share * 100).toFixed(1)}%  ${l.teams.join(', ')}`);

// The heatmap of the week, in UTC, for the docs.
const svg = heatmapSvg(coverageHeatmap(after.segments, 'UTC'), {
  title: 'Follow-the-sun coverage by UTC hour, week of 23 March 2026',
});
const here = dirname(fileURLToPath(import.meta.url));
writeFileSync(resolve(here, '../../../docs/coverage-heatmap.svg'), svg);
console.log('\nWrote docs/coverage-heatmap.svg');

// An SLA question: a ticket in at Friday 16:30 Berlin, due in 16 business hours of EMEA.
const emeaCalendar = createBusinessCalendar(emea);
const due = emeaCalendar.addWorkingMinutes('2026-03-27T16:30:00+01:00', 16 * 60);
console.log(
  `\nSLA: 16 EMEA business hours from Fri 27 Mar 16:30 Berlin → ${hm(due, 'Europe/Berlin')} Berlin (${due}); the night of 29 March is one hour shorter, and it does not matter.`,
);

// A contact question: may an agent in Berlin call a customer in Los Angeles now?
const now = '2026-03-23T14:00:00Z';
const call = contactWindow({ at: now, country: 'US', zone: 'America/Los_Angeles' });
console.log(
  `Call a customer in Los Angeles at ${now}? ${call.verdict ? 'yes' : `no (${call.reasons.map((r) => r.code).join(', ')}); next allowed ${call.nextAllowed}`}`,
);
