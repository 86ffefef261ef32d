// The engine's work budget for one call of repairText, in characters read per code page that
// could read them (at every layer, memo hits free). Ordinary broken messages spend a few units a
// character: the generated corpus 6 on average, 13,487 at most for one message (a double-layer
// Chinese message at 67 a character). A unit costs the engine about 1.5 µs, so a budget that grew
// by a multiple of the length would let a megabyte that never repeats run for a minute: the floor
// holds every message of a few pages seven times over, and the length adds a sixteenth of a unit
// a character, so that a megabyte reads at most about 160,000 units (a quarter of a second).

/** Units every call may spend, whatever its length. */
export const BUDGET_FLOOR = 100_000;

/**
 * The work a call of repairText on a text of `length` code units may spend reading runs.
 *
 * @param length - The text's length.
 * @returns The budget, in characters read per page that could read them.
 * @example
 * workBudget(1_000_000); // 162_500
 * @since 0.2.0
 */
export function workBudget(length: number): number {
  return BUDGET_FLOOR + Math.floor(length / 16);
}
