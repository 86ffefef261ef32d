// Combining marks typed after an id's last character go with the id (issue #14), as after a phone
// (T37b), an IBAN, a PESEL and an IP address (T38d): a mark is written onto the character before
// it, so "CNP 1800101221144\u0301" left "CNP [RO_CNP]\u0301", a stray mark a second reader sees on
// the bracket. Every national id read by the id readers of nationalIds2-4, twId and letterIds:
// with any marks after it the text redacts as without them.
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

const IDS: readonly [string, string][] = [
  ['en-GB', 'NI number AB123456C'],
  ['es-ES', 'DNI 12345678Z'],
  ['es-ES', 'NIE X1234567L'],
  ['zh-CN', '身份证号 11010519491231002X'],
  ['sv-SE', 'personnummer 811228-9874'],
  ['ro-RO', 'CNP 1800101221144'],
  ['th-TH', 'ID number 1103702071811'],
  ['zh-TW', '身分證字號 A123456789'],
  ['es-CL', 'Mi RUT es 12.345.678-5'],
  ['es-AR', 'CUIT 20-12345678-6'],
  ['en-CA', 'My SIN is 130 692 544'],
  ['en-IE', 'PPS number 6433435F'],
  ['hr-HR', 'Moj OIB je 12345678903'],
  ['zh-HK', '身份證號碼 Z765432(5)'],
  ['fi-FI', 'Henkilötunnus 131052-308T'],
  ['da-DK', 'CPR-nr. 010190-1234'],
  ['nb-NO', 'fødselsnummer 31129956715'],
  ['en-SG', 'NRIC S1234567D'],
  ['is-IS', 'Kennitala: 120160-3389'],
];

const MARKS = ['\u0301', '\u0308\u0301', '\ufe0f\u20e3', '\u20d0'];

describe('marks after a national id', () => {
  it.each(IDS.flatMap(([locale, text]) => MARKS.map((m) => [locale, text, m] as const)))(
    '%s %j + %j',
    (locale, text, mark) => {
      const plain = redact(`${text} ok`, { locale }).text;
      expect(plain).toMatch(/\[[A-Z_]+\] ok$/);
      const out = redact(`${text}${mark} ok`, { locale }).text;
      expect(out).toBe(plain);
      expect(redact(out, { locale }).text).toBe(out);
    },
  );
});
