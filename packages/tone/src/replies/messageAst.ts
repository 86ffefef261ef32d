// Walk an ICU message as intl-messageformat parses it: the argument names it uses, how each is
// used, and the plural selectors it contains.
import { IntlMessageFormat } from 'intl-messageformat';

// Element types of @formatjs/icu-messageformat-parser (a stable numeric enum).
const ARGUMENT = 1;
const NUMBER = 2;
const DATE = 3;
const TIME = 4;
const SELECT = 5;
const PLURAL = 6;

type Element = {
  readonly type: number;
  readonly value?: unknown;
  readonly options?: Readonly<Record<string, { readonly value: readonly Element[] }>>;
  readonly pluralType?: 'cardinal' | 'ordinal';
};

/**
 * How every message is parsed, in validation and in rendering alike: `<b>…</b>` is text, kept in
 * the reply as written (a reply is a string; the channel that shows it renders its markup).
 */
export const PARSE_OPTIONS = { ignoreTag: true } as const;

/** A plural selector in a message: the argument and the categories it covers (`=0` excluded). */
export type PluralUse = {
  readonly arg: string;
  readonly ordinal: boolean;
  readonly categories: readonly string[];
};

/** What a message does with its arguments. */
export type MessageShape = {
  /** Every argument name. */
  readonly args: ReadonlySet<string>;
  /** Arguments written as `{name}`. */
  readonly plain: ReadonlySet<string>;
  /** Arguments of `{name, number}`. */
  readonly numbers: ReadonlySet<string>;
  /** Arguments of `{name, date}` or `{name, time}`: they receive an instant. */
  readonly instants: ReadonlySet<string>;
  readonly plurals: readonly PluralUse[];
};

/** Describe a message intl-messageformat has parsed. */
export function describeFormat(format: IntlMessageFormat): MessageShape {
  const args = new Set<string>();
  const plain = new Set<string>();
  const numbers = new Set<string>();
  const instants = new Set<string>();
  const plurals: PluralUse[] = [];
  const walk = (elements: readonly Element[]): void => {
    for (const el of elements) {
      if (typeof el.value !== 'string' || el.type < ARGUMENT || el.type > PLURAL) continue;
      args.add(el.value);
      if (el.type === ARGUMENT) plain.add(el.value);
      else if (el.type === NUMBER) numbers.add(el.value);
      else if (el.type === DATE || el.type === TIME) instants.add(el.value);
      else if (el.type === PLURAL) {
        plurals.push({
          arg: el.value,
          ordinal: el.pluralType === 'ordinal',
          categories: Object.keys(el.options ?? {}).filter((k) => !k.startsWith('=')),
        });
      }
      if (el.type === SELECT || el.type === PLURAL) {
        for (const option of Object.values(el.options ?? {})) walk(option.value);
      }
    }
  };
  walk(format.getAst() as unknown as readonly Element[]);
  return { args, plain, numbers, instants, plurals };
}

/**
 * Parse a message with intl-messageformat and describe it; throws a SyntaxError naming the
 * parser's error kind and where in the message it is.
 */
export function describeMessage(message: string, locale: string): MessageShape {
  let format: IntlMessageFormat;
  try {
    format = new IntlMessageFormat(message, locale, undefined, PARSE_OPTIONS);
  } catch (e) {
    const at = (e as { location?: { start?: { offset?: number } } }).location?.start?.offset;
    throw new SyntaxError(`${(e as Error).message}${at === undefined ? '' : ` at offset ${at}`}`);
  }
  return describeFormat(format);
}
