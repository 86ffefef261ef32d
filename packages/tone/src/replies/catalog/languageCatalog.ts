import { trust } from '../../boundary.js';
import type { RegisterMessages, Template, TemplateCatalog } from '../types.js';
import { REPLY_PARAMS, type ReplyTemplateId } from './params.js';

/**
 * One language's catalog of the built-in templates: each template's declared params (REPLY_PARAMS)
 * with this language's messages, frozen and trusted (catalog.test.ts validates every one). The
 * type asks for every template, so a language cannot silently miss one.
 */
export function languageCatalog(
  language: string,
  messages: { readonly [K in ReplyTemplateId]: RegisterMessages },
): TemplateCatalog {
  const catalog: Record<string, Template> = {};
  for (const id of Object.keys(REPLY_PARAMS) as ReplyTemplateId[]) {
    catalog[id] = Object.freeze({
      params: REPLY_PARAMS[id],
      messages: Object.freeze({ [language]: Object.freeze({ ...messages[id] }) }),
    });
  }
  return trust(Object.freeze(catalog));
}
