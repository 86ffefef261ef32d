import { defineFailures } from '@meridian-cx/core';

/**
 * The redaction failure catalog. `redactCodes` (exported) lists every code redaction throws, for
 * exhaustive handling; every throw goes through `redactFail(code, params)`.
 */
export const {
  fail: redactFail,
  failure: redactFailure,
  message: redactMessage,
  codes: redactCodes,
} = defineFailures('privacy', {
  'privacy/recognizer-failed': (p: { recognizer: string; reason: string }) =>
    `Recognizer "${p.recognizer}" failed (${p.reason}), so the text was not released: redaction fails closed. Fix or remove the recognizer, or pass failClosed: 'redact-all' to get the whole text replaced instead of an error.`,
  'privacy/not-text': (p: { received: string }) =>
    `redact() takes a string; received ${p.received}. Nothing was released. Pass the transcript as a string (join the messages first).`,
  'privacy/invalid-recognizer': (p: { id: string; problem: string }) =>
    `Recognizer "${p.id}" is not valid: ${p.problem}. Give defineRecognizer a kebab-case id, a kebab-case type, an optional placeholder like "[EMPLOYEE_ID]" and a find(context) function.`,
  'privacy/not-a-context': (p: { recognizer: string; received: string }) =>
    `Recognizer "${p.recognizer}" reads the context redact() builds ({ text, shadow, lower, locale, country }, all strings but country); received ${p.received}. Pass the recognizer to redact(text, { locale, recognizers: [...] }) rather than calling find() yourself.`,
});

/** The error codes of PII redaction. */
export type RedactErrorCode = (typeof redactCodes)[number];
