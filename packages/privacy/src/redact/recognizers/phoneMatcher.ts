import {
  findNumbers,
  type CountryCode as PhoneCountry,
  PhoneNumberMatcher,
} from 'libphonenumber-js/max';
import { canValidate, validBareNumber } from './phoneValidity.js';

/** A valid phone number found in a slice: offsets into the slice. */
export type NumberSpan = { readonly startsAt: number; readonly endsAt: number };

type Found = { startsAt: number; endsAt: number; number: { isValid(): boolean } };

/** The fields of libphonenumber-js's matcher that its constructor sets per text. */
type Resettable = {
  text: string;
  state: string;
  searchIndex: number;
  maxTries: number;
  lastMatch: unknown;
  hasNext(): boolean;
  next(): Found;
};

// `findNumbers` builds a new PhoneNumberMatcher for every call: it compiles the matcher's large
// Unicode patterns and a regular-expression cache each time, which costs more than reading a short
// slice. The matcher's per-text state is five fields its constructor sets (text, state,
// searchIndex, maxTries, lastMatch); one matcher per default country, reset to that state, reads
// each slice exactly as a fresh one does. Should a version of the library name those fields
// differently, `reusable` says no and every slice goes to `findNumbers`. A test checks the two
// agree on generated phone-ish text.
const matchers = new Map<string, Resettable | null>();

function reusable(m: unknown): m is Resettable {
  const r = m as Partial<Resettable>;
  return (
    typeof r.text === 'string' &&
    r.state === 'NOT_READY' &&
    r.searchIndex === 0 &&
    typeof r.maxTries === 'number' &&
    typeof r.hasNext === 'function' &&
    typeof r.next === 'function'
  );
}

function matcherFor(country: PhoneCountry | undefined): Resettable | null {
  const key = country ?? '';
  let m = matchers.get(key);
  if (m === undefined) {
    const made: unknown = new PhoneNumberMatcher(
      '',
      country ? { defaultCountry: country, v2: true } : { v2: true },
    );
    m = reusable(made) ? made : null;
    matchers.set(key, m);
  }
  return m;
}

/**
 * Every valid phone number in `slice` as libphonenumber-js's matcher finds them (`findNumbers`,
 * leniency VALID, the customer's country as the default): the plain reading, and the oracle of
 * {@link validNumbersIn}.
 */
export function matcherNumbersIn(slice: string, country: PhoneCountry | undefined): NumberSpan[] {
  const out: NumberSpan[] = [];
  const m = matcherFor(country);
  if (m === null) {
    const options = country
      ? { defaultCountry: country, v2: true as const }
      : { v2: true as const };
    for (const f of findNumbers(slice, options)) {
      if (f.number.isValid()) out.push({ startsAt: f.startsAt, endsAt: f.endsAt });
    }
    return out;
  }
  m.text = slice;
  m.state = 'NOT_READY';
  m.searchIndex = 0;
  m.maxTries = Number.MAX_SAFE_INTEGER;
  m.lastMatch = null;
  // The matcher's default leniency (VALID) returns only numbers for which isValid() holds: asking
  // again would cost a second full metadata check per number (the property test compares with
  // findNumbers filtered by isValid()).
  while (m.hasNext()) {
    const f = m.next();
    out.push({ startsAt: f.startsAt, endsAt: f.endsAt });
  }
  m.text = '';
  return out;
}

// libphonenumber-js's PUB_PAGES (isValidCandidate.js): "12-345 (6" reads as pages, not a number.
const PUB_PAGES = /\d{1,5}-+\d{1,5}\s{0,4}\(\d{1,4}/;
const SEPARATOR = /[ .-]/;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Whether a slice is bare: digits in at most 20 groups joined by single spaces, dots or dashes,
 * after an optional "+" (which one space may precede: the caller writes a "00" as " +"). One
 * group, not the last, may stand in parentheses, with or without a separator beside them
 * ("(11) 96123-4567", "+44 (0)20 7946 0018"): the matcher's candidate ends at a digit, so a last
 * group in parentheses would leave its "(" unmatched. One pass, no backtracking.
 */
function bare(slice: string): boolean {
  const n = slice.length;
  let i = 0;
  if (slice.charCodeAt(0) === 32) {
    if (slice.charCodeAt(1) !== 43) return false;
    i = 1;
  }
  if (slice.charCodeAt(i) === 43) i++;
  let groups = 0;
  let parens = 0;
  let closed = false;
  for (;;) {
    const paren = slice.charCodeAt(i) === 40;
    if (paren) {
      if (++parens > 1) return false;
      i++;
    }
    const start = i;
    while (i < n && isDigit(slice.charCodeAt(i))) i++;
    if (i === start || ++groups > 20) return false;
    if (paren) {
      if (slice.charCodeAt(i) !== 41) return false;
      i++;
    }
    if (i === n) return !paren;
    closed = paren;
    const c = slice.charCodeAt(i);
    if (c === 32 || c === 46 || c === 45) i++;
    else if (!closed && c !== 40) return false;
  }
}

let fast: boolean | undefined;

/**
 * Every valid phone number in `slice`, as {@link matcherNumbersIn} finds them, read without the
 * matcher when the slice is bare (see `bare`): the matcher's candidate is then the whole slice
 * (after the space), which it parses first, so when that number is valid (phoneValidity.ts) it is
 * the answer. When it is not, the matcher tries parts of it (after a dot, a space…) and then goes
 * on from each part it takes; every such part is a run of whole groups, so when no run of groups
 * is a valid number the answer is none. Parentheses, or more than five groups, send an invalid
 * slice to the matcher, and so does anything not bare. A property test holds the two to the same
 * answers.
 */
export function validNumbersIn(slice: string, country: PhoneCountry | undefined): NumberSpan[] {
  fast ??= canValidate();
  if (!fast || !bare(slice) || (slice.includes('(') && PUB_PAGES.test(slice))) {
    return matcherNumbersIn(slice, country);
  }
  const lead = slice.charCodeAt(0) === 32 ? 1 : 0;
  const number = slice.slice(lead);
  let digits = '';
  for (let k = 0; k < number.length; k++) {
    const c = number.charCodeAt(k);
    if (isDigit(c) || (c === 43 && k === 0)) digits += number.charAt(k);
  }
  const whole = validBareNumber(digits, country);
  if (whole === undefined) return matcherNumbersIn(slice, country);
  if (whole) return [{ startsAt: lead, endsAt: slice.length }];
  const groups = number.split(SEPARATOR);
  if (groups.length > 5 || number.includes('(')) return matcherNumbersIn(slice, country);
  // Runs of groups short of the whole; the "+" belongs to the first group.
  for (let a = 0; a < groups.length; a++) {
    let run = '';
    for (let b = a; b < groups.length; b++) {
      run += groups[b];
      if ((a === 0 && b === groups.length - 1) || run.length < 2) continue;
      if (validBareNumber(run, country) !== false) return matcherNumbersIn(slice, country);
    }
  }
  return [];
}
