// @meridian-cx/returns/notes: the statutory regimes' notes (the prose behind each source), kept
// off the main entry so that a bundle of evaluateReturn does not carry ~15 KB of text it never reads.
export { REGIME_NOTES } from './statutory/regimeNotes.js';
export type { RegimeNotes } from './statutory/types.js';
export { withNotes } from './statutory/withNotes.js';
