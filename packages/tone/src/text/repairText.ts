import { parseWith } from '@meridian-cx/core';
import { withoutMojibakeAbout } from './aboutMojibake.js';
import { withoutLoneAmbiguous } from './ambiguous.js';
import { RUN_UNITS, workBudget } from './budget.js';
import { cjkField, FIELD_MAX } from './cjkField.js';
import { cannotHoldMojibake, type Made } from './cleanScan.js';
import { DEFAULT_PAGES, encoderFor, encoderOfLabel, type PageEncoder } from './codePages.js';
import { forgetLongWindows } from './cost.js';
import { withDominantChain } from './dominantChain.js';
import { type MemoEntry, type Proposal, readString } from './engine.js';
import { fail } from './failures.js';
import { withGluedNames } from './gluedName.js';
import { halfwidthSigns } from './halfwidthSign.js';
import { withoutHopeless } from './hopeless.js';
import { latinField } from './latinField.js';
import { withoutLoneCjk } from './loneCjk.js';
import { loneSigns } from './loneSign.js';
import { withoutLoneSpace } from './loneSpace.js';
import { withLostLetters } from './lostLetter.js';
import { wholeOwnScript } from './ownScript.js';
import { firstNonAscii } from './runParts.js';
import {
  type Repair,
  type RepairResult,
  RepairTextInputSchema,
  type RepairTextOptions,
} from './schemas.js';
import { withSecondPass } from './secondPass.js';
import { mayReadSloppy } from './sloppyScan.js';
import { MET_FROM, withSloppyStretches } from './sloppyStretch.js';
import { twiceField } from './twiceField.js';
import { wordEndCapitals } from './wordEndCapital.js';

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
/** Texts longer than this get a memo of their own (and the inner layers' paid keys: INNER_ONCE). */
export const SHARED_UP_TO = 10_000;
const shared = new Map<string, Map<string, MemoEntry>>();
const DEFAULT_SIGNATURE: readonly unknown[] = ['', 3, 3, ''];
const DEFAULT_KEY = DEFAULT_SIGNATURE.join('|');
// The default options' memo as `shared` holds it (a call without options asked the map each time:
// ~60 instructions, 35,024 calls of text 11 3 12's fresh pass); forgotten when `shared` is cleared.
let defaultMemo: Map<string, MemoEntry> | undefined;
function memoFor(length: number, signature: readonly unknown[]): Map<string, MemoEntry> {
  if (length > SHARED_UP_TO) return new Map();
  if (signature === DEFAULT_SIGNATURE && defaultMemo !== undefined) return defaultMemo;
  const key = signature === DEFAULT_SIGNATURE ? DEFAULT_KEY : signature.join('|');
  let memo = shared.get(key);
  if (!memo) {
    if (shared.size >= 8) {
      shared.clear();
      defaultMemo = undefined;
    }
    memo = new Map();
    shared.set(key, memo);
  }
  if (key === DEFAULT_KEY) defaultMemo = memo;
  return memo;
}

/**
 * Test-only: forgets the run memos every call shared (and with them the inner layers' readings
 * and the runs proved quiet, kept per memo), as a fresh process has none
 * (memoOrderText.prop.test.ts). Not exported from the package.
 */
export function forgetSharedMemos(): void {
  shared.clear();
  defaultMemo = undefined;
}

