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
  // Most texts were read through one layer: nothing to do, nothing allocated.
  const one = proposals.find((p) => p.applied && p.chain.length === 2)?.chain;
  if (one === undefined) return proposals;
  const same = proposals.every((p) => p.chain[0] === one[0] && p.chain[1] === one[1]);
  const read = same ? proposals : throughDominant(cps, proposals, encoders);
  const chain = same ? one : (widestChain(read) ?? one);
  const first = encoderOfLabel(chain[0], encoders);
  const second = encoderOfLabel(chain[1], encoders);
  // Runs left only where a single-byte page read a double-byte page's output (the comment above
  // withRunsLeft): 1,728 of text 11's 38,542 messages took a two-page chain, none left such a run.
  if (first === undefined || second === undefined || first.doubleByte || !second.doubleByte)
    return read;
  return withRunsLeft(cps, read, chain, first, second);
}

/** The two-page chain of the applied repairs that wrote the most characters, by family. */
function widestChain(proposals: readonly Proposal[]): readonly string[] | undefined {
  let best: readonly string[] | undefined;
  let most = 0;
  const sizes = new Map<string, number>();
  for (const p of proposals) {
    if (!p.applied || p.chain.length !== 2) continue;
    const key = familyOf(p.chain);
    const size = (sizes.get(key) ?? 0) + p.end - p.start;
    sizes.set(key, size);
    if (size > most) {
      most = size;
      best = p.chain;
    }
  }
  return best;
}

// A run no pass proposed anything for, in a text the chain broke: GBK then Windows-1252 make "ä"
// "ç›²", three characters the cost model lets stand inside a word (a letter, then "›" and "²",
// which may follow one: a single-byte page's reading of the three UTF-8 bytes of the double-byte
// page's Han character), so "Mç›²kinen" gains too little alone, while "Vç›²inæžš" beside it had
// its "æžš" read as "ö" through the chain (the field audit's "Mäkinen Väinö", "Jüri Rätsep"
// through Big5 then Windows-1252: wrong rows, half repaired). A run that is valid UTF-8 through
// both of the chain's pages, read in a text that the chain is known to have broken, is that
// chain's work: text written so reads through the first page only as a character of three or four
// UTF-8 bytes made of that page's characters, and through the second only as the page's own
// two-byte characters whose bytes are UTF-8 again (a clean "café" is E9 through Windows-1252, no
// UTF-8; "東京" has no Windows-1252 bytes). It is applied where the reading costs less than the
// run as it stands.

/**
 * `proposals` with each run of non-ASCII characters that no proposal touches read through `chain`,
 * where both layers are valid UTF-8 and the reading costs less than the run kept (the comment
 * above).
 */
function withRunsLeft(
  cps: readonly number[],
  proposals: readonly Proposal[],
  chain: readonly string[],
  first: PageEncoder,
  second: PageEncoder,
): readonly Proposal[] {
  let out: Proposal[] | undefined;
  let q = 0;
  for (let i = 0; i < cps.length; ) {
    if ((cps[i] as number) < 0x80) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < cps.length && (cps[j] as number) >= 0x80) j++;
    while (q < proposals.length && (proposals[q] as Proposal).end <= i) {
      out?.push(proposals[q] as Proposal);
      q++;
    }
    const next = proposals[q];
    if (next === undefined || next.start >= j) {
      const kept = fromCps(cps, i, j);
      const middle = through(kept, first);
      const after = middle === undefined ? undefined : through(middle, second);
      if (after !== undefined && after !== kept) {
        const gain = textCost(cps, kept, i, j) - textCost(cps, after, i, j);
        if (gain > 0) {
          out ??= proposals.slice(0, q);
          out.push({ start: i, end: j, after, chain, gain, applied: true, tie: false });
        }
      }
    }
    i = j;
  }
  if (out === undefined) return proposals;
  for (; q < proposals.length; q++) out.push(proposals[q] as Proposal);
  return out;
}

/**
 * `proposals` read through the text's dominant two-page chain where one took another way (this
 * file's first comment).
 */
function throughDominant(
  cps: readonly number[],
  proposals: readonly Proposal[],
  encoders: readonly PageEncoder[],
): readonly Proposal[] {
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
