// Percentages recur (a policy has a handful): convert each once.
const memo = new Map<number, string>();

/** A percentage as an exact decimal factor string for core's multiply(): 15 → "0.15", 12.5 → "0.125". */
export function percentFactor(percent: number): string {
  const hit = memo.get(percent);
  if (hit !== undefined) return hit;
  const out = exactFactor(percent);
  if (memo.size < 1_000) memo.set(percent, out);
  return out;
}

function exactFactor(percent: number): string {
  const text = Number.isInteger(percent) ? String(percent) : percent.toFixed(6).replace(/0+$/, '');
  const [whole = '0', frac = ''] = text.split('.');
  const digits = `${whole}${frac}`.replace(/^0+(?=\d)/, '');
  const scale = frac.length + 2;
  const padded = digits.padStart(scale + 1, '0');
  return `${padded.slice(0, padded.length - scale)}.${padded.slice(padded.length - scale)}`;
}
