// Walk a parsed ICU message: the argument names it uses and the plural selectors it contains.
import { type MessagePart, parseMessage } from './icu/parseMessage.js';

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

/** Parse a message and describe it; throws the parser's SyntaxError for an invalid message. */
export function describeMessage(message: string): MessageShape {
  const args = new Set<string>();
  const plurals: PluralUse[] = [];
  const walk = (parts: readonly MessagePart[]): void => {
    for (const part of parts) {
      if (typeof part === 'string' || part.t === '#') continue;
      args.add(part.name);
      if (part.t === 'arg') continue;
      if (part.t !== 'select') {
        plurals.push({
          arg: part.name,
          ordinal: part.t === 'selectordinal',
          categories: Object.keys(part.options).filter((k) => !k.startsWith('=')),
        });
      }
      for (const option of Object.values(part.options)) walk(option);
    }
  };
  walk(parseMessage(message));
  return { args, plurals };
}
