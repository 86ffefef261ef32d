// The Persian lexicon that guides normalizePersian: data, each list with its source and asOf.
// The rules come from the Academy of Persian Language and Literature's orthography (فرهنگستان
// زبان و ادب فارسی، «دستور خط فارسی»); the word lists are ours, written to those rules, and
// checked against the summaries cited beside each list. Extend them through `options.lexicon`.
import type { Source } from '@meridian-cx/core';
import { SILENT_HE_SHOP_NOUNS } from './silentHeNouns.js';

/** A word list with its provenance. */
export type LexiconEntry = {
  readonly words: readonly string[];
  readonly source: Source;
  readonly asOf: string;
  readonly note: string;
};

const ACADEMY = 'https://www.persianacademy.ir/fa/das.aspx';

/** Present and past verb stems that take the prefixes می/نمی (the Academy: «می و همی» are written apart). */
export const VERB_STEMS: LexiconEntry = {
  words: [
    'رو',
    'رفت',
    'خواه',
    'خواست',
    'کن',
    'کرد',
    'دان',
    'دانست',
    'گو',
    'گوی',
    'گفت',
    'بین',
    'دید',
    'خور',
    'خورد',
    'آی',
    'آ',
    'آمد',
    'ده',
    'داد',
    'گیر',
    'گرفت',
    'شو',
    'شد',
    'توان',
    'توانست',
    'رس',
    'رسید',
    'نویس',
    'نوشت',
    'خوان',
    'خواند',
    'پرس',
    'پرسید',
    'فرست',
    'فرستاد',
    'آور',
    'آورد',
    'بر',
    'برد',
    'زن',
    'زد',
    'ساز',
    'ساخت',
    'پذیر',
    'پذیرفت',
    'گذار',
    'گذاشت',
    'شناس',
    'شناخت',
    'مان',
    'ماند',
    'پرداز',
    'پرداخت',
    'فروش',
    'فروخت',
    'خر',
    'خرید',
    'پوش',
    'پوشید',
    'کوش',
    'کوشید',
    'دار',
    'داشت',
    'یاب',
    'یافت',
    'گرد',
    'گشت',
    'بند',
    'بست',
    'ریز',
    'ریخت',
    'ترس',
    'ترسید',
    'پسند',
    'پسندید',
    'افت',
    'افتاد',
    'انداز',
    'انداخت',
    'گذر',
    'گذشت',
    'نشین',
    'نشست',
    'کش',
    'کشید',
    'بخش',
    'بخشید',
    'سپار',
    'سپرد',
    'دو',
    'دوید',
    'خند',
    'خندید',
    'گرد',
    'چرخ',
    'چرخید',
    'رسان',
    'رساند',
    'کاه',
    'کاست',
    'افزای',
    'افزود',
    'جوی',
    'جست',
    'پیوند',
    'پیوست',
    'بار',
    'بارید',
    'ایست',
    'ایستاد',
    'لرز',
    'لرزید',
    'شکن',
    'شکست',
    'فهم',
    'فهمید',
    'ارز',
    'ارزید',
    'چسب',
    'چسبید',
    'تاب',
    'تابید',
    'پز',
    'پخت',
    'دوز',
    'دوخت',
    'سوز',
    'سوخت',
    // The causative of گشتن: "برمیگردانید" (will you give it back) is بر + می + گردان + ید.
    'گردان',
    'گرداند',
  ],
  source: {
    title: 'Academy of Persian Language and Literature, دستور خط فارسی, «می و همی»',
    url: ACADEMY,
  },
  asOf: '2026-11-30',
  note: 'Stems, not words: a word is می/نمی + stem + personal ending, so میز, میوه, میلیون stay.',
};

/** Personal endings after a verb stem ('' for the past third person singular and the bare stem). */
export const VERB_ENDINGS: readonly string[] = ['', 'م', 'ی', 'د', 'یم', 'ید', 'ند'];

/**
 * Preverbs that come before می/نمی inside one word: "برمیگردانید" is بر + می + گردانید, written
 * برمی‌گردانید. Each ends in a letter that does not join (ر، ز، ا، و), so typed joined or apart it
 * looks the same; only the ZWNJ after می is restored. پیش and پس are left out: they join, and are
 * written apart ("پیش می‌رود"). hazm separates می only at the start of a word (`\bن?می`), so it
 * leaves "برمیگردانید" joined; the fourteenth audit found it.
 */
