// Bundle-size budgets, one line per public entry (gzipped KiB, esbuild minified for the browser).
// `all`: with every dependency bundled; `own`: the package's own code behind that import.
// Targets from issue #17: own ≤ 15 KiB behind each package's main decision function; with its
// dependencies, createBusinessCalendar (no holiday rules) and evaluateReturn ≤ 60 KiB, computeSla
// and CsatAccumulator ≤ 40 KiB. A budget only goes down; raise one only with a reason beside it.
export type Budget = {
  readonly pkg: string;
  /** `.` or a subpath such as `./stats`. */
  readonly entry: string;
  /** A named export, or `*` for everything the entry exports. */
  readonly name: string;
  readonly allKiB: number;
  readonly ownKiB: number;
};

export const budgets: readonly Budget[] = [
  { pkg: 'core', entry: '.', name: 'add', allKiB: 6, ownKiB: 6 },
  { pkg: 'core', entry: '.', name: 'parseMoney', allKiB: 100, ownKiB: 15 },
  { pkg: 'returns', entry: '.', name: 'evaluateReturn', allKiB: 140, ownKiB: 15 },
  { pkg: 'tickets', entry: '.', name: 'computeSla', allKiB: 105, ownKiB: 15 },
  { pkg: 'coverage', entry: '.', name: 'createBusinessCalendar', allKiB: 360, ownKiB: 15 },
  { pkg: 'metrics', entry: '.', name: 'CsatAccumulator', allKiB: 105, ownKiB: 15 },
];
