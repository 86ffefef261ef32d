// A parser for the part of ICU MessageFormat that reply templates use: text (with ICU's apostrophe
// quoting), {arg}, plural and selectordinal (with offset, =N and #) and select. It replaces
// @formatjs/icu-messageformat-parser (27 kB minified) in the bundle of renderReply; the formatjs
// parser stays the test oracle (icu.prop.test.ts: the same text for any message and values).

/** A piece of a parsed message: literal text, `{name}`, `#` in a plural, or a branch. */
export type MessagePart =
  | string
  | { readonly t: 'arg'; readonly name: string }
  | { readonly t: '#' }
  | {
      readonly t: 'plural' | 'selectordinal' | 'select';
      readonly name: string;
      readonly offset: number;
      readonly options: Readonly<Record<string, readonly MessagePart[]>>;
    };

/** A parsed message. */
export type ParsedMessage = readonly MessagePart[];

type Branch = 'plural' | 'selectordinal' | 'select';

const SPACE = /[\t\n\v\f\r \u0085\u200e\u200f\u2028\u2029]/;
const NAME = /[\p{L}\p{N}_]/u;
const POUND: MessagePart = Object.freeze({ t: '#' });

/**
 * Parse an ICU message of the supported subset; throws a SyntaxError saying what is wrong and
 * where (number, date and time arguments and <tags> are refused: params are formatted by kind).
 */
export function parseMessage(message: string): ParsedMessage {
  return parseParts({ text: message, at: 0 }, 0, undefined);
}

type State = { readonly text: string; at: number };

function error(s: State, what: string): never {
  throw new SyntaxError(`${what} at offset ${s.at}`);
}

function parseParts(s: State, depth: number, parent: Branch | undefined): MessagePart[] {
  const parts: MessagePart[] = [];
  let text = '';
  const inPlural = parent === 'plural' || parent === 'selectordinal';
  while (s.at < s.text.length) {
    const c = s.text[s.at] as string;
    if (c === '}' && depth > 0) break;
    if (c === '{' || (c === '#' && inPlural)) {
      if (text !== '') parts.push(text);
      text = '';
      if (c === '#') {
        parts.push(POUND);
        s.at++;
      } else parts.push(parseArgument(s, depth));
      continue;
    }
    if (c === '<' && /[A-Za-z/]/.test(s.text[s.at + 1] ?? '')) {
      error(s, 'Tags (<b>…</b>) are not supported in reply templates');
    }
    if (c === "'") {
      text += quoted(s, inPlural);
      continue;
    }
    text += c;
    s.at++;
  }
  if (text !== '') parts.push(text);
  return parts;
}

/** ICU apostrophes: '' is one apostrophe; ' before { } < > (or # in a plural) quotes up to the next lone '. */
function quoted(s: State, inPlural: boolean): string {
  const next = s.text[s.at + 1];
  if (next === "'") {
    s.at += 2;
    return "'";
  }
  if (
    !(next === '{' || next === '}' || next === '<' || next === '>' || (next === '#' && inPlural))
  ) {
    s.at++;
    return "'";
  }
  s.at++;
  let out = s.text[s.at] as string;
  s.at++;
  while (s.at < s.text.length) {
    const c = s.text[s.at] as string;
    if (c === "'") {
      if (s.text[s.at + 1] !== "'") {
        s.at++;
        break;
      }
      s.at++;
    }
    out += c;
    s.at++;
  }
  return out;
}

function skipSpace(s: State): void {
  while (s.at < s.text.length && SPACE.test(s.text[s.at] as string)) s.at++;
}

function word(s: State): string {
  const start = s.at;
  while (s.at < s.text.length && NAME.test(s.text[s.at] as string)) s.at++;
  return s.text.slice(start, s.at);
}

function expect(s: State, c: string, what: string): void {
  if (s.text[s.at] !== c) error(s, `Expected ${what}`);
  s.at++;
}

function parseArgument(s: State, depth: number): MessagePart {
  s.at++; // {
  skipSpace(s);
  const name = word(s);
  if (name === '') error(s, 'Expected an argument name (letters, digits, _)');
  skipSpace(s);
  if (s.text[s.at] === '}') {
    s.at++;
    return { t: 'arg', name };
  }
  expect(s, ',', '"}" or "," after the argument name');
  skipSpace(s);
  const type = word(s);
  if (type !== 'plural' && type !== 'selectordinal' && type !== 'select') {
    error(
      s,
      `Unsupported argument type "${type}": use plural, selectordinal or select (numbers, money and dates are formatted by the param's kind)`,
    );
  }
  skipSpace(s);
  expect(s, ',', `"," after "${type}"`);
  skipSpace(s);
  let offset = 0;
  let first = word(s);
  if (type !== 'select' && first === 'offset') {
    expect(s, ':', '":" after "offset"');
    skipSpace(s);
    const digits = /^[+-]?\d+/.exec(s.text.slice(s.at))?.[0];
    if (digits === undefined) error(s, 'Expected an integer offset');
    offset = Number(digits);
    s.at += digits.length;
    skipSpace(s);
    first = word(s);
  }
  const options: Record<string, readonly MessagePart[]> = Object.create(null);
  for (let key = first; ; key = word(s)) {
    if (key === '' && type !== 'select' && s.text[s.at] === '=') {
      const digits = /^=[+-]?\d+/.exec(s.text.slice(s.at))?.[0];
      if (digits === undefined) error(s, 'Expected an integer after "="');
      key = digits;
      s.at += digits.length;
    }
    if (key === '') break;
    if (Object.hasOwn(options, key)) error(s, `Duplicate selector "${key}"`);
    skipSpace(s);
    expect(s, '{', `"{" after the selector "${key}"`);
    options[key] = parseParts(s, depth + 1, type);
    expect(s, '}', `"}" closing the "${key}" option`);
    skipSpace(s);
  }
  if (Object.keys(options).length === 0)
    error(s, `Expected a selector in the ${type} of "${name}"`);
  if (!Object.hasOwn(options, 'other'))
    error(s, `The ${type} of "${name}" needs an "other" option`);
  skipSpace(s);
  expect(s, '}', `"}" closing the ${type} of "${name}"`);
  return { t: type, name, offset, options };
}
