// The order in which methods are shown: sourced popularity first, as the sources scope it.
import type { PaymentMethod } from '../types.js';

/** The popularity entry of a method for a country, if any. */
export function popularityIn(method: PaymentMethod, country: string) {
  return method.popularity?.find((p) => p.country === country);
}

/**
 * Sort key of a method in a country: tier 0 a rank among all methods, tier 1 a share of all
 * payments, tier 2 a rank or share within a narrower scope (wallets, mobile apps…), tier 3 none.
 * Within a tier: rank ascending, share descending. Within tier 3 (no sourced popularity) a method
 * used in fewer countries comes first: a heuristic, not a fact (a local method before the global
 * card and wallet schemes), and the reasons say the popularity is unknown. Ties keep dataset order.
 */
export function popularityKey(method: PaymentMethod, country: string): readonly [number, number] {
  const p = popularityIn(method, country);
  if (!p) return [3, method.countries.value.length];
  if (p.scope === 'all' && p.rank) return [0, p.rank.value];
  if (p.scope === 'all' && p.share) return [1, -p.share.value];
  if (p.share) return [2, -p.share.value];
  if (p.rank) return [2, p.rank.value * -0.001];
  return [3, method.countries.value.length];
}

/** Compare two methods for display in a country (stable when used with Array#sort). */
export function compareByPopularity(country: string) {
  return (a: PaymentMethod, b: PaymentMethod): number => {
    const [ta, ka] = popularityKey(a, country);
    const [tb, kb] = popularityKey(b, country);
    return ta - tb || ka - kb;
  };
}
