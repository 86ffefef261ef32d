import {
  type CountryCode as PhoneCountry,
  type PhoneNumber,
  parsePhoneNumberFromString as parseLoud,
} from 'libphonenumber-js/max';

// libphonenumber-js reads a text that is no number by throwing a ParseError and catching it (its
// parse functions and its matcher, once per try): each throw built an Error subclass through
// Reflect.construct, and V8 captured a stack trace for it, as deep as redact's calls go. The
// errors never leave the library, so their stacks are never read: on the rows of a column of
// totals, a list of zero-led subscribers or mobiles wrapped after "00" (issue #14, V55d), making
// the thrown errors cost 35% of redact's time. With `Error.stackTraceLimit` at 0 V8 captures
// none; the limit is the caller's again when the read returns or throws. Where it cannot be set
// (a frozen `Error`, a runtime without it) the read runs as it is.

/**
 * Turn V8's stack traces off (`Error.stackTraceLimit` 0) and give the limit it had, to hand
 * {@link stacksBack} when the read ends; `undefined` where the limit is no number or cannot be set
 * (then nothing changed). Any number the caller set comes back as it was, 0, a negative number,
 * NaN or Infinity alike. A pair of calls, not a callback: a closure per parse cost more than the
 * stacks saved on the desk's corpus.
 */
function stacksOff(): number | undefined {
  const limit = Error.stackTraceLimit;
  if (typeof limit !== 'number') return undefined;
  try {
    Error.stackTraceLimit = 0;
  } catch {
    return undefined; // A frozen Error: read as it is.
  }
  return limit;
}

/** Give back the limit {@link stacksOff} took (nothing where it took none). */
function stacksBack(limit: number | undefined): void {
  if (limit !== undefined) Error.stackTraceLimit = limit;
}

/**
 * The result of `read`, run with V8's stack traces off (`Error.stackTraceLimit` 0) and the
 * limit given back after it, however `read` ends: for libphonenumber-js's reads, whose thrown and
 * caught ParseErrors cost a stack trace each. An error that `read` throws carries no stack.
 * Internal (a property test holds its results to `read` run as it is).
 *
 * @since 0.1.0
 */
export function withoutStacks<T>(read: () => T): T {
  const limit = stacksOff();
  try {
    return read();
  } finally {
    stacksBack(limit);
  }
}

/**
 * `parsePhoneNumberFromString` of libphonenumber-js/max, read {@link withoutStacks}: the same
 * number, or `undefined`, for the same arguments. Internal (a property test holds the two
 * together).
 *
 * @since 0.1.0
 */
export function parsePhoneNumberFromString(
  text: string,
  defaultCountry?:
    | PhoneCountry
    | { defaultCountry?: PhoneCountry; defaultCallingCode?: string; extract?: boolean },
): PhoneNumber | undefined {
  const limit = stacksOff();
  try {
    return parseLoud(text, defaultCountry);
  } finally {
    stacksBack(limit);
  }
}
