import { fc, test } from '@fast-check/vitest';
import { describe, expect, vi } from 'vitest';
import { SENTENCES } from '../../test/text/sentences.js';
import { CODE_PAGES, DEFAULT_PAGES, encoderFor } from './codePages.js';
import type { MemoEntry } from './engine.js';
import { mojibake } from './mojibake.js';
import { proofTally, textReadsNothing } from './quietRun.js';
import { repairText } from './repairText.js';
import { toCps } from './runParts.js';
import { mayReadSloppy } from './sloppyScan.js';

// The fast path against the oracle: repairText with its fast path switched off (the mock below
// answers "maybe mojibake" for every text, so every call runs the whole engine and every pass).
// Whenever the real scan says a text cannot hold mojibake, the whole engine must agree: the text
// comes back unchanged, with no repair, not even an unapplied one.
vi.mock('./cleanScan.js', () => ({ cannotHoldMojibake: () => false }));
const { cannotHoldMojibake } =
  await vi.importActual<typeof import('./cleanScan.js')>('./cleanScan.js');

const encoders = DEFAULT_PAGES.map((p) => encoderFor(p));
/** The engine's options as repairText makes them by default (its memo aside). */
const options = { encoders, maxChain: 3, minGain: 3, preferCommon: true };
const words = [
  'Dziękujemy',
  'Größe',
  'été à',
  'où',
  'Спасибо за',
  'ευχαριστούμε',
  'υπομονή σας',
  '感谢您的订单',
  'ありがとう',
  '감사합니다',
  'Tiếng Việt',
  'Yaşadığınız',
  'كتابها را',
  'שלום',
  '╨┐╤Ç ├┤a',
  '√π ≈ 3',
  '€ 12,50',
  '😀 ok',
  'Ørsted',
  'Đặng',
];
// Fragments of broken text: mojibake of a word through any page (once or twice), and the shapes
// the sloppy Windows-1252 reading looks for (a space or '?' where a byte was lost).
// Clean words of every language of the corpus, and clean CJK (one long run the masks let through).
const sentenceWords = Object.values(SENTENCES)
  .flat()
  .flatMap((s) => s.split(' '));
const cjk = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0x4e00, max: 0x9fff }),
      fc.integer({ min: 0x3040, max: 0x30ff }),
      fc.constantFrom(0x3002, 0x3001, 0xff0c),
    ),
    { minLength: 1, maxLength: 30 },
  )
  .map((a) => String.fromCharCode(...a));
const fragment = fc.oneof(
  fc.constantFrom(...words),
  fc.constantFrom(...sentenceWords),
  cjk,
  fc
    .tuple(fc.constantFrom(...words), fc.constantFrom(...CODE_PAGES))
    .map(([w, p]) => mojibake(w, p)),
  fc
    .tuple(
      fc.constantFrom(...words),
      fc.constantFrom(...CODE_PAGES),
      fc.constantFrom(...CODE_PAGES),
    )
    .map(([w, p, q]) => mojibake(mojibake(w, p), q)),
  fc.constantFrom('â €', 'Ã ', 'Â ', 'âš ', 'ï¸\ufffd', 'â€?', 'Ã?', 'Ð ', 'Ã  la', 'Ã©'),
  // Runs whose groups add up to the run while a group's reading loses ("ећ " through
  // Windows-1251 is "垠"; "Ëáã" through macOS Roman is "ÄÙ", which GBK reads as "ę"): the proof
  // looks at the layer under that group (quietRun.ts).
  fc.constantFrom('већ на', 'на је', 'Ëáã', 'a Ëáã ab', 'Г„В™', 'Ж’Гґ', 'жЖ’Гґ ab'),
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.string({
    unit: fc.integer({ min: 0xa0, max: 0x2fff }).map((c) => String.fromCharCode(c)),
    maxLength: 3,
  }),
);
const text = fc
  .tuple(fc.array(fragment, { maxLength: 8 }), fc.constantFrom(' ', '', '?', '\n', ' ? '))
  .map(([parts, gap]) => parts.join(gap));

