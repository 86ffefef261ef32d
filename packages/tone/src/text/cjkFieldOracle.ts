import { charInfo, SCRIPT, scriptOf, unigramCost } from './charClass.js';
import type { FieldSpan } from './cjkField.js';
import { decodeWith, encodeWith, type PageEncoder } from './codePages.js';

// cjkField (cjkField.ts) written from its header with string methods and iconv-lite: each
// stretch cut out by a regular expression, encoded and decoded back through the page by iconv-lite
// (the round trip), its bytes read by TextDecoder (fatal), the reading re-encoded as UTF-8 to see
// that each character took three bytes. Test-only (no module of the package imports it);
// cjkField.prop.test.ts holds the two equal.

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

/** 'hangul', 'han' (Han or kana) or '' for a character that is not common CJK. */
function system(c: string): string {
  if (cost(c) !== 0) return '';
  const s = scriptOf(charInfo(c.charCodeAt(0)));
  return s === SCRIPT.hangul ? 'hangul' : s === SCRIPT.han || s === SCRIPT.kana ? 'han' : '';
}

/** What `enc` reads `stretch` as, or undefined. */
function reading(stretch: string, enc: PageEncoder): string | undefined {
  const bytes = encodeWith(stretch, enc.page);
  if (decodeWith(bytes, enc.page) !== stretch) return undefined;
  let out: string;
  try {
    out = utf8.decode(bytes);
  } catch {
    return undefined;
  }
  if (new TextEncoder().encode(out).length !== 3 * out.length) return undefined;
  const systems = new Set(Array.from(out, system));
  if (systems.has('') || systems.size !== 1) return undefined;
  return out;
}

/** cjkField, the slow way. */
export function cjkFieldOracle(
  text: string,
  encoders: readonly PageEncoder[],
  applied: readonly number[] = [],
): FieldSpan[] {
  if (text.length > 40 || Array.from(text).some((c) => c < ' ' || c === '\x7f')) return [];
  const stretches = [...text.matchAll(/[^ -~]+/g)].map((m) => ({
    at: m.index,
    s: m[0],
    rare: Array.from(m[0]).some((c) => cost(c) > 0),
  }));
  if (stretches.some((x) => !cjkRange.test(x.s))) return [];
  const rareCost = stretches.reduce(
    (n, x) => n + Array.from(x.s, cost).reduce((a, b) => a + b, 0),
    0,
  );
  const readings: { page: number; texts: string[] }[] = [];
  encoders.forEach((enc, page) => {
    if (familyOf(enc.page) < 0) return;
    const texts = stretches.map((x) => (x.rare ? reading(x.s, enc) : ''));
    if (texts.every((t) => t !== undefined)) readings.push({ page, texts: texts as string[] });
  });
  const first = readings[0];
  if (!first) return [];
  if (readings.some((r) => r.texts.join('\u0000') !== first.texts.join('\u0000'))) return [];
  const family = familyOf((encoders[first.page] as PageEncoder).page);
  const spans: [number, number, number][] = [];
  for (let k = 0; k < applied.length; k += 3)
    spans.push([applied[k] as number, applied[k + 1] as number, applied[k + 2] as number]);
  if (spans.some(([, , p]) => p < 0 || familyOf((encoders[p] as PageEncoder).page) !== family))
    return [];
  if (rareCost < (spans.length > 0 ? 1 : 2)) return [];
  for (const x of stretches)
    if (!x.rare && !spans.some(([a, b]) => a <= x.at && b >= x.at + x.s.length)) return [];
  return stretches.flatMap((x, k) =>
    x.rare
      ? [{ at: x.at, end: x.at + x.s.length, after: first.texts[k] as string, page: first.page }]
      : [],
  );
}
