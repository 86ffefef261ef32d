import {
  type Decision,
  decide,
  parseWith,
  type Reason,
  reason,
  toEpochMillis,
} from '@meridian-cx/core';
import { addDays, addMonths, endOfLocalDay, localDate } from '../deadlines/calendar.js';
import { checkRegimeOf } from '../regimes/regimeArg.js';
import type { MarketingChannel, MarketingRule, Regime } from '../regimes/types.js';
import { CanSendMarketingInputSchema } from '../schemas/consent.js';

/** What {@link canSendMarketing} takes. */
export type CanSendMarketingInput = {
  /** A built-in regime (`EU_GDPR`, `US_CA_CCPA` …) or what defineRegime() returned; not an id. */
  readonly regime: Regime;
  readonly channel: MarketingChannel;
  /** `given`: opted in; `withdrawn`: opted out or objected; `none`: never asked. */
  readonly consent: 'given' | 'none' | 'withdrawn';
  readonly existingCustomer?:
    | false
    | {
        readonly lastPurchaseAt: string | Date;
        /** The message promotes the sender's own similar products or services. */
        readonly similarProducts: boolean;
        /** The customer was offered a simple way to refuse at collection (and in every message). */
        readonly offeredObjection: boolean;
      };
  readonly at: string | Date;
  /**
   * The customer's IANA zone: a rule's start date and an existing-customer window (CASL's "two
   * years before the day the message is sent") are counted in local days there. Default: the
   * regime's own zone (`jurisdiction.zone`), else UTC.
   */
  readonly zone?: string;
};

/** `allowed`, `not-allowed`, or `not-known` when this regime has no sourced marketing rule for the channel. */
export type MarketingVerdict = 'allowed' | 'not-allowed' | 'not-known';

/**
 * May we send this customer a marketing message on this channel? Opt-in, the ePrivacy soft
 * opt-in for existing customers (own similar products, a chance to object), implied consent with
 * its time limit (CASL), or opt-out (CAN-SPAM), as the regime's source says.
 *
 * @param input - Regime, channel, consent state, existing-customer facts, and `at`.
 * @returns The verdict with reasons; `not-known` rather than a guess where no rule is sourced.
 * @throws {ValidationError} `privacy/invalid-marketing-input`.
 * @throws {MeridianError} `privacy/regime-id` for an id where the regime goes (it names the import), `privacy/unchecked-regime`.
 * @example
 * import { EU_GDPR, canSendMarketing } from '@meridian-cx/privacy';
 * canSendMarketing({ regime: EU_GDPR, channel: 'email', consent: 'none', at: '2026-03-02T10:00:00Z',
 *   existingCustomer: { lastPurchaseAt: '2026-01-10T10:00:00Z', similarProducts: true, offeredObjection: true } }).verdict;
 * // 'allowed'
 * @since 0.1.0
 */
export function canSendMarketing(input: CanSendMarketingInput): Decision<MarketingVerdict> {
  checkRegimeOf(input, 'canSendMarketing');
  const args = parseWith(CanSendMarketingInputSchema, input, {
    package: 'privacy',
    what: 'marketing-input',
  });
  const regime = args.regime;
  const forChannel = regime.marketing.filter((m) => m.channels.includes(args.channel));
  // Dates are local days: the customer's zone, else the regime's own, else UTC.
  const zone = args.zone ?? regime.jurisdiction.zone ?? 'UTC';
  const day = localDate(toEpochMillis(args.at), zone);
  const rule = forChannel.find((m) => m.from === undefined || m.from <= day);
  if (rule === undefined) {
    const later = forChannel[0];
    return decide('not-known', [
      later?.from !== undefined
        ? reason(
            'marketing.rule-not-yet-in-force',
            { from: later.from, on: day },
            later.provenance.source,
          )
        : reason('marketing.no-sourced-rule', { regime: regime.id, channel: args.channel }),
    ]);
  }
  const source = rule.provenance.source;
  if (args.consent === 'withdrawn') {
    return decide('not-allowed', [
      reason('marketing.consent-withdrawn', { model: rule.model }, source),
    ]);
  }
  if (args.consent === 'given')
    return decide('allowed', [reason('marketing.consent-given', { model: rule.model }, source)]);
  if (rule.model === 'opt-out')
    return decide('allowed', [
      reason('marketing.opt-out-model', { conditions: rule.conditions ?? '' }, source),
    ]);
  if (rule.model === 'opt-in')
    return decide('not-allowed', [reason('marketing.opt-in-required', {}, source)]);
  return existingCustomerDecision(rule, args.existingCustomer, day, zone);
}

function existingCustomerDecision(
  rule: MarketingRule,
  customer:
    | { lastPurchaseAt: string; similarProducts: boolean; offeredObjection: boolean }
    | false
    | undefined,
  day: string,
  zone: string,
): Decision<MarketingVerdict> {
  const source = rule.provenance.source;
  if (customer === undefined || customer === false) {
    return decide('not-allowed', [
      reason('marketing.not-existing-customer', { model: rule.model }, source),
    ]);
  }
  const reasons: Reason[] = [];
  if (rule.model === 'opt-in-soft-opt-in') {
    if (!customer.similarProducts)
      reasons.push(reason('marketing.soft-opt-in.not-similar-products', {}, source));
    if (!customer.offeredObjection)
      reasons.push(reason('marketing.soft-opt-in.no-chance-to-object', {}, source));
  }
  const window = rule.existingCustomerWindow;
  if (window !== undefined) {
    // The purchase must fall in the window before the day the message is sent (CASL s. 10(10):
    // "the two-year period immediately before the day on which the message is sent"): the last
    // day to send is the purchase's local day moved by the window.
    const bought = localDate(toEpochMillis(customer.lastPurchaseAt), zone);
    const lastDay =
      window.unit === 'months' ? addMonths(bought, window.amount) : addDays(bought, window.amount);
    if (day > lastDay) {
      reasons.push(
        reason(
          'marketing.existing-customer-window-passed',
          {
            window: `${window.amount} ${window.unit}`,
            lastDay,
            endedAt: endOfLocalDay(lastDay, zone),
            zone,
          },
          source,
        ),
      );
    }
  }
  if (reasons.length > 0) return decide('not-allowed', reasons);
  return decide('allowed', [
    reason(
      rule.model === 'opt-in-soft-opt-in' ? 'marketing.soft-opt-in' : 'marketing.implied-consent',
      { conditions: rule.conditions ?? '' },
      source,
    ),
  ]);
}
