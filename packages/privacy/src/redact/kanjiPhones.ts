// Phones written in kanji (Chinese-numeral) digits, read by the shadow (digits.ts shadowOf) as the
// ASCII digits they stand for, and only where a phone's shape leaves no other reading.
//
// A phone printed in kanji digits (T61a, issue #14): vertical text and formal prints write digits
// as kanji ("the Chinese numerals are more common in vertical writing": Wikipedia's "Japanese
// numerals", as quoted by locknero.blogg.se/2023/may/kokono-meaning.html, asOf 2026-12-05), one
// a digit, 0 as "〇" ("一〇九", ichi-maru-kyū), and so does Japanese voice-to-text at times:
// "〇九〇-一二三四-五六七八", "〇三（一二三四）五六七八" stayed whole. Read as digits in a phone's print:
// the trunk's zero first, two or three groups of kanji digits with a phone's separators between
// (a dash, or the katakana prolonged mark typed for one; the area code or the exchange in
// brackets), the last of four, and no kanji numeral beside the run.
//
// T63e (issue #14) reads three more shapes:
// - The zero written "零" (kanji numerals write 0 as "〇" or "零": kinyunenkin.jp/chinese-characters-0,
//   hoshiblo.com/4769.html, the zero of a postcode written vertically) or as a circle, "○" or
//   "◯" (U+25CB, U+25EF: the "〇" of kanji digits is in few dictionaries, and its zero is typed as
//   the circle "◯": robundo.com's salama-press-club, 2016-01-07, on reading "0" as "ゼロ" or "まる"
//   in a phone number), and, in Chinese, 1 said and written "幺" (yāo) so that it is not heard as
//   7 (mandarinportal.com/say-phone-numbers-mandarin-chinese; echineselearning.com, "Pronounce '1'
//   the right way"; as spokenGlued.ts cites them). Pages read 2026-12-05.
// - A mainland Chinese mobile printed 3-4-4 with dashes or spaces ("一三八-一二三四-五六七八"): eleven
//   digits, "1" and then 3 to 9 (libphonenumber-js 1.13's CN mobile pattern starts each of its
//   eleven-digit numbers 13 to 19: "1(?:[38]\d|4[57]|[59][0-35-9]|6[25-7]|7[0-35-8])\d{8}"), no
//   trunk zero.
// - A run written without separators ("〇九〇一二三四五六七八", "一三八一二三四五六七八"), where no
//   prose can be meant: ten to twelve digits (a Japanese number with its trunk is ten or eleven, a
//   Chinese landline with its trunk ten to twelve, a mainland mobile eleven), that start with the
//   trunk's zero or as a mainland mobile does ("1" then 3 to 9), with no numeral or digit before
//   or after the run, and no counter or unit after it (年, 月, 日, 号, 円, 元, 人, 个 …: a year, a
//   date, an amount, a count or a numbered item is a number said as a quantity), not after "第"
//   (an ordinal), and not the digits counted in order ("〇一二三四五六七八九", a list, which dials
//   in Hokkaido). A year ("二〇二六"), a date ("二〇二六年十二月五日", "二〇二六一二〇五": eight
//   digits), an amount ("一二〇〇円"), a count with 十, 百, 千, 万 in it are no such run.
// T64c (issue #14) reads two more separators after the trunk's zero:
// - A space, ASCII or ideographic (U+3000), between the groups ("〇九〇 一二三四 五六七八", which
//   stayed where "090 1234 5678" goes): "ハイフンを使用しない場合、スペースを適切に配置" (without
//   hyphens, spaces between the groups: hanaricchi.com/denwabangou_tate), and the groups of a
//   vertical print set apart by a blank (life-clean-journey.com/1947.html). Pages read 2026-12-05.
// - The katakana middle dot "・" (and its half-width "･"): "区切りを「・(中黒)」で表すこともあります。
//   例: 〇三・一二三四・五六七八" (the groups parted by the middle dot: hanaricchi.com, as above).
//   Read as a dash, for kanji digits only: "03・1234・5678" in ASCII digits has no source here and
//   stays as on main (searched again in T65c, 2026-12-05: the pages that print a vertical phone in
//   ASCII digits part its groups with a dash or "―", amanda-san.com/223.html,
//   life-clean-journey.com/1947.html; the middle dot only ever with kanji digits). The full-width dash "―" the vertical print also takes (amanda-san.com/223.html)
//   reaches this reading as a dash already (the shadow's).
// Not the ideographic comma "、": no source writes a phone so, and it parts numerals in prose
// ("一、二、三"); "090、1234、5678" in ASCII digits stays too.
// The phone recognizer then asks the number to be valid (libphonenumber) for the customer's
// country, as for digits written so: "〇〇〇-〇〇〇〇-〇〇〇〇" and "〇九〇○○○○○○○○" (a mask) stay.