// The engine's chains are frozen where they are made, one array per chain, and returned as they
// are; a chain made elsewhere gets one frozen copy, shared by the repairs (and calls) that took it.
const CHAINS = new WeakMap<readonly string[], string[]>();
// The last chain met and what it was returned as: a message's repairs mostly share one chain, and
// Object.isFrozen is a call into V8's C++ builtins that TurboFan does not inline (~160
// instructions, once a repair: 41,837 in text 11 3 12's fresh pass).
let lastChain: readonly string[] | undefined;
let lastChainOut: string[] = [];

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
  const opening = firstNonAscii(input.text);
  if (opening < 0) return untouched(input.text);
  // The long windows costed so far belong to other calls (cost.ts).
  forgetLongWindows();
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
    // `stretches`: the lossy pass's short stretches charged in this call (sloppyStretch.ts
    // chargeOf), kept for a text of more than MET_FROM units only: a key a stretch cost text 11's
    // hot pass 7.6% more instructions (894.9M -> 963.4M), and a short text's budget, 50,000 units
    // at least, is what a long one runs out of.
    budget: {
      left: workBudget(input.text.length),
      short: false,
      id: 0,
      stretches: input.text.length > MET_FROM ? new Set<string>() : undefined,
      // `inner`: the inner layers' keys charged in this call (innerLayer.ts INNER_ONCE), kept for
      // a text with a memo of its own: a memo hit is charged the units its reading did, which an
      // entry made with inner layers the call had paid for would not say to a later call.
      inner: input.text.length > SHARED_UP_TO ? new Set<string>() : undefined,
    },
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
  // A broken text's code points, made by the scan when it had to prove a run, are the engine's.
  // Every field from the start: one shape for V8, whichever the scan sets.
  const made: Made = { cps: undefined, through: undefined, sloppy: undefined, quietTo: undefined };
  if (cannotHoldMojibake(input.text, engine, false, made, opening))
    // A capital at a word's end ("AVÃ”") is a run the masks let through, which the scan proves
    // (and makes the code points for): a text with no such run holds none.
    // A script of its own broken whole through GBK reads as common Han the scan proves too.
    return withOwnScript(
      input.text,
      made.through !== true
        ? untouched(input.text)
        : withWordEndCapitals(input.text, untouched(input.text), encoders, minGain, engine.budget),
      encoders,
      minGain,
      engine.budget,
    );
  let result = readPass(input.text, engine, opts, made.cps, made);
  // A repair can leave text that is mojibake in turn (two layers broken differently: ftfy's
  // "ââ\u0080\u009c live!" reads as "â€“ live!", whose "â€“" is an en dash broken once more):
  // its output is read again, on the same work budget, until nothing changes, so that a second
  // call leaves what the first returned. The proof that an output holds nothing more knows it is
  // one (cleanScan.ts): the U+FFFD a lossy repair wrote, the spaces no 0xA0 can have been, and the
  // repaired words proved before in the stream (most outputs then cost a scan, not a reading).
  for (let pass = 1; result.changed && pass < MAX_PASSES && !engine.budget.short; pass++) {
    // The output's code points, when its scan made them, are the next pass's too.
    const out: Made = {};
    // The output is the input with its applied repairs written in (composed keeps them so, in the
    // input's offsets): before the first of them it is the input's ASCII opening, which the scan
    // need not read again.
    let ascii = opening;
    for (const r of result.repairs) if (r.applied && r.start < ascii) ascii = r.start;
    if (cannotHoldMojibake(result.text, engine, true, out, ascii)) break;
    const next = readPass(result.text, engine, opts, out.cps);
    if (!next.changed) break;
    result = composed(input.text, result, next);
  }
  // A short CJK field is asked about here only: a text the scan proved (above) is one no page
  // reads as UTF-8 at all, or whose runs have no reading, and a field of the audit's broken ones
  // always reached the engine (a field's own reading gains 2, which the engine does not apply).
  // Clean short CJK messages, most of the short ones in a stream, pay nothing (text 11: 9,620
  // short messages proved, 2,504 read).
  return withTwiceField(
    input.text,
    withOwnScript(
      input.text,
      withLatinField(
        input.text,
        withCjkField(
          input.text,
          withLostLetterSpans(
            withWordEndCapitals(input.text, result, encoders, minGain, engine.budget),
          ),
          encoders,
          minGain,
        ),
        encoders,
        minGain,
      ),
      encoders,
      minGain,
      engine.budget,
    ),
    encoders,
    minGain,
  );
}

