import { fail, show } from '../failures.js';
import { deepFreeze } from '../rules/compiled.js';
import { lawExportFor, REGIME_EXPORTS } from '../statutory/lawCountries.js';
import type { StatutoryRegime } from '../statutory/types.js';
import { byContent, type Memo } from './byContent.js';

/** What {@link regimeOf} reads of `evaluateReturn`'s input. */
export type RegimeChoice = {
  readonly regimes?: readonly StatutoryRegime[] | undefined;
  readonly jurisdiction?: StatutoryRegime | null | undefined;
};

/** A regime ready to read (deep-frozen) and the set of its countries. */
type Law = readonly [StatutoryRegime, ReadonlySet<string>];

// Deep-frozen regimes (the built-ins, defineRegime's) are read as they are: nothing can change
// them, so one lookup by identity serves every call. Any other regime is the caller's to edit
// between calls, so it is copied (deep-frozen) once per content and compared with its copy on each
// call: a decision carries sources from the copy, never a handle on the caller's objects.
const laws = new WeakMap<object, Law>();
const copies: Memo<Law> = { k: new Map(), o: new WeakMap() };

const frozen = (v: unknown): boolean =>
  typeof v !== 'object' || v === null || (Object.isFrozen(v) && Object.values(v).every(frozen));

const lawFrom = (r: StatutoryRegime): Law => [r, new Set(r.countries)];

/**
 * The regime passed at `regimes[at]` (`at` -1: `jurisdiction`) as it is read, with its countries;
 * or a failure that says what to pass instead (an id names its import).
 */
function lawOf(value: unknown, at: number): Law {
  const known = laws.get(value as object);
  if (known !== undefined) return known;
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
  if (!frozen(r)) return byContent(copies, r, () => lawFrom(deepFreeze(structuredClone(r))));
  const law = lawFrom(r);
  laws.set(r, law);
  return law;
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
  if (j !== undefined) return lawOf(j, -1)[0];
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
    const [regime, countries] = lawOf(regimes[i], i);
    if (countries.has(country)) return regime;
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
