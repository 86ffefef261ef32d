import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { brokenText } from '../../test/text/arbitraries.js';
import { type CodePage, DEFAULT_PAGES, encoderFor } from './codePages.js';
import { type Proposal, readString } from './engine.js';
import { mojibake } from './mojibake.js';
import { repairText } from './repairText.js';
import { withSecondPass } from './secondPass.js';
import { sloppyPiecesOracle } from './sloppyPiecesOracle.js';
import { sloppyPieces, withSloppyStretches } from './sloppyStretch.js';

// Words of Portuguese and French messages, and symbols whose UTF-8 holds the byte 0xA0 (⚠ ⠀)
// (Š C5 A0, Р D0 A0, Π CE A0) or bytes Windows-1252 leaves undefined (🎁 F0 9F 8E 81): mis-decoded as Windows-1252 by a
// program that then wrote every NBSP as a plain space, they must come back whole.
const WORDS = ['Atenção', 'preço', 'válido', 'até', 'comentários', 'Boa', 'sorte', 'été', 'reçu'];
const SYMBOLS = ['⚠', '⠀', '😀', '🎁', '—', 'Škoda', 'Рим', 'Πάτρα'];
const sentence = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...SYMBOLS)), {
    minLength: 3,
    maxLength: 9,
  })
  .map((words) => words.join(' '));

describe('withSloppyStretches', () => {
  test.prop([sentence], { numRuns: 150 })(
    'Windows-1252 mojibake whose 0xA0 became a space round-trips',
    (text) => {
      const broken = mojibake(text, 'windows-1252').replaceAll('\u00a0', ' ');
      // "⠀" alone reads "â €", which saves no cost: it needs another repair beside it to vote.
      // "Škoda" alone reads "Å koda", which the lone-space guard leaves as it is on purpose ("Å"
      // is a Nordic word and letter too): it also needs another repair beside it.
      fc.pre([...text].some((c) => c > '\u007f' && c !== '\u2800' && c !== 'Š'));
      expect(repairText(broken).text).toBe(text);
    },
  );

  test.prop([fc.string({ unit: 'binary', maxLength: 40 })], { numRuns: 300 })(
    'its proposals are ordered, inside the text, and change what they cover',
    (s) => {
      const cps = Array.from(s, (c) => c.codePointAt(0) ?? 0);
      let at = 0;
      for (const p of withSloppyStretches(cps, [], { minGain: 3, maxChain: 3 })) {
        expect(p.start).toBeGreaterThanOrEqual(at);
        expect(p.end).toBeLessThanOrEqual(cps.length);
        expect(p.after).not.toBe(String.fromCodePoint(...cps.slice(p.start, p.end)));
        at = p.end;
      }
    },
  );
});

// Pieces that cannot hold a reading are skipped (no complete sequence; or two or three bytes, none
// restored, none lost: one character, no layer more); a counted call reads them all.
// Texts: Windows-1252 mojibake of the words above, once or twice, its NBSPs typed as spaces, with
// a byte lost here and there, between mojibake-looking characters.
const MOJIBAKE = Array.from('ÃÂâ€œ™Ð Ñ‚Ã©Ã¨Å’¢£©®°±²³´µ¶·¸¹º»¼½¾¿ÀÁÈÉ  ??\ufffd\u0081\u0093');
const piece = fc.oneof(
  fc.constantFrom(...MOJIBAKE),
  fc.tuple(sentence, fc.boolean(), fc.nat(40)).map(([text, twice, lose]) => {
    let broken = mojibake(text, 'windows-1252');
    if (twice) broken = mojibake(broken, 'windows-1252');
    broken = broken.replaceAll('\u00a0', ' ');
    // A byte lost upstream: one character read as U+FFFD.
    return lose < broken.length && lose % 3 === 0
      ? `${broken.slice(0, lose)}\ufffd${broken.slice(lose + 1)}`
      : broken;
  }),
);
describe('withSloppyStretches, skipped pieces', () => {
  test.prop([fc.array(piece, { maxLength: 6 })], { numRuns: 300 })(
    'reads as reading every piece does',
    (pieces) => {
      const cps = Array.from(pieces.join(''), (c) => c.codePointAt(0) ?? 0);
      const options = { minGain: 3, maxChain: 3 };
      expect(withSloppyStretches(cps, [], options)).toEqual(
        withSloppyStretches(cps, [], { ...options, counter: { steps: 0 } }),
      );
    },
  );
});

