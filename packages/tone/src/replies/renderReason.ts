import type { Reason } from '@meridian-cx/core';
import { IntlMessageFormat } from 'intl-messageformat';
import { REASON_FALLBACK, REASONS } from './catalog/reasons.js';
import { pickLanguage } from './pickLanguage.js';
import type { TemplateCatalog } from './types.js';

/** A rendered reason: its text, and whether the catalog knew the code. */
export type RenderedReason = {
  readonly code: string;
  readonly text: string;
  readonly known: boolean;
};

/**
 * Render a decision's reason (a core `Reason`: code and params) in the customer's language,
 * through the same ICU machinery as replies. An unknown code, or one missing a param its message
 * needs, renders a visible fallback naming the code and its params — never an empty string.
 *
 * @param reason - `{ code, params? }`, as returned by evaluateReturn and other deciders.
 * @param locale - The customer's locale.
 * @param catalog - Reason messages; default the built-in REASON_TEMPLATES.
 * @returns The text and whether the code was known.
 * @example
 * renderReason({ code: 'policy.window-open', params: { days: 30 } }, 'fa-IR').text; // 'مهلت مرجوعی ۳۰ روزه هنوز باز است.'
 * renderReason({ code: 'custom.vip' }, 'de-DE').text; // 'Grund: custom.vip'
 * @since 0.1.0
 */
export function renderReason(
  reason: Reason,
  locale: string,
  catalog: TemplateCatalog = REASONS,
): RenderedReason {
  const template = catalog[reason.code];
  const params = reason.params ?? {};
  if (template !== undefined) {
    const language = pickLanguage(locale, Object.keys(template.messages));
    const messages = language !== undefined ? template.messages[language.key] : undefined;
    const message = messages?.any ?? messages?.formal ?? messages?.informal;
    const declared = Object.keys(template.params);
    const complete = declared.every(
      (p) => typeof params[p] === (template.params[p] === 'number' ? 'number' : 'string'),
    );
    if (message !== undefined && complete) {
      const values = Object.fromEntries(declared.map((p) => [p, params[p] as string | number]));
      return {
        code: reason.code,
        text: String(new IntlMessageFormat(message, locale).format(values)),
        known: true,
      };
    }
  }
  const label =
    REASON_FALLBACK[pickLanguage(locale, Object.keys(REASON_FALLBACK))?.key ?? 'en'] ?? 'Reason';
  const shown = Object.entries(params).map(([k, v]) => `${k}=${String(v)}`);
  const text = `${label}: ${reason.code}${shown.length > 0 ? ` (${shown.join(', ')})` : ''}`;
  return { code: reason.code, text, known: false };
}

/** The built-in reason messages (return-decision codes) in the 12 catalog languages. */
export const REASON_TEMPLATES: TemplateCatalog = REASONS;
