import { fc, test } from '@fast-check/vitest';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { repairText } from './repairText.js';

// Words people write, by script, and the pages that mis-decode that script in the wild.
const FAMILIES = [
  {
    words: [
      'Dziękujemy',
      'pieniędzy',
      'obsługi',
      'żółć',
      'zwrot',
      'paczka',
      'Łódź',
      'święta',
      'kontakt',
      'dni',
    ],
    pages: ['windows-1252', 'windows-1250', 'gbk', 'shift_jis', 'macintosh', 'windows-1251'],
  },
  {
    words: [
      'Rücksendung',
      'für',
      'Größe',
      'Straße',
      'Geduld',
      'und',
      'über',
      'Tagen',
      'schön',
      'danke',
    ],
    pages: ['windows-1252', 'iso-8859-1', 'macintosh', 'gbk', 'windows-1251'],
  },
  {
    words: [
      'commande',
      'été',
      'expédiée',
      'reçu',
      'à',
      'très',
      'désolés',
      'colis',
      'où',
      'fenêtre',
    ],
    pages: ['windows-1252', 'iso-8859-15', 'macintosh', 'windows-1250'],
  },
  {
    words: [
      'Спасибо',
      'заказ',
      'отправлен',
      'деньги',
      'вернутся',
      'дней',
      'доставки',
      'ваш',
      'карту',
      'поддержки',
    ],
    pages: ['windows-1252', 'windows-1251', 'koi8-r', 'iso-8859-5', 'gbk', 'macintosh'],
  },
  {
    words: ['ευχαριστούμε', 'παραγγελία', 'σήμερα', 'επιστροφή', 'ημερών', 'υπομονή', 'χρημάτων'],
    pages: ['windows-1252', 'windows-1253', 'iso-8859-7', 'macintosh'],
  },
  {
    words: ['感谢', '您的', '订单', '已于', '今天', '发货', '退款', '账户', '配送'],
    pages: ['windows-1252', 'iso-8859-1', 'windows-1251'],
  },
  {
    words: ['ありがとう', 'ございます', '注文', '商品', '本日', '発送', '返金', '口座'],
    pages: ['windows-1252', 'iso-8859-1', 'windows-1251'],
  },
] as const;

const sentence = fc.constantFrom(...FAMILIES).chain((family) =>
  fc.record({
    words: fc.array(fc.constantFrom(...family.words), { minLength: 4, maxLength: 9 }),
    page: fc.constantFrom(...family.pages),
  }),
);

const misdecode = (text: string, page: string) => iconv.decode(Buffer.from(text, 'utf8'), page);
const lossless = (text: string, broken: string, page: string) =>
  !broken.includes('\ufffd') &&
  Buffer.compare(iconv.encode(broken, page), Buffer.from(text, 'utf8')) === 0;

