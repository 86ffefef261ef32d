import type { Provenance } from '@meridian-cx/core';

/** Local hours when a customer in a country may be contacted, with the rule behind them. */
export type ContactRule = {
  readonly country: string;
  /** First allowed local minute, `HH:mm`. */
  readonly start: string;
  /** First local minute no longer allowed, `HH:mm` (or `24:00`). */
  readonly end: string;
  /** The channels the rule covers (`phone`, `sms`, `whatsapp`…); absent: every channel. */
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

/**
 * Per-country contact hours. Only the United States rule is curated; every other country uses the
 * same 08:00–21:00 window as a default (see `contact.default-hours` in the reasons). Extend with the
 * `rules` option of {@link contactWindow}.
 * @since 0.1.0
 */
export const CONTACT_RULES: readonly ContactRule[] = [
  { country: 'US', start: '08:00', end: '21:00', provenance: FCC_CALLING_HOURS },
];