export const PREVERBS: LexiconEntry = {
  words: ['بر', 'در', 'باز', 'فرا', 'فرو', 'ور', 'وا'],
  source: {
    title:
      'Persian Wikipedia, «فعل پیشوندی» (living preverbs); the Academy, دستور خط فارسی, «می و همی»',
    url: 'https://fa.wikipedia.org/wiki/فعل_پیشوندی',
  },
  asOf: '2026-12-04',
  note: 'A preverb, then می/نمی and a verb of the lexicon: "درنمیآید" → درنمی‌آید; "درمیدان" stays.',
};

/** Words that begin with می or نمی and are not a prefixed verb: never touched. */
export const MI_WORDS: LexiconEntry = {
  words: [
    'میز',
    'میزها',
    'میوه',
    'میلیون',
    'میلیارد',
    'میان',
    'میانه',
    'میهمان',
    'میل',
    'میدان',
    'میزان',
    'میخ',
    'میش',
    'میمون',
    'میهن',
    'میگو',
    'میلاد',
    'میکروب',
    'میراث',
    'میخک',
    'میزبان',
    'میترا',
    'مینا',
    'میثاق',
    'میعاد',
    'میرزا',
    'میر',
    'مینو',
    'میلی',
    'میلیمتر',
    'میکروفون',
    'میکسر',
    'مینیاتور',
    'میوهفروشی',
    'میراثی',
    'میدانی',
    'میانگین',
    'میهنی',
    'نمیر',
    'میت',
    'میقات',
    'میسر',
    'میل‌گرد',
    'میگرن',
    'میکا',
    // Added 2026-12-05 (T61g, the second audit): "میگوی تازه" (fresh shrimp, with the ezafe) was
    // read as می + the stem گوی and became "می‌گوی".
    'میگوی',
  ],
  source: {
    title:
      'Academy of Persian Language and Literature, دستور خط فارسی, «می و همی» (the prefix only)',
    url: ACADEMY,
  },
  asOf: '2026-12-05',
  note: 'Nouns and names that merely start with می: the issue lists میز، میوه، میلیون، میان، میهمان.',
};

/** Words that end in ها and are not plurals: never split. */
export const HA_WORDS: LexiconEntry = {
  words: [
    'تنها',
    'بها',
    'رها',
    'انتها',
    'اشتها',
    'منتها',
    'آنها',
    'اینها',
    'ابتها',
    'دها',
    'سها',
    'گواها',
    'نهانها',
    // Compounds of بها (price): "گرانبها" (precious), "خونبها" (blood money), not "گرانب" + ها.
    'گرانبها',
    'خونبها',
    // Added 2026-12-05 (T61g, the second audit): "پربها" (precious) became "پرب‌ها"; شیربها (bride
    // price) is the same بها.
    'پربها',
    'شیربها',
  ],
  source: {
    title: 'Academy of Persian Language and Literature, دستور خط فارسی, «ها»ی نشانهٔ جمع',
    url: ACADEMY,
  },
  asOf: '2026-12-05',
  note: 'The Academy allows plural ها joined or apart; we write it apart (ZWNJ) after a joining letter and keep آنها/اینها as typed.',
};

/**
 * Nouns in a silent ه that take the clitics ای، ام، ات، اش apart (هدیه‌ای، بسته‌ام), each chosen so
 * that the word without its ه and a plural ها is no word a customer writes: "نامهای" (نام‌های,
 * names) and "کلمهای" (کلم‌های) are left out, and read as plurals.
 */
