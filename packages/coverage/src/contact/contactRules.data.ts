import type { Provenance } from '@meridian-cx/core';
import type { Weekday } from '../types.js';

/** Local hours when a customer in a country may be contacted, with the rule behind them. */
export type ContactRule = {
  readonly country: string;
  /** First allowed local minute, `HH:mm`. */
  readonly start: string;
  /** First local minute no longer allowed, `HH:mm` (or `24:00`). */
  readonly end: string;
  /** The allowed stretches between `start` and `end` when the day has a break (France: 10–13, 14–20). */
  readonly windows?: readonly { readonly start: string; readonly end: string }[];
  /** The local weekdays on which the rule allows contact; absent: every day. */
  readonly days?: readonly Weekday[];
  /** The rule itself forbids contact on the country's public holidays, whatever `blockHolidays` says. */
  readonly noHolidays?: boolean;
  /** The channels the rule covers (`phone`, `sms`, `whatsapp`…); absent: every channel. */
  /** Checked against {@link CONTACT_CHANNELS} when the rule is used. */
  readonly channels?: readonly string[];
  readonly provenance: Provenance;
};

/** 47 CFR 64.1200(c)(1): no telephone solicitation before 8 a.m. or after 9 p.m. at the called party's location. */
export const FCC_CALLING_HOURS: Provenance = {
  source: {
    title: '47 CFR § 64.1200 Delivery restrictions (eCFR)',
    url: 'https://www.ecfr.gov/current/title-47/chapter-I/subchapter-B/part-64/subpart-L/section-64.1200',
    pinpoint: '(c)(1)',
  },
  asOf: '2026-11-23',
  note: 'Applies to telephone solicitation of residential subscribers; calls with prior express permission or an established business relationship are outside the definition in (f)(15). Meridian applies the window to every outbound contact as a courtesy default.',
};

/** Code de la consommation art. D. 223-9 (Décret n° 2022-1313): telephone canvassing hours. */
const FR_CANVASSING: Provenance = {
  source: {
    title: 'Décret n° 2022-1313 du 13 octobre 2022 (Code de la consommation, art. D. 223-9)',
    url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046421823',
    pinpoint: 'art. 1 (art. D. 223-9, al. 1)',
  },
  asOf: '2026-11-23',
  note: "In force since 1 March 2023. Telephone canvassing of consumers only Monday to Friday, not on public holidays under art. L. 3133-1 of the Code du travail, from 10:00 to 13:00 and 14:00 to 20:00 in the consumer's time zone; outside them only with the consumer's express prior consent, which the professional must be able to prove (al. 2). Also: at most four attempts per 30 calendar days, and 60 days' silence after a refusal (al. 3), not checked here. Applies also to consumers under a current contract (notice of the decree).",
};

/** Real Decreto Legislativo 1/2007 (TRLGDCU) art. 96.2: hours of commercial calls. */
const ES_COMMERCIAL_CALLS: Provenance = {
  source: {
    title:
      'Real Decreto Legislativo 1/2007, Ley General para la Defensa de los Consumidores y Usuarios (texto consolidado, BOE)',
    url: 'https://www.boe.es/buscar/act.php?id=BOE-A-2007-20555',
    pinpoint: 'art. 96.2',
  },
  asOf: '2026-11-23',
  note: '"En ningún caso, las llamadas telefónicas se efectuarán antes de las 9 horas ni más tarde de las 21 horas ni festivos o fines de semana" (as quoted by several press sources; the consolidated text was not available to check directly). The major operators\' code of conduct also avoids 15:00–16:00: industry practice, not law, not encoded. Regional holidays vary by autonomous community: pass them with the `holidays` option.',
};

/**
 * Per-country contact hours, curated with their source: the United States (47 CFR
 * 64.1200(c)(1), every channel), France (art. D. 223-9 Code de la consommation, phone) and Spain
 * (art. 96.2 TRLGDCU, phone). Anywhere else, and for other channels there, the same 08:00–21:00
 * window applies as a default (see `contact.default-hours` in the reasons). Extend with the
 * `rules` option of {@link contactWindow}.
 * @since 0.1.0
 */
export const CONTACT_RULES: readonly ContactRule[] = [
  { country: 'US', start: '08:00', end: '21:00', provenance: FCC_CALLING_HOURS },
  {
    country: 'FR',
    start: '10:00',
    end: '20:00',
    windows: [
      { start: '10:00', end: '13:00' },
      { start: '14:00', end: '20:00' },
    ],
    days: ['mon', 'tue', 'wed', 'thu', 'fri'],
    noHolidays: true,
    channels: ['phone'],
    provenance: FR_CANVASSING,
  },
  {
    country: 'ES',
    start: '09:00',
    end: '21:00',
    days: ['mon', 'tue', 'wed', 'thu', 'fri'],
    noHolidays: true,
    channels: ['phone'],
    provenance: ES_COMMERCIAL_CALLS,
  },
];
