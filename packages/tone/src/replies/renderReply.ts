import { parseWith } from '@meridian-cx/core';
import { trustedOr } from '../boundary.js';
import { fail } from '../failures.js';
import type { GuidelineSet } from '../guidelines/guidelines.js';
import { GuidelineSetSchema } from '../guidelines/schemas.js';
import type { Register, Topic } from '../guidelines/types.js';
import { chooseRegister } from './chooseRegister.js';
import { compileMessage } from './compileMessage.js';
import { formatParam } from './formatParam.js';
import { resolveTemplate } from './resolveTemplate.js';
import { RenderReplyInputSchema } from './schemas.js';
import type { ParamValue, TemplateCatalog } from './types.js';

/** Input of {@link renderReply}. */
export type RenderReplyInput = {
  /** A template id of the catalog (`refund-issued`). */
  readonly template: string;
  /** The customer's locale (from negotiateLocale): formats dates, money and plurals. */
  readonly locale: string;
  /** `formal` or `informal`; default: the locale guideline, shifted by `topic`. */
  readonly register?: Register;
  /** A topic that may shift the register to formal (money, legal, complaint). */
  readonly topic?: Topic;
  /** Exactly the params the template declares. */
  readonly params?: Readonly<Record<string, ParamValue>>;
  /** IANA zone for dates and times; default `UTC`. */
  readonly timeZone?: string;
};

/** A choice renderReply made and why. */
export type ReplyChoice = {
  readonly what: 'language' | 'register' | 'message';
  readonly value: string;
  readonly why: string;
};

/** The rendered reply and what was chosen. */
export type RenderedReply = {
  readonly text: string;
  readonly template: string;
  readonly locale: string;
  /** The catalog language the message came from (`de`, `pt-BR`, `zh-Hans`). */
  readonly language: string;
  readonly register: Register | 'any';
  readonly direction: 'ltr' | 'rtl';
  readonly chosen: readonly ReplyChoice[];
};

/**
 * Render a reply template in the customer's language and register: ICU messages through
 * intl-messageformat (plural, selectordinal, select, `{n, number}`, `{d, date}`, `{t, time}`;
 * `<tags>` kept as written), money and dates by Intl in the customer's locale and zone,
 * left-to-right params isolated in right-to-left replies. Says which language, register and
 * message it chose and why.
 *
 * @param input - Template, locale, register or topic, params, zone.
 * @param catalogs - The catalogs of the languages you answer in: `[REPLIES_DE, REPLIES_JA]`, your
 *   own from defineTemplates beside them (later catalogs win for the same template and language),
 *   or TEMPLATES for all 12 languages. A bundle carries only the languages it imports.
 * @param guidelines - The guideline set for register defaults; default the built-in one.
 * @returns The text plus the choices made.
 * @throws {MeridianError} `tone/catalog-not-passed` (the customer's language has built-in replies
 *   you did not pass: the message names the export), `tone/no-catalog`, `tone/unknown-template`,
 *   `tone/no-translation`, `tone/missing-params`, `tone/extra-params`, `tone/bad-param`.
 * @throws {ValidationError} `tone/invalid-render-reply-input`, `tone/invalid-templates`.
 * @example
 * renderReply({ template: 'refund-issued', locale: 'de-DE', register: 'formal',
 *   params: { orderId: 'A-1042', amount: { amount: 4999, currency: 'EUR' }, days: 3 } },
 *   [REPLIES_DE]).text;
 * // 'Wir haben Ihnen 49,99 € für die Bestellung A-1042 erstattet. …'
 * @since 0.1.0
 */
export function renderReply(
  input: RenderReplyInput,
  catalogs: TemplateCatalog | readonly TemplateCatalog[],
  guidelines?: GuidelineSet,
): RenderedReply {
  const parsed = parseWith(RenderReplyInputSchema, input, {
    package: 'tone',
    what: 'render-reply-input',
  });
  const brand =
    guidelines === undefined
      ? undefined
      : trustedOr<GuidelineSet>(guidelines, GuidelineSetSchema, 'guideline-set');
  const template = resolveTemplate(catalogs, parsed.template, parsed.locale);
  const language = template.language;
  const given = parsed.params ?? {};
  const declared = Object.keys(template.params);
  const missing = declared.filter((p) => !(p in given));
  if (missing.length > 0)
    fail('tone/missing-params', { template: parsed.template, missing: missing.join(', ') });
  const extra = Object.keys(given).filter((p) => !declared.includes(p));
  if (extra.length > 0)
    fail('tone/extra-params', { template: parsed.template, extra: extra.join(', ') });

  const messages = template.messages;
  const wanted = chooseRegister({
    locale: parsed.locale,
    ...(parsed.register !== undefined ? { register: parsed.register } : {}),
    ...(parsed.topic !== undefined ? { topic: parsed.topic } : {}),
    ...(brand !== undefined ? { guidelines: brand } : {}),
  });
  const { register, message, why } = pickMessage(messages, wanted.register, language.key);
  const direction = textDirection(parsed.locale);
  const timeZone = parsed.timeZone ?? 'UTC';
  const compiled = compileMessage(message, parsed.locale, timeZone);
  const values: Record<string, string | number> = {};
  for (const name of declared) {
    values[name] = formatParam({
      template: parsed.template,
      name,
      kind: template.params[name] ?? 'text',
      value: given[name] as ParamValue,
      locale: parsed.locale,
      timeZone,
      rtl: direction === 'rtl',
      asInstant: compiled.instants.has(name),
    });
  }
  const text = String(compiled.format.format(values));
  return {
    text,
    template: parsed.template,
    locale: parsed.locale,
    language: language.key,
    register,
    direction,
    chosen: [
      { what: 'language', value: language.key, why: language.why },
      { what: 'register', value: wanted.register, why: wanted.why },
      { what: 'message', value: register, why },
    ],
  };
}

function pickMessage(
  messages: { readonly formal?: string; readonly informal?: string; readonly any?: string },
  wanted: Register | 'none',
  language: string,
): { register: Register | 'any'; message: string; why: string } {
  if (wanted !== 'none' && messages[wanted] !== undefined) {
    return { register: wanted, message: messages[wanted], why: `the ${wanted} message` };
  }
  if (messages.any !== undefined) {
    return {
      register: 'any',
      message: messages.any,
      why: `${language} has one customer-service register`,
    };
  }
  const other = wanted === 'informal' ? 'formal' : 'informal';
  const fallback = messages[other] ?? messages.formal ?? messages.informal;
  if (fallback === undefined)
    return fail('tone/no-translation', { template: '?', locale: language, available: '' });
  return {
    register: other,
    message: fallback,
    why: `no ${wanted} message in ${language}; the ${other} one is used`,
  };
}

const directions = new Map<string, 'ltr' | 'rtl'>();

/** The script direction CLDR gives a locale (Intl.Locale text info), memoised with a bound. */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  let hit = directions.get(locale);
  if (hit === undefined) {
    const l = new Intl.Locale(locale) as Intl.Locale & {
      getTextInfo?: () => { direction: string };
      textInfo?: { direction: string };
    };
    const info = l.getTextInfo?.() ?? l.textInfo;
    hit = info?.direction === 'rtl' ? 'rtl' : 'ltr';
    if (directions.size > 512) directions.clear();
    directions.set(locale, hit);
  }
  return hit;
}
