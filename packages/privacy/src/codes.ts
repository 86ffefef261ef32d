import { codes as applicability } from './applicability/failures.js';
import { codes as deadlines } from './deadlines/failures.js';
import { codes as shared } from './failures.js';
import { codes as regimes } from './regimes/failures.js';

/**
 * Every error code of the regimes half of the package (redaction's are `redactCodes`), for a
 * caller who maps codes to its own messages or checks that it handles each.
 *
 * @example
 * privacyCodes.includes('privacy/regime-id'); // true
 * @since 0.1.0
 */
export const codes: readonly PrivacyErrorCode[] = [
  ...shared,
  ...regimes,
  ...applicability,
  ...deadlines,
];

/** Every error code of the regimes half of the package. */
export type PrivacyErrorCode =
  | (typeof shared)[number]
  | (typeof regimes)[number]
  | (typeof applicability)[number]
  | (typeof deadlines)[number];
