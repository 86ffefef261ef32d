import type { PhoneLabels } from '../context.js';
import type { RecognizerContext, RecognizerMatch } from '../types.js';
import {
  dialled,
  dottedQuad,
  goesAlone,
  HOLDS_DATE,
  labels,
  MAX_DIGITS,
  markerAt,
  markerNumber,
  NUMBERED,
  type PhoneOptions,
  readListPiece,
  WINDOW,
  whole,
  worthReading,
} from './phone.js';

// A span too long to read whole is often a list: numbers with only spaces between ("tel 600 123
// 456 601 234 567 …", "+1 212 555 0187 +1 212 555 0188 …"). Its windows are each cut to 17
// digits and hold no number whole but the first, so the whole list once went out as it came. A
// list is read a number at a time instead: from its start, each piece that is one valid number
// leads to the next piece after the spaces (and a " - ") that follow it, as far as the pieces
// reach (a " / " has cut the span already: phone.ts). Only a list after a phone label, or one that starts with "+" or "00", is read so:
// digit groups with no label are an order's or a table's, and stay as they did.

// More groups than a number is written in (phoneBare.ts reads no more either).
const MAX_GROUPS = 12;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Where the piece after one that ends at `q` starts: past spaces, one "-" and spaces; or past one
 * "/" right after it, no space between ("07911 123457/7911 123456/…": a " / " has cut the span
 * already, phone.ts).
 */
function nextPiece(shadow: string, q: number, e: number): number {
  let k = q;
  const slash = shadow.charCodeAt(k) === 47;
  if (slash) k++;
  else while (k < e && shadow.charCodeAt(k) === 32) k++;
  const c = shadow.charCodeAt(k);
  if (k > q && !slash && c === 45) {
    k++;
    while (k < e && shadow.charCodeAt(k) === 32) k++;
  }
  const d = shadow.charCodeAt(k);
  return k < e && (isDigit(d) || d === 43 || d === 40) ? k : -1; // a digit, "+", "("
}

/** Whether `c` opens a number written as one: a trunk "0", a "+" or a "(". */
function opensNumber(c: number): boolean {
  return c === 48 || c === 43 || c === 40;
}

/** Whether [p, q) is one valid number that a short span's reading would take whole. */
function isPiece(shadow: string, p: number, q: number, options: PhoneOptions): boolean {
  const piece = shadow.slice(p, q);
  if (HOLDS_DATE.test(piece) || dottedQuad(piece)) return false;
  const read = dialled(piece);
  return worthReading(read) && whole(read, options);
}

/**
 * Whether the marker in brackets at `s` ("(1)") is a list's whose next piece, at `next`, starts
 * with the marker numbered one more ("(2)"), and the value after the first marker, up to `q`, is
 * read alone (phone.ts goesAlone).
 */
function listGoesOn(
  context: RecognizerContext,
  s: number,
  q: number,
  next: number,
  e: number,
  given: PhoneLabels | undefined,
): boolean {
  const { shadow } = context;
  const value = markerAt(context, s, e);
  return (
    shadow.charCodeAt(s) === 40 &&
    shadow.charCodeAt(next) === 40 &&
    markerAt(context, next, e) > 0 &&
    markerNumber(shadow, next + 1) === markerNumber(shadow, s + 1) + 1 &&
    goesAlone(context, value, shadow.slice(value, q), given)
  );
}

/**
 * Read the long span [s, e) as a list of numbers into `found`: where it starts with "+" or "00",
 * or its label (`given`, or the one before `s`) is a phone's. Returns the end of the last number
 * the list reaches, or `s` when it reaches none. Each piece start tries the ends of at most 12
 * groups, 17 digits and 48 characters, and a start is tried only if a number ends before it, so
 * digit groups that hold no number cost a piece's tries.
 */
