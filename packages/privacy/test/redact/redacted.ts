// Helpers the redaction tests share (the folded scripts' tests, the rows of expected texts).
import { type Finding, redact } from '@meridian-cx/privacy';
import { expect } from 'vitest';

/** Each finding's value as the input writes it: its offsets slice the input. */
export const valuesOf = (text: string, findings: readonly Finding[]): string[] =>
  findings.map((f) => text.slice(f.start, f.end));

/** redact's text and each finding's value as the input writes it, checked to be idempotent. */
export function redacted(text: string, locale: string): { text: string; values: string[] } {
  const { text: out, findings } = redact(text, { locale });
  expect(redact(out, { locale }).text, 'idempotent').toBe(out);
  return { text: out, values: valuesOf(text, findings) };
}

/** Whether `text` redacts to `expected` in `locale`, and redacting that changes nothing more. */
export function expectRedactsTo(text: string, locale: string, expected: string): void {
  const out = redact(text, { locale }).text;
  expect(out).toBe(expected);
  expect(redact(out, { locale }).text, 'idempotent').toBe(out);
}
