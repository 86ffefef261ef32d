import { DE } from './de.js';
import { ES } from './es.js';
import { FR } from './fr.js';
import { IT } from './it.js';
import { NL } from './nl.js';
import { PL } from './pl.js';
import { PT } from './pt.js';
import { RU } from './ru.js';
import { TR } from './tr.js';
import type { Draft } from './types.js';

/** The labelled drafts per locale: nine languages, correct and incorrect. */
export const CORPUS: Readonly<Record<string, readonly Draft[]>> = {
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
