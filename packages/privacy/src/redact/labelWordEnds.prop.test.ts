// A label word that is the start of longer words labels only with one of its listed endings
// (V63d, issue #14): "τηλ" in "τηλέφωνο" and "τηλ." but not in "τηλεόραση", Persian "همراه" in
// "همراهم" but not "همراهی", Hindi "कॉल" alone but not in "कॉलेज" or "प्रोटोकॉल", Russian "заказ"
// in "заказа" but not "заказчик". The scan (contextBefore, phoneLabelsBefore) and the plain
// reading (contextBeforePlain) are held to a reading written here from the list alone: the text
// folded with the platform's NFD, the word's rest matched by a regular expression of its endings.
// V64d: Turkish "kargo" (not "kargocu", the courier), Hungarian "számom" (not "számomra", for me;
// and only after no word, an article, "én" or the like: "ügyfél számom" is my customer number),
// and Persian "همراه" before "با" (along with).
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { contextBefore, contextBeforePlain, phoneLabelsBefore } from './context.js';
import { PHONE_WORDS } from './keywords.js';
import { LABEL_WORD_ENDS } from './labelWordEnds.js';
import type { RecognizerContext } from './types.js';

function contextOf(t: string, locale: string): RecognizerContext {
  return { text: t, shadow: t, lower: t.toLowerCase(), locale, country: undefined };
}

// The words as the lists write them (the map's keys are folded), with the locale they label in.
const WORDS = [
  ['τηλ', 'el-GR'],
  ['κινητό', 'el-GR'],
  ['همراه', 'fa-IR'],
  ['कॉल', 'hi-IN'],
  ['мобильн', 'ru-RU'],
  ['заказ', 'ru-RU'],
  ['kargo', 'tr-TR'],
  ['számom', 'hu-HU'],
] as const;
const KEY: Record<string, string> = {
  τηλ: 'τηλ',
  κινητό: 'κινητο',
  همراه: 'همراه',
  कॉल: 'कॉल',
  мобильн: 'мобильн',
  заказ: 'заказ',
  kargo: 'kargo',
  számom: 'szamom',
};
// Letters and endings glued after the words: listed ones (as written, accented), others.
const AFTER = [
  'έφωνο',
  'εφώνου',
  'εόραση',
  'επικοινωνίες',
  'ΕΦΩΝΟ',
  'ού',
  'ός',
  'ΟΣ',
  'ποίηση',
  'ότητα',
  'م',
  'ی',
  'ان',
  'تان',
  'ेज',
  'ोनी',
  'िंग',
  '्स',
  'ый',
  'ость',
  'ик',
  'ику',
  'чик',
  'а',
  'ное',
  'ал',
  'cu',
  'cunun',
  'ya',
  'dan',
  'nun',
  'LAR',
  'ra',
  'at',
  'on',
  'ot',
  'x',
];
const BEFORE = [
  '',
  ' ',
  'προτο',
  'प्रोटो',
  'प',
  'मिस्ड ',
  'спец',
  'с',
  ': ',
  'A ',
  'az én ',
  'ügyfél ',
];
// What may stand before Hungarian "számom" for it to be the customer's own number, as written.
const HU_OWNERS = ['', 'a', 'az', 'én', 'itt', 'új', 'régi', 'telefon', 'mobil'];

/** The last word of `before` as written (letters and marks), lower case: '' where none. */
function lastWord(before: string): string {
  return (/[\p{L}\p{M}]*$/u.exec(before.trimEnd())?.[0] ?? '').toLowerCase();
}

/** The rest of the word after the label word, folded: NFD, its accents (below U+0900) dropped. */
function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u064b-\u065f]/g, '')
    .toLowerCase();
}

/** Whether `word` (as listed) followed by `rest` labels, by its endings alone. */
function endsWell(word: string, rest: string): boolean {
  const ends = LABEL_WORD_ENDS[KEY[word] as string] ?? [];
  const alt = ends.map((e) => (e.endsWith('-') ? `${fold(e.slice(0, -1))}.*` : fold(e)));
  return new RegExp(`^(?:${alt.join('|')})$`, 'u').test(fold(rest));
}

describe('a label word that starts longer words ends with its listed endings', () => {
  test.prop(
    [fc.constantFrom(...WORDS), fc.constantFrom(...AFTER, ''), fc.constantFrom(...BEFORE)],
    {
      numRuns: 300,
    },
  )('the scan, the plain reading and the endings agree', ([word, locale], rest, before) => {
    const t = `${before}${word}${rest} 2121860353`;
    const context = contextOf(t, locale);
    const start = t.length - 10;
    const scan = phoneLabelsBefore(context, start).phone;
    expect(scan).toBe(contextBeforePlain(context, start, PHONE_WORDS, undefined, false));
    expect(contextBefore(context, start, PHONE_WORDS)).toBe(
      contextBeforePlain(context, start, PHONE_WORDS),
    );
    // A word glued after letters: "κινητό" and "заказ" after "προτο", "спец" are other readings'
    // (a Greek word starts a word; "спецзаказ" keeps its own endings); "कॉल" ends no word.
    const glued = before !== '' && !/[ :]$/.test(before);
    if (glued && word !== 'कॉल') return;
    const owned = word !== 'számom' || HU_OWNERS.includes(lastWord(before));
    const labels = !glued && endsWell(word, rest) && owned;
    expect(scan !== 'none').toBe(labels);
  });
});

// Persian "همراه با" (along with) names no mobile: the number after it is no phone's (V64d). Held to
// a reading of the next word alone: "با" after spaces or a ZWNJ ends the label; any other word, or
// "با" glued to it (then an ending of its own list), reads as before.
describe('Persian "همراه" before "با"', () => {
  test.prop(
    [
      fc.constantFrom('', ' ', '  ', '\u200c', ' \u200c'),
      fc.constantFrom('با', 'بار', 'بازار', 'باید', 'من', 'م', ''),
      fc.constantFrom('', 'تلفن ', 'سفارش من ', ': '),
    ],
    { numRuns: 200 },
  )('the scan and the plain reading agree with the next word', (sep, next, before) => {
    const t = `${before}همراه${sep}${next} 9123456789`;
    const context = contextOf(t, 'fa-IR');
    const start = t.length - 10;
    const scan = phoneLabelsBefore(context, start).phone;
    expect(scan).toBe(contextBeforePlain(context, start, PHONE_WORDS, undefined, false));
    const glued = sep === '' && next !== '';
    const along = !glued && sep !== '' && next === 'با';
    const labels = glued ? endsWell('همراه', next) : !along;
    // "تلفن" before it labels the number on its own; "سفارش" (an order) is a reference word.
    if (before === 'تلفن ') expect(scan).not.toBe('none');
    else if (before === 'سفارش من ' && !labels) expect(scan).toBe('reference');
    else expect(scan !== 'none').toBe(labels);
  });
});
