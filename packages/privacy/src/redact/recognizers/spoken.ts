import { describeValue } from '@meridian-cx/core';
import type { CountryCode as PhoneCountry } from 'libphonenumber-js/max';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { luhnValid } from '../checks/luhn.js';
import { foldWord, lastEnd, reachStart, sentenceEndsIn, withoutMarks } from '../context.js';
import { defineRecognizer } from '../defineRecognizer.js';
import { redactFail } from '../failures.js';
import { MY_NUMBER_OWNERS, PHONE_WORDS, REFERENCE_WORDS } from '../keywords.js';
import { languageOf, localeInfo } from '../locales.js';
import { releaseAfterCall } from '../release.js';
import type { Recognizer, RecognizerContext, RecognizerMatch } from '../types.js';
import { validBareNumber } from './phoneValidity.js';
import { spokenLanguages } from './spokenCountries.js';
import { GLUED_DIGITS, type GluedTrie, gluedDash, gluedPieces, gluedTrie } from './spokenGlued.js';

// Numbers said digit by digit, as a call's speech-to-text or an agent's notes write them ("my
// number is six zero zero, one two three…"): the words of the languages where a phone or a card is
// read out one digit at a time. Elsewhere tens ("dwanaście", "doze") end a run: a customer who
// says a number in tens is counting or giving an amount. French, Turkish, English, German, Spanish,
// Persian, Italian, Dutch and Greek are the exceptions: a French phone number is said in pairs
// ("zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit"), so French reads its
// numbers from 0 to 99 (frenchNumber below); a Turkish, Spanish, Persian or Greek one in hundreds
// and tens, a German, Italian or Dutch one in pairs, an English area code or prefix sometimes as a
// number (GROUPS below).
const DIGITS: Readonly<Record<string, readonly string[]>> = {
  en: ['zero|oh|nought', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  de: ['null', 'eins', 'zwei|zwo', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'],
  es: ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'],
  it: ['zero', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove'],
  nl: ['nul', 'een|één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'],
  pl: ['zero', 'jeden', 'dwa', 'trzy', 'cztery', 'pięć', 'sześć', 'siedem', 'osiem', 'dziewięć'],
  pt: [
    'zero',
    'um|uma',
    'dois|duas',
    'três',
    'quatro',
    'cinco',
    'seis|meia',
    'sete',
    'oito',
    'nove',
  ],
  // The desk's other languages, in the forms speech-to-text writes, each checked against a
  // reference page. Many are everyday words too (Turkish "bir" is "a", Vietnamese "không" is
  // "no", "năm" "year", "ba" "father", Persian "نه" "no", Hindi "दो" "give"): a run needs LEAST
  // digits, so "không một hai ba" or "đã chờ năm ngày" is no number.
  // Turkish (turkish.cafe/turkish-numerals: sıfır, bir, iki, üç, dört, beş, altı…), written
  // folded as the text is read (turkishFold below): "sifir" and "dort" typed on a keyboard without
  // Turkish letters, and "SIFIR", "İKİ" in capitals, are read as "sıfır" and "iki".
  tr: ['sifir', 'bir', 'iki', 'uc', 'dort', 'bes', 'alti', 'yedi', 'sekiz', 'dokuz'],
  // Arabic (learningarabicfree.blogspot.com/2009/01/arabic-numbers.html), with "اثنين" (the
  // form people say), a bare alif for "أ"/"إ", and "ه" for the final "ة" as chat writes them.
  ar: [
    'صفر',
    'واحد',
    'اثنان|اثنين|إثنان|إثنين',
    'ثلاثة|ثلاثه',
    'أربعة|أربعه|اربعة|اربعه',
    'خمسة|خمسه',
    'ستة|سته',
    'سبعة|سبعه',
    'ثمانية|ثمانيه',
    'تسعة|تسعه',
  ],
  // Persian (omniglot.com/language/numbers/persian.htm). "یک" is written with Arabic "ي" and "ك"
  // by keyboards and speech-to-text trained on Arabic text: a Persian text is read with its own
  // letters (saidNumbers), so each word is here once.
  fa: ['صفر', 'یک', 'دو', 'سه', 'چهار', 'پنج', 'شش', 'هفت', 'هشت', 'نه'],
  // Hindi (en.wikipedia.org/wiki/Hindustani_numerals: śūnya, and "zero" said in English, which
  // Hindi speech-to-text writes "ज़ीरो" or "जीरो"; "पाँच"/"पांच", "छह"/"छः"/"छ").
  hi: [
    // "ज़" decomposed, and precomposed (U+095B, which no normalisation composes).
    'शून्य|ज़ीरो|\u095bीरो|जीरो',
    'एक',
    'दो',
    'तीन',
    'चार',
    'पाँच|पांच',
    'छह|छः|छ',
    'सात',
    'आठ',
    'नौ',
  ],
  // Vietnamese (openbooks.lib.msu.edu/vietnamese/chapter/u3-vocabulary: "bảy"/"bẩy"). Not "mốt",
  // "tư", "lăm" (1, 4, 5 inside a compound: "hai mươi mốt", "mười lăm") nor "linh"/"lẻ" (a zero
  // after hundreds: "một trăm lẻ một"): a number said digit by digit says "một", "bốn", "năm",
  // "không".
  vi: ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy|bẩy', 'tám', 'chín'],
  // Greek (golearngreek.com/greek-language/numbers: "εφτά", "οχτώ", "εννιά" beside "επτά",
  // "οκτώ", "εννέα"), also without accents, as a text in capitals lowers to ("ΕΝΑ" is "ενα").
  el: [
    'μηδέν|μηδεν',
    'ένα|ενα',
    'δύο|δυο',
    'τρία|τρια',
    'τέσσερα|τεσσερα',
    'πέντε|πεντε',
    'έξι|εξι',
    'επτά|εφτά|επτα|εφτα',
    'οκτώ|οχτώ|οκτω|οχτω',
    'εννέα|εννιά|εννεα|εννια',
  ],
  // Hebrew (ulpan.net/index.php/hebrew-numbers-1-10): a phone number is said in the feminine
  // ("אחת, שתיים, שלוש"), the masculine is heard too; with the spellings without "י"/"ו"
  // ("שתים", "שלש"). Not "שנים" (also "years").
  he: [
    'אפס',
    'אחת|אחד',
    'שתיים|שתים|שניים',
    'שלוש|שלש|שלושה|שלשה',
    'ארבע|ארבעה',
    'חמש|חמישה|חמשה',
    'שש|שישה|ששה',
    'שבע|שבעה',
    'שמונה',
    'תשע|תשעה',
  ],
  // The fourteenth audit (fourteenthAudit.test.ts): a call's transcript in Indonesian, Ukrainian,
  // Czech and Hungarian spelled the digits out and kept the number. Indonesian
  // (en.wikibooks.org/wiki/Indonesian/Lessons/Numbers; "kosong", also "empty", for 0 beside "nol":
  // preludetoindonesia.wixsite.com, "numbering part 1"). Ukrainian (elon.io/grammar/ukrainian/
  // expressions/numbers-zero-to-hundred: "нуль" when reading digits; "один", "одна", "два", "дві"
  // as the gender asks, ukma.edu.ua/eng/ufl/lesson8.htm), "п’ять" and "дев’ять" with the
  // apostrophe a keyboard types, the curly one or the modifier letter (TOKEN reads a word across
  // it). Czech (en.wikiversity.org/wiki/Czech_Language/Cardinal_Numbers: "jeden", "jedna",
  // "jedno", "dva", "dvě"). Hungarian (en.wikibooks.org/wiki/Hungarian/Lesson_2; "két", the form
  // before a noun, beside "kettő"); Hungarians also say a number in tens ("húsz, hat(száz)negyven,
  // harminckettő", forum.duolingo.com/comment/20837150): read as German's are (hungarianWords below).
  id: [
    'nol|kosong',
    'satu',
    'dua',
    'tiga',
    'empat',
    'lima',
    'enam',
    'tujuh',
    'delapan',
    'sembilan',
  ],
  uk: [
    'нуль',
    'один|одна|одне',
    'два|дві',
    'три',
    'чотири',
    "п’ять|п'ять|пʼять",
    'шість',
    'сім',
    'вісім',
    "дев’ять|дев'ять|девʼять",
  ],
  cs: [
    'nula',
    'jeden|jedna|jedno',
    'dva|dvě',
    'tři',
    'čtyři',
    'pět',
    'šest',
    'sedm',
    'osm',
    'devět',
  ],
  hu: ['nulla', 'egy', 'kettő|két', 'három', 'négy', 'öt', 'hat', 'hét', 'nyolc', 'kilenc'],
  // T56c's audit: a Malaysian call's transcript spelled the number out and kept it. Malay shares
  // Indonesian's words but eight, "lapan" ("In Malaysia they say 'lapan'",
  // burubaxair.wordpress.com/2011/06/14/malay-numbers, asOf 2026-12-05), and says 0 "kosong"
  // (witcast.blogspot.com/2013/06/learning-bahasa-melayu-lesson-2-number.html); "delapan" kept
  // for an Indonesian speaker in Malaysia.
  ms: [
    'kosong',
    'satu',
    'dua',
    'tiga',
    'empat',
    'lima',
    'enam',
    'tujuh',
    'lapan|delapan',
    'sembilan',
  ],
  // Korean, Chinese and Thai, whose digit words are written without spaces between them
  // (spokenGlued.ts, with their sources): read inside a word (saidNumbers), alone as any word.
  ...GLUED_DIGITS,
};
// "Plus four four…": the international prefix, as the first word of a number. Turkish "artı"
// (sublearn.com: "artı doksan…" read out in phone numbers), Arabic "زائد", Vietnamese "cộng",
// Hebrew "פלוס" (linguanaut.com/learn-hebrew/numbers.php). None in Persian, Hindi and Greek, whose
// speakers say the country code without it ("صفر صفر نود و هشت").
const PLUS: Readonly<Record<string, string>> = {
  en: 'plus',
  de: 'plus',
  es: 'más',
  it: 'più',
  nl: 'plus',
  pl: 'plus',
  pt: 'mais',
  tr: 'arti',
  ar: 'زائد',
  vi: 'cộng',
  he: 'פלוס',
  // Hungarian "plusz" ("plusz harminchat, egy, …", forum.duolingo.com/comment/20837150).
  hu: 'plusz',
};

// Turkish is read folded (its words above are written so), with the fold labels are read with
// (context.ts foldWord: lower case, "ı" and "İ" as "i", a letter without its accents), and the
// combining marks a decomposed (NFD) text writes after a letter dropped: foldWord keeps each unit
// apart, so "İKİ" typed decomposed ("I\u0307KI\u0307") kept its marks and read no "iki" there.
// A keyboard without Turkish letters writes "sifir", "dort", "kirk": each is read as the one word
// it is. The marks are the label fold's (context.ts isMark, withoutMarks).
const turkishFold = (word: string): string => withoutMarks(foldWord(word));
const ARABIC_YEH = /\u064a/g;
const ARABIC_KAF = /\u0643/g;

// Numbers said in groups, where a language's speakers say a phone number so. Turkish says a
// mobile without its trunk "0" in hundreds and tens: 567 845 22 15 is "beş yüz altmış yedi,
// sekiz yüz kırk beş, yirmi iki, on beş", 00 "çift sıfır" (zeynepmasri.com/dersler/
// telefon_kimlik_numaralari). English says a toll-free prefix, and sometimes the last four, so:
// "one, eight hundred, five five five, one two one two", "four four seven, ninety-eight
// twenty-one" (eslcafe.com/grammar/saying_phone_numbers.html). Per language: its tens from 10,
// each taking a unit after it ("kırk beş", "ninety-eight"), the words of 10 to 19 that take none,
// the hundred, and whether a hundred goes on with tens and units ("yüz yirmi üç" is 123; in
// English "eight hundred, five five five" a unit after the hundred is the next group's).
// Spanish (Spain says a mobile "seiscientos doce, treinta y cuatro, cincuenta y seis, setenta y
// ocho") and Persian ("صفر نهصد و دوازده، سیصد و چهل و پنج…") say each hundred in one word, and
// an "and" between a ten and its unit ("treinta y cuatro", "چهل و پنج"; Persian after a hundred
// too: "سیصد و دوازده"); Spanish says 10 to 29 each in one word ("dieciséis", "veintidós";
// speech-to-text may drop the accent). Numbers from speleotrove.com/spanish/numbers.html and
// omniglot.com/language/numbers/persian.htm, wordadaypersian.wordpress.com (hundreds). German
// says a number in one word, its unit before its ten ("zweiundzwanzig" is 22, "achthundert-
// zweiundsechzig" 862; a Swiss or German number in pairs: "null vierundvierzig,
// achthundertzweiundsechzig, vierundfünfzig…", blogwiese.ch/archives/315): its words are made
// below (germanWords). Italian and Dutch say each number below a thousand in one word too
// ("trecentoquarantasette", "vierendertig"; an Italian mobile "tre quattro sette…" or
// "trecentoquarantasette, ventuno, trenta…", a Dutch one "nul zes, twaalf, vierendertig…"):
// italianWords and dutchWords below.
type Groups = {
  readonly tens: string;
  readonly teens: string;
  readonly hundred: string;
  readonly more: boolean;
  /** The hundreds from 100 said as one word each ("ciento|cien doscientos …"). */
  readonly hundreds?: string;
  /** The word between a ten and its unit ("y", "و"). */
  readonly and?: string;
  /** Whether `and` stands after a hundred too ("سیصد و دوازده"). */
  readonly andHundred?: boolean;
  /** The hundred's own forms after a unit, where the unit chooses it ("dvě stě", "tři sta", "pět set"). */
  readonly hundredAfter?: string;
};
const GROUPS: Readonly<Record<string, Groups>> = {
  tr: {
    // on, yirmi, otuz, kırk, elli, altmış, yetmiş, seksen, doksan; yüz, folded.
    tens: 'on yirmi otuz kirk elli altmis yetmis seksen doksan',
    // None ("on bir" is 11): "-" holds the place, a word no text's token is.
    teens: '-',
    hundred: 'yuz',
    more: true,
  },
  en: {
    // No ten of 10 that takes a unit ("ten five" is no number): "-" holds its place.
    tens: '- twenty thirty forty fifty sixty seventy eighty ninety',
    teens: 'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen',
    hundred: 'hundred',
    more: false,
  },
  es: {
    tens: '- - treinta cuarenta cincuenta sesenta setenta ochenta noventa',
    teens:
      'diez once doce trece catorce quince dieciséis|dieciseis diecisiete dieciocho diecinueve veinte veintiuno veintidós|veintidos veintitrés|veintitres veinticuatro veinticinco veintiséis|veintiseis veintisiete veintiocho veintinueve',
    hundred: '-',
    more: true,
    hundreds:
      'cien|ciento doscientos trescientos cuatrocientos quinientos seiscientos setecientos ochocientos novecientos',
    and: 'y',
  },
  fa: {
    tens: '- بیست سی چهل پنجاه شصت هفتاد هشتاد نود',
    teens: 'ده یازده دوازده سیزده چهارده پانزده شانزده هفده هجده نوزده',
    hundred: '-',
    more: true,
    hundreds: 'صد دویست سیصد چهارصد پانصد ششصد هفتصد هشتصد نهصد',
    and: 'و',
    andHundred: true,
  },
  de: { tens: '-', teens: '-', hundred: '-', more: false },
  // Greek: "είκοσι ένα" (21) in two words, "εκατό" alone, "εκατόν" before more ("εκατόν
  // δώδεκα"), the hundreds in the neuter a number said alone takes (greek.vocabox.net), with the
  // forms the units have beside them where a page gives them: "δεκαεφτά" (apsense.com, "how to
  // count up to 1000"), "ένδεκα" (asteri.ws), "δεκάξι", "τρακόσια" (geocities Greek Notes),
  // "εφτακόσια", "οχτακόσια" (number-to-words tables in public code). Accents optional, as for the
  // digit words (withDecomposed): a Greek mobile is 69x xxx xxxx, "εξακόσια ενενήντα τέσσερα…".
  el: {
    tens: '- είκοσι τριάντα σαράντα πενήντα εξήντα εβδομήντα ογδόντα ενενήντα',
    teens:
      'δέκα έντεκα|ένδεκα δώδεκα δεκατρία δεκατέσσερα δεκαπέντε δεκαέξι|δεκάξι δεκαεπτά|δεκαεφτά δεκαοκτώ|δεκαοχτώ δεκαεννέα|δεκαεννιά',
    hundred: '-',
    more: true,
    hundreds:
      'εκατό|εκατόν διακόσια τριακόσια|τρακόσια τετρακόσια πεντακόσια εξακόσια επτακόσια|εφτακόσια οκτακόσια|οχτακόσια εννιακόσια',
  },
  it: { tens: '-', teens: '-', hundred: '-', more: false },
  nl: { tens: '-', teens: '-', hundred: '-', more: false },
  hu: { tens: '-', teens: '-', hundred: '-', more: false },
  // Czech says a phone number in twos and threes, not digit by digit ("V češtině je zvykem, že se
  // telefonní čísla čtou jako dvojciferná či trojciferná čísla", helpforenglish.cz/article/
  // 2007081502): a ten and then its unit in two words ("sedmdesát pět"), a hundred after its
  // unit in the form the unit takes ("dvě stě", "tři sta", "pět set"), "sto" alone for one
  // (en.wikiversity.org/wiki/Czech_Language/Cardinal_Numbers: "sto jedna", "sto dvacet").
  cs: {
    tens: '- dvacet třicet čtyřicet padesát šedesát sedmdesát osmdesát devadesát',
    teens: 'deset jedenáct dvanáct třináct čtrnáct patnáct šestnáct sedmnáct osmnáct devatenáct',
    hundred: '-',
    more: true,
    hundreds: 'sto',
    hundredAfter: 'stě sta set',
  },
};

/** Each of `words` (separated by spaces, forms by "|") with its value: `first`, then `step` more each. */
function numbered(words: string, first: number, step: number): Map<string, number> {
  const out = new Map<string, number>();
  words.split(' ').forEach((forms, k) => {
    for (const w of forms.split('|')) out.set(w, first + step * k);
  });
  return out;
}

/**
 * German's numbers from 10 to 999, each one word, in a map from the word to its value: the teens,
 * the tens and each unit before them with "und" ("einundzwanzig", not "eins"), and a hundred
 * before those or a unit ("dreihundertzwölf", "hunderteins", "einhundert"). Swiss "dreissig" too.
 */
function germanWords(): Map<string, number> {
  const units = 'ein zwei drei vier fünf sechs sieben acht neun'.split(' ');
  const below = numbered(
    'zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn',
    10,
    1,
  );
  const tens = 'zwanzig dreißig|dreissig vierzig fünfzig sechzig siebzig achtzig neunzig';
  for (const [w, ten] of numbered(tens, 20, 10)) {
    below.set(w, ten);
    for (let k = 0; k < 9; k++) below.set(`${units[k]}und${w}`, ten + k + 1);
  }
  const words = new Map(below);
  for (let k = 0; k < 9; k++) {
    const h = 100 * (k + 1);
    for (const w of k === 0 ? ['hundert', 'einhundert'] : [`${units[k]}hundert`]) {
      words.set(w, h);
      // After a hundred a unit is said whole: "hunderteins", "dreihundertsechs".
      for (let j = 0; j < 9; j++) words.set(w + (j === 0 ? 'eins' : units[j]), h + j + 1);
      for (const [rest, n] of below) words.set(w + rest, h + n);
    }
  }
  return words;
}

/**
 * Italian's numbers from 10 to 999, each one word, in a map from the word to its value
 * (comesiscrive.it/dubbi/108-centootto-o-centotto): a ten drops its last vowel before "uno" and
 * "otto" ("ventuno", "trentotto"), a hundred does not ("centouno", "trecentootto") but before
 * "ottanta" ("centottanta"); "tre" ends a number as "tré" ("ventitré", typed "ventitre" too).
 * "Centuno" and "centotto" are written too (the page answers the doubt): both are read.
 */
function italianWords(): Map<string, number> {
  const units = ['', 'uno', 'due', 'tre|tré', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove'];
  const below = numbered(
    'dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove',
    10,
    1,
  );
  const tens = 'venti trenta quaranta cinquanta sessanta settanta ottanta novanta';
  for (const [ten, n] of numbered(tens, 20, 10)) {
    below.set(ten, n);
    for (let k = 1; k <= 9; k++) {
      for (const u of (units[k] as string).split('|')) {
        below.set((k === 1 || k === 8 ? ten.slice(0, -1) : ten) + u, n + k);
      }
    }
  }
  const words = new Map(below);
  const hundreds =
    'cento duecento trecento quattrocento cinquecento seicento settecento ottocento novecento';
  for (const [h, n] of numbered(hundreds, 100, 100)) {
    words.set(h, n);
    for (let k = 1; k <= 9; k++) {
      for (const u of (units[k] as string).split('|')) {
        words.set(h + u, n + k);
        if (k === 1 || k === 8) words.set(h.slice(0, -1) + u, n + k);
      }
    }
    for (const [rest, m] of below) {
      words.set((rest.startsWith('ottant') ? h.slice(0, -1) : h) + rest, n + m);
    }
  }
  return words;
}

/**
 * Dutch's numbers from 10 to 999, each one word (elon.io/grammar/dutch/spelling/numbers-in-
 * writing; liquisearch.com/dutch_grammar/numeral_system): the unit before its ten with "en"
 * ("vierendertig"), "ën" after a unit ending in "e" ("tweeëntwintig", typed "tweeentwintig"
 * too), a hundred before the rest with or without "en" ("honderdtwaalf", "honderdentwaalf").
 */
function dutchWords(): Map<string, number> {
  const units = 'een twee drie vier vijf zes zeven acht negen'.split(' ');
  const below = numbered(
    'tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien',
    10,
    1,
  );
  const tens = 'twintig dertig veertig vijftig zestig zeventig tachtig negentig';
  for (const [ten, n] of numbered(tens, 20, 10)) {
    below.set(ten, n);
    units.forEach((u, k) => {
      below.set(`${u}en${ten}`, n + k + 1);
      if (u.endsWith('e')) below.set(`${u}ën${ten}`, n + k + 1);
    });
  }
  const words = new Map<string, number>();
  const hundreds = `honderd ${units
    .slice(1)
    .map((u) => `${u}honderd`)
    .join(' ')}`;
  for (const [h, n] of numbered(hundreds, 100, 100)) {
    words.set(h, n);
    units.forEach((u, k) => {
      words.set(h + u, n + k + 1);
      words.set(`${h}en${u}`, n + k + 1);
    });
    for (const [rest, m] of below) {
      words.set(h + rest, n + m);
      words.set(`${h}en${rest}`, n + m);
    }
  }
  for (const [rest, m] of below) words.set(rest, m);
  return words;
}

/**
 * Hungarian's numbers from 10 to 999, each one word (numbersdata.com/numbers-in-hungarian: "tíz"
 * and "húsz" become "tizen" and "huszon" before a unit, "harminc" to "kilencven" take it as they
 * are, "száz" after its multiplier, "kétszáz" or "kettőszáz"). Hungarians say a phone number in
 * tens as often as digit by digit ("húsz(as), hat(száz)negyven, harminckettő nulla egy",
 * forum.duolingo.com/comment/20837150), a mobile's prefix as its ten with "-as"/"-es" (the name a
 * number is called by: "húszas", "harmincas", "hetvenes"); "száz" dropped ("hat negyven") reads
 * as its digit and its ten (6 and 40: 640).
 */
function hungarianWords(): Map<string, number> {
  const units = ['egy', 'kettő|két', 'három', 'négy', 'öt', 'hat', 'hét', 'nyolc', 'kilenc'];
  const below = new Map<string, number>();
  const tens = 'tíz húsz harminc negyven ötven hatvan hetven nyolcvan kilencven'.split(' ');
  const before = ['tizen', 'huszon', ...tens.slice(2)];
  const called =
    'tízes húszas harmincas negyvenes ötvenes hatvanas hetvenes nyolcvanas kilencvenes';
  tens.forEach((ten, k) => {
    below.set(ten, 10 * (k + 1));
    below.set(called.split(' ')[k] as string, 10 * (k + 1));
    units.forEach((forms, u) => {
      for (const w of forms.split('|')) below.set((before[k] as string) + w, 10 * (k + 1) + u + 1);
    });
  });
  const words = new Map(below);
  const hundreds = ['száz', 'kétszáz|kettőszáz', ...units.slice(2).map((u) => `${u}száz`)];
  hundreds.forEach((forms, k) => {
    for (const h of forms.split('|')) {
      const n = 100 * (k + 1);
      words.set(h, n);
      units.forEach((unitForms, u) => {
        for (const w of unitForms.split('|')) words.set(h + w, n + u + 1);
      });
      for (const [rest, m] of below) words.set(h + rest, n + m);
    }
  });
  return words;
}

// The languages whose numbers below a thousand are each one word, made from their grammar.
const ONE_WORD: Readonly<Record<string, () => Map<string, number>>> = {
  de: germanWords,
  it: italianWords,
  nl: dutchWords,
  hu: hungarianWords,
};

/** A language's group words, read: its own units from one to nine, its tens and its teens. */
type GroupWords = Groups & {
  readonly units: ReadonlyMap<string, number>;
  readonly tenOf: ReadonlyMap<string, number>;
  readonly teenOf: ReadonlyMap<string, number>;
  readonly hundredOf: ReadonlyMap<string, number>;
  readonly hundredAfterOf: ReadonlyMap<string, number>;
};
const groupTables = new Map<string, GroupWords>();

/**
 * `words` with each word's decomposed (NFD) twin, as the digit words (tableFor): "ventitré",
 * "tweeëntwintig", "fünfzig" typed as a letter and its combining mark are read as typed composed.
 * Greek's also without their accents, as its digit words: typed without them, or in capitals
 * ("ΕΙΚΟΣΙ" lowers to "εικοσι").
 */
function withDecomposed(words: Map<string, number>, lang: string): Map<string, number> {
  for (const [w, n] of [...words]) {
    const d = w.normalize('NFD');
    words.set(d, n);
    if (lang === 'el') words.set(withoutMarks(d), n);
  }
  return words;
}

function groupsFor(lang: string): GroupWords | undefined {
  const g = GROUPS[lang];
  if (g === undefined) return undefined;
  let table = groupTables.get(lang);
  if (table === undefined) {
    const units = new Map<string, number>();
    (DIGITS[lang] as readonly string[]).forEach((forms, n) => {
      for (const w of forms.split('|')) if (n > 0) units.set(w, n);
    });
    table = {
      ...g,
      // Decomposed too: "είκοσι ένα" typed decomposed is 21, not 20 and then 1.
      units: withDecomposed(units, lang),
      tenOf: withDecomposed(numbered(g.tens, 10, 10), lang),
      // German's, Italian's and Dutch's words from 10 to 999 take nothing after them, as teens.
      teenOf: withDecomposed(ONE_WORD[lang]?.() ?? numbered(g.teens, 10, 1), lang),
      hundredOf: withDecomposed(numbered(g.hundreds ?? '-', 100, 100), lang),
      hundredAfterOf: withDecomposed(
        numbered((g.hundredAfter ?? '-').replace(/ /g, '|'), 1, 0),
        lang,
      ),
    };
    groupTables.set(lang, table);
  }
  return table;
}

/**
 * A number said as a group (a hundred, a ten and its unit, a teen) and the index of its last
 * word, or undefined, from word `i`; `next(k)` is the word after word k when nothing but spaces
 * and hyphens stands between, else '' (a comma ends a group: "kırk, beş" is 40 then 5).
 */
function groupNumber(
  wordAt: (k: number) => string,
  next: (k: number) => string,
  i: number,
  g: GroupWords,
): [number, number] | undefined {
  const word = wordAt(i);
  let hundreds = g.hundredOf.get(word) ?? 0;
  let last = i;
  const unit = g.units.get(word) ?? 0;
  const after = unit > 0 ? next(i) : undefined;
  if (after !== undefined && (after === g.hundred || g.hundredAfterOf.has(after))) {
    hundreds = 100 * unit;
    last = i + 1;
  } else if (g.more && word === g.hundred) hundreds = 100;
  if (hundreds > 0 && !g.more) return [hundreds, last];
  let at = hundreds > 0 ? last + 1 : i;
  let w = hundreds > 0 ? next(last) : word;
  // "سیصد و دوازده": the "and" is read when a number follows it, else it is no part of this one.
  if (hundreds > 0 && g.andHundred && w === g.and) {
    w = next(at);
    at++;
  }
  const teen = g.teenOf.get(w);
  if (teen !== undefined) return [hundreds + teen, at];
  const ten = g.tenOf.get(w);
  if (ten !== undefined) {
    // "treinta y cuatro": the unit after the "and".
    const and = g.and !== undefined && next(at) === g.and ? 1 : 0;
    const u = g.units.get(next(at + and)) ?? 0;
    return u > 0 ? [hundreds + ten + u, at + 1 + and] : [hundreds + ten, at];
  }
  if (hundreds === 0) return undefined;
  const u = g.units.get(w) ?? 0;
  return u > 0 ? [hundreds + u, at] : [hundreds, last];
}
// French numbers from 0 to 99, as a phone number's pairs are said: units and "dix" to "seize",
// then tens, and the compounds the tens make ("vingt et un", "trente-quatre", "soixante-dix-huit",
// "quatre-vingt-douze"; Belgian and Swiss "septante", "huitante", "octante", "nonante"). Accents
// are optional (speech-to-text drops them). A Map, built once: a word of the text such as
// "constructor" must not find an object's prototype.
let frenchWords: ReadonlyMap<string, number> | undefined;

/** A French number word's value (0-16, or a ten from 20 to 90), or -1. */
function french(word: string): number {
  if (frenchWords === undefined) {
    const words = new Map<string, number>();
    'zéro|zero un|une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize'
      .split(' ')
      .forEach((forms, n) => {
        for (const w of forms.split('|')) words.set(w, n);
      });
    'vingt|vingts trente quarante cinquante soixante septante huitante|octante nonante'
      .split(' ')
      .forEach((forms, k) => {
        for (const w of forms.split('|')) words.set(w, 20 + 10 * k);
      });
    frenchWords = words;
  }
  return frenchWords.get(word) ?? -1;
}

const frenchUnit = (word: string): number => {
  const n = french(word);
  return n < 10 ? n : -1;
};
const frenchTeen = (word: string): number => {
  const n = french(word);
  return n >= 10 && n < 20 ? n : -1;
};
const frenchTen = (word: string): number => {
  const n = french(word);
  return n >= 20 ? n : -1;
};

/**
 * A French number's value and the index of its last token, or undefined, from token `i`. A
 * compound's words follow each other with spaces or hyphens only: a comma ends a pair ("quatre-vingts,
 * onze" is 80 then 11; "quatre-vingt-onze" is 91).
 */
function frenchNumber(
  tokenAt: (k: number) => string,
  next: (k: number) => string,
  i: number,
): [number, number] | undefined {
  // "dix-sept" to "dix-neuf", or a teen alone.
  const teenAt = (k: number, word: string): [number, number] | undefined => {
    const teen = frenchTeen(word);
    if (teen < 0) return undefined;
    const unit = teen === 10 ? frenchUnit(next(k)) : -1;
    return unit >= 7 ? [10 + unit, k + 1] : [teen, k];
  };
  const word = tokenAt(i);
  let ten = frenchTen(word);
  let last = i;
  // "quatre-vingt(s)": 80, not 4 and 20.
  if (ten < 0 && word === 'quatre' && frenchTen(next(i)) === 20) {
    ten = 80;
    last = i + 1;
  }
  if (ten < 0) {
    const unit = frenchUnit(word);
    return unit >= 0 ? [unit, i] : teenAt(i, word);
  }
  // "Vingts" takes its "s" only where nothing follows ("quatre-vingts").
  if (tokenAt(last).endsWith('s')) return [ten, last];
  const after = next(last);
  // "vingt et un", "soixante et onze".
  if (after === 'et') {
    const third = next(last + 1);
    if (frenchUnit(third) === 1 && ten !== 80) return [ten + 1, last + 2];
    if (third === 'onze' && ten === 60) return [71, last + 2];
  }
  // Sixty and eighty count on with the teens: "soixante-dix-huit" is 78, "quatre-vingt-douze" 92.
  if (ten === 60 || ten === 80) {
    const teen = teenAt(last + 1, after);
    if (teen) return [ten + teen[0], teen[1]];
  }
  const unit = frenchUnit(after);
  return unit >= 1 ? [ten + unit, last + 1] : [ten, last];
}

// "Double five", "triple oh" (British and Indian English), Turkish "çift sıfır" (00, read folded).
// Compared as words, not looked up in an object: a word of the text such as "constructor" would
// find the object's prototype.
function repeatOf(word: string): number | undefined {
  return word === 'double' || word === 'cift' ? 2 : word === 'triple' ? 3 : undefined;
}

// Each language's words with English's (speech-to-text and agents write English digits in every
// market), built once per set of languages and kept: one a language above, and one a country's
// desk languages (spokenCountries.ts). The locale's own language last: its words win.
const tables = new Map<string, ReadonlyMap<string, string>>();

function tableFor(languages: readonly string[]): ReadonlyMap<string, string> {
  const order = ['en', ...languages.slice(1), ...languages.slice(0, 1)].filter(
    (l, k, all) => DIGITS[l] !== undefined && all.indexOf(l) === k,
  );
  const key = order.join('+');
  let table = tables.get(key);
  if (table === undefined) {
    const words = new Map<string, string>();
    for (const l of order) {
      (DIGITS[l] as readonly string[]).forEach((forms, digit) => {
        // Each word also decomposed (NFD): a text's accents and tone marks may come as a letter
        // and its combining marks ("không" as "kho\u0302ng", Hindi "ज़" as "ज" and "़"), and
        // the text is read as it is written.
        for (const w of forms.split('|')) {
          words.set(w, String(digit));
          words.set(w.normalize('NFD'), String(digit));
        }
      });
      const plus = PLUS[l];
      if (plus !== undefined) words.set(plus, '+');
    }
    table = words;
    tables.set(key, table);
  }
  return table;
}

// A word (letters and their marks), a run of digits, or any other character; spaces, commas and
// dashes between are skipped: they do not end a number said aloud. The text read is redact's
// shadow, lowered: the bidi marks a right-to-left transcript puts between words ("صفر\u200f
// خمسة") are spaces there, an Arabic comma "،" a comma, and Arabic-Indic and Persian digits ASCII.
// An apostrophe between two letters is inside the word: Ukrainian writes one in "п’ять" (five) and
// "дев’ять" (nine).
// The commas of Chinese and Japanese script ("，", "、") are commas too: "零九一二，三四五…". The
// ideographic zero "〇" is a letter here (Unicode calls it a number, Nl): "〇の九の〇…" is one
// word, its "の" between two digit words (spokenGlued.ts gluedDash).
const TOKEN = /[\p{L}\p{M}〇]+(?:['’ʼ][\p{L}\p{M}]+)*|[0-9]+|[^ ,\-，、]/gu;

// Hebrew "ו" and Arabic "و" ("and"), written onto the word after them.
const AND = '\u05d5\u0648';

/**
 * One word or digit group of a number said aloud: where it is, the digits it says.
 *
 * @since 0.1.0
 */
export type Part = { readonly start: number; readonly end: number; readonly digits: string };

// E.164 allows 15 digits; a card has at most 19.
const MOST = 19;
// At least seven digits (the shortest numbers a customer gives), two of them said as words (a
// run of digits alone is the built-in recognizers' to read).
const LEAST = 7;

/**
 * The numbers said digit by digit in `lower`, each as its parts, in one pass (linear: each token
 * is read once; a run longer than any number is dropped as it is read), in the words of the
 * locale's language, English and `country`'s desk languages (spokenCountries.ts; by default the
 * locale's likely country). Exported for the tests' oracles (not from the package).
 *
 * @since 0.1.0
 */
export function saidNumbers(
  lower: string,
  locale: string,
  country: string | undefined = localeInfo(locale)?.country,
): Part[][] {
  const lang = languageOf(locale);
  const languages = spokenLanguages(lang, country);
  const table = tableFor(languages);
  const out: Part[][] = [];
  let parts: Part[] = [];
  let count = 0;
  let words = 0;
  let times = 1;
  let from = -1;
  const flush = (): void => {
    if (words >= 2 && count >= LEAST && count <= MOST + 2) out.push(parts);
    parts = [];
    count = 0;
    words = 0;
    times = 1;
    from = -1;
  };
  // One word or digit group of the run, `word` when said as a word.
  const take = (read: string, at: number, end: number, word: boolean): void => {
    if (word) words++;
    count += read === '+' ? 0 : read.length * times;
    // Past the longest number (and a word either side) the run is no number: read on, keep none.
    if (count <= MOST + 2)
      parts.push({ start: from >= 0 ? from : at, end, digits: read.repeat(times) });
    times = 1;
    from = -1;
  };
  // The tokens first, so that a number said in pairs or groups can read the words after its first
  // ("soixante-dix", "beş yüz"); each with the key it is looked up by (Turkish folded).
  const turkish = lang === 'tr';
  // Where each token starts and ends, in typed arrays sized by the text (a text holds at most one
  // token per unit): grown arrays of a token each made 160,000 characters of "one " cost 19 times
  // what 40,000 did (arrays past V8's large-object size reallocated as they grew), and the
  // linear-time test of that shape failed under load. Its text and key are read when asked.
  const starts = new Int32Array(lower.length + 1);
  const ends = new Int32Array(lower.length + 1);
  let tokenCount = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(lower); m !== null; m = TOKEN.exec(lower)) {
    starts[tokenCount] = m.index;
    ends[tokenCount++] = m.index + m[0].length;
  }
  const tokenAt = (k: number): string => lower.slice(starts[k], ends[k]);
  // Persian written with the Arabic "ي" and "ك" of an Arabic keyboard ("دويست", "يک"): read with
  // Persian's own, as its words above are written.
  const keyAt = (k: number): string => {
    if (k >= tokenCount) return '';
    const token = tokenAt(k);
    return turkish
      ? turkishFold(token)
      : lang === 'fa'
        ? token.replace(ARABIC_YEH, 'ی').replace(ARABIC_KAF, 'ک')
        : token;
  };
  // The key after token k when nothing but spaces and hyphens stands between, else ''.
  const next = (k: number): string => {
    if (k + 1 >= tokenCount) return '';
    for (let j = ends[k] as number; j < (starts[k + 1] as number); j++) {
      const c = lower.charCodeAt(j);
      if (c !== 32 && c !== 45) return '';
    }
    return keyAt(k + 1);
  };
  // French numbers in pairs in a French locale, and where French is a desk language ("ar-MA").
  const french = languages.includes('fr');
  const groups = groupsFor(lang);
  const glued = gluedTrie(lang);
  // Korean, Chinese, Thai and Japanese digit words inside token k (at `at`), each a part; what
  // stands between them or after them ends the run, but the dash said after a digit word, Korean
  // "에", Japanese "の" ("공일공에 사사삼오에…", "ゼロサンのイチニーサンヨン…"; spokenGlued.ts
  // gluedDash). False where the token holds no digit word.
  const gluedAt = (k: number, at: number, trie: GluedTrie): boolean => {
    const token = tokenAt(k);
    const pieces = gluedPieces(token, trie);
    if (pieces.length === 0) return false;
    const dash = (from: number, to: number): boolean => gluedDash(lang, token, from, to);
    let last = 0;
    for (const p of pieces) {
      if (p.from > last && (last === 0 || !dash(last, p.from))) flush();
      take(p.digit, at + p.from, at + p.to, true);
      last = p.to;
    }
    if (last < token.length && !dash(last, token.length)) flush();
    return true;
  };
  for (let k = 0; k < tokenCount; k++) {
    const token = tokenAt(k);
    const key = keyAt(k);
    const at = starts[k] as number;
    let end = ends[k] as number;
    const c = token.charCodeAt(0);
    let read: string | undefined;
    if (c >= 48 && c <= 57) read = token;
    else if (token === '.') {
      // A full stop ends a sentence unless a word or digit follows at once ("six.zero").
      if (lower.charCodeAt(at + 1) === 32 || at + 1 >= lower.length) flush();
      continue;
    } else if (glued !== undefined && gluedAt(k, at, glued)) continue;
    else {
      const repeat = repeatOf(key);
      if (repeat !== undefined && times === 1) {
        times = repeat;
        from = at;
        continue;
      }
      const pair = french
        ? frenchNumber(keyAt, next, k)
        : groups
          ? groupNumber(keyAt, next, k, groups)
          : undefined;
      if (pair) {
        read = String(pair[0]);
        k = pair[1];
        end = ends[k] as number;
      } else read = table.get(key);
      // Hebrew and Arabic write "and" onto the word after it: a number's last digit is said "and
      // nine" ("… שמונה ותשע", "… ستة وسبعة"). Read as the digit inside a run only: "ותשע" alone
      // is no number.
      if (read === undefined && parts.length > 0 && AND.includes(key.charAt(0))) {
        const digit = table.get(key.slice(1));
        if (digit !== '+') read = digit;
      }
      // Arabic also writes "and" apart ("رقمي خمسة و خمسة صفر …"): inside a run, before a digit
      // word with nothing but spaces between, it is skipped, not the run's end (the first digit
      // was left out of the number). Hebrew "ו" is always written onto its word.
      if (
        read === undefined &&
        key === '\u0648' &&
        parts.length > 0 &&
        (table.get(next(k)) ?? '+') !== '+'
      )
        continue;
      // "Plus" only as a number's first word.
      if (read === '+' && parts.length > 0) read = undefined;
    }
    if (read === undefined || (times > 1 && read.length !== 1)) {
      flush();
      continue;
    }
    take(read, at, end, read !== '+' && c > 57);
  }
  flush();
  return out;
}

/**
 * The readings of a run to try, best first: all of it, then without its first part, then without
 * its last (a word beside a number that is also a digit: "oh, six zero zero…", "… four five six,
 * one more thing"), then without a first or last word of two digit words written without a space
 * between them (Korean "일이", work and its particle: "…육칠팔구 일이 있어서"). Each as [start,
 * end, digits].
 */
function readings(parts: readonly Part[]): [number, number, string][] {
  const out: [number, number, string][] = [];
  const n = parts.length;
  // Two parts glued (one ending where the next starts) at either end, as one word.
  const glued = (k: number): boolean =>
    k >= 0 && k + 1 < n && (parts[k] as Part).end === (parts[k + 1] as Part).start;
  const head = glued(0) && !glued(1) ? 2 : n;
  const tail = glued(n - 2) && !glued(n - 3) ? n - 2 : -1;
  for (const [a, b] of [
    [0, n],
    [1, n],
    [0, n - 1],
    [head, n],
    [0, tail],
  ] as const) {
    if (b - a < 2) continue;
    let digits = '';
    for (let k = a; k < b; k++) digits += (parts[k] as Part).digits;
    out.push([(parts[a] as Part).start, (parts[b - 1] as Part).end, digits]);
  }
  return out;
}

// The nearest label decides, as for digits written out: a phone word makes a bare number a
// phone's, a reference word ("order", "Bestellung") keeps it, in its own sentence only ("Bestellung
// ist da. null eins fünf eins …" is the caller's phone: context.ts endsSentence). Read in a
// bounded window on the same line, so a long text costs what its numbers cost. The window counts
// a combining mark with its letter (context.ts reachStart): "điện thoại" or "τηλέφωνο" typed
// decomposed (NFD) reached less far than its NFC twin.
const WINDOW = 48;
const REFERENCE_REACH = 24;

// Turkish "numaram" (my number) is how a Turk gives a mobile, said without its trunk "0" ("numaram
// beş üç iki, bir iki üç…" stayed: no phone word, no "0"). A noun before it names another number
// ("sipariş numaram", my order number; "hesap numaram", my account number), so it labels a phone
// alone, after "benim" (my) or after a phone's noun ("cep numaram", my mobile number). Read here,
// for numbers said aloud, with the owners written numbers have (keywords.ts MY_NUMBER_OWNERS).
const MY_NUMBER: readonly string[] = ['numaram'];
const PHONE_OWNERS: ReadonlySet<string> = /* @__PURE__ */ new Set(MY_NUMBER_OWNERS);
// A letter or its combining mark: a decomposed "İLETİŞİM" ("I\u0307LETI\u0307S\u0327I\u0307M")
// is one word, not "M" (read alone, "SİPARİŞ NUMARAM", my order number, was a phone's).
const LETTER = /[\p{L}\p{M}]/u;

/** The end of the last "numaram" in [from, to) that labels a phone, or -1. */
function myNumberEnd(lower: string, from: number, to: number): number {
  const end = lastEnd(lower, from, to, MY_NUMBER);
  if (end < 0) return -1;
  let k = end - 7;
  while (k > from && lower.charCodeAt(k - 1) === 32) k--;
  let w = k;
  while (w > from && k - w < 16 && LETTER.test(lower.charAt(w - 1))) w--;
  return PHONE_OWNERS.has(turkishFold(lower.slice(w, k))) ? end : -1;
}

// Turkish "call" before the digits, as "call me", "ruf mich an", "اتصل" label them in the phone
// words: "beni ara beş üç iki…" (call me), "arayın", "arayınız" (polite), "arar mısınız" (would you
// call). Whole words only, folded: a prefix would be "araba" (car), "arada" (in between).
const CALL: ReadonlySet<string> = /* @__PURE__ */ new Set(['ara', 'arayin', 'arayiniz', 'arar']);
const WORD = /[\p{L}\p{M}]+/gu;

/** The end of the last Turkish call verb in [from, to), or -1. */
function callEnd(lower: string, from: number, to: number): number {
  const window = lower.slice(from, to);
  let end = -1;
  for (const m of window.matchAll(WORD)) {
    // A word cut by the window's start is no word.
    if (m.index === 0 && from > 0 && LETTER.test(lower.charAt(from - 1))) continue;
    if (CALL.has(turkishFold(m[0]))) end = from + m.index + m[0].length;
  }
  return end;
}

function labelBefore(
  lower: string,
  start: number,
  turkish: boolean,
): 'phone' | 'reference' | 'none' {
  let from = reachStart(lower, start, WINDOW);
  for (let k = start - 1; k >= from; k--) {
    if (lower.charCodeAt(k) === 10) {
      from = k + 1;
      break;
    }
  }
  const phone = Math.max(
    lastEnd(lower, from, start, PHONE_WORDS),
    myNumberEnd(lower, from, start),
    turkish ? callEnd(lower, from, start) : -1,
  );
  const reference = lastEnd(
    lower,
    Math.max(from, reachStart(lower, start, REFERENCE_REACH)),
    start,
    REFERENCE_WORDS,
  );
  // At a tie the reference wins, as for digits written out: "訂單號碼" (an order's number) ends
  // where its "號碼" (a phone's number) does (keywords.ts).
  if (reference >= 0 && reference >= phone && !sentenceEndsIn(lower, reference, start))
    return 'reference';
  return phone >= 0 ? 'phone' : 'none';
}

function validPhone(number: string, country: PhoneCountry | undefined): boolean {
  const known = validBareNumber(number, country);
  if (known !== undefined) return known;
  const parsed = parsePhoneNumberFromString(number, country ? { defaultCountry: country } : {});
  return parsed?.isPossible() === true && parsed.isValid();
}

/**
 * For each run, its first reading (see {@link readings}) that `fits` takes, as a match of
 * `confidence`; `fits` answers null to give up the run (a reference label before it).
 */
function firstReadings(
  runs: readonly Part[][],
  confidence: number,
  fits: (start: number, digits: string) => boolean | null,
): RecognizerMatch[] {
  const found: RecognizerMatch[] = [];
  for (const parts of runs) {
    for (const [start, end, digits] of readings(parts)) {
      const fit = fits(start, digits);
      if (fit === null) break;
      if (fit) {
        found.push({ start, end, confidence });
        break;
      }
    }
  }
  return found;
}

// One reading per context serves both recognizers (they run one after the other on the same
// context object of a pass); one entry, so nothing outlives the next call.
let lastContext: RecognizerContext | undefined;
let lastSaid: Part[][] = [];
releaseAfterCall(() => {
  lastContext = undefined;
  lastSaid = [];
});

function said(context: RecognizerContext, id: string): Part[][] {
  // Called by hand with something else than redact's context: a typed failure, not a TypeError.
  if (
    context === null ||
    typeof context !== 'object' ||
    typeof context.lower !== 'string' ||
    typeof context.locale !== 'string' ||
    (context.country !== undefined && typeof context.country !== 'string')
  )
    redactFail('privacy/not-a-context', { recognizer: id, received: describeValue(context) });
  if (context !== lastContext) {
    lastSaid = saidNumbers(context.lower, context.locale, context.country);
    lastContext = context;
  }
  return lastSaid;
}

/**
 * A phone number said digit by digit ("my number is six zero zero, one two three, four five six";
 * "plus four four, seven seven double oh…"): the digit words of English, German, Spanish, Italian,
 * Dutch, Polish, Portuguese, Turkish, Arabic, Persian, Hindi, Vietnamese, Greek, Hebrew,
 * Indonesian, Malay, Ukrainian, Czech, Hungarian, Korean, Thai, Chinese and Japanese (with English
 * in every locale, and French and Arabic both in Morocco, Algeria, Tunisia, Mauritania and Lebanon,
 * whatever the locale's language), "double"/"triple", "plus" first; Korean, Thai, Chinese and
 * Japanese digit words written without spaces between them too ("공일공 이삼사오 육칠팔구",
 * "我的手机号是幺三八…", "ゼロキューゼロのイチニーサンヨン…"), Korean typed decomposed (NFD) too;
 * in a French locale, or where French is read, also the numbers from 0 to 99, as a French phone number is said in pairs
 * ("zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit"); in a Turkish locale the
 * groups a Turk says a mobile in ("beş yüz otuz iki, yüz yirmi üç, kırk beş, altmış yedi", "çift
 * sıfır"), in an English one teens and "hundred" ("two twelve, five five five…", "one, eight
 * hundred, …"), in a Spanish one hundreds and tens ("seiscientos doce, treinta y cuatro…"), in a
 * Persian one too ("صفر نهصد و دوازده، سیصد و چهل و پنج…"), in a German, Italian or Dutch one
 * pairs and hundreds, each one word ("null eins fünf eins, zweiundzwanzig…",
 * "trecentoquarantasette, ventuno…", "nul zes, twaalf, vierendertig…"), in a Greek one hundreds
 * and tens ("εξακόσια ενενήντα τέσσερα…"). Turkish "numaram" (my number) is a phone label unless another noun stands
 * before it ("sipariş numaram"; "yeni numaram", my new number, is one), Greek "ο αριθμός μου" (my
 * number) is one, and so is a Turkish call verb
 * ("beni ara", "arayın", "arar mısınız"); a Hebrew or Arabic digit word with "and" on it ("ותשע"),
 * or an Arabic "و" written apart before one, is read inside a run.
 * The digits must be a valid number for the customer's country (libphonenumber-js), and, as a bare
 * digit run, follow a phone label ("call", "my number", "Handy"…) or start with "+" or a trunk "0";
 * after a reference label ("order", "Bestellung"…) they stay. Not built in (a text chat rarely
 * spells a number out): pass it for call transcripts.
 *
 * @throws {MeridianError} `privacy/not-a-context` when `find` is called with something else than
 *   the context `redact` builds.
 * @example
 * redact('call me on six zero zero, one two three, four five six', {
 *   locale: 'pl-PL',
 *   recognizers: spokenNumberRecognizers,
 * }).text; // 'call me on [PHONE]'
 * @since 0.1.0
 */
export const spokenPhoneRecognizer: Recognizer = /* @__PURE__ */ defineRecognizer({
  id: 'spoken-phone',
  type: 'phone',
  placeholder: '[PHONE]',
  find(context) {
    const runs = said(context, 'spoken-phone');
    const country = context.country as PhoneCountry | undefined;
    return firstReadings(runs, 0.85, (start, digits) => {
      const n = digits.charCodeAt(0) === 43 ? digits.length - 1 : digits.length;
      if (n < LEAST || n > MOST) return false;
      const label = labelBefore(context.lower, start, languageOf(context.locale) === 'tr');
      if (label === 'reference') return null;
      if (label === 'none' && digits.charCodeAt(0) !== 43 && digits.charCodeAt(0) !== 48)
        return false;
      return validPhone(digits, country);
    });
  },
});

/**
 * A payment card said digit by digit ("four one one one, one one one one, …"): 13 to 19 digits
 * that pass Luhn, in the same words as {@link spokenPhoneRecognizer}. A number that passes Luhn
 * is a card's whatever its label, as for digits written out.
 *
 * @throws {MeridianError} `privacy/not-a-context` when `find` is called with something else than
 *   the context `redact` builds.
 * @since 0.1.0
 */
export const spokenCardRecognizer: Recognizer = /* @__PURE__ */ defineRecognizer({
  id: 'spoken-card',
  type: 'card',
  placeholder: '[CARD]',
  find: (context) =>
    firstReadings(
      said(context, 'spoken-card'),
      0.9,
      (_, digits) =>
        digits.length >= 13 &&
        digits.length <= MOST &&
        digits.charCodeAt(0) !== 43 &&
        luhnValid(digits),
    ),
});

/**
 * The recognizers of numbers said digit by digit, for `redact(text, { recognizers })` on call
 * transcripts: {@link spokenPhoneRecognizer} and {@link spokenCardRecognizer}.
 *
 * @example
 * redact('my card is four one one one one one one one one one one one one one one one', {
 *   locale: 'en-US',
 *   recognizers: spokenNumberRecognizers,
 * }).text; // 'my card is [CARD]'
 * @since 0.1.0
 */
export const spokenNumberRecognizers: readonly Recognizer[] = /* @__PURE__ */ Object.freeze([
  spokenPhoneRecognizer,
  spokenCardRecognizer,
]);
