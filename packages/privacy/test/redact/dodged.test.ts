// What T23b's audit (.tmp/t23b/a4.ts) found: values that T22c flagged (a key before a bare phone,
// HTML and URL escapes, a WhatsApp link's "/", a SIP address) and personal data written to pass a
// filter or transcribed from speech (an address's "@" and dots as words or in brackets, digits one
// by one, a card across line breaks), with the look-alikes that stay. Values are synthetic.
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

const out = (text: string, locale: string) => redact(text, { locale }).text;

describe('what must go', () => {
  it.each([
    // A log's or a CDR's key for the subscriber's number; Persian "my number".
    ['en-US', 'msisdn=12125550187 status=DELIVERED', 'msisdn=[PHONE] status=DELIVERED'],
    ['fa-IR', 'شماره من ۹۱۲۳۴۵۶۷۸۹ است', 'شماره من [PHONE] است'],
    // The "/" of a WhatsApp link is the link's.
    ['pt-BR', 'WhatsApp https://wa.me/5511961234567', 'WhatsApp https://wa.me/[PHONE]'],
    // "%2B" before a letter is an address's "+", not a phone's: the address goes whole.
    ['en-US', '?email=jane%2Bshop@example.com&x=1', '?email=[EMAIL]&x=1'],
    ['en-US', 'reply to jane%2Borders%40example.com', 'reply to [EMAIL]'],
    // An "@" as an HTML character reference.
    ['pl-PL', 'kontakt: jan&#64;example.pl', 'kontakt: [EMAIL]'],
    ['fr-FR', '<a href="mailto:marie&#x40;example.fr">', '<a href="mailto:[EMAIL]">'],
    ['en-US', 'write to jane&commat;example.com please', 'write to [EMAIL] please'],
    // A SIP address of a phone number: the number goes as a phone, the operator's host stays.
    ['en-US', 'from=sip:+12125550187@pbx.example.com', 'from=sip:[PHONE]@pbx.example.com'],
  ])('%s: %s', (locale, text, redacted) => {
    expect(out(text, locale)).toBe(redacted);
  });
});

describe('what must stay', () => {
  it.each([
    ['en-US', 'ssh jane@host then run make'],
    ['en-US', 'AT&amp;T store, Q&amp;A at 10, width=40px'],
  ])('%s: %s', (locale, text) => {
    expect(out(text, locale)).toBe(text);
  });
});
