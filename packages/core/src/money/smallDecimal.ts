import type { Decimal } from './types.js';

/** A decimal as `digits / 10^scale` with `digits` a safe integer, trailing zeros dropped. */
export type SmallDecimal = { readonly digits: number; readonly scale: number };

const MAX = Number.MAX_SAFE_INTEGER;

/**
 * Read an ordinary factor (`15`, `0.19`, `'1.19'`, `'15e-2'`, `1e-7`) with char codes and
 * doubles, as {@link decimalParts} would read it, or undefined when it is not ordinary (more than
 * 2^53 in its digits, blanks around it, anything malformed): the caller then takes decimalParts'
 * BigInt path, which also reports what is wrong. decimal.prop.test.ts holds the two together.
 */
export function smallDecimal(value: Decimal): SmallDecimal | undefined {
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) return { digits: value === 0 ? 0 : value, scale: 0 };
    // String(x) is the shortest decimal that prints x, as decimalParts reads it.
    return Number.isFinite(value) ? scan(String(value)) : undefined;
  }
  return typeof value === 'string' ? scan(value) : undefined;
}

function scan(text: string): SmallDecimal | undefined {
  const n = text.length;
  let i = 0;
  let c = text.charCodeAt(0);
  const negative = c === 45; // '-'
  if (negative || c === 43) i = 1; // '+'
  let digits = 0;
  let count = 0;
  let fraction = 0;
  let point = false;
  for (; i < n; i++) {
    c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      // Exact while digits ≤ 2^53; once past it, it stays past it (checked below).
      digits = digits * 10 + (c - 48);
      count++;
      if (point) fraction++;
    } else if (c === 46 && !point) {
      point = true;
    } else {
      break;
    }
  }
  if (count === 0 || digits > MAX) return undefined;
  let scale = fraction;
  if (i < n) {
    // An exponent: 'e' or 'E', a sign, one to four digits (longer ones go to decimalParts).
    if ((c | 32) !== 101) return undefined;
    c = text.charCodeAt(++i);
    const sign = c === 45 ? 1 : -1;
    if (c === 45 || c === 43) i++;
    if (i === n || n - i > 4) return undefined;
    for (; i < n; i++) {
      c = text.charCodeAt(i) - 48;
      if (c < 0 || c > 9) return undefined;
      scale += sign * c * 10 ** (n - i - 1);
    }
  }
  if (digits === 0) return { digits: 0, scale: 0 };
  if (scale < 0) {
    // 10^k is exact up to 10^22, beyond which the product is past 2^53 anyway; a product that
    // comes out safe is exact.
    digits *= 10 ** -scale;
    if (digits > MAX) return undefined;
    scale = 0;
  }
  // Drop trailing zeros so that '1.50' and 1.5 have one representation.
  while (scale > 0 && digits % 10 === 0) {
    digits /= 10;
    scale -= 1;
  }
  return { digits: negative ? -digits : digits, scale };
}
