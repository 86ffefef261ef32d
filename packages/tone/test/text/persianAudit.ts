// The fourteenth audit of normalizePersian (issue #11, T40e): help-desk sentences persianGold.ts
// does not hold, with their standard orthography by the conventions that set cites (the Academy
// of Persian Language and Literature, دستور خط فارسی: «می و همی» apart; plural «ها» apart; «تر و
// ترین» apart except بهتر، بیشتر، کمتر، مهتر، کهتر; compounds apart; the clitics ام، ای، اید … after
// a silent ه written apart with their alef: خانه‌ام، نامه‌ات). '|' marks a ZWNJ of the expected form
// that the customer typed joined, '~' one typed as a space, '+' a space typed inside a word the
// orthography writes joined (ها after a letter that does not join); a trap comes back as typed.

export const Z = '\u200c';

export type AuditPair = {
  readonly input: string;
  readonly expected: string;
  readonly kind: string;
};

/** A pair written in the marks above ('|', '~', '+'): what the customer typed, what comes back. */
export const pair = (kind: string, s: string): AuditPair => ({
  input: s.replaceAll('|', '').replaceAll('~', ' ').replaceAll('+', ' '),
  expected: s.replaceAll('|', Z).replaceAll('~', Z).replaceAll('+', ''),
  kind,
});

/** Sentences a Persian help desk receives, typed without the ZWNJs the orthography wants. */
const SENTENCES: readonly string[] = [
  'رمز عبورم را فراموش کرده|ام و نمی|توانم وارد حسابم شوم.',
  'کد تخفیف را وارد کردم ولی قبول نمی|شود.',
  'اپلیکیشن شما روی گوشی من مدام بسته می|شود.',
  'فاکتورهای سه ماه گذشته را برایم ایمیل کنید.',
  'من سه بار با پشتیبانی تماس گرفته|ام.',
  'سفارش|هایم را از کجا پیگیری کنم؟',
  'چرا پیامک تأیید برایم نمی|آید؟',
  'کارت|های هدیه|ای که خریدم فعال نشده|اند.',
  'اشتراک ماهانه~ام را لغو کنید.',
  'بسته~ام هنوز نرسیده و کد رهگیری کار نمی|کند.',
  'می|خواهم آدرس تحویل را عوض کنم.',
  'این گوشی از مدل قبلی سنگین|تر است.',
  'لطفاً سریع|ترین روش ارسال را انتخاب کنید.',
  'هزینه~ها را از حسابم کم کرده|اید ولی سفارش ثبت نشده است.',
  'کفش|ها یک سایز کوچک|تر از اندازهٔ من است.',
  'من نمی|دانستم که ارسال رایگان نیست.',
  'قیمت~ها در سایت با قیمت فروشگاه فرق می|کند.',
  'وقتی پرداخت می|کنم صفحه سفید می|شود.',
  'ایمیل|های شما به پوشهٔ اسپم می|روند.',
  'آیا می|توانید فاکتور رسمی صادر کنید؟',
  'شماره|ای که ثبت کرده|ام اشتباه است.',
  'کالا+ها را کی تحویل می|دهید؟',
  'باتری گوشی زود خالی می|شود.',
  'ما هنوز منتظر پاسخ شما هستیم و نمی|دانیم چه کنیم.',
  'سفارش را لغو کردم ولی پولم برنگشته است.',
  'نمی|خواهم اشتراک خودکار تمدید شود.',
  'می|شود شمارهٔ پیگیری را دوباره بفرستید؟',
  'رسید پرداخت را در پیوست فرستاده|ام.',
  'پشتیبانی تلفنی شما همیشه اشغال است.',
  'گارانتی این دستگاه چند ماه است؟',
  'سفارش من را اشتباهی به آدرس دیگری فرستاده|اید.',
  'کیف|های چرمی را کی دوباره موجود می|کنید؟',
  'پیش|پرداخت را برمی|گردانید یا نه؟',
  'این محصول از آن یکی ارزان|تر ولی کندتر است.',
  'برنامه|ریزی ارسال را به هفتهٔ بعد موکول کنید.',
  'دیروز ثبت|نام کردم ولی ایمیل تأیید نیامد.',
  'جست|وجو در اپلیکیشن نتیجه|ای نشان نمی|دهد.',
  'آنها گفتند که فردا تماس می|گیرند.',
  'بهترین راه برای بازگرداندن کالا چیست؟',
  'بسته|های کوچک|تر زودتر می|رسند؟',
];

/**
 * Traps: words that look like a prefixed verb, a plural, a comparative or a clitic and are not, or
 * text already written right; each must come back exactly as typed.
 */
const TRAPS: readonly string[] = [
  // می at the start of a noun or a name.
  'میکروسکوپ آزمایشگاه خراب رسید.',
  'مینیمم سفارش چقدر است؟',
  'آقای میثمی پیگیر سفارش است.',
  'آدرس: خیابان میرداماد، کوچهٔ دوم.',
  'شهر میبد جزو مناطق ارسال هست؟',
  'میانبر صفحه|کلید کار نمی|کند.',
  'میزبانی سایت ما با شماست؟',
  'میخک و میگو را جدا بسته|بندی کنید.',
  // ها at the end of a word that is not a plural.
  'این انگشتر گرانبها است.',
  'خونبها را چه کسی تعیین می|کند؟',
  'تنها راه تماس ایمیل است؟',
  'آنها هنوز جواب نداده|اند.',
  'این جوراب برای پاها کوچک است.',
  'کدها را دوباره بفرستید.',
  // تر at the end of a word that is not a comparative.
  'دکتر گفت این دارو را نخورم.',
  'پوستر تبلیغاتی پاره رسید.',
  'ویترین فروشگاه شکسته است.',
  'اسکوتر برقی شارژ نمی|شود.',
  // ها as a word of its own: the spoken particle of insistence, not a plural.
  'فراموش نکنید ها!',
  'فردا حتماً بفرستید ها.',
  'سانتیمتر یا اینچ؟',
  // ام، اند after a word that is not a participle.
  'این اتهام درست نیست.',
  'ابهام در فاکتور را برطرف کنید.',
  'سهام شرکت را نمی|خواهم.',
  // Written right already: nothing to add.
  `سفارش${Z}هایم را کی می${Z}فرستید؟`,
  `من قبلاً تماس گرفته${Z}ام.`,
  `این کیف بزرگ${Z}تر است.`,
  // Lexicalised comparatives and stems that end in a letter that does not join.
  'بیشتر از یک هفته است که منتظرم.',
  'کمترین هزینه را انتخاب کردم.',
  'زودتر بفرستید لطفاً.',
  'بلندترین کابل را می|خواهم.',
];

/** Every pair of the audit: sentences to restore, traps to leave. */
export const PERSIAN_AUDIT: readonly AuditPair[] = [
  ...SENTENCES.map((s) => pair('sentence', s)),
  // A trap's '|' is a ZWNJ the customer typed (the trap is the rest of the sentence).
  ...TRAPS.map((s) => {
    const typed = s.replaceAll('|', Z);
    return { input: typed, expected: typed, kind: 'trap' };
  }),
];
