import { expect, it } from 'vitest';
import { moved, type Proposal } from './engine.js';
import { mojibake } from './mojibake.js';
import { withSloppyStretches } from './sloppyStretch.js';

// The passes after the sloppy one (withoutLoneAmbiguous, withDominantChain) read the proposals it
// returns beside the engine's. A proposal with fewer fields has another hidden class: met first
// deep in a stream (the sloppy pass repairs one message in hundreds), it deoptimised those
// passes and readPass ('wrong map' at messages 46,000-66,000 of the never-seen stream), and V8
// compiled them once more. Every proposal has the fields of engine.ts's moved(), in its order.

const cpsOf = (s: string): number[] => Array.from(s, (c) => c.codePointAt(0) ?? 0);

it('makes proposals with the engine’s fields, in its order', () => {
  // A 0xA0 that became a space inside Windows-1252 mojibake: only the sloppy pass reads it.
  const text = mojibake('⚠ Atenção: preço válido até às 19h', 'windows-1252').replaceAll(
    '\u00a0',
    ' ',
  );
  const out = withSloppyStretches(cpsOf(text), [], { minGain: 3, maxChain: 3 });
  expect(out.length).toBeGreaterThan(0);
  const engine: Proposal = { start: 0, end: 1, after: 'a', chain: [], gain: 1, applied: true };
  const fields = Object.keys(moved(engine, 0));
  for (const p of out) expect(Object.keys(p)).toEqual(fields);
});
