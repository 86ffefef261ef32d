// The held-out drafts: written on 2026-11-30 before the recall work on the register rules and
// committed before any rule changed, then never used to choose a rule. They measure whether a
// change to the word lists generalises beyond test/corpus (the tuning set, which the rules were
// written against). Labels are per draft: the finding codes a careful reviewer would raise, each
// once; several look-alikes are included on purpose (Flemish "17 u", "le ton", "tè", "Pani Anna",
// a sentence-initial German "Sie" meaning "they").
import type { Draft } from '../corpus/types.js';
import { DE } from './de.js';
import { ES } from './es.js';
import { FR } from './fr.js';
import { IT } from './it.js';
import { NL } from './nl.js';
import { PL } from './pl.js';
import { PT } from './pt.js';
import { RU } from './ru.js';
import { TR } from './tr.js';

/** Held-out labelled drafts per locale: nine languages, 20 each, never used for tuning. */
export const HELD_OUT: Readonly<Record<string, readonly Draft[]>> = {
  'de-DE': DE,
  'fr-FR': FR,
  'es-ES': ES,
  'it-IT': IT,
  'nl-NL': NL,
  'pl-PL': PL,
  'pt-BR': PT,
  'ru-RU': RU,
  'tr-TR': TR,
};
