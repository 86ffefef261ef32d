import { describeValue } from './describeValue.js';

/**
 * A caller's value for a message that already quotes it (`"${value}" is not a …`): a string as
 * itself (cut at 80 characters), anything else through {@link describeValue}. Never throws.
 */
export function show(value: unknown): string {
  if (typeof value === 'string') return value.length > 80 ? `${value.slice(0, 80)}…` : value;
  return describeValue(value);
}
