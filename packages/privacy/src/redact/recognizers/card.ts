import type { CountryCode as PhoneCountry } from 'libphonenumber-js/max';
import { noteCards, SHORT_HEAD } from '../cardHeads.js';
import { luhnValid } from '../checks/luhn.js';
import { contextBefore, isGlueLetter } from '../context.js';
import { defineRecognizer } from '../defineRecognizer.js';
import { isDigitAt, isFormatSpace, isUnseenSpace } from '../digits.js';
import { qualifiedLabel } from '../prepositions.js';
import { isGlueAt, NumberRun, numberRuns, runText, splitRun } from '../runs.js';
import type { RecognizerContext, RecognizerMatch } from '../types.js';
import { asciiDigitCount } from '../unitScans.js';
import { amountLedAt, amountTailAt, bareDecimalsAt, decimalsAt } from './amountBeside.js';
import { codeBeforeRun, phoneBesideTime, valueBeforeOutDial, yearLeadsRun } from './cardBeside.js';
import { cardAfterYear, restAfterGlueMayBeCard, shipmentInFours } from './cardCodes.js';
import { cardBeforeItsData } from './cardData.js';
import { issuedAt } from './cardLengths.js';
import { cardsWithLettersNear, touchesLookAlike } from './cardLetters.js';
import { cardAcrossTurns, turnStartsAt } from './cardTurns.js';
import { dialled, phoneOptionsFor, trunkDropped, whole } from './phone.js';
import { validNumbersIn } from './phoneMatcher.js';
import { tokenEndAt, tokenStartBefore } from './tokenAfter.js';

// Issuer prefixes (ISO/IEC 7812 major industry identifiers 2–6: airlines/financial, travel and
// entertainment, banking and financial, merchandising and banking): Visa 4, Mastercard 2221–2720
// and 51–55, Amex 34/37, JCB 35, Diners 36/38, Discover 6011/65, UnionPay 62, Maestro 5/6, Mir 2200.
function issuerPlausible(digits: string): boolean {
  const first = digits.charCodeAt(0) - 48;
  return first >= 2 && first <= 6;
}

function confidenceOf(digits: string): number {
  // A Luhn-valid 13–19 digit run is never released; without an issuer prefix it may be an IMEI or a
  // reference number, so it goes out as a card with lower confidence rather than staying.
  return issuerPlausible(digits) ? 0.9 : 0.6;
}

// A card read as a piece of a run (its digits, or only their first): less sure without an
// issuer's first digit, as a whole run is.
const piece = (digits: string): number => (issuerPlausible(digits) ? 0.85 : 0.6);

// How cards are printed: 4-4-4-4(-3), Amex 4-6-5, Diners 4-6-4.
function cardGrouping(sizes: readonly number[]): boolean {
  if (sizes.length === 1) return true;
  const key = sizes.join(',');
  if (key === '4,6,5' || key === '4,6,4') return true;
  return sizes.every((s, k) => (k < sizes.length - 1 ? s === 4 : s >= 1 && s <= 4));
}

/**
 * {@link cardGrouping} of the lengths of groups a..b-1 of a run, read from the run: an array of
 * them per run of 13 digits or more, and per window read of it, was a fifth of the bytes this
 * recognizer allocated (heap sampling, T37c). cardPrefilters.prop.test.ts holds the two to one
 * answer.
 *
 * @since 0.1.0
 */
export function runGrouping(run: NumberRun, a: number, b: number): boolean {
  if (b - a === 1) return true;
  const last = run.groupLength(b - 1);
  if (b - a === 3 && run.groupLength(a) === 4 && run.groupLength(a + 1) === 6)
    if (last === 5 || last === 4) return true;
  for (let k = a; k < b - 1; k++) if (run.groupLength(k) !== 4) return false;
  return last >= 1 && last <= 4;
}

/** The digits of groups a..b of a run, by the digit offsets of each group (`offs`). */
function windowOf(run: NumberRun, offs: readonly number[], a: number, b: number): string {
  return run.digits.slice(offs[a] as number, offs[b + 1] as number);
}

// 4. A card glued to a short number by a space or dash: "4111 1111 1111 1111 123" (a CVV, a
// year, a quantity). Only at an edge of the run and only when at most 4 digits are left over,
// so a long tracking number never yields a "card" from its middle. A window of one group is a
// Luhn-valid run of its own beside the short number, and goes without an issuer's first digit as
// it would alone: "Pixel 8 867542039182731" and "IMEI1 867542039182731" left an IMEI whole (the
// eighth audit, T30b). A tracking number printed in fours has no such group.
function edgeWindow(
  run: NumberRun,
  offs: readonly number[],
  a: number,
  b: number,
): RecognizerMatch | undefined {
  const length = (offs[b + 1] as number) - (offs[a] as number);
  if (length < 13 || length > 19 || run.digitCount - length > 4) return undefined;
  for (let k = a; k < b; k++)
    if (run.sepAt(k) !== run.sepAt(a) || run.sepAt(k) === 46) return undefined; // '.'
  const part = windowOf(run, offs, a, b);
  if (!(a === b || issuerPlausible(part)) || !runGrouping(run, a, b + 1) || !luhnValid(part))
    return;
  return { start: run.groupStart(a), end: run.groupEnd(b), confidence: piece(part) };
}

/**
 * Whether the run's groups after its first, a space after an amount of one to three digits right
 * after its currency sign or word ("R$ 747 91 93859-2065"), are a valid phone number alone in
 * `country`: the amount is no part of it.
 */
function amountBeforePhone(run: NumberRun, text: string, country: string | undefined): boolean {
  if (run.groupCount < 2 || run.groupLength(0) > 3 || run.sepAt(0) !== 32) return false;
  if (isUnseenSpace(text, run.groupEnd(0)) || !amountLedAt(run.shadow, run.start)) return false;
  const rest = run.shadow.slice(run.groupStart(1), run.end);
  return validNumbersIn(rest, country as PhoneCountry | undefined).some(
    (m) => m.startsAt === 0 && m.endsAt === rest.length,
  );
}

// A word's first letter after a space: what a count stands before ("10 items", "43 Stück").
const WORD_AFTER = /^ \p{L}/u;

