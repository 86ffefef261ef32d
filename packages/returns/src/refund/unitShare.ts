/**
 * The part of a line amount that belongs to `units` of its `quantity` units, when the amount is
 * split unit by unit with core's allocate() (equal ratios: the first units get the extra minor
 * units) and the returned units are the cheapest ones. Closed form of "sum the `units` smallest
 * shares of allocate(amount, [1, 1, …])", checked against that oracle in the tests.
 *
 * Taking the smallest shares is what keeps separate requests for the same line from ever adding
 * up to more than the line: any two disjoint sets of units cost at most the whole line.
 */
export function unitShare(amount: number, units: number, quantity: number): number {
  if (units <= 0 || amount === 0) return 0;
  if (units >= quantity) return amount;
  const sign = amount < 0 ? -1 : 1;
  const total = Math.abs(amount);
  const base = Math.floor(total / quantity);
  const extra = total - base * quantity;
  const plain = quantity - extra;
  const share = units <= plain ? units * base : units * base + (units - plain);
  return share === 0 ? 0 : sign * share;
}
