// The generated mojibake corpus: every sentence of sentences.ts encoded as UTF-8 and decoded with
// every code page repairText knows (single), twice (double), and as one broken field inside an
// otherwise clean sentence that has its own accents (partial). iconv-lite makes the mojibake, as
// the broken pipelines did; the Windows pages also come in their browser variant (bytes the page
// leaves undefined decoded as C1 controls, as WHATWG decoders do).
import iconv from 'iconv-lite';
import { NAMES, SENTENCES } from './sentences.js';

export type MojibakeCase = {
  readonly kind: 'single' | 'double' | 'partial';
  readonly lang: string;
  readonly chain: readonly string[];
  readonly original: string;
  readonly broken: string;
  /** True when the broken text still holds every byte (no U+FFFD, no byte swallowed). */
  readonly lossless: boolean;
};

export const SINGLE_BYTE_PAGES = [
  'windows-1250',
  'windows-1251',
  'windows-1252',
  'windows-1253',
  'windows-1254',
  'windows-1255',
  'windows-1256',
  'windows-1257',
  'windows-1258',
  'iso-8859-1',
  'iso-8859-2',
  'iso-8859-5',
  'iso-8859-7',
  'iso-8859-9',
  'iso-8859-15',
  'koi8-r',
  'koi8-u',
  'macintosh',
  'windows-874',
] as const;
/**
 * Pages added after the partial rows were laid out (T55f: Windows-874, for Thai): their partial
 * rows take names by a counter of their own, so that every earlier row keeps its name.
 */
const LATER_PAGES: ReadonlySet<string> = new Set(['windows-874']);
export const DOUBLE_BYTE_PAGES = [
  'gbk',
  'gb18030',
  'shift_jis',
  'cp932',
  'euc-jp',
  'big5',
  'cp950',
  'euc-kr',
] as const;

/** Decode `text`'s UTF-8 bytes with `page`; `browser` maps undefined bytes 0x80-0x9F to C1. */
export function misdecode(
  text: string,
  page: string,
  browser = false,
): { text: string; lossless: boolean } {
  const bytes = Buffer.from(text, 'utf8');
  let out = iconv.decode(bytes, page);
  if (browser && out.length === bytes.length) {
    let fixed = '';
    for (let i = 0; i < out.length; i++) {
      const b = bytes[i] ?? 0;
      fixed += out[i] === '\ufffd' && b >= 0x80 && b < 0xa0 ? String.fromCharCode(b) : out[i];
    }
    out = fixed;
  }
  const back = browser ? reencodeBrowser(out, page) : iconv.encode(out, page);
  return { text: out, lossless: !out.includes('\ufffd') && Buffer.compare(back, bytes) === 0 };
}

function reencodeBrowser(text: string, page: string): Buffer {
  const parts: Buffer[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    parts.push(cp >= 0x80 && cp < 0xa0 ? Buffer.from([cp]) : iconv.encode(ch, page));
  }
  return Buffer.concat(parts);
}

const nonAscii = (s: string) => [...s].some((c) => (c.codePointAt(0) ?? 0) > 0x7f);

/** Every case of the corpus, deterministic. */
export function generateCorpus(): MojibakeCase[] {
  const cases: MojibakeCase[] = [];
  const langs = Object.entries(SENTENCES);
  for (const [lang, sentences] of langs) {
    for (const original of sentences.filter(nonAscii)) {
      for (const page of [...SINGLE_BYTE_PAGES, ...DOUBLE_BYTE_PAGES]) {
        const strict = misdecode(original, page);
        const browser = page.startsWith('windows-') && !strict.lossless;
        const m = browser ? misdecode(original, page, true) : strict;
        if (m.text === original) continue;
        cases.push({
          kind: 'single',
          lang,
          chain: [browser ? `${page}+browser` : page],
          original,
          broken: m.text,
          lossless: m.lossless,
        });
      }
      // Twice through the same Windows page, and the Windows-1252 → Windows-1251 pair of the wild.
      for (const [p1, p2] of [
        ['windows-1252', 'windows-1252'],
        ['windows-1251', 'windows-1251'],
        ['windows-1250', 'windows-1250'],
        ['macintosh', 'macintosh'],
        ['windows-1252', 'windows-1251'],
        ['iso-8859-1', 'windows-1252'],
      ] as const) {
        const once = misdecode(original, p1, p1.startsWith('windows-'));
        const twice = misdecode(once.text, p2, p2.startsWith('windows-'));
        cases.push({
          kind: 'double',
          lang,
          chain: [p2, p1],
          original,
          broken: twice.text,
          lossless: once.lossless && twice.lossless,
        });
      }
    }
  }
  // Partial: a clean sentence with its own accents, and one field (a name) broken inside it.
  const hosts = ['pl', 'de', 'fr', 'es', 'cs', 'tr', 'ru', 'el', 'vi', 'ja', 'th'];
  let n = 0;
  let later = 0;
  for (const host of hosts) {
    const sentence = SENTENCES[host]?.[0] ?? '';
    for (const page of [...SINGLE_BYTE_PAGES, ...DOUBLE_BYTE_PAGES]) {
      const at = LATER_PAGES.has(page) ? later++ : n++;
      const name = NAMES[(at * 7) % 60] ?? 'Ørsted';
      const m = misdecode(name, page, page.startsWith('windows-'));
      if (m.text === name) continue;
      const wrap = (x: string) => `${sentence} Klient: ${x}, nr 4471.`;
      cases.push({
        kind: 'partial',
        lang: host,
        chain: [page],
        original: wrap(name),
        broken: wrap(m.text),
        lossless: m.lossless,
      });
    }
  }
  return cases;
}
