import { CODE_PAGES, encoderFor } from './codePages.js';

// How dbcsClassData.ts is made (and checked): each double-byte page's class of every character
// in RANGES, from encoderFor (iconv-lite), run-length encoded. Used by dbcsClasses.test.ts only.

export const RANGES: readonly (readonly [number, number])[] = [
  [0x80, 0x700],
  [0x2000, 0x2c00],
];

const isLead = (b: number | undefined): boolean => b !== undefined && b >= 0xc2 && b <= 0xf4;
const isCont = (b: number | undefined): boolean => b !== undefined && b >= 0x80 && b <= 0xbf;

/** 0 none, 1 continuation first byte, 2 lead + continuation, 3 lone lead, 4 lone two-byte lead. */
export function classOf(bytes: readonly number[] | undefined): number {
  if (!bytes) return 0;
  if (isCont(bytes[0])) return 1;
  if (!isLead(bytes[0])) return 0;
  if (bytes.length === 1) return (bytes[0] ?? 0) <= 0xdf ? 4 : 3;
  return isCont(bytes[1]) ? 2 : 0;
}

/** The run-length encoded classes of every double-byte page. */
export function classesOf(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const page of CODE_PAGES) {
    const e = encoderFor(page);
    if (!e.doubleByte) continue;
    const runs: string[] = [];
    let prev = -1;
    let n = 0;
    for (const [a, z] of RANGES) {
      for (let cp = a; cp < z; cp++) {
        const c = classOf(e.encode(cp));
        if (c === prev) n++;
        else {
          if (prev >= 0) runs.push(prev + n.toString(36));
          prev = c;
          n = 1;
        }
      }
    }
    runs.push(prev + n.toString(36));
    out[page] = runs.join('.');
  }
  return out;
}
