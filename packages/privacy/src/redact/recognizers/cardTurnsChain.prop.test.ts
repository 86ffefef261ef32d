// cardTurns.ts walks a card's pieces across a chat's turns: the same sender's, with the other
// party's turns between them, in two to four pieces, in fours or printed as Amex and Diners print
// theirs. Held against a brute-force oracle that shares nothing with it: the chat is written by
// the property as a list of turns (sender, text), and the oracle tries every pair of the sender's
// turns as a card's first and last piece, reading the rule on the list, never on the text.
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect } from 'vitest';
import { luhnOk } from '../../../test/redact/corpus/checks.js';

type Turn = { readonly who: string; readonly text: string };

const RUN = /^\d+(?:[ -]\d+)*$/;
const RUN_AT_END = /(?:^|\s)(\d+(?:[ -]\d+)*)$/;
const RUN_AT_START = /^(\d+(?:[ -]\d+)*)(?=$| [a-z])/;

/** Whether group lengths are a card's print: fours but the last (1 to 4), 4-6-5 or 4-6-4. */
function printed(sizes: readonly number[]): boolean {
  const key = sizes.join(',');
  if (key === '4,6,5' || key === '4,6,4') return true;
  return sizes.every((n, k) => (k < sizes.length - 1 ? n === 4 : n >= 1 && n <= 4));
}

/** Whether the pieces (each a run's text) make a card by the rule's words. */
function pieceCard(pieces: readonly string[]): boolean {
  const seps = new Set(pieces.join('').match(/[ -]/g) ?? []);
  if (seps.size > 1 || pieces.length > 4) return false;
  const first = (pieces[0] as string).split(/[ -]/).map((g) => g.length);
  if (!(first.every((n) => n === 4) || first.join(',') === '4,6')) return false;
  const firstDigits = first.reduce((a, b) => a + b, 0);
  if (firstDigits < 4 || firstDigits > 18) return false;
  const sizes = pieces.flatMap((p) => p.split(/[ -]/).map((g) => g.length));
  const digits = pieces.join('').replace(/\D/g, '');
  return (
    printed(sizes) &&
    digits.length >= 13 &&
    digits.length <= 19 &&
    /^[2-6]/.test(digits) &&
    luhnOk(digits)
  );
}

/**
 * The turns whose card piece goes, by brute force: for each of the sender's turns that ends with a
 * run, every later turn of the same sender as the last piece, the turns between read as the rule
 * says (the sender's each exactly a run, at most three of others' between two pieces); the first
 * last piece that makes a card wins, as the walk reads them in order.
 */
function oracle(turns: readonly Turn[]): Set<number> {
  const gone = new Set<number>();
  for (let i = 0; i < turns.length; i++) {
    const who = (turns[i] as Turn).who;
    const tail = RUN_AT_END.exec((turns[i] as Turn).text)?.[1];
    if (tail === undefined) continue;
    for (let j = i + 1; j < turns.length; j++) {
      const last = turns[j] as Turn;
      if (last.who !== who) continue;
      // The sender's turns from i to j, and the others' between each two.
      const mine: number[] = [];
      let others = 0;
      let ok = true;
      for (let k = i + 1; k <= j; k++) {
        if ((turns[k] as Turn).who !== who) {
          if (++others > 3) ok = false;
          continue;
        }
        others = 0;
        mine.push(k);
      }
      const middle = mine.slice(0, -1);
      if (!ok || middle.some((k) => !RUN.test((turns[k] as Turn).text))) break;
      const head = RUN_AT_START.exec(last.text)?.[1];
      if (head === undefined) break;
      const pieces = [tail, ...middle.map((k) => (turns[k] as Turn).text), head];
      if (pieceCard(pieces)) {
        for (const k of [i, ...mine]) gone.add(k);
        break;
      }
      // A piece with words after it ends the walk.
      if (head !== last.text) break;
    }
  }
  return gone;
}

const headers = [
  (t: number, who: string) => `[10:${String(t).padStart(2, '0')}] ${who}: `,
  (t: number, who: string) => `[04/12/2026, 14:${String(t).padStart(2, '0')}] ${who}: `,
  (t: number, who: string) => `04/12/2026 14:${String(t).padStart(2, '0')} - ${who}: `,
  (_: number, who: string) => `${who}: `,
];

