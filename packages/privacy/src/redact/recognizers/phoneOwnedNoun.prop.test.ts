// A Turkish reference noun with "my" or "our" written onto it, and a case after that ("Kargom",
// "Siparişimizi"), is a sentence's before a trunk-led phone, as "Mein Paket" is (V63d, issue #14:
// sentenceLine.ts and ownedNoun.ts). The phone recognizer is held to its oracle, which reads the
// noun with its own pattern of the suffix lists (test/redact/sentenceOracle.ts), and the phone
// after an owned noun goes as it goes alone; after the bare stem or another person's ending
// ("Siparişiniz", your order; "Kargolar") it stays, the noun's label; after "Kargocu" (the
// courier, V64d) it goes.
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect } from 'vitest';
import { phoneAndOracle } from '../../../test/redact/phoneOracle.js';
import { contextOf } from '../../../test/redact/recognizerContext.js';

// The stems as written, the first person's possessives and the cases as Turkish spells them
// (vowel harmony: the suffix's vowel follows the stem's last), and other persons' endings.
const STEMS = [
  ['Sipariş', ['im', 'imiz'], ['', 'i', 'e', 'de', 'den', 'in', 'le']],
  ['Kargo', ['m', 'muz'], ['', 'u', 'a', 'da', 'dan', 'un', 'la']],
  ['paket', ['im', 'imiz'], ['', 'i', 'e', 'de', 'den', 'in', 'le']],
  ['FATURA', ['M', 'MIZ'], ['', 'I', 'A', 'DA', 'DAN', 'IN', 'LA']],
] as const;
const OTHERS = ['', 'iniz', 'nuz', 'lar', 'ler', 'su', 'cu', 'n', 'sı'];
const PHONES = ['0532 418 27 90', '0212 123 45 67', '05324182790', '(0532) 418 27 90'];

describe('a Turkish noun owned by "my" or "our" before a trunk-led phone', () => {
  test.prop(
    [
      fc.constantFrom(...STEMS),
      fc.nat(),
      fc.nat(),
      fc.constantFrom(...OTHERS),
      fc.boolean(),
      fc.constantFrom(...PHONES),
      fc.constantFrom(' ', ', ', '  '),
    ],
    { numRuns: 120 },
  )(
    'the oracle agrees; an owned noun labels nothing, another ending keeps its label',
    ([stem, possessives, cases], p, c, other, owned, phone, between) => {
      const ending = owned
        ? `${possessives[p % possessives.length]}${cases[c % cases.length]}`
        : other;
      const text = `${stem}${ending}${between}${phone}`;
      const [fast, plain] = phoneAndOracle(contextOf(text, 'tr-TR', 'TR'));
      expect(fast).toEqual(plain);
      const alone = redact(phone, { locale: 'tr-TR' }).text;
      const out = redact(text, { locale: 'tr-TR' }).text;
      // A comma after the noun makes it a sentence's already (V61b); "Kargocu" is the courier, no
      // parcel's label (V64d: labelWordEnds.ts).
      const courier = !owned && stem === 'Kargo' && other === 'cu';
      if (owned || courier || between === ', ')
        expect(out).toBe(`${stem}${ending}${between}${alone}`);
      else expect(out).toBe(text);
    },
  );
});
