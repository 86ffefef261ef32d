import { canonical } from '../locale/acceptLanguage.js';
import { bestFit, sameLanguageAndScript } from '../locale/localeMatch.js';

/** The catalog language that serves a customer locale, and why; undefined when none does. */
export function pickLanguage(
  locale: string,
  available: readonly string[],
): { key: string; why: string } | undefined {
  const tag = canonical(locale) ?? locale;
  const exact = available.find((k) => k.toLowerCase() === tag.toLowerCase());
  if (exact !== undefined) return { key: exact, why: `the catalog has ${exact}` };
  const pool = available.filter((k) => sameLanguageAndScript(k, tag));
  if (pool.length === 0) return undefined;
  const hit = bestFit(tag, pool, 'zxx');
  const key = pool.find((k) => k.toLowerCase() === hit.toLowerCase()) ?? pool[0];
  if (key === undefined) return undefined;
  return { key, why: `no ${tag} messages; ${key} is the same language and script` };
}
