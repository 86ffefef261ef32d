// Numbers said aloud in Malay (T56c's audit, auditLocales2.test.ts: a Malaysian call's transcript
// spelled the number out and kept it). Malay's digit words are Indonesian's but eight, "lapan"
// (burubaxair.wordpress.com/2011/06/14/malay-numbers: "In Malaysia they say 'lapan'"), with 0
// "kosong" (witcast.blogspot.com/2013/06/learning-bahasa-melayu-lesson-2-number.html); written
// here from those pages, not from the recognizer's table.
import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { mobile, read, said } from './spokenOracle.js';

const MALAY = 'kosong satu dua tiga empat lima enam tujuh lapan sembilan'.split(' ');
const sayAll = (number: string): string => [...number].map((d) => MALAY[Number(d)]).join(' ');

describe('Malay said digit by digit', () => {
  it('reads each word as its digit', () => {
    expect(read(sayAll('0123456789'), 'ms-MY')).toEqual(['0123456789']);
  });

  it.each([
    [
      'nombor saya kosong satu dua tiga empat lima enam tujuh lapan sembilan',
      'nombor saya [PHONE]',
    ],
    [
      'hubungi saya di kosong satu sembilan lapan tujuh enam lima empat tiga dua',
      'hubungi saya di [PHONE]',
    ],
    // An Indonesian speaker's "delapan" in Malaysia too.
    [
      'telefon saya kosong satu dua tiga empat lima enam tujuh delapan sembilan',
      'telefon saya [PHONE]',
    ],
  ])('%j is %j', (text, want) => {
    expect(said(text, 'ms-MY')).toBe(want);
  });

  it.each([
    // Malaysians say a price's digits apart ("tiga lima", RM35, burubaxair): no phone.
    'harga dia tiga lima ringgit',
    'saya nak beli dua tiga barang je',
  ])('%j stays', (text) => {
    expect(said(text, 'ms-MY')).toBe(text);
  });

  test.prop([mobile(['012', '017', '019'], [7], 'MY')])(
    'any Malaysian mobile: after "nombor saya", and stays after "nombor pesanan"',
    (number) => {
      const words = sayAll(number);
      expect(said(`nombor saya ${words}`, 'ms-MY')).toBe('nombor saya [PHONE]');
      expect(said(`nombor pesanan ${words}`, 'ms-MY')).toBe(`nombor pesanan ${words}`);
    },
  );
});
