import { type Decision, decide, parseWith, reason, toEpochMillis } from '@meridian-cx/core';
import { localDate } from '../deadlines/calendar.js';
import { checkRegimeOf } from '../regimes/regimeArg.js';
import type { Regime } from '../regimes/types.js';
import { HonourOptOutSignalInputSchema } from '../schemas/consent.js';

/** What {@link honourOptOutSignal} takes. */
export type HonourOptOutSignalInput = {
  /** A built-in regime (`EU_GDPR`, `US_CA_CCPA` …) or what defineRegime() returned; not an id. */
  readonly regime: Regime;
  /** The request headers (any case), or the raw `Sec-GPC` header value. */
  readonly signal: string | Readonly<Record<string, string>>;
  readonly at: string | Date;
  /**
   * The consumer's IANA zone: the day the duty starts is counted on their calendar. Default: the
   * regime's own zone (`jurisdiction.zone`, the state's seat), else UTC.
   */
  readonly zone?: string;
};

/** `must-honour`, `no-duty` (no signal, or the law does not require it at `at`), or `not-known`. */
export type OptOutSignalVerdict = 'must-honour' | 'no-duty' | 'not-known';

/** Global Privacy Control: the header is `Sec-GPC` and the only valid value is `1`. */
function gpcValue(signal: string | Readonly<Record<string, string>>): string | undefined {
  if (typeof signal === 'string') return signal;
  const key = Object.keys(signal).find((k) => k.toLowerCase() === 'sec-gpc');
  return key === undefined ? undefined : signal[key];
}

/**
 * Must we treat this `Sec-GPC: 1` request as an opt-out of sale, sharing or targeted advertising?
 * Only a value of exactly `1` is a signal (GPC spec); the duty depends on the regime and on the
 * date it started (Colorado 1 July 2024, Connecticut and Texas 1 January 2025, Oregon 1 January
 * 2026 …), and that date is a local date: it begins at midnight in the consumer's zone (or the
 * state's), not at midnight UTC.
 *
 * @param input - Regime, the headers or header value, when the request came, and the consumer's zone.
 * @returns The verdict with the effect, the local day it was judged on, and the source.
 * @throws {ValidationError} `privacy/invalid-opt-out-signal-input`.
 * @throws {MeridianError} `privacy/regime-id` for an id where the regime goes (it names the import), `privacy/unchecked-regime`.
 * @example
 * import { US_OR_OCPA, honourOptOutSignal } from '@meridian-cx/privacy';
 * honourOptOutSignal({ regime: US_OR_OCPA, signal: { 'sec-gpc': '1' }, at: '2026-01-01T05:00:00Z' }).verdict;
 * // 'no-duty': still 31 December 2025 in Oregon
 * @since 0.1.0
 */
export function honourOptOutSignal(input: HonourOptOutSignalInput): Decision<OptOutSignalVerdict> {
  checkRegimeOf(input, 'honourOptOutSignal');
  const args = parseWith(HonourOptOutSignalInputSchema, input, {
    package: 'privacy',
    what: 'opt-out-signal-input',
  });
  const regime = args.regime;
  const value = gpcValue(args.signal);
  if (value?.trim() !== '1') {
    return decide('no-duty', [reason('signal.absent', { value: value ?? '(no Sec-GPC header)' })]);
  }
  const rule = regime.optOutSignal;
  if (rule === undefined)
    return decide('not-known', [reason('signal.no-sourced-rule', { regime: regime.id })]);
  const source = rule.provenance.source;
  if (!rule.required)
    return decide('no-duty', [reason('signal.not-required', { regime: regime.id }, source)]);
  const zone = args.zone ?? regime.jurisdiction.zone ?? 'UTC';
  const zoneFrom =
    args.zone !== undefined
      ? 'consumer'
      : regime.jurisdiction.zone !== undefined
        ? 'regime'
        : 'utc';
  const day = localDate(toEpochMillis(args.at), zone);
  const counted = reason('signal.day-counted-in-zone', { on: day, zone, zoneFrom });
  if (rule.from !== undefined && day < rule.from) {
    return decide('no-duty', [
      reason('signal.not-yet-required', { from: rule.from, on: day }, source),
      counted,
    ]);
  }
  return decide('must-honour', [
    reason(
      'signal.honour',
      { effect: rule.effect ?? 'opt-out', from: rule.from ?? 'unknown' },
      source,
    ),
    counted,
  ]);
}
