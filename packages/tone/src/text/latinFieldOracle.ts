import { charInfo, unigramCost } from './charClass.js';
import type { FieldSpan } from './cjkField.js';
import { decodeWith, encodeWith, type PageEncoder } from './codePages.js';
import { segmentCost } from './cost.js';

// latinField (latinField.ts) written from its header with string methods, regular expressions on
// Unicode properties and iconv-lite: each stretch cut out by a regular expression, encoded and
// decoded back through the page by iconv-lite (the round trip), its bytes read by TextDecoder
// (fatal), the reading's characters judged by their Unicode properties; the gain asked of the
// cost model through segmentCost on copies. Test-only (no module of the package imports it);
// latinField.prop.test.ts holds the two equal.

const utf8 = new TextDecoder('utf-8', { fatal: true });
const FAMILIES = [
  ['gbk', 'gb18030'],
  ['shift_jis', 'cp932'],
  ['euc-jp'],
  ['big5', 'cp950'],
  ['euc-kr'],
];
const familyOf = (page: string): number => FAMILIES.findIndex((f) => f.includes(page));
const cost = (c: string): number => unigramCost(charInfo(c.charCodeAt(0)));
const cjkRange = /^[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uff9f]+$/;
/** A Latin letter that is no modifier letter, or a sign of Latin-1, General Punctuation to Letterlike Symbols. */
const latinLetter = /^(?=\p{Script=Latin})(?=\p{L})(?![\u02b0-\u02ff]).$/u;
const latinSign = /^(?=[\p{P}\p{S}\p{No}])[\u00a1-\u00bf\u00d7\u00f7\u2010-\u214f]$/u;

/** What `enc` reads `stretch` as (Latin letters and signs, one at least past ASCII), or undefined. */
function reading(stretch: string, enc: PageEncoder): string | undefined {
  const bytes = encodeWith(stretch, enc.page);
  if (decodeWith(bytes, enc.page) !== stretch) return undefined;
  let out: string;
  try {
    out = utf8.decode(bytes);
  } catch {
    return undefined;
  }
  const past = Array.from(out).filter((c) => c > '\u007f');
  if (past.length === 0) return undefined;
  if (past.some((c) => c.length !== 1 || !(latinLetter.test(c) || latinSign.test(c))))
    return undefined;
  return out;
}

const cps = (s: string): number[] => Array.from(s, (c) => c.codePointAt(0) ?? 0);

/** latinField, the slow way. */
export function latinFieldOracle(
  text: string,
  encoders: readonly PageEncoder[],
  applied: readonly number[] = [],
): FieldSpan[] {
  const units = text.split('');
  if (text.length > 40 || units.some((c) => c < ' ' || c === '\x7f' || /[\ud800-\udfff]/.test(c)))
    return [];
  if ((text.match(/[A-Za-z]/g) ?? []).length < 2) return [];
  const spans: [number, number, number][] = [];
  for (let k = 0; k < applied.length; k += 3)
    spans.push([applied[k] as number, applied[k + 1] as number, applied[k + 2] as number]);
  const toRead = [...text.matchAll(/[\u0080-\uffff]+/g)]
    .map((m) => ({ at: m.index, s: m[0] }))
    .filter((x) => !spans.some(([a, b]) => a <= x.at && b >= x.at + x.s.length));
  if (toRead.length === 0) return [];
  if (toRead.some((x) => !cjkRange.test(x.s))) return [];
  // Halfwidth katakana count only in a stretch glued to an ASCII letter.
  const glued = (x: { at: number; s: string }): boolean =>
    /[A-Za-z]/.test(text[x.at - 1] ?? '') || /[A-Za-z]/.test(text[x.at + x.s.length] ?? '');
  const rareOf = (x: { at: number; s: string }): number =>
    Array.from(x.s)
      .filter((c) => glued(x) || !/[\uff61-\uff9f]/.test(c))
      .map(cost)
      .reduce((a, b) => a + b, 0);
  if (toRead.some((x) => rareOf(x) < 2)) return [];
  const readings: { page: number; texts: string[] }[] = [];
  encoders.forEach((enc, page) => {
    if (!enc.doubleByte || familyOf(enc.page) < 0 || page >= 31) return;
    const texts = toRead.map((x) => reading(x.s, enc));
    if (texts.every((t) => t !== undefined)) readings.push({ page, texts: texts as string[] });
  });
  const first = readings[0];
  if (!first) return [];
  if (readings.some((r) => r.texts.join('\u0000') !== first.texts.join('\u0000'))) return [];
  const family = familyOf((encoders[first.page] as PageEncoder).page);
  if (spans.some(([, , p]) => p < 0 || familyOf((encoders[p] as PageEncoder).page) !== family))
    return [];
  // The field as it came and as read, whole and stretch by stretch.
  let read = '';
  let last = 0;
  toRead.forEach((x, k) => {
    read += text.slice(last, x.at) + first.texts[k];
    last = x.at + x.s.length;
  });
  read += text.slice(last);
  if (segmentCost(cps(text), [], []) - segmentCost(cps(read), [], []) < 2) return [];
  let shift = 0;
  for (const [k, x] of toRead.entries()) {
    const r = first.texts[k] as string;
    const before = segmentCost(
      cps(x.s),
      cps(text.slice(0, x.at)),
      cps(text.slice(x.at + x.s.length)),
    );
    const at = x.at + shift;
    const after = segmentCost(cps(r), cps(read.slice(0, at)), cps(read.slice(at + r.length)));
    if (before < after) return [];
    shift += r.length - x.s.length;
  }
  return toRead.map((x, k) => ({
    at: x.at,
    end: x.at + x.s.length,
    after: first.texts[k] as string,
    page: first.page,
  }));
}
