import type { PageEncoder } from './codePages.js';
import type { WordEndCapital } from './wordEndCapital.js';

// wordEndCapitals (wordEndCapital.ts) written from its header with Unicode property escapes and
// string slices, one index at a time, each page's reading decoded with TextDecoder. Test-only (no
// module of the package imports it); wordEndCapital.prop.test.ts holds the two equal.

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The capital `lead` and `sign` are through `enc` as UTF-8 bytes, or ''. */
function capitalOf(lead: string, sign: string, enc: PageEncoder): string {
  if (enc.doubleByte) return '';
  const a = enc.encode(lead.charCodeAt(0));
  const b = enc.encode(sign.charCodeAt(0));
  if (a?.length !== 1 || b?.length !== 1 || a[0] !== 0xc3) return '';
  try {
    const s = utf8.decode(Uint8Array.from([a[0], b[0] as number]));
    return /^\p{Lu}$/u.test(s) ? s : '';
  } catch {
    return '';
  }
}

/** {@link wordEndCapitals}, by brute force. */
export function wordEndCapitalsOracle(
  text: string,
  encoders: readonly PageEncoder[],
  repairedThrough: (index: number) => boolean,
): WordEndCapital[] {
  const found: WordEndCapital[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    const m = /^([ÃĂ])([’“”™])(?![\p{L}\p{N}])/u.exec(text.slice(i));
    if (!m) continue;
    const lead = m[1] as string;
    const sign = m[2] as string;
    const word = /(?<![\p{L}\p{N}])\p{L}+$/u.exec(text.slice(0, i))?.[0];
    if (word === undefined || !/^\p{Lu}+$/u.test(word)) continue;
    if (lead === 'Ã' ? /[ÃÕÇ]/u.test(word) : /[ĂÂÎ]/u.test(word)) continue;
    if (lead === 'Ã' && /[ĐđƠơƯư\u1ea0-\u1ef9]/u.test(text)) continue;
    if (lead === 'Ă' && /[ăȘșȚțŞşŢţ]/u.test(text)) continue;
    const page = encoders.findIndex((e) => capitalOf(lead, sign, e) !== '');
    if (page < 0) continue;
    const before = text.slice(0, i);
    const opens =
      sign === '’' ? /['‘‚‛]/u.test(before) : /["“„‟]/u.test(before) || /(?<![ÃĂ])”/u.test(before);
    let reads: boolean;
    if (sign === '™') reads = /[AEIOY]$/u.test(word) || repairedThrough(page);
    else if (lead === 'Ă' && sign !== '“') reads = !opens && repairedThrough(page);
    else reads = !opens;
    if (reads)
      found.push({ at: i, letter: capitalOf(lead, sign, encoders[page] as PageEncoder), page });
  }
  return found;
}