/**
 * Whether the Luhn-valid run is a phone number and a count, its word after it ("tel 07911 123456
 * 10 items", "tel 0151 23456789 43 Stück"): its last group of one or two digits after a space
 * the text holds, a word after the run, the groups before the last a valid number whole in
 * `country`, led by a trunk "0" or a "+" before the run (read with them), and the run whole none.
 * Where the run with the count is a valid number too ("030 12345678 18": Berlin's numbers have
 * many lengths) the count may be the number's own end and the run goes whole (fail closed; after
 * an order's label, where the phone reading takes nothing, "Bestellnummer 030 12345678 18 Stück"
 * kept "18" without this, V54b). The count alone is no Luhn-valid run of 13 digits or more, so no
 * card's digits are left. A run printed as cards are, in fours, is read so too: the lead keeps
 * every card out (no card number starts with "0", and none is written after a "+"), and "tel 0151
 * 2345 6789 19 Stück", a mobile of one length, lost its count to a card's reading where "tel 0151
 * 2345 6789 2 Stück" kept it (V53b asked runGrouping here: "4539 1488 0343 6467 10 items", a
 * card, is no phone by its lead; V54b).
 */
function phoneBeforeCount(run: NumberRun, text: string, country: string | undefined): boolean {
  const g = run.groupCount;
  if (g < 2 || run.groupLength(g - 1) > 2 || run.sepAt(g - 2) !== 32) return false;
  const { shadow } = run;
  if (!WORD_AFTER.test(shadow.slice(run.end, run.end + 2))) return false;
  if (isUnseenSpace(text, run.groupEnd(g - 2))) return false;
  // Led by a trunk "0" or a "+": the number's country, and so its length, is its own (phone.ts
  // countAfter; a number without either may be another country's, whose end the count is).
  const from = run.start > 0 && shadow.charCodeAt(run.start - 1) === 43 ? run.start - 1 : run.start;
  // Or written as its country's international print writes it without the trunk, its digits
  // however grouped (phone.ts trunkDropped, loose, as readHeadBeforeFound reads "tel 151 23456789 2
  // Stück"): read with the "0" typed. "tel 151 23456789 43 items" lost its count where the 13
  // digits passed Luhn, and kept it where not (V55b).
  const dropped = from === run.start && shadow.charCodeAt(from) !== 48;
  if (
    dropped &&
    !trunkDropped(shadow.slice(from, run.groupEnd(g - 2)), phoneOptionsFor(country), true)
  )
    return false;
  // A card after a short number ("Qty 0 4000 0566 5566 55 ok": a "0" changes no Luhn sum) is the
  // short number's rule's (below): the card goes whole.
  const first = run.groupLength(0);
  if (first <= 3 && run.digitCount - first >= 13 && luhnValid(run.digits.slice(first)))
    return false;
  const valid = (to: number): boolean => {
    const read = dropped ? `0${shadow.slice(from, to)}` : shadow.slice(from, to);
    return validNumbersIn(read, country as PhoneCountry | undefined).some(
      (m) => m.startsAt === 0 && m.endsAt === read.length,
    );
  };
  return valid(run.groupEnd(g - 2)) && !valid(run.end);
}

/**
 * The card at the start of a run whose whole length its network does not issue: the longest
 * window of its first groups whose network issues it at its length (cardLengths.ts issuedAt),
 * printed as cards are, passing Luhn, with at most four digits of the run after it (edgeWindow);
 * or undefined.
 */
function issuedPrefix(run: NumberRun): RecognizerMatch | undefined {
  const g = run.groupCount;
  const offs = [0];
  for (let k = 0; k < g; k++) offs.push((offs[k] as number) + run.groupLength(k));
  for (let b = g - 2; b >= 0; b--) {
    const m = edgeWindow(run, offs, 0, b);
    if (m && issuedAt(run.digits, offs[b + 1] as number) === true) return m;
  }
  return undefined;
}

/**
 * `m`, a Luhn-valid stretch of `run`, or where it is a phone number beside a time's or a date's
 * digits (cardBeside.ts phoneBesideTime) the number alone, at SHORT_HEAD.
 */
function besideOr(
  run: NumberRun,
  m: RecognizerMatch,
  country: string | undefined,
): RecognizerMatch {
  const beside = phoneBesideTime(run.shadow, m.start, m.end, country);
  return beside === undefined
    ? m
    : { start: beside.start, end: beside.end, confidence: SHORT_HEAD };
}

/** Groups a..b-1 of `run` as a run of their own. */
function groupsOf(run: NumberRun, a: number, b: number): NumberRun {
  let digits = 0;
  let dots = 0;
  for (let k = a; k < b; k++) {
    digits += run.groupLength(k);
    if (k < b - 1) dots += +(run.sepAt(k) === 46);
  }
  const { shadow, table } = run;
  return new NumberRun(
    shadow,
    run.groupStart(a),
    run.groupEnd(b - 1),
    run.first + 2 * a,
    b - a,
    digits,
    dots,
    table,
  );
}

/**
 * The first group of `run` from group `from` on, after a space, where a token starts (an amount
 * with its decimals, a date, a time, a version: tokenAfter.ts), or -1 where none does.
 */
function tokenGroup(run: NumberRun, text: string, from: number): number {
  for (let t = from > 0 ? from : 1; t < run.groupCount; t++) {
    if (run.sepAt(t - 1) !== 32 || isUnseenSpace(text, run.groupEnd(t - 1))) continue;
    if (tokenEndAt(run.shadow, run.groupStart(t), run.groupEnd(t)) > 0) return t;
  }
  return -1;
}

/**
 * The group of `run` right after a token that starts it (an amount with its decimals, a date, a
 * time, a version: tokenAfter.ts), read whole from the run's first digit or from digits and marks
 * right before it ("06/12/2026", "14:30"), a space the text holds after it; or -1. "am
 * 2026-12-06 4111 1111 1111 1111" was one run of 24 digits and left the card in clear (V60i).
 */
function leadToken(run: NumberRun, text: string): number {
  const { shadow } = run;
  const s = tokenStartBefore(shadow, run.start);
  let e = s === run.start ? run.groupEnd(0) : s;
  if (s < run.start) while (isDigitAt(shadow, e)) e++;
  const end = tokenEndAt(shadow, s, e);
  if (end < run.groupEnd(0)) return -1;
  for (let k = 0; k < run.groupCount - 1 && run.groupEnd(k) <= end; k++)
    if (run.groupEnd(k) === end)
      return run.sepAt(k) === 32 && !isUnseenSpace(text, end) ? k + 1 : -1;
  return -1;
}

// The most digits a Luhn-valid run the issue names holds (13 to 19).
const RUN_MAX = 19;

