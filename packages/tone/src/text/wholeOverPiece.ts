import type { PageEncoder } from './codePages.js';
import type { PageReading, Proposal } from './engine.js';

/**
 * A run's readings (best first) with a reading that reads the run whole where the best one reads
 * only a piece of it put first, in place, and the readings of pieces dropped: where another
 * reading applies one proposal over the whole run (of `length` code points), single-layer, with no
 * lost byte and nothing its page could read again (the run's bytes are that text, whole), and the
 * proposals `readings[0]` applies leave part of the run as it came. The best reading leaves the
 * rest of that span as it came, mojibake the other page explains, and its gain is counted between
 * that mojibake ("æ‰‹累å’Œ": ISO-8859-15 reads only
 * "çŽ¯" as "累", 7), the whole reading's between the run's real neighbours ("Xiaomi手环和iPad":
 * Han glued to Latin words, 5): the gains are not of the same text, and a piece is no reading of
 * its own beside the page that reads its bytes and its neighbours' as one text, as a page alike
 * is none (readRun.ts). Every reading that applies a proposal and leaves part of the run is
 * dropped, so none is a rival, a voter or a gain for the tie-break (engine.ts). Not a stretch
 * inside the run: "ã¢â‚¬â„¢ãƒæ’ã‚â¢" (lowercased mojibake three layers deep) holds Windows-1250's
 * "€" inside Windows-1252's "€™", both pieces of garble (hopeless.ts withdraws the first).
 */
export function wholeOverPiece(readings: PageReading[], length: number): void {
  const best = readings[0];
  if (best === undefined || readings.length < 2 || !piece(best, length)) return;
  for (let k = 1; k < readings.length; k++) {
    const r = readings[k] as PageReading;
    if (r.gain <= 0 || !r.proposals.some((p) => whole(r.page, p, length))) continue;
    let n = 0;
    readings[n++] = r;
    for (const o of readings) if (o !== r && !piece(o, length)) readings[n++] = o;
    readings.length = n;
    return;
  }
}

/** Whether `r` applies a proposal and leaves part of the run (of `length`) as it came. */
function piece(r: PageReading, length: number): boolean {
  let covered = 0;
  let any = false;
  for (const p of r.proposals)
    if (p.applied) {
      any = true;
      covered += p.end - p.start;
    }
  return any && covered < length;
}

/**
 * Whether `p` is an applied single-layer reading of the whole run (of `length`) by single-byte
 * `page`, with no lost byte and nothing the page could read again: each character it writes is
 * one the page lacks or writes as ASCII ("手环和", not "â€": Windows-1252's "Ã¢â‚¬" whole is
 * mojibake still, and its pieces "€" stay as they were).
 */
function whole(page: PageEncoder, p: Proposal, length: number): boolean {
  if (!p.applied || p.chain.length !== 1 || p.start !== 0 || p.end !== length) return false;
  const flat = page.flat;
  if (flat === undefined) return false;
  for (const c of p.after) {
    const cp = c.codePointAt(0) as number;
    if (cp === 0xfffd || (cp < 0x10000 && (flat[cp] as number) >= 0x80)) return false;
  }
  return true;
}
