import { parseWith } from '@meridian-cx/core';
import { localeArg, objectArg, stringArg, trustedOr } from '../boundary.js';
import { fail } from '../failures.js';
import { HOUSE_POLICY } from '../guidelines/base.js';
import { findLocale } from '../guidelines/findLocale.js';
import type { GuidelineSet } from '../guidelines/guidelines.js';
import { GuidelineSetSchema } from '../guidelines/schemas.js';
import type { Register } from '../guidelines/types.js';
import { textDirection } from '../replies/renderReply.js';
import {
  bidiFindings,
  emojiFindings,
  exclamationFindings,
  humourFindings,
  registerFindings,
  shoutingFindings,
} from './rules.js';
import { FindingsSchema, LintOptionsSchema } from './schemas.js';
import type { Finding } from './types.js';

/** Options of {@link lintReply}. */
export type LintOptions = {
  /** The locale of the reply (`de-DE`, `fa-IR`). */
  readonly locale: string;
  /** The register the reply should be in. */
  readonly register: Register;
  /** The channel's limit in UTF-16 code units (the caller knows the channel; tone does not). */
  readonly maxLength?: number;
  /** A brand's guideline set (defineGuidelines); default the built-in one. */
  readonly guidelines?: GuidelineSet;
};

/**
 * Check a draft reply before it goes out: a "you" of the wrong register (de, fr, es, it, nl, pl,
 * pt, ru, tr), Japanese あなた, emoji, laugh markers, exclamation overuse and shouting where the
 * locale's guideline says no, length over the channel's limit, and left-to-right tokens left
 * unisolated in Arabic, Persian or Hebrew. Built for precision: it flags only forms that cannot
 * be read another way.
 *
 * @param text - The draft.
 * @param options - Locale, register, optional maxLength and guideline set.
 * @returns Findings sorted by offset, each with a code, a message and (mostly) a suggestion.
 * @throws {ValidationError} `tone/invalid-lint-options`; `tone/invalid-guideline-set`.
 * @throws {MeridianError} `tone/invalid-argument` when the text is not a string or the options
 *   not an object; `tone/invalid-locale` when the locale is not a BCP 47 tag.
 * @example
 * lintReply('Wir haben dir 20 € erstattet.', { locale: 'de-DE', register: 'formal' })[0]?.code;
 * // 'register.informal-in-formal'
 * @since 0.1.0
 */
export function lintReply(text: string, options: LintOptions): Finding[] {
  stringArg(text, 'lintReply', 'text');
  const { guidelines } = objectArg(options, 'lintReply', 'options');
  const parsed = parseWith(LintOptionsSchema, options, { package: 'tone', what: 'lint-options' });
  localeArg(parsed.locale, 'lintReply', 'options.locale');
  const set =
    guidelines === undefined
      ? undefined
      : trustedOr<GuidelineSet>(guidelines, GuidelineSetSchema, 'guideline-set');
  const language = new Intl.Locale(parsed.locale).language;
  // A brand's set is read per locale; the built-in locales all share the house policy (base.ts).
  const guideline =
    (set !== undefined ? findLocale(parsed.locale, set) : undefined) ?? HOUSE_POLICY;
  const findings: Finding[] = [
    ...registerFindings(text, language, parsed.register),
    ...emojiFindings(text, guideline.emoji.value),
    ...humourFindings(text, guideline.humour.value, parsed.register),
    ...exclamationFindings(text, guideline.exclamation.value),
    ...shoutingFindings(text),
    ...(textDirection(parsed.locale) === 'rtl' ? bidiFindings(text) : []),
  ];
  if (parsed.maxLength !== undefined && text.length > parsed.maxLength) {
    findings.push({
      code: 'length',
      start: parsed.maxLength,
      end: text.length,
      message: `The reply is ${text.length} characters; the channel allows ${parsed.maxLength}.`,
    });
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Apply every suggestion of a set of findings (non-overlapping ones, left to right).
 *
 * @param text - The draft the findings came from.
 * @param findings - Findings of lintReply on that text.
 * @returns The text with each suggestion applied.
 * @throws {ValidationError} `tone/invalid-findings` when a finding or suggestion is malformed.
 * @throws {MeridianError} `tone/invalid-argument` (text not a string),
 *   `tone/suggestion-out-of-range` (a suggestion outside the text).
 * @example
 * applySuggestions(text, lintReply(text, { locale: 'fa-IR', register: 'formal' }));
 * @since 0.1.0
 */
export function applySuggestions(text: string, findings: readonly Finding[]): string {
  stringArg(text, 'applySuggestions', 'text');
  const checked = parseWith(FindingsSchema, findings, { package: 'tone', what: 'findings' });
  for (const { suggestion: s } of checked) {
    if (s !== undefined && (s.start > s.end || s.end > text.length)) {
      fail('tone/suggestion-out-of-range', { start: s.start, end: s.end, length: text.length });
    }
  }
  const fixes = checked
    .flatMap((f) => (f.suggestion !== undefined ? [f.suggestion] : []))
    .sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const fix of fixes) {
    if (fix.start < at) continue;
    out += text.slice(at, fix.start) + fix.replacement;
    at = fix.end;
  }
  return out + text.slice(at);
}