describe('repairText properties', () => {
  // The hardest sentences for the property above: one broken word and nothing else non-ASCII to
  // vote for its page, or one short word repeated. Checked exhaustively here, so that no seed has
  // to find them (seed 500950102 found "commande commande √† commande" through Mac Roman).
  it('repairs a lone broken word among ASCII words, and a repeated short word', () => {
    for (const family of FAMILIES) {
      const pad = family.words.find((w) => /^[a-z]+$/.test(w));
      for (const page of family.pages) {
        for (const w of family.words) {
          const texts = pad
            ? [
                `${pad} ${pad} ${w} ${pad}`,
                `${w} ${pad} ${pad} ${pad}`,
                `${pad} ${pad} ${pad} ${w}`,
              ]
            : [`${w} ${w} ${w} ${w}`];
          for (const text of texts) {
            const broken = misdecode(text, page);
            if (broken === text || !lossless(text, broken, page)) continue;
            expect(repairText(broken).text, `${page}: ${broken}`).toBe(text);
          }
        }
      }
    }
  });

  test.prop([sentence], { numRuns: 150 })(
    'encode → mis-decode → repair gives the text back wherever the mis-decoding kept every byte',
    ({ words, page }) => {
      const text = words.join(' ');
      const broken = misdecode(text, page);
      fc.pre(broken !== text && lossless(text, broken, page));
      expect(repairText(broken).text).toBe(text);
    },
  );

  test.prop(
    [
      fc.oneof(
        sentence.map(({ words, page }) => misdecode(words.join(' '), page)),
        fc.string({ unit: 'grapheme' }),
      ),
    ],
    { numRuns: 150 },
  )('is idempotent', (text) => {
    const once = repairText(text).text;
    expect(repairText(once).text).toBe(once);
  });

  // Two layers broken differently (ftfy's "Two levels of inconsistent mojibake"): the text broken
  // through one page, then a part of it broken again through another. A call reads its own output
  // again until nothing changes, so a second call changes nothing more.
  test.prop(
    [
      sentence,
      fc.constantFrom('windows-1252', 'iso-8859-1', 'macintosh', 'windows-1251'),
      fc.nat(),
      fc.nat(),
    ],
    { numRuns: 150 },
  )('is idempotent on two layers broken differently', ({ words, page }, outer, a, b) => {
    const once = misdecode(words.join(' '), page);
    const from = a % (once.length + 1);
    const to = from + (b % (once.length - from + 1));
    const text = once.slice(0, from) + misdecode(once.slice(from, to), outer) + once.slice(to);
    const r = repairText(text);
    expect(repairText(r.text).text).toBe(r.text);
    // The repairs still describe the changed spans of the input, in order.
    let out = '';
    let at = 0;
    for (const x of r.repairs.filter((x) => x.applied)) {
      expect(x.start).toBeGreaterThanOrEqual(at);
      expect(text.slice(x.start, x.end)).toBe(x.before);
      out += text.slice(at, x.start) + x.after;
      at = x.end;
    }
    expect(out + text.slice(at)).toBe(r.text);
  });

  // No listed page turns UTF-8 into these characters: ASCII, emoji, Devanagari, Tamil, Georgian,
  // CJK extension B. Text made of them cannot be mojibake and must come back untouched.
  const unreachable = fc.string({
    unit: fc.constantFrom(
      ...'abc XYZ.,!?019 😀👍🎉 नमस्ते தமிழ் ქართული 𠀀𠀁𠀂'.split('').concat(['😀', '𠀀']),
    ),
  });
  test.prop([unreachable], { numRuns: 200 })(
    'never changes text no listed page could have produced',
    (text) => {
      expect(repairText(text)).toEqual({ text, changed: false, repairs: [], complete: true });
    },
  );

  test.prop(
    [
      fc.oneof(
        sentence.map(
          ({ words, page }) => `Zamówienie ${misdecode(words.join(' '), page)} — ${words[0]}`,
        ),
        fc.string({ unit: 'binary' }),
      ),
    ],
    { numRuns: 150 },
  )('the repairs describe exactly the changed spans', (text) => describesSpans(text));

  // A text over 10,000 units is read with a memo of its own (repairText's memoFor), not the shared one.
  test.prop([sentence.map(({ words, page }) => misdecode(words.join(' '), page))], {
    numRuns: 8,
  })('the repairs describe exactly the changed spans of a long text', (text) =>
    describesSpans(
      `${text}\nZamówienie ${text} — ok\n`.repeat(Math.ceil(10_001 / (text.length + 1))),
    ),
  );

  function describesSpans(text: string): void {
    const r = repairText(text);
    let rebuilt = '';
    let at = 0;
    for (const p of r.repairs) {
      expect(p.start).toBeGreaterThanOrEqual(at);
      expect(text.slice(p.start, p.end)).toBe(p.before);
      expect(p.after).not.toBe(p.before);
      if (!p.applied) continue;
      rebuilt += text.slice(at, p.start) + p.after;
      at = p.end;
    }
    expect(rebuilt + text.slice(at)).toBe(r.text);
    expect(r.changed).toBe(r.text !== text);
  }
});
