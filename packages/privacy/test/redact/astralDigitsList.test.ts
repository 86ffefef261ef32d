// The list of decimal digits past the BMP that redact folds (astralDigits.ts), its test, and the
// fold itself, each held to the platform's \p{Nd} and NFKC and to a brute-force oracle. The fold
// takes the Mathematical letters (U+1D400-1D7FF) to their NFKC as well (T51a), and the circled
// letters, the circled digits beside another and the squared capitals (T52a), the circled digits
// beside an ASCII digit and the superscript and subscript digits beside another (T53a).
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  ASTRAL_DIGIT_ZEROS,
  ASTRAL_FOLDED,
  astralFoldOf,
  foldAstral,
} from '../../src/redact/astralDigits.js';

const listed = new Map(
  ASTRAL_DIGIT_ZEROS.flatMap((zero) => Array.from({ length: 10 }, (_, d) => [zero + d, d])),
);
const isDigit = (c: number): boolean => /\p{Nd}/u.test(String.fromCodePoint(c));
// The list is Unicode 16's; a platform of an older Unicode knows fewer (engines: node >= 20.11).
const UNICODE_16 = Number(process.versions.unicode?.split('.')[0] ?? 0) >= 16;

describe('ASTRAL_DIGIT_ZEROS', () => {
  it("knows every decimal digit past the BMP that the platform knows (\\p{Nd}), each run's zero", () => {
    const wrong: string[] = [];
    for (let c = 0x10000; c < 0x110000; c++)
      if (isDigit(c) ? !listed.has(c) : UNICODE_16 && listed.has(c)) wrong.push(c.toString(16));
    expect(wrong).toEqual([]);
    // Each listed zero starts a run, or follows one of ten (U+116DA, the Mathematical fonts).
    for (const zero of ASTRAL_DIGIT_ZEROS)
      if (isDigit(zero - 1)) expect(listed.get(zero - 1), `U+${zero.toString(16)}`).toBe(9);
  });
});

/** A Mathematical Alphanumeric symbol whose NFKC is one BMP unit: that unit. */
function mathUnit(c: number): string | undefined {
  if (c < 0x1d400 || c > 0x1d7ff) return undefined;
  const nfkc = String.fromCodePoint(c).normalize('NFKC');
  return nfkc.length === 1 ? nfkc : undefined;
}

/** A Letterlike Symbol (U+2100-214F) whose NFKC is one ASCII letter: that letter. */
function letterlikeUnit(c: number): string | undefined {
  if (c < 0x2100 || c > 0x214f) return undefined;
  const nfkc = String.fromCharCode(c).normalize('NFKC');
  return /^[A-Za-z]$/.test(nfkc) ? nfkc : undefined;
}

/** A squared capital 🄰-🅉 (U+1F130-1F149): its NFKC, one ASCII letter. */
function squaredUnit(c: number): string | undefined {
  if (c < 0x1f130 || c > 0x1f149) return undefined;
  return String.fromCodePoint(c).normalize('NFKC');
}

/** A circled letter or digit of Enclosed Alphanumerics (U+2460-24FF) one ASCII unit in NFKC. */
function circledUnit(c: number): string | undefined {
  if (c < 0x2460 || c > 0x24ff) return undefined;
  const nfkc = String.fromCharCode(c).normalize('NFKC');
  return /^[A-Za-z0-9]$/.test(nfkc) ? nfkc : undefined;
}

const isCircledDigit = (c: number): boolean => /^[0-9]$/.test(circledUnit(c) ?? '');

/** A superscript or subscript digit (Latin-1's ¹²³, U+2070-2089): its NFKC, one ASCII digit. */
function scriptUnit(c: number): string | undefined {
  if (c > 0xff && (c < 0x2070 || c > 0x2089)) return undefined;
  const nfkc = String.fromCharCode(c).normalize('NFKC');
  return /^[0-9]$/.test(nfkc) && nfkc !== String.fromCharCode(c) ? nfkc : undefined;
}
const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

