import { fc, test } from '@fast-check/vitest';
import iconv from 'iconv-lite';
import { expect } from 'vitest';
import { DOUBLE_BYTE_PAGES, SINGLE_BYTE_PAGES } from '../../test/text/mojibakeCorpus.js';
import { DEFAULT_PAGES, encoderFor } from './codePages.js';
import { twiceField } from './twiceField.js';

// twiceField against a brute-force oracle: every pair of the call's pages, a single-byte one then
// a double-byte one, read through iconv-lite itself on each stretch past ASCII; a reading the pass
// gives is one of the oracle's, and the oracle's only one (two pairs, two texts: none). And a
// Latin field broken twice is read back as written or not at all.

const encoders = DEFAULT_PAGES.map((p) => encoderFor(p));
const SINGLE = encoders.filter((e) => !e.doubleByte).map((e) => e.page);
const DOUBLE = encoders.filter((e) => e.doubleByte).map((e) => e.page);

const words = ['Bod', 'Ume', 'Wroc', 'aw', 'Tea', 'g', 'organic', 'Xag', 'ra', 'st', 'ok'];
const gaps = [' ', ' 5 ', ', ', '-', ' 100 '];
const latin = Array.from('ÄÅÖØÜßàáäåçèéëñöøüĦħŁłŚśŻżŠšŽžĆćĘęəǎ°±·½¼¾×÷€–’');
const field = fc
  .array(
    fc.tuple(
      fc.constantFrom(...words),
      fc.option(fc.constantFrom(...latin), { nil: '' }),
      fc.constantFrom(0, 1, 2, 3),
      fc.constantFrom(...gaps),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((parts) =>
    parts
      .map(([w, c, where, gap]) =>
        where === 0
          ? c + w + gap
          : where === 1
            ? w + c + gap
            : where === 2
              ? w + gap + c + gap
              : w + gap,
      )
      .join('')
      .trim(),
  )
  .filter((t) => /[^\p{ASCII}]/u.test(t));

/** `t` through `pages`, innermost first, when every layer is a round trip; else undefined. */
function broken(t: string, pages: readonly string[]): string | undefined {
  let s = t;
  for (const p of pages) {
    const bytes = Buffer.from(s, 'utf8');
    const next = iconv.decode(bytes, p);
    if (!iconv.encode(next, p).equals(bytes)) return undefined;
    s = next;
  }
  return s;
}

/** `s` through page `p` as UTF-8, when a round trip and valid UTF-8; else undefined. */
function back(s: string, p: string): string | undefined {
  const bytes = iconv.encode(s, p);
  if (iconv.decode(bytes, p) !== s) return undefined;
  const out = bytes.toString('utf8');
  return Buffer.from(out, 'utf8').equals(bytes) ? out : undefined;
}

/** ASCII and Latin letters (no modifier letter) and the signs a Latin text writes (latinField.ts). */
const LATIN = {
  test: (s: string): boolean =>
    Array.from(s).every(
      (c) =>
        /[\p{ASCII}\u00a1-\u00bf\u00d7\u00f7]/u.test(c) ||
        (/[\u2010-\u214f]/.test(c) && /[\p{P}\p{S}]/u.test(c)) ||
        (/\p{Script=Latin}/u.test(c) && /\p{L}/u.test(c) && !/[\u02b0-\u02ff]/.test(c)),
    ),
};

/** Every text the call's page pairs read `t`'s stretches past ASCII as, CJK in the middle. */
function oracle(t: string): Set<string> {
  const out = new Set<string>();
  const parts = t.split(/([^\p{ASCII}]+)/u);
  for (const s of SINGLE)
    for (const d of DOUBLE) {
      let text = '';
      let ok = true;
      parts.forEach((p, i) => {
        if (i % 2 === 0 || !ok) {
          text += p;
          return;
        }
        const middle = back(p, s);
        const cjk =
          middle !== undefined &&
          /^[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uff9f]+$/.test(middle);
        const last = cjk ? back(middle as string, d) : undefined;
        if (last === undefined || !/[^\p{ASCII}]/u.test(last) || !LATIN.test(last)) ok = false;
        else text += last;
      });
      if (ok) out.add(text);
    }
  return out;
}

const read = (t: string): string => {
  let out = '';
  let at = 0;
  for (const f of twiceField(t, encoders)) {
    out += t.slice(at, f.at) + f.after;
    at = f.end;
  }
  return at === 0 ? t : out + t.slice(at);
};

const twiceBroken = fc
  .tuple(field, fc.constantFrom(...DOUBLE_BYTE_PAGES), fc.constantFrom(...SINGLE_BYTE_PAGES))
  .map(([t, d, s]) => ({ t, b: broken(t, [d, s]) }))
  .filter(
    (x): x is { t: string; b: string } => x.b !== undefined && x.b !== x.t && x.b.length <= 40,
  );

test.prop(
  [
    fc.oneof(
      twiceBroken.map((x) => x.b),
      field,
    ),
  ],
  { numRuns: 600 },
)('twiceField reads only what one pair of pages, and no other, reads', (t) => {
  const r = read(t);
  if (r === t) return;
  const readings = oracle(t);
  expect([...readings]).toEqual([r]);
});

test.prop([twiceBroken], { numRuns: 600 })(
  'a Latin field broken twice is read back as written, or not at all',
  ({ t, b }) => {
    expect([t, b]).toContain(read(b));
  },
);
