// @meridian-cx/privacy: privacy regimes, deadlines, consent, retention and redaction. Re-exports by name.

// --- regimes, applicability, deadlines, consent, retention (issue #13) ---
export {
  type ApplicableRegimesInput,
  applicableRegimes,
  type RegimeApplicability,
} from './applicability/applicableRegimes.js';
export { REGIONS } from './applicability/regions.js';
export type { BusinessFacts } from './applicability/thresholds.js';
export { codes as privacyCodes, type PrivacyErrorCode } from './codes.js';
export {
  type CanSendMarketingInput,
  canSendMarketing,
  type MarketingVerdict,
} from './consent/canSendMarketing.js';
export {
  type HonourOptOutSignalInput,
  honourOptOutSignal,
  type OptOutSignalVerdict,
} from './consent/honourOptOutSignal.js';
export {
  type BreachDeadline,
  type BreachDeadlineInput,
  type BreachDuty,
  breachDeadline,
} from './deadlines/breachDeadline.js';
export {
  type RequestDeadline,
  type RequestDeadlineInput,
  requestDeadline,
} from './deadlines/requestDeadline.js';
export type { HolidayCalendarLike, HolidaysInput } from './deadlines/workCalendar.js';
// --- PII redaction (src/redact, issue #14) ---
export { defineRecognizer, type RecognizerDefinition } from './redact/defineRecognizer.js';
export { type RedactErrorCode, redactCodes } from './redact/failures.js';
export { builtInRecognizers } from './redact/recognizers/index.js';
export {
  spokenCardRecognizer,
  spokenNumberRecognizers,
  spokenPhoneRecognizer,
} from './redact/recognizers/spoken.js';
export { REDACTED_ALL, type RedactOptions, redact } from './redact/redact.js';
export { restore } from './redact/restore.js';
export {
  EntityTypeSchema,
  FailClosedSchema,
  FindingSchema,
  RedactModeSchema,
  RedactOptionsSchema,
  TokenMapSchema,
} from './redact/schemas.js';
export {
  BUILT_IN_ENTITY_TYPES,
  type BuiltInEntityType,
  type EntityType,
  type Finding,
  type Recognizer,
  type RecognizerContext,
  type RecognizerMatch,
  type RedactResult,
  type TokenMap,
} from './redact/types.js';
// Each built-in regime is its own export (and module): a bundle carries only those it imports.
export {
  AU_PRIVACY_ACT,
  BR_LGPD,
  CA_PIPEDA,
  CA_QC_LAW25,
  CN_PIPL,
  EU_GDPR,
  IN_DPDP,
  JP_APPI,
  KR_PIPA,
  SG_PDPA,
  TH_PDPA,
  UK_GDPR,
  US_CA_CCPA,
  US_CO_CPA,
  US_CT_CTDPA,
  US_NJ_NJDPA,
  US_OR_OCPA,
  US_TX_TDPSA,
  US_VA_VCDPA,
  ZA_POPIA,
} from './regimes/builtIns.js';
export { EEA_COUNTRIES } from './regimes/data/eea.js';
export { defineRegime } from './regimes/defineRegime.js';
export { regimeTable } from './regimes/regimeTable.js';
export { REGIMES, regimeById } from './regimes/registry.js';
export type * from './regimes/types.js';
export {
  type PurgeDecision,
  type PurgePlan,
  type PurgePlanInput,
  purgePlan,
  type RetentionItem,
  type RetentionRule,
} from './retention/purgePlan.js';
export {
  ApplicableRegimesInputSchema,
  BreachDeadlineInputSchema,
  BreachTriggerSchema,
  CanSendMarketingInputSchema,
  HonourOptOutSignalInputSchema,
  PurgePlanInputSchema,
  RegimeSchema,
  RequestDeadlineInputSchema,
  RetentionRuleSchema,
  RightKindSchema,
} from './schemas.js';
