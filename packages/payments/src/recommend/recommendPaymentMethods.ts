import {
  type CountryCode,
  type CurrencyCode,
  parseWith,
  type Reason,
  reason,
} from '@meridian-cx/core';
import { cite } from '../cite.js';
import { type DatasetIndex, indexOf, notCovered } from '../dataset/registry.js';
import { fail } from '../failures.js';
import type { PaymentDataset, PaymentMethod } from '../types.js';
import { unavailability } from './availability.js';
import { checkTerms } from './checkTerms.js';
import { type RecommendationRequest, RecommendationRequestSchema } from './input.js';
import { compareByPopularity, popularityIn } from './popularity.js';

/** A method to show, in order, with the providers it can go through and why. */
export type RecommendedMethod = {
  readonly method: string;
  readonly name: string;
  readonly category: string;
  /** The merchant's providers through which this request can be paid with the method. */
  readonly providers: readonly string[];
  readonly reasons: readonly Reason[];
};

/** A method used in the country that is not shown, and why. */
export type LeftOutMethod = {
  readonly method: string;
  readonly name: string;
  readonly reasons: readonly Reason[];
};

/** What {@link recommendPaymentMethods} answers. */
export type Recommendation = {
  readonly country: CountryCode;
  readonly currency: CurrencyCode;
  readonly amount: number;
  readonly device: 'mobile' | 'desktop';
  readonly recurring: boolean;
  readonly at: string;
  readonly recommended: readonly RecommendedMethod[];
  readonly leftOut: readonly LeftOutMethod[];
};

// The display order of a country's methods depends only on the dataset: computed once per country.
const ranked = new WeakMap<object, Map<string, readonly PaymentMethod[]>>();
function rankedCandidates(index: DatasetIndex, country: string): readonly PaymentMethod[] {
  let byCountry = ranked.get(index);
  if (!byCountry) {
    byCountry = new Map();
    ranked.set(index, byCountry);
  }
  let list = byCountry.get(country);
  if (!list) {
    list = [...(index.byCountry.get(country) ?? [])].sort(compareByPopularity(country));
    byCountry.set(country, list);
  }
  return list;
}

function methodLevel(
  method: PaymentMethod,
  q: { currency: string; device: 'mobile' | 'desktop'; at: number },
): Reason[] {
  const out: Reason[] = [];
  const gone = unavailability(q.at, method.availableFrom?.value, method.availableUntil?.value);
  if (gone?.kind === 'ended' && method.availableUntil) {
    out.push(reason('availability.ended', { on: gone.until }, cite(method.availableUntil.source)));
    if (method.successor)
      out.push(
        reason(
          'availability.replaced-by',
          { successor: method.successor.value },
          cite(method.successor.source),
        ),
      );
  } else if (gone?.kind === 'not-yet' && method.availableFrom) {
    out.push(
      reason('availability.not-yet', { from: gone.from }, cite(method.availableFrom.source)),
    );
  }
  if (!method.currencies.value.includes(q.currency as never)) {
    out.push(
      reason(
        'currency.not-supported',
        { currency: q.currency, supported: method.currencies.value.join(', ') },
        cite(method.currencies.source),
      ),
    );
  }
  if (method.device && method.device.value[q.device] === 'unsupported') {
    out.push(reason('device.unsupported', { device: q.device }, cite(method.device.source)));
  }
  return out;
}

function fitReasons(
  method: PaymentMethod,
  country: string,
  device: 'mobile' | 'desktop',
): Reason[] {
  const out: Reason[] = [];
  const p = popularityIn(method, country);
  if (p?.rank)
    out.push(
      reason(
        'country.popular',
        { country, rank: p.rank.value, scope: p.scope },
        cite(p.rank.source),
      ),
    );
  else if (p?.share)
    out.push(
      reason(
        'country.popular',
        { country, share: p.share.value, scope: p.scope },
        cite(p.share.source),
      ),
    );
  else
    out.push(
      reason('country.used', { country, popularity: 'unknown' }, cite(method.countries.source)),
    );
  const fit = method.device?.value[device];
  if (device === 'mobile' && fit === 'preferred' && method.device)
    out.push(reason('device.mobile-first', {}, cite(method.device.source)));
  else if (device === 'desktop' && fit === 'qr' && method.device)
    out.push(reason('device.qr-on-desktop', {}, cite(method.device.source)));
  else if (!method.device) out.push(reason('device.fit-unknown', { device }));
  return out;
}

