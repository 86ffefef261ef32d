import { LruCache } from '@meridian-cx/core';
import { canonical } from '../locale/acceptLanguage.js';
import { bestFit, sameLanguageAndScript } from '../locale/localeMatch.js';

type Picked = { readonly key: string; readonly why: string };

// Answers by locale and languages offered: a desk asks the same few pairs again and again.
const picked = new LruCache<string, Picked | null>(512);

/** The catalog language that serves a customer locale, and why; undefined when none does. */
export function pickLanguage(locale: string, available: readonly string[]): Picked | undefined {
  // Tags hold no \u0000 or \u0001, so the key names exactly one locale and one list.
  const key = `${locale}\u0000${available.join('\u0001')}`;
  let hit = picked.get(key);
  if (hit === undefined) {
    hit = pick(locale, available) ?? null;
    picked.set(key, hit);
  }
  return hit ?? undefined;
}

function pick(locale: string, available: readonly string[]): Picked | undefined {
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
