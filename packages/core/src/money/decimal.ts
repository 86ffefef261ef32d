import { describeValue } from '../errors/describeValue.js';
import { fail } from '../errors/failures.js';
import type { Decimal } from './types.js';

/** A decimal as an exact fraction `digits / 10^scale`. */
export type DecimalParts = { readonly digits: bigint; readonly scale: number };

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * Read a decimal exactly. A number is read as the shortest decimal that prints it (`0.1` is
 * one tenth, not the binary double nearest to it), which is what a person who typed it meant.
 */
export function decimalParts(value: Decimal): DecimalParts {
  if (typeof value === 'number' && Number.isInteger(value) && Number.isSafeInteger(value)) {
    return { digits: BigInt(value), scale: 0 };
  }
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  const match = typeof text === 'string' ? DECIMAL.exec(text.trim()) : null;
  const intPart = match?.[2] ?? '';
  const fracPart = match?.[3] ?? '';
  if (!match || (intPart === '' && fracPart === '')) {
    return fail('core/invalid-factor', { value: describeValue(value) });
  }
  const exponent = Number(match[4] ?? '0');
  let digits = BigInt(`${intPart}${fracPart}` || '0');
  let scale = fracPart.length - exponent;
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  // Drop trailing zeros so that '1.50' and 1.5 have one representation.
  while (scale > 0 && digits % 10n === 0n && digits !== 0n) {
    digits /= 10n;
    scale -= 1;
  }
  if (digits === 0n) scale = 0;
  return { digits: match[1] === '-' ? -digits : digits, scale };
}