const digit = fc.constantFrom(...'0123456789');

/** A card's digits and its print's group sizes: in fours (13 to 19), Amex 4-6-5, Diners 4-6-4. */
const card = fc
  .tuple(
    fc.constantFrom<readonly number[]>(
      [4, 4, 4, 4],
      [4, 4, 4, 1],
      [4, 4, 4, 3],
      [4, 4, 4, 4, 3],
      [4, 6, 5],
      [4, 6, 4],
    ),
    fc.constantFrom('4', '5', '3', '6', '9'),
    fc.boolean(),
    fc.array(digit, { minLength: 18, maxLength: 18 }),
  )
  .map(([sizes, first, valid, rest]) => {
    const n = sizes.reduce((a, b) => a + b, 0);
    const body = first + rest.slice(0, n - 2).join('');
    let check = 0;
    while (!luhnOk(body + check)) check++;
    const digits = body + (valid ? check : (check + 1) % 10);
    const groups: string[] = [];
    let at = 0;
    for (const size of sizes) {
      groups.push(digits.slice(at, at + size));
      at += size;
    }
    return groups;
  });

const otherText = fc.constantFrom('ok', 'go on', 'and the rest?', 'thanks', 'order 4411');

describe('cardTurns walks a card across turns exactly where the oracle says', () => {
  test.prop(
    [
      card,
      fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
      fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 3, maxLength: 3 }),
      fc.array(fc.tuple(fc.constantFrom('Ben', 'Agent'), otherText), {
        minLength: 12,
        maxLength: 12,
      }),
      fc.constantFrom(' ', '-'),
      fc.nat({ max: 3 }),
      fc.constantFrom('card ', 'my card is ', ''),
      fc.constantFrom('', ' thanks'),
      fc.integer({ min: -1, max: 2 }),
    ],
    { numRuns: 600 },
  )(
    'every piece goes exactly where the oracle finds a card',
    (groups, cutSeeds, gaps, others, sep, style, said, after, wordsAt) => {
      // Cut the groups into two to four pieces, none of 13 digits or more (a card alone).
      const cuts = new Set<number>();
      for (const seed of cutSeeds) cuts.add(1 + (seed % (groups.length - 1)));
      const at = [0, ...[...cuts].sort((a, b) => a - b), groups.length];
      const pieces = at.slice(0, -1).map((a, k) => groups.slice(a, at[k + 1]).join(sep));
      fc.pre(pieces.every((p) => p.replace(/\D/g, '').length < 13));
      // The chat: Ana's pieces, the others' turns between, Ana's words between two at wordsAt.
      const turns: Turn[] = [];
      const pieceTurn: number[] = [];
      let o = 0;
      pieces.forEach((p, k) => {
        if (k > 0) {
          for (let n = 0; n < (gaps[k - 1] as number); n++) {
            const [who, text] = others[o++ % others.length] as [string, string];
            turns.push({ who, text });
          }
          if (k - 1 === wordsAt) turns.push({ who: 'Ana', text: 'one sec' });
        }
        pieceTurn.push(turns.length);
        const text = k === 0 ? `${said}${p}` : k === pieces.length - 1 ? `${p}${after}` : p;
        turns.push({ who: 'Ana', text });
      });
      const header = headers[style] as (t: number, who: string) => string;
      const starts: number[] = [];
      let chat = '';
      turns.forEach((t, k) => {
        if (k > 0) chat += '\n';
        chat += header(k + 1, t.who);
        starts.push(chat.length);
        chat += t.text;
      });
      const expected = oracle(turns);
      const result = redact(chat, { locale: 'en-US' });
      pieces.forEach((p, k) => {
        const turn = pieceTurn[k] as number;
        const start = (starts[turn] as number) + (k === 0 ? said.length : 0);
        const byCard = result.findings.some(
          (f) => f.type === 'card' && f.start <= start && start + p.length <= f.end,
        );
        expect(byCard, `${chat}\n(piece ${k})`).toBe(expected.has(turn));
      });
      // Nothing of another turn goes.
      for (const f of result.findings) {
        const turn = starts.findLastIndex((s) => s <= f.start);
        expect(turns[turn]?.who, chat).toBe('Ana');
      }
    },
  );
});
