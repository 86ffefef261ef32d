import { type LocaleTag, parseWith, type Source } from '@meridian-cx/core';
import { fail } from '../failures.js';
import { canonical, type Rejection, weighRequested } from './acceptLanguage.js';
import { COUNTRY_DEFAULTS } from './countryDefaults.data.js';
import { FALLBACK_GRAPH } from './fallbackGraph.data.js';
import {
  bestFit,
  coversRequest,
  language,
  sameLanguageAndScript,
  targetNames,
} from './localeMatch.js';
import { NegotiateLocaleInputSchema } from './schemas.js';
import { FORMATJS_5072 } from './sources.js';

/** What the customer asked for: an Accept-Language header, or tags in order of preference. */
export type RequestedLocales =
  | string
  | readonly (string | { readonly tag: string; readonly q: number })[];

/** Input of {@link negotiateLocale}. */
export type NegotiateLocaleInput = {
  /** Accept-Language, a profile language, a detected language; absent when the customer gave none. */
  readonly requested?: RequestedLocales;
  /** The locales the desk answers in. */
  readonly supported: readonly string[];
  /** The desk's declared default; must be supported. */
  readonly default: string;
  /** The customer's country (ISO 3166-1 alpha-2), for a country default when nothing else fits. */
  readonly country?: string;
  /** The desk's own choice per country, tried before the built-in country languages. */
  readonly countryDefaults?: Readonly<Record<string, readonly string[]>>;
  /** Opt-in sideways moves. Default: none (`nordic: false`). */
  readonly allow?: { readonly nordic?: boolean };
};

/** The rule that chose the locale. */
export type NegotiationRule =
  | 'exact'
  | 'same-language'
  | 'sideways'
  | 'country-default'
  | 'default';

/** The answer of {@link negotiateLocale}: the locale, the rule that chose it, and what was rejected. */
export type LocaleNegotiation = {
  readonly locale: LocaleTag;
  readonly rule: NegotiationRule;
  /** The requested tag that led to the locale (absent for country and desk defaults). */
  readonly matched?: string;
  readonly why: string;
  readonly source?: Source;
  readonly rejected: readonly Rejection[];
};

type Candidate = {
  locale: string;
  rank: number;
  rule: NegotiationRule;
  why: string;
  source?: Source;
};

const SENTINEL = 'zxx';

/**
 * Decide the language to answer a customer in: what they asked for against what the desk
 * supports, with @formatjs/intl-localematcher for same-language matches and a sourced graph of
 * sideways moves on top (zh-HK → Traditional, never Simplified; es-419 → es-MX before es-ES;
 * pt-AO → pt-PT; ca/gl/eu → es; Nordic moves only when allowed). A request that matches nothing
 * falls to the country's language, then to the declared default — never silently to English.
 *
 * @param input - Requested tags or Accept-Language, supported locales, default, country.
 * @returns The locale, the rule that chose it, why, its source, and every rejected candidate.
 * @throws {ValidationError} `tone/invalid-negotiate-locale-input` for malformed input.
 * @throws {MeridianError} `tone/unsupported-default` when the default is not supported.
 * @example
 * negotiateLocale({ requested: 'is', supported: ['en-US', 'de-DE'], default: 'de-DE' }).locale; // 'de-DE'
 * negotiateLocale({ requested: 'zh-HK', supported: ['zh-CN', 'zh-TW'], default: 'zh-CN' }).locale; // 'zh-TW'
 * @since 0.1.0
 */
export function negotiateLocale(input: NegotiateLocaleInput): LocaleNegotiation {
  const parsed = parseWith(NegotiateLocaleInputSchema, input, {
    package: 'tone',
    what: 'negotiate-locale-input',
  });
  const invalid = parsed.supported.find((s) => canonical(s) === undefined);
  const supported = parsed.supported.map((s) => canonical(s) ?? s);
  if (invalid !== undefined) fail('tone/invalid-supported-locale', { locale: invalid });
  const fallback = canonical(parsed.default);
  if (fallback === undefined || !supported.includes(fallback)) {
    fail('tone/unsupported-default', { locale: parsed.default, supported: supported.join(', ') });
  }
  const { tags, rejected } = weighRequested(parsed.requested ?? []);
  const nordic = parsed.allow?.nordic === true;

  // Pass 1: exact, same-language sideways, same-language best fit — by weight, then pass 2:
  // cross-language sideways moves, tried only when no requested language can be served at all.
  for (const crossLanguage of [false, true]) {
    for (const q of [...new Set(tags.map((t) => t.q))]) {
      const group = tags.filter((t) => t.q === q);
      const found = group
        .map((t) => ({ tag: t.tag, c: candidateFor(t.tag, supported, nordic, crossLanguage) }))
        .filter((x): x is { tag: string; c: Candidate } => x.c !== undefined)
        // Order-independent within equal weights: best rank, then the desk's own order.
        .sort(
          (a, b) =>
            a.c.rank - b.c.rank || supported.indexOf(a.c.locale) - supported.indexOf(b.c.locale),
        );
      const best = found[0];
      if (best !== undefined) {
        const lost = rejectedSoFar(tags, best.tag, supported, rejected, crossLanguage, nordic);
        return answer(best.c, best.tag, lost);
      }
    }
  }
  const allRejected = rejectedSoFar(tags, undefined, supported, rejected, true, nordic);
  const country = parsed.country;
  if (country !== undefined) {
    const own = parsed.countryDefaults?.[country];
    const builtIn = COUNTRY_DEFAULTS[country];
    for (const [list, source] of [
      [own, undefined],
      [builtIn?.locales, builtIn?.source],
    ] as const) {
      for (const wanted of list ?? []) {
        const hit =
          supported.find((s) => targetNames(wanted, s)) ?? sameLanguage(wanted, supported);
        if (hit !== undefined) {
          return answer(
            {
              locale: hit,
              rank: 9,
              rule: 'country-default',
              why: `${tags.length === 0 ? 'the customer gave no language' : 'no requested language can be served'}; ${own === list ? "the desk's" : 'the'} language for ${country} is ${wanted}`,
              ...(source !== undefined ? { source } : {}),
            },
            undefined,
            allRejected,
          );
        }
      }
    }
  }
  return answer(
    {
      locale: fallback as string,
      rank: 10,
      rule: 'default',
      why:
        tags.length === 0
          ? 'the customer gave no language; the desk default applies'
          : 'no requested language can be served; the declared default applies, not a guess',
    },
    undefined,
    allRejected,
  );
}

