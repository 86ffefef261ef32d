import { type Instant, parseWith, toEpochMillis } from '@meridian-cx/core';
import * as z from 'zod/mini';
import { fail } from '../failures.js';
import type { HolidayCalendar, HolidayRules } from '../holidays/HolidayCalendar.js';
import { AnalyzeCoverageInputSchema } from '../inputs.js';
import { compileSchedule } from '../schedule/compileSchedule.js';
import { intervalsInRange } from '../schedule/intervalsInRange.js';
import type { CoverageTarget, Schedule } from '../schedule/types.js';
import { about } from '../schemaMessages.js';
import { ScheduleSchema } from '../schemas.js';
import { CoverageTargetSchema } from './targetSchemas.js';

const TeamsSchema = z.array(ScheduleSchema, { error: about('teams') });
const TargetsSchema = z.array(CoverageTargetSchema, { error: about('targets') });

import { type Piece, timeline } from './timeline.js';
import type {
  AttributeCoverage,
  CoverageLayer,
  CoverageReport,
  HandOff,
  TargetCoverage,
} from './types.js';

const MINUTE = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** Input of {@link analyzeCoverage}. */
export type AnalyzeCoverageInput = {
  readonly teams: readonly Schedule[];
  readonly from: Instant;
  readonly to: Instant;
  /** Markets to check, each with its hours and requirements. Default: none. */
  readonly targets?: readonly CoverageTarget[];
  /** PagerDuty-style layers over the teams; when given, only layered teams count. */
  readonly layers?: readonly CoverageLayer[];
  /** Extra holiday calendars per team id. */
  readonly holidays?: Readonly<Record<string, HolidayCalendar>>;
  /** Required when a team or target names a country's holidays (see `ScheduleOptions`). */
  readonly holidayRules?: HolidayRules;
};

function meets(team: Schedule, target: CoverageTarget): boolean {
  const r = target.requires;
  if (r === undefined) return true;
  const has = (offered: readonly string[] | undefined, needed: readonly string[] | undefined) =>
    (needed ?? []).every((n) => (offered ?? []).includes(n));
  return (
    has(team.languages, r.languages) && has(team.channels, r.channels) && has(team.skills, r.skills)
  );
}

function targetCoverage(
  target: CoverageTarget,
  teams: readonly Schedule[],
  pieces: readonly Piece[],
  from: number,
  to: number,
  rules: HolidayRules | undefined,
): TargetCoverage {
  const eligible = teams.filter((t) => meets(t, target)).map((t) => t.id);
  let required: { starts: number[]; ends: number[] };
  if (target.hours === '24/7') required = { starts: [from], ends: [to] };
  else {
    const compiled = compileSchedule(
      { ...target.hours, weekly: target.hours.weekly ?? {}, id: target.id },
      rules !== undefined ? { holidayRules: rules } : {},
    );
    required = intervalsInRange(compiled, from, to);
  }
  const gaps: { start: string; end: string }[] = [];
  let requiredMs = 0;
  let coveredMs = 0;
  let p = 0;
  for (let i = 0; i < required.starts.length; i++) {
    const s = required.starts[i] as number;
    const e = required.ends[i] as number;
    requiredMs += e - s;
    while (p < pieces.length && (pieces[p] as Piece).end <= s) p++;
    let gapStart: number | null = null;
    for (let q = p; q < pieces.length && (pieces[q] as Piece).start < e; q++) {
      const piece = pieces[q] as Piece;
      const a = Math.max(piece.start, s);
      const b = Math.min(piece.end, e);
      const covered = piece.on.some((id) => eligible.includes(id));
      if (covered) {
        coveredMs += b - a;
        if (gapStart !== null) gaps.push({ start: iso(gapStart), end: iso(a) });
        gapStart = null;
      } else if (gapStart === null) gapStart = a;
    }
    if (gapStart !== null) gaps.push({ start: iso(gapStart), end: iso(e) });
  }
  return {
    id: target.id,
    requiredMinutes: requiredMs / MINUTE,
    coveredMinutes: coveredMs / MINUTE,
    ratio: requiredMs === 0 ? 1 : coveredMs / requiredMs,
    gaps,
    eligible,
  };
}

