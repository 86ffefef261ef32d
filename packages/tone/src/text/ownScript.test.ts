import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { SIMPLIFIED_ONLY } from './ownScript.js';

describe('SIMPLIFIED_ONLY', () => {
  it("is every hanzi of GBK's Armenian rows of GB 2312 that Big5 cannot write", () => {
    const rows: string[] = [];
    for (const [lead, from, to] of [
      [0xd4, 0xb1, 0xbf],
      [0xd5, 0xa1, 0xbf],
    ] as const)
      for (let t = from; t <= to; t++) rows.push(iconv.decode(Buffer.from([lead, t]), 'gbk'));
    const big5Lacks = rows.filter((c) => iconv.decode(iconv.encode(c, 'big5'), 'big5') !== c);
    expect(big5Lacks.join('')).toBe(SIMPLIFIED_ONLY);
    // Each reads as an Armenian letter through GBK.
    for (const c of SIMPLIFIED_ONLY)
      expect(new TextDecoder().decode(iconv.encode(c, 'gbk'))).toMatch(/^\p{Script=Armenian}$/u);
  });
});
