import { parseWith } from '@meridian-cx/core';
import { withoutLoneAmbiguous } from './ambiguous.js';
import { workBudget } from './budget.js';
import { cannotHoldMojibake } from './cleanScan.js';
import { DEFAULT_PAGES, encoderFor, type PageEncoder } from './codePages.js';
import { withDominantChain } from './dominantChain.js';
import { type MemoEntry, type Proposal, readString } from './engine.js';
import { fail } from './failures.js';
import { withoutHopeless } from './hopeless.js';
import { withoutLoneSpace } from './loneSpace.js';
import { hasNonAscii } from './runParts.js';
import {
  type Repair,
  type RepairResult,
  RepairTextInputSchema,
  type RepairTextOptions,
} from './schemas.js';
import { withSecondPass } from './secondPass.js';
import { mayReadSloppy } from './sloppyScan.js';
import { withSloppyStretches } from './sloppyStretch.js';

const DEFAULT_MAX_LENGTH = 10_000_000;

// One array for the default pages, so that per-call caches keyed on it (page masks) are reused.
let defaults: PageEncoder[] | undefined;
function defaultEncoders(): PageEncoder[] {
  defaults ??= DEFAULT_PAGES.map((p) => encoderFor(p));
  return defaults;
}

// Readings of runs, shared between calls with the same options: a stream of messages repeats its
// words. Bounded (the engine clears a memo at 20,000 entries); long texts get their own memo, so
// that the runs of one large document are not kept after the call.
const SHARED_UP_TO = 10_000;
const shared = new Map<string, Map<string, MemoEntry>>();
const DEFAULT_SIGNATURE: readonly unknown[] = ['', 3, 3, ''];
const DEFAULT_KEY = DEFAULT_SIGNATURE.join('|');
function memoFor(length: number, signature: readonly unknown[]): Map<string, MemoEntry> {
  if (length > SHARED_UP_TO) return new Map();
  const key = signature === DEFAULT_SIGNATURE ? DEFAULT_KEY : signature.join('|');
  let memo = shared.get(key);
  if (!memo) {
    if (shared.size >= 8) shared.clear();
    memo = new Map();
    shared.set(key, memo);
  }
  return memo;
}

// One frozen copy of each chain the engine used, shared by the repairs (and calls) that took it.
const CHAINS = new WeakMap<readonly string[], string[]>();

/** A text read whole and left as it is. */
const untouched = (text: string): RepairResult => ({
  text,
  changed: false,
  repairs: [],
  complete: true,
});

// The NFC form of each repaired text, shared between calls: a stream of messages repeats them.
const NORMAL = new Map<string, string>();

/** A gain of `g` cost units, as a 0-1 confidence: 3 → 0.53, 6 → 0.78, 12 → 0.95. */
const confidenceOf = (gain: number): number => Math.round((1 - Math.exp(-gain / 4)) * 100) / 100;

/**
 * Repair what a wrong code page did to a text: UTF-8 bytes that were decoded as Windows-1252,
 * GBK, Shift-JIS, KOI8-R or any page of {@link CODE_PAGES}, once, twice, or only in one field of
 * an otherwise clean message. A repair is applied only when it is unambiguous and the result is
 * clearly more likely as human text; anything less is reported (`applied: false`) and left as it
 * was. Clean text is never touched; repaired spans are normalised to NFC, nothing else is.
 *
 * @param text - The text as received.
 * @param options - Pages to consider, longest chain, minimum gain, NFC; see {@link RepairTextOptions}.
 * @returns The repaired text, whether it changed, every repair with its span in the input, and
 *   whether the whole text was read (`complete`: false when the work budget ran out first).
 * @throws {ValidationError} `tone/invalid-repair-text-input` when the text is not a string or an option is out of range.
 * @throws {MeridianError} `tone/text-too-long` when the text exceeds `maxLength`.
 * @example
 * repairText('Dziękujemy za kontakt z działem obs艂ugi klienta').text;
 * // 'Dziękujemy za kontakt z działem obsługi klienta'
 * @since 0.1.0
 */
