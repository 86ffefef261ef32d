import { restoreByteA0InPlace } from './byteA0.js';
import { encoderFor } from './codePages.js';
import { LOST_BYTE } from './lossy.js';

// sloppyStretch.ts's piecesOf as it was before session 52, which asked each character's byte
// again where the stretch splits (test-only: sloppyStretch.prop.test.ts holds the two equal). Its
// bytes are built here from Windows-1252's encoder itself, not from sloppyStretch's table.

const page = encoderFor('windows-1252');
const byteOf = (cp: number): number =>
  cp < 0x80 ? cp : cp === 0xfffd ? LOST_BYTE : cp < 0x10000 ? (page.encode(cp)?.[0] ?? -1) : -1;

/** piecesOf of cps[start, end) before session 52. */
export function sloppyPiecesOracle(
  cps: readonly number[],
  start: number,
  end: number,
): { bytes: number[]; list: number[] } {
  const bytes: number[] = [];
  for (let k = start; k < end; k++) bytes.push(Math.max(0, byteOf(cps[k] as number)));
  restoreByteA0InPlace(bytes);
  const list: number[] = [];
  let from = start;
  let pair = false;
  let lost = false;
  let previous = 0;
  let restored = 0;
  for (let k = start; k <= end; k++) {
    const b = k < end ? (bytes[k - start] as number) : 0x20;
    if (b === 0x20 || byteOf(cps[k] as number) < 0) {
      if (pair && (restored || lost || k - from > 3)) list.push(from, k, restored);
      from = k + 1;
      pair = false;
      lost = false;
      previous = 0;
      restored = 0;
      continue;
    }
    if (previous >= 0xc2 && previous <= 0xf4 && b >= 0x80 && b <= 0xbf) pair = true;
    lost ||= b === LOST_BYTE || b === 0x3f;
    previous = b;
    if (b === 0xa0 && cps[k] === 0x20) restored++;
  }
  return { bytes, list };
}
