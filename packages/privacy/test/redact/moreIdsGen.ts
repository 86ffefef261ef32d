// The national ids of T31a made the generating way, written apart from src/redact/checks (each
// check digit computed, not tested for): for the check tests and the properties of moreIds.

const digit = (s: string, i: number): number => Number(s.charAt(i));

/**
 * A Korean resident registration number of the rule before October 2020: YYMMDD, the digit for
 * sex and century, five digits, then the check digit (11 − Σ dᵢ·wᵢ mod 11) mod 10.
 */
export function krRrn(yymmdd: string, sex: number, five: string): string {
  const twelve = `${yymmdd}${sex}${five}`;
  const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  let sum = 0;
  weights.forEach((w, i) => {
    sum += w * digit(twelve, i);
  });
  return twelve + String((11 - (sum % 11)) % 10);
}

/** A T.C. kimlik no from nine digits (the first not 0): the tenth and eleventh computed. */
export function tckn(nine: string): string {
  const odd = [0, 2, 4, 6, 8].reduce((s, i) => s + digit(nine, i), 0);
  const even = [1, 3, 5, 7].reduce((s, i) => s + digit(nine, i), 0);
  // The tenth as it is usually stated: seven times the odd places less the even ones, mod 10.
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  const eleventh = (odd + even + tenth) % 10;
  return `${nine}${tenth}${eleventh}`;
}

/** The Luhn check digit that completes `body` (doubling from the digit before it). */
function luhnDigit(body: string): number {
  let sum = 0;
  for (let k = 0; k < body.length; k++) {
    let d = digit(body, body.length - 1 - k);
    if (k % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** An Israeli identity number from eight digits: weights 1, 2, 1, 2… make a multiple of ten. */
export function ilId(eight: string): string {
  return eight + String(luhnDigit(eight));
}

/** An AMKA: DDMMYY, four digits of serial, the Luhn digit. */
export function amka(ddmmyy: string, serial: string): string {
  const ten = ddmmyy + serial;
  return ten + String(luhnDigit(ten));
}

/** Two-digit zero-padded. */
export const pad2 = (n: number): string => String(n).padStart(2, '0');

/** The same value with its last digit changed by `by` (1–9): a wrong check digit. */
export function wrongLast(value: string, by: number): string {
  return value.slice(0, -1) + String((digit(value, value.length - 1) + by) % 10);
}

/**
 * A Korean corporate registration number (법인등록번호) from its first twelve digits: they are
 * weighted 1 and 2 in turn from the left, and the check digit takes the sum up to a multiple of
 * ten.
 */
export function krCorporate(twelve: string): string {
  const sum = [...twelve].reduce((s, c, i) => s + Number(c) * (i % 2 === 0 ? 1 : 2), 0);
  return twelve + String((10 - (sum % 10)) % 10);
}
