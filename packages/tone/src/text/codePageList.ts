// The code pages by name, apart from their tables: schemas and docs need the list, not iconv-lite.

/**
 * The code pages repairText tries, in the order it prefers them when two explain the same bytes
 * equally well (the most common first). Single-byte pages are tabled from iconv-lite; the
 * double-byte ones are encoded through iconv-lite one character at a time (cached).
 */
export const CODE_PAGES = [
  'windows-1252',
  'iso-8859-1',
  'windows-1250',
  'windows-1251',
  'gbk',
  'shift_jis',
  'windows-1257',
  'windows-1253',
  'windows-1254',
  'windows-1256',
  'windows-1255',
  'windows-1258',
  'windows-874',
  'iso-8859-2',
  'iso-8859-15',
  'iso-8859-5',
  'iso-8859-7',
  'iso-8859-9',
  'koi8-r',
  'koi8-u',
  'macintosh',
  'gb18030',
  'cp932',
  'euc-jp',
  'big5',
  'cp950',
  'euc-kr',
  'cp437',
] as const;

/**
 * The pages tried by default: every page of CODE_PAGES. The DOS page cp437 reads UTF-8 lead bytes
 * as box drawing, which is also typed on purpose (line art, tables): it repairs only stretches that
 * hold a letter besides their box drawing ("─îe┼ítina" → "Čeština", never "├┤a┼┐a"), or three
 * Cyrillic or Greek letters in a row, which it draws as ╨ ╤ ╬ ╧ before a box character ("╨│╨┤╨╡"
 * → "где"; shades such as "█▓█▓█▓" stay).
 */
export const DEFAULT_PAGES: readonly CodePage[] = CODE_PAGES;

/** One of {@link CODE_PAGES}. `euc-kr` is decoded with the cp949 (Unified Hangul Code) extension. */
export type CodePage = (typeof CODE_PAGES)[number];
