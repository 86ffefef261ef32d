import { type Draft, FOR, INF } from '../corpus/types.js';

export const IT: readonly Draft[] = [
  ['Abbiamo ricevuto la Sua richiesta e La ricontatteremo entro 24 ore.', 'formal'],
  ['Potrebbe indicarci il numero d’ordine riportato in fattura?', 'formal'],
  ['La nostra collega ha verificato: lei stessa Le invierà l’etichetta.', 'formal'],
  ['Il rimborso sarà visibile sul Suo conto entro cinque giorni lavorativi.', 'formal'],
  ['Le offriamo una confezione di tè in omaggio.', 'formal'],
  ['Grazie per il messaggio, stiamo già controllando il tuo ordine.', 'informal'],
  ['Se vuoi, ti mandiamo un’altra etichetta.', 'informal'],
  ['Il tuo pacco parte oggi e arriva giovedì.', 'informal'],
  ['Il corriere passerà domani pomeriggio.', 'informal'],
  ['Scrivici quando ti arriva, così lo controlliamo insieme.', 'informal'],
  ['Abbiamo ricevuto la tua richiesta di reso.', 'formal', [INF]],
  ['Mandaci una foto del prodotto danneggiato, per favore.', 'formal', [INF]],
  ['Puoi confermare l’indirizzo di consegna?', 'formal', [INF]],
  ['Le abbiamo rimborsato l’importo, lo vedrai sul conto tra due giorni.', 'formal', [INF]],
  ['Ricordati che hai 30 giorni per il reso.', 'formal', [INF]],
  ['Se preferisci, possiamo cambiare la taglia.', 'formal', [INF]],
  ['Grazie per il messaggio, abbiamo spedito il Suo ordine.', 'informal', [FOR]],
  ['Puoi dirci se Lei ha già ricevuto il pacco?', 'informal', [FOR]],
  ['Se vuoi, Le mandiamo un buono.', 'informal', [FOR]],
  ['Scusa il ritardo, il Suo buono è in arrivo.', 'informal', [FOR]],
];
