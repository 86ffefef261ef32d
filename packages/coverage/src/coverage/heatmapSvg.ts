import { parseWith } from '@meridian-cx/core';
import { HeatmapSchema, HeatmapSvgOptionsSchema } from '../inputs.js';
import type { CoverageHeatmap } from './coverageHeatmap.js';

/** Options of {@link heatmapSvg}. */
export type HeatmapSvgOptions = {
  /** A title drawn above the grid. Default: `Coverage by local hour (<zone>)`. */
  readonly title?: string;
  /** Cell size in pixels. Default: 24. */
  readonly cell?: number;
};

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Grey for nobody on; green from light to dark as more teams are on. Hex colours, which every SVG
// renderer reads (hsl() is not in SVG 1.1).
function hex(h: number, sat: number, light: number): string {
  const a = sat * Math.min(light, 1 - light);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    const c = light - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(c * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${f(0)}${f(8)}${f(4)}`;
}

function colour(covered: number, teams: number, maxTeams: number): string {
  if (covered === 0) return '#f0f0f0';
  const depth = maxTeams === 0 ? 0 : teams / maxTeams;
  return hex(140, 0.35 + 0.4 * covered, 0.88 - 0.6 * depth);
}

/**
 * Render a {@link CoverageHeatmap} as a standalone SVG: weekdays down, local hours across, each
 * cell shaded by how many teams are on and titled with the exact numbers (hover in a browser).
 * Deterministic output, suitable for docs and reports.
 *
 * @param input - A heatmap as {@link coverageHeatmap} returns it (7 days × 24 hours).
 * @param options - `title` (at most 200 characters) and `cell` (whole pixels, 4–200); see
 *   {@link HeatmapSvgOptions} for the defaults.
 * @returns The SVG document as a string: `24 × cell + 56` pixels wide, `7 × cell + 80` high.
 * @throws {ValidationError} `coverage/invalid-heatmap` for a map not shaped as
 *   {@link coverageHeatmap} returns it, `coverage/invalid-heatmap-options` for a bad title or cell.
 * @example
 * writeFileSync('coverage.svg', heatmapSvg(coverageHeatmap(report.segments, 'UTC')));
 * heatmapSvg(coverageHeatmap([], 'UTC'), { cell: 10 }).startsWith('<svg'); // true, 296 px wide
 * @since 0.1.0
 */
export function heatmapSvg(input: CoverageHeatmap, options: HeatmapSvgOptions = {}): string {
  const map = parseWith(HeatmapSchema, input, { package: 'coverage', what: 'heatmap' });
  parseWith(HeatmapSvgOptionsSchema, options, { package: 'coverage', what: 'heatmap-options' });
  const cell = options.cell ?? 24;
  const left = 44;
  const top = 46;
  const width = left + 24 * cell + 12;
  const height = top + 7 * cell + 34;
  const maxTeams = Math.max(0, ...map.teams.flat());
  const title = options.title ?? `Coverage by local hour (${map.zone})`;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="11">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${left}" y="18" font-size="14" font-weight="600">${escapeXml(title)}</text>`,
  ];
  for (let h = 0; h < 24; h += 3) {
    out.push(
      `<text x="${left + h * cell + cell / 2}" y="${top - 6}" text-anchor="middle" fill="#555">${String(h).padStart(2, '0')}</text>`,
    );
  }
  map.days.forEach((day, d) => {
    const y = top + d * cell;
    out.push(
      `<text x="${left - 8}" y="${y + cell / 2 + 4}" text-anchor="end" fill="#333">${day[0]?.toUpperCase()}${day.slice(1)}</text>`,
    );
    for (let h = 0; h < 24; h++) {
      const covered = map.covered[d]?.[h] ?? 0;
      const teams = map.teams[d]?.[h] ?? 0;
      const label = `${day} ${String(h).padStart(2, '0')}:00 — ${Math.round(covered * 100)}% covered, ${teams.toFixed(2)} teams on average`;
      out.push(
        `<rect x="${left + h * cell}" y="${y}" width="${cell - 1}" height="${cell - 1}" fill="${colour(covered, teams, maxTeams)}"><title>${escapeXml(label)}</title></rect>`,
      );
    }
  });
  out.push(
    `<text x="${left}" y="${top + 7 * cell + 20}" fill="#555">Grey: nobody on. Darker green: more teams on (max ${maxTeams.toFixed(1)}).</text>`,
    '</svg>',
  );
  return `${out.join('\n')}\n`;
}