export const HE_NOUNS: LexiconEntry = {
  words: [
    'هدیه',
    'نتیجه',
    'شماره',
    'هفته',
    'خانه',
    'هزینه',
    'برنامه',
    'بسته',
    'نمونه',
    'جعبه',
    'پرونده',
    'جمله',
    'مقاله',
    'مرحله',
    'نسخه',
    'دقیقه',
    'ثانیه',
    'تجربه',
    'فاصله',
    'اجازه',
    'مسئله',
    'چهره',
    'وظیفه',
    'شعبه',
    // Added 2026-12-04 (T41a): "لحظهای" (a moment) was read as the plural "لحظ‌های". Each is a
    // noun in silent ه of help-desk text whose stem without ه takes no plural a customer writes.
    // Left out, as نامه/کلمه: نشانه (نشان‌های, badges), نقشه (نقش‌های, roles), برگه (برگ‌های,
    // leaves), رابطه (رابط‌های, connectors), کیسه (کیس‌های, cases), مجموعه (مجموع‌های, sums),
    // کوچه (کوچ‌های), منطقه (منطق‌های), دوره (دور‌های, rounds).
    'لحظه',
    'صفحه',
    'جلسه',
    'گزینه',
    'شبکه',
    'نقطه',
    'وسیله',
    'علاقه',
    'معامله',
    'مکالمه',
    'ترجمه',
    'اندازه',
    'شیوه',
    'گونه',
    'فایده',
    'پروژه',
    'وعده',
    'اطلاعیه',
    'حادثه',
    'خلاصه',
    // Added 2026-12-04 (T42d), each a singular noun ending in a vowel (its ه silent) in Lilak's
    // lexicon (b00f/lilak, src/data/lexicon at 1a80a8e, Apache-2.0: the rows "word,noun_singular,,1,"),
    // whose stem without ه is there only as a plural (مطالب، مکاتب) or not at all: read as
    // plurals ("معاینهای" → "معاین‌های") or left joined after a letter that does not join
    // ("مغازهای"). Left out by the same check: مصاحبه (مصاحب), موسسه (موسس), معادله (معادل),
    // مهره (مهر), whose stems are singular nouns there.
    'مغازه',
    'مطالبه',
    'معاینه',
    'مکاتبه',
    'ملاحظه',
    'مطالعه',
    'مناقصه',
    'مقوله',
    'معاهده',
  ],
  source: {
    title:
      'Academy of Persian Language and Literature, دستور خط فارسی: after a silent ه the clitics keep their alef and are written apart (خانه‌ام، نامه‌ات)',
    url: ACADEMY,
  },
  asOf: '2026-12-04',
  note: 'Without a list, "هدیهای" (a gift) was split as the plural "هدی‌های" (the fourteenth audit).',
};

/**
 * Nouns in a silent ه left out of {@link HE_NOUNS} because "Xهای" is as often the plural of the stem
 * (نامهای: نام‌های, names), which take the other clitics apart all the same: "نامهام" is نامه‌ام (my
 * letter); no plural ends in ام، ات، اش، مان، تان، شان.
 */
export const HE_NOUNS_BUT_AI: LexiconEntry = {
  words: [
    'نامه',
    'کلمه',
    'نشانه',
    'نقشه',
    'برگه',
    'رابطه',
    'کیسه',
    'مجموعه',
    'کوچه',
    'منطقه',
    'دوره',
  ],
  source: {
    title:
      'Academy of Persian Language and Literature, دستور خط فارسی, «ضمایر ملکی و مفعولی» (after a silent ه written apart: خانه‌ام، خانه‌ات، خانه‌اش); the six clitics ـَم ـَت ـَش ـِمان ـِتان ـِشان as viravirast.ir/Blogs/ویرایش/10018 lists them',
    url: ACADEMY,
  },
  asOf: '2026-12-05',
  note: 'The second audit (T61g): "نامهام" stayed joined where "خانهام" became خانه‌ام.',
};

/**
 * Demonstratives whose plural the lexicon keeps as typed when joined (آنها، اینها: {@link HA_WORDS})
 * but writes apart when a space was typed: "آن ها" → آن‌ها, since a space is neither of the forms.
 */
export const PRONOUN_PLURALS: LexiconEntry = {
  words: ['آنها', 'اینها'],
  source: {
    title:
      'Academy of Persian Language and Literature, دستور خط فارسی, «ها» (joined or apart, کتابها/کتاب‌ها, as abaan.blog.ir/post/349 quotes it); kelk.iaus.ac.ir lists آنها، اینها as joined',
    url: ACADEMY,
  },
  asOf: '2026-12-05',
  note: 'Sources disagree on آنها against آن‌ها; both keep the word whole, so only the space is mended.',
};

