// Ids and addresses written with separators the recognizers did not read (T28a): a NINO with dots
// or " - " between its groups, a DNI spaced in thousands, a NIE with dots or " - " around its
// digits, and an address whose domain is an RFC 5321 address literal. Each went out whole, or
// half redacted ("user@[[IP]]"), before; what must stay still stays.
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

describe('odd separators: the id goes whole', () => {
  it.each([
    // UK NINO (AB is an allocated prefix).
    ['en-GB', 'NI number AB.12.34.56.C', 'NI number [NINO]'],
    ['en-GB', 'NINO: AB - 12 - 34 - 56 - C', 'NINO: [NINO]'],
    ['en-GB', 'NINO AB.123456.C please', 'NINO [NINO] please'],
    // As the dashed form ("AB-12-34-56-C"), the shape and the check need no label.
    ['en-GB', 'it is JG.10.37.59.A thanks', 'it is [NINO] thanks'],
    ['en-GB', 'it is JG - 10 - 37 - 59 - A thanks', 'it is [NINO] thanks'],
    // Pairs dotted, the prefix and the suffix glued or spaced (T29d: every separator had to be
    // the same, and these leaked whole).
    ['en-GB', 'NINO AB12.34.56C', 'NINO [NINO]'],
    ['en-GB', 'NINO AB 12.34.56 C', 'NINO [NINO]'],
    ['en-GB', 'it is JG10.37.59A thanks', 'it is [NINO] thanks'],
    ['en-GB', 'NINO AB-12 34 56-C', 'NINO [NINO]'],
    // Spanish DNI spaced in thousands, after its label (12345678 mod 23 gives Z).
    ['es-ES', 'DNI 12 345 678 Z', 'DNI [DNI]'],
    ['es-ES', 'Mi DNI es 12 345 678Z.', 'Mi DNI es [DNI].'],
    ['es-ES', 'DNI: 12 345 678-Z', 'DNI: [DNI]'],
    // Dashed in thousands (T29d), with or without its label.
    ['es-ES', 'DNI 12-345-678-Z', 'DNI [DNI]'],
    ['es-ES', 'DNI: 12-345-678 Z', 'DNI: [DNI]'],
    ['es-ES', 'es 12-345-678Z, gracias', 'es [DNI], gracias'],
    // Spanish NIE (X1234567 gives L, Y1234567 gives X).
    // Its digits split 4-3 (T29d): spaced after its label; dashed or dotted as its letters are.
    ['es-ES', 'NIE X 1234 567 L', 'NIE [NIE]'],
    ['es-ES', 'Mi NIE es X1234 567L.', 'Mi NIE es [NIE].'],
    ['es-ES', 'es X-1234-567-L, gracias', 'es [NIE], gracias'],
    ['es-ES', 'NIE y.1234.567.x', 'NIE [NIE]'],
    // An X with eight digits, as issued before Orden INT/2058/2008 (T29d).
    ['es-ES', 'NIE X-01234567-L', 'NIE [NIE]'],
    ['es-ES', 'es X01234567L, gracias', 'es [NIE], gracias'],
    ['es-ES', 'NIE X - 1234567 - L', 'NIE [NIE]'],
    ['es-ES', 'NIE X.1234567.L', 'NIE [NIE]'],
    ['es-ES', 'soy y.1234567.x, gracias', 'soy [NIE], gracias'],
    ['es-ES', 'es Y - 1234567 - X, gracias', 'es [NIE], gracias'],
    // An address literal is one address.
    ['en-US', 'write to user@[192.168.0.1] now', 'write to [EMAIL] now'],
    ['en-US', 'write to user@[IPv6:2001:db8::1] now', 'write to [EMAIL] now'],
    ['en-US', 'write to jane.doe@[IPv6:::ffff:10.0.0.1].', 'write to [EMAIL].'],
    // The longest: an IPv6 address of 45 characters.
    ['en-US', 'a@[IPv6:0000:0000:0000:0000:0000:ffff:255.255.255.255] x', '[EMAIL] x'],
    // A link-local address with its zone, as "ip addr" prints one, went out whole (T29d): RFC
    // 5321 has no zone in a literal, RFC 6874 writes one in a URI ("%25"); the literal goes whole.
    ['en-US', 'mail me at user@[IPv6:fe80::1%eth0]', 'mail me at [EMAIL]'],
    ['en-US', 'mail me at user@[IPv6:fe80::1%25eth0].', 'mail me at [EMAIL].'],
    ['en-US', 'or user@[fe80::1ff:fe23:4567:890a%3] now', 'or [EMAIL] now'],
    // Without the "IPv6:" tag RFC 5321 asks for, as a customer may write it.
    ['en-US', 'write to user@[2001:db8::1] now', 'write to [EMAIL] now'],
    // A quoted local part (RFC 5321 §4.1.2) went out whole, domain and all (lead, session 24),
    // with a quoted pair's escaped quote inside.
    ['en-US', 'write "john doe"@example.com now', 'write [EMAIL] now'],
    ['en-US', '"a" and "jane.doe"@example.com', '"a" and [EMAIL]'],
    ['en-US', 'to "a\\"b"@example.com', 'to [EMAIL]'],
  ])('%s %j', (locale, text, expected) => {
    expect(redact(text, { locale }).text).toBe(expected);
  });

  it('an address literal is one finding of type email', () => {
    const { findings } = redact('user@[192.168.0.1]', { locale: 'en-US' });
    expect(findings.map((f) => [f.type, f.start, f.end])).toEqual([['email', 0, 18]]);
  });
});

