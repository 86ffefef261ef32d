// A redaction library must not keep a customer's words past the call that read them. Several
// modules keep what the last pass read (its context, a table's text, its digit runs, the digits
// said aloud) so that the recognizers of one pass share one reading; without a release that last
// transcript stayed referenced until the next call, in a long-lived server for as long as no
// other message came: a heap snapshot or a core dump taken then held it whole (a test looks for
// it in one). Each such module registers what to let go when it loads; redact() lets go of all of
// it when it returns or throws. The opt-in recognizers (spoken.ts) register only if imported.

const releases: (() => void)[] = [];

// The engine keeps the subject of the last successful match of any regular expression for the
// legacy RegExp.input and RegExp.lastMatch: pseudonymise mode's last key ("jan.kowalski@…",
// lower-cased and stripped by a regular expression in tokens.ts) stayed in the heap that way. A
// match on the empty string puts an empty subject there.
const EMPTY = /^/;

/** Register `release`, which drops what its module kept of the call in progress. */
export function releaseAfterCall(release: () => void): void {
  releases.push(release);
}

/** Drop what every registered module kept of the call that ends (redact.ts, in a `finally`). */
export function releaseAll(): void {
  for (let k = 0; k < releases.length; k++) (releases[k] as () => void)();
  EMPTY.test('');
}
