import {
  findNumbers,
  type CountryCode as PhoneCountry,
  PhoneNumberMatcher,
} from 'libphonenumber-js/max';
import { bareNumbersIn } from './phoneBare.js';
import { canValidate } from './phoneValidity.js';
import { withoutStacks } from './quietParse.js';

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
  // (Each try that finds no number throws and catches a ParseError: no stack is taken for it.)
  return withoutStacks(() => matcherRead(slice, country));
}

/** {@link matcherNumbersIn}'s reading, with stack traces as the caller has them. */
function matcherRead(slice: string, country: PhoneCountry | undefined): NumberSpan[] {
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
  // The matcher outlives the call: it keeps neither the slice nor the last number it read.
  m.text = '';
  m.lastMatch = null;
  return out;
}

let fast: boolean | undefined;

/**
 * Every valid phone number in `slice`, as {@link matcherNumbersIn} finds them: a bare slice
 * (digits, single separators, one group in parentheses) is read by phoneBare.ts, which walks the
 * matcher's own steps over libphonenumber's metadata without its overhead; anything else, or a
 * slice it cannot answer for, goes to the matcher. A property test holds the two to the same
 * answers.
 */
export function validNumbersIn(slice: string, country: PhoneCountry | undefined): NumberSpan[] {
  fast ??= canValidate();
  return (
    (fast ? bareNumbersIn(slice, country) : undefined) ??
    // No number has fewer than four digits (the shortest national numbers of the metadata, in
    // Germany or Austria, have four; no trunk prefix's rule adds a digit to fewer than five): a
    // wrapped number's head in parentheses, "(201)" of "Call me at (201)\n555-0187", is not bare,
    // and the matcher cost 60 µs to find nothing in it.
    (slice.replace(/\D+/g, '').length < 4 ? [] : matcherNumbersIn(slice, country))
  );
}
