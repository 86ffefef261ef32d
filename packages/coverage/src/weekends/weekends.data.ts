import type { Provenance } from '@meridian-cx/core';
import type { Weekday } from '../types.js';

/** The weekend of a country from a date on (public sector, as decreed). */
export type WeekendRule = {
  readonly country: string;
  readonly days: readonly Weekday[];
  /** The first local date the rule applies (inclusive); absent: as far back as we record. */
  readonly since?: string;
  readonly provenance: Provenance;
};

const NATIONAL_2021: Provenance['source'] = {
  title: 'The National: When is the weekend in the Arab world? (2021-12-07)',
  url: 'https://www.thenationalnews.com/mena/2021/12/07/when-is-the-weekend-in-the-arab-world',
};

const GULF_NOTE =
  'Government weekend; the private sector is not always bound by it. Secondary source (news), checked 2026-11-23.';

/**
 * Weekends that differ from Saturday–Sunday, with provenance. Countries not listed rest on
 * Saturday and Sunday. Add or override rules with {@link weekendFor}'s `rules` option.
 * @since 0.1.0
 */
export const WEEKEND_RULES: readonly WeekendRule[] = [
  ...(['SA', 'KW', 'QA', 'BH', 'OM'] as const).map((country) => ({
    country,
    days: ['fri', 'sat'] as const,
    provenance: { source: NATIONAL_2021, asOf: '2026-11-23', note: GULF_NOTE },
  })),
  {
    country: 'EG',
    days: ['fri', 'sat'],
    provenance: { source: NATIONAL_2021, asOf: '2026-11-23', note: GULF_NOTE },
  },
  {
    country: 'AE',
    days: ['fri', 'sat'],
    provenance: {
      source: {
        title: 'Business Recorder: UAE and Bahrain switch to Friday-Saturday weekend (2006)',
        url: 'https://brecorder.com/news/3314690/uae-and-bahrain-switch-to-friday-saturday-weekend-20060902470867',
      },
      asOf: '2026-11-23',
      note: 'Friday–Saturday for the federal government from 2006-09-01 until 2021-12-31.',
    },
  },
  {
    country: 'AE',
    days: ['sat', 'sun'],
    since: '2022-01-01',
    provenance: {
      source: {
        title: 'The National: UAE makes major changes to working week (2021-12-07)',
        url: 'https://www.thenationalnews.com/uae/government/2021/12/07/breaking-uae-makes-major-changes-to-working-week/',
      },
      asOf: '2026-11-23',
      note: 'Federal government: Saturday–Sunday from 2022-01-01, with Friday a half day (07:30–12:00); no rule was set for the private sector.',
    },
  },
];
