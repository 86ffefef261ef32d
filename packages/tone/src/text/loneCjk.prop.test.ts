import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { charInfo, SCRIPT, scriptOf } from './charClass.js';
import { isCommonHan, isCommonHangul } from './commonCjk.js';
import type { Proposal } from './engine.js';
import { withoutLoneCjk } from './loneCjk.js';
import { repairText } from './repairText.js';

// The plain reading of the rule, as an oracle: for each applied repair of one CJK character into
// one character, left when it stands beside an ASCII letter (on one side or both) and reads as no
// letter of a Latin word there (by Unicode's own properties), else count the CJK characters of its word (up to 32
// code points either side, stopping at a space, a full-width clause mark or a segment's end) that no applied repair covers, looking every
// repair up afresh; beside an ASCII letter, also the common CJK characters (the standards'
// frequent levels, kana) of the further words of its segment within those 32 points (up to a line
// break, a tab or one of : ; | , ： ； ｜) that hold no ASCII letter and no U+FFFD (T52c).
const isCjk = (cp: number): boolean =>
  [SCRIPT.han, SCRIPT.kana, SCRIPT.hangul].includes(scriptOf(charInfo(cp)) as 7 | 8 | 9);
// A word ends at a space or at one of the full-width marks that part a CJK sentence (T57a).
const isSpace = (cp: number): boolean =>
  cp <= 0x20 ||
  cp === 0xa0 ||
  '\u3000、。，！？（）「」『』【】'.includes(String.fromCodePoint(cp));

function strangeBetween(cps: readonly number[], p: Proposal): boolean {
  const left = ch(cps[p.start - 1]);
  const right = ch(cps[p.end]);
  const next = ch(cps[p.end + 1]);
  const a = p.after;
  // A letter by Unicode's category, but for the ordinal indicators (signs to the cost model).
  const letter = /^\p{L}$/u.test(a) && a !== 'ª' && a !== 'º';
  if (/^[A-Za-z]$/.test(left)) {
    if (/^\p{M}$/u.test(a)) return (left + a).normalize('NFC').length !== 1;
    // Ending a word: any letter.
    if (!/^[A-Za-z]$/.test(right)) return !letter;
    // Between two ASCII letters: a Latin letter, a capital not between two small letters.
    if (!/^\p{Script=Latin}$/u.test(a) || !letter) return true;
    if (/^\p{Lu}$/u.test(a)) return /^[a-z]$/.test(left) && /^[a-z]$/.test(right);
    return !/^\p{Ll}$/u.test(a);
  }
  // Opening a word: a letter (a capital not before a capitalised word) or ¿ ¡ « ‹ „ “ ‘ ‚.
  if (!/^[A-Za-z]$/.test(right)) return false;
  if (!letter) return !'¿¡«‹„“‘‚'.includes(a);
  return /^\p{Lu}$/u.test(a) && /^[A-Z]$/.test(right) && /^[a-z]$/.test(next);
}

const ch = (cp: number | undefined) => (cp === undefined ? '' : String.fromCodePoint(cp));
const ENDS = [...'\n\v\f\r\t\u0085\u2028\u2029:;|,：；｜'];

