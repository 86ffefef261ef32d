// The context a built-in recognizer reads, made as redact makes it (the shadow, and its lower-case
// copy where lower-casing keeps every index), for properties that call a recognizer's find alone.
import { shadowOf } from '../../src/redact/digits.js';
import type { RecognizerContext } from '../../src/redact/types.js';

/** The context of `text` for a customer writing `locale` from `country`. */
export function contextOf(
  text: string,
  locale: string,
  country: RecognizerContext['country'],
): RecognizerContext {
  const shadow = shadowOf(text);
  const lower = shadow.toLowerCase();
  return {
    text,
    shadow,
    lower: lower.length === shadow.length ? lower : shadow,
    locale,
    country,
  };
}
