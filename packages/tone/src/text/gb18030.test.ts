import iconv from 'iconv-lite';
import { expect, test, vi } from 'vitest';

// GB18030's encoder reads GBK's tables and GB18030's four-byte ranges (codePages.ts fromGb18030):
// iconv-lite's own gb18030 codec took ~170 ms to build, paid by a stream at its first CJK or Thai
// message. codePages.test.ts holds the answers to iconv-lite on every BMP code point; this holds
// the point of it: answering them builds no gb18030 codec.

test('the GB18030 encoder answers without building iconv-lite’s gb18030 codec', async () => {
  // A fresh module: the encoder is made once per page, and another file may have made it.
  vi.resetModules();
  const { encoderFor } = await import('./codePages.js');
  const asked = vi.spyOn(iconv, 'getCodec');
  // Chinese (two bytes), '€' (A2E3 in GB18030, 0x80 in GBK), Thai and Hangul (four bytes).
  const cps = [0x4e2d, 0x6587, 0x20ac, 0x0e01, 0x0e44, 0xac00, 0xd55c];
  let got: (readonly number[] | undefined)[];
  try {
    const encoder = encoderFor('gb18030');
    got = cps.map((cp) => encoder.encode(cp));
    expect(asked.mock.calls.map(([name]) => String(name))).not.toContain('gb18030');
  } finally {
    asked.mockRestore();
  }
  // And the bytes are iconv-lite's (which builds the codec now).
  expect(got.map((b) => b?.join())).toEqual(
    cps.map((cp) => [...iconv.encode(String.fromCodePoint(cp), 'gb18030')].join()),
  );
});
