import type { Source } from '../provenance/source.js';

/** A parameter value of a reason: plain data, renderable in any language. */
export type ReasonParam = string | number | boolean;

/**
 * Why a decision came out as it did: a stable machine code, its parameters, and the source
 * where a law or a dataset is behind it. Reasons are data; rendering them is the caller's choice.
 */
export type Reason<Code extends string = string> = {
  /** Stable, dotted, machine-readable: `window.open`, `statutory.eu-withdrawal`. */
  readonly code: Code;
  readonly params?: Readonly<Record<string, ReasonParam>>;
  readonly source?: Source;
};

/** A verdict plus the reasons behind it. */
export type Decision<Verdict, Code extends string = string> = {
  readonly verdict: Verdict;
  readonly reasons: readonly Reason<Code>[];
};

/**
 * Build a {@link Reason}, leaving out what is not given (so that results stay clean JSON).
 *
 * @param code - The stable, dotted machine code: `window.open`, `statutory.eu-withdrawal`.
 * @param params - The values the reason speaks of (strings, numbers, booleans), kept as given.
 * @param source - The law or dataset behind the reason, where there is one.
 * @returns `{ code, params?, source? }`, with no key for an argument left out.
 * @example
 * reason('window.open', { days: 30, until: '2026-04-01' });
 * // { code: 'window.open', params: { days: 30, until: '2026-04-01' } }
 * reason('window.open'); // { code: 'window.open' }
 * @since 0.1.0
 */
export function reason<Code extends string>(
  code: Code,
  params?: Readonly<Record<string, ReasonParam>>,
  source?: Source,
): Reason<Code> {
  return {
    code,
    ...(params !== undefined ? { params } : {}),
    ...(source !== undefined ? { source } : {}),
  };
}

/**
 * Build a {@link Decision}: a verdict with the reasons that led to it.
 *
 * @param verdict - The answer, of any type: a boolean, a status, an object.
 * @param reasons - Why, in the order they apply; kept as given (not copied).
 * @returns `{ verdict, reasons }`.
 * @example
 * decide(true, [reason('window.open', { days: 30 })]);
 * // { verdict: true, reasons: [{ code: 'window.open', params: { days: 30 } }] }
 * @since 0.1.0
 */
export function decide<Verdict, Code extends string>(
  verdict: Verdict,
  reasons: readonly Reason<Code>[],
): Decision<Verdict, Code> {
  return { verdict, reasons };
}
