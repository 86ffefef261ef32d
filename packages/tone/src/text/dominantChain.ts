import { encoderOfLabel, type PageEncoder } from './codePages.js';
import type { Proposal } from './engine.js';
import { textCost } from './readRun.js';
import { fromCps } from './runParts.js';
import { decodeChecked, utf8SequenceLength } from './utf8.js';

// A text mis-decoded twice went through one pipeline: every run of it took the same two pages.
// The engine reads an inner layer run by run, with no votes across runs at that depth, so a short
// run may keep one layer ("РІ" for "в" in Russian read twice as Windows-1251: two letters gain too
// little alone), or take a page that reads it as well as the text's own ("Ăź" is "ß" through
// Windows-1250 and "ü" through ISO-8859-2; the rest of the text only reads through the latter).
// After the passes, the two-page chain that explains the most repaired characters is tried on the
// other readings, applied or left as uncertain: one that stopped after its first page is read one
// layer further through the second, one whose second page differs is read through the chain's;
// the reading is applied where it is valid UTF-8 all the way down and costs no more than what the
// text keeps there.

/**
 * `proposals` with the readings that stopped short of, or strayed from, the text's dominant
 * two-page chain read through it.
 */
export function withDominantChain(
  cps: readonly number[],
  proposals: readonly Proposal[],
  encoders: readonly PageEncoder[],
): readonly Proposal[] {
  // Most texts were read through one layer, or all through one chain: nothing to do, nothing
  // allocated.
  const one = proposals.find((p) => p.applied && p.chain.length === 2)?.chain;
  if (one === undefined || proposals.every((p) => p.chain[0] === one[0] && p.chain[1] === one[1]))
    return proposals;
  // Filled by push, not map: map's result came out holey once deep in the never-seen stream (its
  // 825th call, message 46,000), another map for `keys`, and V8 deoptimised this pass there.
  const keys: string[] = [];
  const heads: string[] = [];
  for (const p of proposals) {
    keys.push(familyOf(p.chain));
    heads.push(headOf(p.chain));
  }
  // The two-page chains applied, by family, and whether any other reading took another way from
  // one's first page (in most texts one chain and none: nothing to do).
  const chains = new Map<string, readonly string[]>();
  const sizes = new Map<string, number>();
  proposals.forEach((p, i) => {
    const key = keys[i] as string;
    if (!p.applied || p.chain.length !== 2) return;
    chains.set(key, p.chain);
    sizes.set(key, (sizes.get(key) ?? 0) + p.end - p.start);
  });
  const firsts = new Set([...chains.values()].map((c) => headOf(c)));
  const strays = keys.some((k, i) => !chains.has(k) && firsts.has(heads[i] as string));
  if (chains.size < 2 && !strays) return proposals;
  // The chain that could read the most characters of the applied repairs, among the three that
  // repaired the most (a bound: a megabyte of mixed mojibake may hold hundreds of chains).
  let best: readonly string[] | undefined;
  let most = 0;
  const ranked = [...sizes].sort((a, b) => b[1] - a[1]).slice(0, 3);
  for (const [key] of ranked) {
    const chain = chains.get(key) as readonly string[];
    const head = headOf(chain);
    let read = 0;
    proposals.forEach((p, i) => {
      if (
        p.applied &&
        (keys[i] === key || (heads[i] === head && readThrough(cps, p, chain, encoders)))
      )
        read += p.end - p.start;
    });
    if (read > most) {
      most = read;
      best = chain;
    }
  }
  if (best === undefined) return proposals;
  const out: Proposal[] = [];
  const bestKey = familyOf(best);
  const bestHead = headOf(best);
  for (const [i, p] of proposals.entries()) {
    const after =
      keys[i] !== bestKey && heads[i] === bestHead
        ? readThrough(cps, p, best, encoders)
        : undefined;
    // Against what the text keeps: the repair, or the span as it stands where none was applied.
    const kept = p.applied ? p.after : fromCps(cps, p.start, p.end);
    out.push(
      after === undefined ||
        after === kept ||
        textCost(cps, after, p.start, p.end) > textCost(cps, kept, p.start, p.end)
        ? p
        : {
            start: p.start,
            end: p.end,
            after,
            chain: best,
            gain: p.gain,
            applied: true,
            tie: p.tie,
            seqs: p.seqs,
          },
    );
  }
  return out;
}

/**
 * What `chain` reads `p`'s span as, `p` having taken the chain's first page and stopped there, or
 * another second page; undefined where a layer is not valid UTF-8.
 */
function readThrough(
  cps: readonly number[],
  p: Proposal,
  chain: readonly string[],
  encoders: readonly PageEncoder[],
): string | undefined {
  const second = encoderOfLabel(chain[1], encoders);
  if (second === undefined) return undefined;
  if (p.chain.length === 1) return through(p.after, second);
  const first = encoderOfLabel(p.chain[0], encoders);
  const middle = first && through(fromCps(cps, p.start, p.end), first);
  return middle === undefined ? undefined : through(middle, second);
}

/** A chain's pages, a Windows page and its browser variant alike (they differ in C1 slots only). */
function familyOf(chain: readonly string[]): string {
  // Kept per chain: the engine's readings share their chains, and a text broken twice asked for
  // each proposal's family and first page's (two strings each, most of this pass's time).
  let family = FAMILIES.get(chain);
  if (family === undefined) {
    family = chain.join().replaceAll('+browser', '');
    FAMILIES.set(chain, family);
  }
  return family;
}
const FAMILIES = new WeakMap<readonly string[], string>();

/** The family of a chain's first page ({@link familyOf} of it alone). */
function headOf(chain: readonly string[]): string {
  const head = chain[0] ?? '';
  return head.includes('+') ? head.replaceAll('+browser', '') : head;
}

/** `text` encoded with `page` and read back as UTF-8, if valid (a repair is not ASCII: it holds a sequence). */
function through(text: string, page: PageEncoder): string | undefined {
  const bytes: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    // A C1 control is the byte of its number in a browser's reading of a Windows page.
    const b = cp < 0x80 || page.isBrowserSlot(cp) ? [cp] : page.encode(cp);
    if (b === undefined) return undefined;
    bytes.push(...b);
  }
  for (let i = 0; i < bytes.length; i++) {
    if ((bytes[i] as number) < 0x80) continue;
    const n = utf8SequenceLength(bytes, i, bytes.length);
    if (n === 0) return undefined;
    i += n - 1;
  }
  return decodeChecked(bytes, 0, bytes.length);
}
