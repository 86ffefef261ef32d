// Issue #14, T38d: the Russian and Ukrainian "тел" (phone) without its stop was read as " тел ",
// its space before it, since "тел " ends "хотел " (I wanted): a line's first word has none, and
// "тел 89161234567" stayed. A Cyrillic label word now labels only where a word starts, as a Latin
// one does (context.ts cyrillic).
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

describe('a Cyrillic label starts a word', () => {
  it.each([
    ['ru-RU', 'тел 89161234567', 'тел [PHONE]'],
    ['ru-RU', 'Тел 89161234567', 'Тел [PHONE]'],
    ['ru-RU', 'Иван Петров\nтел 89161234567', 'Иван Петров\nтел [PHONE]'],
    ['ru-RU', 'Спасибо!\nТЕЛ 89161234567', 'Спасибо!\nТЕЛ [PHONE]'],
    // After a space, as before.
    ['ru-RU', 'Иван, тел 89161234567', 'Иван, тел [PHONE]'],
    ['uk-UA', 'тел 380671234567', 'тел [PHONE]'],
  ])('%s %j', (locale, text, expected) => {
    expect(redact(text, { locale }).text).toBe(expected);
  });

  it.each([
    // "тел" ending a word labels nothing, at a line's start either.
    ['ru-RU', 'я хотел 380671234567'],
    ['ru-RU', 'хотел 380671234567'],
    ['ru-RU', 'Хотел 89161234567'],
    // Nor does "мобильн" inside "автомобильный" (a car's): "мобильный" is the mobile's word.
    ['ru-RU', 'автомобильный 89161234567'],
  ])('%s %j stays', (locale, text) => {
    expect(redact(text, { locale }).text).toBe(text);
  });
});

// T42b: the word-start rule kept "заказ" inside "предзаказ" (a pre-order) from labelling, and a
// phone-shaped pre-order number went as a phone where the order's stays. An order's word after
// one of its prefixes (keywords.ts REFERENCE_WORD_PREFIXES) names an order again.
describe('a Cyrillic order word after its prefix is an order word', () => {
  it.each([
    ['ru-RU', 'предзаказ 8 916 123-45-67'],
    ['ru-RU', 'Предзаказ № 8 916 123-45-67'],
    ['ru-RU', 'ПРЕДЗАКАЗ 8 916 123-45-67'],
    ['ru-RU', 'номер предзаказа 916-123-45-67'],
    ['ru-RU', 'перезаказ 8 916 123-45-67'],
    ['ru-RU', 'Номер дозаказа: 8 916 123-45-67'],
    ['uk-UA', 'передзамовлення 067 123 4567'],
    // As "заказ" itself does.
    ['ru-RU', 'заказ 8 916 123-45-67'],
  ])('%s %j stays', (locale, text) => {
    expect(redact(text, { locale }).text).toBe(text);
  });

  it.each([
    // A prefix glued after other letters is no prefix: the word starts before it.
    ['ru-RU', 'недозаказ 8 916 123-45-67', 'недозаказ [PHONE]'],
    // A word the prefix does not keep an order's: "пересчёт" is a count, not an invoice.
    ['ru-RU', 'пересчёт 8 916 123-45-67', 'пересчёт [PHONE]'],
    // A phone's word after the pre-order's names the phone.
    ['ru-RU', 'предзаказ, тел 8 916 123-45-67', 'предзаказ, тел [PHONE]'],
  ])('%s %j', (locale, text, expected) => {
    expect(redact(text, { locale }).text).toBe(expected);
  });
});
