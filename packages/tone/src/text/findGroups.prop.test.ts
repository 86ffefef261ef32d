import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { brokenText, LINE_WORDS } from '../../test/text/arbitraries.js';
import { type CodePage, DEFAULT_PAGES, encoderFor, type PageEncoder } from './codePages.js';
import { findGroups } from './findGroups.js';
import { findGroupsOracle } from './findGroupsOracle.js';
import { toCps } from './runParts.js';

// findGroups against findGroupsOracle.ts (the loop as it was before T70d, which read the open
// UTF-8 sequence again from its lead byte with utf8Status at every character): the single-byte
// pages' loop (flatGroups) checks each byte once as it comes, and must find the same groups, with
// the same decoded texts, leads, browser and absorbed-space marks. Texts: mojibake of every page;
// and, per single-byte page, runs of the characters it writes as bytes picked to stress the
// checker: valid sequences, truncated ones, the second-byte bounds of 0xE0, 0xF0 and 0xF4, CESU-8
// pairs and their prefixes (0xED 0xA0-0xAF ... 0xED 0xB0-0xBF ...), a lone surrogate
// (0xED 0xB0-0xBF), stray continuations, with U+FFFD, '?', spaces, ASCII letters, a character
// the page lacks and an astral one beside them; any span, limit, lossy or not, one or all.

const encoders = DEFAULT_PAGES.map((p) => encoderFor(p));
const single = encoders.filter((e) => e.flat !== undefined);

/** Per single-byte page, a character it writes as each byte (undefined where it has none). */
const charOf = new Map<PageEncoder, (string | undefined)[]>(
  single.map((e) => {
    const chars: (string | undefined)[] = new Array(256);
    const flat = e.flat as Int16Array;
    for (let cp = 0; cp < 0x10000; cp++) {
      const b = flat[cp] as number;
      if (b >= 0 && chars[b] === undefined) chars[b] = String.fromCharCode(cp);
    }
    return [e, chars] as const;
  }),
);

const cont = fc.integer({ min: 0x80, max: 0xbf });
const anyByte = fc.integer({ min: 0x80, max: 0xff });
/** Byte strings of UTF-8 and near-UTF-8, whole or cut short. */
const piece = fc.oneof(
  fc.tuple(fc.integer({ min: 0xc2, max: 0xdf }), cont),
  fc.tuple(fc.integer({ min: 0xe0, max: 0xef }), anyByte, cont),
  fc.tuple(fc.constantFrom(0xe0, 0xf0, 0xf4), anyByte, cont, cont),
  // The bounds of each lead's second byte, on both sides.
  fc.tuple(
    fc.constantFrom(0xe0, 0xed, 0xf0, 0xf4),
    fc.constantFrom(0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xaf, 0xb0, 0xbf),
    cont,
    cont,
  ),
  fc.tuple(fc.integer({ min: 0xf0, max: 0xf4 }), cont, cont, cont),
  fc.tuple(fc.constant(0xed), fc.integer({ min: 0xa0, max: 0xaf }), cont, fc.constant(0xed)),
  fc.tuple(fc.integer({ min: 0xb0, max: 0xbf }), cont),
  fc.tuple(fc.constant(0xed), fc.integer({ min: 0x80, max: 0xbf }), cont),
  fc.tuple(anyByte),
  fc.tuple(fc.integer({ min: 0xc0, max: 0xff })),
);
const extra = fc.constantFrom('\ufffd', '?', ' ', '  ', 'a', 'Z', '1', '中', '😀', '\u0081');

/** A text of a single-byte page's characters for the pieces' bytes, with extras among them. */
const pageText = fc
  .tuple(
    fc.constantFrom(...single),
    fc.array(
      fc.oneof(
        piece.map((p) => [...p] as (number | string)[]),
        extra.map((x) => [x]),
      ),
      {
        minLength: 1,
        maxLength: 14,
      },
    ),
  )
  .map(([page, parts]) => {
    const chars = charOf.get(page) as (string | undefined)[];
    let t = '';
    for (const part of parts)
      for (const x of part) t += typeof x === 'string' ? x : (chars[x] ?? '\u00e9');
    return t;
  });

const PAGES: CodePage[] = ['windows-1252', 'windows-1251', 'gbk', 'iso-8859-15', 'macintosh'];
const text = fc.oneof(
  pageText,
  pageText,
  brokenText(LINE_WORDS, PAGES, { maxWords: 4, minLayers: 1 }),
  brokenText(['的訂單已於今天出貨', 'ありがとう', 'Größe à', 'задержка'], PAGES, {
    maxWords: 3,
    minLayers: 2,
  }),
);

describe('findGroups', () => {
  test.prop(
    [
      text,
      fc.nat(),
      fc.nat(),
      fc.nat(3),
      fc.boolean(),
      fc.constantFrom(undefined, true, false),
      fc.constantFrom(undefined, true),
    ],
    { numRuns: 600 },
  )(
    'finds what findGroupsOracle finds, in every page',
    (t, a, b, extraLimit, lossy, lossyGiven, one) => {
      const cps = toCps(t);
      const n = cps.length;
      const from = a % (n + 1);
      const to = from + (b % (n - from + 1));
      const limit = Math.min(n, to + extraLimit);
      const options = {
        limit,
        ...(lossyGiven === undefined ? {} : { lossy: lossy && lossyGiven }),
        ...(one === undefined ? {} : { one }),
      };
      for (const page of encoders)
        expect(
          findGroups(cps, from, to, page, options),
          `${page.page} ${JSON.stringify(t)}`,
        ).toEqual(findGroupsOracle(cps, from, to, page, options));
    },
  );

  test('reads a CESU-8 pair, a lone surrogate and a cut pair as the oracle does', () => {
    const page = encoderFor('windows-1252');
    const chars = charOf.get(page) as (string | undefined)[];
    const of = (bytes: number[]) => bytes.map((x) => chars[x] ?? '').join('');
    // U+1F600 as CESU-8: ED A0 BD ED B8 80; a lone low surrogate ED B8 80; the pair cut short.
    for (const bytes of [
      [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80],
      [0x41, 0xed, 0xb8, 0x80, 0xc3, 0xa9],
      [0xed, 0xa0, 0xbd, 0xed, 0xc3, 0xa9],
      [0xed, 0xa0, 0xbd, 0xc3, 0xa9],
    ]) {
      const cps = toCps(`${of(bytes)} a`);
      for (const lossy of [false, true]) {
        const options = { limit: cps.length, lossy };
        expect(findGroups(cps, 0, bytes.length, page, options)).toEqual(
          findGroupsOracle(cps, 0, bytes.length, page, options),
        );
      }
    }
    const pair = toCps(of([0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80]));
    expect(findGroups(pair, 0, 6, page)[0]?.decoded).toBe('😀');
  });
});
