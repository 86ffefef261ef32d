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