/**
 * A run that holds tokens after a space (tokenGroup, its first at group `t`): an amount, a date, a
 * time or a version is read whole or not at all (V60c). "HZG-8409-1773-9131 63,45 €" went as
 * "HZG-[CARD],45 €" and "5293 5906 5871 2026-12-06" as "[CARD]-12-06": the groups between the
 * tokens are read as runs of their own, each once (a run of many tokens is read in one pass, in
 * linear time). Where the groups before a token hold nothing read, they go anyway, at
 * SHORT_HEAD and typed by a phone's reading where one reads them, if the digits left in clear
 * would make a Luhn-valid run of 13 to 19 (the groups a space or a dash joins to the token's
 * first, as redact.prop.test.ts reads a run; fail closed): "HZG-[CARD] 63,45 €".
 * "5293 5906 5871 2026-12-06" stays: twenty digits, no such run.
 */
function besideTokens(
  run: NumberRun,
  text: string,
  found: RecognizerMatch[],
  country: string | undefined,
  first: number,
): void {
  const g = run.groupCount;
  let from = 0;
  for (let t = first; ; ) {
    const to = t < 0 ? g : t;
    const had = found.length;
    if (to > from) {
      const part = groupsOf(run, from, to);
      if (part.digitCount >= 13) candidates(part, text, found, country, false);
    }
    if (t < 0) return;
    const a = found.length === had && t > from ? luhnRunAt(run, t) : -1;
    if (a >= 0) {
      // Where the groups and the token's first group read as they did together, each stretch
      // cut before the token (a time's minutes before a number, "0:02 0044 20 7946 0018 1.1.90",
      // stay as that reading keeps them); else the groups joined to the token go whole.
      const end = run.groupEnd(t - 1);
      const read: RecognizerMatch[] = [];
      candidates(groupsOf(run, from, t + 1), text, read, country, false);
      // (A "+" right before a stretch cut so goes with it: no card is written after one, and
      // "Tel. +31 6 73589344 08:38" left it before "[CARD]", V61c.)
      for (const m of read)
        if (m.start < end)
          found.push(
            m.end <= end ? m : { start: plusAt(run, m.start), end, confidence: SHORT_HEAD },
          );
      if (found.length === had)
        found.push({
          start: plusAt(run, run.groupStart(Math.max(a, from))),
          end,
          confidence: SHORT_HEAD,
        });
    }
    const end = tokenEndAt(run.shadow, run.groupStart(t), run.groupEnd(t));
    from = t;
    while (from < g && run.groupStart(from) < end) from++;
    t = from < g ? tokenGroup(run, text, from) : -1;
  }
}

/** Whether the digits of `run` are a Luhn-valid run of 13 to 19. */
function passesLuhn(run: NumberRun): boolean {
  return run.digitCount >= 13 && run.digitCount <= RUN_MAX && luhnValid(run.digits);
}

/** `start`, or the "+" right before it (a number's, never a card's). */
function plusAt(run: NumberRun, start: number): number {
  return start > 0 && run.shadow.charCodeAt(start - 1) === 43 ? start - 1 : start;
}

/**
 * Where the groups of `run` that a space or a dash joins to group `t` (no dot between) start, as
 * a group, where they make a Luhn-valid run of 13 to 19 digits; -1 where they make none. Read no
 * further than 19 digits either way.
 */
function luhnRunAt(run: NumberRun, t: number): number {
  const g = run.groupCount;
  let digits = run.groupLength(t);
  let a = t;
  while (a > 0 && run.sepAt(a - 1) !== 46 && digits <= RUN_MAX) digits += run.groupLength(--a);
  let z = t;
  while (z < g - 1 && run.sepAt(z) !== 46 && digits <= RUN_MAX) digits += run.groupLength(++z);
  if (digits < 13 || digits > RUN_MAX) return -1;
  let clear = '';
  for (let k = a; k <= z; k++) clear += run.shadow.slice(run.groupStart(k), run.groupEnd(k));
  return luhnValid(clear) ? a : -1;
}

