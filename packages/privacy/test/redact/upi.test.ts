// UPI payment addresses (T35c, issue #14): India's virtual payment addresses name a person's bank
// account, and "pay to ramesh.kumar@okaxis please", "UPI id: 9876543210@ybl" came back unchanged
// (no top-level domain, so no email). A built-in type 'upi', "[UPI]": a handle in the curated list
// (upiHandles.ts, each with its source and date), or any handle after a "UPI"/"VPA" label. Found
// by the email recognizer's one scan of the "@"s.
import { fc, test } from '@fast-check/vitest';
import { BUILT_IN_ENTITY_TYPES, builtInRecognizers, redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import {
  HANDLES,
  isUpiHandle,
  UPI_HANDLE_SOURCES as UPI_HANDLES,
} from '../../src/redact/recognizers/upiHandles.js';

type Row = [locale: string, text: string, expected: string];

describe('UPI payment addresses', () => {
  it.each<Row>([
    ['en-IN', 'pay to ramesh.kumar@okaxis please', 'pay to [UPI] please'],
    ['en-IN', 'UPI id: 9876543210@ybl', 'UPI id: [UPI]'],
    ['en-IN', 'send it to priya_s@oksbi.', 'send it to [UPI].'],
    ['en-IN', 'GPay: Rahul.Verma@OKHDFCBANK', 'GPay: [UPI]'],
    ['en-IN', 'my UPI is ramesh@mybank', 'my UPI is [UPI]'],
    ['en-IN', 'UPI ID - 9876543210@axisbank, thanks', 'UPI ID - [UPI], thanks'],
    ['hi-IN', 'मेरा VPA: ramesh@ptyes है', 'मेरा VPA: [UPI] है'],
    ['en-IN', '(9876543210@paytm)', '([UPI])'],
  ])('%s: %j', (locale, text, expected) => {
    expect(redact(text, { locale }).text).toBe(expected);
  });

  it.each<[locale: string, text: string]>([
    // No handle of the list and no label: what "@" without a top-level domain was before.
    ['en-GB', 'ping user@localhost now'],
    ['en-GB', 'ssh root@server1 and deploy'],
    ['en-GB', 'upload icon@2x.png please'],
    ['en-IN', 'pay to ramesh@mybank please'],
    ['en-IN', 'UPI id: ramesh@my.bank.x1'],
  ])('%s: %j stays', (locale, text) => {
    expect(redact(text, { locale }).text).toBe(text);
  });

  it('leaves emails to the email recognizer', () => {
    const r = redact('mail ramesh@okaxis.com or pay ramesh@okaxis', { locale: 'en-IN' });
    expect(r.text).toBe('mail [EMAIL] or pay [UPI]');
    expect(r.findings.map((f) => f.type)).toEqual(['email', 'upi']);
  });

  it('is a built-in type of its own, found alone or left alone', () => {
    expect(BUILT_IN_ENTITY_TYPES).toContain('upi');
    expect(builtInRecognizers.map((r) => r.id)).toContain('upi');
    const text = 'UPI 9876543210@ybl, mail jane@example.com';
    expect(redact(text, { locale: 'en-IN', entities: ['upi'] }).text).toBe(
      'UPI [UPI], mail jane@example.com',
    );
    expect(redact(text, { locale: 'en-IN', entities: ['email'] }).text).toBe(
      'UPI 9876543210@ybl, mail [EMAIL]',
    );
  });

  it('pseudonymises and restores', () => {
    const r = redact('pay ramesh@ybl', { locale: 'en-IN', mode: 'pseudonymise' });
    expect(Object.values(r.tokens)).toEqual(['ramesh@ybl']);
  });

  it('keeps each handle with its source and date', () => {
    for (const h of UPI_HANDLES) {
      expect(h.handle).toMatch(/^[a-z][a-z0-9]+$/);
      expect(h.source).toMatch(/^https:\/\//);
      expect(h.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(isUpiHandle(h.handle.toUpperCase())).toBe(true);
    }
    expect(new Set(UPI_HANDLES.map((h) => h.handle)).size).toBe(UPI_HANDLES.length);
    // What redact reads is the sourced list, no more, no less.
    expect(new Set(UPI_HANDLES.map((h) => h.handle))).toEqual(HANDLES);
    // What redact reads is the sourced list, no more, no less.
    expect(new Set(UPI_HANDLES.map((h) => h.handle))).toEqual(HANDLES);
  });
});

const local = fc
  .stringMatching(/^[a-z0-9][a-z0-9._-]{0,20}[a-z0-9]$/)
  .filter((s) => !/\.\./.test(s));
const handle = fc.constantFrom(...UPI_HANDLES.map((h) => h.handle));

describe('properties', () => {
  test.prop([local, handle])('a listed handle goes whole, nothing of it left', (name, psp) => {
    const r = redact(`please pay ${name}@${psp} today`, { locale: 'en-IN' });
    expect(r.text).toBe('please pay [UPI] today');
  });

  test.prop([local, handle, fc.constantFrom('com', 'in', 'co.in', 'org')])(
    'with a top-level domain it is an email, as before',
    (name, psp, tld) => {
      const r = redact(`mail ${name}@${psp}.${tld} today`, { locale: 'en-IN' });
      expect(r.findings.map((f) => f.type)).toEqual(['email']);
    },
  );

  test.prop([local, fc.stringMatching(/^[a-z]{3,12}$/)])(
    'an unlisted handle without a label stays; after a label it goes',
    (name, psp) => {
      fc.pre(!isUpiHandle(psp));
      expect(redact(`pay ${name}@${psp} today`, { locale: 'en-IN' }).text).toBe(
        `pay ${name}@${psp} today`,
      );
      expect(redact(`UPI id: ${name}@${psp} today`, { locale: 'en-IN' }).text).toBe(
        'UPI id: [UPI] today',
      );
    },
  );
});
