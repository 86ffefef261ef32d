import type { MeridianError } from '@meridian-cx/core';
import { trustedOr } from '../boundary.js';
import { failure } from '../failures.js';
import { describeMessage } from './messageAst.js';
import { TemplateCatalogSchema } from './schemas.js';
import type { TemplateCatalog } from './types.js';

/** One problem found in a catalog, as the MeridianError that defineTemplates would throw. */
export type CatalogProblem = MeridianError;

/**
 * Every problem of a catalog: messages that do not parse, placeholders the template does not
 * declare, declared params a locale leaves out, plurals missing a category Intl.PluralRules uses
 * for the message's locale. Returns them all (defineTemplates throws the first).
 *
 * @param catalog - A template catalog (template id → params and messages per language).
 * @returns Every problem, as MeridianErrors; empty when the catalog is sound.
 * @throws {ValidationError} `tone/invalid-templates` when the catalog is not catalog-shaped at all.
 * @example
 * validateCatalog({ hi: { params: {}, messages: { en: { any: 'Hi {name}' } } } })[0]?.code;
 * // 'tone/undeclared-placeholder'
 * @since 0.1.0
 */
export function validateCatalog(catalog: TemplateCatalog): CatalogProblem[] {
  return catalogProblems(trustedOr<TemplateCatalog>(catalog, TemplateCatalogSchema, 'templates'));
}

/** The problems of a catalog whose shape is already checked. */
export function catalogProblems(catalog: TemplateCatalog): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  for (const [template, t] of Object.entries(catalog)) {
    const declared = Object.keys(t.params);
    for (const [locale, byRegister] of Object.entries(t.messages)) {
      for (const message of Object.values(byRegister)) {
        if (message === undefined) continue;
        let shape: ReturnType<typeof describeMessage>;
        try {
          shape = describeMessage(message);
        } catch (e) {
          problems.push(
            failure('tone/invalid-message', { template, locale, problem: (e as Error).message }),
          );
          continue;
        }
        for (const arg of shape.args) {
          if (!declared.includes(arg))
            problems.push(
              failure('tone/undeclared-placeholder', { template, locale, placeholder: arg }),
            );
        }
        for (const param of declared) {
          if (!shape.args.has(param))
            problems.push(failure('tone/unused-param', { template, locale, param }));
        }
        for (const p of shape.plurals) {
          const rules = new Intl.PluralRules(locale, { type: p.ordinal ? 'ordinal' : 'cardinal' });
          const missing = rules
            .resolvedOptions()
            .pluralCategories.filter((c) => !p.categories.includes(c));
          if (missing.length > 0) {
            problems.push(
              failure('tone/plural-categories', {
                template,
                locale,
                param: p.arg,
                missing: missing.join(', '),
              }),
            );
          }
        }
      }
    }
  }
  return problems;
}