function candidates(
  run: NumberRun,
  text: string,
  found: RecognizerMatch[],
  country: string | undefined,
  tokens = true,
): void {
  const g = run.groupCount;
  if (tokens && g > 1) {
    const t = tokenGroup(run, text, 1);
    if (t > 0) {
      besideTokens(run, text, found, country, t);
      return;
    }
  }
  // An amount and its decimals first, then a space ("R$ 50,00 11 98765-4321", "$12.00 4111 1111
  // 1111 1111"): no card starts with an amount's cents. The cents and a phone passed Luhn and
  // went as "R$ 50,[CARD]"; a card took the cents with it (zeros change no Luhn sum), or was left
  // whole past a short number, the amount's digits counted as more left over (T55d). The run is
  // read from after the decimals; where it passed Luhn whole and nothing of the rest does, the
  // rest goes as the rest after a short number does (SHORT_HEAD). So after decimals with nothing
  // before their amount ("50,00 11 98765-4321", amountBeside.ts bareDecimalsAt; T56a): the phone
  // reading takes the rest where it is a phone.
  const cents =
    decimalsAt(run.shadow, run.start) ||
    bareDecimalsAt(run.shadow, run.start) ||
    amountTailAt(run.shadow, run.start)
      ? 1
      : g > 2 && run.sepAt(0) === 46 && decimalsAt(run.shadow, run.groupStart(1))
        ? 2
        : 0;
  if (cents > 0 && cents < g && run.sepAt(cents - 1) === 32) {
    let digits = 0;
    for (let k = 0; k < cents; k++) digits += run.groupLength(k);
    let dots = 0;
    for (let k = cents; k < g - 1; k++) dots += +(run.sepAt(k) === 46);
    const rest = new NumberRun(
      run.shadow,
      run.groupStart(cents),
      run.end,
      run.first + 2 * cents,
      g - cents,
      run.digitCount - digits,
      dots,
      run.table,
    );
    const had = found.length;
    if (rest.digitCount >= 13) candidates(rest, text, found, country);
    if (found.length === had && run.digitCount <= 19 && luhnValid(run.digits))
      found.push({ start: rest.start, end: rest.end, confidence: SHORT_HEAD });
    return;
  }
  // A token that starts the run ("2026-12-06 4111 1111 1111 1111", "06/12/2026 …", "12.50 …"):
  // the groups after it are read as a run of their own, and the token stays (leadToken, V60i).
  // Where they read as nothing, the run is read whole as before (fail closed: "2026-12-06 4711
  // 2023 3" passes Luhn whole and goes).
  // (Since V63c a year alone leads the run so too, "ref 2026 4111 1111 1111 1111" (a tracking
  // number's first group in fours, below, left the card whole) and "tel 2005 07407 579459" (the
  // year passed Luhn with the number: "tel [CARD]"); not a shipment's number after its word, nor
  // one of more than twenty digits: "parcel 1976 4315 3203 0070 8944 73", 22 in fours, held a
  // Luhn-valid stretch of 18 after its first group and went as "parcel 1976 [CARD]".)
  // (Since V64a, a shipment's number after its word too where a card, an issuer's digit first,
  // passes Luhn after its year (cardCodes.ts cardAfterYear): "tracking number 2026 4111 1111 1111
  // 1111" left the card whole.)
  let lead = leadToken(run, text);
  if (
    lead < 0 &&
    run.digitCount <= 20 &&
    yearLeadsRun(run, text) &&
    !(g === 5 && shipmentInFours(run, text) && !cardAfterYear(run))
  )
    lead = 1;
  if (lead > 0) {
    const had = found.length;
    const rest = groupsOf(run, lead, g);
    if (rest.digitCount >= 13) candidates(rest, text, found, country);
    if (found.length > had) return;
    // Or, where the run, or the rest with the token's last group, passes Luhn (and went whole
    // below), a valid number whole (V62c): it goes below every other reading, typed by the
    // phone's, and the token stays. "28.11.2000 512 273 796" and "12.2016 07407 447522" passed
    // Luhn with the year and went as "28.11.[CARD]": the year is the token's, no card's first
    // group. ("pH normal 7.35 919876543210" passes none, and stays.)
    if (
      (passesLuhn(run) || passesLuhn(groupsOf(run, lead - 1, g))) &&
      whole(dialled(run.shadow.slice(rest.start, rest.end)), phoneOptionsFor(country))
    ) {
      found.push({ start: plusAt(run, rest.start), end: rest.end, confidence: SHORT_HEAD });
      return;
    }
  }
  // 0. A model's number glued to its letters, then a space and a Luhn-valid run of its own: "Galaxy
  // S24 867542039182731" passed Luhn whole (one time in ten) and went as "Galaxy S[CARD]" (the
  // ninth audit). A group glued to letters is a code's part, never a card's first group (no card
  // is printed glued to a word), so the device's id goes and the model's number stays; a rest
  // that is no card leaves the run to be read whole as before, so nothing Luhn-valid is left.
  const head = run.groupLength(0);
  // Only where the rest is one group or a card's whole print (cardCodes.ts): "SKU AT50 1121 9236
  // 2645 4 Stk." is a code's print and stays (V59i); or where the run passes Luhn whole, which
  // goes anyway (the head kept, as before).
  const glued = isGlueLetter(text.charAt(run.start - 1));
  if (
    g > 1 &&
    head <= 4 &&
    run.sepAt(0) === 32 &&
    glued &&
    (restAfterGlueMayBeCard(run) || (run.digitCount <= 19 && luhnValid(run.digits)))
  ) {
    const rest = run.digits.slice(head);
    if (rest.length >= 13 && rest.length <= 19 && luhnValid(rest)) {
      // (Or a time's "14h30" and a number: cardBeside.ts.)
      const m = { start: run.groupStart(1), end: run.end, confidence: confidenceOf(rest) };
      found.push(besideOr(run, m, country));
      return;
    }
  }
  // 1. The whole run: every Luhn-valid 13–19 digit run goes, spaced or dashed; one with a dot
  // only in a card's grouping ("4111.1111.1111.1111"): "52.229676 21.012229" is a place, read in
  // its parts between dots below.
  if (run.digitCount <= 19 && luhnValid(run.digits) && (!run.dots || runGrouping(run, 0, g))) {
    // A first group of three digits set apart by a space is a number of its own: no card is
    // printed so. Every print starts with a group of four: 4-4-4-4, 4-6-5, 4-6-4 (cardGrouping);
    // the gaps a card form prints for each of twelve brands, Visa, Mastercard, Amex, Diners,
    // Discover, JCB, UnionPay, Maestro, Elo, Mir, Hiper, Hipercard, come first after four digits
    // (Braintree's credit-card-type, src/lib/card-types.ts, read 2026-12-04); Visa's old 13 digits
    // are said to print 4-4-5 or 4-3-3-3 (no issuer's text found). "ref 123 0712345678", a short
    // number before a mobile, made a Luhn-valid run one time in ten (T48e). The rest goes, below
    // every other reading's confidence (see SHORT_HEAD): as a phone where one reads it, the three
    // digits kept; as a card where nothing does, so the Luhn-valid run is never left whole. Only
    // where the rest is one group or printed as a card is (in fours): in threes, the run is an
    // id's print whole (a SIRET, "732 829 320 00017", 3-3-3-5, passes Luhn by construction); and
    // only after a space the text holds, not an invisible or combining mark the shadow reads as
    // one ("435\u00ad4-4701-9802-3805", "424\u03012424242424242" are one card each).
    // An amount right after its currency, then a phone that is valid alone ("R$ 747 91
    // 93859-2065" passed Luhn whole and went as "R$ [PHONE]", the phone reading the rest): the
    // amount stays and the rest goes at SHORT_HEAD, typed by the phone reading (T58b). Where the
    // rest is no valid number alone, the run goes whole (fail closed).
    if (amountBeforePhone(run, text, country)) {
      found.push({ start: run.groupStart(1), end: run.end, confidence: SHORT_HEAD });
      return;
    }
    // A number after a calling code in brackets ("(00 44) 20 7946 0018 4711": cardBeside.ts
    // codeBeforeRun): the number goes at SHORT_HEAD, typed by the phone reading, and the rest stays.
    const coded = codeBeforeRun(run, country);
    if (coded > 0) {
      found.push({ start: run.start, end: coded, confidence: SHORT_HEAD });
      return;
    }
    // A value of one to eight digits (a count, a list's number, a time's minutes, an order's
    // number), then a number dialled out with "00" (cardBeside.ts valueBeforeOutDial): "tel 1 001
    // 646 555-0199 7911", "12:30 0044 20 7946 0018", "Order 4711 0048 601 234 567". The two
    // passed Luhn together one time in ten and went whole, where "tel 1 +1 646 555-0199 7911"
    // kept the count, and the phone's union with them took the value ("12:[PHONE]", V57a; V57b).
    // The number goes, at SHORT_HEAD, typed by the phone reading; the value and what follows the
    // number stay (no card's issuer digit is 0, and none is printed after a short group: a
    // card's print holds no such run), at most ten digits, no card's; so a time's hour or a
    // date's day after it ("+44 20 7946 0018 14:30"). One reading since V58d: V57a's and V57b's
    // were two, and asked the same cut twice where V57b's failed. Since V59g up to eight digits
    // (an order's "12345"; no card is printed with a first group over four), and a number
    // wrapped at the line's end ("Order 12345 0044 7911\n123456").
    const dialledEnd = valueBeforeOutDial(run, text, country);
    if (dialledEnd > 0) {
      found.push({ start: run.groupStart(1), end: dialledEnd, confidence: SHORT_HEAD });
      return;
    }
    // A phone, then a count and its word ("tel 07911 123456 10 items", 13 digits that pass Luhn
    // one time in ten): the count stays and the phone goes, at SHORT_HEAD, typed by the phone
    // reading (phoneBeforeCount). Without it the two went whole (V53b). Before the short number's
    // rule below, which reads "020 7946 0018 16 items" as "020" and a rest.
    if (phoneBeforeCount(run, text, country)) {
      found.push({ start: run.start, end: run.groupEnd(g - 2), confidence: SHORT_HEAD });
      return;
    }
    // A time's minutes before the number, its hour after it, or a date's day after it
    // (cardBeside.ts phoneBesideTime).
    const beside = phoneBesideTime(run.shadow, run.start, run.end, country);
    if (beside !== undefined) {
      found.push({ start: beside.start, end: beside.end, confidence: SHORT_HEAD });
      return;
    }
    // Three digits before the rest: the rest goes (the short number's rule above). A number of
    // one or two digits before a card on one line ("Qty 18 4111 1111 1111 1111"): no card is
    // printed with such a first group, so where the rest is a card printed as cards are, with an
    // issuer's first digit, passing Luhn, the card goes and the number stays. The two passed Luhn
    // together one time in ten and went whole (T68d); a rest that is no card leaves the run whole,
    // as before (fail closed).
    if (
      head <= 3 &&
      g > 1 &&
      run.sepAt(0) === 32 &&
      !isUnseenSpace(text, run.groupEnd(0)) &&
      runGrouping(run, 1, g)
    ) {
      const rest = run.digits.slice(head);
      const card = rest.length >= 13 && luhnValid(rest);
      if (head === 3) {
        found.push({
          start: run.groupStart(1),
          end: run.end,
          confidence: card ? confidenceOf(rest) : SHORT_HEAD,
        });
        return;
      }
      if (card && issuerPlausible(rest)) {
        found.push({ start: run.groupStart(1), end: run.end, confidence: confidenceOf(rest) });
        return;
      }
    }
    // A card, then a short number on the same line ("card 4111 1111 1111 1111 18": a quantity, a
    // day): the two passed Luhn together at a length the card's network does not issue (an
    // 18-digit Visa), one time in ten, and went whole with the number (session 47's gap). The card
    // is the longest window of the run's first groups that its network issues at its length, printed
    // as cards are and passing Luhn (edgeWindow: four digits left at most, one separator): as a
    // card across lines ends at a line break (blockEnd). Where the network issues the whole length
    // (a 19-digit Visa, an 18-digit Mir), where no such window passes Luhn, or where the network
    // is unknown (cardLengths.ts), the run goes whole: never a Luhn-valid issued card left.
    // Only where the groups before the last hold a card's 13 digits (a 4-4-4-4 print holds 12
    // before its last group: most cards are asked nothing more).
    if (
      g > 1 &&
      run.digitCount - run.groupLength(g - 1) >= 13 &&
      issuedAt(run.digits, run.digitCount) === false
    ) {
      const cut = issuedPrefix(run);
      if (cut) {
        found.push(cut);
        return;
      }
    }
    found.push({ start: run.start, end: run.end, confidence: confidenceOf(run.digits) });
    return;
  }
  const offs = [0];
  for (let k = 0; k < g; k++) offs.push((offs[k] as number) + run.groupLength(k));
  // 2. Cards listed with a space, dash or dot between ("4111 1111 1111 1111 5500 0000 0000
  // 0004"): the run splits from end to end into cards, each grouped as cards are printed, with an
  // issuer's first digit, and passing Luhn (a tracking number printed in fours rarely does). A
  // group of five digits or more that is no card may stand between or beside them, an order's
  // number ("order 558812 4111 1111 1111 1111 5500 0000 0000 0004" left both cards, T28b): no
  // card is printed starting with one, and a tracking number printed in fours holds none. One
  // card beside such a group goes too: "Parcel 0013542419 4111 1111 1111 1111" was read as a
  // tracking number's end and left the card whole, and #14's rule is that redact never leaves a
  // Luhn-valid 13-19 digit run (T29d); the long group is no card piece and stays.
  // A run of 18 or 19 digits that is no card whole may hold one beside a group of five ("10000
  // 2000000000008", T29d's property). A piece of one group needs no issuer's first digit, as at
  // an edge (edgeWindow): "IMEIs 867542039182731 867542039182749" left both devices' ids whole.
  if (run.digitCount >= 18) {
    // A card's groups share one separator; it holds 13 to 19 digits.
    const pieces = splitRun(run, 19, (a, b) => {
      const length = (offs[b] as number) - (offs[a] as number);
      if (length > 19 || (b - a > 1 && run.sepAt(b - 2) !== run.sepAt(a))) return -1;
      if (length < 13) return +(b - a === 1 && length >= 5);
      const part = windowOf(run, offs, a, b - 1);
      return +((b - a === 1 || issuerPlausible(part)) && runGrouping(run, a, b) && luhnValid(part));
    });
    const cards: RecognizerMatch[] = [];
    for (let p = 0; pieces && p < pieces.length; p += 2) {
      const a = pieces[p] as number;
      const b = pieces[p + 1] as number;
      const start = offs[a] as number;
      if ((offs[b] as number) - start >= 13) {
        const confidence = piece(run.digits.charAt(start));
        cards.push({ start: run.groupStart(a), end: run.groupEnd(b - 1), confidence });
      }
    }
    if (cards.length > 0) {
      found.push(...cards);
      return;
    }
  }
  // 3. Each part between dots ("1.4111 1111 1111 1111" is an amount glued to a card) or between
  // invisible marks (the shadow reads an LRM as a space, but "0013542419\u200e4111 1111 1111 1111"
  // is two numbers set apart by the writer's bidi marks).
  let from = 0;
  for (let k = 0; k < g; k++) {
    if (k < g - 1 && run.sepAt(k) !== 46 && !isFormatSpace(text.charCodeAt(run.groupEnd(k))))
      continue;
    const length = (offs[k + 1] as number) - (offs[from] as number);
    if ((from > 0 || k < g - 1) && length >= 13 && length <= 19) {
      const part = windowOf(run, offs, from, k);
      if (luhnValid(part)) {
        // (A number and a date's day after it, "+33 6 12 34 56 78 01.05.2024": cardBeside.ts.)
        const end = run.groupEnd(k);
        found.push(
          besideOr(
            run,
            { start: run.groupStart(from), end, confidence: confidenceOf(part) },
            country,
          ),
        );
      }
    }
    from = k + 1;
  }
  // 4. Edge windows (see edgeWindow); none in a shipment's number in fours after its tracking
  // word (cardCodes.ts shipmentInFours, V59i).
  for (let b = g - 2; b >= 0 && !(g === 5 && shipmentInFours(run, text)); b--) {
    const m = edgeWindow(run, offs, 0, b);
    if (m) found.push(besideOr(run, m, country));
  }
  // A number before a card is a short one ("2 4111 1111 1111 1111"): four digits before a
  // card-length stretch are the first group of a tracking number printed in fours ("9400 1000
  // 0000 0000 0000 00", 22 digits, one in twenty of which holds a Luhn-valid stretch of 18).
  // Not after a head glued to letters, the rest no card's whole print (cardCodes.ts, V59i).
  for (let a = 1; a < g && (offs[a] as number) < 4; a++) {
    if (a === 1 && glued && !restAfterGlueMayBeCard(run)) break;
    const m = edgeWindow(run, offs, a, g - 1);
    if (m) found.push(besideOr(run, m, country));
  }
  // 5. A card, then its code and expiry or an amount, more than four digits in all ("4111 1111
  // 1111 1111 123 12/27" was left whole; cardData.ts, T63d).
  if (g > 2) cardBeforeItsData(run.shadow, run, found);
}

