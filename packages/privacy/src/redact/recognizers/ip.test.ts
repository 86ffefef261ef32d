import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

describe('dotted quads read digit by digit', () => {
  it('a part written with an exponent is no octet', () => {
    // Number('2e1') is 20: when each part was read with Number, "2e1.1.1.1" passed as an address.
    for (const text of ['host 2e1.1.1.1 down', 'y 9e1.2.3.4:1e1.1.1.1 z']) {
      expect(redact(text, { locale: 'en-US' }).text).toBe(text);
    }
  });

  it('each part between colons is read on its own, with its neighbours', () => {
    expect(redact('ip:10.0.0.1:8080 and 0.0.0.0', { locale: 'en-US' }).text).toBe(
      'ip:[IP]:8080 and [IP]',
    );
    for (const text of ['a 01.2.3.4 b', 'a 256.1.1.1 b', 'a 1.2.3.4.5 b', 'a 1..2.3.4 b']) {
      expect(redact(text, { locale: 'en-US' }).text).toBe(text);
    }
  });
});

describe('an address after an "IPv6:" tag', () => {
  it('goes: the tag\'s "6:" is no group of it (T29d)', () => {
    // Read as "6:2001:db8::1" glued to "v", the address went out whole; in an unfinished literal
    // too, local part and all.
    expect(redact('addr IPv6:2001:db8::1 x', { locale: 'en-US' }).text).toBe('addr IPv6:[IP] x');
    expect(redact('user@[IPv6:fe80::1', { locale: 'en-US' }).text).toBe('user@[IPv6:[IP]');
    for (const text of ['IPv6: hello', 'IPv6:cafe', 'ipv6 6:1']) {
      expect(redact(text, { locale: 'en-US' }).text).toBe(text);
    }
  });
});

describe('an IPv6 address with its zone', () => {
  it('goes whole, zone and all (T30c: RFC 4007 §11, RFC 6874)', () => {
    // "fe80::1%eth0" went as "[IP]%eth0": the zone is a part of the address's text.
    expect(redact('fe80::1%eth0', { locale: 'en-US' }).text).toBe('[IP]');
    expect(redact('ping fe80::1%25eth0 now', { locale: 'en-US' }).text).toBe('ping [IP] now');
    expect(redact('route via fe80::1%eth0.', { locale: 'en-US' }).text).toBe('route via [IP].');
    // Decision (T31b, the ninth audit asked): a literal whose zone holds a space is no address
    // literal, so no email: RFC 5321's IPv6-addr has no zone and its dcontent no space, and RFC
    // 6874's ZoneID is unreserved characters, which a space ends. What stands in it is read as
    // text: "fe80::1%eth" is an address with its zone (RFC 4007 §11), and goes whole as any
    // address does ("user@[IPv6:fe80::1" goes so, T29d); " 0]" is no part of it and stays, as
    // does the local part, which without a domain is no address.
    expect(redact('user@[IPv6:fe80::1%eth 0]', { locale: 'en-US' }).text).toBe(
      'user@[IPv6:[IP] 0]',
    );
    expect(redact('user@[IPv6:fe80::1%eth0 ]', { locale: 'en-US' }).text).toBe('user@[IPv6:[IP] ]');
    expect(redact('user@[IPv6:fe80::1 %eth0]', { locale: 'en-US' }).text).toBe(
      'user@[IPv6:[IP] %eth0]',
    );
  });

  it('a "%" with no zone after it, or a zone longer than an interface name, stays', () => {
    expect(redact('ping fe80::1% now', { locale: 'en-US' }).text).toBe('ping [IP]% now');
    expect(redact('2001:db8::1%1234567890abcdefg x', { locale: 'en-US' }).text).toBe(
      '[IP]%1234567890abcdefg x',
    );
  });
});

