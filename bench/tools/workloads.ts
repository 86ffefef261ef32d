// Fixed workloads for measuring a change, outside the benches (not run in CI):
//   record  OUT.jsonl       redact's output on the labelled corpus (seeds 1-12 x 700 messages, those
//                           messages joined by 20, pseudonymise mode): two trees that write the same
//                           file behave the same on it (the "identity" check of a speed change).
//   redact  SEED [PASSES]   redact over generateCorpus(SEED, 6000) PASSES times (1 unless given),
//                           each text flattened first as the bench's are (T69c; the counts
//                           before were of ropes); prints a hash of the last pass's output
//                           (warm.sh: 3 passes less 1).
//   text    SEED [PASSES] [FRESH]
//                           repairText over the text bench's never-seen messages (4 MB) PASSES times
//                           (1 unless given), the last over seed FRESH's messages when given (new
//                           to the memos); prints a hash of the last pass's output. A pass after
//                           the first meets the same messages with the code compiled and the memos
//                           as the passes before left them (bounded: most runs of the stream are
//                           memo hits in one pass already, T33d's 90.8%), so warm.sh's figure is
//                           the steady cost of a long-running process, compiling cancelled out.
//   transcripts SEED EVERY [PASSES] [CORPUS]
//                           redact over the redact bench's transcripts (../transcripts.ts, the
//                           bench's own generator): 600,000 characters where one turn in EVERY is a
//                           labelled corpus message (from seed SEED up) and the others plain turns
//                           in its language, or EVERY "none": plain turns only. SEED 1 is the
//                           bench's mix at BENCH_SCALE=0.3. PASSES and the hash as for redact.
//                           CORPUS passes (0 unless given) over those labelled messages run first,
//                           as the bench runs its corpus before its transcripts: the code is then
//                           compiled for the corpus's texts, not for the mix's alone.
//                           The hash of the output cost ~100 instructions a character (~61M of
//                           a pass, 48% of "none"'s count, T65a) before fnv.ts (T65f: int32
//                           locals, same hashes, ~36 a character); since session 56 the last
//                           pass keeps its outputs and hashes them after hotPass.sh's count.
// `instructions.sh` bundles this file and counts its instructions under valgrind: a figure that
// does not swing with the machine's load, for changes too small for the bench's CPU ratio.
// With HOT_PASS_DIR set (hotPass.sh), redact, transcripts and text hand over before their last pass: they write
// DIR/ready, wait for DIR/go, run the last pass, write DIR/done and wait for DIR/stop, so that
// callgrind counts that pass alone.
import { existsSync, writeFileSync } from 'node:fs';
import { redact } from '@meridian-cx/privacy';
import { repairText } from '@meridian-cx/tone/text';
import { generateCorpus } from '../../packages/privacy/test/redact/corpus/index.js';
import { distinctMessages } from '../textCorpus.js';
import { benchMessages, transcriptMix } from '../transcripts.js';
import { hasher } from './fnv.js';

/**
 * The FNV-1a hash of a pass's outputs, in order: the same value the pass's own running hash
 * printed before session 56. The pass keeps its outputs and hashes them here, after hotPass.sh has
 * switched its collection off: hashing inside the pass was 93.9M of text 11 3 12's 1,515.8M (6.2%)
 * and ~4% of redact 1 8 (V55e's profiles), a fixed cost that understated every gain in percent.
 */
function hashOf(outputs: readonly string[]): string {
  const h = hasher();
  for (const s of outputs) h.add(s);
  return h.hex();
}

/** The hand-over of hotPass.sh around the last pass (nothing without HOT_PASS_DIR). */
function handOver(signal: string, waitFor: string): void {
  const dir = process.env.HOT_PASS_DIR;
  if (dir === undefined) return;
  writeFileSync(`${dir}/${signal}`, '');
  const cell = new Int32Array(new SharedArrayBuffer(4));
  while (!existsSync(`${dir}/${waitFor}`)) Atomics.wait(cell, 0, 0, 20);
}

