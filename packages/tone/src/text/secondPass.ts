import { type EngineOptions, type Proposal, repairString } from './engine.js';

// A second look at the runs the first pass left alone, now that their neighbours are repaired:
// "Ð " before "Ñƒ…" cannot be judged while its neighbour is still mojibake, and reads as "Р"
// next to "у…". Proposals of the second pass that touch no repair of the first are mapped back
// to the input's code points and merged; the rest are dropped.

/** Merge a second pass over the first pass's output into the first pass's proposals. */
export function withSecondPass(
  cps: readonly number[],
  first: readonly Proposal[],
  firstText: string,
  options: EngineOptions,
): Proposal[] {
  const applied = first.filter((p) => p.applied);
  if (applied.length === 0) return [...first];
  if (!worthASecondLook(firstText, applied)) return [...first];
  const second = repairString(firstText, options, 0).proposals.filter((p) => p.applied);
  if (second.length === 0) return [...first];
  // Where each first-pass repair sits in the output, and how much it shifted what follows.
  const images: { start: number; end: number; shift: number }[] = [];
  let shift = 0;
  for (const p of applied) {
    const len = [...p.after].length;
    images.push({ start: p.start - shift, end: p.start - shift + len, shift });
    shift += p.end - p.start - len;
  }
  const merged = [...first];
  for (const q of second) {
    if (images.some((im) => q.start < im.end && im.start < q.end)) continue;
    const before = images.filter((im) => im.end <= q.start);
    const delta =
      before.length === 0 ? 0 : (before.at(-1)?.shift ?? 0) + lastShift(applied, before.length);
    const start = q.start + delta;
    const end = q.end + delta;
    if (start < 0 || end > cps.length) continue;
    if (merged.some((p) => start < p.end && p.start < end)) continue;
    merged.push({ ...q, start, end });
  }
  return merged.sort((a, b) => a.start - b.start);
}

/** The shift added by the `n`-th applied repair itself (original length − repaired length). */
function lastShift(applied: readonly Proposal[], n: number): number {
  const p = applied[n - 1];
  return p ? p.end - p.start - [...p.after].length : 0;
}

/**
 * True when some non-ASCII character the first pass did not repair sits within two characters of
 * one it did: only there can a repaired neighbour change a verdict. Linear.
 */
function worthASecondLook(firstText: string, applied: readonly Proposal[]): boolean {
  const out = [...firstText];
  const repaired = new Uint8Array(out.length);
  let shift = 0;
  for (const p of applied) {
    const len = [...p.after].length;
    const start = p.start - shift;
    repaired.fill(1, start, start + len);
    shift += p.end - p.start - len;
  }
  for (let i = 0; i < out.length; i++) {
    if (repaired[i] || (out[i]?.codePointAt(0) ?? 0) < 0x80) continue;
    for (let d = -2; d <= 2; d++) if (d !== 0 && repaired[i + d]) return true;
  }
  return false;
}
