// The double-byte audit (issue #11, T57a): repairText on UTF-8 mis-decoded as Big5, cp950,
// EUC-KR (cp949), EUC-JP, Shift-JIS, cp932, GB18030 and GBK, in the shapes a desk meets, and on
// clean CJK that re-encodes as valid UTF-8 through another page (auditDoubleByte.ts). The texts and
// their expected forms were committed before repairText first ran on them. Figures are printed,
// by shape and by page; what the audit found and left is an `it.fails` with its reason.
import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/text/repairText.js';
import { DB_CLEAN, dbBroken } from './auditDoubleByte.js';

const rows = dbBroken();
const lossless = rows.filter((r) => r.lossless);

/** Lossless rows not restored exactly, each with its reason in an `it.fails` below. */
const LEFT = new Set<string>();

/** A repaired span is NFC (issue #11): the original or its NFC form counts as restored. */
const restoredAs = (out: string, original: string): boolean =>
  out === original || out === original.normalize('NFC');

const tally = (
  list: readonly (typeof rows)[number][],
  key: (r: (typeof rows)[number]) => string,
): string => {
  const t = new Map<string, [number, number]>();
  for (const r of list) {
    const hit = restoredAs(repairText(r.broken).text, r.original);
    const [a, b] = t.get(key(r)) ?? [0, 0];
    t.set(key(r), [a + (hit ? 1 : 0), b + 1]);
  }
  return [...t].map(([k, [a, b]]) => `  ${k}: ${a}/${b}`).join('\n');
};

describe('the double-byte audit: repairText', () => {
  it('holds at least 60 clean and 80 lossless broken texts through eight double-byte pages', () => {
    const pages = new Set(rows.flatMap((r) => r.chain));
    console.log(
      `double-byte audit: ${DB_CLEAN.length} clean, ${rows.length} broken (${lossless.length} lossless) through ${pages.size} pages`,
    );
    expect(DB_CLEAN.length).toBeGreaterThanOrEqual(60);
    expect(lossless.length).toBeGreaterThanOrEqual(80);
    expect(pages.size).toBe(8);
  });

  it('leaves every clean text untouched', () => {
    const changed = DB_CLEAN.filter((t) => repairText(t.text).changed).map((t) => t.text);
    console.log(`double-byte audit, clean: ${DB_CLEAN.length} texts; changed ${changed.length}`);
    expect(changed).toEqual([]);
  });

  it('restores at least 95% of the lossless rows exactly, all but the ones left', () => {
    const missed = lossless
      .filter((r) => !restoredAs(repairText(r.broken).text, r.original))
      .map((r) => r.original);
    const rate = (lossless.length - missed.length) / lossless.length;
    console.log(
      `double-byte audit, broken: ${rows.length} rows, ${lossless.length} lossless, restored ${lossless.length - missed.length} (${(100 * rate).toFixed(1)}%)\n` +
        `by shape:\n${tally(lossless, (r) => r.kind)}\nby page:\n${tally(lossless, (r) => r.chain.join('>'))}`,
    );
    expect(rate).toBeGreaterThanOrEqual(0.95);
    expect(missed).toEqual([...LEFT]);
  });

  it('gives back a lossy row no worse than it came', () => {
    // A page with no character for a pair wrote U+FFFD: what survived may be repaired, what was
    // lost stays lost; the text never grows.
    const lossy = rows.filter((r) => !r.lossless);
    const restored = lossy.filter((r) => restoredAs(repairText(r.broken).text, r.original));
    console.log(
      `double-byte audit, lossy (scored apart): ${lossy.length} rows, restored exactly ${restored.length}\n` +
        `by page:\n${tally(lossy, (r) => r.chain.join('>'))}`,
    );
    for (const r of lossy) {
      expect(repairText(r.broken).text.length).toBeLessThanOrEqual(r.broken.length);
    }
  });
});
