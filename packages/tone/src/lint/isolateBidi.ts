// Wrap left-to-right runs (order numbers, e-mail addresses, URLs) inside right-to-left text in
// FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, so that they keep their order on screen.
import { stringArg } from '../boundary.js';

/** U+2068 FIRST STRONG ISOLATE. */
export const FSI = '\u2068';
/** U+2069 POP DIRECTIONAL ISOLATE. */
export const PDI = '\u2069';

// A token that needs isolation: it holds a Latin letter or a digit and reads left to right
// (order ids, e-mails, URLs, phone numbers with separators). Plain digits alone display fine.
const LTR_TOKEN = /[A-Za-z0-9][A-Za-z0-9@._:/#?=&%+~-]*[A-Za-z0-9/]|[A-Za-z]/g;

/** The [start, end) spans of left-to-right tokens that are not already isolated. */
export function ltrRuns(text: string): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  let depth = 0;
  let isolatedUntil = -1;
  // Positions inside an existing isolate (LRI, RLI, FSI … PDI) are skipped.
  const inside: boolean[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\u2066' || ch === '\u2067' || ch === FSI) depth++;
    else if (ch === PDI && depth > 0) depth--;
    inside[i] = depth > 0 || ch === PDI;
  }
  for (const m of text.matchAll(LTR_TOKEN)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (start <= isolatedUntil || inside[start] === true) continue;
    // Digits only (no Latin letter, no separator) need no isolate.
    if (!/[A-Za-z@/:._#-]/.test(m[0])) continue;
    runs.push({ start, end });
    isolatedUntil = end;
  }
  return runs;
}

/**
 * Isolate every left-to-right token of a right-to-left text (FSI … PDI). Idempotent: isolated
 * tokens are left alone. Use it on Arabic, Persian and Hebrew replies that embed an order number,
 * an e-mail or a URL.
 *
 * @param text - A reply in a right-to-left language.
 * @returns The text with each LTR token wrapped in U+2068 … U+2069.
 * @throws {MeridianError} `tone/invalid-argument` when the text is not a string.
 * @example
 * isolateBidi('طلبك A-1042 في الطريق'); // 'طلبك \u2068A-1042\u2069 في الطريق'
 * @since 0.1.0
 */
export function isolateBidi(text: string): string {
  stringArg(text, 'isolateBidi', 'text');
  let out = '';
  let last = 0;
  for (const { start, end } of ltrRuns(text)) {
    out += `${text.slice(last, start)}${FSI}${text.slice(start, end)}${PDI}`;
    last = end;
  }
  return out + text.slice(last);
}
