import { fail } from '../failures.js';
import { REPLY_LANGUAGES } from './catalog/languages.js';
import { REPLY_PARAMS } from './catalog/params.js';
import { catalogArg } from './catalogArg.js';
import { pickLanguage } from './pickLanguage.js';
import type { ParamKind, RegisterMessages, TemplateCatalog } from './types.js';

/** The template renderReply uses: its params and the messages of the language chosen. */
export type ResolvedTemplate = {
  readonly params: Readonly<Record<string, ParamKind>>;
  readonly messages: RegisterMessages;
  readonly language: { readonly key: string; readonly why: string };
};

/**
 * Find a template in the catalogs a caller passed (one, or several: language catalogs and a team's
 * own), in the language that serves the customer. Later catalogs win for the same template and
 * language; params travel with the message they belong to. A customer language with built-in
 * replies that were not passed is an error naming the export that adds them.
 */
export function resolveTemplate(
  catalogs: unknown,
  template: string,
  locale: string,
): ResolvedTemplate {
  if (catalogs === undefined) return fail('tone/no-catalog', { fn: 'renderReply' });
  const list = (Array.isArray(catalogs) ? catalogs : [catalogs]).map((c) => catalogArg(c));
  if (list.length === 0) return fail('tone/no-catalog', { fn: 'renderReply' });
  const having: TemplateCatalog[string][] = [];
  const languages: string[] = [];
  for (const catalog of list) {
    const t = Object.hasOwn(catalog, template) ? catalog[template] : undefined;
    if (t === undefined) continue;
    having.push(t);
    for (const l of Object.keys(t.messages)) if (!languages.includes(l)) languages.push(l);
  }
  const language = pickLanguage(locale, languages);
  if (language === undefined) {
    const builtIn = Object.hasOwn(REPLY_PARAMS, template)
      ? pickLanguage(locale, Object.keys(REPLY_LANGUAGES))
      : undefined;
    if (builtIn !== undefined) {
      fail('tone/catalog-not-passed', {
        template,
        locale,
        language: builtIn.key,
        name: REPLY_LANGUAGES[builtIn.key] ?? '',
        passed: passedLanguages(list),
      });
    }
    if (having.length === 0) {
      fail('tone/unknown-template', {
        template,
        known: [...new Set(list.flatMap((c) => Object.keys(c)))].join(', ') || '(none)',
      });
    }
    return fail('tone/no-translation', { template, locale, available: languages.join(', ') });
  }
  let source = having[0];
  for (const t of having) if (Object.hasOwn(t.messages, language.key)) source = t;
  return {
    params: source?.params ?? {},
    messages: source?.messages[language.key] ?? {},
    language,
  };
}

function passedLanguages(list: readonly TemplateCatalog[]): string {
  const all = new Set<string>();
  for (const c of list)
    for (const t of Object.values(c)) for (const l of Object.keys(t.messages)) all.add(l);
  return [...all].join(', ') || '(none)';
}
