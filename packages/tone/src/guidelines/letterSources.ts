// Sources of the greeting and sign-off conventions (guideline fields `greeting` and `signOff`).
// Business-correspondence references per language; secondary sources are marked in each fact's
// note. Locales without an entry here have no greeting or sign-off fact yet (not searched).
import type { Source } from '@meridian-cx/core';

export const LETTERS = {
  de: {
    title: 'HRM.de, Die Gestaltung Ihres Briefes (Anrede, Briefschluss)',
    url: 'https://www.hrm.de/fachartikel/die-gestaltung-ihres-briefes',
    pinpoint:
      'Sehr geehrte Frau Hemmer, / Sehr geehrter Herr Knoch, … Briefschluss: „Mit freundlichen Grüßen“',
  },
  deInformal: {
    title:
      'Forum Wirtschaftsdeutsch (U. Tellmann), Anrede, Unterschriftenblock und Vermerke gemäß DIN 5008',
    url: 'https://doczz.net/doc/6036525/anrede--unterschriftenblock-und-vermerke',
    pinpoint:
      'informellere Anredeformeln, sofern bereits ein Gesprächskontakt besteht: „Guten Tag, Herr / Frau …“, „Hallo Herr/Frau …“',
  },
  es: {
    title: 'Lowell/Utile Design, Spanish email writing conventions',
    url: 'https://lowell.utiledesign.com/tag/espanol',
    pinpoint: 'formal: “Estimado/a Señor/Señora” … “Atentamente”; informal: “Hola” and “Saludos”',
  },
  it: {
    title: 'Sylvia Lymbery, Colloquial Italian (Routledge), Unit 11: Letters and emails',
    url: 'https://www.studmed.ru/view/lymbery-sylvia-colloquial-italian-parte-1_4cafe8a3144.html?page=20',
    pinpoint:
      'Egregio Signore (to a man), Gentile Signora (to a woman) … end with cordiali saluti; Ciao, Guido! to a friend',
  },
  itInformal: {
    title: 'Lowell/Utile Design, How to end an email in Italian',
    url: 'https://lowell.utiledesign.com/?p=30979',
    pinpoint:
      'a typical formal closing would be “Cordiali saluti”, a less formal option “A presto”',
  },
  nl: {
    title: 'Wikipedia (nl), Aanhef',
    url: 'https://nl.wikipedia.org/wiki/Aanhef',
    pinpoint: 'formele brieven: Geachte heer/mevrouw; Beste bij informele brieven en e-mails',
  },
  nlClosing: {
    title: 'Calliope (Belgian business-correspondence course), Slotformule',
    url: 'https://www.calliope.be/dutch/html/topic_7B9CFD22-66DA-49C2-9EBE-3DA5C79A97E1_7E87534C-1235-4554-B0FF-DCAD97D9D231_1.htm',
    pinpoint: 'de voorkeur in normale handelsrelaties: Met vriendelijke groeten',
  },
  pl: {
    title: 'Skrivanek (translation agency), Zwrot grzecznościowy',
    url: 'https://skrivanek.pl/zwrot-grzecznosciowy/',
    pinpoint:
      'zwroty powitalne: „cześć”, „dzień dobry”, „Szanowny Panie”, „Szanowna Pani”; pożegnalne: „z poważaniem”, „pozdrawiam serdecznie”',
  },
  ja: {
    title: 'Learn Formal Business Japanese, How to write a formal business Japanese email',
    url: 'https://japanesekeigo.webnode.jp/email',
    pinpoint:
      'recipient’s last name + 様; all emails include the business greeting “いつもお世話になっております”, even to first-time clients',
  },
  jaClosing: {
    title: '商务日语邮件的礼仪要求 (lsnavs.com)',
    url: 'https://www.lsnavs.com/resources/86113.html',
    pinpoint: '结束问候: 今後ともよろしくお願いいたします',
  },
} as const satisfies Record<string, Source>;
