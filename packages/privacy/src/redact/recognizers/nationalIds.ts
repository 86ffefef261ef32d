import {
  aadhaarShapeValid,
  bsnValid,
  cpfValid,
  grAmkaValid,
  ilIdValid,
  irNationalCodeValid,
  krCorporateValid,
  krRrnChecked,
  krRrnDated,
  krRrnRandom,
  peselValid,
  ssnValid,
  trTcknValid,
} from '../checks/nationalIds.js';
import { verhoeffValid } from '../checks/verhoeff.js';
import { ID_WORDS, ID_WORDS_IN_COUNTRY, ID_WORDS_KR_CORPORATE } from '../keywords.js';
import { numericIdRecognizer } from './numericId.js';

/** PESEL (Poland): weighted mod-10 check digit and a real date of birth. */
export const peselRecognizer = numericIdRecognizer({
  id: 'pl-pesel',
  type: 'pesel',
  placeholder: '[PESEL]',
  words: ID_WORDS.pesel,
  country: 'PL',
  // The date of birth apart from the rest ("440514 01359"), as some type it: with its label only.
  shapes: { '11': 'bare', '6 5': 'labelled' },
  valid: peselValid,
  bareInCountry: true,
});

/** CPF (Brazil): two mod-11 check digits; `000.000.000-00` is its own shape. */
export const cpfRecognizer = numericIdRecognizer({
  id: 'br-cpf',
  type: 'cpf',
  placeholder: '[CPF]',
  words: ID_WORDS.cpf,
  country: 'BR',
  // Spaces for its dots ("390 533 447 05", "390 533 447-05"): with its label only. Its dots and
  // dash with both check digits holding (one number in a hundred passes by chance) are a CPF
  // after an order's or invoice's word too: no look-alike of the corpus's 36 seeds takes them.
  shapes: {
    '3.3.3-2': 'full',
    '9-2': 'formatted',
    '11': 'bare',
    '3 3 3 2': 'labelled',
    '3 3 3-2': 'labelled',
  },
  valid: cpfValid,
  bareInCountry: true,
});

/** BSN (Netherlands): the 11-proef; one check in eleven passes by chance, so a label is needed. */
export const bsnRecognizer = numericIdRecognizer({
  id: 'nl-bsn',
  type: 'bsn',
  placeholder: '[BSN]',
  words: ID_WORDS.bsn,
  country: 'NL',
  // Grouped in threes after its label, as people type it ("BSN 111.222.333", "BSN 111 222 333"):
  // it went as a phone, its 11-proef passing, because no shape of the BSN's held it (T30c).
  shapes: { '9': 'bare', '4.2.3': 'formatted', '3.3.3': 'labelled', '3 3 3': 'labelled' },
  valid: bsnValid,
  bareInCountry: false,
});

/** Aadhaar (India): Verhoeff check digit, first digit 2–9, written 4-4-4. */
export const aadhaarRecognizer = numericIdRecognizer({
  id: 'in-aadhaar',
  type: 'aadhaar',
  placeholder: '[AADHAAR]',
  words: ID_WORDS.aadhaar,
  country: 'IN',
  shapes: { '4 4 4': 'formatted', '4-4-4': 'formatted', '12': 'bare' },
  valid: (d) => aadhaarShapeValid(d) && verhoeffValid(d),
  bareInCountry: false,
});

/** US Social Security number: valid area, group and serial; `123-45-6789` is its own shape. */
export const usSsnRecognizer = numericIdRecognizer({
  id: 'us-ssn',
  type: 'us-ssn',
  placeholder: '[SSN]',
  words: ID_WORDS['us-ssn'],
  country: 'US',
  // "536-22-8714" after an order's or a ticket's word stays theirs ("ticket #536-22-8714",
  // recognizers.test.ts): an SSN has no check digit (most numbers of three, two and four digits
  // pass its rules), so its shape alone cannot outweigh that word, as a CPF's does.
  shapes: { '3-2-4': 'formatted', '3 2 4': 'bare', '9': 'bare' },
  valid: ssnValid,
  bareInCountry: false,
});

/** Iranian national code (کد ملی): mod-11 check digit; written bare or 3-6-1. */
export const irNationalCodeRecognizer = numericIdRecognizer({
  id: 'ir-national-code',
  type: 'ir-national-code',
  placeholder: '[IR_NATIONAL_CODE]',
  words: ID_WORDS['ir-national-code'],
  country: 'IR',
  shapes: { '10': 'bare', '3-6-1': 'formatted' },
  valid: irNationalCodeValid,
  bareInCountry: false,
});

