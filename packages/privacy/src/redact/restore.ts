import { parseWith } from '@meridian-cx/core';
import * as z from 'zod/mini';
import { TokenMapSchema } from './schemas.js';
import type { TokenMap } from './types.js';

const RestoreInputSchema = z.object({ text: z.string(), tokens: TokenMapSchema });

// Tokens are short ("[IR_NATIONAL_CODE_12]"); a bound on the look-ahead keeps the scan linear.
const MAX_TOKEN = 64;

/**
 * Put the original values back into a pseudonymised text (a vendor's translation, an assistant's
 * draft): every token of the map is replaced by the value it stands for; anything else is left.
 *
 * @param text - Text holding tokens from `redact(..., { mode: 'pseudonymise' })`.
 * @param tokens - The token map that call returned (kept by the caller).
 * @returns The text with the original values.
 * @throws {ValidationError} `privacy/invalid-restore-input` when the text is not a string or the map
 *   is not strings to strings.
 * @example
 * const { text, tokens } = redact('Mail anna@example.com', { locale: 'en', mode: 'pseudonymise' });
 * restore(text, tokens); // 'Mail anna@example.com'
 * @since 0.1.0
 */
export function restore(text: string, tokens: TokenMap): string {
  const input = parseWith(
    RestoreInputSchema,
    { text, tokens },
    { package: 'privacy', what: 'restore-input' },
  );
  const map = input.tokens;
  const parts: string[] = [];
  let at = 0;
  let close = -1;
  for (let open = input.text.indexOf('['); open >= 0; open = input.text.indexOf('[', open + 1)) {
    // The next "]" only moves forward, so the whole scan reads the text once.
    if (close < open) close = input.text.indexOf(']', open);
    if (close < 0) break;
    if (close - open > MAX_TOKEN) continue;
    const token = input.text.slice(open, close + 1);
    if (!Object.hasOwn(map, token)) continue;
    parts.push(input.text.slice(at, open), map[token] as string);
    at = close + 1;
    open = close;
  }
  parts.push(input.text.slice(at));
  return parts.join('');
}