describe('ASTRAL_FOLDED', () => {
  it('matches a listed digit, a Mathematical symbol one BMP unit in NFKC or a squared capital, no other pair', () => {
    const wrong: string[] = [];
    for (let c = 0x10000; c < 0x110000; c++) {
      const folds = listed.has(c) || mathUnit(c) !== undefined || squaredUnit(c) !== undefined;
      const pair = String.fromCodePoint(c);
      if (ASTRAL_FOLDED.test(pair) !== folds) wrong.push(c.toString(16));
      // astralFoldOf looks for where one may start first: it agrees.
      if ((astralFoldOf(` ${pair}`) !== undefined) !== folds) wrong.push(`${c.toString(16)} of`);
    }
    expect(wrong).toEqual([]);
    // Every assigned symbol of the block but its 28 holes (the Letterlike Symbols stand there).
    let math = 0;
    for (let c = 0x1d400; c <= 0x1d7ff; c++) if (mathUnit(c) !== undefined) math++;
    expect(math).toBe(1024 - 28);
    expect(ASTRAL_FOLDED.test('0123456789 ٠١٢ ０１ 😀 \ud835 \udfce')).toBe(false);
  });

  it('matches a circled letter, a circled digit beside another or an ASCII digit, two superscript or subscript digits: no other BMP unit', () => {
    const wrong: string[] = [];
    let letters = 0;
    let digits = 0;
    let scripts = 0;
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      const u = circledUnit(c);
      const letter = u !== undefined && !isCircledDigit(c);
      const script = scriptUnit(c) !== undefined;
      if (letter) letters++;
      if (isCircledDigit(c)) digits++;
      if (script) scripts++;
      const twice = u !== undefined || script;
      const glued = u !== undefined;
      const cases: readonly (readonly [string, string, boolean])[] = [
        ['alone', ch, letter],
        ['spaced', `${ch} ${ch}`, letter],
        ['twice', ch + ch, twice],
        ['before 4', `${ch}4`, glued],
        ['after 4', `4${ch}`, glued],
      ];
      for (const [name, text, folds] of cases) {
        if (ASTRAL_FOLDED.test(text) !== folds) wrong.push(`${c.toString(16)} ${name}`);
        // astralFoldOf looks for where one may start first: it agrees, at a text's start too.
        if ((astralFoldOf(text) !== undefined) !== folds)
          wrong.push(`${c.toString(16)} ${name} of`);
        if ((astralFoldOf(`a${text}`) !== undefined) !== folds)
          wrong.push(`${c.toString(16)} ${name} of a`);
      }
    }
    expect(wrong).toEqual([]);
    // Ⓐ-Ⓩ, ⓐ-ⓩ; ①-⑨ and ⓪; ¹²³ ⁰⁴-⁹ ₀-₉.
    expect([letters, digits, scripts]).toEqual([52, 10, 20]);
    expect(ASTRAL_FOLDED.test('① 090-1234-5678 ② 注文番号 12345678')).toBe(false);
    expect(ASTRAL_FOLDED.test('④①①①')).toBe(true);
    expect(ASTRAL_FOLDED.test('card ④111')).toBe(true);
    expect(ASTRAL_FOLDED.test('10² m² 20 €¹ 4711² H₂O')).toBe(false);
    expect(ASTRAL_FOLDED.test('⁴¹¹¹')).toBe(true);
  });
});

/**
 * The fold, a code point at a time: the brute force. `takes` counts the code points it folds that
 * are no Letterlike Symbol (those fold only in a copy made for another); `starts` the offsets of
 * the circled digits it folds with no digit (ASCII or circled) before them and one after them.
 * Those in `kept` it keeps.
 */