/**
 * Which payment methods to show a shopper, in order, and which were left out and why. The
 * candidates are the methods the dataset records as used in the shopper's country; a method is
 * shown when it took payments at `at`, supports the currency and the device, and at least one of
 * your providers offers it within its own dates, currencies, limits and (when asked) recurring
 * support. A limit nobody sourced is never guessed: the reason says `amount.limit-unknown`.
 *
 * @param input - `country`, `currency`, `amount` (minor units), `device`, `recurring` (default
 *   false), `providers` (your contracts; default: every provider of the dataset), `at` (the
 *   instant the question is asked for), and `dataset` (required: `PAYMENT_DATASET`, or your own
 *   from `definePaymentDataset`).
 * @returns The methods to show, ranked by sourced popularity, each with the providers that can
 *   take it and the reasons; every other method of the country with the reasons it is left out.
 * @throws {ValidationError} `payments/invalid-recommendation-request` for an unknown country or
 *   currency code, a negative or fractional amount, an instant without offset.
 * @throws {MeridianError} `payments/no-dataset`, `payments/unknown-dataset`,
 *   `payments/country-not-in-dataset` (no method of the dataset is used in the country),
 *   `payments/unknown-provider`.
 * @example
 * const r = recommendPaymentMethods({ dataset: PAYMENT_DATASET, country: 'PL', currency: 'PLN', amount: 4900, device: 'mobile', at: '2026-11-30T10:00:00+01:00' });
 * r.recommended[0]?.method; // 'blik'
 * @since 0.1.0
 */
export function recommendPaymentMethods(
  input: RecommendationRequest & { readonly dataset: PaymentDataset },
): Recommendation {
  const { dataset, ...rest } = (
    typeof input === 'object' && input !== null ? input : {}
  ) as typeof input;
  const index = indexOf(dataset, 'recommendPaymentMethods');
  const req = parseWith(RecommendationRequestSchema, rest, {
    package: 'payments',
    what: 'recommendation-request',
  });
  const known = [...index.providers];
  for (const p of req.providers ?? []) {
    if (!index.providers.has(p))
      fail('payments/unknown-provider', { provider: p, known: known.join(', ') });
  }
  const mine = new Set(req.providers ?? known);
  const at = Date.parse(req.at);
  const recurring = req.recurring ?? false;
  const query = { currency: req.currency, amount: req.amount, recurring, at, device: req.device };
  if (!index.byCountry.has(req.country)) notCovered(dataset, index, req.country);
  const candidates = rankedCandidates(index, req.country);
  const recommended: RecommendedMethod[] = [];
  const leftOut: LeftOutMethod[] = [];
  for (const method of candidates) {
    const blocked = methodLevel(method, query);
    if (blocked.length > 0) {
      leftOut.push({ method: method.id, name: method.name, reasons: blocked });
      continue;
    }
    const terms = method.providers.filter((t) => mine.has(t.provider));
    if (terms.length === 0) {
      const offeredBy = method.providers.map((t) => t.provider).join(', ');
      leftOut.push({
        method: method.id,
        name: method.name,
        reasons: [
          reason('provider.not-contracted', { offeredBy: offeredBy || 'none in the dataset' }),
        ],
      });
      continue;
    }
    const verdicts = terms.map((t) => ({ provider: t.provider, ...checkTerms(t, query) }));
    const passing = verdicts.filter((v) => v.ok);
    if (passing.length === 0) {
      leftOut.push({
        method: method.id,
        name: method.name,
        reasons: verdicts.flatMap((v) => v.reasons),
      });
      continue;
    }
    recommended.push({
      method: method.id,
      name: method.name,
      category: method.category.value,
      providers: passing.map((v) => v.provider),
      reasons: [
        ...fitReasons(method, req.country, req.device),
        ...passing.flatMap((v) => v.reasons),
      ],
    });
  }
  return {
    country: req.country,
    currency: req.currency,
    amount: req.amount,
    device: req.device,
    recurring,
    at: req.at,
    recommended,
    leftOut,
  };
}
