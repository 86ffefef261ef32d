import type { Proposal } from './engine.js';

// The weakest repair the engine makes: a capital and the space after it read as one two-byte
// sequence whose second byte, 0xA0, came back as a space ("Å " → "Š", "Å koda" → "Škoda"). A
// Nordic or Baltic capital standing as a word ("Å ä ö", "Å och Ä": Å is a Swedish word) makes the
// same two characters in clean text. When that is the message's only repair, and the capital
// stands alone as a word or the message holds other non-ASCII text of its own, nothing says it
// went through a wrong page: the repair is reported, not applied. "Ã " (à) is the exception:
// "Ã" is no word, and "Ã  la" is the commonest shape of all. With other repairs beside it
// ("Å veices baÅ†Ä·ieri") the message is mojibake and the repair stands.

const isWordGap = (cp: number | undefined): boolean =>
  cp === undefined || cp === 0x20 || cp === 0x0a || cp === 0x09 || cp === 0x22 || cp === 0x28;

/**
 * Leave a lone "capital + space" repair unapplied when the capital may be a word of clean text.
 *
 * @param cps - The message's code points.
 * @param proposals - Every proposal, in order, without overlaps.
 * @returns The proposals, with such a lone repair no longer applied.
 * @example
 * // "Å ä ö": "Å " → "Š" is the only repair and "ä", "ö" are clean → left as it is.
 * @since 0.1.0
 */
export function withoutLoneSpace(
  cps: readonly number[],
  proposals: readonly Proposal[],
): readonly Proposal[] {
  let lone: Proposal | undefined;
  for (const p of proposals) {
    if (!p.applied) continue;
    if (lone) return proposals;
    lone = p;
  }
  if (!lone || lone.end - lone.start !== 2 || lone.chain.length !== 1) return proposals;
  const lead = cps[lone.start] ?? 0;
  if (cps[lone.start + 1] !== 0x20 || lead === 0xc3) return proposals;
  let ownAccents = false;
  for (let k = 0; k < cps.length && !ownAccents; k++)
    if ((k < lone.start || k >= lone.end) && (cps[k] ?? 0) >= 0x80) ownAccents = true;
  if (!ownAccents && !isWordGap(cps[lone.start - 1])) return proposals;
  return proposals.map((p) => (p === lone ? { ...p, applied: false } : p));
}
