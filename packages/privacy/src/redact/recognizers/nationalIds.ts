import {
  aadhaarShapeValid,
  bsnValid,
  cpfValid,
  irNationalCodeValid,
  peselValid,
  ssnValid,
} from '../checks/nationalIds.js';
import { verhoeffValid } from '../checks/verhoeff.js';
import { ID_WORDS } from '../keywords.js';
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