function oracle(cps: readonly number[], proposals: readonly Proposal[]): boolean[] {
  const covered = (i: number) => proposals.some((r) => r.applied && r.start <= i && i < r.end);
  // Per proposal: its answer, or (beside an ASCII letter, its own word's CJK too little) that and
  // the clean CJK of its segment's further words, counted only when no partner is found (T54c).
  const first = proposals.map((p): boolean | number | 'glued' => {
    if (!p.applied || p.end - p.start !== 1 || !isCjk(cps[p.start] ?? 0)) return p.applied;
    if ([...p.after].length !== 1) return true;
    if (strangeBetween(cps, p)) return false;
    const wide = /^[A-Za-z]$/.test(ch(cps[p.start - 1])) || /^[A-Za-z]$/.test(ch(cps[p.end]));
    const free = (i: number) => isCjk(cps[i] ?? 0) && !covered(i);
    const common = (cp: number) =>
      isCommonHan(cp) || isCommonHangul(cp) || (cp >= 0x3040 && cp < 0x3100 && isCjk(cp));
    let clean = 0;
    let further = 0;
    for (const side of [-1, 1]) {
      // The 32 code points on this side, nearest first.
      const near: number[] = [];
      for (let n = 1; n <= 32; n++) {
        const i = side < 0 ? p.start - n : p.end - 1 + n;
        if (i >= 0 && i < cps.length) near.push(i);
      }
      // The own word stops at a space or at a segment's end (T57a: "收件人：Se簽or").
      const gap = near.findIndex((i) => isSpace(cps[i] ?? 0) || ENDS.includes(ch(cps[i])));
      const own = gap < 0 ? near : near.slice(0, gap);
      // A Hangul syllable beside a Hangul repair counts two (T64g: "가g챨"; T65d: "Apple책 3권").
      const syllable = (cp: number) =>
        /^\p{Script=Hangul}$/u.test(ch(cp)) && cp >= 0xac00 && cp <= 0xd7a3;
      const worth = (i: number) => (syllable(cps[p.start] ?? 0) && syllable(cps[i] ?? 0) ? 2 : 1);
      clean += own.filter(free).reduce((n, i) => n + worth(i), 0);
      if (!wide || gap < 0 || ENDS.includes(ch(cps[near[gap] as number]))) continue;
      const rest = near.slice(gap);
      const end = rest.findIndex((i) => ENDS.includes(ch(cps[i])));
      const segment = end < 0 ? rest : rest.slice(0, end);
      // The further words, split at spaces.
      const words: number[][] = [[]];
      for (const i of segment)
        if (isSpace(cps[i] ?? 0)) words.push([]);
        else words[words.length - 1]?.push(i);
      for (const w of words)
        if (!w.some((i) => /^[A-Za-z\uFFFD]$/.test(ch(cps[i]))))
          further += w
            .filter((i) => free(i) && common(cps[i] ?? 0))
            .reduce((n, i) => n + worth(i), 0);
    }
    // A Latin word glued to CJK text (T59f): left unless a partner is found.
    if (clean >= 2)
      return wide && /^\p{Script=Latin}$/u.test(p.after) && /^\p{L}$/u.test(p.after)
        ? 'glued'
        : false;
    return wide ? clean + further : true;
  });
  // A partner: another such repair at most 32 points away, a space between and no segment's end;
  // where either is glued to CJK text, no CJK character outside the applied repairs between them.
  const partnered = (k: number) =>
    first.some((f, m) => {
      if (m === k || (typeof f !== 'number' && f !== 'glued')) return false;
      const a = (proposals[k] as Proposal).start;
      const b = (proposals[m] as Proposal).start;
      if (Math.abs(a - b) > 32) return false;
      const from = Math.min(a, b) + 1;
      const between = cps.slice(from, Math.max(a, b));
      const glued = f === 'glued' || first[k] === 'glued';
      const cjk = between.some((cp, n) => isCjk(cp) && !covered(from + n));
      return (
        between.some(isSpace) && !between.some((cp) => ENDS.includes(ch(cp))) && !(glued && cjk)
      );
    });
  return first.map((f, k) =>
    f === 'glued' ? partnered(k) : typeof f === 'number' ? partnered(k) || f < 2 : f,
  );
}

// Common characters, and rare ones (ext. A, halfwidth katakana) only the own word counts.
const CJK = [...'的毛是カ카䔻ｶ'].map((c) => c.codePointAt(0) ?? 0);
// Mostly CJK and Latin letters, few spaces: words long enough to reach past the 32-point look;
// the ends of a segment and what makes a further word no CJK clause.
const unit = fc.oneof(
  { arbitrary: fc.constantFrom(...CJK), weight: 6 },
  { arbitrary: fc.constantFrom(0x61, 0x62, 0x41), weight: 3 },
  { arbitrary: fc.constantFrom(0x20, 0x0a, 0x3000), weight: 1 },
  { arbitrary: fc.constantFrom(0x2c, 0x3a, 0xfffd, 0x3001, 0x3002, 0x09), weight: 1 },
  { arbitrary: fc.constantFrom(0xff1a, 0xff0c, 0xff08, 0x300c), weight: 1 },
);

type Raw = { gap: number; length: number; after: string; applied: boolean };
const raw = (maxLength: number, size?: 'max') =>
  fc.array(
    fc.record({
      gap: fc.nat({ max: 3 }),
      length: fc.integer({ min: 1, max: 2 }),
      after: fc.constantFrom('Ū', 'ë', 'ab', 'λ', 'ʱ', '۰', '\u0301', '\u036d', 'É', 'ª', '¿'),
      applied: fc.boolean(),
    }),
    size ? { maxLength, size } : { maxLength },
  );

