import { describeValue } from './describeValue.js';

/** The parts of a zod issue that the wording reads (zod/mini and classic issues alike). */
export type ZodIssueLike = {
  readonly code?: string | undefined;
  readonly message?: string | undefined;
  readonly input?: unknown;
  readonly expected?: unknown;
  readonly values?: readonly unknown[] | undefined;
  readonly keys?: readonly PropertyKey[] | undefined;
  readonly origin?: string | undefined;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly inclusive?: boolean | undefined;
  readonly format?: string | undefined;
  readonly pattern?: string | undefined;
  readonly divisor?: unknown;
};

/** zod/mini ships no locale: an issue its schema did not word reads only this. */
const UNWORDED = 'Invalid input';

const got = (issue: ZodIssueLike): string =>
  issue.input === undefined ? 'it is missing' : `got ${describeValue(issue.input)}`;

const text = (v: unknown): string => (typeof v === 'string' ? v : describeValue(v));
const list = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);

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
  // "at least 1 character", "at least 3 characters"
  if (unit) return `must hold at ${side} ${describeValue(n)} ${n === 1 ? unit.slice(0, -1) : unit}`;
  const cmp =
    side === 'least' ? (strict ? 'more than' : 'at least') : strict ? 'less than' : 'at most';
  return `must be ${cmp} ${describeValue(n)}`;
}

/**
 * What a schema knows of the field it checks, for the words of its issues: the field's name (so
 * the message reads "The shifts of a day must be an array", not "Expected an array"), and for an
 * object the keys it knows (listed when an unknown key comes).
 */
export type IssueField = {
  /** The field as a message names it, in lower case mid-sentence: `weekly`, `a shift`. */
  readonly name?: string;
  /** For an object: the keys it knows. */
  readonly keys?: readonly string[];
};

/**
 * Word a validation issue that its schema left unworded (zod/mini's bare "Invalid input"): what
 * was expected, what came, and what to do. An issue that already carries a message keeps it.
 *
 * @param value - A zod issue (from `safeParse` with `reportInput: true`, so `input` is known).
 * @param field - Optional: the field's name and, for an object, its keys (see {@link IssueField}).
 *   A schema words its own issues with it: `z.array(S, { error: (i) => wordIssue(i, { name: 'teams' }) })`.
 * @returns The message to show. Never throws, whatever `value` and `field` are.
 * @example
 * wordIssue({ code: 'invalid_type', expected: 'number', input: '12', message: 'Invalid input' });
 * // 'Expected a number; got "12".'
 * wordIssue({ code: 'invalid_type', expected: 'array', input: {} }, { name: 'teams' });
 * // 'Teams must be an array; got {}.'
 * @since 0.1.0
 */
export function wordIssue(value: ZodIssueLike, field?: IssueField): string {
  // Never throws: a hostile or missing issue is worded as an empty one.
  const issue: ZodIssueLike = typeof value === 'object' && value !== null ? value : {};
  const given = typeof issue.message === 'string' ? issue.message : '';
  if (given !== '' && given !== UNWORDED) return given;
  const { name, keys } = fieldOf(field);
  // "<Name> must be <what>; got …" for a named field, "Expected <what>; got …" otherwise.
  const expect = (what: string) =>
    name === undefined
      ? `Expected ${what}; ${got(issue)}.`
      : `${capital(name)} must be ${what}; ${got(issue)}.`;
  const subject = name === undefined ? 'It' : capital(name);
  switch (issue.code) {
    case 'invalid_type':
      return expect(article(text(issue.expected)));
    case 'invalid_value': {
      const values = list(issue.values).map((v) => describeValue(v));
      return values.length === 1
        ? expect(values[0] as string)
        : expect(`one of ${values.join(', ')}`);
    }
    case 'unrecognized_keys': {
      return `Unknown key ${list(issue.keys)
        .map((k) => describeValue(k))
        .join(', ')}${name === undefined ? '' : ` in ${name}`}: remove it or check its spelling${
        keys.length > 0 ? ` (known keys: ${keys.join(', ')})` : ''
      }.`;
    }
    case 'too_small':
      return `${subject} ${bound(issue, 'least')}; ${got(issue)}.`;
    case 'too_big':
      return `${subject} ${bound(issue, 'most')}; ${got(issue)}.`;
    case 'invalid_format':
      return issue.format === 'regex' && issue.pattern
        ? expect(`text matching ${text(issue.pattern)}`)
        : expect(`${article(text(issue.format ?? 'valid'))} string`);
    case 'not_multiple_of':
      return expect(`a multiple of ${describeValue(issue.divisor)}`);
    case 'invalid_union':
      return `${name === undefined ? 'Matches' : `${capital(name)} matches`} none of the accepted shapes; ${got(issue)}.`;
    case 'invalid_key':
      return `A key${name === undefined ? '' : ` of ${name}`} is not valid; ${got(issue)}.`;
    case 'invalid_element':
      return `An element${name === undefined ? '' : ` of ${name}`} is not valid; ${got(issue)}.`;
    default:
      return `${name === undefined ? '' : `${capital(name)}: `}${given !== '' ? given : 'Invalid input'}; ${got(issue)}.`;
  }
}

/** The name and keys of a field, read once and safely (a hostile getter words as no field). */
function fieldOf(field: unknown): { name: string | undefined; keys: readonly string[] } {
  try {
    if (typeof field !== 'object' || field === null) return { name: undefined, keys: [] };
    const { name, keys } = field as IssueField;
    return {
      name: typeof name === 'string' && name !== '' ? name : undefined,
      keys: list(keys).map(text),
    };
  } catch {
    return { name: undefined, keys: [] };
  }
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}

function capital(word: string): string {
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
}
