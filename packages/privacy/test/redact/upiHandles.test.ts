// Issue #14, session 33 (T37b): the UPI handles checked against two handle tables (upiHandles.ts's
// header); State Bank of India's own handle, "@sbi" (BHIM SBI Pay), went out whole without a "UPI"
// label: "pay 9876543210@sbi" kept the number that names the account.
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

describe('UPI handles added in T37b', () => {
  it.each([
    ['en-IN', 'pay 9876543210@sbi', 'pay [UPI]'],
    ['en-IN', 'send to ramesh.kumar@sbi today', 'send to [UPI] today'],
    ['hi-IN', 'पैसे भेजो ramesh@SBI पर', 'पैसे भेजो [UPI] पर'],
  ])('%s %j', (locale, text, expected) => {
    expect(redact(text, { locale }).text).toBe(expected);
  });

  it.each([
    // An address with a top-level domain is an email, whatever its host's first label.
    ['en-IN', 'write to ramesh@sbi.co.in', 'write to [EMAIL]'],
    // A handle not listed goes only after a "UPI" label, as before.
    ['en-IN', 'pay ramesh@naviaxis', 'pay ramesh@naviaxis'],
    ['en-IN', 'UPI id: ramesh@naviaxis', 'UPI id: [UPI]'],
  ])('%s %j', (locale, text, expected) => {
    expect(redact(text, { locale }).text).toBe(expected);
  });
});
