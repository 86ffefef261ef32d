// Percentages recur (a policy has a handful): convert each once.
const memo = new Map<number, string>();

/**
 * A percentage as an exact decimal factor string for core's multiply(), written with an exponent
 * so that no digit moves: 15 → "15e-2", 12.5 → "12.5e-2" (0.125). Non-integers are read to six
 * decimals, as policies state them.
 */
export function percentFactor(percent: number): string {
  const hit = memo.get(percent);
  if (hit !== undefined) return hit;
  // Six decimals, trailing zeros (and a bare point) dropped: 15 → "15", 12.5 → "12.5".
  const out = `${percent.toFixed(6).replace(/\.?0+$/, '')}e-2`;
  if (memo.size < 1_000) memo.set(percent, out);
  return out;
}
