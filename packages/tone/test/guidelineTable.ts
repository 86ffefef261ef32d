// Renders the guideline table of docs/tone.md from the data, so the guide never drifts from it.
import type { Guideline, GuidelineSet } from '@meridian-cx/tone';

const DAYS = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

const unsourced = (g: Guideline, field: string) =>
  (g.unsourced ?? []).some((u) => u.field === field) ? 'unsourced' : '—';

function register(g: Guideline): string {
  const r = g.register?.value;
  if (r === undefined) return unsourced(g, 'register');
  return r.shiftsToFormalFor.length > 0
    ? `${r.default}; formal for ${r.shiftsToFormalFor.join(', ')}`
    : r.default;
}

function host(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** The Markdown table of a guideline set: one row per locale, every cell from the data. */
export function guidelineTable(set: GuidelineSet): string {
  const rows = Object.values(set)
    .sort((a, b) => a.locale.localeCompare(b.locale))
    .map((g) => {
      const sources = [
        ...new Set(
          [g.register?.source.url, g.address?.source.url]
            .filter((u): u is string => u !== undefined)
            .map(host),
        ),
      ];
      return [
        g.locale,
        register(g),
        g.address?.value.customerService ?? unsourced(g, 'address'),
        g.nameOrder.value,
        g.direction.value,
        g.digits.value,
        g.calendar.value,
        `${DAYS[g.week.value.firstDay]}; ${g.week.value.weekend.map((d) => DAYS[d]).join('–')}`,
        g.plurals.value.join(' '),
        `${g.emoji.value} / ${g.humour.value} / ${g.exclamation.value}`,
        sources.length > 0 ? sources.join(', ') : 'CLDR only',
      ].join(' | ');
    });
  return [
    '| locale | register | "you" in service | name order | dir | digits | calendar | week starts; weekend | plural categories | emoji / humour / ! | register source |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r} |`),
  ].join('\n');
}
