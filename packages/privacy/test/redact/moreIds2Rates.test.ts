// How many random digit runs each id of T36a takes (issue #14: order numbers must stay). 20,000
// runs of the id's length (uniform digits, a fixed seed), in the id's locale and in en-US, bare
// and after its label: the count redacted as that id. What its check alone lets through is the
// rate after a label; bare, only where its check is strong (a date and a check digit: China,
// Sweden, Romania) and only in its country. The Thai check digit passes one run in twelve (its
// first digit 1–8 and a mod-11 digit): it never goes bare, in Thailand either.
//
// Expected rates (the checks alone, over all runs): cn-ric 1 in 19,000 (a first digit 1–8, a
// year 1900–2099, a date, a check character); se-pin 1 in 140 (a date or a samordningsnummer's
// day + 60, Luhn); ro-cnp 1 in 620 (a first digit, a date, a county, a control digit); th-id 1 in
// 12. Below the labelled rate in the id's country, bare: a phone's reading (0.8 and more) outweighs
// the bare id's (0.7) on ten-digit Swedish runs a trunk 0 leads, and a card's (0.9) on a
// Luhn-valid CNP an issuer digit leads. Those go out all the same, typed otherwise.
//
// After its label, cn-ric takes 169, not 6, since T37a: 163 are a foreigner's permanent residence
// id (led by "9", a MOD 11-2 check and no date: one run in 110; its label only).
import { describe, expect, it } from 'vitest';
import { random, taken } from './rates.js';

const RUNS = 20_000;

function runs(length: number): string[] {
  const next = random(20261204);
  const out: string[] = [];
  for (let i = 0; i < RUNS; i++) {
    let d = '';
    for (let k = 0; k < length; k++) d += Math.floor(next() * 10);
    out.push(d);
  }
  return out;
}

describe('random digit runs each id takes, of 20,000', () => {
  it.each([
    // type, length, locale, label, [home bare, home labelled, en-US bare, en-US labelled]
    ['cn-ric', 18, 'zh-CN', '身份证号 ', [6, 169, 0, 169]],
    ['se-pin', 10, 'sv-SE', 'personnummer ', [142, 149, 0, 149]],
    ['ro-cnp', 13, 'ro-RO', 'CNP ', [41, 45, 0, 45]],
    ['th-id', 13, 'th-TH', 'เลขบัตรประชาชน ', [0, 1637, 0, 1637]],
  ] as const)(
    '%s',
    (type, length, locale, label, expected) => {
      const bare = runs(length);
      const labelled = bare.map((d) => label + d);
      expect([
        taken(type, bare, locale),
        taken(type, labelled, locale),
        taken(type, bare, 'en-US'),
        taken(type, labelled, 'en-US'),
      ]).toEqual(expected);
    },
    120_000,
  );
});