// What the two readings of a Korean resident number share: its type, placeholder, labels, country,
// and the corporate registration number (법인등록번호), printed 6-7 too, that stays after its label.
const KR_RRN = {
  type: 'kr-rrn',
  placeholder: '[KR_RRN]',
  words: ID_WORDS['kr-rrn'],
  wordsInCountry: ID_WORDS_IN_COUNTRY,
  country: 'KR',
  notAfter: { words: ID_WORDS_KR_CORPORATE, valid: krCorporateValid },
} as const;

/**
 * Korean resident registration number (주민등록번호) whose check digit holds: a date of birth, a
 * digit for sex and century, six digits the last of which is the check (every number given before
 * October 2020; see krRrnValid). Those without one are {@link krRrnRandomRecognizer}'s.
 */
export const krRrnRecognizer = numericIdRecognizer({
  id: 'kr-rrn',
  ...KR_RRN,
  // "900101-1234568" is how it is printed and typed: a date, a dash, seven digits, a shape a
  // Korean phone (010-1234-5678) or business number (123-45-67890) does not take; with its check
  // digit holding it goes anywhere. Unbroken or spaced it needs its label.
  shapes: { '6-7': 'formatted', '13': 'bare', '6 7': 'labelled' },
  valid: krRrnChecked,
  bareInCountry: false,
});

/**
 * Korean resident registration number of one born since 2020: a date and a digit of sex, six
 * random digits, nothing to check. Outside Korea such a number needs its label: a date-led
 * reference, "see 241130-3123457" in an English message, went as one. After its label, any date
 * and digit of sex goes (krRrnDated): a number changed since October 2020 for one born before
 * ("주민등록번호 900101-1234567": nine in ten fail the old check) and a foreigner's registration
 * number ("외국인등록번호 900101-5234567"), the same thirteen digits in the same field.
 */
export const krRrnRandomRecognizer = numericIdRecognizer({
  id: 'kr-rrn-random',
  ...KR_RRN,
  shapes: { '6-7': 'bare', '13': 'labelled', '6 7': 'labelled' },
  valid: krRrnRandom,
  validLabelled: krRrnDated,
  bareInCountry: true,
});

/** Turkish identity number (T.C. Kimlik No): two check digits, the first digit not 0. */
export const trTcknRecognizer = numericIdRecognizer({
  id: 'tr-tckn',
  type: 'tr-tckn',
  placeholder: '[TR_TCKN]',
  words: ID_WORDS['tr-tckn'],
  wordsInCountry: ID_WORDS_IN_COUNTRY,
  country: 'TR',
  // Two check digits (one number in a hundred passes by chance), as a CPF: bare in Turkey. A
  // Turkish phone written unbroken starts with its trunk 0 ("05324182790") or has ten digits
  // ("5324182790"): never eleven digits led by another. Spaced in threes as a CPF is ("TC kimlik
  // 102 030 405 50", V57g's audit): with its own label only, as any spacing people type.
  shapes: { '11': 'bare', '3 3 3 2': 'labelled' },
  valid: trTcknValid,
  bareInCountry: true,
});

/** Israeli identity number (מספר זהות): nine digits and a Luhn check digit; needs its label. */
export const ilIdRecognizer = numericIdRecognizer({
  id: 'il-id',
  type: 'il-id',
  placeholder: '[IL_ID]',
  words: ID_WORDS['il-id'],
  wordsInCountry: ID_WORDS_IN_COUNTRY,
  country: 'IL',
  // One check digit: one nine-digit number in ten passes, so only after its label. Written without
  // its leading zero ("ת.ז. 23456783"), eight digits: the check (Luhn's, from the right) reads
  // the same with the zero put back; with its own label only.
  shapes: { '9': 'bare', '8': 'labelled' },
  valid: (d) => ilIdValid(d.padStart(9, '0')),
  bareInCountry: false,
});

/** Greek social security number (ΑΜΚΑ): a DDMMYY date of birth, a Luhn digit; needs its label. */
export const grAmkaRecognizer = numericIdRecognizer({
  id: 'gr-amka',
  type: 'gr-amka',
  placeholder: '[GR_AMKA]',
  words: ID_WORDS['gr-amka'],
  country: 'GR',
  // A Luhn digit and a date (about one number in 270 of eleven digits passes): after its label
  // only, as order numbers of eleven digits are common.
  shapes: { '11': 'bare' },
  valid: grAmkaValid,
  bareInCountry: false,
});
