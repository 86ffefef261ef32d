import { trust } from '../boundary.js';
import { REPLIES_AR } from './catalog/ar.js';
import { REPLIES_DE } from './catalog/de.js';
import { REPLIES_EN } from './catalog/en.js';
import { REPLIES_ES } from './catalog/es.js';
import { REPLIES_FA } from './catalog/fa.js';
import { REPLIES_FR } from './catalog/fr.js';
import { REPLIES_IT } from './catalog/it.js';
import { REPLIES_JA } from './catalog/ja.js';
import { REPLIES_NL } from './catalog/nl.js';
import { REPLIES_PL } from './catalog/pl.js';
import { REPLIES_PT_BR } from './catalog/ptBR.js';
import { REPLIES_ZH_HANS } from './catalog/zhHans.js';
import type { Template, TemplateCatalog } from './types.js';

/** Language catalogs of the same templates, merged into one catalog with every language. */
function mergeLanguages(catalogs: readonly TemplateCatalog[]): TemplateCatalog {
  const merged: Record<string, Template> = {};
  for (const catalog of catalogs) {
    for (const [id, t] of Object.entries(catalog)) {
      merged[id] = Object.freeze({
        params: t.params,
        messages: Object.freeze({ ...merged[id]?.messages, ...t.messages }),
      });
    }
  }
  return trust(Object.freeze(merged));
}

/**
 * The built-in reply templates in all 12 languages at once (en, de, fr, es, it, nl, pl, pt-BR,
 * ja, ar, fa, zh-Hans), both registers where the language has them: for a server that answers in
 * every language. A browser bundle imports only the languages it serves (REPLIES_DE, …), about
 * 1 KiB gzipped each, instead of this.
 *
 * @example
 * Object.keys(TEMPLATES).length; // 12
 * renderReply({ template: 'closing', locale: 'ja-JP' }, TEMPLATES);
 * @since 0.1.0
 */
export const TEMPLATES: TemplateCatalog = /* @__PURE__ */ mergeLanguages([
  REPLIES_EN,
  REPLIES_DE,
  REPLIES_FR,
  REPLIES_ES,
  REPLIES_IT,
  REPLIES_NL,
  REPLIES_PL,
  REPLIES_PT_BR,
  REPLIES_JA,
  REPLIES_AR,
  REPLIES_FA,
  REPLIES_ZH_HANS,
]);