/**
 * Pairs written as one word with nothing between them, typed apart: "این که" → اینکه. The Academy's
 * exceptions to «این، آن apart from the next word» are آنچه، آنکه، اینکه، اینجا، آنجا، وانگهی.
 * Only اینکه is listed: "آن که" is as often آن‌که (the one who), which the Academy writes apart, and
 * "آن چه" a question (what was that).
 */
export const JOINED_PAIRS: {
  readonly pairs: readonly (readonly [string, string])[];
  readonly source: Source;
  readonly asOf: string;
  readonly note: string;
} = {
  pairs: [['این', 'که']],
  source: {
    title:
      'Academy of Persian Language and Literature, دستور خط فارسی, «املای بعضی از واژه‌ها و پیشوندها و پسوندها» (این، آن; as jsdp.rcisp.ac.ir and poshtebammag.ir quote it)',
    url: ACADEMY,
  },
  asOf: '2026-12-05',
  note: 'Sources disagree: virastaran.net/a/22335 reads the Academy as allowing این‌که for "this one who", kelk.iaus.ac.ir writes "این که" apart; the conjunction, joined, is what a customer means.',
};

/** Comparatives written joined (the Academy's exceptions to «تر و ترین» apart). */
export const LEXICALISED_TAR: LexiconEntry = {
  words: [
    'بهتر',
    'مهتر',
    'کهتر',
    'بیشتر',
    'کمتر',
    'بهترین',
    'مهترین',
    'کهترین',
    'بیشترین',
    'کمترین',
  ],
  source: {
    title:
      'Academy of Persian Language and Literature, دستور خط فارسی, «تر و ترین» (p. 23: apart, except بهتر، مهتر، کهتر، بیشتر، کمتر)',
    url: ACADEMY,
  },
  asOf: '2026-11-30',
  note: 'Also quoted by virastaran.net/a/av/12399 and the Persian Wikipedia style guide on ZWNJ.',
};

/** Adjectives that take تر/ترین apart (a ZWNJ after a joining letter). */
export const ADJECTIVES: LexiconEntry = {
  words: [
    'بزرگ',
    'کوچک',
    'سریع',
    'ارزان',
    'گران',
    'خوب',
    'مهم',
    'راحت',
    'ساده',
    'سخت',
    'آسان',
    'طولانی',
    'کوتاه',
    'بلند',
    'سنگین',
    'سبک',
    'دقیق',
    'جدید',
    'قدیمی',
    'تازه',
    'زیاد',
    'گرم',
    'سرد',
    'تند',
    'آرام',
    'کند',
    'دور',
    'نزدیک',
    'پایین',
    'بالا',
    'روشن',
    'تاریک',
    'سیاه',
    'سفید',
    'جالب',
    'زشت',
    'قوی',
    'ضعیف',
    'مناسب',
    'مطمئن',
    'امن',
    'دیر',
    'زود',
    'پیش',
    'کامل',
    'بد',
    'شاد',
    'غمگین',
    'خوش',
    'پاک',
    'تمیز',
    'کثیف',
    'پر',
    'خالی',
    'باریک',
    'پهن',
    'عمیق',
    'گرسنه',
    'خسته',
    'مفید',
    'دشوار',
    'محکم',
    'نرم',
    'ضروری',
    'مشهور',
    'معروف',
    'شیرین',
    'تلخ',
    'ساکت',
    'شلوغ',
    'آهسته',
    'فوری',
    'بیش',
    'کم',
    'زیبا',
    'دانا',
    'توانا',
    'والا',
    // Added 2026-12-05 (T61g, the second audit: "نازکتر", "شیکتر" stayed glued): adjectives of a
    // shop's messages (cloth, colour, build, price). None of them + تر/ترین is another word.
    'نازک',
    'ضخیم',
    'بادوام',
    'شفاف',
    'شیک',
    'تنگ',
    'گشاد',
    'سفت',
    'صاف',
    'خشک',
    'داغ',
    'خنک',
    'تیره',
    'براق',
    'مات',
    'ظریف',
    'مرغوب',
    'باکیفیت',
    'پررنگ',
    'کمرنگ',
    'قشنگ',
    'خوشگل',
    'جذاب',
    'محبوب',
    'کاربردی',
  ],
  source: {
    title: 'Academy of Persian Language and Literature, دستور خط فارسی, «تر و ترین»',
    url: ACADEMY,
  },
  asOf: '2026-12-05',
  note: 'بیش and کم are here so that "بیش تر" typed apart is recognised; their joined forms are lexicalised.',
};