/**
 * `result` (of `text`) with a short Latin field broken twice, a letter through a double-byte page
 * and then through a single-byte page, read back through both (twiceField.ts), in place of the
 * repairs the passes made there: taken only where every repair they listed lies inside a stretch
 * read so and went through one single-byte page (the outer layer, read alone); each stretch is
 * worth the least gain applied (3), so a call asking more reads none.
 */
function withTwiceField(
  text: string,
  result: RepairResult,
  encoders: readonly PageEncoder[],
  minGain: number,
): RepairResult {
  // Most texts are longer than a field: one comparison.
  if (text.length > FIELD_MAX || minGain > 3) return result;
  const found = twiceField(text, encoders);
  if (found.length === 0) return result;
  for (const r of result.repairs) {
    const page = encoderOfLabel(r.chain[0], encoders);
    if (r.chain.length !== 1 || page === undefined || page.doubleByte) return result;
    if (!found.some((s) => s.at <= r.start && r.end <= s.end)) return result;
  }
  const repairs: Repair[] = [];
  let out = '';
  let at = 0;
  for (const s of found) {
    const chain = [(encoders[s.outer] as PageEncoder).page, (encoders[s.page] as PageEncoder).page];
    repairs.push({
      start: s.at,
      end: s.end,
      before: text.slice(s.at, s.end),
      after: s.after,
      chain: Object.freeze(chain) as string[],
      confidence: confidenceOf(3),
      applied: true,
    });
    out += text.slice(at, s.at) + s.after;
    at = s.end;
  }
  out += text.slice(at);
  return { text: out, changed: true, repairs, complete: result.complete };
}

/**
 * `result` (of `text`) read whole as a script of its own broken through GBK where nothing was
 * repaired and every run of the message reads so (ownScript.ts wholeOwnScript), composed as a
 * pass of its own; each run is worth the least gain applied (3), so a call asking more reads none.
 * Charged to the work budget: past it, the message is not read whole and stands.
 */
function withOwnScript(
  text: string,
  result: RepairResult,
  encoders: readonly PageEncoder[],
  minGain: number,
  budget: { left: number; short: boolean },
): RepairResult {
  if (result.changed || minGain > 3 || result.repairs.length > 0) return result;
  const whole = wholeOwnScript(result.text, encoders, budget);
  if (whole === undefined) return shortOf(result, budget);
  const spans = whole.runs.map((r) => ({ ...r, page: whole.page }));
  return withSpans(text, result, encoders, spans);
}

/**
 * The spans of `result`'s output that its applied repairs wrote, as flat triples (start, end, page
 * index in `encoders` of the repair's last page); with `singleOnly`, a repair through a chain of
 * two pages gets -1 for its page. Asked lazily by the passes that read a repair's page (loneSign.ts,
 * cjkField.ts).
 */
function appliedSpans(
  result: RepairResult,
  encoders: readonly PageEncoder[],
  singleOnly: boolean,
): number[] {
  const spans: number[] = [];
  let shift = 0;
  for (const r of result.repairs) {
    if (!r.applied) continue;
    const page =
      singleOnly && r.chain.length !== 1
        ? -1
        : encoders.findIndex((e) => e.page === r.chain[r.chain.length - 1]);
    spans.push(r.start + shift, r.start + shift + r.after.length, page);
    shift += r.after.length - (r.end - r.start);
  }
  return spans;
}

/**
 * `result` (of `text`) with a short CJK field that its output holds, broken through another CJK
 * page, read back where the field alone says so (cjkField.ts), composed as a pass of its own; each
 * stretch is worth the least gain applied (3), so a call asking more reads none.
 */
function withCjkField(
  text: string,
  result: RepairResult,
  encoders: readonly PageEncoder[],
  minGain: number,
): RepairResult {
  // Most texts are longer than a field: one comparison.
  if (result.text.length > FIELD_MAX || minGain > 3) return result;
  const found = cjkField(result.text, encoders, () => appliedSpans(result, encoders, true));
  if (found.length === 0) return result;
  return withSpans(text, result, encoders, found);
}

