// The engine's work budget for one call of repairText. The rule, stated here only (engine.ts's
// memoRun and sloppyStretch.ts follow it): the budget charges the work actually done, in units of
// one character read by one page, at every layer; a page that only compares a run with a reading
// another page made of it, or with what its blocks could gain (readRun.ts: the pages alike and far
// behind, left unread), is charged CHECK_UNITS a character. Each distinct run (its text and the context its
// reading depends on, engine.ts's memo key: CONTEXT characters on each side up to a line break, a
// space alone before it, and depth 0) has its reading charged once per call, when it is
// first met, the units that reading does (readRun's tally: characters × the pages that read them,
// a quarter for those that only compare, the inner layers it reads included); a memo hit is charged what the reading did when it was made, so that
// what is read depends on the text alone, never on what earlier calls left in the memo. Every use
// of a run at depth 0, first or repeated, is charged RUN_UNITS for the run and RUN_UNITS for each
// span its best reading proposes: what the passes after the reading (votes, the second look, the
// lossy pass's filters, the result's repair objects) do for it. The lossy pass charges each
// stretch it reads its length, a short one once per call and RUN_UNITS each time it is met again
// with the same characters and context (sloppyStretch.ts chargeOf: repairText's later passes met
// the stretches an earlier one left, and paid for them again, until session 52), and the lone-sign pass (loneSign.ts) 2 × RUN_UNITS each sign it
// reads, as a run of one character and its span: a megabyte of "째1" ("°" through EUC-KR before
// each digit) read 375,000 signs past the spent budget, uncharged, 500,000 repair objects and
// 1.9 s, until 2026-12-06. The halfwidth pairs (halfwidthSign.ts) and the capitals at a word's end
// (wordEndCapital.ts) are charged so too: a megabyte of "AÃ” " read the 125,000 capitals the
// engine left past its budget, and asked at each whether a quotation opened before it from the
// text's start (575 KB took 200 s), until 2026-12-06. The pass that reads a message whole as a
// script of its own (ownScript.ts wholeOwnScript) is charged each run's characters and
// 2 × RUN_UNITS: a megabyte of "铡 " ("ա" through GBK) read its 500,000 runs uncharged, 1.5-2 s,
// until session 51 (2026-12-06). The field passes (cjkField.ts,
// latinField.ts, twiceField.ts) are not charged: they read only a whole text of FIELD_MAX (40)
// code units or fewer, each stretch through each page of the call and each applied repair of the
// field against each stretch, so at most a few thousand steps a call whatever the input (a longer
// text never reaches them; budget.test.ts), against a floor of 50,000 units. Once the budget is
// spent no run is read or used (it stands as it is, and the call says `complete: false`); the run
// that spends it is read whole, so a call may end a little past zero. An inner layer's reading
// (innerLayer.ts) met again is charged what it did when made, as a memo hit is, but in a call
// with a memo of its own (a text of more than 10,000 code units: repairText's SHARED_UP_TO) an
// inner layer that a reading the call charged has paid for costs, met again in another reading,
// its key's characters at CHECK_UNITS (a key built and looked up: V53e, issue #11). The units an
// entry keeps stay what its reading did (a later call that finds it pays them), and a reading
// undone (readRun's readFar, an inner layer read ahead) pays for nothing.
//
// Reading costs the engine about a microsecond a unit on the shapes that cost most (random
// picks of mojibake characters: 0.4–1.5 µs a unit measured), so the budget is what bounds the
// time of a hostile megabyte. Genuine documents spend 0.9–2.1 units a character (100 KB of text
// mis-decoded whole, all passes: Windows-1252 2.1, Mac Roman 1.9, GBK 0.9, EUC-KR 0.9; 3.4, 2.1,
// 1.1 and 0.9 before the lazy reading of readRun.ts): the budget grew by four units a character
// from a floor (seven since session 52, below), so that such a document is read to its end up to
// about 190 KB, and stops growing at a cap that keeps any input of up to a megabyte near half a
// second at most. Past a megabyte it grows again at the cap's rate per megabyte (a quarter of a
// unit a character until session 52, 0.45 since): time stays linear in
// the length, and a long text of repeated messages (the bench's 10 MB corpus in one call) is read
// to about its end instead of stopping in its first 300 KB, as it did once every use was charged.
// It was not quite: the lossy pass charged every stretch, read or not (3.06 million characters of
// the bench text, where 1.2 million units were left), and stopped 39% of the way in, so that 697
// repairs past that point undid one layer of two and two of its 61 distinct lines came out two
// ways. Since 2026-12-01 a stretch that cannot hold a complete sequence is neither read nor
// charged (sloppyScan.ts maySloppyIn), and the bench text is read to its end (`complete: true`).
//
// Uses were free until 2026-12-01: a megabyte that repeats one repair ('Â Ã© ', 'Ã ', 'Ã©x') read a
// handful of runs and then used them 400,000–500,000 times, 0.6–1.1 s a call on a quiet machine
// (about 2–2.5 µs a use, a quarter of it garbage collection of the repair objects), and none of
// them stopped at the budget. Charged two units a use of a one-span run, each such megabyte stops
// with `complete: false` after 83,000–125,000 repairs, 0.1–0.33 s (median of five; the slowest
// shapes left are a two-layer run of a megabyte, 'Ã¢â‚¬', and the one long run 'Ã¢â‚¬Å“', whose
// readings and lossy stretch cost what their length does). Genuine documents use a run every
// 9–16 characters with about one span each (EUC-KR every 9, GBK 12, Shift-JIS 13, Windows-1252,
// Mac Roman and Windows-1251 16): 0.1–0.2 units a character more, and of documents of 50–400 KB
// in those seven pages the same ones were read to their end as before (all but 400 KB of
// Windows-1252 and Mac Roman); the 3,454 corpus, ftfy, clean and joined texts of the identity
// record came out the same.