/** withoutLoneCjk against the oracle, on `cps` and proposals placed by `raw`. */
function agrees(cps: readonly number[], raw: readonly Raw[]): void {
  // Non-overlapping proposals in order, inside the text, one after another.
  const proposals: Proposal[] = [];
  let at = 0;
  for (const r of raw) {
    at += r.gap;
    if (at + r.length > cps.length) break;
    proposals.push({
      start: at,
      end: at + r.length,
      after: r.after,
      chain: ['gbk'],
      gain: 3,
      applied: r.applied,
    });
    at += r.length;
  }
  const out = withoutLoneCjk(cps, proposals);
  expect(out.map((p) => p.applied)).toEqual(oracle(cps, proposals));
  // Spans, readings and order are kept; nothing unapplied becomes applied.
  expect(out.map(({ applied: _, ...p }) => p)).toEqual(proposals.map(({ applied: _, ...p }) => p));
}

// Long words of Latin letters and digits with CJK few and far between, "째" among them: the
// look's walks grow past REACH and one walk serves the repairs after (loneCjkLook.ts, T69g).
const sparse = fc.oneof(
  { arbitrary: fc.constantFrom(0x61, 0x31, 0x41), weight: 20 },
  { arbitrary: fc.constantFrom(...CJK, 0xc9f8), weight: 5 },
  { arbitrary: fc.constantFrom(0x20, 0x0a, 0x2c, 0x3001, 0xfffd), weight: 1 },
);

// Long spaceless words of repaired signs ("째" through EUC-KR beside digits, "毛" between ASCII
// letters), the shape whose looks the ring of loneCjkLook.ts serves: each cell is a repair, a
// filler, a clean CJK character (no proposal, or one not applied) or a break, and a run of filler
// now and then parts two repairs by more than 2 × REACH (the ring switches off, then on again
// after the next look that walks past REACH). Up to 900 code points, so that repairs fall on
// every side of the ring's wrap (128 positions) several times over.
type Cell = { text: string; proposal?: { at: number; after: string; applied: boolean } };
const cell = fc.oneof(
  {
    arbitrary: fc.constant<Cell>({ text: '째', proposal: { at: 0, after: '°', applied: true } }),
    weight: 12,
  },
  { arbitrary: fc.constantFrom<Cell>({ text: '1' }, { text: '12' }, { text: 'a' }), weight: 12 },
  {
    arbitrary: fc.constantFrom<Cell>(
      { text: 'a毛b', proposal: { at: 1, after: 'ë', applied: true } },
      { text: 'Jos毛', proposal: { at: 3, after: 'é', applied: true } },
      { text: '가', proposal: { at: 0, after: '°', applied: true } },
    ),
    weight: 3,
  },
  {
    arbitrary: fc.constantFrom<Cell>(
      { text: '的' },
      { text: '카' },
      { text: '째', proposal: { at: 0, after: '°', applied: false } },
    ),
    weight: 2,
  },
  {
    arbitrary: fc.constantFrom<Cell>({ text: ' ' }, { text: '，' }, { text: '\n' }, { text: '、' }),
    weight: 1,
  },
  {
    arbitrary: fc.integer({ min: 30, max: 90 }).map((n): Cell => ({ text: '1'.repeat(n) })),
    weight: 1,
  },
);

/** withoutLoneCjk against the oracle on `cells` joined, each cell's proposal placed in it. */
function agreesOnCells(cells: readonly Cell[]): void {
  const cps: number[] = [];
  const proposals: Proposal[] = [];
  for (const c of cells) {
    const at = cps.length;
    for (const ch of c.text) cps.push(ch.codePointAt(0) ?? 0);
    if (c.proposal === undefined) continue;
    const start = at + c.proposal.at;
    proposals.push({
      start,
      end: start + 1,
      after: c.proposal.after,
      chain: ['euc-kr'],
      gain: 3,
      applied: c.proposal.applied,
    });
  }
  const out = withoutLoneCjk(cps, proposals);
  expect(out.map((p) => p.applied)).toEqual(oracle(cps, proposals));
}

