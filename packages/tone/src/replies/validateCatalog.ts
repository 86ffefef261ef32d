import type { MeridianError } from '@meridian-cx/core';
import { trustedOr } from '../boundary.js';
import { failure } from '../failures.js';
import { describeMessage } from './messageAst.js';
import { TemplateCatalogSchema } from './schemas.js';
import type { ParamKind, TemplateCatalog } from './types.js';

/** One problem found in a catalog, as the MeridianError that defineTemplates would throw. */
export type CatalogProblem = MeridianError;

/**
 * Every problem of a catalog: messages that do not parse (intl-messageformat's parser), placeholders
 * the template does not declare, declared params a locale leaves out, `{x, number}` on a param
 * that is not a number and `{x, date}` / `{x, time}` on one that is not a date, plurals missing a
 * category Intl.PluralRules uses for the message's locale. Returns them all (defineTemplates throws the first).
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
          shape = describeMessage(message, locale);
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
        for (const problem of kindProblems(shape, t.params)) {
          problems.push(failure('tone/invalid-message', { template, locale, problem }));
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

/** Arguments a message formats itself whose param kind cannot take that format. */
function kindProblems(
  shape: ReturnType<typeof describeMessage>,
  params: Readonly<Record<string, ParamKind>>,
): string[] {
  const problems: string[] = [];
  for (const arg of shape.numbers) {
    const kind = params[arg];
    if (kind !== undefined && kind !== 'number') {
      problems.push(
        `{${arg}, number} needs a number param, and "${arg}" is ${kind}: write {${arg}} (a ${kind} param is formatted by its kind) or declare it as number`,
      );
    }
  }
  for (const arg of shape.instants) {
    const kind = params[arg];
    if (kind !== undefined && kind !== 'date' && kind !== 'datetime') {
      problems.push(
        `{${arg}, date} and {${arg}, time} need a date or datetime param, and "${arg}" is ${kind}: declare it as date or datetime`,
      );
    } else if (shape.plain.has(arg)) {
      problems.push(
        `"${arg}" is both {${arg}} and {${arg}, date|time}: use one form (a date param given as {${arg}} reads as a long date in the zone)`,
      );
    }
  }
  return problems;
}