function attributeCoverage(
  teams: readonly Schedule[],
  pieces: readonly Piece[],
  pick: (t: Schedule) => readonly string[] | undefined,
  horizonMs: number,
): AttributeCoverage[] {
  const values = [...new Set(teams.flatMap((t) => [...(pick(t) ?? [])]))].sort();
  return values.map((value) => {
    const offering = teams.filter((t) => (pick(t) ?? []).includes(value)).map((t) => t.id);
    let ms = 0;
    for (const piece of pieces) {
      if (piece.on.some((id) => offering.includes(id))) ms += piece.end - piece.start;
    }
    return {
      value,
      minutes: ms / MINUTE,
      share: horizonMs === 0 ? 0 : ms / horizonMs,
      teams: offering,
    };
  });
}

function handOffs(pieces: readonly Piece[]): HandOff[] {
  const out: HandOff[] = [];
  for (let k = 1; k < pieces.length; k++) {
    const prev = pieces[k - 1] as Piece;
    const next = pieces[k] as Piece;
    const left = prev.on.filter((id) => !next.on.includes(id));
    if (left.length === 0 || next.on.length === 0) continue;
    // The overlap: how far back, contiguously, the receiving teams were on together with those leaving.
    let overlap = 0;
    for (let j = k - 1; j >= 0; j--) {
      const p = pieces[j] as Piece;
      const together =
        next.on.some((id) => p.on.includes(id)) && left.some((id) => p.on.includes(id));
      if (!together) break;
      overlap += p.end - p.start;
    }
    out.push({ at: iso(next.start), from: left, to: next.on, overlapMinutes: overlap / MINUTE });
  }
  return out;
}

/**
 * Who covers what over a horizon `[from, to)`: the stretches with the same teams on (in UTC),
 * the gaps against each target (24/7 or a market's hours in its own zone, with required languages,
 * channels or skills), coverage per language and per channel, follow-the-sun hand-offs and
 * overlaps. Layers, when given, decide who is on where teams overlap (PagerDuty-style).
 *
 * @param input - Teams, horizon, targets, layers, extra holidays.
 * @returns A {@link CoverageReport}.
 * @throws {ValidationError} `coverage/invalid-coverage-input` (from, to, layers, holidays),
 *   `coverage/invalid-schedule` (a team) or `coverage/invalid-target` for bad input.
 * @throws {MeridianError} `coverage/invalid-range` when `to` is before `from`.
 * @example
 * const report = analyzeCoverage({ teams: [emea, apac], from: '2026-03-02T00:00:00Z', to: '2026-03-09T00:00:00Z',
 *   targets: [{ id: 'ja-JP', hours: { zone: 'Asia/Tokyo', weekly: { mon: [{ start: '09:00', end: '18:00' }] } }, requires: { languages: ['ja'] } }] });
 * report.targets[0].gaps; // the required hours nobody speaking Japanese is on
 * @since 0.1.0
 */
export function analyzeCoverage(input: AnalyzeCoverageInput): CoverageReport {
  const checked = parseWith(AnalyzeCoverageInputSchema, input, {
    package: 'coverage',
    what: 'coverage-input',
  });
  const from = toEpochMillis(checked.from);
  const to = toEpochMillis(checked.to);
  // Every team is validated as a schedule (with its path) before any is compiled.
  const teams = parseWith(TeamsSchema, input.teams, {
    package: 'coverage',
    what: 'schedule',
  });
  if (to < from) {
    fail('coverage/invalid-range', { from: iso(from), to: iso(to) });
  }
  const targets = parseWith(TargetsSchema, input.targets ?? [], {
    package: 'coverage',
    what: 'target',
  });
  const pieces = timeline(teams, from, to, {
    ...(input.layers !== undefined ? { layers: input.layers } : {}),
    ...(input.holidays !== undefined ? { holidays: input.holidays } : {}),
    ...(input.holidayRules !== undefined ? { holidayRules: input.holidayRules } : {}),
  });
  const segments = pieces.map((p) => ({ start: iso(p.start), end: iso(p.end), on: p.on }));
  return {
    from: iso(from),
    to: iso(to),
    segments,
    uncovered: segments.filter((s) => s.on.length === 0).map(({ start, end }) => ({ start, end })),
    targets: targets.map((t) => targetCoverage(t, teams, pieces, from, to, input.holidayRules)),
    languages: attributeCoverage(teams, pieces, (t) => t.languages, to - from),
    channels: attributeCoverage(teams, pieces, (t) => t.channels, to - from),
    handOffs: handOffs(pieces),
    overlaps: segments.filter((s) => s.on.length >= 2),
  };
}