// Once the engine says Windows-1252, the pieces of a long stretch (over 256 characters) that it
// reads the same way are dropped as they are read, never kept or costed; a counted call keeps them
// to the sweep, which drops them there. Texts: a Windows-1252 message (the engine's vote) and a
// long stretch of mojibake of non-ASCII words and symbols, once or twice, among mojibake-looking
// characters, spaces and '?'.
const encoders = DEFAULT_PAGES.map(encoderFor);
const NON_ASCII = ['é', 'ção', 'ü', '⚠', '⠀', '😀', '🎁', '—', 'Рим', 'Πάτρα', '€', 'ő'];
const stretchPart = fc.tuple(
  fc.oneof(
    fc.constantFrom(...MOJIBAKE.filter((c) => c > '\u007f')),
    fc.tuple(fc.constantFrom(...NON_ASCII), fc.boolean()).map(([word, twice]) => {
      const once = mojibake(word, 'windows-1252');
      return (twice ? mojibake(once, 'windows-1252') : once).replaceAll('\u00a0', ' ');
    }),
  ),
  fc.constantFrom('', '', ' ', '?'),
);
describe('withSloppyStretches, long stretches the engine reads', () => {
  test.prop([fc.array(stretchPart, { minLength: 1, maxLength: 10 }), fc.boolean()], {
    numRuns: 60,
  })('reads as keeping every piece to the sweep does', (parts, vote) => {
    const stretch = parts.map(([p, gap]) => p + gap).join('');
    const text = `${vote ? mojibake('Atenção, preço válido até amanhã. ', 'windows-1252') : ''}${stretch.repeat(Math.ceil(300 / stretch.length))}`;
    const options = () => ({
      encoders,
      maxChain: 3,
      minGain: 3,
      preferCommon: true,
      budget: { left: 1e9 },
    });
    const first = readString(text, options(), 0);
    const second = withSecondPass(first.cps, first.proposals, options());
    expect(withSloppyStretches(first.cps, second, options())).toEqual(
      withSloppyStretches(first.cps, second, { ...options(), counter: { steps: 0 } }),
    );
  });
});

// A stretch that cannot hold a complete sequence (sloppyScan.ts's maySloppyIn: most stretches of a
// long text) is charged its length and not read; a counted call reads every stretch. Texts: lines
// of words mis-decoded through up to two pages, of raw lead and continuation characters with
// spaces and '?', joined by line breaks; a budget that may run out on the way.
const LINE_WORDS = [
  'Atenção',
  'preço válido',
  'Größe',
  'Спасибо',
  'Σας',
  '感谢您',
  'ありがとう',
  '감사합니다',
  'Chúng tôi xin lỗi',
  'Yaşadığınız',
  '⚠ ok',
  '⠀',
  '🎁 “quoted” — ok',
];
const LINE_PAGES: CodePage[] = ['windows-1252', 'windows-1251', 'gbk', 'shift_jis', 'euc-kr'];
const line = fc.oneof(
  brokenText(LINE_WORDS, LINE_PAGES, { maxWords: 3, minLayers: 0 }),
  brokenText(LINE_WORDS, ['windows-1252'], { maxWords: 3, minLayers: 1 }).map((t) =>
    t.replaceAll('\u00a0', ' '),
  ),
  fc.array(fc.constantFrom(...MOJIBAKE, 'Σ', '感', 'x'), { maxLength: 12 }).map((a) => a.join('')),
  // "Ð im", "Å koda": a lead, then a space that was 0xA0, then ASCII.
  sentence.map((t) => mojibake(t, 'windows-1252').replaceAll('\u00a0', ' ')),
  // A byte lost on the way, one character read as U+FFFD ("鎰熻阿�"): a stretch it alone makes
  // suspect is charged and not read (sloppyScan.ts maySloppyIn's 1).
  fc
    .tuple(
      brokenText(LINE_WORDS, ['gbk', 'windows-1252'], { maxWords: 3, minLayers: 1 }),
      fc.nat(40),
    )
    .map(([t, at]) => {
      const cs = Array.from(t);
      cs[at % (cs.length + 1)] = '\ufffd';
      return cs.join('');
    }),
);
// The same lines repeated past MET_FROM characters: a stretch met again is found by its hash.
const repeated = fc.array(line, { minLength: 1, maxLength: 4 }).map((ls) => {
  const t = ls.join('\n');
  return Array(Math.ceil(4200 / (t.length + 1)))
    .fill(t)
    .join('\n');
});
describe('withSloppyStretches, stretches that cannot hold a sequence', () => {
  test.prop(
    [
      fc.oneof(
        {
          weight: 5,
          arbitrary: fc.array(line, { minLength: 1, maxLength: 6 }).map((ls) => ls.join('\n')),
        },
        { weight: 1, arbitrary: repeated },
      ),
      fc.option(fc.nat(120)),
    ],
    { numRuns: 300 },
  )('are charged as read and read as reading every stretch does', (text, left) => {
    const options = () => ({
      encoders,
      maxChain: 3,
      minGain: 3,
      preferCommon: true,
      ...(left === null ? {} : { budget: { left, short: false } }),
    });
    const first = readString(text, { ...options(), budget: { left: 1e9 } }, 0);
    const second = withSecondPass(first.cps, first.proposals, {
      ...options(),
      budget: { left: 1e9 },
    });
    const skipping = options();
    const reading = { ...options(), counter: { steps: 0 } };
    expect(withSloppyStretches(first.cps, second, skipping)).toEqual(
      withSloppyStretches(first.cps, second, reading),
    );
    expect(skipping.budget).toEqual(reading.budget);
  });
});

