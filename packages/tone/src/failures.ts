// The tone package's failure catalog (locale negotiation, guidelines, replies, lint). Text hygiene
// keeps its own catalog in src/text/failures.ts.
import { defineFailures } from '@meridian-cx/core';

export const { fail, failure, message, codes } = defineFailures('tone', {
  'tone/unsupported-default': (p: { locale: string; supported: string }) =>
    `The declared default "${p.locale}" is not one of the supported locales (${p.supported}). Add it to "supported" or pick a default from that list.`,
  'tone/invalid-supported-locale': (p: { locale: string }) =>
    `"${p.locale}" in "supported" is not a BCP 47 language tag. Use tags such as "de-DE" or "zh-Hant-TW".`,
  'tone/unknown-template': (p: { template: string; known: string }) =>
    `There is no template "${p.template}". Known templates: ${p.known}. Register yours with defineTemplates.`,
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
});

/** Every error code of the tone package (locale, guidelines, replies, lint). */
export type ToneErrorCode = (typeof codes)[number];
