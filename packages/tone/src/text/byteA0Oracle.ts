import { LEADS_2 } from './byteA0.js';
import { gluesToA } from './runParts.js';

// The oracle of byteA0.ts's restoreByteA0InPlace: its shapes asked in the order they were written
// before session 52 (each lead byte looked up in LEADS_2 first, whatever follows it), which the
// fast path answers for two-byte leads from the byte after them alone. Test-only: byteA0.prop.test.ts
// holds the two equal on bytes dense in leads, spaces and continuation bytes.

const isPlainCont = (b: number | undefined): boolean =>
  b !== undefined && b >= 0x80 && b <= 0xbf && b !== 0x85 && b !== 0xa0;
const isCont = (b: number | undefined): boolean => b !== undefined && b >= 0x80 && b <= 0xbf;
const digitAt = (bytes: ArrayLike<number>, i: number): boolean => {
  const n = bytes[i + 1] as number;
  return bytes[i] === 0xd9 && (n === 0x20 || (n >= 0xa0 && n <= 0xa9));
};

function shapeAt(bytes: ArrayLike<number>, i: number, b: number): number {
  const n1 = bytes[i + 1];
  const n2 = bytes[i + 2];
  const n3 = bytes[i + 3];
  if (b === 0xc3 && n1 === 0x20) return gluesToA(bytes, i + 2, bytes[i - 1]) ? i + 1 : -1;
  if (b === 0xd9 && n1 === 0x20) return digitAt(bytes, i - 2) || digitAt(bytes, i + 2) ? i + 1 : -1;
  if (LEADS_2.has(b)) return n1 === 0x20 ? i + 1 : -1;
  if (b >= 0xe0 && b <= 0xe3) {
    if ((b === 0xe2 || b === 0xe3) && n1 === 0x20 && isPlainCont(n2)) return i + 1;
    if (isPlainCont(n1) && n2 === 0x20) return i + 2;
    return -1;
  }
  if (b === 0xf0) {
    if (n1 === 0x20 && isCont(n2) && isCont(n3)) return i + 1;
    if (isCont(n1) && n2 === 0x20 && isCont(n3)) return i + 2;
    if (isCont(n1) && isCont(n2) && n3 === 0x20) return i + 3;
  }
  return -1;
}

/** restoreByteA0InPlace as it was written before session 52 (test-only oracle). */
export function restoreByteA0InPlaceOracle(bytes: number[]): number {
  let restored = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b < 0xc2 || b > 0xf0) continue;
    const at = shapeAt(bytes, i, b);
    if (at >= 0) {
      bytes[at] = 0xa0;
      restored++;
    }
  }
  return restored;
}
