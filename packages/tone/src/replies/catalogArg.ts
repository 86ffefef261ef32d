import { isTrusted, trustedOr } from '../boundary.js';
import { TemplateCatalogSchema } from './schemas.js';
import type { TemplateCatalog } from './types.js';
import { catalogProblems } from './validateCatalog.js';

/**
 * A catalog a caller passed, checked: the built-ins and defineTemplates results as they are;
 * anything else parsed (ValidationError naming the path) and validated (its first problem thrown,
 * as defineTemplates would), so that no malformed message reaches intl-messageformat.
 */
export function catalogArg(catalog: unknown): TemplateCatalog {
  if (isTrusted(catalog)) return catalog as TemplateCatalog;
  const parsed = trustedOr<TemplateCatalog>(catalog, TemplateCatalogSchema, 'templates');
  const first = catalogProblems(parsed)[0];
  if (first !== undefined) throw first;
  return parsed;
}
