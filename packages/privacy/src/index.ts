// @meridian-cx/privacy: privacy regimes, deadlines, consent, retention and redaction. Re-exports by name.

// --- regimes, applicability, deadlines, consent, retention (issue #13) ---
export const __privacyScaffold = true;

// --- PII redaction (src/redact, issue #14) ---