// Session 52 (issue #11, V52c): a long thread in nine languages broken twice through Windows-1252
// (test/text/twiceBroken.ts mixedTwice, four seeds) stopped short: 32,000 code units needed
// 227,000–249,000 units where the budget gave 178,000, and 64,000 needed 383,000–406,000 where the
// cap gave 250,000 (with iconv-lite's Windows-1252, which loses the bytes it leaves undefined:
// 289,000–299,000 and 496,000–512,000, passes after the first re-reading the words that lost one).
// Its first pass was charged 198,000 units at 32,000, but its pages read the runs' groups for
// 110,000 of them: 47,000 went to pages that only compared the run with another page's reading or
// with their blocks' ceiling, and 21,000 to such pages of inner layers, each charged as if it read
// the run (a CPU profile: comparing costs a sixth to an eighth of reading; a quarter is charged).
// And a use, charged one unit for the run and one a span, costs what four to six units of reading
// do (a megabyte of 'Ã© ': 2.4–3.1 µs a repair, where a unit of the seeded shapes that never
// repeat costs 0.5–0.8 µs, the same minutes, load 8): RUN_UNITS is 2. With both, the thread needs
// 174,000–189,000 units at 32,000 code units and 298,000–312,000 at 64,000 (lost bytes: 222,000–
// 227,000 and 389,000–395,000): the budget grows by seven units a character up to a cap of 450,000
// (reached at 57,000 code units), and past a megabyte by the cap's rate, 0.45 a character. A
// megabyte of the slowest shapes measured costs what it did (the worst of 41, one at a time, load
// 8 on 2 cores: 0.96 s before, 1.01 s after): the cap grew by four fifths, and the repeated shapes,
// whose uses made the slowest megabytes, stop at 112,500 repairs instead of 125,000.

/** Units each use of a run at depth 0 costs, and each span its best reading proposes. */
export const RUN_UNITS = 2;

/**
 * Units a character of a run costs a page that does not read the run's groups itself: it compares
 * the run with a reading another page made of it (readRun.ts sharedOf) or with the most its blocks
 * could gain (the pages alike and far behind, left unread). A page that reads the groups costs
 * one unit a character.
 */
export const CHECK_UNITS = 0.25;

/** Units every call may spend, whatever its length. */
export const BUDGET_FLOOR = 50_000;

/** Units a character adds to the floor. */
export const BUDGET_PER_CHAR = 7;

/** Units no call on a text of up to a million code units exceeds. */
export const BUDGET_CAP = 450_000;

/** Units a character adds past a million: the cap's rate, so that time stays linear. */
export const BUDGET_PAST_CAP = 0.45;

/**
 * The work a call of repairText on a text of `length` code units may spend reading runs.
 *
 * @param length - The text's length.
 * @returns The budget, in characters read times the pages that could read them (every layer).
 * @example
 * workBudget(10_000); // 120_000
 * workBudget(1_000_000); // 450_000 (the cap)
 * workBudget(4_000_000); // 1_800_000 (0.45 of a unit a character past a megabyte)
 * @since 0.1.0
 */
export function workBudget(length: number): number {
  const upToCap = Math.min(BUDGET_CAP, BUDGET_FLOOR + BUDGET_PER_CHAR * length);
  return Math.max(upToCap, length * BUDGET_PAST_CAP);
}
