// Check rule of the Czech and Slovak birth number (T43b, issue #14: the fourteenth audit found no
// recognizer for it). It says where its rule comes from and when we read it (asOf 2026-12-04).
// Kazakhstan's IIN, the audit's other gap, is not here: no text of its issuer's or of its rules
// (Government decree 406 of 2007, "Правила формирования идентификационного номера") giving the
// check could be read, only validators' code; and since decree 853 of 2013 its digits need not
// state the date of birth (Ministry of Justice, nomad.su 2019-04-05). A known gap.
import { isDate } from './nationalIds3.js';

// This file's own charCodeAt, read through `call` (why, and why not unitAt: checks/luhn.ts).
const charCodeAt = String.prototype.charCodeAt;
const num = (s: string, i: number): number => charCodeAt.call(s, i) - 48;

/** Two ASCII digits at `i` as a number. */
const two = (d: string, i: number): number => num(d, i) * 10 + num(d, i + 1);

/**
 * The Czech or Slovak birth number (rodné číslo), `d` its nine or ten ASCII digits: YYMMDD, the
 * month plus 50 for a woman, and since 2004 plus 20 (a man) or 70 (a woman) where a day's numbers
 * ran out (law 53/2004 Sb., cs.wikipedia.org "Rodné číslo"), a real date; then three digits for
 * one born before 1 January 1954, four since: the nine-digit number mod 11 is the tenth, and a
 * remainder of 10 gives 0 (the Ministry of Health's data standard, NZIS DASTA "Struktura rodného
 * čísla": "Je-li zbytek 10, pak kontrolní číslice je také 0", given until 1985 to about 1,000
 * people, perhaps after). A ten-digit year 00–53 is of the 2000s, or of the 1900s given late
 * ("osoby narozené před rokem 1954, kterým bylo rodné číslo přidělováno dodatečně"): either
 * century's date is read. A nine-digit one has no check: its date only (one born 1900–1953).
 * Read 2026-12-04.
 *
 * @since 0.1.0
 */
export function czRcValid(d: string): boolean {
  const n = d.length;
  if (n !== 9 && n !== 10) return false;
  for (let i = 0; i < n; i++) {
    const c = d.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  const yy = two(d, 0);
  let month = two(d, 2);
  const day = two(d, 4);
  if (n === 9 && yy > 53) return false;
  // The month's additions: 50 a woman; 20 and 70 only since 2004 (a ten-digit year 04–53).
  if (month > 50) month -= 50;
  if (month > 20) {
    if (n === 9 || yy < 4 || yy > 53) return false;
    month -= 20;
  }
  const dated =
    isDate(1900 + yy, month, day) || (n === 10 && yy <= 53 && isDate(2000 + yy, month, day));
  if (!dated || n === 9) return dated;
  const r = Number(d.slice(0, 9)) % 11;
  return (r === 10 ? 0 : r) === num(d, 9);
}
