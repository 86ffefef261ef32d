import { fail, show } from '../failures.js';
import { lawExportFor, REGIME_EXPORTS } from '../statutory/lawCountries.js';
import type { StatutoryRegime } from '../statutory/types.js';

/** What {@link regimeOf} reads of `evaluateReturn`'s input. */
export type RegimeChoice = {
  readonly regimes?: readonly StatutoryRegime[] | undefined;
  readonly jurisdiction?: StatutoryRegime | null | undefined;
};

/**
 * The regime passed at `regimes[at]` (`at` -1: `jurisdiction`), checked on every call; or a
 * failure that says what to pass instead (an id names its import). It is read as it is, never
 * frozen, copied or remembered: a caller may edit their regime between calls and the next call
 * reads the edit. Decisions cannot edit it in turn: `why` hands out frozen copies of its sources.
 */
function checked(value: unknown, at: number): StatutoryRegime {
  const r = value as StatutoryRegime | null;
  if (
    typeof r === 'object' &&
    r !== null &&
    typeof r.code === 'string' &&
    Array.isArray(r.countries)
  ) {
    return r;
  }
  const where = at < 0 ? 'evaluateReturn: jurisdiction' : `evaluateReturn: regimes[${at}]`;
  if (typeof value === 'string') {
    const code = value.toUpperCase();
    fail('returns/regime-id', {
      where,
      id: value.slice(0, 80),
      ...(Object.hasOwn(REGIME_EXPORTS, code) ? { export: REGIME_EXPORTS[code] } : {}),
      exports: Object.values(REGIME_EXPORTS).join(', '),
    });
  }
  fail('returns/invalid-argument', {
    what: where,
    expected: 'a statutory regime (an export such as EU_CONSUMER_RIGHTS, or defineRegime(…))',
    value: show(value),
  });
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
  if (j !== undefined) return checked(j, -1);
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
    const r = checked(regimes[i], i);
    if ((r.countries as readonly string[]).includes(country)) return r;
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
