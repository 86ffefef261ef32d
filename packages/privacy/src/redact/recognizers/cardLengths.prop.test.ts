// A card printed across lines with a short number on the line after it (blockEnd in card.ts,
// cardLengths.ts; issue #14, session 47): redact against a brute-force oracle that reads every
// line break of the block as a possible end of the card. The oracle states the rule: the block
// whole where it is a card whose length its network issues (or whose network is unknown); else
// the longest run of first lines that is a card its network issues at that length; a block that
// is no card whole goes up to its last line where the lines before it are one (not where every
// line is one group of four, a column's numbers); a card on a line read by itself whose length is
// not issued ends inside the line where its first groups are one that is (endInLine, T68d). A card is 13 to 19 digits from an issuer's
// first digit (2 to 6), in fours (the last group 1 to 4), passing Luhn.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { luhnOk, withLuhn } from '../../../test/redact/corpus/checks.js';
import { redact } from '../redact.js';
import { issuedLengths } from './cardLengths.js';

/** Whether `digits`, its groups `sizes`, read as a card (above). */
function isCard(digits: string, sizes: readonly number[]): boolean {
  if (digits.length < 13 || digits.length > 19) return false;
  if (!'23456'.includes(digits[0] as string)) return false;
  if (!sizes.every((s, k) => (k < sizes.length - 1 ? s === 4 : s >= 1 && s <= 4))) return false;
  return luhnOk(digits);
}

/** Whether the network of `digits` issues its length: true, false, undefined where unknown. */
function issued(digits: string): boolean | undefined {
  const lengths = issuedLengths(digits);
  return lengths?.includes(digits.length);
}

/**
 * How many of `lines` (each groups of digits parted by spaces) go as one [CARD] from the first,
 * by the rule above; 0 for none. Tried at every line break, longest first.
 */
function oracle(lines: readonly string[]): number {
  const groupsOf = (n: number) => lines.slice(0, n).flatMap((l) => l.split(' '));
  const cardAt = (n: number) => {
    const g = groupsOf(n);
    return isCard(
      g.join(''),
      g.map((s) => s.length),
    );
  };
  const n = lines.length;
  const all = groupsOf(n).join('');
  if (cardAt(n)) {
    if (issued(all) !== false) return n;
    for (let j = n - 1; j >= 1; j--)
      if (cardAt(j) && issued(groupsOf(j).join('')) === true) return j;
    return n;
  }
  // No card whole: the lines before the last, unless every line (but a last lone digit) is one
  // group of four (a column's numbers).
  const body = /^\d$/.test(lines[n - 1] as string) ? lines.slice(0, -1) : lines;
  if (n >= 2 && !body.every((l) => /^\d{4}$/.test(l))) {
    const head = groupsOf(n - 1).join('');
    if (cardAt(n - 1) && issued(head) !== false) return n - 1;
  }
  // A line of 13 digits or more that is a card reads by itself.
  return cardAt(1) ? 1 : 0;
}

/**
 * Where a card on one line read by itself (`line`, groups parted by spaces) ends inside the line,
 * or -1 where it goes whole: a card whose network does not issue its length ends after the longest
 * run of its first groups, four digits or fewer left, that is a card its network issues at that
 * length (T68d: "4111 1111 1111 1111 18" is a 16-digit Visa and a number).
 */
function endInLine(line: string): number {
  const groups = line.split(' ');
  const all = groups.join('');
  if (issued(all) !== false) return -1;
  for (let j = groups.length - 1; j >= 1; j--) {
    const head = groups.slice(0, j).join('');
    if (all.length - head.length > 4) break;
    if (
      isCard(
        head,
        groups.slice(0, j).map((g) => g.length),
      ) &&
      issued(head) === true
    )
      return j;
  }
  return -1;
}

// First digits of every network in the table, and of none or of two (6011, 62, 4903).
const PREFIXES = [
  '4',
  '4',
  '51',
  '55',
  '2221',
  '2720',
  '34',
  '37',
  '3530',
  '36',
  '300',
  '2200',
  '6011',
  '62',
  '4903',
];
const card = fc
  .tuple(
    fc.constantFrom(...PREFIXES),
    fc.integer({ min: 13, max: 19 }),
    fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 19, maxLength: 19 }),
  )
  .map(([p, length, rest]) => withLuhn((p + rest).slice(0, length - 1)));

