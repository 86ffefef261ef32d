import type { HolidayCalendar, HolidayRules } from '../holidays/HolidayCalendar.js';
import { compileSchedule } from '../schedule/compileSchedule.js';
import { intervalsInRange } from '../schedule/intervalsInRange.js';
import type { Schedule } from '../schedule/types.js';
import type { CoverageLayer } from './types.js';

/** An elementary piece of the horizon in ms with the team ids on. Internal. */
export type Piece = { start: number; end: number; on: string[] };

/**
 * Sweep every team's open intervals over `[from, to)` into pieces with a constant set of teams on,
 * apply the layers, and merge neighbours with the same set.
 */
export function timeline(
  teams: readonly Schedule[],
  from: number,
  to: number,
  options: {
    readonly layers?: readonly CoverageLayer[];
    readonly holidays?: Readonly<Record<string, HolidayCalendar>>;
    readonly holidayRules?: HolidayRules;
  } = {},
): Piece[] {
  const intervals = teams.map((team) => {
    const h = options.holidays?.[team.id];
    const compiled = compileSchedule(team, {
      ...(h !== undefined ? { holidays: h } : {}),
      ...(options.holidayRules !== undefined ? { holidayRules: options.holidayRules } : {}),
    });
    return { id: team.id, ...intervalsInRange(compiled, from, to) };
  });
  const cuts = new Set<number>([from, to]);
  for (const t of intervals) {
    for (const s of t.starts) cuts.add(s);
    for (const e of t.ends) cuts.add(e);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const cursor = intervals.map(() => 0);
  const pieces: Piece[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k] as number;
    const b = points[k + 1] as number;
    let on: string[] = [];
    intervals.forEach((t, i) => {
      let c = cursor[i] as number;
      while (c < t.ends.length && (t.ends[c] as number) <= a) c++;
      cursor[i] = c;
      if (c < t.starts.length && (t.starts[c] as number) <= a) on.push(t.id);
    });
    if (options.layers !== undefined) on = applyLayers(options.layers, on);
    on.sort();
    const last = pieces[pieces.length - 1];
    if (last !== undefined && last.end === a && last.on.join('\u0000') === on.join('\u0000')) {
      last.end = b;
    } else pieces.push({ start: a, end: b, on });
  }
  return pieces;
}

function applyLayers(layers: readonly CoverageLayer[], on: readonly string[]): string[] {
  let current: string[] = [];
  for (const layer of layers) {
    const mine = on.filter((id) => layer.teams.includes(id));
    if (mine.length === 0) continue;
    if (layer.mode === 'override') current = mine;
    else if (current.length === 0) current = mine;
  }
  return current;
}
