import { charInfo, SCRIPT, scriptOf } from './charClass.js';
import type { PageEncoder } from './codePages.js';
import { SEGMENT_ENDS } from './loneCjk.js';
import type { LoneSign } from './loneSign.js';

// loneSigns (loneSign.ts) written from its header, one character at a time, with no masks or
// shared scans: each character's line and segment are cut out with string methods, its pages
// decoded with TextDecoder. Test-only (no module of the package imports it); loneSign.prop.test.ts
// holds the two equal.

const SIGNS = '°±£¥¢©®½¼¾×÷²³µ§';
const LINE_ENDS = '\n\r\v\f\u0085\u2028\u2029';
const utf8 = new TextDecoder('utf-8', { fatal: true });

const cjk = (c: string): boolean => {
  const s = scriptOf(charInfo(c.charCodeAt(0)));
  return s === SCRIPT.han || s === SCRIPT.kana || s === SCRIPT.hangul;
};

/** The sign `c` is through `enc`, or ''. */
function signOf(c: string, enc: PageEncoder): string {
  if (!enc.doubleByte) return '';
  const bytes = enc.encode(c.charCodeAt(0));
  if (bytes?.length !== 2 || (bytes[0] !== 0xc2 && bytes[0] !== 0xc3)) return '';
  try {
    const s = utf8.decode(Uint8Array.from(bytes));
    return SIGNS.includes(s) ? s : '';
  } catch {
    return '';
  }
}

/** loneSigns, the slow way. */
export function loneSignsOracle(
  text: string,
  encoders: readonly PageEncoder[],
  applied: readonly number[] = [],
): LoneSign[] {
  const pages = encoders.slice(0, 31);
  const ascii = (j: number): boolean => j < 0 || j >= text.length || text.charCodeAt(j) < 0x80;
  const letter = (j: number): boolean => /[A-Za-z]/.test(text[j] ?? '');
  // Whether the character at j is a sign through e there (no currency sign glued after a digit).
  const ok = (j: number, e: PageEncoder): boolean => {
    const s = signOf(text[j] as string, e);
    const after = /[0-9]/.test(text[j - 1] ?? '');
    // Nor a sign written after a number, or micro (a prefix of a unit), glued before a digit no
    // digit precedes ("¾22", "µ5").
    return (
      s !== '' &&
      !('£¥¢'.includes(s) && after) &&
      !('²³¼½¾µ'.includes(s) && !after && /[0-9]/.test(text[j + 1] ?? '')) &&
      // Nor a degree sign glued before a digit with neither a digit nor a letter before it ("°1";
      // "n°12" is read).
      !(s === '°' && !after && /[0-9]/.test(text[j + 1] ?? '') && !letter(j - 1))
    );
  };
  // Whether the character at j may be a sign: lone between ASCII, a sign through some page.
  const maybe = (j: number): boolean => {
    const c = text[j] as string;
    if (!cjk(c) || c.charCodeAt(0) >= 0xd800) return false;
    if (!ascii(j - 1) || !ascii(j + 1) || (letter(j - 1) && letter(j + 1))) return false;
    return pages.some((e) => ok(j, e));
  };
  const digitSide = (j: number, dir: number): boolean => {
    let k = j + dir;
    while (k >= 0 && k < text.length && (text[k] === ' ' || maybe(k))) k += dir;
    return /[0-9]/.test(text[k] ?? '');
  };
  // Whether the sign e reads at j stands where a text writes it beside a number (loneSign.ts
  // besideNumber): "©" before a year only; "°" and "²³¼½¾µ" before a number with none before
  // only glued after an ASCII letter; "÷" opening its line (or after "(" or "[") only in a text
  // with a Latin letter.
  const fits = (j: number, e: PageEncoder): boolean => {
    const s = signOf(text[j] as string, e);
    const before = digitSide(j, -1);
    const after = digitSide(j, 1);
    if (s === '©') {
      let k = j + 1;
      while (k < text.length && (text[k] === ' ' || maybe(k))) k++;
      return after && /^[0-9]{4}(?![0-9])/.test(text.slice(k));
    }
    if (before || !after) return true;
    if ('°²³¼½¾µ'.includes(s)) return letter(j - 1);
    if (s === '÷') {
      let k = j - 1;
      while (k >= 0 && text[k] === ' ') k--;
      return !(k < 0 || `${LINE_ENDS}([`.includes(text[k] as string)) || /[A-Za-z]/.test(text);
    }
    return true;
  };
  const okHere = (j: number, e: PageEncoder): boolean => ok(j, e) && fits(j, e);
  const sign = (j: number): boolean =>
    maybe(j) && (digitSide(j, -1) || digitSide(j, 1)) && pages.some((e) => okHere(j, e));
  const out: LoneSign[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!sign(i)) continue;
    let a = i;
    while (a > 0 && !LINE_ENDS.includes(text[a - 1] as string)) a--;
    let b = i + 1;
    while (b < text.length && !LINE_ENDS.includes(text[b] as string)) b++;
    let s = i;
    while (s > a && !SEGMENT_ENDS.includes(text[s - 1] as string)) s--;
    let t = i + 1;
    while (t < b && !SEGMENT_ENDS.includes(text[t] as string)) t++;
    const others = (from: number, to: number): number[] => {
      const idx: number[] = [];
      for (let j = from; j < to; j++) idx.push(j);
      return idx;
    };
    const clean = (from: number, to: number): boolean =>
      others(from, to).every(
        (j) => sign(j) || !(cjk(text[j] as string) || /[\ud800-\udbff]/.test(text[j] as string)),
      );
    const common = (from: number, to: number): number[] =>
      pages
        .map((_, p) => p)
        .filter((p) =>
          others(from, to).every((j) => !sign(j) || okHere(j, pages[p] as PageEncoder)),
        );
    const spans: number[][] = [];
    for (let k = 0; k < applied.length; k += 3) spans.push(applied.slice(k, k + 3));
    const touching = (from: number, to: number): number[] =>
      spans
        .filter(([x, y, p]) => (x as number) < to && (y as number) > from && (p as number) >= 0)
        .map((q) => q[2] as number);
    let page = -1;
    const all = text.length;
    if (clean(0, all) && common(0, all).length > 0) {
      const fromRepair = touching(0, all).find((p) => common(0, all).includes(p));
      page = fromRepair ?? (common(0, all)[0] as number);
    } else if (clean(s, t) && common(s, t).length > 0) {
      page = touching(s, t).find((p) => common(s, t).includes(p)) ?? -1;
    }
    if (page >= 0)
      out.push({ at: i, sign: signOf(text[i] as string, pages[page] as PageEncoder), page });
  }
  return out;
}