const [mode, arg] = process.argv.slice(2);
if (mode === 'record') {
  const lines: string[] = [];
  const put = (text: string, locale: string, mode?: 'pseudonymise') => {
    const r = redact(text, mode ? { locale, mode } : { locale });
    lines.push(JSON.stringify([r.text, r.findings.map((f) => [f.start, f.end, f.type])]));
  };
  for (let seed = 1; seed <= 12; seed++) {
    const ms = generateCorpus(seed, 700);
    for (const m of ms) put(m.text, m.locale);
    for (let i = 0; i + 20 <= ms.length; i += 20) {
      const group = ms.slice(i, i + 20);
      put(group.map((m) => m.text).join('\n'), (group[0] as { locale: string }).locale);
    }
    if (seed <= 2) for (const m of ms) put(m.text, m.locale, 'pseudonymise');
  }
  writeFileSync(arg ?? 'record.jsonl', `${lines.join('\n')}\n`);
  console.log(`${lines.length} outputs written to ${arg ?? 'record.jsonl'}`);
} else if (mode === 'redact') {
  // Flat, as the bench's messages are (transcripts.ts benchMessages, the same idiom): the
  // generator's texts are ropes, whose every read walked the tree (~6% of this count, T69c).
  const corpus = generateCorpus(Number(arg ?? 1), 6000).map((m) => ({
    ...m,
    text: JSON.parse(JSON.stringify(m.text)) as string,
  }));
  const passes = Number(process.argv[4] ?? 1);
  // The passes before the last are not hashed: warm.sh's difference of two counts is redact's alone
  // (and the last's hash comes after hotPass.sh has switched its count off).
  for (let p = 1; p < passes; p++) for (const m of corpus) redact(m.text, { locale: m.locale });
  handOver('ready', 'go');
  const outs: string[] = [];
  for (const m of corpus) outs.push(redact(m.text, { locale: m.locale }).text);
  handOver('done', 'stop');
  console.log(`redact seed ${arg ?? 1}: ${hashOf(outs)}`);
} else if (mode === 'transcripts') {
  const seed = Number(arg ?? 1);
  const every = process.argv[4] ?? '3';
  if (every !== 'none' && !/^[1-9][0-9]*$/.test(every))
    throw new RangeError(`transcripts: EVERY is a whole number from 1 or "none", not ${every}`);
  const size = 600_000;
  const labelled = benchMessages(size, seed);
  const mix = transcriptMix(
    labelled,
    every === 'none' ? Number.POSITIVE_INFINITY : Number(every),
    size,
  );
  const passes = Number(process.argv[5] ?? 1);
  const corpusPasses = Number(process.argv[6] ?? 0);
  for (let p = 0; p < corpusPasses; p++)
    for (const m of labelled) redact(m.text, { locale: m.locale });
  for (let p = 1; p < passes; p++) for (const m of mix) redact(m.text, { locale: m.locale });
  handOver('ready', 'go');
  const outs: string[] = [];
  for (const m of mix) outs.push(redact(m.text, { locale: m.locale }).text);
  handOver('done', 'stop');
  console.log(`transcripts seed ${seed} every ${every}: ${hashOf(outs)}`);
} else if (mode === 'text') {
  const messages = distinctMessages(4_000_000, Number(arg ?? 11));
  const passes = Number(process.argv[4] ?? 1);
  // As for redact: only the last pass is hashed, so that 3 passes less 1 is repairText's alone.
  for (let p = 1; p < passes; p++) for (const m of messages) repairText(m.text);
  // FRESH: the last pass reads the messages of that seed instead, never seen by the passes before
  // (what a long-running stream meets: its code and memos warm, its messages new).
  const fresh = process.argv[5];
  const last = fresh === undefined ? messages : distinctMessages(4_000_000, Number(fresh));
  handOver('ready', 'go');
  const outs: string[] = [];
  for (const m of last) outs.push(repairText(m.text).text);
  handOver('done', 'stop');
  console.log(`text seed ${arg ?? 11}: ${hashOf(outs)}`);
} else {
  console.error(
    'usage: workloads.ts record OUT.jsonl | redact SEED [PASSES] | transcripts SEED EVERY [PASSES] [CORPUS] | text SEED [PASSES] [FRESH]',
  );
  process.exitCode = 2;
}
