import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { withoutMojibakeAbout } from './aboutMojibake.js';
import type { Proposal } from './engine.js';

// The plain reading of aboutMojibake.ts's rule, as an oracle: a word is a stretch of letters,
// marks, decimal digits and applied repairs' spans; it is quoted when a quotation mark or bracket stands
// right beside it on both sides, or past one space, no-break or narrow no-break space. A word
// holding an applied repair, quoted, whose repaired text (NFC) its line (no line break between) also holds as a
// quoted word touching no applied repair, at most 256 code points from it: its applied repairs
// are left unapplied. Every position is looked up afresh; nothing is shared with the code.
// Letters, marks and decimal digits; ª and º are ordinal signs (the cost model's classes).
const wordChar = (c: string) => /^[\p{L}\p{M}\p{Nd}]$/u.test(c) && c !== 'ª' && c !== 'º';
const quote = (c: string | undefined) =>
  c !== undefined && /^[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"'`]$/u.test(c);
const gap = (c: string | undefined) => c === ' ' || c === '\u00a0' || c === '\u202f';

function oracle(chars: readonly string[], proposals: readonly Proposal[]): boolean[] {
  const over = (i: number) => proposals.find((p) => p.applied && p.start <= i && i < p.end);
  const inWord = (i: number) => over(i) !== undefined || wordChar(chars[i] ?? '');
  const quoted = (from: number, to: number) =>
    quote(gap(chars[from - 1]) ? chars[from - 2] : chars[from - 1]) &&
    quote(gap(chars[to]) ? chars[to + 1] : chars[to]);
  const left = proposals.map((p) => p.applied);
  proposals.forEach((p) => {
    if (!p.applied) return;
    let from = p.start;
    while (from > 0 && inWord(from - 1)) from--;
    let to = p.end;
    while (to < chars.length && inWord(to)) to++;
    const mine = proposals.filter((q) => q.start >= from && q.end <= to);
    if (!quoted(from, to)) return;
    let word = '';
    for (let i = from; i < to; i++) {
      const q = over(i);
      if (q === undefined) word += chars[i];
      else if (q.start === i) word += q.after;
    }
    word = word.normalize('NFC');
    let found = false;
    for (let i = 0; i < chars.length && !found; i++) {
      if (!wordChar(chars[i] ?? '') || (i > 0 && wordChar(chars[i - 1] ?? ''))) continue;
      let j = i;
      while (j < chars.length && wordChar(chars[j] ?? '')) j++;
      if (j > from && i < to) continue;
      const line = chars.slice(Math.min(i, from), Math.max(j, to));
      if (line.includes('\n')) continue;
      if (i < from ? from - i > 256 : j - to > 256) continue;
      let touches = false;
      for (let k = i; k < j; k++) if (over(k)) touches = true;
      if (touches || !quoted(i, j)) continue;
      if (chars.slice(i, j).join('').normalize('NFC') === word) found = true;
    }
    if (found) for (const q of mine) left[proposals.indexOf(q)] = false;
  });
  return left;
}

// Words clean and broken, bare and quoted in the marks of several languages (with the spaces
// French sets inside guillemets), separators, line breaks.
const piece = fc.constantFrom(
  'é',
  'Größe',
  'e\u0301',
  'Ã©',
  'GrÃ¶ÃŸe',
  '“é”',
  '“Ã©”',
  '„Größe“',
  '„GrÃ¶ÃŸe“',
  '« é »',
  '« Ã© »',
  '"Ã©x"',
  '"éx"',
  '“e\u0301”',
  '“',
  '”',
  "'",
  ' ',
  ' ',
  ' ',
  '\u00a0',
  '\n',
  ',',
  '-',
);

describe('withoutMojibakeAbout', () => {
  test.prop([fc.array(piece, { minLength: 1, maxLength: 24 }), fc.nat()], { numRuns: 500 })(
    'leaves exactly the repairs the plain reading of the rule does',
    (parts, mask) => {
      const chars = [...parts.join('')];
      const proposals: Proposal[] = [];
      for (let i = 0; i < chars.length; i++) {
        const applied = ((mask >> (proposals.length % 30)) & 1) === 0;
        const two = chars[i] === 'Ã' ? chars[i + 1] : undefined;
        const after = two === '©' ? 'é' : two === '¶' ? 'ö' : two === 'Ÿ' ? 'ß' : undefined;
        if (after === undefined) continue;
        // "Ã¶ÃŸ" is one repair to "öß" where both are there, as the engine reads it.
        if (after === 'ö' && chars[i + 2] === 'Ã' && chars[i + 3] === 'Ÿ') {
          proposals.push({
            start: i,
            end: i + 4,
            after: 'öß',
            chain: ['windows-1252'],
            gain: 9,
            applied,
          });
          i += 3;
        } else {
          proposals.push({
            start: i,
            end: i + 2,
            after,
            chain: ['windows-1252'],
            gain: 6,
            applied,
          });
          i += 1;
        }
      }
      const cps = chars.map((c) => c.codePointAt(0) ?? 0);
      expect(withoutMojibakeAbout(cps, proposals).map((p) => p.applied)).toEqual(
        oracle(chars, proposals),
      );
    },
  );
});
