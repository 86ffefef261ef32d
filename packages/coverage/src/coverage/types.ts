/** A stretch of time in which the same teams are on, half-open `[start, end)` in UTC. */
export type CoverageSegment = {
  readonly start: string;
  readonly end: string;
  /** Ids of the teams on duty, sorted; empty in a gap. */
  readonly on: readonly string[];
};

/** A follow-the-sun hand-off: teams go off while others stay on. */
export type HandOff = {
  readonly at: string;
  /** The teams that go off at `at`. */
  readonly from: readonly string[];
  /** The teams on right after `at`, who take over. */
  readonly to: readonly string[];
  /** How long `to` and `from` overlapped right before the hand-off, in minutes (0: a cold hand-off). */
  readonly overlapMinutes: number;
};

/** Coverage of one target (a market, or 24/7) over the horizon. */
export type TargetCoverage = {
  readonly id: string;
  readonly requiredMinutes: number;
  readonly coveredMinutes: number;
  /** coveredMinutes / requiredMinutes, 1 when nothing is required. */
  readonly ratio: number;
  /** Required time with nobody eligible on. */
  readonly gaps: readonly { readonly start: string; readonly end: string }[];
  /** Teams that meet the target's requirements. */
  readonly eligible: readonly string[];
};

/** Minutes of the horizon with at least one team offering a language or channel. */
export type AttributeCoverage = {
  readonly value: string;
  readonly minutes: number;
  /** minutes / horizon minutes. */
  readonly share: number;
  readonly teams: readonly string[];
};

/** How layers combine, PagerDuty-style: a later layer overrides or fills the ones before it. */
export type CoverageLayer = {
  readonly id: string;
  /** `override`: where someone of this layer is on, they replace whoever was on. `fill`: they are on only where nobody is. */
  readonly mode: 'override' | 'fill';
  /** Team ids of this layer. */
  readonly teams: readonly string[];
};

/** The answer of {@link analyzeCoverage}. */
export type CoverageReport = {
  readonly from: string;
  readonly to: string;
  /** A partition of `[from, to)` into stretches with the same teams on. */
  readonly segments: readonly CoverageSegment[];
  /** Stretches with nobody on. */
  readonly uncovered: readonly { readonly start: string; readonly end: string }[];
  readonly targets: readonly TargetCoverage[];
  readonly languages: readonly AttributeCoverage[];
  readonly channels: readonly AttributeCoverage[];
  readonly handOffs: readonly HandOff[];
  /** Stretches with two or more teams on. */
  readonly overlaps: readonly CoverageSegment[];
};
