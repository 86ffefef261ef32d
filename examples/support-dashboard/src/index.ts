// Support dashboard: eight weeks of survey responses and tickets from five markets, turned into
// a per-market table with 95% intervals, a "is this week's change real?" check, and an SVG chart
// of weekly CSAT with its confidence band. Data are generated deterministically so every run
// prints the same report.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CesAccumulator,
  CsatAccumulator,
  compareSurveys,
  type Estimate,
  firstResponseTimes,
  keyBy,
  NpsAccumulator,
  SegmentedAccumulator,
} from '@meridian-cx/metrics';

// ---------------------------------------------------------------- synthetic but realistic input
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const next = random(2026);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;

const markets = [
  { market: 'DE', zone: 'Europe/Berlin', weight: 0.3, happy: 0.82, responses: 0 },
  { market: 'JP', zone: 'Asia/Tokyo', weight: 0.2, happy: 0.76, responses: 0 },
  { market: 'BR', zone: 'America/Sao_Paulo', weight: 0.25, happy: 0.7, responses: 0 },
  { market: 'US', zone: 'America/New_York', weight: 0.2, happy: 0.8, responses: 0 },
  { market: 'AE', zone: 'Asia/Dubai', weight: 0.05, happy: 0.85, responses: 0 },
] as const;
const channels = ['email', 'chat', 'whatsapp', 'phone'] as const;
const start = Date.parse('2026-01-05T00:00:00+01:00'); // Monday 00:00 in Berlin; eight weeks to 1 March
const weekMs = 7 * 86_400_000;

function drawMarket() {
  let r = next();
  for (const m of markets) {
    r -= m.weight;
    if (r <= 0) return m;
  }
  return markets[0];
}

// A 1–5 score whose chance of being 4–5 is `happy` (rising 1 point a week in BR after a fix).
function csatScore(happy: number): number {
  if (next() < happy) return next() < 0.55 ? 5 : 4;
  return pick([1, 2, 2, 3, 3, 3]);
}

const responses: unknown[] = [];
const tickets: unknown[] = [];
for (let i = 0; i < 6000; i++) {
  const m = drawMarket();
  const at = start + Math.floor(next() * 8 * weekMs);
  const week = Math.floor((at - start) / weekMs);
  const happy = m.market === 'BR' ? m.happy + 0.015 * week : m.happy;
  const channel = pick(channels);
  const dimensions = { market: m.market, channel };
  const respondedAt = new Date(at).toISOString();
  const kind = next();
  if (kind < 0.6)
    responses.push({ survey: 'csat', score: csatScore(happy), respondedAt, dimensions });
  else if (kind < 0.85) {
    const score =
      next() < happy - 0.25 ? pick([9, 10]) : next() < 0.5 ? pick([7, 8]) : pick([0, 3, 5, 6]);
    responses.push({ survey: 'nps', score, respondedAt, dimensions });
  } else
    responses.push({
      survey: 'ces',
      score: Math.min(7, Math.max(1, Math.round(4 + 3 * happy + (next() - 0.5) * 4))),
      respondedAt,
      dimensions,
    });
  // Real exports are messy: a few rows arrive off-scale, as text, or without a timestamp.
  if (next() < 0.01)
    responses.push({
      survey: 'csat',
      score: pick([0, 6, 10, Number.NaN, '5']),
      respondedAt,
      dimensions,
    });
  if (next() < 0.005) responses.push({ survey: 'csat', score: 4, dimensions });
  // One ticket per response, answered within a market-typical time (chat faster than email).
  const minutes =
    (channel === 'chat' ? 3 : channel === 'phone' ? 1 : 90) *
    (0.2 + 3 * next() ** 2) *
    (m.market === 'BR' ? 1.6 : 1);
  tickets.push({
    id: `T${i}`,
    createdAt: new Date(at).toISOString(),
    ...(next() < 0.97 ? { firstReplyAt: new Date(at + minutes * 60_000).toISOString() } : {}),
    dimensions,
  });
}

