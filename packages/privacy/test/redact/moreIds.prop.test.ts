// Properties of the four national ids of T31a: an id made by its own algorithm (moreIdsGen.ts,
// written apart from the package's checks) goes after its label in its locale, as its type; the
// same id with its last digit changed (a wrong check digit) is not that id.
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect } from 'vitest';
import { amka, ilId, krCorporate, krRrn, pad2, tckn, wrongLast } from './moreIdsGen.js';

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const day = fc.integer({ min: 1, max: 28 });
const month = fc.integer({ min: 1, max: 12 });
const wrong = fc.integer({ min: 1, max: 9 });

type Case = { locale: string; labels: readonly string[]; type: string };
const KR: Case = {
  locale: 'ko-KR',
  labels: ['주민등록번호 ', '주민번호는 ', '주민 번호: ', 'RRN '],
  type: 'kr-rrn',
};
const TR: Case = {
  locale: 'tr-TR',
  labels: ['TC kimlik no: ', 'T.C. Kimlik Numaram ', 'TCKN ', 'Kimlik numarası '],
  type: 'tr-tckn',
};
const IL: Case = {
  locale: 'he-IL',
  labels: ['מספר זהות ', 'ת.ז. ', 'ת"ז: ', 'ID number '],
  type: 'il-id',
};
const GR: Case = {
  locale: 'el-GR',
  labels: ['ΑΜΚΑ ', 'αμκα: ', 'Α.Μ.Κ.Α. ', 'AMKA '],
  type: 'gr-amka',
};

/** The types found for `value` written after `label`, spanning the value exactly. */
function typesOf(c: Case, label: string, value: string): string[] {
  const text = `${label}${value} .`;
  return redact(text, { locale: c.locale })
    .findings.filter((f) => f.start === label.length && f.end === label.length + value.length)
    .map((f) => f.type);
}

/** Whether any finding of `c`'s type stands in the text. */
function anyOf(c: Case, label: string, value: string): boolean {
  return redact(`${label}${value} .`, { locale: c.locale }).findings.some((f) => f.type === c.type);
}

// A Korean number of the rule before October 2020 (born 1900-2019; 1, 2 or 3, 4 for the century),
// written 6-7 or unbroken.
const oldRrn = fc
  .record({
    year: fc.integer({ min: 1900, max: 2019 }),
    month,
    day,
    female: fc.boolean(),
    five: digits(5),
    dash: fc.boolean(),
  })
  .map(({ year, month: m, day: d, female, five, dash }) => {
    const sex = (year < 2000 ? 1 : 3) + (female ? 1 : 0);
    const value = krRrn(`${pad2(year % 100)}${pad2(m)}${pad2(d)}`, sex, five);
    return { value, dash };
  });
const shown = (v: string, dash: boolean) => (dash ? `${v.slice(0, 6)}-${v.slice(6)}` : v);

describe('an id made by its algorithm goes after its label; a wrong check digit does not', () => {
  test.prop([oldRrn, fc.constantFrom(...KR.labels)])(
    'Korean RRN (born before 2020)',
    (r, label) => {
      expect(typesOf(KR, label, shown(r.value, r.dash))).toEqual([KR.type]);
    },
  );

  // A wrong check digit without a label is no RRN; after its label it is one all the same (T32b):
  // a number changed since October 2020 for one born before ends in six random digits.
  test.prop([oldRrn, fc.constantFrom('메모 ', '보낸 번호 ', 'see '), wrong])(
    'Korean RRN with a wrong check digit (born before 2020), no label',
    ({ value, dash }, label, by) => {
      expect(anyOf(KR, label, shown(wrongLast(value, by), dash))).toBe(false);
    },
  );
  test.prop([oldRrn, fc.constantFrom(...KR.labels), wrong])(
    'Korean RRN with a random last digit (born before 2020, changed since 2020), after its label',
    ({ value, dash }, label, by) => {
      expect(typesOf(KR, label, shown(wrongLast(value, by), dash))).toContain(KR.type);
    },
  );

  // Since October 2020 the six digits after the sex digit are random: no check digit to hold.
  test.prop([
    fc.integer({ min: 2020, max: 2099 }),
    month,
    day,
    fc.constantFrom(3, 4),
    digits(6),
    fc.constantFrom(...KR.labels),
  ])('Korean RRN (born 2020 or later): any six digits', (year, m, d, sex, six, label) => {
    const value = `${pad2(year % 100)}${pad2(m)}${pad2(d)}-${sex}${six}`;
    expect(typesOf(KR, label, value)).toEqual([KR.type]);
  });

  const nine = fc.tuple(fc.integer({ min: 1, max: 9 }), digits(8)).map(([a, b]) => `${a}${b}`);
  test.prop([nine, fc.constantFrom(...TR.labels)])('T.C. kimlik no', (n, label) => {
    expect(typesOf(TR, label, tckn(n))).toEqual([TR.type]);
  });
  test.prop([nine, fc.constantFrom(...TR.labels), wrong])(
    'T.C. kimlik no with a wrong check digit',
    (n, label, by) => {
      expect(anyOf(TR, label, wrongLast(tckn(n), by))).toBe(false);
    },
  );

  // Eight digits, leading zeros kept (not all zero: no such number).
  const eight = digits(8).filter((d) => d !== '00000000');
  test.prop([eight, fc.constantFrom(...IL.labels)])('Israeli identity number', (e, label) => {
    expect(typesOf(IL, label, ilId(e))).toEqual([IL.type]);
  });
  test.prop([eight, fc.constantFrom(...IL.labels), wrong])(
    'Israeli identity number with a wrong check digit',
    (e, label, by) => {
      expect(anyOf(IL, label, wrongLast(ilId(e), by))).toBe(false);
    },
  );

  const birth = fc.tuple(day, month, fc.integer({ min: 0, max: 99 }));
  test.prop([birth, digits(4), fc.constantFrom(...GR.labels)])('AMKA', ([d, m, y], s, label) => {
    expect(typesOf(GR, label, amka(`${pad2(d)}${pad2(m)}${pad2(y)}`, s))).toEqual([GR.type]);
  });
  test.prop([birth, digits(4), fc.constantFrom(...GR.labels), wrong])(
    'AMKA with a wrong check digit',
    ([d, m, y], s, label, by) => {
      expect(anyOf(GR, label, wrongLast(amka(`${pad2(d)}${pad2(m)}${pad2(y)}`, s), by))).toBe(
        false,
      );
    },
  );
});

