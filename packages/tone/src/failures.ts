// The tone package's failure catalog (locale negotiation, guidelines, replies, lint). Text hygiene
// keeps its own catalog in src/text/failures.ts.
import { defineFailures } from '@meridian-cx/core';

const failures = defineFailures('tone', {
  'tone/unsupported-default': (p: { locale: string; supported: string }) =>
    `The declared default "${p.locale}" is not one of the supported locales (${p.supported}). Add it to "supported" or pick a default from that list.`,
  'tone/invalid-supported-locale': (p: { locale: string }) =>
    `"${p.locale}" in "supported" is not a BCP 47 language tag. Use tags such as "de-DE" or "zh-Hant-TW".`,
  'tone/unknown-template': (p: { template: string; known: string }) =>
    `There is no template "${p.template}". Known templates in the catalogs passed: ${p.known}. Register yours with defineTemplates and pass it with the others.`,
  'tone/catalog-not-passed': (p: {
    template: string;
    locale: string;
    language: string;
    name: string;
    passed: string;
  }) =>
    `Template "${p.template}" has no message for "${p.locale}" in the catalogs passed (languages: ${p.passed}). The built-in ${p.language} replies are not among them: import { ${p.name} } from '@meridian-cx/tone' and add ${p.name} to renderReply's catalogs.`,
  'tone/no-catalog': (p: { fn: string }) =>
    `${p.fn} was given no catalog. Pass the catalogs of the languages you answer in, e.g. [REPLIES_EN, REPLIES_DE] (import them from '@meridian-cx/tone'), your own from defineTemplates, or TEMPLATES for all 12 languages.`,
  'tone/no-translation': (p: { template: string; locale: string; available: string }) =>
    `Template "${p.template}" has no message for "${p.locale}" (available: ${p.available}). Negotiate the locale against the catalog's languages first, or add a translation.`,
  'tone/missing-params': (p: { template: string; missing: string }) =>
    `Template "${p.template}" needs params it was not given: ${p.missing}.`,
  'tone/extra-params': (p: { template: string; extra: string }) =>
    `Template "${p.template}" was given params it does not use: ${p.extra}. Remove them or declare them in the template.`,
  'tone/bad-param': (p: { template: string; param: string; expected: string }) =>
    `Param "${p.param}" of template "${p.template}" must be ${p.expected}.`,
  'tone/invalid-message': (p: { template: string; locale: string; problem: string }) =>
    `Template "${p.template}" in "${p.locale}" is not a valid ICU message: ${p.problem}.`,
  'tone/undeclared-placeholder': (p: { template: string; locale: string; placeholder: string }) =>
    `Template "${p.template}" in "${p.locale}" uses {${p.placeholder}}, which the template does not declare. Declare it in "params" or remove it from the message.`,
  'tone/unused-param': (p: { template: string; locale: string; param: string }) =>
    `Template "${p.template}" in "${p.locale}" never uses the declared param "${p.param}": every locale must carry every param, or the customer in that language loses the information.`,
  'tone/plural-categories': (p: {
    template: string;
    locale: string;
    param: string;
    missing: string;
  }) =>
    `Template "${p.template}" in "${p.locale}" pluralises {${p.param}} without the categories ${p.missing}, which Intl.PluralRules uses for this locale. Add them.`,
  'tone/unknown-guideline': (p: { locale: string; known: string }) =>
    `There is no guideline for "${p.locale}" and none for its language. Known: ${p.known}. Add one with defineGuidelines.`,
  'tone/invalid-argument': (p: { fn: string; param: string; expected: string; value: string }) =>
    `${p.fn}: "${p.param}" must be ${p.expected}; got ${p.value}.`,
  'tone/invalid-locale': (p: { fn: string; value: string }) =>
    `${p.fn}: ${p.value} is not a BCP 47 language tag. Use tags such as "de-DE", "pt-BR" or "zh-Hant-TW".`,
  'tone/suggestion-out-of-range': (p: { start: number; end: number; length: number }) =>
    `applySuggestions: a suggestion spans [${p.start}, ${p.end}), outside the text of ${p.length} characters. Pass the findings lintReply gave for this same text.`,
});

/** Throw the tone MeridianError for `code` (typed against the catalog). */
export const fail: typeof failures.fail = failures.fail;
/** Build (without throwing) the tone MeridianError for `code`. */
export const failure: typeof failures.failure = failures.failure;
/** The message `code` would carry. */
export const message: typeof failures.message = failures.message;
/** Every code of the catalog. */
export const codes: typeof failures.codes = failures.codes;

/** Every error code of the tone package (locale, guidelines, replies, lint). */
export type ToneErrorCode = (typeof codes)[number];