// A line break, an HTML one ("<br>") or both, and a quoted reply's "> " marks after it; or a
// dash with spaces, an underscore ("4111 - 1111 - 1111 - 1111", "4111_1111_1111_1111"); or two
// or three spaces, or a tab: "4111  1111  1111  1111" was four runs of four digits, none a card,
// and the card stayed whole (the tenth audit, T34e).
/**
 * What may stand between two runs of a card printed across lines (above).
 *
 * @since 0.1.0
 */
export const GROUP_GAP = /^(?: ?(?:<br ?\/?>\r?\n?|\r?\n)(?: ?>)* ?| ?[-_] ?|[ \t]{2,3}|\t)$/i;
// A line break as above, then a lone digit that ends its line, or its sentence with a full stop, a
// comma, ";", "!" or "?" ("card 4130 5473 6434\n0. thanks" left a Luhn-valid card, T28b): a card's
// last group of one. Not before a decimal ("0.5") or a time ("0:30"): the mark must end a word.
/**
 * A card's last digit alone on its line (above).
 *
 * @since 0.1.0
 */
export const LONE = /^ ?(?:<br ?\/?>\r?\n?|\r?\n)(?: ?>)* ?\d(?=[.,;!?]?(?!\S))/i;
const IN_FOURS = /^4(?:[ .-]4)*$/;
// The first line of a card printed as Amex (4-6-5) or Diners (4-6-4) print theirs, wrapped before
// its last group ("3782 822463\n10005"): its block is read as one that starts in fours is, and
// goes only in one of those groupings (cardGrouping).
const AMEX_HEAD = /^4[ -]6$/;

