import { type Decision, decide, parseWith, reason, toEpochMillis } from '@meridian-cx/core';
import { getRegime } from '../regimes/registry.js';
import type { Regime } from '../regimes/types.js';
import { HonourOptOutSignalInputSchema } from '../schemas/consent.js';

/** What {@link honourOptOutSignal} takes. */
export type HonourOptOutSignalInput = {
  readonly regime: string | Regime;
  /** The request headers (any case), or the raw `Sec-GPC` header value. */
  readonly signal: string | Readonly<Record<string, string>>;
  readonly at: string | Date;
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
 * date it started (Colorado 1 July 2024, Connecticut and Texas 1 January 2025, Oregon 1 January 2026 …).
 *
 * @param input - Regime, the headers or header value, and when the request came.
 * @returns The verdict with the effect and the source.
 * @throws {ValidationError} `privacy/invalid-opt-out-signal-input`.
 * @throws {MeridianError} `privacy/unknown-regime`, `privacy/unchecked-regime`.
 * @example
 * honourOptOutSignal({ regime: 'us-ca-ccpa', signal: { 'sec-gpc': '1' }, at: '2026-03-02T10:00:00Z' }).verdict;
 * // 'must-honour'
 * @since 0.1.0
 */
export function honourOptOutSignal(input: HonourOptOutSignalInput): Decision<OptOutSignalVerdict> {
  const args = parseWith(HonourOptOutSignalInputSchema, input, {
    package: 'privacy',
    what: 'opt-out-signal-input',
  });
  const regime = getRegime(args.regime as string | Regime);
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
  const day = new Date(toEpochMillis(args.at)).toISOString().slice(0, 10);
  if (rule.from !== undefined && day < rule.from) {
    return decide('no-duty', [
      reason('signal.not-yet-required', { from: rule.from, on: day }, source),
    ]);
  }
  return decide('must-honour', [
    reason(
      'signal.honour',
      { effect: rule.effect ?? 'opt-out', from: rule.from ?? 'unknown' },
      source,
    ),
  ]);
}
