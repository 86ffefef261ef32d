import { countrySpecs, isValidIBAN } from 'ibantools';
import { defineRecognizer } from '../defineRecognizer.js';
import { isAsciiLetterAt, isDigitAt } from '../digits.js';
import type { RecognizerMatch } from '../types.js';

function isAlnumAt(s: string, i: number): boolean {
  return isDigitAt(s, i) || isAsciiLetterAt(s, i);
}

/**
 * IBANs: a country code, two check digits and the BBAN, grouped by spaces or not, in any digit
 * script; valid only when ibantools accepts the country's length and BBAN structure and the
 * ISO 13616 mod-97 check.
 */
export const ibanRecognizer = defineRecognizer({
  id: 'iban',
  type: 'iban',
  placeholder: '[IBAN]',
  find({ shadow }) {
    const found: RecognizerMatch[] = [];
    const n = shadow.length;
    for (let i = 0; i + 4 <= n; i++) {
      if (!isAsciiLetterAt(shadow, i) || !isAsciiLetterAt(shadow, i + 1)) continue;
      if (!isDigitAt(shadow, i + 2) || !isDigitAt(shadow, i + 3)) continue;
      if (i > 0 && isAlnumAt(shadow, i - 1)) continue;
      const country = shadow.slice(i, i + 2).toUpperCase();
      const length = countrySpecs[country]?.chars;
      if (length === undefined) continue;
      let electronic = '';
      let j = i;
      while (j < n && electronic.length < length) {
        if (isAlnumAt(shadow, j)) electronic += shadow.charAt(j);
        else if (
          (shadow.charAt(j) === ' ' || shadow.charAt(j) === '-') &&
          isAlnumAt(shadow, j + 1)
        ) {
          // a single separator between groups
        } else break;
        j++;
      }
      if (electronic.length !== length || isAlnumAt(shadow, j)) continue;
      if (!isValidIBAN(electronic.toUpperCase())) continue;
      found.push({ start: i, end: j, confidence: 0.98 });
      i = j - 1;
    }
    return found;
  },
});
