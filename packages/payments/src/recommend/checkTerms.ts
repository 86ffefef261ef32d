// One provider's terms against one request: every check, each with its reason and source.
import { type Reason, reason } from '@meridian-cx/core';
import { cite } from '../cite.js';
import type { ProviderTerms } from '../types.js';
import { unavailability } from './availability.js';

/** The request fields a provider check reads (already validated). */
export type TermsQuery = {
  readonly currency: string;
  readonly amount: number;
  readonly recurring: boolean;
  readonly at: number;
};

/** The verdict of one provider: usable or not, and why. */
export type TermsVerdict = { readonly ok: boolean; readonly reasons: readonly Reason[] };

/**
 * Check a provider's terms: its own dates, currencies, minimum and maximum in the request's
 * currency, and recurring support when asked. A limit the provider states only in another
 * currency is not compared (there is no rate here): the reason says it is unknown.
 */
export function checkTerms(terms: ProviderTerms, q: TermsQuery): TermsVerdict {
  const provider = terms.provider;
  const bad: Reason[] = [];
  const good: Reason[] = [];
  const gone = unavailability(q.at, terms.availableFrom?.value, terms.availableUntil?.value);
  if (gone?.kind === 'ended' && terms.availableUntil) {
    bad.push(
      reason(
        'availability.ended-at-provider',
        { provider, on: gone.until },
        cite(terms.availableUntil.source),
      ),
    );
    if (terms.successor) {
      bad.push(
        reason(
          'availability.replaced-by',
          { provider, successor: terms.successor.value },
          cite(terms.successor.source),
        ),
      );
    }
  } else if (gone?.kind === 'not-yet' && terms.availableFrom) {
    bad.push(
      reason(
        'availability.not-yet-at-provider',
        { provider, from: gone.from },
        cite(terms.availableFrom.source),
      ),
    );
  }
  if (terms.currencies && !terms.currencies.value.includes(q.currency as never)) {
    bad.push(
      reason(
        'currency.not-supported-at-provider',
        { provider, currency: q.currency, supported: terms.currencies.value.join(', ') },
        cite(terms.currencies.source),
      ),
    );
  }
  const min = terms.min?.value.find((m) => m.currency === q.currency);
  const max = terms.max?.value.find((m) => m.currency === q.currency);
  if (min && q.amount < min.amount && terms.min) {
    bad.push(
      reason(
        'amount.under-minimum',
        { provider, minimum: min.amount, currency: min.currency },
        cite(terms.min.source),
      ),
    );
  }
  if (max && q.amount > max.amount && terms.max) {
    bad.push(
      reason(
        'amount.over-maximum',
        { provider, maximum: max.amount, currency: max.currency },
        cite(terms.max.source),
      ),
    );
  }
  if ((min || max) && bad.every((r) => !r.code.startsWith('amount.'))) {
    good.push(
      reason('amount.within-limits', {
        provider,
        ...(min ? { minimum: min.amount } : {}),
        ...(max ? { maximum: max.amount } : {}),
        currency: q.currency,
      }),
    );
  }
  if (!min || !max) {
    good.push(
      reason('amount.limit-unknown', {
        provider,
        missing: !min && !max ? 'minimum and maximum' : !min ? 'minimum' : 'maximum',
        currency: q.currency,
      }),
    );
  }
  if (q.recurring) {
    if (terms.recurring?.value === true) {
      good.push(reason('recurring.supported', { provider }, cite(terms.recurring.source)));
    } else if (terms.recurring?.value === false) {
      bad.push(reason('recurring.not-supported', { provider }, cite(terms.recurring.source)));
    } else {
      bad.push(reason('recurring.unknown', { provider }));
    }
  }
  if (bad.length > 0) return { ok: false, reasons: bad };
  return { ok: true, reasons: [reason('provider.available', { provider }), ...good] };
}
