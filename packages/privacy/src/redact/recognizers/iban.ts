import { countrySpecs, isValidIBAN } from 'ibantools';
import { defineRecognizer } from '../defineRecognizer.js';
import { isAsciiLetterAt, isDigitAt } from '../digits.js';
import { numberRuns } from '../runs.js';
import type { RecognizerContext, RecognizerMatch } from '../types.js';
import { sweep } from './sweep.js';

function isAlnumAt(s: string, i: number): boolean {
  return isDigitAt(s, i) || isAsciiLetterAt(s, i);
}

function ibanAt(context: RecognizerContext, i: number, found: RecognizerMatch[]): number {
  const { shadow } = context;
  const n = shadow.length;
  if (i + 4 > n || !isAsciiLetterAt(shadow, i) || !isAsciiLetterAt(shadow, i + 1)) return -1;
  if (!isDigitAt(shadow, i + 2) || !isDigitAt(shadow, i + 3)) return -1;
  if (i > 0 && isAlnumAt(shadow, i - 1)) return -1;
  const country = shadow.slice(i, i + 2).toUpperCase();
  const length = countrySpecs[country]?.chars;
  if (length === undefined) return -1;
  let electronic = '';
  let j = i;
  while (j < n && electronic.length < length) {
    if (isAlnumAt(shadow, j)) electronic += shadow.charAt(j);
    else if ((shadow.charAt(j) === ' ' || shadow.charAt(j) === '-') && isAlnumAt(shadow, j + 1)) {
      // a single separator between groups
    } else break;
    j++;
  }
  if (electronic.length !== length || isAlnumAt(shadow, j)) return -1;
  if (!isValidIBAN(electronic.toUpperCase())) return -1;
  found.push({ start: i, end: j, confidence: 0.98 });
  return j;
}

// An IBAN starts with two letters and two digits: its first digit follows a letter, so it starts
// a digit run. Only the two characters before each run are read.
function ibanStarts(context: RecognizerContext): number[] {
  const out: number[] = [];
  for (const run of numberRuns(context)) {
    if ((run.groups[0] as readonly [number, number])[1] - run.start >= 2) out.push(run.start - 2);
  }
  return out;
}

/** The IBANs of the context; `everywhere` tries every position (the oracle's reading). */
export function findIbans(context: RecognizerContext, everywhere = false): RecognizerMatch[] {
  return sweep(context, everywhere ? undefined : ibanStarts(context), ibanAt, true);
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
  find: (context) => findIbans(context),
});
