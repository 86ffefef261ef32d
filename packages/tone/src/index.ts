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
export { REPLIES_AR } from './replies/catalog/ar.js';
export { REPLIES_DE } from './replies/catalog/de.js';
export { REPLIES_EN } from './replies/catalog/en.js';
export { REPLIES_ES } from './replies/catalog/es.js';
export { REPLIES_FA } from './replies/catalog/fa.js';
export { REPLIES_FR } from './replies/catalog/fr.js';
export { REPLIES_IT } from './replies/catalog/it.js';
export { REPLIES_JA } from './replies/catalog/ja.js';
export { REPLIES_NL } from './replies/catalog/nl.js';
export type { ReplyTemplateId } from './replies/catalog/params.js';
export { REPLIES_PL } from './replies/catalog/pl.js';
export { REPLIES_PT_BR } from './replies/catalog/ptBR.js';
export { REPLIES_ZH_HANS } from './replies/catalog/zhHans.js';
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
