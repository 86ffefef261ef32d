// Helpers the tests of folded scripts share (astral, enclosed and superscript digits).
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
