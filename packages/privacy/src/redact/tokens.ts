import { astralFoldOf } from './astralDigits.js';
import { shadowOf } from './digits.js';

const NOT_KEY_CHAR = /[^\p{L}\p{N}@]/gu;

/**
 * The form two spellings of one value share ("600 123 456" and "600123456"; "Anna@X.pl" and
 * "anna@x.pl"; "4111…" and "𝟒𝟏𝟏𝟏…" or "④①①①…", its digits in any script or font).
 */
export function valueKey(prefix: string, value: string): string {
  const v = astralFoldOf(value)?.text ?? value;
  return `${prefix}|${shadowOf(v).toLowerCase().replace(NOT_KEY_CHAR, '')}`;
}

/** `[EMAIL]` → `[EMAIL_`: the prefix of the tokens a placeholder gives in pseudonymise mode. */
export function tokenPrefix(placeholder: string): string {
  return `${placeholder.slice(0, -1)}_`;
}

/**
 * Hands out pseudonymisation tokens: one per distinct value and type, numbered from 1 per type, and
 * continuing the numbering of a token map from an earlier call so a conversation keeps its tokens.
 */
export class TokenBook {
  private readonly byKey = new Map<string, string>();
  private readonly next = new Map<string, number>();
  readonly map: Record<string, string> = {};

  constructor(existing: Readonly<Record<string, string>>) {
    for (const [token, value] of Object.entries(existing)) {
      this.map[token] = value;
      const cut = token.lastIndexOf('_');
      if (!token.startsWith('[') || !token.endsWith(']') || cut < 0) continue;
      const prefix = token.slice(0, cut + 1);
      const n = Number(token.slice(cut + 1, -1));
      if (!Number.isSafeInteger(n)) continue;
      this.byKey.set(valueKey(prefix, value), token);
      this.next.set(prefix, Math.max(this.next.get(prefix) ?? 1, n + 1));
    }
  }

  /** The token for `value` under `placeholder`, new or known. */
  tokenFor(placeholder: string, value: string): string {
    const prefix = tokenPrefix(placeholder);
    const key = valueKey(prefix, value);
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    let n = this.next.get(prefix) ?? 1;
    let token = `${prefix}${n}]`;
    while (Object.hasOwn(this.map, token)) token = `${prefix}${++n}]`;
    this.next.set(prefix, n + 1);
    this.byKey.set(key, token);
    this.map[token] = value;
    return token;
  }
}
