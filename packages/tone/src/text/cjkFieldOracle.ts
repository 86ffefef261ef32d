import { charInfo, SCRIPT, scriptOf, unigramCost } from './charClass.js';
import type { FieldSpan } from './cjkField.js';
import type { CodePage } from './codePageList.js';
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
  // One halfwidth katakana (not "ｰ") between two full-width Han or kana costs 1 more.
  const lone = (s: string, i: number): number =>
    /[\uff66-\uff6f\uff71-\uff9d]/.test(s[i] as string) &&
    /^[\u3041-\u30ff\u3400-\u9fff\uf900-\ufaff]$/.test(s[i - 1] ?? '') &&
    /^[\u3041-\u30ff\u3400-\u9fff\uf900-\ufaff]$/.test(s[i + 1] ?? '')
      ? 1
      : 0;
  const rareCost = stretches.reduce(
    (n, x) => n + Array.from(x.s, (c, i) => cost(c) + lone(x.s, i)).reduce((a, b) => a + b, 0),
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
  if (
    rareCost >= (spans.length > 0 ? 1 : 2) &&
    stretches.every((x) => x.rare || spans.some(([a, b]) => a <= x.at && b >= x.at + x.s.length))
  )
    return stretches.flatMap((x, k) =>
      x.rare
        ? [{ at: x.at, end: x.at + x.s.length, after: first.texts[k] as string, page: first.page }]
        : [],
    );
  return byStandardOracle(stretches, encoders, applied, rareCost);
}

/** The field read whole when the standard that writes it best says so (cjkStandards.ts). */
function byStandardOracle(
  stretches: readonly { at: number; s: string }[],
  encoders: readonly PageEncoder[],
  applied: readonly number[],
  rareCost: number,
): FieldSpan[] {
  if (applied.length > 0) return [];
  const readings: { page: number; texts: string[] }[] = [];
  encoders.forEach((enc, page) => {
    if (familyOf(enc.page) < 0) return;
    const texts = stretches.map((x) => reading(x.s, enc));
    if (texts.every((t) => t !== undefined)) readings.push({ page, texts: texts as string[] });
  });
  const first = readings[0];
  if (!first) return [];
  if (readings.some((r) => r.texts.join('\u0000') !== first.texts.join('\u0000'))) return [];
  const field = stretches.map((x) => x.s).join('');
  const fit = bestStandard(field);
  if (fit.whole && rareCost < 1) return [];
  if (fit.cost - bestStandard(first.texts.join('')).cost < 2) return [];
  return stretches.map((x, k) => ({
    at: x.at,
    end: x.at + x.s.length,
    after: first.texts[k] as string,
    page: first.page,
  }));
}

// Each standard as the page that writes it and its levels by the bytes (cjkStandards.ts's
// sources): 0 frequent or no Han, 1 less frequent, undefined outside the standard.
const STANDARD_LEVELS: readonly [string, (b: Uint8Array) => number | undefined][] = [
  [
    'gbk',
    ([l = 0, t = 0]) =>
      l < 0xa1 || l > 0xf7 || t < 0xa1 || t > 0xfe || (l > 0xa9 && l < 0xb0)
        ? undefined
        : l < 0xd8
          ? 0
          : 1,
  ],
  [
    'big5',
    ([l = 0, t = 0]) => {
      const code = (l << 8) | t;
      if (l < 0xa1 || l > 0xf9 || !((t >= 0x40 && t <= 0x7e) || (t >= 0xa1 && t <= 0xfe)))
        return undefined;
      return code <= 0xa3fe || (code >= 0xa440 && code <= 0xc67e)
        ? 0
        : code >= 0xc940
          ? 1
          : undefined;
    },
  ],
  [
    'shift_jis',
    (b) => {
      if (b.length === 1) return b[0] !== undefined && b[0] >= 0xa1 && b[0] <= 0xdf ? 0 : undefined;
      const [l = 0, t = 0] = b;
      const code = (l << 8) | t;
      if (l >= 0x81 && l <= 0x84) return 0;
      if (code >= 0x889f && code < 0x989f) return 0;
      return (l >= 0x98 && l <= 0x9f) || (l >= 0xe0 && l <= 0xea) ? 1 : undefined;
    },
  ],
  [
    'euc-kr',
    ([l = 0, t = 0]) =>
      t < 0xa1 || t > 0xfe
        ? undefined
        : l >= 0xa1 && l <= 0xac
          ? 0
          : l >= 0xb0 && l <= 0xc8
            ? 0
            : l >= 0xca && l <= 0xfd
              ? 1
              : undefined,
  ],
];

/**
 * What `text` costs in the standard that writes it best, each character encoded by iconv-lite,
 * and whether one standard holds every character.
 */
function bestStandard(text: string): { cost: number; whole: boolean } {
  const per = STANDARD_LEVELS.map(([page, level]) =>
    Array.from(text)
      .filter((c) => c >= '\u0080')
      .map((c) => {
        const bytes = encodeWith(c, page as CodePage);
        const ok = decodeWith(bytes, page as CodePage) === c && bytes.length <= 2;
        return ok ? (level(bytes) ?? 2) : 2;
      }),
  );
  return {
    cost: Math.min(...per.map((l) => l.reduce((a, b) => a + b, 0))),
    whole: per.some((l) => l.every((x) => x < 2)),
  };
}
