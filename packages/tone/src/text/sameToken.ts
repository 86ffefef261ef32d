// A file name or a URL path is one token: no space inside, words joined by "_", "-", "." and
// digits. When one of its groups is repaired through a page ("SipariÅŸ" → "Sipariş", Windows-1252),
// the bytes of the name went through that page together, and a later group of the same name that
// the same page reads whole as UTF-8, no worse than it stands ("Ã–zeti", "Åžubat": a capital and a
// dash or a C1 letter, two characters each, too little evidence alone), broke the same way. The
// message's own page decides such groups when the message has one (engine.ts, script consistency);
// a name alone in a short line gives no page enough votes, so its repaired group speaks for the
// rest of its token. Clean text never has a repaired group to speak for it. The look back is
// bounded (REACH): a text with no space is one long token, and each group left unrepaired in it
// must not scan back to its start.

import type { Proposal } from './engine.js';

/** How far back (code points) a group looks for a repaired group of its token. */
export const REACH = 128;

/** Whether `cp` ends a token: a space of any width, a break or a control. */
const endsToken = (cp: number): boolean =>
  cp <= 0x20 || cp === 0xa0 || cp === 0x3000 || (cp >= 0x2000 && cp <= 0x200a);

/**
 * Whether `cps[from, to)` holds nothing that ends a token (the two ends are in one file name, one
 * URL path, one word).
 *
 * @param cps - The message's code points.
 * @param from - Where the earlier group ended.
 * @param to - Where the later group starts (`from <= to`).
 * @returns True when no space, break or control lies between them.
 * @example
 * sameToken([...'Åž_Ã–'].map((c) => c.codePointAt(0) ?? 0), 2, 3); // true: "_" joins them
 * @since 0.1.0
 */
export function sameToken(cps: readonly number[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (endsToken(cps[k] ?? 0)) return false;
  return true;
}

/**
 * The one-page chain of the nearest applied repair before `start` in the same token, within
 * {@link REACH} code points, if there is one.
 *
 * @param out - The proposals decided so far, in order (all before `start`).
 * @param cps - The message's code points.
 * @param start - Where the group left unrepaired starts.
 * @returns The chain of that repair (one page, the frozen array the engine shares), or undefined.
 * @example
 * // "SipariÅŸ_Ã–zeti": before "Ã–", "ÅŸ" was repaired through Windows-1252 → ['windows-1252'].
 * @since 0.1.0
 */
export function repairedBefore(
  out: readonly Proposal[],
  cps: readonly number[],
  start: number,
): readonly string[] | undefined {
  let to = start;
  for (let k = out.length - 1; k >= 0; k--) {
    const p = out[k] as Proposal;
    if (start - p.end > REACH || !sameToken(cps, p.end, to)) return undefined;
    if (p.applied) return p.chain.length === 1 ? p.chain : undefined;
    to = p.start;
  }
  return undefined;
}
