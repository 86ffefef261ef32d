// The lengths each card network issues its numbers at, by the number's first digits (its IIN
// range), for one question: a card printed across lines whose block reads two ways, a complete
// card up to a line break and the whole block with the next line's short number, both passing
// Luhn ("4111 1111 1111 1111\n18": 16 and 18 digits; one such block in ten passes at both). The
// reading whose length the network issues wins: a complete 16-digit Visa is not extended by the
// "18" on the next line (issue #14, session 47; privacy prefilter.prop at FC_SEED=23817).
//
// Sources (read 2026-12-05 with the search tool):
// - Wikipedia, "Payment card number", its table of IIN ranges and lengths (the 2023-10 snapshot at
//   iiab.me/kiwix/content/wikipedia_en_all_maxi_2023-10/A/Primary_Account_Number and a copy of
//   its table at ldapwiki.com/wiki/Issuer Identification Number, 2024-11-29): Visa 4, 13/16/19;
//   Mastercard 51–55 and 2221–2720, 16; American Express 34/37, 15; JCB 3528–3589, 16; Diners
//   Club International 300–305, 309, 36, 38–39, 14; Switch 4903/4905/4911/4936 (a 4 that is no
//   Visa, retired), 16/18/19; Maestro 50, 56–69, 12–19; UnionPay 62, 16–19.
// - Braintree's card-type table (github.com/braintree/credit-card-type, src/lib/card-types.ts), a
//   payment processor's: Visa 16/18/19; Mastercard 16; American Express 15; JCB 16–19; Diners
//   14/16/19; Mir 2200–2204, 16–19; Maestro (493698, 50…, 56–59, 63, 67, 6) 12–19.
// - ISO/IEC 7812-1 (as both cite it): a card number has 8 to 19 digits; it fixes no network's.
// The sources disagree on Visa (13 only in Wikipedia's table, 18 only in Braintree's; Wikipedia's
// article adds that Visa's V Pay may issue 13 to 19), on JCB (16, or 16–19) and on Diners (14, or
// 14/16/19), so a length counts as issued only where every source lists it: Visa 16 and 19, JCB
// 16, Diners 14. Where a network's ranges overlap another's of other lengths (every 6: Maestro's
// 56–69 holds Discover's, UnionPay's and Elo's; Switch's 4903… and Maestro's 493698 inside Visa's
// 4), or the first digits are no listed network's, the network is unknown and a block reads as it
// did before this table (its whole length).

/**
 * Where this table comes from and when it was read (the comment above holds the pages).
 *
 * @since 0.1.0
 */
export const CARD_LENGTHS_SOURCE = {
  source:
    'Wikipedia "Payment card number" IIN table (kiwix 2023-10 snapshot; ldapwiki copy 2024-11-29); braintree/credit-card-type src/lib/card-types.ts',
  asOf: '2026-12-05',
} as const;

/** A network's first four digits (a range of them) and the lengths every source gives it. */
interface Network {
  readonly name: string;
  /** Inclusive bounds of the number's first four digits (a shorter prefix spans its range). */
  readonly from: number;
  readonly to: number;
  /** The lengths every source lists for it (see above). */
  readonly lengths: readonly number[];
}

// Each prefix as the range of first four digits it spans ("4": 4000–4999, "51–55": 5100–5599),
// so one number read from the first four digits answers every row.
const NETWORKS: readonly Network[] = [
  { name: 'Visa', from: 4000, to: 4999, lengths: [16, 19] },
  { name: 'Mastercard', from: 5100, to: 5599, lengths: [16] },
  { name: 'Mastercard', from: 2221, to: 2720, lengths: [16] },
  { name: 'American Express', from: 3400, to: 3499, lengths: [15] },
  { name: 'American Express', from: 3700, to: 3799, lengths: [15] },
  { name: 'JCB', from: 3528, to: 3589, lengths: [16] },
  { name: 'Diners Club', from: 3000, to: 3059, lengths: [14] },
  { name: 'Diners Club', from: 3090, to: 3099, lengths: [14] },
  { name: 'Diners Club', from: 3600, to: 3699, lengths: [14] },
  { name: 'Diners Club', from: 3800, to: 3999, lengths: [14] },
  { name: 'Mir', from: 2200, to: 2204, lengths: [16, 17, 18, 19] },
];

// Inside Visa's 4 but another network's, of other lengths: Switch (Wikipedia) and Maestro's
// 493698 (Braintree).
const NOT_VISA = [4903, 4905, 4911, 4936];

/**
 * The lengths every source gives the network of a card number starting with `digits` (ASCII
 * digits, four or more), or undefined where its network is unknown or ambiguous (see above).
 *
 * @since 0.1.0
 */
export function issuedLengths(digits: string): readonly number[] | undefined {
  let head = 0;
  for (let i = 0; i < 4; i++) {
    const d = digits.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return undefined;
    head = head * 10 + d;
  }
  if (NOT_VISA.includes(head)) return undefined;
  for (const n of NETWORKS) if (head >= n.from && head <= n.to) return n.lengths;
  return undefined;
}

/**
 * Whether a card number of `length` digits starting with `digits` is one its network issues at
 * that length: true, false, or undefined where its network is unknown.
 *
 * @since 0.1.0
 */
export function issuedAt(digits: string, length: number): boolean | undefined {
  const lengths = issuedLengths(digits);
  return lengths === undefined ? undefined : lengths.includes(length);
}
