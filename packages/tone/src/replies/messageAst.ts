// Walk a parsed ICU message: the argument names it uses and the plural selectors it contains.
import { IntlMessageFormat } from 'intl-messageformat';

// Element types of @formatjs/icu-messageformat-parser (stable numeric enum).
const ARGUMENT = 1;
const NUMBER = 2;
const DATE = 3;
const TIME = 4;
const SELECT = 5;
const PLURAL = 6;
const TAG = 8;

type Element = {
  readonly type: number;
  readonly value?: unknown;
  readonly options?: Readonly<Record<string, { readonly value: readonly Element[] }>>;
  readonly pluralType?: 'cardinal' | 'ordinal';
  readonly children?: readonly Element[];
};

/** A plural selector in a message: the argument and the categories it covers (`=0` excluded). */
export type PluralUse = {
  readonly arg: string;
  readonly ordinal: boolean;
  readonly categories: readonly string[];
};

export type MessageShape = {
  readonly args: ReadonlySet<string>;
  readonly plurals: readonly PluralUse[];
};

/** Parse a message and describe it; throws the parser's error for an invalid message. */
export function describeMessage(message: string, locale: string): MessageShape {
  const ast = new IntlMessageFormat(message, locale).getAst() as unknown as readonly Element[];
  const args = new Set<string>();
  const plurals: PluralUse[] = [];
  const walk = (elements: readonly Element[]): void => {
    for (const el of elements) {
      if (
        [ARGUMENT, NUMBER, DATE, TIME, SELECT, PLURAL].includes(el.type) &&
        typeof el.value === 'string'
      ) {
        args.add(el.value);
      }
      if (el.type === PLURAL && typeof el.value === 'string') {
        plurals.push({
          arg: el.value,
          ordinal: el.pluralType === 'ordinal',
          categories: Object.keys(el.options ?? {}).filter((k) => !k.startsWith('=')),
        });
      }
      for (const option of Object.values(el.options ?? {})) walk(option.value);
      if (el.type === TAG) {
        if (typeof el.value === 'string') args.add(el.value);
        walk(el.children ?? []);
      }
    }
  };
  walk(ast);
  return { args, plurals };
}
