import iconv from 'iconv-lite';

// japaneseKanaRun (kanaWord.ts) written from its header with nothing of its code: the run and
// its mark encoded through iconv-lite's Shift_JIS, the longest tail of kana bytes that TextDecoder
// reads as UTF-8 with the mark's first byte, and plausibility from Unicode's properties and the
// alphabets as letters. Test-only (no module of the package imports it); kanaWord.prop.test.ts
// holds the two equal.

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Signs that may open a word (charClass.ts's INITIAL_OK, as letters). */
const OPENERS = '‘’“„‚«‹¿¡–—‐‑·•…£€¥₹₽₺₩₪₫¢$#@';

/** letterFit.ts's alphabets (letterFit.test.ts's READABLE), one language a string. */
const ALPHABETS = [
  'áčďéěíňóřšťúůýž',
  'áäčďéíĺľňóôŕšťúýž',
  'ąćęłńóśźż',
  'áéíóöőúüű',
  'čćđšž',
  'ăâîşţ',
  'çğıöşü',
  'äöüß',
  'àâæçéèêëîïôœùûüÿ',
  'áéíñóúü',
  'áâãàçéêíóôõú',
  'àèéìíîòóùú',
  'åäöšž',
  'æøåé',
  'áæðéíóöúýþ',
  'äöõüšž',
  'āčēģīķļņšūž',
  'ąčęėįšųūž',
  'āēīōū',
];

const SCRIPTS: readonly (readonly [string, RegExp])[] = [
  ['Latin', /^\p{Script=Latin}$/u],
  ['Greek', /^\p{Script=Greek}$/u],
  ['Cyrillic', /^\p{Script=Cyrillic}$/u],
  ['Armenian', /^\p{Script=Armenian}$/u],
  ['Hebrew', /^\p{Script=Hebrew}$/u],
  ['Arabic', /^\p{Script=Arabic}$/u],
  ['Thai', /^\p{Script=Thai}$/u],
];
/** The script of letter `c`, by Unicode's Script property. */
const scriptOf = (c: string): string => SCRIPTS.find(([, re]) => re.test(c))?.[0] ?? 'other';

/** Whether the Latin letters beyond ASCII of `word` (ß-ſ) all belong to one alphabet. */
function oneAlphabet(word: string): boolean {
  const mine = [
    ...new Set([...word.toLowerCase()].filter((c) => c >= 'ß' && c <= 'ſ' && c !== '÷')),
  ];
  // A letter past "ſ" (Latin Extended-B, IPA, modifier letters: "ư", "ʲ") is no alphabet's.
  if ([...word].some((c) => (c.codePointAt(0) as number) > 0x17f)) return false;
  return mine.length === 0 || ALPHABETS.some((a) => mine.every((c) => a.includes(c)));
}

/** Whether `word`, glued before the byte `next`, is plausible text (kanaWord.ts's header). */
export function plausibleOracle(word: string, next: number): boolean {
  let cs = [...word];
  if (cs.length > 0 && !/\p{L}/u.test(cs[0] as string) && OPENERS.includes(cs[0] as string))
    cs = cs.slice(1);
  if (cs.length === 0 || !cs.every((c) => /\p{L}/u.test(c))) return false;
  const script = scriptOf(cs[0] as string);
  if (!cs.every((c) => scriptOf(c) === script)) return false;
  if (script !== 'Latin') return !/[A-Za-z]/.test(String.fromCharCode(next));
  return oneAlphabet(cs.join(''));
}

/** japaneseKanaRun of the kana `run` before the full-width `mark`, from the definition. */
export function japaneseKanaRunOracle(run: string, mark: string): boolean {
  if ([...run].length < 2) return false;
  const bytes = iconv.encode(run, 'shift_jis');
  const markBytes = iconv.encode(mark, 'shift_jis');
  // A mark the page cannot write comes back as "?": no reading then.
  if (markBytes.length !== 2) return true;
  for (let from = 0; from < bytes.length; from++) {
    const tail = Uint8Array.from([...bytes.subarray(from), markBytes[0] as number]);
    try {
      return !plausibleOracle(utf8.decode(tail), markBytes[1] ?? 0);
    } catch {
      // Not UTF-8 from here: try the next kana.
    }
  }
  return true;
}
