import { type Draft, FOR, INF } from '../corpus/types.js';

export const DE: readonly Draft[] = [
  ['Wir haben Ihre Anfrage erhalten und melden uns innerhalb von 24 Stunden.', 'formal'],
  [
    'Die Lieferung verzögert sich leider um zwei Tage. Sie liegt derzeit im Verteilzentrum.',
    'formal',
  ],
  ['Möchten Sie den Artikel umtauschen oder lieber eine Gutschrift erhalten?', 'formal'],
  ['Bitte geben Sie bei der Rücksendung die Auftragsnummer an.', 'formal'],
  ['Unsere Kollegin hat sich den Fall angesehen; sie ruft Sie morgen an.', 'formal'],
  ['Hi Lena, danke für deine Geduld. Dein Paket ist heute rausgegangen.', 'informal'],
  ['Die Kartons sind da. Sie stehen schon im Lager bereit.', 'informal'],
  ['Wenn du magst, tauschen wir die Jacke gegen eine Nummer größer.', 'informal'],
  ['Deine Mitbewohnerin hat das Paket angenommen, sie hat unterschrieben.', 'informal'],
  ['Melde dich einfach, falls noch etwas fehlt.', 'informal'],
  ['Vielen Dank, wir schicken dir das Ersatzteil noch heute.', 'formal', [INF]],
  ['Bitte gib uns kurz Bescheid, ob die Adresse stimmt.', 'formal', [INF]],
  ['Könntest du uns ein Foto vom Kassenbon senden?', 'formal', [INF]],
  ['Wir haben Ihnen den Betrag erstattet, du siehst ihn in zwei Tagen.', 'formal', [INF]],
  ['Klick einfach auf den Link in der E-Mail.', 'formal', [INF]],
  ['Hast du die Rechnung schon erhalten?', 'formal', [INF]],
  ['Danke dir! Wir haben Ihnen den Gutschein gerade geschickt.', 'informal', [FOR]],
  ['Kannst du prüfen, ob Ihre Adresse noch aktuell ist?', 'informal', [FOR]],
  ['Hier ist der Rücksendeschein, bitte drucken Sie ihn aus.', 'informal', [FOR]],
  ['Wenn Sie möchten, schicken wir dir einen neuen Link.', 'informal', [FOR]],
];