// Texts with characters beyond the BMP among the fragments: the scan counts UTF-16 units, the
// proof code points, and a run proved as the scan passes it must be the same run.
const astral = fc.constantFrom('😀', '𠀋', '𝒜', '😀😀 ', ' 𠀋', '🇫🇷');
const withAstral = fc
  .tuple(fc.array(fc.oneof(fragment, astral), { maxLength: 10 }), fc.constantFrom(' ', '', '\n'))
  .map(([parts, gap]) => parts.join(gap));

// Runs longer than the engine reads whole (1,024 characters), which the proof cuts as it does:
// clean Chinese and Japanese sentences without their ASCII, with or without the mojibake of a
// word somewhere inside.
const withoutAscii = (t: string): string => [...t].filter((c) => c >= '\u0080').join('');
const cjkSentences = ['zh-Hans', 'zh-Hant', 'ja'].flatMap((lang) =>
  (SENTENCES[lang] ?? []).map(withoutAscii),
);
const longRun = fc
  .tuple(
    fc.array(fc.constantFrom(...cjkSentences), { minLength: 40, maxLength: 60 }),
    fc.option(
      fc
        .tuple(fc.constantFrom(...words), fc.constantFrom(...CODE_PAGES))
        .map(([w, p]) => withoutAscii(mojibake(w, p))),
    ),
    fc.nat(),
  )
  .map(([parts, broken, at]) => {
    if (broken !== null) parts.splice(at % (parts.length + 1), 0, broken);
    return parts.join('');
  });

// Texts with lost bytes: a GBK or other page's repair that lost a byte writes U+FFFD for it, beside
// letters of any script (a Georgian or Chinese word's last letter, a Latin "é"), and mojibake may
// stand around it still.
const lost = fc.oneof(
  fc.constant('\ufffd'),
  fc
    .tuple(fragment, fc.nat(), fc.constantFrom('\ufffd', '\ufffd\ufffd', '?\ufffd'))
    .map(([f, at, l]) => {
      const cut = f.length === 0 ? 0 : at % (f.length + 1);
      return f.slice(0, cut) + l + f.slice(cut);
    }),
  fc.constantFrom(
    'გაიგზავნ\ufffd.',
    'შეკვეთ\ufffd',
    '我们\ufffd',
    'จัด\ufffd',
    'é\ufffd',
    'Ã\ufffd',
    'ł\ufffd',
  ),
);
const lossy = fc
  .tuple(
    fc.array(fc.oneof(fragment, lost, lost), { minLength: 1, maxLength: 8 }),
    fc.constantFrom(' ', '', '\n', '. '),
  )
  .map(([parts, gap]) => parts.join(gap));

