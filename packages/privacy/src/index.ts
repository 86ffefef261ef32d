// @meridian-cx/privacy: privacy regimes, deadlines, consent, retention and redaction. Re-exports by name.

// --- regimes, applicability, deadlines, consent, retention (issue #13) ---
export const __privacyScaffold = true;

// --- PII redaction (src/redact, issue #14) ---
export { defineRecognizer, type RecognizerDefinition } from './redact/defineRecognizer.js';
export { type RedactErrorCode, redactCodes } from './redact/failures.js';
export { builtInRecognizers } from './redact/recognizers/index.js';
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
