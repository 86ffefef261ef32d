import type { Provenance } from '@meridian-cx/core';
import type { BUILT_IN_REGIME_IDS } from './ids.js';

/**
 * Identifiers of the built-in regimes (`'eu-gdpr'`, `'us-ca-ccpa'` …). Custom regimes may use any
 * other string. Each built-in is exported under its id in upper snake case (`EU_GDPR`).
 */
export type BuiltInRegimeId = (typeof BUILT_IN_REGIME_IDS)[number];

/** The rights a data subject can exercise, in a vocabulary shared by every regime. */
export type RightKind =
  | 'access'
  | 'deletion'
  | 'correction'
  | 'portability'
  | 'opt-out-sale'
  | 'opt-out-targeted-ads'
  | 'opt-out-profiling'
  | 'objection'
  | 'restriction'
  | 'automated-decision'
  | 'limit-sensitive'
  | 'withdraw-consent'
  | 'grievance'
  | 'nomination';

/** A length of time, counted the way the law says. */
export type Period = {
  readonly amount: number;
  readonly unit: 'months' | 'calendar-days' | 'business-days' | 'hours';
};

/**
 * How a period in days or months is counted.
 * - `eu-1182-71`: Regulation 1182/71 Art. 3 — the day of receipt is not counted; a period in
 *   months ends on the same date in the last month, or its last day when that date does not exist.
 * - `uk-ico`: the ICO's reading — the clock starts on the day of receipt and runs to the
 *   corresponding calendar date (or the last day of a shorter month).
 * - `days-after-receipt`: the day after receipt is day 1.
 */
export type CountingRule = 'eu-1182-71' | 'uk-ico' | 'days-after-receipt';

/** A sourced fact, and the other readings where sources disagree. */
export type Sourced = {
  readonly provenance: Provenance;
};

/** How a regime lets a request deadline be extended: by how much, on what condition, and when the requester must be told. */
export type ExtensionRule = Sourced & {
  /** Added to the original period. */
  readonly period: Period | null;
  /** When the extension may be used, in the law's words. */
  readonly conditions: string;
  /** Notice to the requester: by when (in the original period unless `noticeWithin` says otherwise) and what it says. */
  readonly notice: string;
  /** Notice must be given within this period of receipt; absent when the law gives no limit. */
  readonly noticeWithin?: Period;
};

/** When a regime pauses a request deadline (e.g. while waiting for identity verification), with its source. */
export type StopTheClockRule = Sourced & {
  readonly description: string;
  /** First day the rule applies (YYYY-MM-DD). */
  readonly from: string;
};

/** A regime's deadline for a kind of data-subject request: the period, how it is counted, acknowledgement and extension, with its source. */
export type RequestRule = Sourced & {
  readonly appliesTo: readonly RightKind[];
  /** `null`: the law sets no fixed period (e.g. "in a timely manner"). */
  readonly period: Period | null;
  readonly counting: CountingRule;
  /** A period ending on a Saturday, Sunday or holiday ends on the next working day. */
  readonly rollForward: boolean;
  /** The clock starts when identity is verified, or at receipt regardless of verification. */
  readonly clockStartsAfterVerification?: boolean;
  readonly extension?: ExtensionRule;
  readonly stopTheClock?: StopTheClockRule;
  readonly acknowledgement?: Sourced & { readonly period: Period };
  /** What the law says when the period passes without an answer. */
  readonly onExpiry?: string;
};

/** The event that starts a breach clock. */
export type BreachTrigger =
  | 'became-aware'
  | 'discovered'
  | 'determined-breach-occurred'
  | 'assessed-notifiable'
  | 'aware-personal-data-affected'
  | 'suspected'
  | 'individuals-notified';