// ---------------------------------------------------------------- one pass over the responses
const byMarket = {
  csat: new SegmentedAccumulator({
    create: () => new CsatAccumulator(),
    key: keyBy({ dimensions: ['market'] }),
  }),
  nps: new SegmentedAccumulator({
    create: () => new NpsAccumulator(),
    key: keyBy({ dimensions: ['market'] }),
  }),
  ces: new SegmentedAccumulator({
    create: () => new CesAccumulator(),
    key: keyBy({ dimensions: ['market'] }),
  }),
};
// Weekly CSAT: weeks in Berlin time, starting on Monday as in de-DE.
const bucket = { unit: 'week', zone: 'Europe/Berlin', locale: 'de-DE' } as const;
const csatByWeek = new SegmentedAccumulator({
  create: () => new CsatAccumulator(),
  key: keyBy({ bucket }),
});
const csatByMarketWeek = new SegmentedAccumulator({
  create: () => new CsatAccumulator(),
  key: keyBy({ dimensions: ['market'], bucket }),
});

for (const r of responses) {
  const survey = (r as { survey?: string }).survey;
  if (survey === 'csat') {
    byMarket.csat.add(r);
    csatByWeek.add(r);
    csatByMarketWeek.add(r);
  } else if (survey === 'nps') byMarket.nps.add(r);
  else if (survey === 'ces') byMarket.ces.add(r);
}

// ---------------------------------------------------------------- the per-market table
const fmt = (e: Estimate, digits = 1): string =>
  e.value === null
    ? '—'
    : `${e.value.toFixed(digits)} [${e.interval?.lower.toFixed(digits)}–${e.interval?.upper.toFixed(digits)}]${e.warnings.some((w) => w.code === 'sample.below-margin') ? '*' : ''}`;

