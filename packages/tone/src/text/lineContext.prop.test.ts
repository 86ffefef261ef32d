import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { brokenText, LINE_WORDS } from '../../test/text/arbitraries.js';
import { type CodePage, DEFAULT_PAGES, encoderFor } from './codePages.js';
import { type EngineOptions, type MemoEntry, type PageReading, readString } from './engine.js';
import { readRun } from './readRun.js';
import { toCps } from './runParts.js';

// The memo keys a run on its context up to a line break (engine.ts's memoRun), which holds only if
// nothing past the break changes its reading: the cost model stops at an ASCII non-letter, and an
// inner layer's context stops at the break (runParts.ts's ctxOf; before, a neighbouring line's
// character could vote in the inner text, though no case was found). The first property held of
// the reader before the key changed; the second says what the key buys: a line met again beside
// other lines is not read again (before, its edge runs were read once per neighbour).

const options: EngineOptions = {
  encoders: DEFAULT_PAGES.map((p) => encoderFor(p)),
  maxChain: 3,
  minGain: 3,
  preferCommon: true,
};
const PAGES: CodePage[] = ['windows-1252', 'gbk', 'windows-1251', 'shift_jis', 'euc-kr'];
const broken = brokenText(LINE_WORDS, PAGES, { maxWords: 2, minLayers: 1 });
// What a neighbouring line may end or start with: mojibake, a CJK character, ASCII, nothing.
const edge = fc.oneof(
  broken,
  fc.constantFrom('', '.', '。', '‚', 'ã€‚', '感', 'お', 'С', 'Ã', 'â€'),
  fc.integer({ min: 0x80, max: 0x9fff }).map((c) => String.fromCharCode(c)),
);

const show = (rs: readonly PageReading[]) =>
  rs.map((r) => ({ page: r.page.page, gain: r.gain, proposals: r.proposals }));

describe('a run beside a line break', () => {
  test.prop([broken, edge, edge, edge, edge, fc.constantFrom('\n', '\r\n')], { numRuns: 200 })(
    'reads the same whatever the lines around it hold',
    (line, before1, after1, before2, after2, br) => {
      const readings = (before: string, after: string) => {
        const cps = toCps(before + br + line + br + after);
        const start = before.length + br.length;
        const out: ReturnType<typeof show>[] = [];
        // The line's first and last runs: the ones whose context reaches the breaks.
        let s = start;
        while (s < start + line.length) {
          if ((cps[s] ?? 0) < 0x80) {
            s++;
            continue;
          }
          let e = s;
          while (e < start + line.length && (cps[e] ?? 0) >= 0x80) e++;
          out.push(show(readRun(cps, s, e, options, 0)));
          s = e;
        }
        return out;
      };
      expect(readings(before2, after2)).toEqual(readings(before1, after1));
    },
  );
});

describe('a line met again beside other lines', () => {
  // The bench's shapes: a message mis-decoded twice, whole (a CJK message is one run), between
  // neighbours that end and start in mojibake. Example-based: some generated lines read a few
  // runs more the second time (U+FFFD and halfwidth forms of lossy pages), which this leaves aside.
  const LINES = [
    'ÃŽÂ£ÃŽÂ±Ãâ€š ÃŽÂµÃâ€¦Ãâ€¡ÃŽÂ±ÃÂÃŽÂ¹ÃÆ’Ãâ€žÃŽÂ¿ÃÂÃŽÂ¼ÃŽÂµ',
    'æ„Ÿè°¢æ‚¨çš„è€å¿ƒç­‰å¾…ï¼Œæ‚¨çš„è®¢å•å·²äºŽä»Šå¤©å‘è´§ã€‚',
    'Î£Î±Ï‚ ÎµÏ…Ï‡Î±ÏÎ¹ÏƒÏ„Î¿ÏÎ¼Îµ',
  ];
  test.each(LINES)('is read once: %s', (line) => {
    const steps = (memo: Map<string, MemoEntry>, text: string) => {
      const counter = { steps: 0 };
      readString(text, { ...options, memo, counter }, 0);
      return counter.steps;
    };
    const memo = new Map<string, MemoEntry>();
    steps(memo, `ã€‚\n${line}\nÃ©`);
    // Beside other neighbours, only the neighbours are new.
    expect(steps(memo, `Ã¼\n${line}\nÐ¿`)).toBe(steps(new Map(), 'Ã¼\nÐ¿'));
  });
});

// The same holds past a space before a run (runParts.ts readFrom): the word before the space is
// no part of the run's reading, so the memo keys the run on the space alone and a stream's words
// met again after other words are not read again. A run starting with a box character is the
// exception (cp437's line-art rule looks at the word before it) and keeps its two characters.
describe('a run after a space', () => {
  const isBox = (cp: number | undefined) => cp !== undefined && cp >= 0x2500 && cp < 0x25a0;
  test.prop([broken, edge, edge, fc.constantFrom('', ' ', '.', 'x', 'Ã', '感')], { numRuns: 200 })(
    'reads the same whatever word stands before the space',
    (line, word1, word2, after) => {
      const readings = (word: string) => {
        const cps = toCps(`${word} ${line}${after}`);
        let s = toCps(word).length + 1;
        while (s < cps.length && (cps[s] ?? 0) < 0x80) s++;
        // Only a run right after the space is in question.
        if (s !== toCps(word).length + 1 || isBox(cps[s])) return undefined;
        let e = s;
        while (e < cps.length && (cps[e] ?? 0) >= 0x80) e++;
        return show(readRun(cps, s, e, options, 0));
      };
      expect(readings(word2)).toEqual(readings(word1));
    },
  );
});

// What the keys above promise, whole: a text reads the same after any other texts filled the memo
// as with a fresh one. The words after an "Ã " are the hard part: its reading looks five characters
// past the space (engine.ts farKey); a key of two let "Ã s 10h" decide "Ã s'Ã©loigner".
describe('a text read after others', () => {
  // "à" with its 0xA0 turned into a space, between words that end alike and words after it that
  // glue to it or not.
  const a = fc
    .tuple(
      fc.constantFrom('signe', 'Chegue', 'bÃ', 'x'),
      fc.constantFrom("s'Ã©t", 's 10h', 'son', 'quele', 'ng', 'i', 's', 'chÃ©'),
    )
    .map(([w, next]) => `${w} Ã ${next}`);
  const word = fc.oneof(broken, a);
  const text = fc.array(word, { minLength: 1, maxLength: 5 }).map((ws) => ws.join(' '));
  test.prop([fc.array(text, { minLength: 1, maxLength: 4 }), text], { numRuns: 150 })(
    'reads as it does with a fresh memo',
    (before, last) => {
      const memo = new Map<string, MemoEntry>();
      for (const t of before) readString(t, { ...options, memo }, 0);
      expect(readString(last, { ...options, memo }, 0).proposals).toEqual(
        readString(last, { ...options, memo: new Map() }, 0).proposals,
      );
    },
  );
});