describe('an IPv6 address with a Turkish ending written onto it (T32c)', () => {
  const tr = (text: string) => redact(text, { locale: 'tr-TR' }).text;

  it('goes, the ending kept, where the ending is what makes the token no address', () => {
    // "sunucu 2001:db8::1dir" (the server is …) stayed: "d" is hex, so the token read
    // "2001:db8::1d" glued to "ir", which is no ending. The address's own reading comes first;
    // only where a letter glues to it are its last hex letters given back to the ending.
    for (const [text, out] of [
      ['sunucu 2001:db8::1dir', 'sunucu [IP]dir'],
      ['sunucu 2001:db8::1dır', 'sunucu [IP]dır'],
      ['sunucu 2001:db8::1dan bağlanıyor', 'sunucu [IP]dan bağlanıyor'],
      ['sunucu 2001:db8::1den', 'sunucu [IP]den'],
      ['sunucu fe80::abcdir', 'sunucu [IP]dir'],
      ['sunucu ::ffff:192.168.1.1dir', 'sunucu [IP]dir'],
    ]) {
      expect(tr(text as string)).toBe(out);
    }
  });

  it('an address the token ends goes whole, and a letter after the ending makes a code', () => {
    // Both ways: "2001:db8::1d" and "2001:db8::abc" are addresses whole (no letter after them);
    // "1de" reads as one group, the address goes with its "de" (nothing of it is left).
    expect(tr('sunucu 2001:db8::1d')).toBe('sunucu [IP]');
    expect(tr('sunucu 2001:db8::abc')).toBe('sunucu [IP]');
    expect(tr('sunucu 2001:db8::1de bağlan')).toBe('sunucu [IP] bağlan');
    for (const text of ['sunucu 2001:db8::1dirx', 'sunucu 2001:db8::1xyz']) {
      expect(tr(text)).toBe(text);
    }
    // Only for a Turkish customer: elsewhere the letters glue the token to a code.
    const en = 'server 2001:db8::1dir';
    expect(redact(en, { locale: 'en-US' }).text).toBe(en);
  });

  // The endings that start with a hex letter (the others never enter the token): ablative,
  // locative, dative and the copula, in each vowel-harmony form.
  const HEX_ENDINGS = ['dan', 'den', 'da', 'de', 'a', 'e', 'dır', 'dir', 'dur', 'dür'];
  test.prop([fc.ipV6(), fc.constantFrom(...HEX_ENDINGS)])(
    'an address that goes alone goes with any ending after it, and no part of it is left',
    (address, ending) => {
      fc.pre(tr(`sunucu ${address} x`) === 'sunucu [IP] x');
      const out = tr(`sunucu ${address}${ending} x`);
      expect(out.startsWith('sunucu [IP]')).toBe(true);
      // What follows the placeholder is the ending, or its end (an address whose last group
      // reads the ending's hex letters as its own, "…:8" + "e", goes with them).
      expect(ending.endsWith(out.slice('sunucu [IP]'.length, -' x'.length))).toBe(true);
    },
  );
});

describe('an amount in billions beside its currency', () => {
  it('stays, though its four groups each read as an octet', () => {
    // Rupiah and dong amounts run to billions: "Rp 43.127.245.100" went as "Rp [IP]" (T53b's audit).
    for (const [text, locale] of [
      ['Transfer Rp 43.127.245.100 sudah dikirim, pesanan 88123', 'id-ID'],
      ['Tổng 43.127.245.100 đ cho đơn 4471', 'vi-VN'],
      ['Bitte € 203.113.100.200 prüfen', 'de-DE'],
    ] as const)
      expect(redact(text, { locale }).text).toBe(text);
  });

  it('leaves an address with no currency beside it to go', () => {
    expect(redact('server ip 203.113.100.200 down', { locale: 'en-US' }).text).toBe(
      'server ip [IP] down',
    );
    expect(redact('Rp 50.000, ip 43.127.245.100', { locale: 'id-ID' }).text).toBe(
      'Rp 50.000, ip [IP]',
    );
  });
});