/**
 * `result` (of `text`) with a short Latin field's lone letters and signs broken through a
 * double-byte page read back where the field alone says so (latinField.ts), composed as a pass of
 * its own; each stretch is worth the least gain applied (3), so a call asking more reads none.
 */
function withLatinField(
  text: string,
  result: RepairResult,
  encoders: readonly PageEncoder[],
  minGain: number,
): RepairResult {
  // A reading the engine made and another rule left (loneCjk.ts: "iPhone十bug") stays left.
  if (result.text.length > FIELD_MAX || minGain > 3 || result.repairs.some((r) => !r.applied))
    return result;
  const found = latinField(result.text, encoders, () => appliedSpans(result, encoders, true));
  if (found.length === 0) return result;
  return withSpans(text, result, encoders, found);
}

/**
 * `result` with the letters its lossy repairs lost written back where the message's language
 * leaves one (lostLetter.ts): same spans, same lengths (a U+FFFD for a letter of U+0080-U+FFFF),
 * the repair's confidence lowered. Asked only of an output that holds a U+FFFD.
 */
function withLostLetterSpans(result: RepairResult): RepairResult {
  if (!result.changed || !result.text.includes('\ufffd')) return result;
  const restored = withLostLetters(result.text, result.repairs);
  return restored ? { ...result, text: restored.text, repairs: restored.repairs } : result;
}

/**
 * `result` (of `text`) with the capitals its output holds broken at a word's end into "Ã" or "Ă"
 * and ’ “ ” ™ read as those capitals where the message says so (wordEndCapital.ts), composed as a
 * pass of their own; each is worth the least gain applied (3), so a call asking more reads none.
 */
function withWordEndCapitals(
  text: string,
  result: RepairResult,
  encoders: readonly PageEncoder[],
  minGain: number,
  budget: { left: number; short: boolean },
): RepairResult {
  if (minGain > 3) return result;
  const out = result.text;
  // Asked once a page: a pair asks at each capital, and a megabyte holds a quarter of a million.
  const asked: (boolean | undefined)[] = [];
  const through = (index: number): boolean => {
    let known = asked[index];
    if (known === undefined) {
      const page = encoders[index]?.page;
      known = result.repairs.some((r) => r.applied && r.chain[r.chain.length - 1] === page);
      asked[index] = known;
    }
    return known;
  };
  // Charged to the work budget: past it, the capitals after stand (wordEndCapital.ts).
  const capitals = wordEndCapitals(out, encoders, through, budget);
  if (capitals.length === 0) return shortOf(result, budget);
  const spans = capitals.map((c) => ({ at: c.at, end: c.at + 2, after: c.letter, page: c.page }));
  return withSpans(text, shortOf(result, budget), encoders, spans);
}

/**
 * `result` (of `text`) with `spans` of its output (in order, apart) read as their `after`
 * through the call's page `page`, each worth the least gain applied (3), composed as a pass of
 * their own: the last step of withWordEndCapitals and withLoneSigns.
 */
function withSpans(
  text: string,
  result: RepairResult,
  encoders: readonly PageEncoder[],
  spans: readonly { at: number; end: number; after: string; page: number }[],
): RepairResult {
  const out = result.text;
  const repairs: Repair[] = [];
  // The output's pieces, joined once (as readPass's: a rope of `+=` was flattened by its reader).
  const pieces: string[] = [];
  const confidence = confidenceOf(3);
  let at = 0;
  for (const s of spans) {
    repairs.push({
      start: s.at,
      end: s.end,
      before: out.slice(s.at, s.end),
      after: s.after,
      chain: chainOf((encoders[s.page] as PageEncoder).page),
      confidence,
      applied: true,
    });
    pieces.push(out.slice(at, s.at), s.after);
    at = s.end;
  }
  pieces.push(out.slice(at));
  const next = pieces.join('');
  return composed(text, result, { text: next, changed: true, repairs, complete: result.complete });
}

