import { defineFailures } from '@meridian-cx/core';

/**
 * The errors every function of the regimes half can throw (redaction keeps its own catalog in
 * `src/redact/failures.ts`). The errors of one function live beside it (`applicability/`,
 * `deadlines/`, `regimes/failures.ts`), so a bundle carries only the messages it can show; `codes.ts`
 * lists them all. Each message says what was wrong, the value, and the fix.
 */
const failures = defineFailures('privacy', {
  'privacy/regime-id': (p: { fn: string; id: string; builtIn: boolean; exports: string }) =>
    p.builtIn
      ? `${p.fn} takes a regime object, not its id "${p.id}": import { ${p.exports} } from '@meridian-cx/privacy' and pass regime: ${p.exports}. Each regime is its own export, so a bundle carries only the regimes it imports; to choose one by id at run time, pass regimeById("${p.id}") (it brings every built-in regime).`
      : `${p.fn} takes a regime object, not an id, and "${p.id}" is not a built-in id either. Import the regime you mean from '@meridian-cx/privacy' (${p.exports}) and pass it as regime, or look a built-in up at run time with regimeById(id); for your own regime, pass what defineRegime() returns.`,
  'privacy/unchecked-regime': (p: { fn: string; value: string }) =>
    `${p.fn}: ${p.value} is not a regime this package checked. Pass a built-in regime (import { EU_GDPR } from '@meridian-cx/privacy'), or validate your own once with defineRegime() and pass what it returns.`,
  'privacy/invalid-date': (p: { value: string }) =>
    `"${p.value}" is not a calendar date as YYYY-MM-DD. Pass local dates such as "2026-12-25".`,
  'privacy/no-working-day': (p: { weekend: string }) =>
    `Every day of the week is a weekend day (weekend: ${p.weekend}), so no working day can end a period. Pass the days your desk is closed, such as [6, 7].`,
  'privacy/invalid-argument': (p: { fn: string; param: string; expected: string; value: string }) =>
    `${p.fn}: "${p.param}" must be ${p.expected}; got ${p.value}.`,
});

/** Throw the privacy MeridianError for `code` (typed against the catalog). */
export const fail: typeof failures.fail = failures.fail;
/** Build (without throwing) the privacy MeridianError for `code`. */
export const failure: typeof failures.failure = failures.failure;
/** The message `code` would carry. */
export const message: typeof failures.message = failures.message;
/** Every code of this catalog. */
export const codes: typeof failures.codes = failures.codes;
