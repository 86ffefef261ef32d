import { ValidationError } from '@meridian-cx/core';
import { analyzeCoverage, coverageHeatmap, heatmapSvg, type Schedule } from '@meridian-cx/coverage';
import { describe, expect, it } from 'vitest';

const team = (
  id: string,
  start: string,
  end: string,
  languages: string[],
  channels: string[],
): Schedule => ({
  id,
  zone: 'UTC',
  weekly: { mon: [{ start, end }] },
  languages,
  channels,
});

const A = team('A', '00:00', '08:00', ['ja', 'en'], ['chat']);
const B = team('B', '07:00', '16:00', ['en'], ['chat', 'phone']);
const C = team('C', '16:00', '24:00', ['ja'], ['email']);
const horizon = { from: '2026-03-02T00:00:00Z', to: '2026-03-03T00:00:00Z' } as const;

describe('analyzeCoverage', () => {
  const report = analyzeCoverage({
    teams: [A, B, C],
    ...horizon,
    targets: [
      { id: 'ja 24/7', hours: '24/7', requires: { languages: ['ja'] } },
      {
        id: 'ja-JP',
        hours: { zone: 'Asia/Tokyo', weekly: { mon: [{ start: '09:00', end: '18:00' }] } },
        requires: { languages: ['ja'] },
      },
    ],
  });

  it('partitions the horizon into stretches with who is on', () => {
    expect(report.segments).toEqual([
      { start: '2026-03-02T00:00:00.000Z', end: '2026-03-02T07:00:00.000Z', on: ['A'] },
      { start: '2026-03-02T07:00:00.000Z', end: '2026-03-02T08:00:00.000Z', on: ['A', 'B'] },
      { start: '2026-03-02T08:00:00.000Z', end: '2026-03-02T16:00:00.000Z', on: ['B'] },
      { start: '2026-03-02T16:00:00.000Z', end: '2026-03-03T00:00:00.000Z', on: ['C'] },
    ]);
    expect(report.uncovered).toEqual([]);
    expect(report.overlaps).toEqual([report.segments[1]]);
  });

  it('finds hand-offs with their overlap', () => {
    expect(report.handOffs).toEqual([
      { at: '2026-03-02T08:00:00.000Z', from: ['A'], to: ['B'], overlapMinutes: 60 },
      { at: '2026-03-02T16:00:00.000Z', from: ['B'], to: ['C'], overlapMinutes: 0 },
    ]);
  });

  it('finds gaps against targets, in the target zone, with language requirements', () => {
    const [always, japan] = report.targets;
    expect(always).toMatchObject({
      requiredMinutes: 1440,
      coveredMinutes: 960,
      eligible: ['A', 'C'],
    });
    expect(always?.gaps).toEqual([
      { start: '2026-03-02T08:00:00.000Z', end: '2026-03-02T16:00:00.000Z' },
    ]);
    // Monday 09:00–18:00 in Tokyo is 00:00–09:00 UTC: A covers until 08:00.
    expect(japan).toMatchObject({ requiredMinutes: 540, coveredMinutes: 480 });
    expect(japan?.ratio).toBeCloseTo(480 / 540, 12);
    expect(japan?.gaps).toEqual([
      { start: '2026-03-02T08:00:00.000Z', end: '2026-03-02T09:00:00.000Z' },
    ]);
  });

  it('measures coverage per language and per channel', () => {
    expect(report.languages.map((l) => [l.value, l.minutes])).toEqual([
      ['en', 960],
      ['ja', 960],
    ]);
    expect(report.channels.map((c) => [c.value, c.minutes, c.teams])).toEqual([
      ['chat', 960, ['A', 'B']],
      ['email', 480, ['C']],
      ['phone', 540, ['B']],
    ]);
  });

  it('applies layers: override replaces, fill only fills', () => {
    const fill = analyzeCoverage({
      teams: [A, B, C],
      ...horizon,
      layers: [
        { id: 'primary', mode: 'override', teams: ['A', 'C'] },
        { id: 'backup', mode: 'fill', teams: ['B'] },
      ],
    });
    expect(fill.segments.map((s) => s.on)).toEqual([['A'], ['B'], ['C']]);
    const override = analyzeCoverage({
      teams: [A, B, C],
      ...horizon,
      layers: [
        { id: 'primary', mode: 'override', teams: ['A', 'C'] },
        { id: 'day', mode: 'override', teams: ['B'] },
      ],
    });
    expect(override.segments.map((s) => [s.start.slice(11, 16), s.on])).toEqual([
      ['00:00', ['A']],
      ['07:00', ['B']],
      ['16:00', ['C']],
    ]);
  });

  it('reports uncovered time and refuses a reversed range or a bad target', () => {
    const r = analyzeCoverage({ teams: [B], ...horizon });
    expect(r.uncovered).toHaveLength(2);
    expect(() => analyzeCoverage({ teams: [B], from: horizon.to, to: horizon.from })).toThrow(
      /ends before/,
    );
    expect(() =>
      analyzeCoverage({ teams: [B], ...horizon, targets: [{ id: 'x', hours: '9to5' } as never] }),
    ).toThrow(ValidationError);
  });
});

describe('coverageHeatmap and heatmapSvg', () => {
  const report = analyzeCoverage({ teams: [A, B], ...horizon });

  it('folds segments into weekday × hour cells of any zone', () => {
    const utc = coverageHeatmap(report.segments, 'UTC');
    expect(utc.covered[0]?.slice(0, 16)).toEqual(new Array(16).fill(1));
    expect(utc.covered[0]?.[16]).toBe(0);
    expect(utc.covered[0]?.[20]).toBe(0);
    expect(utc.teams[0]?.[7]).toBe(2);
    expect(utc.minutes[1]?.[0]).toBe(0);
    const tokyo = coverageHeatmap(report.segments, 'Asia/Tokyo');
    // 07:00 UTC Monday is 16:00 Monday in Tokyo.
    expect(tokyo.teams[0]?.[16]).toBe(2);
    expect(tokyo.minutes.flat().reduce((a, b) => a + b, 0)).toBe(1440);
  });

  it('gives a fall-back hour two hours of minutes', () => {
    const r = analyzeCoverage({
      teams: [{ id: 'all', zone: 'UTC', weekly: { sun: [{ start: '00:00', end: '24:00' }] } }],
      from: '2026-11-01T00:00:00Z',
      to: '2026-11-02T00:00:00Z',
    });
    const ny = coverageHeatmap(r.segments, 'America/New_York');
    expect(ny.minutes[6]?.[1]).toBe(120);
  });

  it('renders a deterministic SVG with a cell per hour', () => {
    const svg = heatmapSvg(coverageHeatmap(report.segments, 'UTC'), { title: 'A & B' });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.match(/<rect x=/g)).toHaveLength(7 * 24);
    expect(svg).toContain('A &amp; B');
    expect(svg).toBe(heatmapSvg(coverageHeatmap(report.segments, 'UTC'), { title: 'A & B' }));
    expect(() => coverageHeatmap(report.segments, 'Nowhere/City')).toThrow(/invalid-zone|zone/);
  });
});
