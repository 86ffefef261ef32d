import { dniLetter, ninoPrefixValid } from '../checks/nationalIds.js';
import { contextBefore } from '../context.js';
import { defineRecognizer } from '../defineRecognizer.js';
import { isDigitAt } from '../digits.js';
import { ID_WORDS } from '../keywords.js';
import type { RecognizerMatch } from '../types.js';

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isUpperAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 65 && c <= 90;
}

function boundaryAt(s: string, i: number): boolean {
  return i < 0 || i >= s.length || !WORD_CHAR.test(s.charAt(i));
}

/** Read `count` digits from `i`, allowing one space between pairs when `pairs`; [digits, end]. */
function readDigits(s: string, i: number, count: number, pairs: boolean): [string, number] {
  let digits = '';
  let j = i;
  while (digits.length < count && j < s.length) {
    if (isDigitAt(s, j)) {
      digits += s.charAt(j);
      j++;
    } else if (pairs && s.charAt(j) === ' ' && digits.length % 2 === 0 && digits.length > 0) {
      j++;
    } else break;
  }
  return [digits, j];
}

/**
 * UK National Insurance numbers: an allocated two-letter prefix (HMRC NIM39110), six digits
 * (optionally in spaced pairs) and a suffix A–D.
 */
export const ukNinoRecognizer = defineRecognizer({
  id: 'uk-nino',
  type: 'uk-nino',
  placeholder: '[NINO]',
  find(context) {
    const s = context.shadow;
    const found: RecognizerMatch[] = [];
    for (let i = 0; i + 9 <= s.length; i++) {
      if (!isUpperAt(s, i) || !isUpperAt(s, i + 1) || !boundaryAt(s, i - 1)) continue;
      const prefix = s.slice(i, i + 2);
      if (!ninoPrefixValid(prefix)) continue;
      let j = i + 2;
      if (s.charAt(j) === ' ') j++;
      const [digits, k] = readDigits(s, j, 6, true);
      if (digits.length !== 6) continue;
      let e = k;
      if (s.charAt(e) === ' ') e++;
      const suffix = s.charAt(e);
      if (!'ABCD'.includes(suffix) || suffix === '' || !boundaryAt(s, e + 1)) continue;
      const label = contextBefore(context, i, ID_WORDS['uk-nino']);
      if (label === 'reference') continue;
      found.push({ start: i, end: e + 1, confidence: label === 'own' ? 0.95 : 0.85 });
    }
    return found;
  },
});

function controlLetterMatch(s: string, digits: string, end: number): number {
  let e = end;
  if (s.charAt(e) === '-' || s.charAt(e) === ' ') e++;
  const letter = s.charAt(e).toUpperCase();
  if (letter === '' || letter !== dniLetter(digits) || !boundaryAt(s, e + 1)) return -1;
  return e + 1;
}

/** Spanish DNI: eight digits and the control letter (number mod 23). */
export const esDniRecognizer = defineRecognizer({
  id: 'es-dni',
  type: 'es-dni',
  placeholder: '[DNI]',
  find(context) {
    const s = context.shadow;
    const found: RecognizerMatch[] = [];
    for (let i = 0; i + 9 <= s.length; i++) {
      // Inside a digit run (the common case) the cheap test answers before the Unicode one.
      if (
        !isDigitAt(s, i) ||
        isDigitAt(s, i - 1) ||
        !boundaryAt(s, i - 1) ||
        s.charAt(i - 1) === '-'
      )
        continue;
      const [digits, k] = readDigits(s, i, 8, false);
      if (digits.length !== 8 || isDigitAt(s, k)) continue;
      const end = controlLetterMatch(s, digits, k);
      if (end < 0) continue;
      const label = contextBefore(context, i, ID_WORDS['es-dni']);
      if (label === 'reference') continue;
      found.push({ start: i, end, confidence: label === 'own' ? 0.95 : 0.85 });
      i = end - 1;
    }
    return found;
  },
});

/** Spanish NIE: X, Y or Z (0, 1, 2), seven digits and the control letter. */
export const esNieRecognizer = defineRecognizer({
  id: 'es-nie',
  type: 'es-nie',
  placeholder: '[NIE]',
  find(context) {
    const s = context.shadow;
    const found: RecognizerMatch[] = [];
    for (let i = 0; i + 9 <= s.length; i++) {
      const lead = (s.charCodeAt(i) | 0x20) - 0x78; // x, y, z → 0, 1, 2
      if (lead < 0 || lead > 2 || !boundaryAt(s, i - 1)) continue;
      let j = i + 1;
      if (s.charAt(j) === '-' || s.charAt(j) === ' ') j++;
      const [digits, k] = readDigits(s, j, 7, false);
      if (digits.length !== 7 || isDigitAt(s, k)) continue;
      const end = controlLetterMatch(s, `${lead}${digits}`, k);
      if (end < 0) continue;
      const label = contextBefore(context, i, ID_WORDS['es-nie']);
      if (label === 'reference') continue;
      found.push({ start: i, end, confidence: label === 'own' ? 0.95 : 0.85 });
      i = end - 1;
    }
    return found;
  },
});
