import { trust } from '../boundary.js';
import { CARE } from './catalog/care.js';
import { MONEY_AND_HOURS } from './catalog/money.js';
import { SERVICE } from './catalog/service.js';
import type { TemplateCatalog } from './types.js';

/**
 * The built-in reply templates: 12 customer-service replies in 12 languages (en, de, fr, es, it,
 * nl, pl, pt-BR, ja, ar, fa, zh-Hans), both registers where the language has them.
 *
 * @example
 * Object.keys(TEMPLATES).length; // 12
 * @since 0.1.0
 */
export const TEMPLATES: TemplateCatalog = trust(
  Object.freeze({
    ...SERVICE,
    ...MONEY_AND_HOURS,
    ...CARE,
  }),
);
