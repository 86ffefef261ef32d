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
  if (encoders.length > 31) return [];
  const spans: [number, number, number][] = [];
  for (let k = 0; k < applied.length; k += 3)
    spans.push([applied[k] as number, applied[k + 1] as number, applied[k + 2] as number]);
  const toRead = [...text.matchAll(/[\u0080-\uffff]+/g)]
    .map((m) => ({ at: m.index, s: m[0] }))
    .filter((x) => !spans.some(([a, b]) => a <= x.at && b >= x.at + x.s.length));
  if (toRead.length === 0) return [];
  if (toRead.some((x) => !cjkRange.test(x.s))) return [];
  const latin =
    (text.match(/[A-Za-z]/g) ?? []).length < 2 ? [] : latinOracle(text, encoders, spans, toRead);
  return latin.length > 0 ? latin : restOracle(text, encoders, spans, toRead);
}

/** A stretch past ASCII that no applied repair wrote: its UTF-16 offset and its text. */
type Stretch = { at: number; s: string };

/** The Latin reading of the stretches, the slow way (latinField.ts latinStretches). */
function latinOracle(
  text: string,
  encoders: readonly PageEncoder[],
  spans: readonly [number, number, number][],
  toRead: readonly Stretch[],
): FieldSpan[] {
  // Halfwidth katakana count only in a stretch glued to an ASCII letter.
  const glued = (x: Stretch): boolean =>
    /[A-Za-z]/.test(text[x.at - 1] ?? '') || /[A-Za-z]/.test(text[x.at + x.s.length] ?? '');
  // What Japanese spelling adds: a small halfwidth kana after no kana; a stretch of one halfwidth
  // katakana and a full-width sign, glued to an ASCII letter after it.
  const spelt = (x: Stretch, k: number): boolean => {
    const c = x.s[k] as string;
    const before = k > 0 ? (x.s[k - 1] as string) : '';
    return (
      (/[\uff67-\uff6f]/.test(c) && !/[\u3041-\u30ff\u31f0-\u31ff\uff66-\uff9f]/.test(before)) ||
      (k === 1 &&
        x.s.length === 2 &&
        /[A-Za-z]/.test(text[x.at + 2] ?? '') &&
        /[\u3000-\u303f\uff01-\uff60]/.test(c) &&
        /[\uff61-\uff9f]/.test(before))
    );
  };
  const rareOf = (x: Stretch): number =>
    Array.from(x.s)
      .map((c, k) =>
        !glued(x) && !spelt(x, k) && /[\uff61-\uff9f]/.test(c)
          ? 0
          : cost(c) + (spelt(x, k) ? 1 : 0),
      )
      .reduce((a, b) => a + b, 0);
  if (toRead.some((x) => rareOf(x) < 2)) return [];
  const extra = toRead
    .map((x) => Array.from(x.s).filter((_, k) => spelt(x, k)).length)
    .reduce((a, b) => a + b, 0);
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
  const gain = gainOf(text, toRead, first.texts);
  if (gain === undefined || gain + extra < 2) return [];
  return toRead.map((x, k) => ({
    at: x.at,
    end: x.at + x.s.length,
    after: first.texts[k] as string,
    page: first.page,
  }));
}

/**
 * What reading `texts[k]` for each stretch gains over the whole field, undefined when a stretch
 * costs more read than as it came (segmentCost on copies).
 */
function gainOf(
  text: string,
  toRead: readonly Stretch[],
  texts: readonly string[],
): number | undefined {
  let read = '';
  let last = 0;
  toRead.forEach((x, k) => {
    read += text.slice(last, x.at) + texts[k];
    last = x.at + x.s.length;
  });
  read += text.slice(last);
  let shift = 0;
  for (const [k, x] of toRead.entries()) {
    const r = texts[k] as string;
    const before = segmentCost(
      cps(x.s),
      cps(text.slice(0, x.at)),
      cps(text.slice(x.at + x.s.length)),
    );
    const at = x.at + shift;
    const after = segmentCost(cps(r), cps(read.slice(0, at)), cps(read.slice(at + r.length)));
    if (before < after) return undefined;
    shift += r.length - x.s.length;
  }
  return segmentCost(cps(text), [], []) - segmentCost(cps(read), [], []);
}

/** The alphabets a field's rest may be read as (latinField.ts ownScriptRest). */
const REST = [
  /^\p{Script=Greek}$/u,
  /^\p{Script=Cyrillic}$/u,
  /^\p{Script=Armenian}$/u,
  /^\p{Script=Hebrew}$/u,
  /^\p{Script=Arabic}$/u,
  /^\p{Script=Georgian}$/u,
];
/** The index in REST of letter `c`'s script, -1 for another. */
const restScript = (c: string): number => REST.findIndex((r) => r.test(c));
const isLetter = (c: string): boolean => /^\p{L}$/u.test(c) && c !== '\u00aa' && c !== '\u00ba';

/** The rest of a field the engine read in part as an alphabet, the slow way (ownScriptRest). */
function restOracle(
  text: string,
  encoders: readonly PageEncoder[],
  spans: readonly [number, number, number][],
  toRead: readonly Stretch[],
): FieldSpan[] {
  const page = spans[0]?.[2];
  if (page === undefined || page < 0 || page >= 31 || spans.some(([, , p]) => p !== page))
    return [];
  const enc = encoders[page] as PageEncoder;
  if (!enc.doubleByte || familyOf(enc.page) < 0) return [];
  const scripts = spans.map(([a, b]) => {
    const letters = Array.from(text.slice(a, b)).filter(isLetter);
    // Letters of the blocks Greek to Georgian only (U+0370-U+10FF).
    if (letters.some((c) => !/[\u0370-\u10ff]/.test(c))) return -1;
    const found = new Set(letters.map(restScript));
    return letters.length > 0 && found.size === 1 && !found.has(-1) ? [...found][0] : -1;
  });
  const script = scripts[0] as number;
  if (script < 0 || scripts.some((s) => s !== script)) return [];
  const texts: string[] = [];
  for (const x of toRead) {
    const bytes = encodeWith(x.s, enc.page);
    if (decodeWith(bytes, enc.page) !== x.s) return [];
    let out: string;
    try {
      out = utf8.decode(bytes);
    } catch {
      return [];
    }
    const past = Array.from(out).filter((c) => c > '\u007f');
    if (
      past.length === 0 ||
      past.some((c) => c.length !== 1 || !isLetter(c) || restScript(c) !== script)
    )
      return [];
    texts.push(out);
  }
  if (gainOf(text, toRead, texts) === undefined) return [];
  return toRead.map((x, k) => ({
    at: x.at,
    end: x.at + x.s.length,
    after: texts[k] as string,
    page,
  }));
}
