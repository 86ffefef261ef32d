// The engine's work budget for one call of repairText, in characters read per code page that
// could read them: each distinct run (its text and context) charged once per call, whether the
// memo holds it or not, so that what is read depends on the text alone; the lossy pass charges
// each stretch its length. Ordinary broken messages spend about 3 units a character: the
// generated corpus 2.9 on average, 4,180 at most for one message (a hopeless three-layer garble,
// 17 a character). Reading costs the engine a few µs a unit (its inner layers included), so a
// budget that grew by a multiple of the length would let a megabyte that never repeats run for
// many seconds: the floor is twelve times the costliest corpus message, and the length adds a
// thirty-second of a unit a character, so that a megabyte reads at most about 81,000 units.

/** Units every call may spend, whatever its length. */
export const BUDGET_FLOOR = 50_000;

/**
 * The work a call of repairText on a text of `length` code units may spend reading runs.
 *
 * @param length - The text's length.
 * @returns The budget, in characters read per page that could read them.
 * @example
 * workBudget(1_000_000); // 81_250
 * @since 0.2.0
 */
export function workBudget(length: number): number {
  return BUDGET_FLOOR + Math.floor(length / 32);
}
