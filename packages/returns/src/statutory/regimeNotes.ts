import { AU_NOTES } from './au.js';
import { BR_NOTES } from './br.js';
import { CN_NOTES } from './cn.js';
import { EU_NOTES } from './eu.js';
import { GB_NOTES } from './gb.js';
import { JP_NOTES } from './jp.js';
import { KR_NOTES } from './kr.js';
import { TR_NOTES } from './tr.js';
import type { RegimeNotes } from './types.js';
import { US_NOTES } from './us.js';

/**
 * The notes of the built-in regimes' entries, by regime code, then by the path of the entry's
 * provenance in the regime (`withdrawal.periodEnd.provenance`; an exception by its kind:
 * `withdrawal.exceptions.sealed-hygiene.provenance`). Each says what the text says, how it is
 * read, and where sources disagree. `withNotes` puts them back into a regime.
 *
 * @example
 * import { REGIME_NOTES } from '@meridian-cx/returns/notes';
 * REGIME_NOTES.JP?.['withdrawal.provenance']; // '"引渡しを受けた日から起算して8日": the delivery day counts as day 1. …'
 * @since 0.1.0
 */
export const REGIME_NOTES: Readonly<Record<string, RegimeNotes>> = Object.freeze({
  EU: EU_NOTES,
  GB: GB_NOTES,
  BR: BR_NOTES,
  CN: CN_NOTES,
  KR: KR_NOTES,
  JP: JP_NOTES,
  TR: TR_NOTES,
  AU: AU_NOTES,
  US: US_NOTES,
});
