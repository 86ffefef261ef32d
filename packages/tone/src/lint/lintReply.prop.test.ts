import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applySuggestions, lintReply } from './lintReply.js';

const PIECES = [
  'Wir haben dir',
  'Ihnen',
  ' Sie ',
  'du ',
  'tu ',
  'vous ',
  'usted ',
  'te ',
  'Lei ',
  'tuo ',
  'je ',
  ' u ',
  'Pan ',
  'ty ',
  'teu ',
  'ты ',
  'Вы ',
  'sen ',
  'siz ',
  'Hast ',
  'Schick ',
  'bitte gib ',
  'recibirás ',
  'Os ',
  'OS ',
  'Envoie-nous ',
  'Choisy-le-Roi ',
  'recevrez ',
  'riceverai ',
  'contattarti ',
  'zobaczysz ',
  'recebeste ',
  'можешь ',
  'misin ',
  'siparişiniz ',
  'あなた',
  'お客様',
  '!',
  '!!',
  '！',
  '🙂',
  '👍🏽',
  '™',
  'haha ',
  'lol ',
  'www',
  'PLEASE READ ',
  'DHL ',
  'A-1042 ',
  'help@shop.example ',
  'https://x.example/a ',
  'سفارش ',
  'طلبك ',
  ' ',
  '. ',
  'Danke',
  'merci ',
  'gracias ',
  '\u2068A-1\u2069 ',
];
const LOCALES = [
  'de-DE',
  'fr-FR',
  'es-ES',
  'it-IT',
  'nl-NL',
  'pl-PL',
  'pt-BR',
  'ru-RU',
  'tr-TR',
  'ja-JP',
  'fa-IR',
  'ar-SA',
  'he-IL',
  'en-US',
];
const draft = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((p) => p.join(''));

describe('lintReply properties', () => {
  it('offsets always point inside the text', () => {
    fc.assert(
      fc.property(
        draft,
        fc.constantFrom(...LOCALES),
        fc.constantFrom('formal', 'informal'),
        fc.option(fc.nat(80), { nil: undefined }),
        (text, locale, register, max) => {
          for (const f of lintReply(text, {
            locale,
            register,
            ...(max !== undefined && max > 0 ? { maxLength: max } : {}),
          })) {
            expect(f.start).toBeGreaterThanOrEqual(0);
            expect(f.end).toBeLessThanOrEqual(text.length);
            expect(f.start).toBeLessThanOrEqual(f.end);
            if (f.suggestion !== undefined) {
              expect(f.suggestion.start).toBeGreaterThanOrEqual(0);
              expect(f.suggestion.end).toBeLessThanOrEqual(text.length);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('applying a suggestion removes its finding', () => {
    fc.assert(
      fc.property(
        draft,
        fc.constantFrom(...LOCALES),
        fc.constantFrom('formal', 'informal'),
        (text, locale, register) => {
          const options = { locale, register } as const;
          for (const f of lintReply(text, options)) {
            if (f.suggestion === undefined) continue;
            const { start, end, replacement } = f.suggestion;
            const fixed = text.slice(0, start) + replacement + text.slice(end);
            // Gone: the code occurs fewer times (a neighbour may slide into the same offset).
            const count = (t: string) =>
              lintReply(t, options).filter((g) => g.code === f.code).length;
            expect(count(fixed), `${f.code} at ${start} in ${JSON.stringify(text)}`).toBeLessThan(
              count(text),
            );
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('applying every bidi suggestion leaves the text fully isolated', () => {
    fc.assert(
      fc.property(draft, fc.constantFrom('fa-IR', 'ar-SA', 'he-IL'), (text, locale) => {
        const options = { locale, register: 'formal' } as const;
        const fixed = applySuggestions(
          text,
          lintReply(text, options).filter((f) => f.code === 'bidi.unisolated'),
        );
        expect(lintReply(fixed, options).filter((f) => f.code === 'bidi.unisolated')).toEqual([]);
      }),
    );
  });
});
