import { contextBefore, isGlueLetter } from '../context.js';
import { defineRecognizer } from '../defineRecognizer.js';
import { isDigitAt } from '../digits.js';
import { VERSION_WINDOW, VERSION_WORDS } from '../keywords.js';
import type { RecognizerMatch } from '../types.js';

const HEX = /^[0-9a-f]{1,4}$/i;
const HEX_LETTER = /[a-f]/i;

function octet(part: string): boolean {
  return (
    part.length >= 1 &&
    part.length <= 3 &&
    (part === '0' || part.charAt(0) !== '0') &&
    Number(part) <= 255
  );
}

function ipv4(text: string): boolean {
  const parts = text.split('.');
  return parts.length === 4 && parts.every(octet);
}

/** Whether `text` is an IPv6 address in RFC 4291 text form (with `::` and a dotted IPv4 tail). */
export function ipv6(text: string): boolean {
  if (text.length < 3 || text.length > 45) return false;
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const parse = (half: string): string[] | undefined => (half === '' ? [] : half.split(':'));
  const head = parse(halves[0] as string);
  const tail = halves.length === 2 ? parse(halves[1] as string) : [];
  if (head === undefined || tail === undefined) return false;
  const groups = [...head, ...tail];
  let count = groups.length;
  const last = groups[groups.length - 1];
  if (last?.includes('.')) {
    if (!ipv4(last)) return false;
    groups.pop();
    count += 1;
  }
  if (!groups.every((g) => HEX.test(g))) return false;
  return halves.length === 2 ? count <= 7 : count === 8;
}

function isHexOrColon(c: number): boolean {
  return (c >= 48 && c <= 58) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70); // 0-9 : a-f A-F
}

/**
 * IPv4 (four octets 0–255, no leading zeros, not a version string) and IPv6 (RFC 4291 text form,
 * eight groups or `::`; a time like `10:30` never has the shape).
 */
export const ipRecognizer = defineRecognizer({
  id: 'ip',
  type: 'ip',
  placeholder: '[IP]',
  find(context) {
    const { shadow } = context;
    const found: RecognizerMatch[] = [];
    const n = shadow.length;
    let i = 0;
    while (i < n) {
      const c = shadow.charCodeAt(i);
      if (
        !isHexOrColon(c) ||
        (i > 0 && (isHexOrColon(shadow.charCodeAt(i - 1)) || shadow.charCodeAt(i - 1) === 46))
      ) {
        i++;
        continue;
      }
      // A maximal run of hex digits, colons and dots.
      let j = i;
      let dots = 0;
      let colons = 0;
      while (
        j < n &&
        (isHexOrColon(shadow.charCodeAt(j)) ||
          (shadow.charCodeAt(j) === 46 && isDigitAt(shadow, j + 1)))
      ) {
        const cj = shadow.charCodeAt(j);
        if (cj === 46) dots++;
        else if (cj === 58) colons++;
        j++;
      }
      // An address has a ":" or three "."; a word of hex letters ("cafe", "added") has neither.
      if (colons === 0 && dots < 3) {
        i = Math.max(j, i + 1);
        continue;
      }
      const token = shadow.slice(i, j);
      const prev = shadow.charAt(i - 1);
      const glued = isGlueLetter(shadow.charAt(j)) || isGlueLetter(prev) || prev === '_';
      if (token.includes(':') && ipv6(token)) {
        if (!glued && (HEX_LETTER.test(token) || token.split(':').length >= 4)) {
          found.push({ start: i, end: j, confidence: 0.9 });
        }
      } else {
        // "ip:192.168.1.1", "192.168.1.1:8080": the dotted parts between colons.
        let from = i;
        for (const part of token.split(':')) {
          const before = shadow.charAt(from - 1);
          const after = shadow.charAt(from + part.length);
          const partGlued = isGlueLetter(before) || isGlueLetter(after) || before === '_';
          if (!partGlued && ipv4(part) && before !== 'v' && before !== 'V') {
            if (contextBefore(context, from, VERSION_WORDS, VERSION_WINDOW) !== 'own') {
              found.push({ start: from, end: from + part.length, confidence: 0.9 });
            }
          }
          from += part.length + 1;
        }
      }
      i = Math.max(j, i + 1);
    }
    return found;
  },
});