function oracle(
  text: string,
  kept: ReadonlySet<number> = new Set(),
): { text: string; at: number[]; takes: number; starts: number[] } {
  let out = '';
  const at: number[] = [];
  const starts: number[] = [];
  let takes = 0;
  let i = 0;
  const points = Array.from(text);
  points.forEach((ch, k) => {
    const c = ch.codePointAt(0) as number;
    const d = listed.get(c);
    let u =
      d === undefined
        ? (mathUnit(c) ?? squaredUnit(c) ?? circledUnit(c) ?? scriptUnit(c))
        : String(d);
    const is = (p: string | undefined, f: (c: number) => boolean): boolean =>
      p !== undefined && f(p.codePointAt(0) as number);
    const digit = (c: number): boolean => isCircledDigit(c) || isAsciiDigit(c);
    const script = (c: number): boolean => scriptUnit(c) !== undefined;
    // A circled digit with no digit before or after it is a list's marker: kept. One with a
    // digit after it only is a start: kept where asked.
    if (isCircledDigit(c)) {
      // After a digit and "-", "." or "/" it is inside a number: no start.
      const inside = /^[-./]$/.test(points[k - 1] ?? '') && is(points[k - 2], digit);
      const before = is(points[k - 1], digit);
      const after = is(points[k + 1], digit);
      const start = !before && after && !inside;
      if (start && !kept.has(i)) starts.push(i);
      if (!before && (!after || (start && kept.has(i)))) u = undefined;
    }
    // A superscript or subscript digit with none beside it is an exponent or a footnote: kept.
    if (script(c) && !is(points[k - 1], script) && !is(points[k + 1], script)) u = undefined;
    if (u !== undefined) takes++;
    else u = letterlikeUnit(c);
    at.push(i);
    if (u === undefined) {
      // A pair that is no digit nor letter keeps its two units, each where it was.
      if (ch.length === 2) at.push(i + 1);
      out += ch;
    } else out += u;
    i += ch.length;
  });
  at.push(i);
  return { text: out, at, takes, starts };
}

