import { parseWith } from '@meridian-cx/core';
import { IntlMessageFormat } from 'intl-messageformat';
import { trustedOr } from '../boundary.js';
import { fail } from '../failures.js';
import type { GuidelineSet } from '../guidelines/guidelines.js';
import { GuidelineSetSchema } from '../guidelines/schemas.js';
import type { Register, Topic } from '../guidelines/types.js';
import { TEMPLATES } from './catalog.js';
import { catalogArg } from './catalogArg.js';
import { chooseRegister } from './chooseRegister.js';
import { formatParam } from './formatParam.js';
import { pickLanguage } from './pickLanguage.js';
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

const formatters = new Map<string, IntlMessageFormat>();

/**
 * Render a reply template in the customer's language and register: ICU messages through
 * intl-messageformat, dates and money by Intl in the customer's locale and zone, left-to-right
 * params isolated in right-to-left replies. Says which language, register and message it chose
 * and why.
 *
 * @param input - Template, locale, register or topic, params, zone.
 * @param catalog - The templates; default the built-in TEMPLATES (see defineTemplates).
 * @param guidelines - The guideline set for register defaults; default the built-in one.
 * @returns The text plus the choices made.
 * @throws {MeridianError} `tone/unknown-template`, `tone/no-translation`, `tone/missing-params`,
 *   `tone/extra-params`, `tone/bad-param`.
 * @throws {ValidationError} `tone/invalid-render-reply-input`.
 * @example
 * renderReply({ template: 'refund-issued', locale: 'de-DE', register: 'formal',
 *   params: { orderId: 'A-1042', amount: { amount: 4999, currency: 'EUR' }, days: 3 } }).text;
 * // 'Wir haben Ihnen 49,99 € für die Bestellung A-1042 erstattet. …'
 * @since 0.1.0
 */
export function renderReply(
  input: RenderReplyInput,
  catalog: TemplateCatalog = TEMPLATES,
  guidelines?: GuidelineSet,
): RenderedReply {
  const parsed = parseWith(RenderReplyInputSchema, input, {
    package: 'tone',
    what: 'render-reply-input',
  });
  const templates = catalogArg(catalog);
  const brand =
    guidelines === undefined
      ? undefined
      : trustedOr<GuidelineSet>(guidelines, GuidelineSetSchema, 'guideline-set');
  const template = Object.hasOwn(templates, parsed.template)
    ? templates[parsed.template]
    : undefined;
  if (template === undefined) {
    return fail('tone/unknown-template', {
      template: parsed.template,
      known: Object.keys(templates).join(', '),
    });
  }
  const language = pickLanguage(parsed.locale, Object.keys(template.messages));
  if (language === undefined) {
    return fail('tone/no-translation', {
      template: parsed.template,
      locale: parsed.locale,
      available: Object.keys(template.messages).join(', '),
    });
  }
  const given = parsed.params ?? {};
  const declared = Object.keys(template.params);
  const missing = declared.filter((p) => !(p in given));
  if (missing.length > 0)
    fail('tone/missing-params', { template: parsed.template, missing: missing.join(', ') });
  const extra = Object.keys(given).filter((p) => !declared.includes(p));
  if (extra.length > 0)
    fail('tone/extra-params', { template: parsed.template, extra: extra.join(', ') });

  const messages = template.messages[language.key] ?? {};
  const wanted = chooseRegister({
    locale: parsed.locale,
    ...(parsed.register !== undefined ? { register: parsed.register } : {}),
    ...(parsed.topic !== undefined ? { topic: parsed.topic } : {}),
    ...(brand !== undefined ? { guidelines: brand } : {}),
  });
  const { register, message, why } = pickMessage(messages, wanted.register, language.key);
  const direction = textDirection(parsed.locale);
  const values: Record<string, string | number> = {};
  for (const name of declared) {
    values[name] = formatParam({
      template: parsed.template,
      name,
      kind: template.params[name] ?? 'text',
      value: given[name] as ParamValue,
      locale: parsed.locale,
      timeZone: parsed.timeZone ?? 'UTC',
      rtl: direction === 'rtl',
    });
  }
  const text = String(formatterFor(message, parsed.locale).format(values));
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

function formatterFor(message: string, locale: string): IntlMessageFormat {
  const key = `${locale}\u0000${message}`;
  let f = formatters.get(key);
  if (f === undefined) {
    f = new IntlMessageFormat(message, locale);
    if (formatters.size > 1000) formatters.clear();
    formatters.set(key, f);
  }
  return f;
}
