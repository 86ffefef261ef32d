// A bare PESEL in Poland goes without its label (its check digit and date of birth are strong
// enough), yet two readings kept it (T29e, issue #14). A phone word before it, in an earlier
// sentence or generic ("mój numer" is a phone's word and any number's), left it no confidence:
// "Tel. 512 342 960 Hej. 92081015802 to mój numer." and "Mój numer to 92081015802." went out
// whole. And one born in 2000 (months 21-32) starts with "00", which the phone reader dials out:
// "Cześć. 00252113477 to mój numer." went as [PHONE], read as +252 113477.

import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { pesel } from './corpus/checks.js';

const text = (t: string, locale = 'pl-PL') => redact(t, { locale }).text;

describe('a bare PESEL in Poland', () => {
  it.each([
    ['Tel. 512 342 960 Hej. 92081015802 to mój numer.', 'Tel. [PHONE] Hej. [PESEL] to mój numer.'],
    ['Mój numer to 92081015802.', 'Mój numer to [PESEL].'],
    ['Cześć. 00252113477 to mój numer.', 'Cześć. [PESEL] to mój numer.'],
    ['00252113477', '[PESEL]'],
  ])('%s', (input, output) => {
    expect(text(input)).toBe(output);
  });

  // A CPF in Brazil is the same kind of bare id: a phone word before it no longer keeps it.
  it('a CPF after a phone word in an earlier sentence goes too', () => {
    expect(text('Celular: (11) 91234-5678 Segue o 65316117310 para a nota fiscal.', 'pt-BR')).toBe(
      'Celular: [PHONE] Segue o [CPF] para a nota fiscal.',
    );
  });

  it.each([
    // An order's word before it in its sentence: the order's number.
    ['Zamówienie 92081015802', 'Zamówienie 92081015802'],
    // Right after a phone word, a "00" number is the phone's reading: it goes as a phone.
    ['Tel. 00252113477', 'Tel. [PHONE]'],
  ])('%s', (input, output) => {
    expect(text(input)).toBe(output);
  });

  // Outside Poland a bare PESEL needs its label: the "00" number there is a phone's.
  it('outside Poland a "00" number stays a phone', () => {
    expect(text('Hi. 00252113477 is my number.', 'en-US')).toBe('Hi. [PHONE] is my number.');
  });

  const born = fc.record({
    year: fc.integer({ min: 1935, max: 2025 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    serial: fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 4, maxLength: 4 }),
  });
  const SENTENCES = [
    'Cześć. {v} to mój numer.',
    'Tel. 512 342 960 Hej. {v} to mój numer.',
    'Mój numer to {v}.',
    'Zamówienie doszło. {v} to mój numer.',
    '{v}',
  ];
  test.prop([born, fc.constantFrom(...SENTENCES)])(
    'goes as [PESEL], whenever its holder was born',
    ({ year, month, day, serial }, sentence) => {
      const value = pesel(year, month, day, serial);
      const out = sentence.replace('{v}', '[PESEL]').replace('512 342 960', '[PHONE]');
      expect(text(sentence.replace('{v}', value))).toBe(out);
    },
  );
});
