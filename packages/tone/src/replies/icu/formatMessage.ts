import type { MessagePart, ParsedMessage } from './parseMessage.js';

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function numberFormat(locale: string): Intl.NumberFormat {
  let f = numberFormats.get(locale);
  if (f === undefined) {
    f = new Intl.NumberFormat(locale);
    if (numberFormats.size > 256) numberFormats.clear();
    numberFormats.set(locale, f);
  }
  return f;
}

function pluralRule(locale: string, type: 'cardinal' | 'ordinal'): Intl.PluralRules {
  const key = `${type}\u0000${locale}`;
  let r = pluralRules.get(key);
  if (r === undefined) {
    r = new Intl.PluralRules(locale, { type });
    if (pluralRules.size > 256) pluralRules.clear();
    pluralRules.set(key, r);
  }
  return r;
}

/**
 * Format a parsed message as intl-messageformat does: `{name}` is the value as a string, `#` the
 * plural's number formatted for the locale, plural picks `=N`, then the Intl.PluralRules
 * category, then `other`; select picks the value's option, then `other`. Throws when a value is
 * missing (renderReply checks every declared param first).
 */
export function formatMessage(
  message: ParsedMessage,
  locale: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return formatParts(message, locale, values, undefined);
}

function formatParts(
  parts: readonly MessagePart[],
  locale: string,
  values: Readonly<Record<string, string | number>>,
  pound: number | undefined,
): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    if (part.t === '#') {
      if (pound !== undefined) out += numberFormat(locale).format(pound);
      continue;
    }
    if (!Object.hasOwn(values, part.name)) {
      throw new Error(`The message needs a value for "${part.name}".`);
    }
    const value = values[part.name] as string | number;
    if (part.t === 'arg') {
      out += String(value);
      continue;
    }
    if (part.t === 'select') {
      const key = String(value);
      const option = Object.hasOwn(part.options, key) ? part.options[key] : part.options.other;
      out += formatParts(option ?? [], locale, values, undefined);
      continue;
    }
    const n = Number(value) - part.offset;
    const exact = `=${value}`;
    let option = Object.hasOwn(part.options, exact) ? part.options[exact] : undefined;
    if (option === undefined) {
      const type = part.t === 'plural' ? 'cardinal' : 'ordinal';
      const category = pluralRule(locale, type).select(n);
      option = Object.hasOwn(part.options, category) ? part.options[category] : part.options.other;
    }
    out += formatParts(option ?? [], locale, values, n);
  }
  return out;
}