/** Each kanji digit's value: the zero's four forms, the one's two. */
const VALUE: Readonly<Record<string, string>> = {
  〇: '0',
  零: '0',
  '○': '0',
  '◯': '0',
  一: '1',
  幺: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

// Literals, for the ReDoS check (redos.test.ts): each class bounded, no nested repetition.
/**
 * A kanji phone's print with its separators (the trunk's zero, or a mainland mobile 3-4-4). After
 * the trunk's zero the groups are parted by a dash, the katakana prolonged mark, a space (ASCII or
 * ideographic) or the katakana middle dot "・" (T64c): see the notes above.
 */
const PRINTED =
  /(?<![〇零○◯一幺二三四五六七八九十百千万億亿两0-9])(?:[〇零○◯][〇零○◯一幺二三四五六七八九]{1,4}(?:[-ーｰ・･ \u3000][〇零○◯一幺二三四五六七八九]{1,4}[-ーｰ・･ \u3000]|\([〇零○◯一幺二三四五六七八九]{1,4}\))|\([〇零○◯][〇零○◯一幺二三四五六七八九]{1,4}\)[〇零○◯一幺二三四五六七八九]{1,4}[-ーｰ・･ \u3000]|[一幺][三四五六七八九][〇零○◯一幺二三四五六七八九][- ーｰ][〇零○◯一幺二三四五六七八九]{4}[- ーｰ])[〇零○◯一幺二三四五六七八九]{4}(?![〇零○◯一幺二三四五六七八九十百千万億亿0-9])/g;
/** A kanji phone written without separators (see the shapes above). */
const GLUED =
  /(?<![〇零○◯一幺二三四五六七八九十百千万億亿两第0-9])(?:[〇零○◯][〇零○◯一幺二三四五六七八九]{9,11}|[一幺][三四五六七八九][〇零○◯一幺二三四五六七八九]{9})(?![〇零○◯一幺二三四五六七八九十百千万億亿0-9年月日时時分秒号號番円元块塊圆圓角毛人个個件台本枚回次歳岁点點倍度位名%％])/g;

/**
 * Whether a text may hold a kanji phone: a zero's form before a kanji digit, or a mainland
 * mobile's "1" and 3 to 9. What redact asks before it makes a shadow, beside MAY_HOLD_DATA, and
 * the shadow before it reads one. One expression: looking first for each unit a kanji phone
 * starts with (six `includes`) cost more, on the bench's corpus (six scans of a two-byte text
 * without any, where the expression's is one).
 */
export const MAY_HOLD_KANJI_PHONE = /[〇零○◯][〇零○◯一幺二三四五六七八九]|[一幺][三四五六七八九]/;

/** The separators a print's ASCII reading writes as a dash: the prolonged marks, the middle dots. */
const DASHES = 'ーｰ・･';

/**
 * A print's units in ASCII: each kanji digit its digit, a prolonged mark or a middle dot a dash,
 * the rest (dashes, spaces, brackets) kept.
 */
function ascii(print: string): string {
  let out = '';
  for (const c of print) out += VALUE[c] ?? (DASHES.includes(c) ? '-' : c);
  return out;
}

/**
 * Whether `digits` (ASCII) are the digits counted up or down in order, one after another ("0123456789",
 * "9876543210"): a list, not a number.
 */
function counted(digits: string): boolean {
  let up = true;
  let down = true;
  for (let k = 1; k < digits.length; k++) {
    const step = (digits.charCodeAt(k) - digits.charCodeAt(k - 1) + 10) % 10;
    up &&= step === 1;
    down &&= step === 9;
  }
  return up || down;
}

/** A glued run ({@link GLUED}) in ASCII, or as it is where it counts the digits in order. */
function gluedRun(run: string): string {
  const digits = ascii(run);
  return counted(digits) ? run : digits;
}

/** The separators T64c added that also part words: the spaces and the middle dots. */
const SOFT = / |\u3000|・|･/;
/** A kanji digit. */
const KANJI_DIGIT = /[〇零○◯一幺二三四五六七八九]/;

/**
 * A print ({@link PRINTED}) in ASCII, or as it is where its groups are parted by a space or a
 * middle dot and one more group follows the same way ("零九零零 零 零零零零 零": a number said digit
 * by digit, each group a word, which the print's first four groups only began). Read in ASCII,
 * those first groups hid the number from the spoken recognizers, which read the kanji words (found
 * by spokenGlued.test's property at its CI seed, session 45); a dash's print stays as it was.
 */
function printed(print: string, at: number, shadow: string): string {
  const next = at + print.length;
  const after = shadow[next];
  if (
    after !== undefined &&
    SOFT.test(after) &&
    KANJI_DIGIT.test(shadow[next + 1] ?? '') &&
    SOFT.test(print)
  )
    return print;
  return ascii(print);
}

/**
 * `shadow` with each kanji phone (a print with separators, or a glued run, as the notes above
 * say) written in ASCII digits, one unit for one: the shadow's offsets stay the text's.
 */
export function readKanjiPhones(shadow: string): string {
  if (!MAY_HOLD_KANJI_PHONE.test(shadow)) return shadow;
  return shadow.replace(PRINTED, printed).replace(GLUED, gluedRun);
}
