// The two gaps the fourteenth audit left in normalizePersian (issue #11, T41a): a preverb before
// می ("برمیگردانید", the Academy's برمی‌گردانید) and nouns in silent ه outside the list ("لحظهای"
// read as the plural "لحظ‌های"). Each case below failed on main.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { HE_NOUNS, PREVERBS } from '../../src/text/persian/lexicon.js';
import { normalizePersian } from '../../src/text/persian/normalizePersian.js';
import { GOLD } from './persianGold.js';

const Z = '\u200c';
const run = (t: string) => normalizePersian(t, { language: 'fa' }).text;

describe('a preverb before می/نمی', () => {
  it('restores the ZWNJ after می, the preverb kept as typed', () => {
    expect(run('پول را برمیگردانید؟')).toBe(`پول را برمی${Z}گردانید؟`);
    expect(run('بسته فردا درنمیآید')).toBe(`بسته فردا درنمی${Z}آید`);
    expect(run('کی بازمیگردد؟')).toBe(`کی بازمی${Z}گردد؟`);
    expect(run('موعد فرامیرسد')).toBe(`موعد فرامی${Z}رسد`);
    // A space typed in place of the ZWNJ after a preverb and می.
    expect(run('برمی گردانید')).toBe(`برمی${Z}گردانید`);
    // The preverb typed apart stays apart (the Persian Wikipedia style writes it so).
    expect(run('بر میگردانید')).toBe(`بر می${Z}گردانید`);
  });

  it('leaves a noun after در, and "ها" after a prefixed plural verb', () => {
    // "درمیدان" (در میدان, in the square, typed joined) is not the verb درمی‌دان: میدان is a
    // non-verb of the lexicon, and the rest after a preverb must be a verb by the same rule.
    for (const t of ['درمیدان', 'درمیان', 'برمیز', 'بر روی میز']) expect(run(t)).toBe(t);
    expect(run('برمیگردانید ها!')).toBe(`برمی${Z}گردانید ها!`);
  });

  it('keeps the particle "ها" apart once the ZWNJ after می is there (was glued on a second pass)', () => {
    // "نمیکنید ها" → "نمی‌کنید ها" → "نمی‌کنیدها" on main: the ZWNJ hid the stem from the rule.
    expect(run(`فراموش نمی${Z}کنید ها`)).toBe(`فراموش نمی${Z}کنید ها`);
    for (const t of ['نمیکنید ها', 'میفرستید ها']) expect(run(run(t))).toBe(run(t));
  });

  const prefixed = GOLD.filter((g) => g.kind === 'prefix');
  test.prop([fc.constantFrom(...PREVERBS.words), fc.constantFrom(...prefixed)], { numRuns: 300 })(
    'a preverb before a prefixed verb changes nothing but the verb',
    (pre, g) => {
      // Every verb form of the gold set, after every preverb: what the verb alone gets.
      expect(run(pre + g.input)).toBe(pre + g.expected);
      expect(run(pre + g.expected)).toBe(pre + g.expected);
    },
  );
});

describe('nouns in silent ه before ای and ام', () => {
  it('reads "لحظهای" (a moment) as لحظه‌ای', () => {
    expect(run('یک لحظهای صبر کنید')).toBe(`یک لحظه${Z}ای صبر کنید`);
    expect(run('صفحهای باز نمی شود')).toBe(`صفحه${Z}ای باز نمی${Z}شود`);
    expect(run('به گونهای که')).toBe(`به گونه${Z}ای که`);
    expect(run('جلسه ای')).toBe(`جلسه${Z}ای`);
  });

  it('still reads نامه and the words left out as plurals', () => {
    expect(run('نامهای')).toBe(`نام${Z}های`);
    expect(run('نشانهای')).toBe(`نشان${Z}های`);
    expect(run('نقشهای')).toBe(`نقش${Z}های`);
  });

  test.prop([fc.constantFrom(...HE_NOUNS.words)])(
    'every listed noun takes ای and ام apart and keeps its plural',
    (n) => {
      expect(run(`${n}ای`)).toBe(`${n}${Z}ای`);
      expect(run(`${n}ام`)).toBe(`${n}${Z}ام`);
      expect(run(`${n}ها`)).toBe(`${n}${Z}ها`);
      expect(run(`${n}های`)).toBe(`${n}${Z}های`);
    },
  );
});

describe('the spoken "ها" after a preverb verb without می (T42d)', () => {
  it('keeps "ها" apart after an imperative or subjunctive behind a preverb', () => {
    // "برگردید ها" (come back, will you): بر + گرد + ید, the preverb where ب would stand. On main
    // the particle was glued as a plural: "برگردیدها", "برگردیم‌ها".
    expect(run('لطفا زود برگردید ها!')).toBe('لطفا زود برگردید ها!');
    expect(run('بسته را بردارید ها')).toBe('بسته را بردارید ها');
    expect(run('کارت را درآورید ها')).toBe('کارت را درآورید ها');
    expect(run('فردا برگردیم ها')).toBe('فردا برگردیم ها');
  });

  it('still glues the plural to nouns spelt preverb + stem + ید/ند', () => {
    // بازخرید (a buy-back: خرید is itself a past stem), برآیند (a resultant: ند is left out),
    // بازدید (a visit: "د" is no stem).
    expect(run('بازخرید ها')).toBe('بازخریدها');
    expect(run('برآیند ها')).toBe('برآیندها');
    expect(run('بازدید ها')).toBe('بازدیدها');
    for (const t of ['برگردید ها', 'بردارید ها', 'بازخرید ها']) expect(run(run(t))).toBe(run(t));
  });
});

describe("nouns in silent ه from Lilak's lexicon (T42d)", () => {
  it('reads ای and ام after them as clitics, not as the plural های', () => {
    // On main: "مطالب‌های", "معاین‌های" (a plural of a stem that takes none), "مغازهای" left joined.
    expect(run('یک مطالبهای دارم')).toBe(`یک مطالبه${Z}ای دارم`);
    expect(run('معاینهای لازم است')).toBe(`معاینه${Z}ای لازم است`);
    expect(run('از مغازهای خریدم')).toBe(`از مغازه${Z}ای خریدم`);
    expect(run('مکاتبهام بی پاسخ ماند')).toBe(`مکاتبه${Z}ام بی پاسخ ماند`);
    for (const n of ['ملاحظه', 'مطالعه', 'مناقصه', 'مقوله', 'معاهده'])
      expect(run(`${n}ای`)).toBe(`${n}${Z}ای`);
  });
});

const words = fc.constantFrom(
  ...GOLD.map((g) => g.input),
  'برمیگردانید',
  'برمی گردانید',
  'درنمیآید',
  'درمیدان',
  'لحظهای',
  'صفحه ای',
  'برمیگردانید ها',
  'برگردید ها',
  'بازخرید ها',
  'مطالبهای',
);
test.prop([fc.array(words, { minLength: 1, maxLength: 10 }), fc.constantFrom(' ', '، ', '. ')], {
  numRuns: 200,
})('normalizePersian stays idempotent with preverbs and the new nouns', (ws, sep) => {
  const once = run(ws.join(sep));
  expect(run(once)).toBe(once);
});
