// zod/mini schemas for everything the tone package takes from outside, one file per concept so
// that a bundle of one function carries only the schemas it validates with.
export {
  GuidelineOverridesSchema,
  GuidelineSchema,
  GuidelineSetSchema,
  RegisterSchema,
  TopicSchema,
} from './guidelines/schemas.js';
export { LintOptionsSchema } from './lint/schemas.js';
export { NegotiateLocaleInputSchema, WeightedTagSchema } from './locale/schemas.js';
export {
  MoneyParamSchema,
  ParamKindSchema,
  RenderReplyInputSchema,
  TemplateCatalogSchema,
  TemplateSchema,
} from './replies/schemas.js';