describe('withoutLoneCjk', () => {
  test.prop([fc.array(unit, { minLength: 1, maxLength: 110 }), raw(40)], { numRuns: 300 })(
    'un-applies exactly what the plain reading of the rule does, and nothing else',
    agrees,
  );

  test.prop([fc.array(sparse, { minLength: 1, maxLength: 300, size: 'max' }), raw(150, 'max')], {
    numRuns: 100,
  })('agrees with the plain reading on long words with few CJK characters', agrees);

  test.prop([fc.array(cell, { minLength: 1, maxLength: 400, size: 'max' })], { numRuns: 150 })(
    'agrees with the plain reading on long words of repairs, past the ring’s switch-over and wrap',
    agreesOnCells,
  );

  // Segments of a few short words: a repair beside an ASCII letter with CJK clauses past a space
  // (the look beyond its word), some cut by a field's end, some not clauses at all.
  const piece = fc.constantFrom(
    '的是',
    'カナ',
    '카드',
    '䔻䔻',
    'ab',
    'a毛b',
    'Ab毛',
    '毛bc',
    'a�的',
    ' ',
  );
  const gap = fc.constantFrom(' ', ' ', '\u3000', ', ', ': ', '\n', '。 ', '，', '：', '（', '」');
  test.prop([fc.array(fc.tuple(piece, gap), { minLength: 1, maxLength: 12 }), fc.nat()], {
    numRuns: 300,
  })('agrees with the plain reading on segments of CJK clauses and Latin words', (parts, mask) => {
    const cps = [...parts.map(([w, g]) => w + g).join('')].map((c) => c.codePointAt(0) ?? 0);
    // A repair to "ë" on every lone CJK character, some applied and some not (by the mask's bits).
    const proposals: Proposal[] = [];
    cps.forEach((cp, i) => {
      if (isCjk(cp))
        proposals.push({
          start: i,
          end: i + 1,
          after: 'ë',
          chain: ['gbk'],
          gain: 3,
          applied: ((mask >> (proposals.length % 30)) & 1) === 0,
        });
    });
    const out = withoutLoneCjk(cps, proposals);
    expect(out.map((p) => p.applied)).toEqual(oracle(cps, proposals));
  });

  // Latin words glued to CJK clauses with no space (T59f: "是艁ukasz W贸jcik，", "客户Jos茅 Mu帽oz已"),
  // some with CJK or a field's end between two of them, the repairs reading as Latin letters or not.
  const glued = fc.constantFrom(
    '是',
    '的是',
    '䔻',
    'Ab毛',
    '毛bc',
    'a毛b',
    'Jos毛',
    'ab',
    ' ',
    '，',
    '：',
  );
  test.prop([fc.array(glued, { minLength: 1, maxLength: 16 }), fc.nat(), fc.nat()], {
    numRuns: 300,
  })('agrees with the plain reading on Latin words glued to CJK text', (parts, mask, kinds) => {
    const cps = [...parts.join('')].map((c) => c.codePointAt(0) ?? 0);
    const proposals: Proposal[] = [];
    cps.forEach((cp, i) => {
      if (!isCjk(cp)) return;
      const n = proposals.length % 30;
      proposals.push({
        start: i,
        end: i + 1,
        after: ['ë', 'Ł', 'λ', '¿'][(kinds >> (2 * (n % 15))) & 3] as string,
        chain: ['gbk'],
        gain: 3,
        applied: ((mask >> n) & 1) === 0,
      });
    });
    const out = withoutLoneCjk(cps, proposals);
    expect(out.map((p) => p.applied)).toEqual(oracle(cps, proposals));
  });

  it('looks 32 code points either side and no further', () => {
    const cp = (s: string) => [...s].map((c) => c.codePointAt(0) ?? 0);
    const one = (at: number): Proposal => ({
      start: at,
      end: at + 1,
      // A small Latin letter: beside the ASCII letters, only the look decides.
      after: 'ë',
      chain: ['euc-jp'],
      gain: 3,
      applied: true,
    });
    const far = (n: number) => 'a'.repeat(n);
    // Two clean characters 31 and 32 points after the repaired one: the second is out of reach.
    expect(withoutLoneCjk(cp(`的${far(30)}毛毛`), [one(0)])[0]?.applied).toBe(false);
    expect(withoutLoneCjk(cp(`的${far(31)}毛毛`), [one(0)])[0]?.applied).toBe(true);
    expect(withoutLoneCjk(cp(`毛毛${far(30)}的`), [one(32)])[0]?.applied).toBe(false);
    expect(withoutLoneCjk(cp(`毛毛${far(31)}的`), [one(33)])[0]?.applied).toBe(true);
  });

  it('leaves a character between two ASCII letters that would be no letter of a Latin word', () => {
    const cp = (s: string) => [...s].map((c) => c.codePointAt(0) ?? 0);
    const at = (text: string, after: string) =>
      withoutLoneCjk(cp(text), [
        { start: 2, end: 3, after, chain: ['gbk'], gain: 3, applied: true },
      ])[0]?.applied;
    // A capital between small letters, another script, a modifier letter, a digit, a stray mark.
    for (const after of ['Ū', 'λ', 'ʱ', '۰', '\u036d', '·'])
      expect(at('ab的cd', after)).toBe(false);
    // A small letter, a capital among capitals or at a word's capital, a mark that composes.
    expect(at('ab毛cd', 'ë')).toBe(true);
    expect(at('AB脺CD', 'Ü')).toBe(true);
    expect(at('aB脺cd', 'Ü')).toBe(true);
    expect(at('ae虂cd', '\u0301')).toBe(true);
    // Not beside an ASCII letter: the rule does not reach it.
    expect(at('a 的 d', 'Ū')).toBe(true);
    expect(at('a 的', '۰')).toBe(true);
  });

  it('leaves a character beside one ASCII letter that would end or open no Latin word (T45b)', () => {
    const cp = (s: string) => [...s].map((c) => c.codePointAt(0) ?? 0);
    const at = (text: string, after: string) =>
      withoutLoneCjk(cp(text), [
        { start: 2, end: 3, after, chain: ['gbk'], gain: 3, applied: true },
      ])[0]?.applied;
    // Ending a word ("App方"): a digit, a sign, a mark that composes with nothing.
    for (const after of ['۰', '·', '״', '\u036d']) {
      expect(at('ab方', after)).toBe(false);
      expect(at('ab方 x', after)).toBe(false);
    }
    // What a word broken through GBK ends with: a letter, of a look-alike script too ("SENSЕ").
    expect(at('ab茅', 'é')).toBe(true);
    expect(at('AB脡.', 'É')).toBe(true);
    expect(at('NS袝 ', 'Е')).toBe(true);
    expect(repairText('SENS袝 - Oleg | Takk fyrir 镁olinm忙冒ina').text).toBe(
      'SENSЕ - Oleg | Takk fyrir þolinmæðina',
    );
    // Opening a word ("方bug"): a digit, a sign that opens none, a capital before "App".
    for (const [text, after] of [
      ['. 方bug', '۰'],
      ['. 方bug', '·'],
      ['. 的App', 'Ū'],
      ['(「方ab', '٥'],
    ] as const)
      expect(at(text, after)).toBe(false);
    // "école", "Återbetalning", "¿Podría", "MÜLLER" opened by their broken letter.
    for (const [text, after] of [
      ['. 茅co', 'é'],
      ['. 脜te', 'Å'],
      ['. 驴Po', '¿'],
      ['. 脺LL', 'Ü'],
    ] as const)
      expect(at(text, after)).toBe(true);
    expect(repairText('App方').text).toBe('App方');
    expect(repairText('方bug').text).toBe('方bug');
    expect(repairText('的App').text).toBe('的App');
    expect(repairText('驴Podr铆a').text).toBe('¿Podría');
  });

  it('repairs "iPhone的bug" no more, and still the Latin words broken through GBK', () => {
    expect(repairText('iPhone的bug').text).toBe('iPhone的bug');
    expect(repairText('iPhone了bug').text).toBe('iPhone了bug');
    expect(repairText('Citro毛n').text).toBe('Citroën');
    expect(repairText('M脺LLER').text).toBe('MÜLLER');
    // A macOS file name in decomposed form: "e" + U+0301 (CC 81) read as GBK's "虂".
    expect(repairText('Ve虂lo').text).toBe('Ve\u0301lo');
  });

  it('leaves a brand name in a sentence, repairs a field in another word', () => {
    expect(repairText('这个App的bug还没修好').changed).toBe(false);
    expect(repairText('ご注文ありがとうございます。 Klient: Zo毛').text).toBe(
      'ご注文ありがとうございます。 Klient: Zoë',
    );
  });
});
