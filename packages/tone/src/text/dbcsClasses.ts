import { DATA, RANGES } from './dbcsClassData.js';

// The byte classes of the characters single-byte mojibake is made of (Latin, Greek, Cyrillic,
// Hebrew, Arabic, punctuation, symbols, box drawing) in each double-byte page, shipped as data
// (dbcsClassData.ts, generated from iconv-lite and checked against it by dbcsClasses.test.ts),
// so that the page masks of a run of Western or Cyrillic mojibake are known without building
// iconv-lite's double-byte tables: those are built only when a page's own reading needs them.

/** Per page, the decoded classes of every character of RANGES, in order. */
const decoded = new Map<string, Uint8Array>();

let size = 0;
for (const [a, z] of RANGES) size += z - a;

function tableOf(page: string): Uint8Array | undefined {
  const known = decoded.get(page);
  if (known) return known;
  const data = DATA[page];
  if (data === undefined) return undefined;
  const t = new Uint8Array(size);
  let at = 0;
  for (const run of data.split('.')) {
    const n = Number.parseInt(run.slice(1), 36);
    t.fill(Number(run[0]), at, at + n);
    at += n;
  }
  decoded.set(page, t);
  return t;
}

/**
 * The class of `cp` in the double-byte `page` (0 none, 1 first byte a continuation byte, 2 a
 * lead byte then a continuation byte, 3 a lone lead byte, 4 a lone lead of a two-byte sequence),
 * or -1 when the data does not cover it (ask the encoder).
 */
export function dbcsClass(page: string, cp: number): number {
  let offset = 0;
  for (const [a, z] of RANGES) {
    if (cp < a) return -1;
    if (cp < z) {
      const t = tableOf(page);
      return t === undefined ? -1 : (t[offset + cp - a] as number);
    }
    offset += z - a;
  }
  return -1;
}
