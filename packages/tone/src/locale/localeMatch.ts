import { match } from '@formatjs/intl-localematcher';

// Small helpers over Intl.Locale used by negotiateLocale: language, script and prefix matching.

const maxCache = new Map<string, Intl.Locale>();

/** The maximized locale (likely subtags added), memoised with a bound. */
export function maximal(tag: string): Intl.Locale {
  let hit = maxCache.get(tag);
  if (hit === undefined) {
    hit = new Intl.Locale(tag).maximize();
    if (maxCache.size > 512) maxCache.clear();
    maxCache.set(tag, hit);
  }
  return hit;
}

export function language(tag: string): string {
  return maximal(tag).language;
}

/** Same language and same (likely) script: zh-HK and zh-TW yes, zh-HK and zh-CN no. */
export function sameLanguageAndScript(a: string, b: string): boolean {
  const x = maximal(a);
  const y = maximal(b);
  return x.language === y.language && x.script === y.script;
}

/** Whether a graph pattern (`es-419`, `zh-HK`, `ca`) covers a requested tag. */
export function coversRequest(pattern: string, requested: string): boolean {
  const p = pattern.toLowerCase();
  const r = requested.toLowerCase();
  if (r === p || r.startsWith(`${p}-`)) return true;
  // zh-HK also covers zh-Hant-HK: compare maximized forms.
  return maximal(pattern).baseName === maximal(requested).baseName && pattern.includes('-');
}

/** Whether a graph target (`zh-Hant`, `es-MX`, `es`) names a supported locale. */
export function targetNames(target: string, supported: string): boolean {
  if (target.toLowerCase() === supported.toLowerCase()) return true;
  const subtags = target.split('-');
  const s = maximal(supported).baseName;
  if (subtags.length === 1) return s.startsWith(`${target}-`);
  const isScript = subtags.length === 2 && /^[A-Z][a-z]{3}$/.test(subtags[1] ?? '');
  if (isScript) return s.startsWith(`${target}-`);
  return maximal(target).baseName === s;
}

const fitCache = new Map<string, string>();

/**
 * @formatjs/intl-localematcher's best fit for one tag against a pool, memoised with a bound:
 * the same request against the same desk is answered from the cache.
 */
export function bestFit(tag: string, pool: readonly string[], fallback: string): string {
  const key = `${tag}|${fallback}|${pool.join(',')}`;
  let hit = fitCache.get(key);
  if (hit === undefined) {
    hit = match([tag], pool, fallback, { algorithm: 'best fit' });
    if (fitCache.size > 2048) fitCache.clear();
    fitCache.set(key, hit);
  }
  return hit;
}
