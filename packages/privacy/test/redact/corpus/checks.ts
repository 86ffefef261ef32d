// Check digits computed the generating way, written apart from the package's validators (an
// oracle shares nothing with what it checks): each from its issuer's definition.

const n = (s: string, i: number): number => Number(s.charAt(i));

/** Append the Luhn digit (ISO/IEC 7812-1). */
export function withLuhn(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = n(body, body.length - 1 - i);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return body + String((10 - (sum % 10)) % 10);
}

/** Whether a digit string passes Luhn, computed from the left with parity. */
export function luhnOk(digits: string): boolean {
  const parity = digits.length % 2;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = n(digits, i);
    if (i % 2 === parity) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

const VD = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VP = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

/** Append the Verhoeff digit (the generating form: positions shifted by one). */
export function withVerhoeff(body: string): string {
  let c = 0;
  const rev = [...body].reverse();
  rev.forEach((ch, i) => {
    c = (VD[c] as number[])[(VP[(i + 1) % 8] as number[])[Number(ch)] as number] as number;
  });
  return body + String(VINV[c]);
}

/** PESEL for a birth date and a serial: month + 20 per century after 1900, weights 1-3-7-9. */
export function pesel(year: number, month: number, day: number, serial: string): string {
  const mm = month + (year >= 2000 ? 20 : 0);
  const body = `${String(year % 100).padStart(2, '0')}${String(mm).padStart(2, '0')}${String(day).padStart(2, '0')}${serial}`;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = w.reduce((acc, wi, i) => acc + wi * n(body, i), 0);
  return body + String((10 - (sum % 10)) % 10);
}

/** CPF: nine digits and two mod-11 check digits. */
export function cpf(nine: string): string {
  let body = nine;
  for (const len of [9, 10]) {
    let sum = 0;
    for (let i = 0; i < len; i++) sum += n(body, i) * (len + 1 - i);
    const r = (sum * 10) % 11;
    body += String(r === 10 ? 0 : r);
  }
  return body;
}

/** BSN: eight digits and a ninth making the 11-proef hold, or undefined when none can. */
export function bsn(eight: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += n(eight, i) * (9 - i);
  const last = sum % 11;
  return last <= 9 ? eight + String(last) : undefined;
}

/** Iranian national code: nine digits and the mod-11 check digit. */
export function irCode(nine: string): string {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += n(nine, i) * (10 - i);
  const r = sum % 11;
  return nine + String(r < 2 ? r : 11 - r);
}

/** The DNI control letter. */
export function dniLetter(num: number): string {
  return 'TRWAGMYFPDXBNJZSQVHLCKE'.charAt(num % 23);
}

/** ISO 13616 check digits for a country and BBAN: 98 − (BBAN + country + "00" mod 97). */
export function iban(country: string, bban: string): string {
  const rearranged = `${bban}${country}00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rem = 0;
  for (const ch of rearranged) rem = (rem * 10 + Number(ch)) % 97;
  return `${country}${String(98 - rem).padStart(2, '0')}${bban}`;
}

// T61b: the five ids of Europe's largest online markets, each completed the generating way.

// The codice fiscale's odd-place values by character (DM 23 December 1976), as the decree's table
// lists them: a digit counts as the letter in its place (0 as A … 9 as J).
const CF_ODD: Readonly<Record<string, number>> = {
  A: 1,
  B: 0,
  C: 5,
  D: 7,
  E: 9,
  F: 13,
  G: 15,
  H: 17,
  I: 19,
  J: 21,
  K: 2,
  L: 4,
  M: 18,
  N: 20,
  O: 11,
  P: 3,
  Q: 6,
  R: 8,
  S: 12,
  T: 14,
  U: 16,
  V: 10,
  W: 22,
  X: 25,
  Y: 24,
  Z: 23,
};
const CF_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A codice fiscale character's value in an odd place (1st, 3rd…) or an even one. */
function cfValue(ch: string, odd: boolean): number {
  const letter = /\d/.test(ch) ? (CF_ALPHABET[Number(ch)] as string) : ch;
  return odd ? (CF_ODD[letter] as number) : CF_ALPHABET.indexOf(letter);
}

/**
 * A codice fiscale: six letters, the year, the month (1–12), the day (+40 for a woman), the place
 * (a letter and three digits), then `omocodes` of its digits (counted from the right) as L–V, and
 * the check letter over what is written.
 */
export function itCf(
  letters: string,
  year: number,
  month: number,
  day: number,
  female: boolean,
  place: string,
  omocodes = 0,
): string {
  const dd = String(day + (female ? 40 : 0)).padStart(2, '0');
  const chars = [
    ...`${letters}${String(year % 100).padStart(2, '0')}${'ABCDEHLMPRST'.charAt(month - 1)}${dd}${place}`,
  ];
  for (const i of [14, 13, 12, 10, 9, 7, 6].slice(0, omocodes))
    chars[i] = 'LMNPQRSTUV'.charAt(Number(chars[i]));
  const body = chars.join('');
  let sum = 0;
  for (let i = 0; i < 15; i++) sum += cfValue(body.charAt(i), i % 2 === 0);
  return body + CF_ALPHABET.charAt(sum % 26);
}

/** A NIR: thirteen characters (Corsica's 2A or 2B in them) and the key, 97 less their rest mod 97. */
export function frNir(body: string): string {
  const read = body.replace(/^(.{5})2A/, '$119').replace(/^(.{5})2B/, '$118');
  return body + String(97n - (BigInt(read) % 97n)).padStart(2, '0');
}

/** A Steuer-IdNr: ten digits and the digit that brings ISO 7064 MOD 11,10's last sum to 1 mod 10. */
export function deTaxId(ten: string): string {
  let p = 10;
  for (const ch of ten) {
    const s = (p + Number(ch)) % 10 || 10;
    p = (s * 2) % 11;
  }
  for (let c = 0; c < 10; c++) if ((p + c) % 10 === 1) return ten + String(c);
  throw new Error('unreachable: one digit of ten gives 1 mod 10');
}

/** A Belgian national number: nine digits and 97 less their rest mod 97 (after a 2 from 2000 on). */
export function beNrn(nine: string, from2000: boolean): string {
  const n = BigInt(`${from2000 ? '2' : ''}${nine}`);
  return nine + String(97n - (n % 97n)).padStart(2, '0');
}

/** A Portuguese NIF: eight digits and the one that makes the weighted sum (9…1) 0 mod 11, else 0. */
export function ptNif(eight: string): string {
  const sum = [...eight].reduce((acc, ch, i) => acc + Number(ch) * (9 - i), 0);
  for (let c = 0; c < 10; c++) if ((sum + c) % 11 === 0) return eight + String(c);
  return `${eight}0`;
}