// T32b: a foreigner's registration number (5, 6 for the 1900s, 7, 8 for the 2000s, any last six)
// after its label or the resident number's goes as one; with no label it stays.
const FOREIGN_LABELS = ['외국인등록번호 ', '외국인번호는 ', '외국인 등록번호: ', '주민등록번호 '];
const foreign = fc
  .record({
    year: fc.integer({ min: 1900, max: 2099 }),
    month,
    day,
    female: fc.boolean(),
    six: digits(6),
    dash: fc.boolean(),
  })
  .map(({ year, month: m, day: d, female, six, dash }) => {
    const sex = (year < 2000 ? 5 : 7) + (female ? 1 : 0);
    return shown(`${pad2(year % 100)}${pad2(m)}${pad2(d)}${sex}${six}`, dash);
  });

describe('T32b: the leaks the properties close', () => {
  test.prop([foreign, fc.constantFrom(...FOREIGN_LABELS)])(
    "a foreigner's registration number after its label",
    (value, label) => {
      expect(typesOf(KR, label, value)).toContain(KR.type);
    },
  );
  test.prop([foreign, fc.constantFrom('메모 ', '보낸 번호 ', '')])(
    "a foreigner's registration number without a label stays",
    (value, label) => {
      expect(anyOf(KR, label, value)).toBe(false);
    },
  );

  // An Israeli id whose first digit is 0, written without it: eight digits after its label.
  const seven = digits(7).filter((d) => d !== '0000000');
  test.prop([seven, fc.constantFrom(...IL.labels)])(
    'Israeli identity number without its leading zero',
    (s, label) => {
      const value = ilId(`0${s}`).slice(1);
      expect(typesOf(IL, label, value)).toEqual([IL.type]);
    },
  );
  test.prop([seven, fc.constantFrom('שלחתי ', 'הזמנה ', '')])(
    'Israeli identity number without its leading zero, no label, stays',
    (s, label) => {
      expect(anyOf(IL, label, ilId(`0${s}`).slice(1))).toBe(false);
    },
  );
});

describe('T32b: numbers that pass an id check by chance stay as what they are', () => {
  const nine = fc.tuple(fc.integer({ min: 1, max: 9 }), digits(8)).map(([a, b]) => `${a}${b}`);
  // Turkish names the order after its number: "… nolu siparişim", "… numaralı kargom".
  const numbered = fc.constantFrom('nolu', 'numaralı', "no'lu", 'no’lu', 'numarali', 'NOLU');
  const orderWord = fc.constantFrom('siparişim', 'kargom', 'faturam', 'iade', 'talebim', 'paket');
  test.prop([nine, numbered, orderWord])(
    'a T.C. kimlik no named an order by the words after it',
    (n, no, word) => {
      const text = `${tckn(n)} ${no} ${word} var`;
      expect(redact(text, { locale: 'tr-TR' }).text).toBe(text);
    },
  );

  // A corporate registration number whose check and the resident number's both hold (about one
  // in ten does): after its label it stays; without one it is read as the resident number.
  const both = fc
    .record({
      year: fc.integer({ min: 1900, max: 1999 }),
      month,
      day,
      sex: fc.constantFrom(1, 2),
      four: digits(4),
    })
    .map(({ year, month: m, day: d, sex, four }) => {
      const eleven = `${pad2(year % 100)}${pad2(m)}${pad2(d)}${sex}${four}`;
      for (let last = 0; last <= 9; last++) {
        const corporate = krCorporate(`${eleven}${last}`);
        if (krRrn(eleven.slice(0, 6), sex, `${four}${last}`) === corporate) return corporate;
      }
      return undefined;
    })
    .filter((v): v is string => v !== undefined);
  const CORPORATE_LABELS = ['법인등록번호 ', '법인번호: ', '법인 등록번호는 '];
  test.prop([both, fc.constantFrom(...CORPORATE_LABELS), fc.boolean()])(
    'a corporate registration number after its label',
    (value, label, dash) => {
      expect(anyOf(KR, label, shown(value, dash))).toBe(false);
    },
  );
  // Without it the number is a person's as far as we can tell, and does not go out (as the
  // resident number, or as a card or phone where one of those readings outranks it).
  test.prop([both])('a corporate registration number without its label goes', (value) => {
    const text = `메모 ${shown(value, true)} .`;
    expect(redact(text, { locale: KR.locale }).text).not.toContain(shown(value, true));
  });
});