/**
 * Whether every unit of shadow[from, to) is one GROUP_GAP is written with (spaces, a tab, a line
 * break, "<br/>" in either case, "> ", "-", "_"): most gaps between two runs are words ("12 May
 * 2024", "order 123 and 456"), and a slice of each for the expression was a string per pair of
 * runs of every text.
 *
 * @since 0.1.0
 */
export function gapChars(shadow: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = shadow.charCodeAt(k);
    const l = c | 0x20;
    if (
      !(
        c === 32 ||
        c === 9 ||
        c === 10 ||
        c === 13 ||
        c === 45 ||
        c === 95 ||
        c === 47 ||
        c === 60 ||
        c === 62 ||
        l === 0x62 ||
        l === 0x72
      )
    )
      return false;
  }
  return true;
}

/**
 * Whether a line break (LONE's "\n", "\r\n" or "<br>", after a space or not) starts at `at`:
 * LONE is read only then.
 *
 * @since 0.1.0
 */
export function breakAt(shadow: string, at: number): boolean {
  // Not past the text's end (many runs end it): a read there made V8 throw this recognizer's
  // optimised code away (--trace-deopt: "out of bounds").
  if (at + 1 >= shadow.length) return false;
  let c = shadow.charCodeAt(at);
  if (c === 32) c = shadow.charCodeAt(at + 1);
  return c === 10 || c === 13 || c === 60;
}

/**
 * Whether a block's digits `digits`, in its groups `groups` (split at every gap, line breaks
 * included), read as a card: 13 to 19 digits from an issuer's first digit, printed as cards are,
 * passing Luhn.
 */
function printedCard(groups: readonly string[], digits: string): boolean {
  return (
    digits.length >= 13 &&
    digits.length <= 19 &&
    issuerPlausible(digits) &&
    cardGrouping(groups.map((g) => g.length)) &&
    luhnValid(digits)
  );
}

/** Whether runs `first`..`k` are each one group of four digits: a column's numbers ("2024\n2025"). */
function column(runs: readonly NumberRun[], first: number, k: number): boolean {
  for (let r = first; r <= k; r++) if ((runs[r] as NumberRun).shape !== '4') return false;
  return true;
}

/**
 * Where a card printed across lines (runs `first`..`k` of `runs`, ending at `end`, its digits
 * `digits`) ends, or -1 where the block holds no card of its own. `whole`: the block reads as a
 * card as it stands (13 to 19 digits from an issuer's first digit, printed as cards are, passing
 * Luhn).
 * - A whole card ends at `end`, unless its network does not issue its length and the block up to a
 *   line break after one of its runs is a card the network issues: "4111 1111 1111 1111\n18" is a
 *   16-digit Visa and a line "18", not an 18-digit one (cardLengths.ts; one such block in ten
 *   passes Luhn at both lengths). A network we do not know reads whole, as before.
 * - A block that is no card whole ends at the line break before its last run (or before a lone
 *   last digit) where the lines before it are one: "4111 1111\n1111 1111\n123" and "…\n12345"
 *   left the card in clear, the block read whole or not at all (nine blocks in ten fail Luhn with
 *   the next line's number in them). Not where every line is one group of four: a column of
 *   four-digit numbers ("2024\n2025\n…") is read whole or not at all, as before.
 *   Not a length the network does not issue either.
 * In both, the card read short is the longest such, printed as cards are and passing Luhn; where
 * it is the block's first run alone, -1: that run reads as a card by itself (`candidates`), as it
 * does where the next line is not read (a later pass reads only the lines beside a placeholder,
 * lines.ts), so the two passes agree.
 *
 * @since 0.1.0
 */
