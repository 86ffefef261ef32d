import { canonical } from '../locale/acceptLanguage.js';

/**
 * The entry of a locale-keyed record for a tag: the exact entry, else the first entry of the same
 * language and script (de-AT finds de-DE, zh-HK finds zh-TW). Shared by getGuideline and the
 * register lookup of renderReply, so both fall back the same way.
 */
export function findLocale<T extends { readonly locale: string }>(
  tag: string,
  record: Readonly<Record<string, T>>,
): T | undefined {
  const wanted = canonical(tag) ?? tag;
  const exact = Object.hasOwn(record, wanted) ? record[wanted] : undefined;
  if (exact !== undefined) return exact;
  const lang = wanted.split('-')[0]?.toLowerCase();
  const maxed = safeMax(wanted);
  return Object.values(record).find(
    (g) => g.locale.split('-')[0] === lang && safeMax(g.locale)?.script === maxed?.script,
  );
}

function safeMax(tag: string): Intl.Locale | undefined {
  try {
    return new Intl.Locale(tag).maximize();
  } catch {
    return undefined;
  }
}
