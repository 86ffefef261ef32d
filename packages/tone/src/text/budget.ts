// The engine's work budget for one call of repairText. The rule, stated here only (engine.ts's
// memoRun and sloppyStretch.ts follow it): the budget charges the work actually done, in units of
// one character read by one page, at every layer. Each distinct run (its text, CONTEXT characters
// on each side, and depth 0) is charged once per call, when it is first met, the units its reading
// does (readRun's tally: characters × the pages that read them, the inner layers it reads
// included); a memo hit is charged what the reading did when it was made, so that what is read
// depends on the text alone, never on what earlier calls left in the memo. The lossy pass charges
// each stretch it reads its length. A run met once the budget is spent is not read (it stands as
// it is); the run that spends it is read whole, so a call may end a little past zero.
//
// Reading costs the engine about a microsecond a unit on the shapes that cost most (random
// picks of mojibake characters: 0.4–1.5 µs a unit measured), so the budget is what bounds the
// time of a hostile megabyte. Genuine documents spend 0.9–2.1 units a character (100 KB of text
// mis-decoded whole, all passes: Windows-1252 2.1, Mac Roman 1.9, GBK 0.9, EUC-KR 0.9; 3.4, 2.1,
// 1.1 and 0.9 before the lazy reading of readRun.ts): the budget grows by four units a character
// from a floor, so that such a document is read to its end up to about 190 KB, and stops growing
// at a cap that keeps any input near half a second.

/** Units every call may spend, whatever its length. */
export const BUDGET_FLOOR = 50_000;

/** Units a character adds to the floor. */
export const BUDGET_PER_CHAR = 4;

/** Units no call exceeds, whatever its length. */
export const BUDGET_CAP = 250_000;

/**
 * The work a call of repairText on a text of `length` code units may spend reading runs.
 *
 * @param length - The text's length.
 * @returns The budget, in characters read times the pages that could read them (every layer).
 * @example
 * workBudget(10_000); // 90_000
 * workBudget(1_000_000); // 250_000 (the cap)
 * @since 0.1.0
 */
export function workBudget(length: number): number {
  return Math.min(BUDGET_CAP, BUDGET_FLOOR + BUDGET_PER_CHAR * length);
}