/**
 * The card in fours on one line (`breaks` empty) or across lines of at most three groups, where
 * `breaks` says which gaps are line breaks (a fourth group always starts a line).
 */
function linesOf(digits: string, breaks: readonly boolean[]): string[] {
  const groups = digits.match(/.{1,4}/g) as string[];
  if (breaks.length === 0) return [groups.join(' ')];
  const lines: string[][] = [[groups[0] as string]];
  for (let k = 1; k < groups.length; k++) {
    const line = lines[lines.length - 1] as string[];
    if (breaks[k % breaks.length] || line.length === 3) lines.push([groups[k] as string]);
    else line.push(groups[k] as string);
  }
  return lines.map((l) => l.join(' '));
}

// The number on the next line: not of three digits, nor four after an American Express card (a
// card's code there goes as [CARD_CODE], cardData.ts).
const tail = fc
  .string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 5 })
  .filter((t) => t.length !== 3);

/**
 * Whether the case is one the oracle models: a card's last group of one digit alone on its line
 * is read only as the block's last line (card.ts LONE, a lone digit is no run), so not before
 * another line; no four-digit code after an American Express card; no group led by "00" after
 * another before a short number on the next line: since V57b a calling code dialled out so after a
 * value and wrapped reads as on one line, where outDialCut reads it ("6011 0063 2300 1\n0" goes as
 * "6011 0063 2300 1 0" does, a Philippine number after a value, one [PHONE]; no digit stays).
 */
function fit(lines: readonly string[], digits: string, last: string | null): boolean {
  if (last === null) return true;
  if (/ 00/.test(lines.join(' '))) return false;
  if (/^\d$/.test(lines[lines.length - 1] as string)) return false;
  return !(last.length === 4 && /^3[47]/.test(digits) && digits.length === 15);
}

describe('a card printed across lines, a short number on the next', () => {
  test.prop([
    card,
    fc.oneof(fc.constant([]), fc.array(fc.boolean(), { minLength: 1, maxLength: 4 })),
    fc.option(tail),
  ])('goes exactly where the oracle ends it', (digits, breaks, last) => {
    const lines = linesOf(digits, breaks);
    fc.pre(fit(lines, digits, last));
    if (last !== null) lines.push(last);
    const n = oracle(lines);
    // No card: the lines as each reads apart (a line of 4-4-4 may be an Aadhaar, T66a).
    const apart = lines.map((l) => redact(l, { locale: 'en-GB' }).text);
    // A card on the first line alone whose length is not issued may end inside it (endInLine).
    const line = lines[0] as string;
    const cut = n === 1 ? endInLine(line) : -1;
    const first = cut < 0 ? '[CARD]' : `[CARD] ${line.split(' ').slice(cut).join(' ')}`;
    const expected = n === 0 ? apart : [first, ...lines.slice(n)];
    expect(redact(`card:\n${lines.join('\n')}\nthanks`, { locale: 'en-GB' }).text).toBe(
      `card:\n${expected.join('\n')}\nthanks`,
    );
  });

  // Not vacuous: the generator reaches each branch of the oracle.
  test('the generator reaches a cut card, a card read up to its last line, a whole one and one cut in its line', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(card, fc.array(fc.boolean(), { maxLength: 4 }), tail, (digits, breaks, last) => {
        const lines = [...linesOf(digits, breaks), last];
        const n = oracle(lines);
        const g = lines.flatMap((l) => l.split(' '));
        const whole = isCard(
          g.join(''),
          g.map((s) => s.length),
        );
        seen.add(n === lines.length ? 'whole' : whole ? 'cut' : n > 1 ? 'head' : 'none');
        if (n === 1 && endInLine(lines[0] as string) >= 0) seen.add('in line');
      }),
      { numRuns: 2000 },
    );
    expect([...seen].sort()).toEqual(['cut', 'head', 'in line', 'none', 'whole']);
  });
});