const units = fc.oneof(
  fc.constantFrom(...ASTRAL_DIGIT_ZEROS).chain((z) => fc.constant(String.fromCodePoint(z + 7))),
  fc.integer({ min: 0, max: 9 }).map((d) => String.fromCodePoint(0x1d7ce + d)),
  fc.constantFrom('4', ' ', '-', 'a', 'é', '٣', '😀', '🤣', '𝐀', '\ud835', '\udfce', '\ud83e'),
  fc.integer({ min: 0x1d400, max: 0x1d7ff }).map((c) => String.fromCodePoint(c)),
  fc.integer({ min: 0x2100, max: 0x214f }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
  // Enclosed Alphanumerics and its Supplement, the circled digits (runs of them) most of all.
  fc.integer({ min: 0x2440, max: 0x24ff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('①', '④', '⑨', '⓪', '⑩', '⓵', '❶', '\ud83c'),
  // The superscript and subscript digits and their neighbours (signs, "ⁱ", "ⁿ", Latin-1's "ª").
  fc.integer({ min: 0x2068, max: 0x209f }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('¹', '²', '³', 'ª', 'º', '¼', '⁴', '₀', '₉'),
  fc.integer({ min: 0x1f100, max: 0x1f1ff }).map((c) => String.fromCodePoint(c)),
);

describe('foldAstral', () => {
  test.prop([fc.array(units, { maxLength: 60 }).map((a) => a.join(''))])(
    'agrees with the fold a code point at a time',
    (text) => {
      const { text: folded, at, starts } = foldAstral(text);
      const o = oracle(text);
      expect(folded).toBe(o.text);
      expect(Array.from(at)).toEqual(o.at);
      expect(starts).toEqual(o.starts);
      // The test is true where the fold takes a unit or pair (a Letterlike Symbol aside).
      expect(ASTRAL_FOLDED.test(text)).toBe(o.takes > 0);
      expect(astralFoldOf(text)?.text).toBe(o.takes > 0 ? o.text : undefined);
    },
  );

  test.prop([
    fc.array(fc.oneof(units, fc.constantFrom('①', '⓪', '4', '0', ' ', '-', '.')), {
      maxLength: 40,
    }),
    fc.array(fc.boolean(), { maxLength: 40 }),
  ])('keeps the starts it is asked to keep, as the brute force does', (parts, picks) => {
    const text = parts.join('');
    const kept = new Set(oracle(text).starts.filter((_, k) => picks[k] === true));
    const { text: folded, at, starts } = foldAstral(text, kept);
    const o = oracle(text, kept);
    expect([folded, Array.from(at), starts]).toEqual([o.text, o.at, o.starts]);
  });

  it('folds every Mathematical symbol to its NFKC, and is idempotent', () => {
    let all = '';
    for (let c = 0x1d400; c <= 0x1d7ff; c++) all += String.fromCodePoint(c);
    const { text: folded } = foldAstral(all);
    expect(folded).toBe(oracle(all).text);
    expect(folded).toContain('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz');
    expect(folded).toContain('ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΘΣΤΥΦΧΨΩ∇αβγ');
    expect(foldAstral(folded).text).toBe(folded);
    expect(foldAstral('ℯℊℴ ℤℕℂ ℎ ℌℭ K').text).toBe('ego ZNC h HC K');
  });

  it('folds a text longer than one chunk of units', () => {
    const text = `${'𝟒'.repeat(9000)}x${'😀'.repeat(5000)}`;
    const { text: folded, at } = foldAstral(text);
    expect(folded).toBe(`${'4'.repeat(9000)}x${'😀'.repeat(5000)}`);
    expect(at[9000]).toBe(18000);
    expect(at[folded.length]).toBe(text.length);
  });
});

// The circled and squared letters and digits (T52a): each the fold takes is one unit for one ASCII
// unit in NFKC; each of their neighbours it leaves, and why, held to the platform's NFKC.
describe('foldAstral on the enclosed alphanumerics', () => {
  it('folds the circled letters and the squared capitals, and circled digits two or more together', () => {
    let circled = '';
    for (let c = 0x24b6; c <= 0x24e9; c++) circled += String.fromCharCode(c);
    let squared = '';
    for (let c = 0x1f130; c <= 0x1f149; c++) squared += String.fromCodePoint(c);
    const AZ = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    expect(foldAstral(circled).text).toBe(AZ + AZ.toLowerCase());
    expect(foldAstral(squared).text).toBe(AZ);
    expect(foldAstral('⓪①②③④⑤⑥⑦⑧⑨').text).toBe('0123456789');
    expect(foldAstral('① 090 ②注文 ⓪⑦⑨ ⑨').text).toBe('① 090 ②注文 079 ⑨');
    expect(foldAstral('ⓐ①ⓑ②③').text).toBe('a①b23');
    // Glued to an ASCII digit, a circled digit is the number's (T53a); before a number, a start.
    expect(foldAstral('card ④111 1111 1111 111①').text).toBe('card 4111 1111 1111 1111');
    expect(foldAstral('①090 ① 090 ②注文').starts).toEqual([0]);
    expect(foldAstral('①⓪⑨⓪ x④1 1④').starts).toEqual([0, 6]);
    expect(foldAstral('①⑧⓪-⑦⑧⑨ ④.⑤⑥ -⑦⑧').starts).toEqual([0, 14]);
    expect(foldAstral('①⓪⑨⓪', new Set([0])).text).toBe('①090');
  });

  it('folds superscript and subscript digits two or more together, one alone kept', () => {
    let all = '';
    for (let c = 0x2070; c <= 0x2089; c++) all += String.fromCharCode(c);
    expect(foldAstral(`¹²³ ${all}`).text).toBe('123 ⁰ⁱ\u2072\u2073456789⁺⁻⁼⁽⁾ⁿ0123456789');
    expect(foldAstral('card ⁴¹¹¹ ¹¹¹¹, tel ₀₇₉₁₁').text).toBe('card 4111 1111, tel 07911');
    for (const kept of ['10²', 'm²', 'Preis 20 €¹', 'ref 4711²', 'H₂O', 'x₁ + x²', '4①²'])
      expect(foldAstral(kept).text.replace('①', '1')).toBe(kept.replace('①', '1'));
  });

  /** Why the fold leaves a neighbour of the letters and digits it takes: its NFKC. */
  function leftBecause(c: number): string {
    const nfkc = String.fromCodePoint(c).normalize('NFKC');
    if (nfkc === String.fromCodePoint(c)) return 'no decomposition';
    if (/^[0-9]{2}$/.test(nfkc)) return 'two digits';
    if (/^\([0-9A-Za-z]+\)$/.test(nfkc)) return 'parenthesized';
    if (/^[0-9]+[.,]$/.test(nfkc)) return 'digit and stop or comma';
    if (/^[A-Z]{2,3}$/.test(nfkc)) return 'two or three letters';
    if (/^[A-Z]$/.test(nfkc)) return 'a sign, not an alphabet';
    if (/^[a-z]$/.test(nfkc)) return 'a small letter, not a digit';
    return 'other';
  }

  it('leaves every other circled, parenthesized, squared and negative symbol, each for its reason', () => {
    const ranges: readonly (readonly [number, number])[] = [
      [0x2460, 0x24ff], // Enclosed Alphanumerics
      [0x2776, 0x2793], // Dingbats: ❶ ➀ ➊
      [0x3251, 0x325f], // Enclosed CJK: ㉑-㉟
      [0x32b1, 0x32bf], // ㊱-㊿
      [0x1f100, 0x1f1ff], // Enclosed Alphanumeric Supplement
      [0x00a0, 0x00ff], // Latin-1: ¹²³ and the ordinals ª º
      [0x2070, 0x209f], // Superscripts and Subscripts
    ];
    const left = new Map<string, string[]>();
    for (const [from, to] of ranges)
      for (let c = from; c <= to; c++) {
        const ch = String.fromCodePoint(c);
        const folded = foldAstral(ch + ch).text;
        if (folded !== ch + ch) {
          expect(folded, c.toString(16)).toBe(ch.normalize('NFKC').repeat(2));
          continue;
        }
        const why = leftBecause(c);
        left.set(why, [...(left.get(why) ?? []), ch]);
      }
    const runs = (why: string): string => (left.get(why) ?? []).join('');
    expect(runs('two digits')).toBe(
      '⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟㊱㊲㊳㊴㊵㊶㊷㊸㊹㊺㊻㊼㊽㊾㊿',
    );
    expect(runs('parenthesized')).toContain('⑴⑵⑶');
    expect(runs('parenthesized')).toContain('⒜⒝');
    expect(runs('parenthesized')).toContain('🄐🄑');
    expect(runs('digit and stop or comma')).toContain('⒈⒉⒊');
    expect(runs('digit and stop or comma')).toContain('🄀🄁🄂');
    // The negative circled digits ⓫ ❶ ➊, the double circled ⓵, the sans-serif circled ➀, the
    // negative circled and squared letters 🅐 🅰 and the regional indicators 🇦: NFKC keeps them.
    for (const ch of ['⓫', '⓵', '⓿', '❶', '➀', '➊', '🅐', '🅰', '🆎', '🇦'])
      expect(runs('no decomposition')).toContain(ch);
    expect(runs('two or three letters')).toContain('🅊🅋🅌🅍🅎🅏');
    // The circled italic C and R are the copyright and registered signs in another print, no
    // font's alphabet: "🄬" after a brand name is no "R".
    expect(runs('a sign, not an alphabet')).toBe('🄫🄬');
    // The superscript and subscript letters and the ordinals: a unit, a footnote's "ⁿ", "nº".
    expect(runs('a small letter, not a digit')).toBe('ªºⁱⁿₐₑₒₓₕₖₗₘₙₚₛₜ');
    expect(runs('other')).toContain('🄪');
  });
});