export function readList(
  context: RecognizerContext,
  s: number,
  e: number,
  given: PhoneLabels | undefined,
  options: PhoneOptions,
  found: Map<number, RecognizerMatch>,
): number {
  const { shadow } = context;
  const label = given ?? labels(context, s);
  if (label.version) return s;
  // A list's marker before a piece ("tel. (1) 601 234 567 (2) 602 345 678 …", T56a): the piece
  // after it is a start too, beside the marker's own. A list that starts with one is read so
  // without a label too (T59a: "(1) 601 234 567 (2) 602 345 678 (3) 512 345 678 (4) …" stayed
  // whole); each number in it goes or stays as it would alone (accept).
  const first = markerAt(context, s, e);
  if (
    label.phone !== 'own' &&
    shadow.charCodeAt(s) !== 43 &&
    !shadow.startsWith('00', s) &&
    first < 0
  )
    return s;
  // The first start found of each piece's end, and the end of the piece before each start
  // reached: only pieces that are numbers are noted, so a list costs its numbers, and a start is
  // looked at only up to the furthest one reached (what follows a list is read again from there).
  const startOf = new Map<number, number>();
  const after = new Map<number, number>();
  let last = -1;
  let furthest = s;
  if (first > 0) {
    after.set(first, s);
    furthest = first;
  }
  for (let p = s; p <= furthest; p++) {
    if (p > s && !after.has(p)) continue;
    let digits = 0;
    let groups = 0;
    for (let q = p; q < e; ) {
      const c = shadow.charCodeAt(q);
      // No number holds a "+" after its start.
      if (c === 43 && q > p) break;
      if (isDigit(c)) {
        if (++groups > MAX_GROUPS) break;
        while (q < e && isDigit(shadow.charCodeAt(q))) {
          digits++;
          q++;
        }
        if (digits > MAX_DIGITS) break;
      } else q++;
      if (q - p > WINDOW) break;
      const at = shadow.charCodeAt(q - 1);
      // A piece ends before a space, or before a "/" glued to it and to the next piece (issue
      // #14: "tel 07911 123457/07911 123457/7911 123456/…", longer than a window, was read in
      // windows and every number stayed). A "/" inside a number ("030/1234567") ends a piece
      // only where the part before it is a valid number whole.
      const gap = q < e ? shadow.charCodeAt(q) : 32;
      if (!(isDigit(at) || at === 41) || (gap !== 32 && gap !== 47)) continue; // ")"
      if (!isPiece(shadow, p, q, options)) continue;
      const next = q < e ? nextPiece(shadow, q, e) : -1;
      // The first marker in brackets is a list's where the next piece's marker is numbered one
      // more: "(1) 212 555 0123 (2) …" reads "(1) 212 555 0123" as one US number too (readAfterMarkers).
      if (!startOf.has(q) || (p === first && next > 0 && listGoesOn(context, s, q, next, e, given)))
        startOf.set(q, p);
      if (q > last) last = q;
      if (next > 0 && !after.has(next)) {
        after.set(next, q);
        if (next > furthest) furthest = next;
        const marked = markerAt(context, next, e);
        if (marked > 0 && !after.has(marked)) {
          after.set(marked, q);
          if (marked > furthest) furthest = marked;
        }
      }
    }
  }
  if (last < 0) return s;
  const pieces: number[] = [];
  for (let q = last; q > s; ) {
    const p = startOf.get(q) as number;
    pieces.push(p, q);
    q = p > s ? (after.get(p) as number) : s;
  }
  // A last group of one or two digits that ends the span after the list's last number, a space
  // between, is read with that number, as after a number alone (phone.ts readBeforeLoneTail: a
  // count stays or goes with it, a stray key goes): read as a span of its own, the group was
  // no number's and a count always stayed ("tel. (1) 601 234 567 (2) … (3) 601 234 567 1 items"
  // kept "1", where "tel. 601 234 567 1 items" loses it: no trunk, the count may be its end).
  // Where nothing is found so, the last number is read without the group, as before. A list that
  // starts with a marker, its last number after one numbered more than one, is read with no
  // phone's label as after one (NUMBERED), as a short list's numbering stands for one
  // (readAfterMarkers): "(1) 601 234 567 (2) … (3) 601 234 567 1 items" kept "1" where "(1) 601
  // 234 567 (2) 602 345 678 2 szt." and "tel. (1) … (3) 601 234 567 1 items" lose it (V57e).
  // A piece that a "/" glues to the next piece of the list reads that "/" as the list's, where
  // both open as a number does, with a trunk "0", a "+" or a "(" ("tel 030/1234567/0151/
  // 23456789/…", V56f): a bare value after a "/" ("4711/4712/4713/…") is a code's next part.
  let end = loneGroupEnd(shadow, last, e);
  for (let k = pieces.length - 2; k >= 0; k -= 2) {
    const p = pieces[k] as number;
    if (k === 0 && end > last) {
      const had = found.size;
      const read =
        first > 0 && label.phone === 'none' && markedAfter(context, p, e) ? NUMBERED : label;
      readListPiece(context, p, shadow.slice(p, end), false, options, found, read);
      if (found.size > had) break;
      end = last;
    }
    const q = pieces[k + 1] as number;
    const slash =
      k >= 2 &&
      shadow.charCodeAt(q) === 47 &&
      pieces[k - 2] === q + 1 &&
      opensNumber(shadow.charCodeAt(p)) &&
      opensNumber(shadow.charCodeAt(q + 1));
    readListPiece(context, p, shadow.slice(p, q), slash, options, found, label);
  }
  return end;
}

/** `e` where [q, e) is a space and one or two digits (a lone group after a list), else `q`. */
function loneGroupEnd(shadow: string, q: number, e: number): number {
  const n = e - q;
  return (n === 2 || n === 3) &&
    shadow.charCodeAt(q) === 32 &&
    isDigit(shadow.charCodeAt(q + 1)) &&
    isDigit(shadow.charCodeAt(e - 1))
    ? e
    : q;
}

/**
 * Whether a marker in brackets numbered more than one ends right before `p` ("(3) " before a
 * list's last number), as markerAt reads one.
 */
function markedAfter(context: RecognizerContext, p: number, e: number): boolean {
  const { shadow } = context;
  for (let m = p - 4; m >= 0 && m >= p - 5; m--)
    if (shadow.charCodeAt(m) === 40 && markerAt(context, m, e) === p)
      return markerNumber(shadow, m + 1) > 1;
  return false;
}
