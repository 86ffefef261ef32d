// Metadata from core with the max metadata given: the CommonJS entry of libphonenumber-js/max
// exports no Metadata (its ESM entry does), and the CJS build threw on every phone (T66b).
import { Metadata } from 'libphonenumber-js/core';
import { type CountryCode as PhoneCountry, PhoneNumber } from 'libphonenumber-js/max';
import maxMetadata from 'libphonenumber-js/max/metadata';
import { releaseAfterCall } from '../release.js';
import { parsePhoneNumberFromString } from './quietParse.js';

// libphonenumber-js reads a number the same way every time, but each call builds new Metadata and
// options objects and a regular expression per pattern it tests: about 30 µs a number, more than
// redacting the rest of a message. This file is the same reading (parse with a default country,
// then isPossible() and isValid(), as PhoneNumberMatcher's parseAndVerify does) over the same
// metadata, read once per numbering plan through the library's own Metadata accessors and
// compiled once. It answers only for a bare number: "+" and digits (the caller strips the
// separators). Should the library's Metadata not have the accessors used here, `plans()` says so
// and the caller asks libphonenumber itself. A property test holds it to libphonenumber on
// generated numbers of every country.
//
// These are the only regular expressions of the redaction code built at run time (the ReDoS test
// names this file): they are libphonenumber's own metadata patterns, which it runs the same way
// (`new RegExp('^(?:' + pattern + ')$')`) on every number it parses, and here they only ever read a
// bare number of at most MAX_INPUT characters (longer input gets no answer, before any pattern),
// so no input can make them slow.

/** The number types that make a number valid, in the order getNumberType tries them. */
const TYPES = [
  'FIXED_LINE',
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
] as const;

type RuntimeType = { pattern(): string; possibleLengths(): number[] | undefined };
type RuntimePlan = {
  callingCode(): string;
  IDDPrefix(): string | undefined;
  nationalNumberPattern(): string;
  possibleLengths(): number[] | undefined;
  nationalPrefixForParsing(): string | undefined;
  nationalPrefixTransformRule(): string | undefined;
  leadingDigits(): string | undefined;
  hasTypes(): boolean;
  type(name: string): RuntimeType | undefined;
  formats(): readonly { nationalPrefixFormattingRule(): string | 0 | undefined }[] | undefined;
};
type RuntimeMetadata = {
  selectNumberingPlan(countryOrCallingCode: string): unknown;
  numberingPlan?: RuntimePlan;
  getCountryCodesForCallingCode(callingCode: string): string[] | undefined;
  hasCallingCode(callingCode: string): boolean | undefined;
};

/** The longest input read: "+", a 3-digit calling code and 17 national digits, or an IDD prefix. */
const MAX_INPUT = 22;

type TypeRule = { readonly pattern: RegExp; readonly lengths: readonly number[] | undefined };

/** A numbering plan, compiled. */
type Plan = {
  readonly callingCode: string;
  readonly idd: RegExp | undefined;
  readonly prefix: RegExp | undefined;
  readonly transform: string | undefined;
  readonly national: RegExp;
  readonly lengths: readonly number[] | undefined;
  readonly leading: RegExp | undefined;
  readonly hasTypes: boolean;
  readonly types: readonly TypeRule[];
  /** The plans of the countries that share its calling code, read on first use (null: none). */
  sharers: readonly (Plan | undefined)[] | null | undefined;
};

let metadata: RuntimeMetadata | null | undefined;
// One entry per country and per calling code seen: bounded by the metadata itself (about 250).
const plans = new Map<string, Plan | null>();
// Whether each calling code of one to three digits is one (1 yes, 2 no, 0 not asked yet), by its
// number plus 1000 per digit ("1" at 1001, "44" at 2044, "001" at 3001): bounded by the 3,110 codes
// that can be written. The library's hasCallingCode looks the code up in its metadata's object by
// a string made per number, and was asked up to three times a number read with a "+" (0.5% of a
// profile of redact over the corpus, more than the rest of that step).
const callingCodes = new Uint8Array(4000);

