import { describeValue, type Reason, toEpochMillis } from '@meridian-cx/core';
import { localeArg, objectArg, stringArg, trust } from '../boundary.js';
import { REASON_FALLBACK, REASONS } from './catalog/reasons.js';
import { catalogArg } from './catalogArg.js';
import { compileMessage } from './compileMessage.js';
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
 * through intl-messageformat as replies are (`{d, date}` in a reason reads in UTC). An unknown code, or one missing a param its message
 * needs, renders a visible fallback naming the code and its params — never an empty string.
 *
 * @param reason - `{ code, params? }`, as returned by evaluateReturn and other deciders.
 * @param locale - The customer's locale.
 * @param catalog - Reason messages; default the built-in REASON_TEMPLATES.
 * @returns The text and whether the code was known.
 * @throws {MeridianError} `tone/invalid-argument` (a reason without a string code, params not an
 *   object), `tone/invalid-locale`; catalog problems as defineTemplates throws them.
 * @throws {ValidationError} `tone/invalid-templates` for a malformed catalog.
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
  const { code: rawCode, params: rawParams } = objectArg(reason, 'renderReason', 'reason');
  const code = stringArg(rawCode, 'renderReason', 'reason.code');
  const params =
    rawParams === undefined ? {} : objectArg(rawParams, 'renderReason', 'reason.params');
  localeArg(locale, 'renderReason');
  const reasons = catalogArg(catalog);
  const template = Object.hasOwn(reasons, code) ? reasons[code] : undefined;
  if (template !== undefined) {
    const language = pickLanguage(locale, Object.keys(template.messages));
    const messages = language !== undefined ? template.messages[language.key] : undefined;
    const message = messages?.any ?? messages?.formal ?? messages?.informal;
    const declared = Object.keys(template.params);
    const complete = declared.every((p) =>
      template.params[p] === 'number' ? Number.isFinite(params[p]) : typeof params[p] === 'string',
    );
    const compiled =
      message !== undefined && complete ? compileMessage(message, locale, 'UTC') : undefined;
    const values =
      compiled === undefined ? undefined : reasonValues(declared, params, compiled.instants);
    if (compiled !== undefined && values !== undefined) {
      return { code, text: String(compiled.format.format(values)), known: true };
    }
  }
  const label =
    REASON_FALLBACK[pickLanguage(locale, Object.keys(REASON_FALLBACK))?.key ?? 'en'] ?? 'Reason';
  const shown = Object.entries(params).map(([k, v]) => `${k}=${shownValue(v)}`);
  const text = `${label}: ${code}${shown.length > 0 ? ` (${shown.join(', ')})` : ''}`;
  return { code, text, known: false };
}

/** The values a reason's message takes; `undefined` when an instant it formats is not one. */
function reasonValues(
  declared: readonly string[],
  params: Readonly<Record<string, unknown>>,
  instants: ReadonlySet<string>,
): Record<string, string | number> | undefined {
  const values: Record<string, string | number> = {};
  for (const p of declared) {
    const value = params[p] as string | number;
    if (!instants.has(p)) values[p] = value;
    else {
      try {
        values[p] = toEpochMillis(value as string);
      } catch {
        return undefined;
      }
    }
  }
  return values;
}

/** A param as the fallback shows it: text and numbers as they are, anything else described. */
function shownValue(v: unknown): string {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
    ? String(v)
    : describeValue(v);
}

/** The built-in reason messages (return-decision codes) in the 12 catalog languages. */
export const REASON_TEMPLATES: TemplateCatalog = trust(Object.freeze(REASONS));
