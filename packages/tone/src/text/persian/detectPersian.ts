import { describeValue } from '@meridian-cx/core';
import { fail } from '../failures.js';
import { buildLexicon, prefixBreak } from './persianRules.js';
import { isWordChar } from './persianScript.js';

// Persian or Arabic? Arabic-script text typed on an Arabic keyboard carries ي and ك either way, so
// the letters that decide are the ones only one language has, and the function words.

const PERSIAN_LETTERS = new Set([...'پچژگ'].map((c) => c.codePointAt(0) ?? 0));
const PERSIAN_WORDS = new Set(
  [
    'است',
    'این',
    'را',
    'که',
    'برای',
    'شما',
    'ما',
    'هست',
    'بود',
    'شد',
    'کرد',
    'آن',
    'ها',
    'های',
    'سفارش',
    'خرید',
    'لطفا',
    'لطفاً',
    'ممنون',
    'سپاس',
    'نیست',
    'هستند',
    'باشد',
    'کنید',
    'میشود',
    'تا',
    'یا',
    'هم',
    'چه',
    'چرا',
    'کجا',
    'اگر',
    'ولی',
    'بسیار',
    'خیلی',
    'روز',
    'امروز',
    // Added 2026-12-05 (T61g): "يك كيف شيكتر نشانم بدهيد" (Persian on an Arabic keyboard) was
    // 'unknown'. Neither is an Arabic word (Arabic writes "one" واحد and "from" من).
    'یک',
    'از',
  ].map(fold),
);

/** The built-in lexicon, for the one verb test below. */
const LEXICON = buildLexicon();
const ARABIC_WORDS = new Set(
  [
    'في',
    'على',
    'إلى',
    'الى',
    'التي',
    'الذي',
    'هذا',
    'هذه',
    'عن',
    'لا',
    'أن',
    'إن',
    'كان',
    'تم',
    'قد',
    'لم',
    'لن',
    'مع',
    'ذلك',
    'كل',
    'بعد',
    'عند',
    'شكرا',
    'شكراً',
    'نحن',
    'أنت',
    'هل',
  ].map(fold),
);

function fold(w: string): string {
  return w
    .replaceAll('\u064a', '\u06cc')
    .replaceAll('\u0643', '\u06a9')
    .replaceAll('\u0649', '\u06cc');
}

/**
 * Which language an Arabic-script text is in: Persian letters (پ چ ژ گ, and ک ی, which Arabic
 * writes ك ي), function words, ZWNJs and verbs with می/نمی of the lexicon count for Persian; ة,
 * the article ال and Arabic function words for Arabic.
 *
 * @param text - Any text.
 * @returns 'fa', 'ar', or 'unknown' when there is too little to tell (or no Arabic script at all).
 * @example
 * detectPersian('سفارش شما ارسال شد'); // 'fa'
 * detectPersian('تم شحن الطلب'); // 'ar'
 * @since 0.1.0
 */
export function detectPersian(text: string): 'fa' | 'ar' | 'unknown' {
  if (typeof text !== 'string')
    fail('tone/text-not-a-string', { fn: 'detectPersian', value: describeValue(text) });
  let fa = 0;
  let ar = 0;
  let word = '';
  const flush = () => {
    if (word === '') return;
    const w = fold(word.replaceAll('\u200c', ''));
    if (PERSIAN_WORDS.has(w)) fa += 1;
    if (ARABIC_WORDS.has(w)) ar += 1;
    if (w.startsWith('ال') && w.length > 3) ar += 0.5;
    if (word.includes('\u200c')) fa += 1;
    // A verb with می/نمی ("نميدانم" on an Arabic keyboard): Arabic has no such prefix, and the
    // lexicon's nouns that start with می (میدان، میزان) are no verbs.
    if (w.includes('می') && prefixBreak(w, LEXICON) !== undefined) fa += 1;
    word = '';
  };
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (PERSIAN_LETTERS.has(cp)) fa += 2;
    // Keheh and Farsi Yeh: Arabic writes ك and ي (its keyboards type them in Persian too, which is
    // what the fold above is for), so ک and ی as typed are Persian's.
    else if (cp === 0x06a9 || cp === 0x06cc) fa += 1;
    if (cp === 0x0629) ar += 1; // ة
    if (isWordChar(cp)) word += ch;
    else flush();
  }
  flush();
  if (fa > ar) return 'fa';
  if (ar > fa) return 'ar';
  return 'unknown';
}
