// @meridian-cx/tone: the right language and register for each customer. Re-exports by name.

// --- locale negotiation, guidelines, replies, lint (src/locale, src/guidelines, src/replies, src/lint) ---
export const __toneScaffold = true;

// --- text hygiene (src/text) ---