/** A regime's breach-notification duty: whom to notify, within what window, counted from which event, with its source. */
export type BreachRule = Sourced & {
  readonly notify: 'authority' | 'individuals';
  readonly authority: string;
  readonly trigger: BreachTrigger;
  /** `null`: no fixed window, only the wording. */
  readonly window: Period | null;
  readonly wording: string;
  /** When the duty arises (a harm test, a head-count). */
  readonly condition?: string;
  /** In force from (YYYY-MM-DD); absent when it has always applied under this regime. */
  readonly from?: string;
  readonly until?: string;
};

/** The marketing channels consent is decided for. */
export type MarketingChannel = 'email' | 'sms';

/** A regime's consent model for marketing on a channel (opt-in, soft opt-in, implied, opt-out), with its conditions and source. */
export type MarketingRule = Sourced & {
  readonly channels: readonly MarketingChannel[];
  readonly model: 'opt-in' | 'opt-in-soft-opt-in' | 'opt-in-implied-consent' | 'opt-out';
  /** For soft opt-in or implied consent: how long after the last purchase it lasts, when the law says. */
  readonly existingCustomerWindow?: Period;
  readonly conditions?: string;
  readonly from?: string;
};

/** Whether a regime requires honouring a browser opt-out signal (Global Privacy Control) and from when, with its source. */
export type OptOutSignalRule = Sourced & {
  readonly required: boolean;
  /** First day the duty applies (YYYY-MM-DD). */
  readonly from?: string;
  readonly effect?: string;
};

/** The age under which a regime requires a parent's consent, with its source (or where sources disagree, both). */
export type ChildConsentRule = Sourced & {
  readonly age: number;
  readonly scope: string;
  readonly variations?: readonly (Sourced & { readonly country: string; readonly age: number })[];
};

/** One way a business falls inside a regime; every listed condition must hold. */
export type ThresholdTest = {
  readonly minConsumers?: number;
  /** Annual gross revenue strictly above, in minor units. */
  readonly minRevenue?: { readonly amount: number; readonly currency: string };
  readonly minRevenueShareFromData?: number;
  /** Revenue share must be strictly greater than `minRevenueShareFromData` (else ≥). */
  readonly revenueShareStrict?: boolean;
  readonly sellsPersonalData?: true;
  readonly processesSensitiveData?: true;
  readonly notSmallBusiness?: true;
};

/** A threshold that decides whether a regime applies to a business (revenue, consumers, share of revenue from data), with its source. */
export type ThresholdRule = Sourced & {
  /** Any one of these makes the regime apply. An empty list: no threshold. */
  readonly anyOf: readonly ThresholdTest[];
  readonly from?: string;
  readonly until?: string;
};

/** Where two sources disagree on a fact: both readings, their sources, and which one decisions use. */
export type Disagreement = {
  readonly topic: string;
  readonly readings: readonly { readonly says: string; readonly provenance: Provenance }[];
};

/** A privacy regime as sourced data. */
export type Regime = {
  readonly id: BuiltInRegimeId | (string & {});
  readonly name: string;
  readonly short: string;
  /** ISO 3166-1 country and, for sub-national laws, ISO 3166-2 subdivision (`US-CA`). */
  readonly jurisdiction: {
    readonly country: string;
    readonly region?: string;
    readonly countries?: readonly string[];
    /**
     * The IANA zone whose calendar dates this law's start dates (the seat of the state or
     * country). `honourOptOutSignal` counts `from` in it unless the consumer's zone is given.
     */
    readonly zone?: string;
  };
  readonly inForce: Sourced & { readonly from: string };
  readonly territorialScope?: Sourced & { readonly rule: string };
  readonly rights: readonly (Sourced & { readonly right: RightKind })[];
  readonly requests: readonly RequestRule[];
  readonly breach: readonly BreachRule[];
  readonly thresholds: readonly ThresholdRule[];
  readonly marketing: readonly MarketingRule[];
  readonly optOutSignal?: OptOutSignalRule;
  readonly childConsent?: ChildConsentRule;
  readonly disagreements: readonly Disagreement[];
};