export function blockEnd(
  shadow: string,
  runs: readonly NumberRun[],
  first: number,
  k: number,
  end: number,
  digits: string,
  whole: boolean,
): number {
  if (whole && issuedAt(digits, digits.length) !== false) return end;
  const lone = end > (runs[k] as NumberRun).end;
  if (!whole && column(runs, first, k)) return -1;
  const from = (runs[first] as NumberRun).start;
  // The runs up to k - 1, or up to k where a lone last digit follows it; only the last line off
  // where the block is no card whole.
  const last = lone ? k : k - 1;
  for (let r = last; r >= first && (whole || r === last); r--) {
    const to = (runs[r] as NumberRun).end;
    if (!breakAt(shadow, to)) continue;
    const groups = shadow.slice(from, to).split(/\D+/);
    const head = groups.join('');
    const issued = issuedAt(head, head.length);
    if ((whole ? issued === true : issued !== false) && printedCard(groups, head))
      return r === first ? -1 : to;
  }
  return whole ? end : -1;
}

/** Payment cards: 13–19 digits in any script, spaced or dashed, passing Luhn (ISO/IEC 7812-1). */
export const cardRecognizer = defineRecognizer({
  id: 'card',
  type: 'card',
  placeholder: '[CARD]',
  find(context) {
    const { shadow } = context;
    const found: RecognizerMatch[] = [];
    const runs = numberRuns(context);
    // Its glue read as the runs read it: a soft line break inside the number is a soft hyphen.
    const text = runText(context);
    // The first run of the block of lines that holds run k (a run per line, each at its line's
    // end and the next one's start), or -1.
    let first = -1;
    // The end of the last card typed with letters (cardLetters.ts), T61d.
    let lettered = 0;
    for (let k = 0; k < runs.length; k++) {
      const run = runs[k] as NumberRun;
      if (run.digitCount >= 13) candidates(run, text, found, context.country);
      // A card typed with letters for digits ("4111 1111 1111 111l"), and a card's halves at the
      // end of a chat turn and the start of the same sender's next (T61d): asked here, not by
      // recognizers of their own, which cost each text a call and a walk of its runs.
      // Both hold a run of four digits or more: a print of 13 or more with four letters at most
      // has a group of four digits, whose run ends at a letter (or a separator and one), and a
      // turn's half is a group of four. A call per shorter run (a date's, a time's) cost the cold
      // workload 1.7% of its instructions (instructions.sh redact 1).
      if (run.digitCount >= 4) {
        // Its gate asked here: cardsWithLettersNear, called only beside a look-alike (114 runs of
        // the cold workload's 15,731), is then never compiled by V8's optimiser (T62a).
        if (touchesLookAlike(shadow, run.start - 1, -1) || touchesLookAlike(shadow, run.end, 1))
          lettered = cardsWithLettersNear(shadow, run, found, lettered);
        if (breakAt(shadow, run.end)) cardAcrossTurns(shadow, runs, k, found);
      }
      const next = runs[k + 1];
      if (
        next &&
        next.start - run.end <= 9 &&
        gapChars(shadow, run.end, next.start) &&
        GROUP_GAP.test(shadow.slice(run.end, next.start)) &&
        // Not a chat export's next turn, whose header starts with its date ("04/12/2026 14:03 -
        // Ana: "): "card 4265 5489 1898\n04/12/2026 …" went as "[CARD]/12/2026" (T61d; a card's
        // halves across two turns are cardTurns.ts's).
        !turnStartsAt(shadow, next.start) &&
        // Nor an amount, a date, a time or a version on the next line (tokenAfter.ts, V60c):
        // "card 6011 9523 1300 0396\n26/03/2020" went as "[CARD]/03/2020", the day's "26" read
        // as the card's last group (an 18-digit Discover), "3094-0773-3334\n689,63€" as
        // "[CARD],63€".
        tokenEndAt(shadow, next.start, next.groupEnd(0)) < 0
      ) {
        if (first < 0) first = k;
        continue;
      }
      // A last group of one digit alone on its line is in no run (runs hold two digits or more).
      const lone =
        (first >= 0 || run.digitCount >= 12) && breakAt(shadow, run.end)
          ? LONE.exec(shadow.slice(run.end, run.end + 12))
          : null;
      if (first < 0 && !lone) continue;
      if (first < 0) first = k;
      // A card printed in fours across line breaks ("4111 1111\n1111 1111", a group a line):
      // the block from its first run in fours (a line before may end with another number, "exp
      // 12/27"), whole, with an issuer's first digit (lines of short numbers, one in ten of
      // which pass Luhn, rarely start so; a part of a block is not read).
      const head = (r: number) => {
        const shape = (runs[r] as NumberRun).shape;
        return IN_FOURS.test(shape) || (r === k - 1 && AMEX_HEAD.test(shape));
      };
      while (first < k && !head(first)) first++;
      const from = (runs[first] as NumberRun).start;
      const end = run.end + (lone?.[0].length ?? 0);
      const groups = shadow.slice(from, end).split(/\D+/);
      const digits = groups.join('');
      if ((first < k || lone) && head(first)) {
        const whole = printedCard(groups, digits);
        // The block less its last line where it is no card whole (blockEnd): 13 digits before it.
        if (whole || digits.length > 13) {
          const to = blockEnd(shadow, runs, first, k, end, digits, whole);
          // Above an international phone's 0.95: a part of the block on its own line can dial
          // ("2000\n0066 1000 0005": "0066…" is a Thai number), and the union, typed by the most
          // confident, went out as [PHONE] (card.prop.test.ts, a random seed).
          if (to > 0) found.push({ start: from, end: to, confidence: 0.96 });
        }
      }
      first = -1;
    }
    deviceIds(context, runs, found);
    // The marks typed after a card's last digit go with it: its keycap ("4\ufe0f\u20e31\ufe0f\u20e3…
    // 1\ufe0f\u20e3", as a phone types emoji digits) was left after "[CARD]" (T36b). The shadow
    // reads them as spaces (digits.ts markedDigits), so only a text that is not its shadow has any.
    if (found.length > 0 && context.text !== shadow)
      for (let k = 0; k < found.length; k++) {
        const f = found[k] as RecognizerMatch;
        let end = f.end;
        while (isGlueAt(context.text, shadow, end)) end++;
        if (end !== f.end) found[k] = { ...f, end };
      }
    // A card found: settle asks keepCardHeads of the phone spans before it (cardHeads.ts).
    if (found.length > 0) noteCards();
    return found;
  },
});

