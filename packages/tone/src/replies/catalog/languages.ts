// The languages of the built-in reply catalogs and the export that carries each: what an error
// names when a customer's language has built-in replies that the caller did not pass.

/** Catalog language → the named export of '@meridian-cx/tone' with its replies. */
export const REPLY_LANGUAGES: Readonly<Record<string, string>> = {
  en: 'REPLIES_EN',
  de: 'REPLIES_DE',
  fr: 'REPLIES_FR',
  es: 'REPLIES_ES',
  it: 'REPLIES_IT',
  nl: 'REPLIES_NL',
  pl: 'REPLIES_PL',
  'pt-BR': 'REPLIES_PT_BR',
  ja: 'REPLIES_JA',
  ar: 'REPLIES_AR',
  fa: 'REPLIES_FA',
  'zh-Hans': 'REPLIES_ZH_HANS',
};