// `result`, saying `complete: false` where the work budget ran out (a pass after the engine's
// spent it: the lone signs).
function shortOf(result: RepairResult, budget: { short: boolean }): RepairResult {
  return budget.short && result.complete ? { ...result, complete: false } : result;
}

/**
 * `result` (of `text`) with the lone CJK characters of its output that are Latin-1 signs broken
 * through a double-byte page (loneSign.ts), or the halfwidth katakana pairs that are such signs
 * broken through Shift-JIS (halfwidthSign.ts), read as those signs, composed as a pass of their own.
 */
function withLoneSigns(
  text: string,
  result: RepairResult,
  encoders: readonly PageEncoder[],
  budget: { left: number; short: boolean },
): RepairResult {
  const out = result.text;
  // The spans of the output that applied repairs wrote, and each one's page (asked only when a
  // character may be a sign). Charged to the work budget: past it, the signs after stand.
  const signs = loneSigns(out, encoders, () => appliedSpans(result, encoders, false), budget);
  if (signs.length > 0) {
    const spans = signs.map((s) => ({ at: s.at, end: s.at + 1, after: s.sign, page: s.page }));
    return withSpans(text, shortOf(result, budget), encoders, spans);
  }
  // A sign through Shift-JIS is two halfwidth katakana (halfwidthSign.ts): asked of a text with
  // no lone CJK character read as one (a text holding one holds no such pair). Charged as a lone
  // sign is: past the budget the pairs after stand.
  let pairs = halfwidthSigns(out, encoders);
  let k = 0;
  for (; k < pairs.length && budget.left > 0; k++) budget.left -= 2 * RUN_UNITS;
  if (k < pairs.length) {
    budget.short = true;
    pairs = pairs.slice(0, k);
  }
  if (pairs.length === 0) return shortOf(result, budget);
  const spans = pairs.map((s) => ({ at: s.at, end: s.end, after: s.sign, page: s.page }));
  return withSpans(text, shortOf(result, budget), encoders, spans);
}

// One frozen chain per page for the signs withLoneSigns reads.
const SIGN_CHAINS = new Map<string, string[]>();
const chainOf = (page: string): string[] => {
  let c = SIGN_CHAINS.get(page);
  if (c === undefined) {
    c = Object.freeze([page]) as string[];
    SIGN_CHAINS.set(page, c);
  }
  return c;
};

/**
 * Whether the caller's pages hold Windows-1252: the lossy pass (sloppyStretch.ts) reads that page
 * alone, layer after layer, and its chains name it; asked for other pages only ("pages: ['gbk']",
 * "['iso-8859-1']"), it would apply a repair through a page the caller left out.
 */
const readsWindows1252 = (encoders: readonly PageEncoder[]): boolean =>
  encoders.some((e) => e.page === 'windows-1252');

type Engine = Parameters<typeof readString>[1] & { budget: { short: boolean } };

/**
 * One reading of `text` (its code points `codes`, when made already): its repairs, applied where
 * sure (see {@link repairText}).
 */
