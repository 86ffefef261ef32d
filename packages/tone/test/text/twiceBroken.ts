import { mojibake } from '../../src/text/mojibake.js';
import { SENTENCES } from './sentences.js';

/**
 * Chinese prose broken twice through Windows-1252 (UTF-8 read as Windows-1252, twice), about
 * `bytes` of UTF-8 once broken: seeded phrases of 2 to 13 characters of the Chinese sentences,
 * each with its comma or full stop and a space after it, numbers and line breaks, so that no run repeats and each is read
 * (a document of repeated sentences is mostly memo hits). A text that long spends repairText's
 * work budget before its end: how much of it a reading repairs is what the budget buys.
 */
export function chineseTwice(bytes: number, seed = 20261203): string {
  const pool = Array.from(
    new Set(
      [...(SENTENCES['zh-Hans'] ?? []), ...(SENTENCES['zh-Hant'] ?? [])]
        .join('')
        .replace(/[，。]/g, ''),
    ),
  );
  let s = seed;
  const next = (n: number): number => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return (s >>> 8) % n;
  };
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    let phrase = '';
    for (let k = 2 + next(12); k > 0; k--) phrase += pool[next(pool.length)];
    const end = next(4) === 0 ? `。 ${next(1000)}\n` : '， ';
    const part = mojibake(mojibake(phrase + end, 'windows-1252'), 'windows-1252');
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return parts.join('');
}
