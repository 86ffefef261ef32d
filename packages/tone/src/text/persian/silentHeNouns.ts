import type { LexiconEntry } from './lexicon.js';

// Nouns in a silent ه of shop and help-desk messages that the lexicon's first lists (HE_NOUNS,
// HE_NOUNS_BUT_AI in lexicon.ts) did not hold (issue #11, T63f). The rule is the Academy's: after a
// silent ه the clitics ای، ام، ات، اش (and مان، تان، شان) are written apart (خانه‌ای، خانه‌ام),
// as is the plural ها (خانه‌ها); without the word in a list, "شیشهای" (a glass one) was split as the
// plural of a stem that is no word ("شیش‌های"), "کارخانهای" as "کارخان‌های", and "میوهای",
// "پنجرهام" were left joined (و and ر join no letter after them, so no plural reading split them).
//
// Each word was checked against a Persian word list of full forms (Debian's myspell-fa
// 0.20070816-3.2, /usr/share/hunspell/fa_IR.dic, the FarsiWeb and Gostareh Negar list, GPL-2+:
// the facts only, no text of it is copied): the list writes the word with ای apart ("شیشه‌ای"),
// which it does only after a silent ه (a final consonant takes ی joined: کتابی، ماهی), and holds no
// plural of the word without its ه ("شیش‌ها", "شیشها"), so "Xهای" cannot be that plural. Words that
// failed the second check are left out, as نامه and دسته are in lexicon.ts: پارچه (پارچ، a jug),
// کوله، بیمه، دستگیره، بدنه، حلقه، خامه، دامنه، ستاره، سفره، قفسه، پوسته، تابه. بچه is left out
// for want of evidence (the list holds no بچه‌ای).

/** Nouns in a silent ه of shop messages that take every clitic apart, each checked as above. */
export const SILENT_HE_SHOP_NOUNS: LexiconEntry = {
  words: [
    'شیشه',
    'کارخانه',
    'میوه',
    'پنجره',
    'دکمه',
    'سکه',
    'کاسه',
    'دوچرخه',
    'آینه',
    'پرده',
    'رایانه',
    'تعرفه',
    'ملافه',
    'شناسنامه',
    'روزنامه',
    'کتابخانه',
    'کتابچه',
    'دفترچه',
    'لوله',
    'یارانه',
    'پایه',
    'کرایه',
    'اداره',
    'پنبه',
    'قابلمه',
    'چکمه',
    'کلوچه',
    'غرفه',
    'حواله',
    'بیعانه',
    'هسته',
    'نوشابه',
  ],
  source: {
    title:
      'Academy of Persian Language and Literature, دستور خط فارسی: after a silent ه the clitics keep their alef and are written apart (خانه‌ای، خانه‌ام); each word checked in myspell-fa 0.20070816 (fa_IR.dic: "X‌ای" present, no plural of X without ه)',
    url: 'https://www.persianacademy.ir/fa/das.aspx',
  },
  asOf: '2026-12-05',
  note: 'Without the list "شیشهای" became "شیش‌های" and "میوهای" stayed joined (T63f).',
};
