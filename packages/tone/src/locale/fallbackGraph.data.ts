// The sideways moves a customer accepts when the desk has no exact match: data with sources, on top
// of @formatjs/intl-localematcher. Each edge lists targets in order of preference; the first the
// desk supports wins. Edges marked `optIn` run only when the desk configures them.
import type { Source } from '@meridian-cx/core';
import {
  CLDR_LANGUAGE_MATCHING,
  CLDR_LIKELY_SUBTAGS,
  CLDR_PARENT_LOCALES,
  GOOGLE_SPAIN_GUIDE,
} from './sources.js';

/** A sideways move: from a requested tag (or language) to the targets in order of preference. */
export type FallbackEdge = {
  /** Matches a requested tag by prefix of its canonical form (`es-419`, `zh-HK`) or language. */
  readonly from: readonly string[];
  readonly to: readonly string[];
  /** `nordic`: moves between Scandinavian languages, only when the desk allows them. */
  readonly optIn?: 'nordic';
  readonly why: string;
  readonly source: Source;
  readonly asOf: string;
};

const LATAM = [
  'AR',
  'BO',
  'CL',
  'CO',
  'CR',
  'CU',
  'DO',
  'EC',
  'GT',
  'HN',
  'NI',
  'PA',
  'PE',
  'PR',
  'PY',
  'SV',
  'US',
  'UY',
  'VE',
];

/**
 * The language fallbacks locale negotiation may take when a supported list has no exact match
 * (e.g. a regional variant to its parent), each edge with its source.
 *
 * @example
 * FALLBACK_GRAPH.length > 0; // true
 * @since 0.1.0
 */
export const FALLBACK_GRAPH: readonly FallbackEdge[] = [
  {
    from: ['zh-HK', 'zh-MO', 'zh-Hant'],
    to: ['zh-Hant-HK', 'zh-HK', 'zh-Hant-TW', 'zh-TW', 'zh-Hant'],
    why: 'Hong Kong and Macau write Traditional Chinese; Simplified is never offered in its place',
    source: CLDR_LIKELY_SUBTAGS,
    asOf: '2026-11-30',
  },
  {
    from: ['es-419', ...LATAM.map((c) => `es-${c}`)],
    to: ['es-419', 'es-MX', 'es-US', 'es-ES', 'es'],
    why: 'Latin-American Spanish falls back to es-419 (CLDR parent), then Mexican Spanish, before Spain',
    source: CLDR_PARENT_LOCALES,
    asOf: '2026-11-30',
  },
  {
    from: [
      'pt-AO',
      'pt-MZ',
      'pt-CV',
      'pt-GW',
      'pt-ST',
      'pt-TL',
      'pt-MO',
      'pt-CH',
      'pt-LU',
      'pt-GQ',
    ],
    to: ['pt-PT', 'pt'],
    why: 'African and Asian Portuguese follow the European norm (CLDR parent pt-PT), not Brazil',
    source: CLDR_PARENT_LOCALES,
    asOf: '2026-11-30',
  },
  {
    from: ['ca', 'gl', 'eu'],
    to: ['es-ES', 'es'],
    why: 'Catalan, Galician and Basque speakers in Spain read Spanish when the desk has none of these',
    source: CLDR_LANGUAGE_MATCHING,
    asOf: '2026-11-30',
  },
  {
    from: ['nb', 'nn', 'no'],
    to: ['nb-NO', 'nb', 'no', 'nn-NO', 'da-DK', 'da', 'sv-SE', 'sv'],
    optIn: 'nordic',
    why: 'Norwegian, Danish and Swedish are mutually readable; only when the desk allows it',
    source: CLDR_LANGUAGE_MATCHING,
    asOf: '2026-11-30',
  },
  {
    from: ['da'],
    to: ['nb-NO', 'nb', 'no', 'sv-SE', 'sv'],
    optIn: 'nordic',
    why: 'Danish to Norwegian or Swedish; only when the desk allows it',
    source: CLDR_LANGUAGE_MATCHING,
    asOf: '2026-11-30',
  },
  {
    from: ['sv'],
    to: ['nb-NO', 'nb', 'no', 'da-DK', 'da'],
    optIn: 'nordic',
    why: 'Swedish to Norwegian or Danish; only when the desk allows it',
    source: CLDR_LANGUAGE_MATCHING,
    asOf: '2026-11-30',
  },
];

/** Where the graph's sources are cited for Spain's co-official languages. */
export const SPAIN_LANGUAGES_SOURCE = GOOGLE_SPAIN_GUIDE;
