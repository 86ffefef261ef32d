import { fail, show } from '../failures.js';
import { lawExportFor, REGIME_EXPORTS } from '../statutory/lawCountries.js';
import type { StatutoryRegime } from '../statutory/types.js';

/** What {@link regimeOf} reads of `evaluateReturn`'s input. */
export type RegimeChoice = {
  readonly regimes?: readonly StatutoryRegime[] | undefined;
  readonly jurisdiction?: StatutoryRegime | null | undefined;
};

const countrySets = new WeakMap<StatutoryRegime, ReadonlySet<string>>();

/** The regime's countries as a set, built once per regime object. */
function countriesOf(regime: StatutoryRegime): ReadonlySet<string> {
  let set = countrySets.get(regime);
  if (set === undefined) {
    set = new Set(regime.countries);
    countrySets.set(regime, set);
  }
  return set;
}

/** A regime object, or a failure that says what to pass instead (an id names its import). */
function checked(value: unknown, where: string): StatutoryRegime {
  if (typeof value === 'string') {
    const code = value.toUpperCase();
    fail('returns/regime-id', {
      where,
      id: value.slice(0, 80),
      ...(Object.hasOwn(REGIME_EXPORTS, code) ? { export: REGIME_EXPORTS[code] } : {}),
      exports: Object.values(REGIME_EXPORTS).join(', '),
    });
  }
  const r = value as StatutoryRegime | null;
  if (
    typeof r !== 'object' ||
    r === null ||
    typeof r.code !== 'string' ||
    !Array.isArray(r.countries)
  ) {
    fail('returns/invalid-argument', {
      what: where,
      expected: 'a statutory regime (an export such as EU_CONSUMER_RIGHTS, or defineRegime(…))',
      value: show(value),
    });
  }
  return r;
}

/**
 * The statutory regime that overlays the policy: `jurisdiction` when given (a regime, or `null`
 * for none); else the first of `regimes` that lists the customer's country. A country that a
 * built-in regime governs but none of `regimes` does is a failure naming the export to import,
 * never a decision without the law; a country no built-in regime governs has none.
 */
export function regimeOf(choice: RegimeChoice, country: string): StatutoryRegime | null {
  const j = choice.jurisdiction;
  if (j === null) return null;
  if (j !== undefined) return checked(j, 'evaluateReturn: jurisdiction');
  const regimes = choice.regimes;
  if (!Array.isArray(regimes)) {
    fail('returns/invalid-argument', {
      what: 'evaluateReturn: regimes',
      expected:
        'the statutory regimes you serve, such as [EU_CONSUMER_RIGHTS, UK_CONSUMER_CONTRACTS] or STATUTORY_REGIMES (or jurisdiction: null for none)',
      value: show(regimes),
    });
  }
  for (let i = 0; i < regimes.length; i++) {
    const regime = checked(regimes[i], `evaluateReturn: regimes[${i}]`);
    if (countriesOf(regime).has(country)) return regime;
  }
  const missing = lawExportFor(country);
  if (missing !== undefined) {
    fail('returns/regime-not-passed', {
      country,
      export: missing,
      passed: regimes.length === 0 ? 'none' : regimes.map((r) => r.code).join(', '),
    });
  }
  return null;
}
