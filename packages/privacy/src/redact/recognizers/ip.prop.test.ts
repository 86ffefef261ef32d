// The dotted-quad check reads octets from their codes: it must answer as the split-and-Number
// reading it replaced (the oracle below, kept as it was), "1e1" (Number: 10) included.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ipv4 } from './ip.js';

function octetPlain(part: string): boolean {
  return (
    part.length >= 1 &&
    part.length <= 3 &&
    (part === '0' || part.charAt(0) !== '0') &&
    Number(part) <= 255
  );
}

const ipv4Plain = (text: string) => {
  const parts = text.split('.');
  return parts.length === 4 && parts.every(octetPlain);
};

const token = fc
  .array(
    fc.oneof(fc.stringMatching(/^[0-9]{1,4}$/), fc.constantFrom('.', '0', 'e', 'a', '1e1', ':')),
    {
      maxLength: 10,
    },
  )
  .map((parts) => parts.join(''));

describe('ipv4', () => {
  test.prop([token], { numRuns: 2000 })('answers as split and Number do', (t) => {
    expect(ipv4(t)).toBe(ipv4Plain(t));
  });

  it('takes and refuses the usual cases (the property is not vacuous)', () => {
    expect(
      ['192.168.1.20', '0.0.0.0', '1e1.2.3.4', '256.1.1.1', '01.2.3.4', '1.2.3'].map(ipv4),
    ).toEqual([true, true, true, false, false, false]);
  });
});
