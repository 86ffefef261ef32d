import { describeValue } from './describeValue.js';

/** The parts of a zod issue that the wording reads (zod/mini and classic issues alike). */
export type ZodIssueLike = {
  readonly code?: string;
  readonly message?: string;
  readonly input?: unknown;
  readonly expected?: unknown;
  readonly values?: readonly unknown[];
  readonly keys?: readonly PropertyKey[];
  readonly origin?: string;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly inclusive?: boolean;
  readonly format?: string;
  readonly pattern?: string;
  readonly divisor?: unknown;
};

/** zod/mini ships no locale: an issue its schema did not word reads only this. */
const UNWORDED = 'Invalid input';

const got = (issue: ZodIssueLike): string =>
  issue.input === undefined ? 'it is missing' : `got ${describeValue(issue.input)}`;

const text = (v: unknown): string => (typeof v === 'string' ? v : describeValue(v));
const list = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);

const quote = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : describeValue(v));

const units: Readonly<Record<string, string>> = {
  string: 'characters',
  array: 'items',
  set: 'items',
  file: 'bytes',
};

function bound(issue: ZodIssueLike, side: 'least' | 'most'): string {
  const n = side === 'least' ? issue.minimum : issue.maximum;
  const unit =
    typeof issue.origin === 'string' && Object.hasOwn(units, issue.origin)
      ? units[issue.origin]
      : undefined;
  const strict = issue.inclusive === false;
  if (unit) return `must hold at ${side} ${describeValue(n)} ${unit}`;
  const cmp =
    side === 'least' ? (strict ? 'more than' : 'at least') : strict ? 'less than' : 'at most';
  return `must be ${cmp} ${describeValue(n)}`;
}

/**
 * Word a validation issue that its schema left unworded (zod/mini's bare "Invalid input"): what
 * was expected, what came, and what to do. An issue that already carries a message keeps it.
 *
 * @param issue - A zod issue (from `safeParse` with `reportInput: true`, so `input` is known).
 * @returns The message to show.
 * @example
 * wordIssue({ code: 'invalid_type', expected: 'number', input: '12', message: 'Invalid input' });
 * // 'Expected a number; got "12".'
 * @since 0.2.0
 */
export function wordIssue(value: ZodIssueLike): string {
  // Never throws: a hostile or missing issue is worded as an empty one.
  const issue: ZodIssueLike = typeof value === 'object' && value !== null ? value : {};
  const given = typeof issue.message === 'string' ? issue.message : '';
  if (given !== '' && given !== UNWORDED) return given;
  switch (issue.code) {
    case 'invalid_type':
      return `Expected ${article(text(issue.expected))}; ${got(issue)}.`;
    case 'invalid_value': {
      const values = list(issue.values).map(quote);
      return values.length === 1
        ? `Expected ${values[0]}; ${got(issue)}.`
        : `Expected one of ${values.join(', ')}; ${got(issue)}.`;
    }
    case 'unrecognized_keys':
      return `Unknown key ${list(issue.keys)
        .map((k) => (typeof k === 'string' ? `"${k}"` : describeValue(k)))
        .join(', ')}: remove it or check its spelling.`;
    case 'too_small':
      return `It ${bound(issue, 'least')}; ${got(issue)}.`;
    case 'too_big':
      return `It ${bound(issue, 'most')}; ${got(issue)}.`;
    case 'invalid_format':
      return issue.format === 'regex' && issue.pattern
        ? `Expected text matching ${text(issue.pattern)}; ${got(issue)}.`
        : `Expected ${article(text(issue.format ?? 'valid'))} string; ${got(issue)}.`;
    case 'not_multiple_of':
      return `Expected a multiple of ${describeValue(issue.divisor)}; ${got(issue)}.`;
    case 'invalid_union':
      return `Matches none of the accepted shapes; ${got(issue)}.`;
    case 'invalid_key':
      return `A key is not valid; ${got(issue)}.`;
    case 'invalid_element':
      return `An element is not valid; ${got(issue)}.`;
    default:
      return given !== '' ? `${given}; ${got(issue)}.` : `Invalid input; ${got(issue)}.`;
  }
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}