function answer(
  c: Candidate,
  matched: string | undefined,
  rejected: Rejection[],
): LocaleNegotiation {
  return {
    locale: c.locale as LocaleTag,
    rule: c.rule,
    ...(matched !== undefined ? { matched } : {}),
    why: c.why,
    ...(c.source !== undefined ? { source: c.source } : {}),
    rejected,
  };
}

function sameLanguage(tag: string, supported: readonly string[]): string | undefined {
  const pool = supported.filter((s) => sameLanguageAndScript(s, tag));
  if (pool.length === 0) return undefined;
  const hit = bestFit(tag, pool, SENTINEL);
  return hit === SENTINEL
    ? undefined
    : (pool.find((s) => s.toLowerCase() === hit.toLowerCase()) ?? hit);
}

function candidateFor(
  tag: string,
  supported: readonly string[],
  nordic: boolean,
  crossLanguage: boolean,
): Candidate | undefined {
  const exact = supported.find((s) => s.toLowerCase() === tag.toLowerCase());
  if (exact !== undefined && !crossLanguage) {
    return { locale: exact, rank: 0, rule: 'exact', why: `the customer asked for ${tag}` };
  }
  for (const edge of FALLBACK_GRAPH) {
    if (edge.optIn === 'nordic' && !nordic) continue;
    if (!edge.from.some((f) => coversRequest(f, tag))) continue;
    for (const target of edge.to) {
      const hit = supported.find((s) => targetNames(target, s));
      if (hit === undefined) continue;
      const cross = language(hit) !== language(tag);
      if (cross !== crossLanguage) continue;
      return {
        locale: hit,
        rank: 1,
        rule: 'sideways',
        why: `${tag} → ${hit}: ${edge.why}`,
        source: edge.source,
      };
    }
  }
  if (crossLanguage) return undefined;
  const same = sameLanguage(tag, supported);
  if (same === undefined) return undefined;
  return {
    locale: same,
    rank: 2,
    rule: 'same-language',
    why: `${tag} → ${same}: same language and script, closest regional variant (CLDR language matching via @formatjs/intl-localematcher)`,
  };
}

/** What was tried before the winner and why each failed, including best fit's cross-language guesses. */
function rejectedSoFar(
  tags: readonly { tag: string }[],
  winner: string | undefined,
  supported: readonly string[],
  rejected: readonly Rejection[],
  crossPassDone: boolean,
  nordic: boolean,
): Rejection[] {
  const out = [...rejected];
  for (const { tag } of tags) {
    if (tag === winner) continue;
    const other =
      candidateFor(tag, supported, nordic, false) ?? candidateFor(tag, supported, nordic, true);
    if (other !== undefined && winner !== undefined) {
      out.push({
        tag,
        candidate: other.locale,
        why: `${winner} was asked for with more weight or matches more closely`,
      });
      continue;
    }
    const guess = bestFit(tag, supported, SENTINEL);
    const guessed = guess === SENTINEL ? undefined : guess;
    if (guessed !== undefined && language(guessed) !== language(tag)) {
      out.push({
        tag,
        candidate: guessed,
        why: `best fit would answer in ${guessed}, another language with no sourced move from ${tag}; rejected (${FORMATJS_5072.url})`,
      });
    } else {
      out.push({
        tag,
        why: crossPassDone
          ? `the desk supports no locale in ${language(tag)} and no sourced sideways move applies`
          : `the desk supports no locale in ${language(tag)}`,
      });
    }
  }
  return out;
}
