import { type Draft, FOR, INF } from '../corpus/types.js';

export const NL: readonly Draft[] = [
  ['We hebben uw aanvraag ontvangen en nemen binnen 24 uur contact met u op.', 'formal'],
  ['Kunt u ons het ordernummer op de factuur doorgeven?', 'formal'],
  ['Uw pakket is vanochtend aan de vervoerder overgedragen.', 'formal'],
  ['De terugbetaling staat binnen vijf werkdagen op uw rekening.', 'formal'],
  ['Excuses voor het ongemak; de bezorger komt morgen opnieuw langs.', 'formal'],
  ['Bedankt voor je bericht, we kijken meteen naar je bestelling.', 'informal'],
  ['Als je wilt, sturen we je een nieuw retourlabel.', 'informal'],
  ['Je pakket gaat vandaag de deur uit.', 'informal'],
  ['Onze winkel is open van 9 tot 17 u.', 'informal'],
  ['Laat het ons weten als er nog iets ontbreekt.', 'informal'],
  ['We hebben je aanvraag voor een retour ontvangen.', 'formal', [INF]],
  ['Kun jij bevestigen of het adres klopt?', 'formal', [INF]],
  ['We hebben het bedrag teruggestort, je ziet het over twee dagen.', 'formal', [INF]],
  ['Heb je de factuur al ontvangen?', 'formal', [INF]],
  ['Is dit jouw bestelling of die van een huisgenoot?', 'formal', [INF]],
  ['Wil je liever een andere maat?', 'formal', [INF]],
  ['Bedankt voor je bericht, uw pakket komt morgen.', 'informal', [FOR]],
  ['Kun je ons vertellen of u het pakket al hebt ontvangen?', 'informal', [FOR]],
  ['Als u wilt, sturen we je een nieuwe link.', 'informal', [FOR]],
  ['Sorry voor de vertraging, we hebben uw tegoed verhoogd.', 'informal', [FOR]],
];
