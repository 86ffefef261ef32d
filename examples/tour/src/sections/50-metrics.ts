import {
  CsatAccumulator,
  compareSurveys,
  firstResponseTimes,
  keyBy,
  NpsAccumulator,
  SegmentedAccumulator,
  sampleSizeForMargin,
  timeBucket,
} from '@meridian-cx/metrics';

export const title = 'metrics: CSAT and NPS with honest intervals, per market and week';

const now = '2026-03-02T10:00:00Z';

export default function section(): string {
  const lines: string[] = [];
  // Last week's post-ticket surveys from two markets, as a help desk export delivers them.
  const scores: Record<string, number[]> = {
    DE: [5, 5, 4, 4, 5, 3, 4, 5, 2, 5, 4, 4, 5, 5, 1, 4, 5, 4, 3, 5],
    JP: [4, 3, 4, 5, 2, 3, 4, 4, 3, 5, 2, 4],
  };
  const csat = new SegmentedAccumulator({
    create: () => new CsatAccumulator(),
    key: keyBy({ dimensions: ['market'] }),
  });
  for (const [market, list] of Object.entries(scores)) {
    list.forEach((score, i) => {
      const respondedAt = new Date(
        Date.parse('2026-02-23T08:00:00Z') + i * 3_600_000 * 7,
      ).toISOString();
      csat.add({ survey: 'csat', score, respondedAt, dimensions: { market } });
    });
  }
  // Two rows a spreadsheet mangled: counted as rejected, never silently dropped or "fixed".
  csat.add({ survey: 'csat', score: 6, respondedAt: now, dimensions: { market: 'JP' } });
  csat.add({ survey: 'csat', score: 'five', respondedAt: now, dimensions: { market: 'DE' } });

  lines.push('CSAT last week (top-2-box on 1–5, 95% Wilson interval):');
  for (const [key, acc] of csat.entries()) {
    const r = acc.result();
    const warn = r.warnings.find((w) => w.code === 'sample.below-margin');
    lines.push(
      `  ${key.replace('market=', '')}  ${r.value?.toFixed(1)}%  [${r.interval?.lower.toFixed(1)}–${r.interval?.upper.toFixed(1)}]  n = ${r.n}, rejected ${r.rejected} ${JSON.stringify(r.rejectedBy)}${warn ? `  (needs ${warn.params?.needed} for ±5 points)` : ''}`,
    );
  }
  const de = csat.get('market=DE') as CsatAccumulator;
  const jp = csat.get('market=JP') as CsatAccumulator;
  const c = compareSurveys(jp, de, { labels: { a: 'JP', b: 'DE' } });
  lines.push(`\nIs DE really ahead of JP? ${c.summary}`);

  const nps = new NpsAccumulator();
  for (const score of [10, 9, 9, 8, 7, 10, 6, 3, 9, 10, 8, 5])
    nps.add({ survey: 'nps', score, respondedAt: now });
  const n = nps.result();
  lines.push(
    `\nNPS ${n.value?.toFixed(0)} (${n.promoters} promoters, ${n.passives} passives, ${n.detractors} detractors), 95% CI ${n.interval?.lower.toFixed(0)} to ${n.interval?.upper.toFixed(0)}: ±5 points would take up to ${sampleSizeForMargin({ margin: 0.05, variance: 1 })} answers.`,
  );

  // A day in Tokyo is not a day in UTC.
  const late = '2026-03-01T20:00:00Z';
  lines.push(
    `\n${late} falls on ${timeBucket(late, { unit: 'day', zone: 'Asia/Tokyo' }).key} in Tokyo, ${timeBucket(late, { unit: 'day', zone: 'UTC' }).key} in UTC; its week starts ${timeBucket(late, { unit: 'week', zone: 'America/New_York', locale: 'en-US' }).key} for en-US (Sunday) and ${timeBucket(late, { unit: 'week', zone: 'Europe/Berlin', locale: 'de-DE' }).key} for de-DE (Monday).`,
  );

  const frt = firstResponseTimes([
    { id: 'T1', createdAt: '2026-03-02T07:00:00Z', firstReplyAt: '2026-03-02T07:12:00Z' },
    { id: 'T2', createdAt: '2026-03-02T07:30:00Z', firstReplyAt: '2026-03-02T08:45:00Z' },
    { id: 'T3', createdAt: '2026-03-02T08:00:00Z', firstReplyAt: '2026-03-02T08:04:00Z' },
    { id: 'T4', createdAt: '2026-03-02T09:10:00Z' },
  ]);
  lines.push(
    `First response today: median ${frt.median} min, p90 ${frt.p90?.toFixed(1)} min over ${frt.n} answered tickets; ${frt.pending} still waiting at ${now.slice(11, 16)} UTC.`,
  );
  return lines.join('\n');
}
