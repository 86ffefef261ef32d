import { describeValue } from '@meridian-cx/core';
import { fail } from '../failures.js';
// Letters of the Arabic script as Persian and Arabic use them, by code point: which join to the
// next letter, which are word characters, which digits fold. Plain tables, no regular expression.

export const ZWNJ = '\u200c';

/** Letters that never join to the following letter (the ZWNJ after them changes nothing visible). */
const RIGHT_JOINING = new Set([...'اآأإٱدذرزژوؤةۀ'].map((c) => c.codePointAt(0) ?? 0));

/** True for an Arabic-script letter or mark, or a ZWNJ: the characters a Persian word is made of. */
export function isWordChar(cp: number): boolean {
  return (
    cp === 0x200c ||
    (cp >= 0x0621 && cp <= 0x065f) ||
    cp === 0x0670 ||
    (cp >= 0x0671 && cp <= 0x06d3) ||
    cp === 0x06d5 ||
    (cp >= 0x06fa && cp <= 0x06ff)
  );
}

/** True when the letter joins to a letter after it (so a ZWNJ after it is visible). */
export function joinsForward(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const cp = ch.codePointAt(0) ?? 0;
  return (
    isWordChar(cp) && cp !== 0x200c && !RIGHT_JOINING.has(cp) && !(cp >= 0x064b && cp <= 0x065f)
  );
}

/** Arabic ي ى ك → Persian ی ی ک. */
export const TO_PERSIAN: ReadonlyMap<string, string> = new Map([
  ['\u064a', '\u06cc'],
  ['\u0649', '\u06cc'],
  ['\u0643', '\u06a9'],
]);

/**
 * Fold Persian ۰–۹ and Arabic-Indic ٠–٩ digits to ASCII, for search keys (never for display).
 *
 * @param text - Any text.
 * @returns The text with those digits as 0–9, everything else as it was.
 * @example
 * foldDigits('سفارش ۱۲۳'); // 'سفارش 123'
 * @since 0.1.0
 */
export function foldDigits(text: string): string {
  if (typeof text !== 'string')
    fail('tone/text-not-a-string', { fn: 'foldDigits', value: describeValue(text) });
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0x06f0 && cp <= 0x06f9) out += String.fromCharCode(0x30 + cp - 0x06f0);
    else if (cp >= 0x0660 && cp <= 0x0669) out += String.fromCharCode(0x30 + cp - 0x0660);
    else out += ch;
  }
  return out;
}
