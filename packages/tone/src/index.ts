// @meridian-cx/tone: the right language and register for each customer. Re-exports by name.

// --- locale negotiation, guidelines, replies, lint (src/locale, src/guidelines, src/replies, src/lint) ---
export { codes as toneErrorCodes, type ToneErrorCode } from './failures.js';
export { defineGuidelines, type GuidelineOverrides } from './guidelines/defineGuidelines.js';
export { getGuideline } from './guidelines/getGuideline.js';
export { GUIDELINES, type GuidelineSet } from './guidelines/guidelines.js';
export type {
  Fact,
  Guideline,
  PluralCategory,
  Policy,
  Register,
  SourcedField,
  Topic,
  Unsourced,
} from './guidelines/types.js';
export { FSI, isolateBidi, PDI } from './lint/isolateBidi.js';
export { applySuggestions, type LintOptions, lintReply } from './lint/lintReply.js';
export type { Finding, FindingCode, Suggestion } from './lint/types.js';
export type { Rejection } from './locale/acceptLanguage.js';
export { COUNTRY_DEFAULTS, type CountryDefault } from './locale/countryDefaults.data.js';
export { FALLBACK_GRAPH, type FallbackEdge } from './locale/fallbackGraph.data.js';
export {
  type LocaleNegotiation,
  type NegotiateLocaleInput,
  type NegotiationRule,
  negotiateLocale,
  type RequestedLocales,
} from './locale/negotiateLocale.js';
export { TEMPLATES } from './replies/catalog.js';
export { defineTemplates } from './replies/defineTemplates.js';
export { REASON_TEMPLATES, type RenderedReason, renderReason } from './replies/renderReason.js';
export {
  type RenderedReply,
  type RenderReplyInput,
  type ReplyChoice,
  renderReply,
} from './replies/renderReply.js';
export type {
  ParamKind,
  ParamValue,
  RegisterMessages,
  Template,
  TemplateCatalog,
} from './replies/types.js';
export { type CatalogProblem, validateCatalog } from './replies/validateCatalog.js';
export {
  GuidelineSchema,
  LintOptionsSchema,
  NegotiateLocaleInputSchema,
  RenderReplyInputSchema,
  TemplateCatalogSchema,
} from './schemas.js';

// --- text hygiene (src/text) ---
// On its own entry, `@meridian-cx/tone/text` (src/text.ts): repairText carries iconv-lite's code
// page tables (hundreds of kB, and Node's Buffer), which a chat widget rendering replies must not.