/** Compounds the orthography writes with a ZWNJ between their parts, as [first, second]. */
export const COMPOUNDS: {
  readonly pairs: readonly (readonly [string, string])[];
  readonly source: Source;
  readonly asOf: string;
} = {
  pairs: [
    ['پیش', 'بینی'],
    ['پیش', 'پرداخت'],
    ['پیش', 'فرض'],
    ['پیش', 'نویس'],
    ['پس', 'زمینه'],
    ['گفت', 'وگو'],
    ['جست', 'وجو'],
    ['دانش', 'آموز'],
    ['دانش', 'آموخته'],
    ['امکان', 'پذیر'],
    ['کارت', 'خوان'],
    ['شماره', 'گیری'],
    ['برنامه', 'ریزی'],
    ['نامه', 'نگاری'],
    ['بهره', 'برداری'],
    ['تصمیم', 'گیری'],
    ['ثبت', 'نام'],
    ['پاسخ', 'گویی'],
    ['پشتیبان', 'گیری'],
    // Added 2026-12-05 (T61g). هیچ is written apart from the word after it, هیچ‌یک، هیچ‌کدام،
    // هیچ‌کس (the Academy, «املای بعضی از واژه‌ها و پیشوندها و پسوندها», as quoted by
    // jsdp.rcisp.ac.ir and abaan.blog.ir/post/318: "با نیم‌فاصله").
    ['هیچ', 'کدام'],
    ['هیچ', 'یک'],
    ['هیچ', 'کس'],
    // هم before a word that begins with alef is written apart (the Academy's «هم» rule, as quoted by
    // abaan.blog.ir/post/349 and ikelk.com/post/386: هم‌اسم، هم‌اتاق).
    ['هم', 'اکنون'],
    // Compounds of ten letters or fewer take a ZWNJ between their parts (Sarmastani, قواعد جامع
    // املای فارسی, 1390, via virastari.persianblog.ir: سخت‌افزار among its examples); the Academy
    // leaves such compounds to the writer (nashrehsan.com, «ترکیبات»).
    ['نرم', 'افزار'],
    ['سخت', 'افزار'],
    ['بسته', 'بندی'],
    // به‌روزرسانی and بروزرسانی are both accepted, every spelling with a space is not (wiki-pen.com,
    // counted in پیکرهٔ فارسی امروز: به‌روزرسانی 223, بروزرسانی 175, "به روز رسانی" 59). The Academy
    // writes an adjective-making به joined (بنام, kelk.iaus.ac.ir) and proposes روزآمدسازی: the
    // sources disagree, so a typed بروزرسانی stays. روز + رسانی join (ز does not join forward), and
    // "به روز رسانی" is read as به + روزرسانی.
    ['به', 'روزرسانی'],
    ['بروز', 'رسانی'],
    ['روز', 'رسانی'],
  ],
  source: {
    title:
      'Academy of Persian Language and Literature, دستور خط فارسی, «ترکیبات» (ب: words written apart) and the Persian Wikipedia style guide «ویکی‌پدیا:نیم‌فاصله»; the additions of 2026-12-05 cite their own',
    url: ACADEMY,
  },
  asOf: '2026-12-05',
};

/**
 * The whole built-in lexicon, for docs and for callers who extend it: each list with its source
 * and `asOf` date (`silentHeNouns` and `preverbs` since 2026-12-04; `silentHeNounsButAi`,
 * `silentHeShopNouns`, `pronounPlurals` and `joinedPairs` since 2026-12-05).
 *
 * @since 0.1.0
 */
export const PERSIAN_LEXICON = {
  verbStems: VERB_STEMS,
  nonVerbs: MI_WORDS,
  nonPlurals: HA_WORDS,
  lexicalisedComparatives: LEXICALISED_TAR,
  silentHeNouns: HE_NOUNS,
  silentHeNounsButAi: HE_NOUNS_BUT_AI,
  silentHeShopNouns: SILENT_HE_SHOP_NOUNS,
  pronounPlurals: PRONOUN_PLURALS,
  joinedPairs: JOINED_PAIRS,
  preverbs: PREVERBS,
  adjectives: ADJECTIVES,
  compounds: COMPOUNDS,
} as const;
