import iconv from 'iconv-lite';

// Which Han characters and Hangul syllables count as "common": the ones the national standards
// put in their frequently-used levels, read out of iconv-lite's own tables so that no list is
// copied here. Mojibake from UTF-8 bytes lands mostly outside these levels.
//   - GB 2312-80 level 1 (rows 16-55, 3,755 hanzi "commonly used"), GBK bytes B0A1-D7FE;
//   - JIS X 0208 level 1 kanji (2,965), Shift-JIS bytes 889F-9872;
//   - Big5 "frequently used" hanzi (5,401), bytes A440-C67E;
//   - KS X 1001 Hangul (2,350 syllables), EUC-KR bytes B0A1-C8FE.

let han: Set<number> | undefined;
let hangul: Set<number> | undefined;

function collect(page: string, leads: [number, number], trails: [number, number][]): Set<number> {
  const bytes: number[] = [];
  for (let l = leads[0]; l <= leads[1]; l++) {
    for (const [t0, t1] of trails) for (let t = t0; t <= t1; t++) bytes.push(l, t);
  }
  const set = new Set<number>();
  for (const ch of iconv.decode(Buffer.from(bytes), page)) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp !== 0xfffd) set.add(cp);
  }
  return set;
}

/** True when `cp` is a Han character in a national standard's frequently-used level. */
export function isCommonHan(cp: number): boolean {
  if (!han) {
    han = collect('gbk', [0xb0, 0xd7], [[0xa1, 0xfe]]);
    for (const cp of collect(
      'shift_jis',
      [0x88, 0x98],
      [
        [0x40, 0x7e],
        [0x80, 0xfc],
      ],
    )) {
      if (cp >= 0x4e00 && cp <= 0x9fff) han.add(cp);
    }
    for (const cp of collect(
      'big5',
      [0xa4, 0xc6],
      [
        [0x40, 0x7e],
        [0xa1, 0xfe],
      ],
    )) {
      if (cp >= 0x4e00 && cp <= 0x9fff) han.add(cp);
    }
  }
  return han.has(cp);
}

/** True when `cp` is one of the 2,350 Hangul syllables of KS X 1001. */
export function isCommonHangul(cp: number): boolean {
  if (!hangul) hangul = collect('euc-kr', [0xb0, 0xc8], [[0xa1, 0xfe]]);
  return hangul.has(cp);
}