describe('cannotHoldMojibake (the fast path of repairText)', () => {
  test.prop([fc.oneof(text, withAstral, longRun), fc.constantFrom(1, 3)], { numRuns: 400 })(
    'answers what the sloppy scan and the proof of every run answer, whichever it asks first',
    (s, minGain) => {
      // Each run is proved as soon as the scan passes it (a broken text fails at its first): the
      // answer is still that of the whole scan, then every run.
      const o = { ...options, minGain };
      expect(cannotHoldMojibake(s, o)).toBe(!mayReadSloppy(s) && textReadsNothing(toCps(s), o));
    },
  );

  test.prop([text], { numRuns: 400 })(
    'says "clean" only when the whole engine changes nothing and reports nothing',
    (s) => {
      if (!cannotHoldMojibake(s, options)) return;
      expect(repairText(s)).toEqual({ text: s, changed: false, repairs: [], complete: true });
    },
  );

  test.prop([text, fc.constantFrom(1, 2, 5)], { numRuns: 200 })(
    'says "clean" at a minimum gain only when the engine, at that gain, changes and reports nothing',
    (s, minGain) => {
      if (!cannotHoldMojibake(s, { ...options, minGain })) return;
      expect(repairText(s, { minGain })).toEqual({
        text: s,
        changed: false,
        repairs: [],
        complete: true,
      });
    },
  );

  test.prop(
    [
      text,
      fc.constantFrom(1, 3, 10),
      fc.integer({ min: 1, max: 3 }),
      fc.constantFrom('common-page', 'leave') as fc.Arbitrary<'common-page' | 'leave'>,
    ],
    { numRuns: 200 },
  )(
    'says "clean" at a longest chain and tie rule only when the engine, with them, changes and reports nothing',
    (s, minGain, maxChain, onTie) => {
      if (!cannotHoldMojibake(s, { encoders, minGain, maxChain, preferCommon: onTie !== 'leave' }))
        return;
      expect(repairText(s, { minGain, maxChain, onTie })).toEqual({
        text: s,
        changed: false,
        repairs: [],
        complete: true,
      });
    },
  );

  test.prop([lossy, fc.constantFrom(1, 3)], { numRuns: 400 })(
    'says "clean" of a pass\'s output (lost bytes allowed) only when the whole engine changes nothing and reports nothing',
    (s, minGain) => {
      // A U+FFFD that no page's open lead stands before is read by no page and ends no Windows-1252
      // sequence (repairText asks so about a pass's output, where a lossy repair wrote one).
      if (!cannotHoldMojibake(s, { ...options, minGain }, true)) return;
      expect(repairText(s, { minGain })).toEqual({
        text: s,
        changed: false,
        repairs: [],
        complete: true,
      });
    },
  );

  // Runs the DOS page draws that read as words only glued to Latin letters ("K├╢ln"): quiet alone.
  const boxes = fc.constantFrom('├╢', '┼╝', '├│┼║', '┬┐', ' ├╝ ');
  test.prop(
    [fc.array(fc.oneof(text, lossy, boxes), { minLength: 1, maxLength: 4 }), fc.constantFrom(1, 3)],
    {
      numRuns: 200,
    },
  )(
    'says "clean" of a pass\'s output only when the engine changes nothing, with runs proved before remembered',
    (texts, minGain) => {
      // The runs proved quiet in one text are remembered by their reading's characters (the memo's
      // key): the texts, then their runs in other surroundings.
      const memo = new Map<string, MemoEntry>();
      const o = { ...options, minGain, memo };
      for (const t of texts) cannotHoldMojibake(t, o, true);
      const more = [texts.join(' '), texts.join(''), texts.join('\n'), `${texts.join(' ')}a`];
      const around = texts.flatMap((t) => [`K${t}ln`, `${t} a`, `a ${t}`, `${t}?`, `${t} ${t}`]);
      for (const t of [...texts, ...more, ...around]) {
        if (!cannotHoldMojibake(t, o, true)) continue;
        expect(repairText(t, { minGain })).toEqual({
          text: t,
          changed: false,
          repairs: [],
          complete: true,
        });
      }
    },
  );

  // Runs met again with the same memo key but other characters further on: after "Ă " (0xC3 and
  // a lost 0xA0 through Windows-1250, "à"), whether the space was also the word gap depends on up
  // to five characters past it (runParts.ts gluesToA), which the key does not hold.
  const farther = fc.constantFrom(
    ...[' s', ' s1', ' quele', ' qu x', ' nh', ' nhx', '\nab', ' ab cd', 'ln', 'ln x', '?', ' ├'],
  );
  const aShapes = fc.constantFrom('ÃĂ', 'ыĂ', 'ééĂ', '中Ă', 'Ă');
  test.prop(
    [
      fc.array(fc.oneof(text, lossy, boxes, aShapes), { minLength: 1, maxLength: 4 }),
      fc.array(farther, { minLength: 1, maxLength: 3 }),
      fc.constantFrom(1, 3, 10),
      fc.constantFrom(DEFAULT_PAGES, ['windows-1250', 'gbk'] as const),
    ],
    { numRuns: 200 },
  )(
    "answers of a pass's output, with runs proved before remembered, what the proof answers afresh",
    (texts, tails, minGain, pages) => {
      // The runs proved quiet are kept by the engine's memo key (two characters after the run, up
      // to a line break): a run met again behind the same characters is not proved again. What
      // the proof read beyond them (quietRun.ts proofTally) is not kept.
      const fresh = { encoders: pages.map((p) => encoderFor(p)), maxChain: 3, minGain };
      const o = { ...fresh, preferCommon: true, memo: new Map<string, MemoEntry>() };
      const all = [
        ...texts,
        ...texts.flatMap((t) => tails.flatMap((tail) => [`${t}${tail}`, `K${t}${tail}`])),
      ];
      for (const t of [...all, ...all.reverse()])
        expect(cannotHoldMojibake(t, o, true)).toBe(
          cannotHoldMojibake(t, { ...fresh, preferCommon: true }, true),
        );
    },
  );

  test('marks a proof that read past the memo key, which the remembered runs do not keep', () => {
    // "Ă " through Windows-1250 is "à": its reading looks at the word after the space (gluesToA).
    const o = {
      encoders: [encoderFor('windows-1250')],
      maxChain: 3,
      minGain: 3,
      preferCommon: true,
    };
    proofTally.far = false;
    cannotHoldMojibake('ab ÃĂ s', o, true);
    expect(proofTally.far).toBe(true);
    proofTally.far = false;
    cannotHoldMojibake('ab Ãé s', o, true);
    expect(proofTally.far).toBe(false);
  });

  test.prop([fc.oneof(text, withAstral)])(
    'says "clean" of a pass\'s output wherever it says so of a text (it only proves more)',
    (s) => {
      if (cannotHoldMojibake(s, options)) expect(cannotHoldMojibake(s, options, true)).toBe(true);
    },
  );

  test.prop([fc.constantFrom(...words), fc.constantFrom(...DEFAULT_PAGES)], { numRuns: 200 })(
    'never passes a word mojibake made that the engine repairs',
    (w, page) => {
      const broken = mojibake(w, page);
      const slow = repairText(broken);
      if (slow.repairs.length > 0) expect(cannotHoldMojibake(broken, options)).toBe(false);
    },
  );

  test.prop([fc.constantFrom(...words)])('lets clean Latin-script words through', (w) => {
    // Not every clean word (a Russian word ending before a space may be KOI8-R for something),
    // but the plain Latin ones of this list, so that the fast path is taken at all.
    if (/^[\p{Script=Latin}\s]+$/u.test(w) && !w.includes('à'))
      expect(cannotHoldMojibake(w, options)).toBe(true);
  });

  test('proves a run longer than the engine reads whole to its first and last characters', () => {
    // "é" through KOI8-R ("ц╘") at either end of 1,100 characters of clean Chinese and
    // Japanese: the scan lets it through (no Windows-1252 lead), the proof's last piece must see it.
    const all = cjkSentences.join('');
    const long = all.repeat(Math.ceil(1100 / all.length));
    const broken = mojibake('é', 'koi8-r');
    expect(cannotHoldMojibake(long, options)).toBe(true);
    expect(cannotHoldMojibake(long + broken, options)).toBe(false);
    expect(cannotHoldMojibake(broken + long, options)).toBe(false);
  });

  test('proves the output of text that lost bytes through GBK as the engine reads it', () => {
    // Sentences mis-decoded through GBK lose bytes (a UTF-8 sequence split where GBK has no
    // character reads as U+FFFD). Their repair keeps the U+FFFD after a letter whose bytes open a
    // sequence in some page (Korean "입금됩니�.", Japanese "申し上げます�"): the masks let that run
    // through, and the proof, which refused every run holding a lost byte, left each such output
    // to a second pass that read it whole and changed nothing (0.31 passes a message on the
    // never-seen stream's GBK text that lost bytes, none of which changed anything).
    let outputs = 0;
    for (const s of Object.values(SENTENCES).flat()) {
      const broken = mojibake(s, 'gbk');
      if (!broken.includes('\ufffd')) continue;
      const out = repairText(broken).text;
      if (!out.includes('\ufffd')) continue;
      outputs++;
      expect(cannotHoldMojibake(out, options, true)).toBe(true);
      expect(repairText(out)).toEqual({ text: out, changed: false, repairs: [], complete: true });
    }
    expect(outputs).toBeGreaterThanOrEqual(15);
  });

  test('lets clean sentences in Chinese, Japanese, Korean and Greek through', () => {
    // Their runs pass the page masks (a CJK character is two bytes, often a lead and a
    // continuation), but no page reads any of them: proved run by run (quietRun.ts).
    for (const lang of ['zh-Hans', 'zh-Hant', 'ja', 'ko', 'el'])
      for (const s of SENTENCES[lang] ?? []) expect(cannotHoldMojibake(s, options)).toBe(true);
  });
});
