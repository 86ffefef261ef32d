import { isMeridianError } from '@meridian-cx/core';
import { describe, expect, it } from 'vitest';
import { normalizePersian } from './normalizePersian.js';

const Z = '\u200c';

describe('normalizePersian', () => {
  it('restores the seed message: letters and every ZWNJ', () => {
    const r = normalizePersian('ما كتابها را ميفرستيم و هزينه ها را پس ميدهيم');
    expect(r.language).toBe('fa');
    expect(r.text).toBe(`ما کتاب${Z}ها را می${Z}فرستیم و هزینه${Z}ها را پس می${Z}دهیم`);
    expect(r.changes.map((c) => c.rule)).toContain('zwnj-plural');
    expect(r.changes.map((c) => c.rule)).toContain('zwnj-verb-prefix');
  });

  it('keeps tanween and diacritics, and the lexicalised comparatives', () => {
    expect(normalizePersian('قبلاً بهتر و بیشتر بود').text).toBe('قبلاً بهتر و بیشتر بود');
    expect(normalizePersian('این بزرگتر است').text).toBe(`این بزرگ${Z}تر است`);
  });

  it('leaves words that only look like a prefix or a plural', () => {
    const text = 'این میز و میوه تنها میلیون را میان میهمان بها داد است';
    expect(normalizePersian(text).text).toBe(text);
  });

  it('turns a space typed where a ZWNJ belongs into a ZWNJ', () => {
    expect(normalizePersian('ما نمی دانیم').text).toBe(`ما نمی${Z}دانیم`);
    expect(normalizePersian('این پیش بینی است').text).toBe(`این پیش${Z}بینی است`);
  });

  it('folds digits for search only', () => {
    const r = normalizePersian('سفارش ۱۲۳ و ٤٥ شما', { forSearch: true });
    expect(r.text).toBe('سفارش ۱۲۳ و ٤٥ شما');
    expect(r.search).toBe('سفارش 123 و 45 شما');
    expect(normalizePersian('سفارش ۱۲۳ شما').search).toBeUndefined();
  });

  it('knows a short message for Persian by its ک and ی (Arabic writes ك and ي)', () => {
    // Without a Persian function word or پ چ ژ گ, these were 'unknown' and left as typed.
    expect(normalizePersian('نمیدانم کی میرسد').text).toBe(`نمی${Z}دانم کی می${Z}رسد`);
    expect(normalizePersian('سفارشهای من').text).toBe(`سفارش${Z}های من`);
    expect(normalizePersian('السلام عليكم، كيف حالك؟').language).toBe('ar');
  });

  it('leaves Arabic alone unless told the text is Persian', () => {
    expect(normalizePersian('هذا الكتاب في المكتبة').text).toBe('هذا الكتاب في المكتبة');
    expect(normalizePersian('كتاب', { language: 'fa' }).text).toBe('کتاب');
  });

  it('takes lexicon additions', () => {
    expect(normalizePersian('این خوشمزهتر است').text).toBe('این خوشمزهتر است');
    expect(normalizePersian('این خوشمزهتر است', { lexicon: { adjectives: ['خوشمزه'] } }).text).toBe(
      `این خوشمزه${Z}تر است`,
    );
  });

  it('validates its options', () => {
    try {
      normalizePersian('x', { language: 'de' as 'fa' });
      expect.fail('unknown language');
    } catch (e) {
      expect(isMeridianError(e, 'tone/invalid-normalize-persian-input')).toBe(true);
    }
  });
});