export function repairText(text: string, options?: RepairTextOptions): RepairResult {
  // A string and no options is the whole of the common call: the schema is read only otherwise.
  const input =
    typeof text === 'string' && options === undefined
      ? { text, options: undefined }
      : parseWith(RepairTextInputSchema, options === undefined ? { text } : { text, options }, {
          package: 'tone',
          what: 'repair-text-input',
        });
  const opts = input.options ?? {};
  const limit = opts.maxLength ?? DEFAULT_MAX_LENGTH;
  if (input.text.length > limit) fail('tone/text-too-long', { length: input.text.length, limit });
  // Fast path: mojibake needs a non-ASCII character (UTF-8 multi-byte sequences never contain
  // ASCII bytes, and C1 controls and U+FFFD are not ASCII either).
  if (!hasNonAscii(input.text)) return untouched(input.text);
  const encoders =
    opts.pages === undefined ? defaultEncoders() : opts.pages.map((p) => encoderFor(p));
  const minGain = opts.minGain ?? 3;
  const maxChain = opts.maxChain ?? 3;
  const engine = {
    encoders,
    maxChain,
    minGain,
    preferCommon: opts.onTie !== 'leave',
    // Once spent, the runs not yet read are left as they stand (budget.ts).
    budget: { left: workBudget(input.text.length), short: false },
    memo: memoFor(
      input.text.length,
      input.options === undefined
        ? DEFAULT_SIGNATURE
        : [opts.pages?.join() ?? '', maxChain, minGain, opts.onTie ?? ''],
    ),
  };
  // Fast path: one scan proves no run could be read as UTF-8 by any page, or the runs it lets
  // through are proved to have no reading (quietRun.ts) without the engine (which it may have to
  // ask about an inner layer, with the engine's options and memo).
  if (cannotHoldMojibake(input.text, engine)) return untouched(input.text);
  const nfc = opts.nfc ?? true;
  const first = readString(input.text, engine, 0);
  const { cps } = first;
  // The second look (it costs what its windows hold: nothing where no repair leaves one).
  const second = withSecondPass(cps, first.proposals, engine);
  // The sloppy Windows-1252 reading needs a lead byte before a continuation byte or a space.
  const proposals = withDominantChain(
    cps,
    withoutLoneSpace(
      cps,
      withoutLoneAmbiguous(
        cps,
        mayReadSloppy(input.text)
          ? withoutHopeless(cps, withSloppyStretches(cps, second, engine))
          : second,
        encoders,
      ),
    ),
    encoders,
  );
  const complete = !engine.budget.short;
  if (proposals.length === 0) return { text: input.text, changed: false, repairs: [], complete };
  // Code point index → UTF-16 offset: the index itself unless the text has surrogate pairs.
  let offsets: Uint32Array | undefined;
  if (cps.length !== input.text.length) {
    offsets = new Uint32Array(cps.length + 1);
    let u = 0;
    for (let k = 0; k < cps.length; k++) {
      offsets[k] = u;
      u += (cps[k] ?? 0) > 0xffff ? 2 : 1;
    }
    offsets[cps.length] = u;
  }
  const repairs: Repair[] = [];
  let out = '';
  let at = 0;
  for (let k = 0; k < proposals.length; k++) {
    const p = proposals[k] as Proposal;
    const start = offsets ? (offsets[p.start] ?? 0) : p.start;
    const end = offsets ? (offsets[p.end] ?? 0) : p.end;
    const before = input.text.slice(start, end);
    // Repeated repairs read the same: each distinct one is normalised once (bounded, shared).
    let after = p.after;
    if (nfc) {
      const known = NORMAL.get(after);
      if (known === undefined) {
        if (NORMAL.size >= 4096) NORMAL.clear();
        after = after.normalize('NFC');
        NORMAL.set(p.after, after);
      } else after = known;
    }
    if (after === before) continue;
    let chain = CHAINS.get(p.chain);
    if (chain === undefined) {
      chain = Object.freeze([...p.chain]) as string[];
      CHAINS.set(p.chain, chain);
    }
    const c = confidenceOf(p.gain);
    repairs.push({
      start,
      end,
      before,
      after,
      chain,
      confidence: !p.applied ? Math.min(0.5, c / 2) : p.tie ? Math.min(0.6, c) : c,
      applied: p.applied,
    });
    if (p.applied) {
      out += input.text.slice(at, start) + after;
      at = end;
    }
  }
  out += input.text.slice(at);
  return { text: out, changed: out !== input.text, repairs, complete };
}
