// Italian reply messages (it): formal (Lei) and informal (tu), for the 12 built-in templates.
import { languageCatalog } from './languageCatalog.js';

/**
 * The built-in reply templates in Italian (`it`), formal (Lei) and informal (tu). Pass it to
 * renderReply with the other languages you answer in; a bundle carries only the languages it
 * imports (about 1 KiB gzipped each).
 *
 * @example
 * renderReply({ template: 'closing', locale: 'it-IT', params: { agentName: 'Mina' } }, [REPLIES_IT]).text;
 * @since 0.1.0
 */
export const REPLIES_IT = /* @__PURE__ */ languageCatalog('it', {
  acknowledgement: {
    formal:
      'Grazie per averci contattato. Abbiamo ricevuto la Sua richiesta {ticketId} e Le risponderemo al più presto.',
    informal:
      'Grazie per averci scritto. Abbiamo ricevuto la tua richiesta {ticketId} e ti risponderemo al più presto.',
  },
  'order-status': {
    formal:
      'Il Suo ordine {orderId} con {itemCount, plural, one {# articolo} many {# di articoli} other {# articoli}} è in viaggio e dovrebbe arrivare il {deliveryDate}.',
    informal:
      'Il tuo ordine {orderId} con {itemCount, plural, one {# articolo} many {# di articoli} other {# articoli}} è in viaggio e dovrebbe arrivare il {deliveryDate}.',
  },
  'shipping-delay': {
    formal:
      'Ci scusiamo: il Suo ordine {orderId} è in ritardo di {days, plural, one {# giorno} many {# di giorni} other {# giorni}}. La nuova data di consegna è il {newDate}.',
    informal:
      'Ci scusiamo: il tuo ordine {orderId} è in ritardo di {days, plural, one {# giorno} many {# di giorni} other {# giorni}}. La nuova data di consegna è il {newDate}.',
  },
  'return-approved': {
    formal:
      'Il Suo reso per l’ordine {orderId} è approvato. Stampi l’etichetta qui: {labelUrl}. La preghiamo di spedire il pacco entro il {deadline}.',
    informal:
      'Il tuo reso per l’ordine {orderId} è approvato. Stampa l’etichetta qui: {labelUrl}. Spedisci il pacco entro il {deadline}.',
  },
  'refund-issued': {
    formal:
      'Le abbiamo rimborsato {amount} per l’ordine {orderId}. L’importo dovrebbe arrivare sul Suo conto entro {days, plural, one {# giorno lavorativo} many {# di giorni lavorativi} other {# giorni lavorativi}}.',
    informal:
      'Ti abbiamo rimborsato {amount} per l’ordine {orderId}. L’importo dovrebbe arrivare sul tuo conto entro {days, plural, one {# giorno lavorativo} many {# di giorni lavorativi} other {# giorni lavorativi}}.',
  },
  'out-of-hours': {
    formal:
      'Il nostro team al momento non è disponibile. Torniamo il {nextOpen} e Le risponderemo allora.',
    informal:
      'Il nostro team al momento non è disponibile. Torniamo il {nextOpen} e ti risponderemo allora.',
  },
  handoff: {
    formal: 'Passo la Sua conversazione a {agentName} del nostro team, che La seguirà da qui.',
    informal: 'Passo la tua conversazione a {agentName} del nostro team, che ti seguirà da qui.',
  },
  'data-request': {
    formal:
      'Abbiamo ricevuto la Sua richiesta sui dati {requestId}. Risponderemo entro il {deadline}.',
    informal:
      'Abbiamo ricevuto la tua richiesta sui dati {requestId}. Risponderemo entro il {deadline}.',
  },
  apology: {
    formal: 'Ci scusiamo per il disagio con l’ordine {orderId}. Stiamo risolvendo il problema.',
    informal: 'Scusa per il disagio con l’ordine {orderId}. Stiamo risolvendo il problema.',
  },
  'request-details': {
    formal:
      'Per aiutarLa con l’ordine {orderId}, può inviarci {photos, plural, one {# foto} many {# di foto} other {# foto}} dell’articolo?',
    informal:
      'Per aiutarti con l’ordine {orderId}, puoi inviarci {photos, plural, one {# foto} many {# di foto} other {# foto}} dell’articolo?',
  },
  survey: {
    formal: 'È soddisfatto del nostro aiuto? Ci valuti qui: {surveyUrl}',
    informal: 'Sei soddisfatto del nostro aiuto? Valutaci qui: {surveyUrl}',
  },
  closing: {
    formal:
      'Grazie per la pazienza. Per qualsiasi altra necessità, risponda a questo messaggio. Cordiali saluti, {agentName}',
    informal:
      'Grazie per la pazienza. Per qualsiasi altra cosa, rispondi a questo messaggio. Un saluto, {agentName}',
  },
});
