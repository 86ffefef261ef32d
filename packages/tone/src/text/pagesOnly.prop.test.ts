// Issue #11: `pages` narrows the code pages repairText tries. Every repair's chain names only pages
// the caller passed: the lossy Windows-1252 pass (sloppyStretch.ts) ran whatever `pages` said and
// repaired "ÃƒÂ© twice" through Windows-1252 twice when asked for GBK alone (found by V54e's
// lostByte.prop under FC_SEED=-598216885, through ISO-8859-1).
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { brokenText, LINE_WORDS } from '../../test/text/arbitraries.js';
import { CODE_PAGES, type CodePage } from './codePages.js';
import { repairText } from './repairText.js';

// A chain's label names its page, "+browser" where undefined bytes were read as C1 controls.
const pageOf = (label: string): string => label.replace(/\+browser$/, '');

const BREAKING: readonly CodePage[] = [
  'windows-1252',
  'iso-8859-1',
  'windows-1251',
  'gbk',
  'macintosh',
  'windows-1250',
];

describe('repairText pages: a repair names only the pages asked for', () => {
  it.each([
    ['ÃƒÂ© twice', ['gbk']],
    ['Ð¡Ð¿Ð°Ñ\uFFFDÐ¸Ð±Ð¾', ['windows-1251']],
    ['Ð¡Ð¿Ð°Ñ\uFFFDÐ¸Ð±Ð¾', ['iso-8859-1']],
    ['Â\uFFFDÐ¡Ð¿Ð°ÑÐ¸Ð±Ð¾ \uFFFD\uFFFD ', ['iso-8859-1']],
  ] as const)('%j through %j', (text, pages) => {
    for (const r of repairText(text, { pages: [...pages] }).repairs)
      for (const p of r.chain) expect(pages).toContain(pageOf(p));
  });

  it('the lossy pass still reads when Windows-1252 is among the pages', () => {
    expect(repairText('ÃƒÂ© twice', { pages: ['gbk', 'windows-1252'] }).text).toBe('é twice');
    expect(repairText('ÃƒÂ© twice').text).toBe('é twice');
  });

  test.prop(
    [
      brokenText(LINE_WORDS, BREAKING, { maxWords: 4, minLayers: 1 }),
      fc.subarray([...CODE_PAGES], { minLength: 1, maxLength: 4 }),
    ],
    { numRuns: 150 },
  )('for any broken line and any pages', (text, pages) => {
    for (const r of repairText(text, { pages }).repairs)
      for (const p of r.chain) expect(pages).toContain(pageOf(p));
  });
});
