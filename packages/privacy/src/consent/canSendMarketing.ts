import {
  type Decision,
  decide,
  parseWith,
  type Reason,
  reason,
  toEpochMillis,
} from '@meridian-cx/core';
import { localDate, shiftUtc } from '../deadlines/calendar.js';
import { getRegime } from '../regimes/registry.js';
import type { MarketingChannel, MarketingRule, Regime } from '../regimes/types.js';
import { CanSendMarketingInputSchema } from '../schemas/consent.js';

/** What {@link canSendMarketing} takes. */
export type CanSendMarketingInput = {
  readonly regime: string | Regime;
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
 * @throws {MeridianError} `privacy/unknown-regime`, `privacy/unchecked-regime`.
 * @example
 * canSendMarketing({ regime: 'eu-gdpr', channel: 'email', consent: 'none', at: '2026-03-02T10:00:00Z',
 *   existingCustomer: { lastPurchaseAt: '2026-01-10T10:00:00Z', similarProducts: true, offeredObjection: true } }).verdict;
 * // 'allowed'
 * @since 0.1.0
 */
export function canSendMarketing(input: CanSendMarketingInput): Decision<MarketingVerdict> {
  const args = parseWith(CanSendMarketingInputSchema, input, {
    package: 'privacy',
    what: 'marketing-input',
  });
  const regime = getRegime(args.regime as string | Regime);
  const forChannel = regime.marketing.filter((m) => m.channels.includes(args.channel));
  // A rule's `from` is a local date of the regime's own calendar (UTC when it names no zone).
  const day = localDate(toEpochMillis(args.at), regime.jurisdiction.zone ?? 'UTC');
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
  return existingCustomerDecision(rule, args.existingCustomer, toEpochMillis(args.at));
}

function existingCustomerDecision(
  rule: MarketingRule,
  customer:
    | { lastPurchaseAt: string; similarProducts: boolean; offeredObjection: boolean }
    | false
    | undefined,
  atMs: number,
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
    const ends = shiftUtc(
      toEpochMillis(customer.lastPurchaseAt),
      window.amount,
      window.unit === 'months' ? 'months' : 'days',
    );
    if (atMs > ends) {
      reasons.push(
        reason(
          'marketing.existing-customer-window-passed',
          { window: `${window.amount} ${window.unit}`, endedAt: new Date(ends).toISOString() },
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
