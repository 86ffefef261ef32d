import type { Provenance } from '@meridian-cx/core';
import { parseWith } from '@meridian-cx/core';
import { REGIME_NOTES } from './regimeNotes.js';
import { RegimeSchema } from './regimeSchema.js';
import { STATUTORY_REGIMES } from './regimes.js';
import type { StatutoryRegime } from './types.js';

type Node = Readonly<Record<string, unknown>> | readonly unknown[];

// One step down a path: a property, or in a list the element whose `kind` is the segment.
function child(node: unknown, segment: string): unknown {
  if (Array.isArray(node)) return node.find((x) => (x as { kind?: unknown })?.kind === segment);
  if (typeof node !== 'object' || node === null || !Object.hasOwn(node, segment)) return undefined;
  return (node as Record<string, unknown>)[segment];
}

function at(root: unknown, path: readonly string[]): unknown {
  let node = root;
  for (const segment of path) node = child(node, segment);
  return node;
}

// A copy of `node` with the provenance at `path` given `note`; what is off the path is shared.
function setNote(node: Node, path: readonly string[], note: string): Node {
  const [head, ...rest] = path as [string, ...string[]];
  const next = child(node, head) as Node;
  const changed = rest.length === 0 ? { ...(next as Provenance), note } : setNote(next, rest, note);
  if (Array.isArray(node)) return node.map((x) => (x === next ? changed : x));
  return { ...node, [head]: changed };
}

const same = (a: Provenance, b: Provenance) =>
  a.source.url === b.source.url && a.source.pinpoint === b.source.pinpoint;

/**
 * A statutory regime with the notes of its entries put back: what each text says, how the
 * package reads it, where sources disagree. The regimes of the main entry (`EU_CONSUMER_RIGHTS`, `UK_CONSUMER_CONTRACTS`, …) carry
 * their sources, pinpoints and dates but not this prose, so that a bundle of `evaluateReturn`
 * stays small; this entry (`@meridian-cx/returns/notes`) holds it.
 *
 * A note goes back only where the entry still cites what the built-in regime of the same code
 * cites (same URL and pinpoint) and has no note of its own: a regime of your own that changes an
 * entry keeps your note, or none, never a note written about another text.
 *
 * @param regime - A built-in regime, or one of your own (`defineRegime`) that copies one.
 * @returns A copy with the notes in `provenance.note`; the regime itself when there is none to add.
 * @throws {ValidationError} `returns/invalid-regime` when `regime` is not a regime, naming each bad path.
 * @example
 * import { EU_CONSUMER_RIGHTS } from '@meridian-cx/returns';
 * import { withNotes } from '@meridian-cx/returns/notes';
 * withNotes(EU_CONSUMER_RIGHTS).withdrawal?.periodEnd?.provenance.note; // 'Directive 2011/83/EU recital 41 applies Reg. 1182/71 …'
 * @since 0.1.0
 */
export function withNotes(regime: StatutoryRegime): StatutoryRegime {
  parseWith(RegimeSchema, regime, { package: 'returns', what: 'regime' });
  const code = regime.code;
  const builtIn = STATUTORY_REGIMES.find((r) => r.code === code);
  if (!Object.hasOwn(REGIME_NOTES, code) || builtIn === undefined) return regime;
  let result: Node = regime;
  for (const [key, note] of Object.entries(REGIME_NOTES[code] ?? {})) {
    const path = key.split('.');
    const mine = at(result, path) as Provenance | undefined;
    const theirs = at(builtIn, path) as Provenance | undefined;
    if (mine?.source === undefined || theirs?.source === undefined) continue;
    if (mine.note !== undefined || !same(mine, theirs)) continue;
    result = setNote(result, path, note);
  }
  return result as StatutoryRegime;
}