const header = [
  'market',
  'CSAT % (95% CI)',
  'NPS (95% CI)',
  'CES mean (95% CI)',
  'FRT p90 min',
  'n CSAT',
  'rejected',
];
const rows: string[][] = [];
for (const { market } of markets) {
  const key = `market=${market}`;
  const csat = byMarket.csat.get(key)?.result();
  const nps = byMarket.nps.get(key)?.result();
  const ces = byMarket.ces.get(key)?.mean({ margin: 0.1 });
  const frt = firstResponseTimes(
    tickets.filter((t) => (t as { dimensions: { market: string } }).dimensions.market === market),
  );
  rows.push([
    market,
    csat ? fmt(csat) : '—',
    nps ? fmt(nps) : '—',
    ces ? fmt(ces, 2) : '—',
    frt.p90 === null ? '—' : frt.p90.toFixed(0),
    String(csat?.n ?? 0),
    String(csat?.rejected ?? 0),
  ]);
}
const total = byMarket.csat.total().result();
rows.push([
  'all',
  fmt(total),
  fmt(byMarket.nps.total().result()),
  fmt(byMarket.ces.total().mean(), 2),
  '',
  String(total.n),
  String(total.rejected),
]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');

console.log('Support dashboard: 5 January – 1 March 2026\n');
console.log(line(header));
console.log(widths.map((w) => '─'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
console.log(
  '\n* fewer responses than needed for ±5 points (CSAT: 385; NPS: 1,537) or ±0.1 (CES mean).',
);
console.log(`Rejected CSAT responses by reason: ${JSON.stringify(total.rejectedBy)}`);

// ---------------------------------------------------------------- is the change real?
const weeks = csatByWeek.keys().filter((k) => !k.includes('(no time)'));
const lastWeek = weeks.at(-1) as string;
const weekBefore = weeks.at(-2) as string;
const change = compareSurveys(
  csatByWeek.get(weekBefore) as CsatAccumulator,
  csatByWeek.get(lastWeek) as CsatAccumulator,
  {
    labels: {
      a: weekBefore.replace('week=', 'week of '),
      b: lastWeek.replace('week=', 'week of '),
    },
  },
);
console.log(`\nWeek over week: ${change.summary}`);
const br = compareSurveys(
  csatByMarketWeek.get(`market=BR|${weeks[0]}`) as CsatAccumulator,
  csatByMarketWeek.get(`market=BR|${lastWeek}`) as CsatAccumulator,
  { labels: { a: 'BR first week', b: 'BR last week' } },
);
console.log(`Brazil since the January fix: ${br.summary}`);

// ---------------------------------------------------------------- SVG chart of weekly CSAT
const points = weeks.map((k) => ({
  week: k.replace('week=', ''),
  e: (csatByWeek.get(k) as CsatAccumulator).result(),
}));
const W = 720;
const H = 360;
const pad = { left: 56, right: 20, top: 36, bottom: 48 };
const yMin = 50;
const yMax = 100;
const x = (i: number) =>
  pad.left + (i * (W - pad.left - pad.right)) / Math.max(1, points.length - 1);
const y = (v: number) =>
  pad.top +
  ((yMax - Math.min(yMax, Math.max(yMin, v))) * (H - pad.top - pad.bottom)) / (yMax - yMin);
const band = [
  ...points.map((p, i) => `${x(i).toFixed(1)},${y(p.e.interval?.upper ?? 0).toFixed(1)}`),
  ...points.map((p, i) => `${x(i).toFixed(1)},${y(p.e.interval?.lower ?? 0).toFixed(1)}`).reverse(),
].join(' ');
const path = points
  .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.e.value ?? 0).toFixed(1)}`)
  .join(' ');
const gridValues = [50, 60, 70, 80, 90, 100];
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui, sans-serif" font-size="12">
  <title>Weekly CSAT (top-2-box, %), all markets, with 95% Wilson intervals</title>
  <rect width="${W}" height="${H}" fill="#ffffff"/>
  <text x="${pad.left}" y="22" font-size="15" font-weight="600">Weekly CSAT, % answering 4–5 (weeks from Monday, Europe/Berlin)</text>
${gridValues.map((v) => `  <line x1="${pad.left}" x2="${W - pad.right}" y1="${y(v)}" y2="${y(v)}" stroke="#e5e7eb"/>\n  <text x="${pad.left - 8}" y="${y(v) + 4}" text-anchor="end" fill="#6b7280">${v}%</text>`).join('\n')}
  <polygon points="${band}" fill="#2563eb" fill-opacity="0.15"/>
  <path d="${path}" fill="none" stroke="#2563eb" stroke-width="2.5"/>
${points.map((p, i) => `  <circle cx="${x(i).toFixed(1)}" cy="${y(p.e.value ?? 0).toFixed(1)}" r="4" fill="#2563eb"><title>${p.week}: ${p.e.value?.toFixed(1)}% (n = ${p.e.n}, 95% CI ${p.e.interval?.lower.toFixed(1)}–${p.e.interval?.upper.toFixed(1)})</title></circle>\n  <text x="${x(i).toFixed(1)}" y="${H - pad.bottom + 18}" text-anchor="middle" fill="#374151">${p.week.slice(5)}</text>`).join('\n')}
  <text x="${W - pad.right}" y="${H - 10}" text-anchor="end" fill="#6b7280">shaded: 95% Wilson interval · n per week ≈ ${Math.round(points.reduce((s, p) => s + p.e.n, 0) / points.length)}</text>
</svg>
`;
const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'out');
mkdirSync(outDir, { recursive: true });
const file = join(outDir, 'weekly-csat.svg');
writeFileSync(file, svg);
console.log(
  `\nWeekly CSAT chart (${points.length} weeks) written to examples/support-dashboard/out/weekly-csat.svg`,
);
for (const p of points) {
  const bar = '█'.repeat(Math.max(0, Math.round(((p.e.value ?? 0) - 50) / 2)));
  console.log(`  ${p.week}  ${(p.e.value ?? 0).toFixed(1).padStart(5)}%  ${bar}`);
}