// readPiece leaves a reading uncosted where costs cannot change its text (the first layer, or the
// second or none) and the sweep costs only those the engine reads otherwise; a counted call costs
// every reading. Texts: words mis-decoded as Windows-1252 one to three times, the last time with
// its NBSPs typed as spaces or a byte lost (so that the first layer may need a step and have
// another under it), some of them mojibake-looking already ("Ã©" reads one layer deeper than it
// was broken; "Ã‰" between words is left a layer short: its costs say no reading), between
// spaces, '?' and ASCII. Proposals: the engine's, or one per word read down
// one to all of its layers, applied or not (the engine's text is each layer in turn); the longest
// chain 1 to 3.
const LAYERED = ['é', 'à', 'ção', 'Рим', '⚠', '⠀', '🎁', '—', '┒', 'Ã©', 'Ã‰', 'Ãœ', 'â€™', '€ ok'];
const layered = fc
  .tuple(
    fc.constantFrom(...LAYERED),
    fc.integer({ min: 1, max: 3 }),
    fc.nat(2),
    fc.boolean(),
    fc.constantFrom('', ' ', ' ', '?', ' x '),
    fc.nat(12),
  )
  .map(([word, times, down, applied, gap, lose]) => {
    const layers = [word];
    for (let i = 0; i < times; i++) layers.push(mojibake(layers[i] as string, 'windows-1252'));
    let text = (layers[times] as string).replaceAll('\u00a0', ' ');
    // A byte lost upstream: one character read as U+FFFD.
    if (lose < text.length && lose % 4 === 0)
      text = `${text.slice(0, lose)}\ufffd${text.slice(lose + 1)}`;
    const depth = Math.min(down + 1, times);
    return { text, after: layers[times - depth] as string, depth, applied, gap };
  });
describe('withSloppyStretches, readings left uncosted', () => {
  test.prop(
    [fc.array(layered, { minLength: 1, maxLength: 6 }), fc.boolean(), fc.constantFrom(1, 2, 3, 3)],
    {
      numRuns: 300,
    },
  )('read as costing every reading does', (words, ownEngine, maxChain) => {
    const text = words.map((w) => w.text + w.gap).join('');
    const options = () => ({
      encoders,
      maxChain,
      minGain: 3,
      preferCommon: true,
      budget: { left: 1e9 },
    });
    let cps: number[];
    let proposals: Proposal[];
    if (ownEngine) {
      const first = readString(text, options(), 0);
      cps = first.cps;
      proposals = [...withSecondPass(cps, first.proposals, options())];
    } else {
      cps = Array.from(text, (c) => c.codePointAt(0) ?? 0);
      proposals = [];
      let at = 0;
      for (const w of words) {
        const end = at + Array.from(w.text).length;
        const chain = Array.from({ length: w.depth }, () => 'windows-1252');
        proposals.push({ start: at, end, after: w.after, chain, gain: 5, applied: w.applied });
        at = end + Array.from(w.gap).length;
      }
    }
    const costed = withSloppyStretches(cps, proposals, { ...options(), counter: { steps: 0 } });
    // Twice: the second call meets the first one's readings in the memo, costed or not.
    expect(withSloppyStretches(cps, proposals, options())).toEqual(costed);
    expect(withSloppyStretches(cps, proposals, options())).toEqual(costed);
  });
});

// piecesOf asks a character's byte again only where it wrote 0 (a character the page lacks, or
// NUL), held to the reading that asked it at every character (sloppyPiecesOracle.ts) on stretches
// of mojibake characters, spaces, '?', U+FFFD, NUL and characters Windows-1252 lacks.
describe('sloppyPieces', () => {
  const unit = fc.constantFrom(
    ...Array.from('ÃƒÂ©â€žÅ¾Ã¦Ã¨Ã Â ', (c) => c.codePointAt(0) as number),
    0x20,
    0x3f,
    0xfffd,
    0,
    0x416,
    0x4e00,
    0x1f600,
    0x61,
    0x81,
  );
  test.prop([fc.array(unit, { maxLength: 40 }), fc.nat(3)], { numRuns: 1000 })(
    'splits and restores as asking every byte again does',
    (cps, cut) => {
      const start = Math.min(cut, cps.length);
      expect(sloppyPieces(cps, start, cps.length)).toEqual(
        sloppyPiecesOracle(cps, start, cps.length),
      );
    },
  );
});
