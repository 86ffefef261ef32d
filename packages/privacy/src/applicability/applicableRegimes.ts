import { parseWith, type Reason, reason, toEpochMillis } from '@meridian-cx/core';
import { arrayArg, objectArg } from '../boundary.js';
import { regimeArg } from '../regimes/regimeArg.js';
import { REGIMES } from '../regimes/registry.js';
import type { Regime } from '../regimes/types.js';
import { ApplicableRegimesInputSchema } from '../schemas/applicability.js';
import { fail } from './failures.js';
import { REGIONS } from './regions.js';
import { type BusinessFacts, evaluateThresholds } from './thresholds.js';

/** What {@link applicableRegimes} takes. */
export type ApplicableRegimesInput = {
  readonly customer: { readonly country: string; readonly region?: string };
  readonly business: BusinessFacts;
  readonly at: string | Date;
  /** Regimes to consider (objects: `[EU_GDPR, UK_GDPR]`). Default: every built-in regime. */
  readonly regimes?: readonly Regime[];
};

/** One regime and whether it applies, with the reasons either way. */
export type RegimeApplicability = {
  readonly regime: string;
  readonly name: string;
  readonly status: 'applies' | 'does-not-apply' | 'undetermined';
  readonly reasons: readonly Reason[];
};

/**
 * Which privacy laws apply to this customer and this business, on this date — and why each other
 * one does not. Thresholds use the figures in force at `at` (California's inflation-adjusted
 * revenue, Connecticut's 35,000 consumers from 1 July 2026); a missing business fact makes a
 * regime `undetermined`, never silently not applicable.
 *
 * @param input - Customer country and region, business facts, and `at`.
 * @returns Every regime, those that apply first.
 * @throws {ValidationError} `privacy/invalid-applicability-input`.
 * @throws {MeridianError} `privacy/unknown-region`, `privacy/region-required`;
 *   `privacy/invalid-argument` when the input is not an object or `regimes` not an array;
 *   `privacy/regime-id`, `privacy/unchecked-regime` for an entry of `regimes`.
 * @example
 * const r = applicableRegimes({ customer: { country: 'FR' }, business: { establishedIn: ['US'] }, at: '2026-03-02T10:00:00Z' });
 * r.find((x) => x.regime === 'eu-gdpr')?.status; // 'applies'
 * @since 0.1.0
 */
export function applicableRegimes(input: ApplicableRegimesInput): readonly RegimeApplicability[] {
  const { regimes, ...rest } = objectArg(input, 'applicableRegimes', 'input');
  const considered =
    regimes === undefined
      ? REGIMES
      : arrayArg(regimes, 'applicableRegimes', 'regimes').map((r) =>
          regimeArg(r, 'applicableRegimes'),
        );
  const args = parseWith(ApplicableRegimesInputSchema, rest, {
    package: 'privacy',
    what: 'applicability-input',
  });
  const { country, region } = args.customer;
  const known = REGIONS[country];
  if (known !== undefined && region === undefined)
    return fail('privacy/region-required', { country });
  if (region !== undefined && (known === undefined || !known.includes(region))) {
    return fail('privacy/unknown-region', { country, region });
  }
  const today = new Date(toEpochMillis(args.at)).toISOString().slice(0, 10);
  const subdivision = region === undefined ? undefined : `${country}-${region}`;
  const order = { applies: 0, undetermined: 1, 'does-not-apply': 2 } as const;
  return considered
    .map((regime) => assess(regime, country, subdivision, args.business, today))
    .sort((a, b) => order[a.status] - order[b.status]);
}

function assess(
  regime: Regime,
  country: string,
  subdivision: string | undefined,
  business: BusinessFacts,
  today: string,
): RegimeApplicability {
  const out = (status: RegimeApplicability['status'], reasons: Reason[]): RegimeApplicability => ({
    regime: regime.id,
    name: regime.name,
    status,
    reasons,
  });
  const j = regime.jurisdiction;
  const countries = j.countries ?? [j.country];
  const customerInside =
    countries.includes(country) && (j.region === undefined || j.region === subdivision);
  const establishedInside =
    j.region === undefined &&
    regime.territorialScope !== undefined &&
    business.establishedIn.some((c) => countries.includes(c));
  const scope = (regime.territorialScope ?? regime.inForce).provenance.source;
  if (!customerInside && !establishedInside) {
    return out('does-not-apply', [
      reason(
        'territorial.customer-outside',
        { customer: subdivision ?? country, covers: j.region ?? countries.join(' ') },
        scope,
      ),
    ]);
  }
  const reasons: Reason[] = [
    customerInside
      ? reason('territorial.customer-inside', { customer: subdivision ?? country }, scope)
      : reason(
          'territorial.business-established-inside',
          { establishedIn: business.establishedIn.join(' ') },
          scope,
        ),
  ];
  if (today < regime.inForce.from) {
    return out('does-not-apply', [
      ...reasons,
      reason('not-yet-in-force', { from: regime.inForce.from }, regime.inForce.provenance.source),
    ]);
  }
  const rule = regime.thresholds.find(
    (t) => (t.from === undefined || t.from <= today) && (t.until === undefined || today <= t.until),
  );
  if (rule === undefined)
    return out('undetermined', [...reasons, reason('threshold.not-known-for-date', { on: today })]);
  const t = evaluateThresholds(rule, business);
  return out(
    t.status === true ? 'applies' : t.status === false ? 'does-not-apply' : 'undetermined',
    [...reasons, ...t.reasons],
  );
}