function readPass(
  text: string,
  engine: Engine,
  opts: RepairTextOptions,
  codes?: number[],
  /** What the text's scan learnt of mayReadSloppy(text) (cleanScan.ts Made), if anything. */
  scan?: Made,
): RepairResult {
  const { encoders } = engine;
  const nfc = opts.nfc ?? true;
  const first = readString(text, engine, 0, codes);
  const { cps } = first;
  // The second look (it costs what its windows hold: nothing where no repair leaves one).
  const second = withSecondPass(cps, first.proposals, engine);
  // The sloppy Windows-1252 reading needs a lead byte before a continuation byte or a space.
  // A word its line also writes as the repair would is the customer's evidence (aboutMojibake.ts).
  const proposals = withoutMojibakeAbout(
    cps,
    withDominantChain(
      cps,
      withoutLoneSpace(
        cps,
        withoutLoneCjk(
          cps,
          withGluedNames(
            cps,
            withoutLoneAmbiguous(
              cps,
              (scan?.sloppy ?? mayReadSloppy(text, scan?.quietTo)) && readsWindows1252(encoders)
                ? withoutHopeless(cps, withSloppyStretches(cps, second, engine))
                : second,
              encoders,
            ),
            encoders,
            engine.minGain,
          ),
        ),
      ),
      encoders,
    ),
  );
  const complete = !engine.budget.short;
  if (proposals.length === 0)
    return withLoneSigns(
      text,
      { text: text, changed: false, repairs: [], complete },
      encoders,
      engine.budget,
    );
  // Code point index → UTF-16 offset: the index itself unless the text has surrogate pairs.
  let offsets: Uint32Array | undefined;
  if (cps.length !== text.length) {
    offsets = new Uint32Array(cps.length + 1);
    let u = 0;
    for (let k = 0; k < cps.length; k++) {
      offsets[k] = u;
      u += (cps[k] ?? 0) > 0xffff ? 2 : 1;
    }
    offsets[cps.length] = u;
  }
  const repairs: Repair[] = [];
  // The output's pieces, joined once: built by `+=`, the output was a rope, which every scan of
  // it after (the output's proof, loneSigns, wordEndCapitals, the caller) read through its
  // indirection, and which its first reader flattened into a copy.
  const pieces: string[] = [];
  // Both lists are stored by index: TurboFan left their pushes calls into the Array.prototype.push
  // builtin (--print-opt-code: `call (ArrayPrototypePush)`, ~130 instructions a call), 41,837 repairs
  // of text 11 3 12 each pushed twice (1,360.32M -> 1,349.79M, V59d).
  let at = 0;
  for (let k = 0; k < proposals.length; k++) {
    const p = proposals[k] as Proposal;
    const start = offsets ? (offsets[p.start] ?? 0) : p.start;
    const end = offsets ? (offsets[p.end] ?? 0) : p.end;
    const before = text.slice(start, end);
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
    let chain: string[] | undefined = lastChainOut;
    if (p.chain !== lastChain) {
      chain = Object.isFrozen(p.chain) ? (p.chain as string[]) : CHAINS.get(p.chain);
      if (chain === undefined) {
        chain = Object.freeze([...p.chain]) as string[];
        CHAINS.set(p.chain, chain);
      }
      lastChain = p.chain;
      lastChainOut = chain;
    }
    const c = confidenceOf(p.gain);
    repairs[repairs.length] = {
      start,
      end,
      before,
      after,
      chain,
      confidence: !p.applied ? Math.min(0.5, c / 2) : p.tie ? Math.min(0.6, c) : c,
      applied: p.applied,
    };
    if (p.applied) {
      pieces[pieces.length] = text.slice(at, start);
      pieces[pieces.length] = after;
      at = end;
    }
  }
  let out = text;
  if (pieces.length > 0) {
    pieces[pieces.length] = text.slice(at);
    out = pieces.join('');
  }
  return withLoneSigns(
    text,
    { text: out, changed: out !== text, repairs, complete },
    encoders,
    engine.budget,
  );
}

// Passes of one call (the first and up to three more): each undoes a layer the one before left.
const MAX_PASSES = 4;

/**
 * The repairs of `a` (on `text`) and then of `b` (on `a.text`) as repairs of `text`: a repair of
 * `b` that touches repairs of `a` becomes one repair over their spans, its chain theirs then its
 * own (outermost first), its confidence the least of theirs; a candidate `b` left unapplied over
 * text `a` repaired is dropped, as is one of `a` under a repair of `b`.
 */