describe('odd separators: what must stay stays', () => {
  it.each([
    // A wrong check letter, a bad prefix, an unfinished id.
    ['en-GB', 'NINO AB.12.34.56.E'],
    ['en-GB', 'NINO QQ.12.34.56.C'],
    ['en-GB', 'NINO AB - 12 - 34 - 56'],
    ['en-GB', 'NINO AB.12 34.56.C'],
    // Two kinds besides spaces (T29d keeps one: dots inside, a dash outside).
    ['en-GB', 'NINO AB-12.34.56-C'],
    ['en-GB', 'NINO AB12.34.56E'],
    ['es-ES', 'DNI 12-345-678-A'],
    // Dashed in thousands, a space before the letter: as a dotted one, only after its label.
    ['es-ES', 'son 12-345-678 Z'],
    ['es-ES', 'NIE X 1234 567 A'],
    // Split 4-3 by spaces without its label: an amount's shape ("y" is a NIE's letter).
    ['es-ES', 'X 1234 567 L'],
    // Y1000006 gives A: "y" and "a" are Spanish words.
    ['es-ES', 'pagué 20 y 1000 006 a cuenta'],
    // Split otherwise than its letter is set apart.
    ['es-ES', 'NIE X-1234.567-L'],
    ['es-ES', 'NIE X.1234-567.L'],
    // Eight digits with a wrong letter, or after a Y or Z (issued with seven only).
    ['es-ES', 'NIE X01234567A'],
    ['es-ES', 'NIE Y12345678Z'],
    ['es-ES', 'NIE X - 1234567 - A'],
    ['es-ES', 'NIE X.1234567.A'],
    ['es-ES', 'X - 1234567'],
    ['es-ES', 'Pedido X - 1234567 - L'],
    // Dots on one side only: no way a NIE is written.
    ['es-ES', 'NIE X.1234567-L'],
    ['es-ES', 'DNI 12 345 678 A'],
    // Spaced in thousands without the DNI's label it is an amount ("y" is a control letter).
    ['es-ES', 'entre 12 345 678 y 13 000 000'],
    ['es-ES', 'son 12 345 678 Z'],
    ['es-ES', 'tel 600 12 345 678 Z'],
    // Versions, dates and amounts with dots.
    ['en-GB', 'version 12.34.56'],
    ['de-DE', 'am 12.03.2024 um 12.345.678 €'],
    // Not an address literal: no IPv4 or IPv6 address in the brackets.
    ['en-US', 'user@[300.1.1.1]'],
    ['en-US', 'user@[IPv6:2001:db8::g]'],
    // A quote that closes a sentence before a spaced "@", an empty quote, one across a line.
    ['en-US', 'say "hi" @example.com'],
    ['en-US', 'x " "@example.com'],
    ['en-US', '"a\nb"@example.com'],
  ])('%s %j', (locale, text) => {
    expect(redact(text, { locale }).text).toBe(text);
  });

  it('an unclosed bracket is no address and its IPv4 address still goes', () => {
    expect(redact('user@[192.168.0.1 x', { locale: 'en-US' }).text).toBe('user@[[IP] x');
  });
});