function runtime(): RuntimeMetadata | null {
  if (metadata === undefined) {
    const m = new (Metadata as unknown as new (json: unknown) => RuntimeMetadata)(maxMetadata);
    const ok =
      typeof m.selectNumberingPlan === 'function' &&
      typeof m.getCountryCodesForCallingCode === 'function' &&
      typeof m.hasCallingCode === 'function';
    metadata = ok ? m : null;
  }
  return metadata;
}

function entire(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`);
}

function compile(p: RuntimePlan): Plan {
  const types: TypeRule[] = [];
  if (p.hasTypes()) {
    for (const name of TYPES) {
      const t = p.type(name);
      const pattern = t?.pattern();
      if (t && pattern) types.push({ pattern: entire(pattern), lengths: t.possibleLengths() });
    }
  }
  const idd = p.IDDPrefix();
  const prefix = p.nationalPrefixForParsing();
  const leading = p.leadingDigits();
  return {
    callingCode: p.callingCode(),
    idd: idd ? new RegExp(`^(?:${idd})`) : undefined,
    prefix: prefix ? new RegExp(`^(?:${prefix})`) : undefined,
    transform: p.nationalPrefixTransformRule() || undefined,
    national: entire(p.nationalNumberPattern()),
    lengths: p.possibleLengths(),
    leading: leading ? new RegExp(`^(?:${leading})`) : undefined,
    hasTypes: p.hasTypes(),
    types,
    // Set here, so that every plan keeps one shape when it is filled in.
    sharers: undefined,
  };
}

/** The compiled plan of a country (`'PL'`) or of a calling code's main country (`'48'`). */
function planOf(key: string): Plan | undefined {
  let plan = plans.get(key);
  if (plan === undefined) {
    const m = runtime();
    plan = null;
    if (m !== null) {
      try {
        m.selectNumberingPlan(key);
        if (m.numberingPlan) plan = compile(m.numberingPlan);
      } catch {
        plan = null;
      }
    }
    plans.set(key, plan);
  }
  return plan ?? undefined;
}

// Whether a country's calling code prints a national number without a digit of its own before it
// (bareAtHome), by the country's name: bounded by the metadata's countries.
const bare = new Map<string, boolean>();
let bareCountry: string | undefined;
let bareLast = false;

/**
 * Whether libphonenumber's national print of a number of `country`'s calling code may show that
 * number's digits alone: a format of the code's main country whose national prefix formatting rule
 * adds no digit ("($1)" in the US, none in Spain or Poland). Not so where every rule adds its trunk
 * ("0$1": Germany, France, Britain), and every print holds a digit more than a number written
 * without it: phone.ts reads a sentence before such a number for no country of these. False for
 * no country (no number is printed at home), true where the metadata cannot say.
 */
export function bareAtHome(country: string | undefined): boolean {
  if (country === undefined) return false;
  // (Asked for every order's value no trunk leads: the last country's answer first.)
  if (country === bareCountry) return bareLast;
  let known = bare.get(country);
  if (known === undefined) {
    known = true;
    try {
      const m = runtime();
      const code = planOf(country)?.callingCode;
      if (m !== null && code !== undefined) {
        m.selectNumberingPlan(code);
        const formats = m.numberingPlan?.formats();
        if (formats)
          known = formats.some(
            (f) =>
              !/[0-9]/.test(String(f.nationalPrefixFormattingRule() || '').replace(/\$[0-9]/g, '')),
          );
      }
    } catch {
      known = true;
    }
    bare.set(country, known);
  }
  bareCountry = country;
  bareLast = known;
  return known;
}

/**
 * Whether `country`'s national numbers may hold `length` digits (its metadata's possible lengths):
 * phone.ts homeDigits counts a value's digits against them before any pattern is tested. True
 * where the plan is unknown or names no lengths (libphonenumber then answers).
 */
export function possibleAtHome(length: number, country: string | undefined): boolean {
  const lengths = country === undefined ? undefined : planOf(country)?.lengths;
  return lengths === undefined || lengths.indexOf(length) >= 0;
}

/** Whether `plans()` can answer at all with this version of the library. */
export function canValidate(): boolean {
  return runtime() !== null && planOf('US') !== undefined;
}

type Length = 'IS_POSSIBLE' | 'TOO_SHORT' | 'TOO_LONG' | 'INVALID_LENGTH';

function checkLength(nn: string, plan: Plan): Length {
  const lengths = plan.lengths;
  if (!lengths) return 'IS_POSSIBLE';
  const n = nn.length;
  const min = lengths[0] as number;
  if (min === n) return 'IS_POSSIBLE';
  if (min > n) return 'TOO_SHORT';
  if ((lengths[lengths.length - 1] as number) < n) return 'TOO_LONG';
  return lengths.indexOf(n, 1) >= 0 ? 'IS_POSSIBLE' : 'INVALID_LENGTH';
}

function hasType(nn: string, plan: Plan): boolean {
  if (!plan.national.test(nn)) return false;
  for (const t of plan.types) {
    if (t.lengths && t.lengths.indexOf(nn.length) < 0) continue;
    if (t.pattern.test(nn)) return true;
  }
  return false;
}

// The last plan that countryFor chose by its number types, and the national number they held:
// reading asks the same of the same plan next (a British or an American number: the code's main
// country, without leading digits, is tried first), and the answer does not change.
// (Digits of the customer's: dropped when redact returns, release.ts.)
let typedPlan: Plan | undefined;
let typedNumber = '';
releaseAfterCall(() => {
  typedPlan = undefined;
  typedNumber = '';
});

/**
 * getCountryByCallingCode: the plan of the country of a national number among those sharing the
 * calling code of `of`. Their plans are kept on `of`: a look-up by a country's name per number
 * cost more than the patterns it tests.
 */
function countryFor(of: Plan, nn: string): Plan | undefined {
  // (A code of no country, +800's, has null: asked once too, not again per number.)
  if (of.sharers === undefined)
    of.sharers = runtime()?.getCountryCodesForCallingCode(of.callingCode)?.map(planOf) ?? null;
  const plans = of.sharers;
  if (!plans) return undefined;
  if (plans.length === 1) return plans[0];
  for (const plan of plans) {
    if (!plan) continue;
    if (plan.leading) {
      if (nn && plan.leading.test(nn)) return plan;
    } else if (hasType(nn, plan)) {
      typedPlan = plan;
      typedNumber = nn;
      return plan;
    }
  }
  return undefined;
}

/** extractNationalNumber: the number without its national (trunk) prefix, when that reads. */
function nationalNumber(number: string, plan: Plan): string {
  if (!number || !plan.prefix) return number;
  const m = plan.prefix.exec(number);
  if (!m) return number;
  const groups = m.length - 1;
  const captured = groups > 0 && Boolean(m[groups]);
  const nn =
    plan.transform && captured
      ? number.replace(plan.prefix, plan.transform)
      : number.slice(m[0].length);
  if (nn === number) return nn;
  if (plan.national.test(number) && !plan.national.test(nn)) return number;
  if (plan.lengths) {
    const own = countryFor(plan, nn) ?? plan;
    const length = checkLength(nn, own);
    if (length === 'TOO_SHORT' || length === 'INVALID_LENGTH') return number;
  }
  return nn;
}

/** extractCountryCallingCodeFromInternationalNumberWithoutPlusSign. */
function codeWithoutPlus(number: string, plan: Plan): string | undefined {
  const cc = plan.callingCode;
  if (!number.startsWith(cc)) return undefined;
  const shorter = number.slice(cc.length);
  const nnShort = nationalNumber(shorter, plan);
  const nnFull = nationalNumber(number, plan);
  const fits = !plan.national.test(nnFull) && plan.national.test(nnShort);
  return fits || checkLength(nnFull, plan) === 'TOO_LONG' ? shorter : undefined;
}

/**
 * Whether the digits `number[1, end)` (one to three, after the "+") are a calling code: the
 * library's `hasCallingCode`, asked once per code.
 */
function isCallingCode(number: string, end: number): boolean {
  let value = 0;
  for (let k = 1; k < end; k++) {
    const d = number.charCodeAt(k) - 48;
    // (Not a digit: asked as it is, not kept.)
    if (!(d >= 0 && d <= 9)) return runtime()?.hasCallingCode(number.slice(1, end)) === true;
    value = value * 10 + d;
  }
  const key = (end - 1) * 1000 + value;
  let known = callingCodes[key] as number;
  if (known === 0) {
    known = runtime()?.hasCallingCode(number.slice(1, end)) ? 1 : 2;
    callingCodes[key] = known;
  }
  return known === 1;
}

/**
 * How libphonenumber-js (max metadata) reads `number` — a "+" then digits, or digits only — with
 * `defaultCountry`, where it is a possible and valid phone number: the plan of its country (or of
 * its calling code, where no country of the code reads it) and its national number, as parse
 * finds them; null where it is not valid, undefined where it is longer than any number there is.
 */
function reading(
  number: string,
  defaultCountry: string | undefined,
): readonly [Plan, string] | null | undefined {
  if (number.length > MAX_INPUT) return undefined;
  const dc = defaultCountry ? planOf(defaultCountry) : undefined;
  let cc: string | undefined;
  let rest = number;
  let plus = number.charCodeAt(0) === 43;
  if (!plus && dc) {
    const m = dc.idd?.exec(number);
    const stripped = m ? number.slice(m[0].length) : undefined;
    if (stripped && stripped !== number && stripped.charCodeAt(0) !== 48) {
      rest = `+${stripped}`;
      plus = true;
    } else {
      const shorter = codeWithoutPlus(number, dc);
      if (shorter !== undefined) {
        cc = dc.callingCode;
        rest = shorter;
      }
    }
  }
  if (plus) {
    if (rest.charCodeAt(1) === 48) return null;
    for (let i = 2; i - 1 <= 3 && i <= rest.length; i++) {
      // Non-geographic codes too (+800, +882…), which have no country.
      if (isCallingCode(rest, i)) {
        cc = rest.slice(1, i);
        rest = rest.slice(i);
        break;
      }
    }
    if (cc === undefined) return null;
  }
  // The plan of the calling code, or the default country's: the number's own unless another
  // country sharing the code reads it.
  const plan = cc !== undefined ? planOf(cc) : dc;
  if (!plan || !rest) return null;
  const nn = nationalNumber(rest, plan);
  if (nn.length < 2 || nn.length > 17) return null;
  const own = countryFor(plan, nn) ?? plan;
  if (checkLength(nn, own) !== 'IS_POSSIBLE') return null;
  const typed = own.hasTypes
    ? (own === typedPlan && nn === typedNumber) || hasType(nn, own)
    : own.national.test(nn);
  return typed ? [own, nn] : null;
}

/**
 * Whether libphonenumber-js (max metadata) reads `number` — a "+" then digits, or digits only —
 * as a possible and valid phone number with `defaultCountry`: the answer of
 * `parsePhoneNumberFromString(number, { defaultCountry })?.isPossible() && .isValid()`.
 * `undefined` for a number longer than any there is (more than 22 characters): ask libphonenumber.
 */
export function validBareNumber(
  number: string,
  defaultCountry: string | undefined,
): boolean | undefined {
  const read = reading(number, defaultCountry);
  return read === undefined ? undefined : read !== null;
}

/**
 * libphonenumber-js's print of the number written `text` (digits and separators, a "+" first or
 * none), in its international or national format: what
 * `parsePhoneNumberFromString(text, defaultCountry)?.formatInternational()` (or
 * `formatNational()`) gives, '' for none. A valid number is read by {@link reading} and printed
 * from its calling code and national number: parse's own search of the country among those that
 * share a calling code ("+44 7400 123797": GB, GG, IM or JE) tested their plans' patterns, compiled
 * anew each time, and cost four times the print (a wrapped number's print, readWrapped, was half
 * of its message's cost). The country parse finds is not set: every country that shares a calling
 * code prints as the code's main country does (a test holds the metadata to it). Anything else
 * goes to libphonenumber.
 */
export function printOf(
  text: string,
  defaultCountry: PhoneCountry | undefined,
  international: boolean,
): string {
  const trimmed = text.trimStart();
  // A "+" not first ("( +44 20 7946 0018") is left to parse, which reads the number from it.
  const read =
    trimmed.indexOf('+') > 0 ? null : reading(trimmed.replace(/[^\d+]/g, ''), defaultCountry);
  const number = read
    ? new PhoneNumber(`+${read[0].callingCode}${read[1]}`)
    : parsePhoneNumberFromString(trimmed, defaultCountry);
  return (international ? number?.formatInternational() : number?.formatNational()) ?? '';
}
