import { fc, test } from '@fast-check/vitest';
import iconv from 'iconv-lite';
import { describe, expect } from 'vitest';
import { standardFit } from './cjkStandards.js';
import { DEFAULT_PAGES, encoderFor } from './codePages.js';
import type { MemoEntry } from './engine.js';
import { mojibake } from './mojibake.js';
import { SIMPLIFIED_ONLY, scriptsRepaired, wholeOwnScript } from './ownScript.js';
import { scriptsRepairedOracle } from './ownScriptOracle.js';
import { repairText } from './repairText.js';

// Armenian through GBK (ownScript.ts): a message comes back whole or not at all. Its long words,
// whose rare Han outweigh their letters, were repaired and its short words left as common Han:
// half a message in two scripts, which a reader can neither read nor search.

const LOWER = [...'աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆև'];
const word = fc
  .tuple(fc.boolean(), fc.array(fc.constantFrom(...LOWER), { minLength: 1, maxLength: 14 }))
  .map(
    ([capital, a]) => (capital ? (a[0] ?? '').toUpperCase() : (a[0] ?? '')) + a.slice(1).join(''),
  );
const message = fc
  .tuple(
    fc.array(word, { minLength: 1, maxLength: 12 }),
    fc.array(fc.constantFrom(' ', ', ', ' ', '։ '), { minLength: 12, maxLength: 12 }),
  )
  .map(([words, gaps]) => words.map((w, k) => (k === 0 ? w : `${gaps[k] ?? ' '}${w}`)).join(''));

describe('Armenian through GBK', () => {
  test.prop([message, fc.constantFrom('gbk', 'gb18030')], { numRuns: 150 })(
    'comes back whole or stays as it was',
    (text, page) => {
      const r = repairText(mojibake(text, page));
      if (r.changed) expect(r.text).toBe(text);
    },
  );

  // Letters GBK writes with its additions outside GB 2312 (UTF-8 D5 80-A0, D6 80-8A): the
  // capitals from "Հ", the signs, and "ր ց ւ փ ք օ ֆ և ։" (wholeOwnScript's evidence).
  const rare = (t: string): number =>
    Array.from(t).filter(
      (c) => (c >= '\u0540' && c <= '\u0560') || (c >= '\u0580' && c <= '\u058a'),
    ).length;
  test.prop([message, fc.constantFrom('gbk', 'gb18030')], { numRuns: 150 })(
    'comes back whole when it holds two letters GBK writes outside GB 2312 and no standard writes it, its words short or long',
    (text, page) => {
      // ... and a letter GBK writes as a simplified form Big5 lacks (no standard writes it whole).
      fc.pre(rare(text) >= 2 && [...mojibake(text, page)].some((c) => SIMPLIFIED_ONLY.includes(c)));
      expect(repairText(mojibake(text, page)).text).toBe(text);
    },
  );
});

// A short field of Greek, Cyrillic, Hebrew or Arabic broken whole through GBK (ownScript.ts
// alphabetField, T66f): read back as written or left as it came, never a third text; and a clean
// field of the hanzi those rows hold, where some national standard writes it whole, left alone.
const ALPHABET_LETTERS = [
  [...'αβγδεζηθικλμνξοπρστυφχψωάέήίόύώΑΒΓΔΕΖΘΚΛΜΝΠΡΣΤΦΧ'],
  [...'абвгдежзийклмнопрстуфхцчшщыьэюяАБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЮЯіїєґ'],
  [...'אבגדהוזחטיכלמנסעפצקרשתםןףץ'],
  [...'ابتثجحخدذرزسشصضطظعغفقكلمنهويىةء'],
];
const encoders = DEFAULT_PAGES.map((p) => encoderFor(p));
const alphabetWord = fc.constantFrom(...ALPHABET_LETTERS).chain((letters) =>
  fc
    .array(fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 7 }), {
      minLength: 1,
      maxLength: 3,
    })
    .map((words) => words.map((w) => w.join('')).join(' ')),
);

describe('a short field of an alphabet through GBK', () => {
  test.prop([alphabetWord, fc.constantFrom('gbk', 'gb18030')], { numRuns: 300 })(
    'is read back whole or not at all',
    (text, page) => {
      // wholeOwnScript itself: the engine reads some of these first, and one of its readings is
      // wrong on main ("Кї" through GBK, "袣褩", is read through GBK then Windows-1251 as "ʿ").
      const broken = mojibake(text, page);
      const whole = wholeOwnScript(broken, encoders);
      if (whole === undefined) return;
      let out = '';
      let at = 0;
      for (const r of whole.runs) {
        out += broken.slice(at, r.at) + r.after;
        at = r.end;
      }
      expect(out + broken.slice(at)).toBe(text);
    },
  );

  // The hanzi GBK writes in the alphabets' rows (CE-D3, D7-DB, trail 80-BF).
  const rowHanzi: string[] = [];
  for (const lead of [0xce, 0xcf, 0xd0, 0xd1, 0xd2, 0xd3, 0xd7, 0xd8, 0xd9, 0xda, 0xdb])
    for (let t = 0x80; t <= 0xbf; t++) {
      const c = iconv.decode(Buffer.from([lead, t]), 'gbk');
      if (c.length === 1 && c !== '\ufffd') rowHanzi.push(c);
    }
  test.prop([fc.array(fc.constantFrom(...rowHanzi), { minLength: 2, maxLength: 6 })], {
    numRuns: 2000,
  })('a field of those hanzi that some standard writes whole stays as it is', (chars) => {
    const field = chars.join('');
    fc.pre(standardFit(field).whole);
    expect(wholeOwnScript(field, encoders)).toBeUndefined();
  });
});

// scriptsRepaired's loops (session 52) held to the closures they replaced (ownScriptOracle.ts),
// on runs of readings through a few pages whose repairs write Armenian, Georgian, Han, Latin,
// ASCII, Armenian punctuation, astral characters and lone surrogates, sure or not, losing or not.
describe('scriptsRepaired', () => {
  const pages = (['gbk', 'windows-1252', 'windows-1251'] as const).map((p) => encoderFor(p));
  const page = fc.constantFrom(...pages);
  const after = fc
    .array(fc.constantFrom('հ', 'ა', '瞻', 'é', 'a', '։', '😀', '\ud800', '\udc00', ' ', 'Я'), {
      maxLength: 5,
    })
    .map((a) => a.join(''));
  const proposal = fc.record({
    after,
    applied: fc.boolean(),
    gain: fc.integer({ min: -2, max: 5 }),
  });
  const reading = fc.record({
    page,
    proposals: fc.array(proposal, { maxLength: 3 }),
    gain: fc.integer({ min: -1, max: 6 }),
  });
  const run = fc
    .tuple(fc.array(reading, { maxLength: 3 }), fc.nat(3), fc.boolean())
    .map(([readings, b, rival]) => ({
      readings,
      best: readings[b],
      rivals: rival && readings.length > 1 ? [readings[1]] : [],
    }));
  test.prop(
    [
      fc.array(run, { maxLength: 5 }),
      fc.option(fc.array(fc.option(page, { nil: undefined }), { maxLength: 5 }), {
        nil: undefined,
      }),
      fc.option(page, { nil: undefined }),
    ],
    { numRuns: 1000 },
  )('reads the repairs as the closures did', (runs, owns, dominant) => {
    const entries = runs as unknown as MemoEntry[];
    expect(scriptsRepaired(entries, owns, dominant)).toEqual(
      scriptsRepairedOracle(entries, owns, dominant),
    );
  });
});
