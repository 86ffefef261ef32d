// Provenance: every fact below is built with fact() (./base.ts), which attaches its source and
// the asOf date it was checked (AS_OF); the schema test refuses an entry without them.
// Guidelines for the European and American locales. Each register fact cites the vendor guide it
// comes from; where the guide speaks of product copy rather than one-to-one service, the note says so.
import { base, fact } from './base.js';
import { LETTERS } from './letterSources.js';
import {
  MARKET_FINDER as MF,
  MS_STYLE,
  MS_VOICE,
  PORTUGAL_NEWS,
  TRADE_COMMISSIONER_TR,
} from './sources.js';
import type { Guideline } from './types.js';

const latnMon = {
  digits: 'latn',
  calendar: 'gregory',
  firstDay: 1,
  weekend: [6, 7],
  direction: 'ltr',
} as const;
const latnSun = { ...latnMon, firstDay: 7 } as const;

export const EUROPE_AMERICAS: readonly Guideline[] = [
  {
    ...base('en-US', { ...latnSun, plurals: ['one', 'other'] }),
    address: fact({ customerService: 'you' }, MS_VOICE),
  },
  {
    ...base('en-GB', { ...latnMon, plurals: ['one', 'other'] }),
    address: fact({ customerService: 'you' }, MS_VOICE),
  },
  {
    ...base('de-DE', { ...latnMon, plurals: ['one', 'other'] }),
    address: fact({ formal: 'Sie', informal: 'du', customerService: 'Sie' }, MF.DE),
    greeting: fact(
      { formal: 'Sehr geehrte Frau … / Sehr geehrter Herr …,', informal: 'Hallo …,' },
      LETTERS.de,
      `Informal: ${LETTERS.deInformal.title} (${LETTERS.deInformal.url}) gives „Hallo Herr/Frau …“ once there has been contact.`,
    ),
    signOff: fact({ formal: 'Mit freundlichen Grüßen' }, LETTERS.de),
  },
  {
    ...base('fr-FR', { ...latnMon, plurals: ['one', 'many', 'other'] }),
    address: fact(
      { formal: 'vous', informal: 'tu', customerService: 'vous' },
      MF.FR,
      'tu for teenagers and children',
    ),
    signOff: fact({ formal: 'Bien cordialement', informal: 'Merci' }, MF.FR),
  },
  {
    ...base('es-ES', { ...latnMon, plurals: ['one', 'many', 'other'] }),
    address: fact({ formal: 'usted', informal: 'tú', customerService: 'tú' }, MF.ES),
    greeting: fact(
      { formal: 'Estimado/a señor/señora …:', informal: 'Hola …,' },
      LETTERS.es,
      'Secondary: a writing-conventions page, not a style authority; general Spanish, recorded for Spain only.',
    ),
    signOff: fact(
      { formal: 'Atentamente', informal: 'Saludos' },
      LETTERS.es,
      'Secondary, as the greeting.',
    ),
  },
  {
    ...base('es-MX', { ...latnSun, plurals: ['one', 'many', 'other'] }),
    address: fact({ formal: 'usted', informal: 'tú', customerService: 'usted' }, MF.MX),
    honorifics: fact('title and surname until a rapport is established', MF.MX),
  },
  {
    ...base('it-IT', { ...latnMon, plurals: ['one', 'many', 'other'] }),
    address: fact({ formal: 'Lei', informal: 'tu', customerService: 'tu' }, MF.IT),
    greeting: fact(
      { formal: 'Gentile Signora … / Egregio Signor …,', informal: 'Ciao …,' },
      LETTERS.it,
    ),
    signOff: fact(
      { formal: 'Cordiali saluti', informal: 'A presto' },
      LETTERS.it,
      `Informal closing: ${LETTERS.itInformal.title} (${LETTERS.itInformal.url}), a secondary source.`,
    ),
  },
  {
    ...base('nl-NL', { ...latnMon, plurals: ['one', 'other'] }),
    address: fact({ formal: 'u', informal: 'je', customerService: 'u' }, MF.NL),
    greeting: fact({ formal: 'Geachte heer/mevrouw …,', informal: 'Beste …,' }, LETTERS.nl),
    signOff: fact({ formal: 'Met vriendelijke groet(en)' }, LETTERS.nlClosing),
  },
  {
    ...base('pl-PL', { ...latnMon, plurals: ['one', 'few', 'many', 'other'] }),
    address: fact({ formal: 'Pan/Pani', informal: 'ty', customerService: 'Pan/Pani' }, MF.PL),
    greeting: fact(
      { formal: 'Szanowna Pani / Szanowny Panie,', informal: 'Cześć,' },
      LETTERS.pl,
      'Never with the surname (Szanowny Panie, not Szanowny Panie Kowalski); avoid „Witam”.',
    ),
    signOff: fact({ formal: 'Z poważaniem', informal: 'Pozdrawiam serdecznie' }, LETTERS.pl),
  },
  {
    ...base('pt-BR', { ...latnSun, plurals: ['one', 'many', 'other'] }),
    address: fact(
      { formal: 'você', informal: 'você', customerService: 'você' },
      MF.BR,
      'você in both registers; the tone, not the pronoun, becomes formal',
    ),
  },
  {
    ...base('pt-PT', { ...latnSun, plurals: ['one', 'many', 'other'] }),
    address: fact(
      {
        formal: 'o senhor / a senhora, or the 3rd-person verb with the pronoun left out',
        informal: 'tu',
        customerService:
          '3rd-person verb, pronoun left out (o senhor / a senhora where one is needed)',
      },
      PORTUGAL_NEWS,
      "The bare pronoun você can read as blunt in Portugal, unlike Brazil; Microsoft's guide (as adapted) also writes the você form through the verb alone.",
    ),
  },
  {
    ...base('sv-SE', { ...latnMon, plurals: ['one', 'other'] }),
    address: fact(
      { formal: 'du', informal: 'du', avoid: ['Ni'], customerService: 'du' },
      MF.SE,
      'Ni is rare and used by elderly people',
    ),
    directness: fact(
      'direct',
      MF.SE,
      'communication is direct and open; Swedes dislike exaggeration',
    ),
  },
  {
    ...base('tr-TR', { ...latnMon, firstDay: 1, plurals: ['one', 'other'] }),
    address: fact({ formal: 'siz', informal: 'sen', customerService: 'siz' }, MS_STYLE.tr),
    honorifics: fact('Bey (men) or Hanım (women) after the given name', TRADE_COMMISSIONER_TR),
  },
  {
    ...base('ru-RU', { ...latnMon, plurals: ['one', 'few', 'many', 'other'] }),
    address: fact(
      { formal: 'Вы', informal: 'ты', customerService: 'Вы' },
      MF.RU,
      'ты for products for children',
    ),
  },
];
