import { parseWith } from '@meridian-cx/core';
import { trust } from '../boundary.js';
import { TemplateCatalogSchema } from './schemas.js';
import type { TemplateCatalog } from './types.js';
import { catalogProblems } from './validateCatalog.js';

/**
 * A team's own reply templates, validated: the shape by schema, then every message parses, uses
 * only declared params and every one of them, and every plural covers the categories
 * Intl.PluralRules uses for the message's locale (Polish one/few/many/other, Arabic six forms).
 * Pass the result to renderReply beside the built-in language catalogs you use: a template of
 * yours with a built-in id replaces the built-in one in the languages you give it.
 *
 * @param templates - Template id → { params, messages: language → { formal?, informal?, any? } }.
 * @returns The frozen, validated catalog (your templates only).
 * @throws {ValidationError} `tone/invalid-templates` for a malformed catalog.
 * @throws {MeridianError} `tone/invalid-message`, `tone/undeclared-placeholder`, `tone/unused-param`,
 *   `tone/plural-categories` for the first message at fault.
 * @example
 * const mine = defineTemplates({
 *   'gift-wrap': { params: { orderId: 'text' }, messages: { en: { any: 'Order {orderId} will be gift-wrapped.' } } },
 * });
 * renderReply({ template: 'gift-wrap', locale: 'en-GB', params: { orderId: 'A-1' } }, [REPLIES_EN, mine]);
 * @since 0.1.0
 */
export function defineTemplates(templates: TemplateCatalog): TemplateCatalog {
  const parsed = parseWith(TemplateCatalogSchema, templates, {
    package: 'tone',
    what: 'templates',
  }) as TemplateCatalog;
  const first = catalogProblems(parsed)[0];
  if (first !== undefined) throw first;
  return trust(Object.freeze({ ...parsed }));
}
