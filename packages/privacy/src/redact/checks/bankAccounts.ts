// Check rules of domestic bank account numbers (T45c, issue #14: customers type their home
// account's own print far more often than its IBAN). Each says where its rule comes from and when
// we read it (asOf 2026-12-04).
//
// Czech: ČNB decree 169/2011 Sb. "o stanovení pravidel tvorby čísla účtu v platebním styku"
// (zakonyprolidi.cz/cs/2011-169, sagit.cz/info/sb11169): an account in the national format is the
// client's account identifier and the payment system code (§ 3); the identifier is at most 16
// digits, a first part of at most 6 and a second of at least 2 and at most 10, "zřetelně
// odděleny" (mbank.cz quoting § 5); each part is built to pass the check of the decree's annex
// ("Algoritmus kontroly pro účely vytvoření jednotlivých částí identifikátoru účtu klienta").
// The annex's own table could not be read in a stored copy: its weights are as the pages that
// cite it give them, which agree: left to right over ten places 6 3 7 9 10 5 8 4 2 1, "rozdíl
// n-té mocniny 2 a nejbližšího nižšího násobku čísla 11" (2^n mod 11), the sum divisible by 11
// (sbankomat.cz "Číslo účtu na přání"; kutac.cz "Jak poznat správné číslo účtu", the parts
// padded to ten with zeros, weights counted from the right); the first part takes the last six.
// Leading zeros mean nothing (kutac.cz; financnivzdelavani.cz "Číslo účtu").
//
// Morocco's RIB (24 digits) is not here: no text of Bank Al-Maghrib's giving its key could be
// read, only validators' code, and the secondary sources disagree on its parts (worldpay: bank 3,
// place 3, account 16, key 2; HSBC Malaysia's notice of 2025, barlamane.com: bank 3, place 3 to
// 8, account 11 to 16, key 2). A known gap.

/**
 * Whether one part of a Czech account identifier passes the check of decree 169/2011 Sb.'s annex:
 * its ASCII digits, from the right, weighted 1, 2, 4, 8, 5, 10, 9, 7, 3, 6 (2^k mod 11), sum to a
 * multiple of 11. `d` at most ten digits (a first part at most six: the caller's rule).
 *
 * @since 0.1.0
 */
export function czAccountPartValid(d: string): boolean {
  const n = d.length;
  if (n === 0 || n > 10) return false;
  let sum = 0;
  for (let i = n - 1, w = 1; i >= 0; i--, w = (w * 2) % 11) {
    const c = d.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return false;
    sum += c * w;
  }
  return sum % 11 === 0;
}

/**
 * A Czech account identifier (číslo účtu): an optional first part (`prefix`, one to six digits,
 * `''` for none) and a second part (`number`, two to ten digits, not all zeros), each passing
 * {@link czAccountPartValid}. One random second part in eleven passes; with a first part, one
 * pair in 121.
 *
 * @since 0.1.0
 */
export function czAccountValid(prefix: string, number: string): boolean {
  if (prefix.length > 6 || number.length < 2 || number.length > 10) return false;
  if (prefix !== '' && !czAccountPartValid(prefix)) return false;
  if (!czAccountPartValid(number)) return false;
  // A second part of zeros passes the sum, and names no account.
  for (let i = 0; i < number.length; i++) if (number.charCodeAt(i) !== 48) return true;
  return false;
}

// Nigeria: the NUBAN (Nigeria Uniform Bank Account Number) of the Central Bank of Nigeria, as
// read in the CBN's own text, "Proposals on the Implementation of NUBAN Scheme (Version 0.4)"
// (CBN, September 2010; its copies at scribd.com/document/712968497 and online.documentine.com,
// searched 2026-12-04): "ABC-DEFGHIJKL-M", ABC "the 3-digit bank code assigned by the CBN",
// DEFGHIJKL "the NUBAN Account serial number", M the check digit; the customer's account number
// is the ten digits DEFGHIJKLM. The check: A*3+B*7+C*3+D*3+E*7+F*3+G*3+H*7+I*3+J*3+K*7+L*3, its
// remainder mod 10 taken from 10, 10 giving 0. The CBN's approved standards of 2010-08-19
// (version 1, scribd.com/document/714270861) and circular BPS/DIR/CIR/01/51 of 2010-08-30 set
// the ten digits with a check digit. The revised standards of 2020 (six-digit institution codes,
// "000" before a bank's three, "9" before an OFI's five) were read only as the press gives them
// (businessday.ng, thisdaylive.com, 2020-03-12): with the weights repeating 3 7 3 over fifteen
// digits, a bank's "000" adds nothing and its code keeps 3 7 3, so the check above is unchanged
// for banks. The CBN's circular of 2010 as the press quotes it (investadvocateng.com, 2010-08-20):
// "a 10-digit Bank Account Number format, with a Check Digit … derived from an algorithm that
// operates on a combination of the 3-digit CBN-assigned Bank Code and the 9-digit Account Serial
// Number". Without the bank's code a random ten digits passes for some bank: the code checks.

const NUBAN_WEIGHTS = [3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3];

/**
 * The NUBAN check digit of a bank's three-digit CBN code and a nine-digit account serial number
 * (CBN, "Proposals on the Implementation of NUBAN Scheme", v0.4, 2010): the twelve digits weighted
 * 3 7 3 3 7 3 3 7 3 3 7 3, the sum's remainder mod 10 taken from 10, and 10 read as 0. `-1` when
 * `code` is not three ASCII digits or `serial` not nine.
 *
 * @since 0.1.0
 */
export function nubanCheckDigit(code: string, serial: string): number {
  if (code.length !== 3 || serial.length !== 9) return -1;
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const c = (i < 3 ? code.charCodeAt(i) : serial.charCodeAt(i - 3)) - 48;
    if (c < 0 || c > 9) return -1;
    sum += c * (NUBAN_WEIGHTS[i] as number);
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * Whether `account` (ten ASCII digits) is a NUBAN of the bank whose CBN code is `code` (three
 * digits): its last digit the {@link nubanCheckDigit} of the code and its first nine. One random
 * ten digits in ten passes for a given bank.
 *
 * @since 0.1.0
 */
export function nubanValid(code: string, account: string): boolean {
  if (account.length !== 10) return false;
  const check = nubanCheckDigit(code, account.slice(0, 9));
  return check >= 0 && account.charCodeAt(9) - 48 === check;
}
