// How many random ten-digit runs Nigeria's NUBAN (T46c) takes, 10,000 (a fixed seed), in en-NG
// and en-US, in the frames the rule was chosen from. Without a bank's code the check says
// little: 8,996 of the 10,000 pass for one or another of the 23 listed codes, so no bare reading
// and no reading after "account" alone (a shop's account, an order's page: 0 go there); after an
// account number's label every run goes, at 0.6, and a named bank's check raises about one in ten
// to 0.95. An order's word nearer than the label keeps every run.
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { nubanValid } from '../../src/redact/checks/bankAccounts.js';
import { NG_BANK_CODES } from '../../src/redact/recognizers/nuban.js';
import { stringsOf, taken } from './rates.js';

const RUNS = 10_000;
const D = '0123456789';
const runs = stringsOf([D, D, D, D, D, D, D, D, D, D], RUNS);

describe('random ten-digit runs the NUBAN takes, of 10,000', () => {
  it('passes the check for some listed bank 8,996 times', () => {
    const codes = [...new Set(NG_BANK_CODES.map(([, c]) => c))];
    expect(codes.length).toBe(23);
    expect(runs.filter((x) => codes.some((c) => nubanValid(c, x))).length).toBe(8_996);
  });

  it('raises 995 to 0.95 beside Zenith Bank (057), about one in ten', () => {
    let checked = 0;
    for (const x of runs)
      if (
        redact(`Zenith Bank account number ${x}`, { locale: 'en-NG' }).findings.some(
          (f) => f.confidence === 0.95,
        )
      )
        checked++;
    expect(checked).toBe(995);
  }, 120_000);

  it.each([
    // frame, [en-NG, en-US]
    ['account number X', [10_000, 0]],
    ['Zenith Bank account number X', [10_000, 0]],
    ['acct no X for order 2026', [10_000, 0]],
    ['account X', [0, 0]],
    ['Zenith Bank X', [0, 0]],
    ['X', [0, 0]],
    ['order number X', [0, 0]],
    ['my account, order number X', [0, 0]],
    ['account number for order X', [0, 0]],
  ] as const)(
    '%j',
    (frame, expected) => {
      const texts = runs.map((x) => frame.replace('X', x));
      expect([
        taken('bank-account', texts, 'en-NG'),
        taken('bank-account', texts, 'en-US'),
      ]).toEqual(expected);
    },
    120_000,
  );
});
