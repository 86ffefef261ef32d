import { parseWith } from '@meridian-cx/core';
import { objectArg, trust } from '../boundary.js';
import { TEMPLATES } from './catalog.js';
import { TemplateCatalogSchema } from './schemas.js';
import type { TemplateCatalog } from './types.js';
import { catalogProblems } from './validateCatalog.js';

/**
 * A team's own reply templates, validated: the shape by schema, then every message parses, uses
 * only declared params and every one of them, and every plural covers the categories
 * Intl.PluralRules uses for the message's locale (Polish one/few/many/other, Arabic six forms).
 *
 * @param templates - Template id → { params, messages: language → { formal?, informal?, any? } }.
 * @param options - `extend`: start from the built-in TEMPLATES (default true); false replaces them.
 * @returns The merged, frozen catalog to pass to renderReply.
 * @throws {ValidationError} `tone/invalid-templates` for a malformed catalog.
 * @throws {MeridianError} `tone/invalid-message`, `tone/undeclared-placeholder`, `tone/unused-param`,
 *   `tone/plural-categories` for the first message at fault.
 * @example
 * const catalog = defineTemplates({
 *   'gift-wrap': { params: { orderId: 'text' }, messages: { en: { any: 'Order {orderId} will be gift-wrapped.' } } },
 * });
 * @since 0.1.0
 */
export function defineTemplates(
  templates: TemplateCatalog,
  options: { readonly extend?: boolean } = {},
): TemplateCatalog {
  const { extend } = objectArg(options, 'defineTemplates', 'options');
  const parsed = parseWith(TemplateCatalogSchema, templates, {
    package: 'tone',
    what: 'templates',
  }) as TemplateCatalog;
  const first = catalogProblems(parsed)[0];
  if (first !== undefined) throw first;
  return trust(Object.freeze({ ...(extend === false ? {} : TEMPLATES), ...parsed }));
}