function composed(text: string, a: RepairResult, b: RepairResult): RepairResult {
  // The applied repairs of `a` as spans [from, to) of a.text, and the shift each leaves after it.
  const done = a.repairs.filter((r) => r.applied);
  const from: number[] = [];
  const to: number[] = [];
  const shifts: number[] = [];
  let shift = 0;
  for (const r of done) {
    from.push(r.start + shift);
    to.push(r.start + shift + r.after.length);
    shift += r.after.length - (r.end - r.start);
    shifts.push(shift);
  }
  // An offset of a.text outside every applied repair of `a`, as an offset of `text`: less the
  // shift of the last repair that ends at or before it (found by halving).
  const back = (o: number): number => {
    let lo = 0;
    let hi = done.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((to[mid] as number) <= o) lo = mid + 1;
      else hi = mid;
    }
    return o - (lo === 0 ? 0 : (shifts[lo - 1] as number));
  };
  // With no applied repair in `a` (its text the input's), `b`'s repairs are the input's as they
  // are: no copy of each (a pass of half a million lone signs made one object more per repair).
  const same = done.length === 0 && a.text === text;
  const merged: Repair[] = same ? (b.repairs as Repair[]) : [];
  let k = 0;
  for (let q = 0; !same && q < b.repairs.length; q++) {
    let r = b.repairs[q] as Repair;
    // Both lists run by start: the repairs of `a` that end before this one starts are behind.
    while (k < done.length && (to[k] as number) <= r.start) k++;
    let lo = r.start;
    let hi = r.end;
    let chain = r.chain;
    let confidence = r.confidence;
    let touches = false;
    let after = '';
    const first = r.start;
    let at = first;
    // The repairs of `b` that the same repairs of `a` hold are one repair (a cluster).
    for (let m = k; ; ) {
      for (; m < done.length && (from[m] as number) < hi; m++) {
        if (!touches) chain = Object.freeze([...(done[m] as Repair).chain, ...r.chain]) as string[];
        touches = true;
        lo = Math.min(lo, from[m] as number);
        hi = Math.max(hi, to[m] as number);
        confidence = Math.min(confidence, (done[m] as Repair).confidence);
      }
      if (touches && !r.applied) break;
      after += a.text.slice(at, r.start) + r.after;
      at = r.end;
      if (!touches) break;
      // The next applied repair of `b` inside the cluster joins it; unapplied ones there are
      // candidates over text already repaired, and are dropped.
      let next = b.repairs[q + 1];
      while (next !== undefined && next.start < hi && !next.applied) next = b.repairs[++q + 1];
      if (next === undefined || next.start >= hi) break;
      r = next;
      q++;
      hi = Math.max(hi, r.end);
      confidence = Math.min(confidence, r.confidence);
    }
    if (touches && !r.applied) continue;
    const start = back(lo);
    const end = back(hi);
    merged.push({
      start,
      end,
      before: text.slice(start, end),
      after: a.text.slice(lo, first) + after + a.text.slice(at, hi),
      chain,
      confidence,
      applied: r.applied,
    });
  }
  // The repairs of `a` that no applied repair of `b` covers, and those of `b`, by start.
  const repairs: Repair[] = [];
  let m = 0;
  for (const r of a.repairs) {
    while (m < merged.length && (merged[m] as Repair).start < r.start) {
      repairs.push(merged[m] as Repair);
      m++;
    }
    const last = repairs[repairs.length - 1];
    const next = merged[m];
    const covered =
      (last?.applied && last.end > r.start && last.start < r.end) ||
      (next?.applied && next.start < r.end && next.end > r.start);
    // A candidate `a` left and `b` proposed again over the same unrepaired text (a later pass
    // reads it as the first did) is listed once, as `b` says it: each pass had listed it anew
    // (64 KB of twice-broken text, lossy: 225 candidates three times each).
    const again =
      !r.applied &&
      next !== undefined &&
      !next.applied &&
      next.start === r.start &&
      next.end === r.end &&
      next.after === r.after;
    if (!covered && !again) repairs.push(r);
  }
  while (m < merged.length) repairs.push(merged[m++] as Repair);
  return { text: b.text, changed: b.text !== text, repairs, complete: b.complete };
}
