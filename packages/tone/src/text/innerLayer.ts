import { type EngineOptions, type MemoEntry, repairCodePoints } from './engine.js';
import { tally } from './readRun.js';
import { contextTo, fromCps, readFrom, toCps } from './runParts.js';

/**
 * What an outer reading takes of the layer under one of its groups: the text the inner reading
 * makes, its chain, and the work (units of {@link tally}) it did, inner layers and memo hits
 * included.
 */
export type Inner = {
  readonly text: string;
  readonly chain: readonly string[];
  readonly units: number;
};

// Inner readings already made, by the memo of the calls that made them (one list of pages and
// options): the same decoded text between the same neighbours reads the same, and a word met again
// in a stream of messages (a fresh outer run: its neighbours changed) mostly decodes to a text
// read before. Replayed, it costs a key and a look-up instead of a call of the engine (its code
// points, context, memo key, votes and proposals), and it is charged the units it did when made,
// as a memo hit is (budget.ts). Bounded as the memo is.
const READ = new WeakMap<Map<string, MemoEntry>, Map<string, Inner>>();
const LIMIT = 20_000;

/**
 * The reading one layer down of `decoded`, the text a page makes of cps[start, end), judged
 * between the characters around that span at `depth` (what repairString with that context makes
 * of it: innerLayer.prop.test.ts), from the memo's inner readings when it was made before.
 */
export function innerLayer(
  cps: readonly number[],
  start: number,
  end: number,
  decoded: string,
  options: EngineOptions,
  depth: number,
): Inner {
  const from = readFrom(cps, start);
  const to = contextTo(cps, end);
  const memo = options.memo;
  let read = memo && READ.get(memo);
  if (memo && !read) {
    read = new Map();
    READ.set(memo, read);
  }
  // The context's lengths make the key unambiguous (the decoded text may hold any character).
  const key = `${depth}|${start - from}|${to - end}|${fromCps(cps, from, start)}${decoded}${fromCps(cps, end, to)}`;
  let inner = read?.get(key);
  if (inner) {
    tally.units += inner.units;
    return inner;
  }
  const before = tally.units;
  // Read between its neighbours (as repairString reads with context, its oracle): the applied
  // proposals inside the text make the inner text; the first of them gives the chain.
  const own = toCps(decoded);
  const at = start - from;
  let text = '';
  let k = 0;
  let chain: readonly string[] = [];
  // Whether `chain` is still empty, kept apart from it: the empty literal and the engine's frozen
  // chains are arrays of two maps, and a length read that met only the literal's until a layer
  // held a second repair (the 14,500th message of the stream) threw away innerLayer's compiled code.
  let open = true;
  for (const p of repairCodePoints(
    [...cps.slice(from, start), ...own, ...cps.slice(end, to)],
    options,
    depth,
  ))
    if (p.applied && p.start >= at && p.end <= at + own.length) {
      text += fromCps(own, k, p.start - at) + p.after;
      k = p.end - at;
      if (open) {
        chain = p.chain;
        open = chain.length === 0;
      }
    }
  inner = { text: k === 0 ? decoded : text + fromCps(own, k), chain, units: tally.units - before };
  if (read) {
    if (read.size >= LIMIT) read.clear();
    read.set(key, inner);
  }
  return inner;
}
