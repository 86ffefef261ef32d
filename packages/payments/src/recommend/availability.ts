// Whether a method (or a provider's terms) took payments at an instant. Dates are whole UTC days:
// `availableFrom` is the first day, `availableUntil` the last.
const DAY = 86_400_000;

/** Milliseconds of the first instant of a UTC date. */
export function startOfDay(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** Why something is not available at `at`, or undefined when it is. */
export function unavailability(
  at: number,
  from: string | undefined,
  until: string | undefined,
):
  | { readonly kind: 'not-yet'; readonly from: string }
  | { readonly kind: 'ended'; readonly until: string }
  | undefined {
  if (from !== undefined && at < startOfDay(from)) return { kind: 'not-yet', from };
  if (until !== undefined && at >= startOfDay(until) + DAY) return { kind: 'ended', until };
  return undefined;
}
