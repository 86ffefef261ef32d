// Numbers a mail or a chat wrapped at a line's end, as the corpus generator writes them since
// 2026-12-03 (forms.ts): a first line of fewer than six digits ("(201)", "06", "+39 312") was not
// read at all, a card's last digit alone before a full stop ("5787\n1.") and an Amex's last group
// after its 4-6 ("3457 071106\n86361") were not joined. Each case leaked on the code before.
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

const out = (locale: string, text: string) => redact(text, { locale }).text;

describe('a number wrapped at a line end', () => {
  it.each([
    ['en-US', 'Call me at (201)\n555-9258 please.', 'Call me at [PHONE] please.'],
    ['fr-FR', 'Mon numéro : 06\n12 34 20 56', 'Mon numéro : [PHONE]'],
    ['it-IT', 'Chiamatemi al +39 312\n345 7943.', 'Chiamatemi al [PHONE].'],
    ['pl-PL', 'tel +48 600\n123 456', 'tel [PHONE]'],
    ['es-ES', 'Mi número es 612\n34 21 81.', 'Mi número es [PHONE].'],
    ['pt-BR', 'Me liga no (11)\n96123-8863.', 'Me liga no [PHONE].'],
    [
      'fr-FR',
      'J’ai payé avec la carte 4575 9257 5787\n1. Merci',
      'J’ai payé avec la carte [CARD]. Merci',
    ],
    [
      'es-ES',
      'Pagué con la tarjeta 3457 071106\n86361. Gracias',
      'Pagué con la tarjeta [CARD]. Gracias',
    ],
  ])('%s goes whole: %j', (locale, text, redacted) => {
    expect(out(locale, text)).toBe(redacted);
  });

  it.each([
    // A date; a decimal after a card's groups. (A country code alone before a number the next
    // line completes goes whole with it: "+48\n600 123 456", wrapped.test.ts, T28b.)
    ['de-DE', 'my phone is +49 30\n12.05.2024 ok'],
    ['en-US', 'card 4575 9257 5787\n1.5 kg'],
  ])('%s: nothing crosses the break in %j', (locale, text) => {
    const lineEnd = text.indexOf('\n');
    const crossing = redact(text, { locale }).findings.filter(
      (f) => f.start < lineEnd && f.end > lineEnd,
    );
    expect(crossing).toEqual([]);
  });
});