// A MEID (3GPP2 S.R0048): a CDMA device's id beside or instead of its IMEI, as personal as the
// IMEI (a device's id, GDPR recital 30), and typed as the IMEI is ([CARD]: no built-in type is a
// device's id). Its check digit is optional and mostly left out in print, so nothing checks it
// alone, and it goes where it is known to be one: 14 hex digits (and the check digit) or its
// decimal form, 18 digits, after the word "MEID" ("IMEI 867542039182731 MEID A0000012345678",
// "MEID DEC: 270113177609606926", the ninth audit); and 14 digits that are an IMEI's first 14 in
// the same text, the MEID of a device whose IMEI was printed beside it ("IMEI/MEID: 35 209900
// 176148 1 / 35209900176148").
//
// An ESN, the CDMA (and AMPS) device's id before the MEID, goes as the MEID does: 32 bits, an 8-bit
// manufacturer's code and a 24-bit serial number, printed as 8 hex digits ("ESN: 8A3F2B1C", "ESN
// 0x8A3F2B1C") or in decimal as 11 digits, the code's 3 (000-255) and the serial number's 8
// (00000000-16777215): "ESN DEC: 23010485759" is E69FFFFF. A pseudo-ESN ("pESN", the ESN a device
// with a MEID gives an older network) has the same shape: code 0x80 and the low 24 bits of the
// SHA-1 of the MEID (3GPP2 X.S0008, C.S0072). Only after its label: 8 hex digits are everywhere
// (a commit's short id, an order's code), and 11 digits are a phone's length.
const DEVICE_LABEL = /(?:p?esn|meid)(?![\p{L}\d])/gu;
// After the label: its form or a number word ("HEX", "(dec)", "no."), a colon, then the value: a
// MEID's (group 2), an ESN's in decimal (groups 3 and 4) or in hex.
const DEVICE_VALUE =
  /^[ \t:#=()/-]{0,4}(?:(?:hex|dec|no|nr|number)\.?[ \t:#=()/-]{0,4})?(([\da-f]{14,15}|\d{18})|(\d{3})[ -]?(\d{8})|(?:0x)?[\da-f]{8})(?![\p{L}\d])/u;
// A few words between the label and its value, as a sentence puts them ("My ESN is 8A3F2B1C",
// "The ESN of my old phone is 8A3F2B1C" stayed, T33b): up to six words of letters, each before a
// space or a colon, on the label's line and in its sentence (no digit, stop or comma between), in
// the 48 units a label for personal data may stand before its value (context.ts OWN_WINDOW). A
// word ends where a space or a colon follows it, so a value that starts with hex letters ("is
// a10000009296f2") is not read as one.
const WORDS_BETWEEN = /^(?:[ \t]+\p{L}[\p{L}'’]*(?=[ \t:])){0,6}/u;
// "meid" or "esn" in any case: ASCII letters only, without the u flag (no other unit lowers to
// one of theirs, and "ı" or "ſ" do not match "i" or "s" here either).
const DEVICE_HINT = /meid|esn/i;

/**
 * Whether a device label ("meid", "esn") may stand in `shadow`: exactly when its lower-case copy
 * (lowerSameLength) holds "meid" or "esn", without making that copy. Internal.
 *
 * @since 0.1.0
 */
export function mayHoldDeviceLabel(shadow: string): boolean {
  return DEVICE_HINT.test(shadow);
}
// The labels' words, read before a value a few words after its label, as other ids' labels are.
const DEVICE_WORDS: readonly string[] = ['esn', 'pesn', 'meid'];

/** Push the MEIDs and ESNs of the text (see above) onto `found`. */
function deviceIds(
  context: RecognizerContext,
  runs: readonly NumberRun[],
  found: RecognizerMatch[],
): void {
  // Most texts hold no card and no "meid": neither a set nor a scan of the text for them. The
  // digits are the shadow's (the lower-case copy has the same), and the lower-case copy is asked
  // for only once a label may stand: asked first, it lowered every text the card recognizer read
  // (1.7% of redact's warm CPU time on the corpus, T42a).
  const { shadow } = context;
  let imeis: Set<string> | undefined;
  for (const m of found) {
    // (Counted by char code: the replacement made a string of every card's, V62g.)
    if (m.end - m.start < 15 || asciiDigitCount(shadow, m.start, m.end) !== 15) continue;
    const digits = shadow.slice(m.start, m.end).replace(/\D/g, '');
    imeis ??= new Set();
    imeis.add(digits.slice(0, 14));
  }
  if (imeis !== undefined)
    for (const run of runs)
      if (run.digitCount === 14 && imeis.has(run.digits))
        found.push({ start: run.start, end: run.end, confidence: 0.85 });
  if (!mayHoldDeviceLabel(shadow)) return;
  const { lower } = context;
  for (const label of lower.matchAll(DEVICE_LABEL)) {
    if (isGlueLetter(lower.charAt(label.index - 1))) continue;
    const after = label.index + label[0].length;
    let at = after;
    let m = DEVICE_VALUE.exec(lower.slice(at, at + 40));
    if (!m) {
      at += (WORDS_BETWEEN.exec(lower.slice(at, at + 48)) as RegExpExecArray)[0].length;
      if (at === after) continue;
      m = DEVICE_VALUE.exec(lower.slice(at, at + 40));
      if (!m) continue;
    }
    const [all, value, meid, code, serial] = m as unknown as [
      string,
      string,
      string?,
      string?,
      string?,
    ];
    // The value's form is the label's; a hex one holds a digit ("meid: deadbeefcafeba" is a
    // word); a decimal ESN's code has 8 bits and its serial number 24.
    if (
      (meid === undefined) === label[0].endsWith('d') ||
      !/\d/.test(value.replace('0x', '')) ||
      +(code ?? 0) > 255 ||
      +(serial ?? 0) > 0xffffff
    )
      continue;
    const end = at + all.length;
    const start = end - value.length;
    // Words between: the value is the label's where the label is the nearest one before it, as
    // for any id (contextBefore), or a phone word is ("… of my old phone is …"); a reference word
    // between names another value ("ESN unknown, order 8A3F2B1C" and "ESN n/a order 8A3F2B1C"
    // stay).
    if (at > after) {
      const kind = contextBefore(context, start, DEVICE_WORDS);
      // Unless the reference qualifies the label: "ESN for my order is 8A3F2B1C" (T34c).
      if (
        kind === 'reference'
          ? !qualifiedLabel(context.shadow, after, start)
          : kind !== 'own' && kind !== 'phone'
      )
        continue;
    }
    found.push({ start, end, confidence: 0.9 });
  }
}
