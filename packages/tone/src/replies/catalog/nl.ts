// Dutch reply messages (nl): formal (u) and informal (je), for the 12 built-in templates.
import { languageCatalog } from './languageCatalog.js';

/**
 * The built-in reply templates in Dutch (`nl`), formal (u) and informal (je). Pass it to
 * renderReply with the other languages you answer in; a bundle carries only the languages it
 * imports (about 1 KiB gzipped each).
 *
 * @example
 * renderReply({ template: 'closing', locale: 'nl-NL', params: { agentName: 'Mina' } }, [REPLIES_NL]).text;
 * @since 0.1.0
 */
export const REPLIES_NL = /* @__PURE__ */ languageCatalog('nl', {
  acknowledgement: {
    formal:
      'Bedankt voor uw bericht. We hebben uw verzoek {ticketId} ontvangen en reageren zo snel mogelijk.',
    informal:
      'Bedankt voor je bericht. We hebben je verzoek {ticketId} ontvangen en reageren zo snel mogelijk.',
  },
  'order-status': {
    formal:
      'Uw bestelling {orderId} met {itemCount, plural, one {# artikel} other {# artikelen}} is onderweg en wordt naar verwachting op {deliveryDate} bezorgd.',
    informal:
      'Je bestelling {orderId} met {itemCount, plural, one {# artikel} other {# artikelen}} is onderweg en wordt naar verwachting op {deliveryDate} bezorgd.',
  },
  'shipping-delay': {
    formal:
      'Excuses: uw bestelling {orderId} heeft {days, plural, one {# dag} other {# dagen}} vertraging. De nieuwe leverdatum is {newDate}.',
    informal:
      'Excuses: je bestelling {orderId} heeft {days, plural, one {# dag} other {# dagen}} vertraging. De nieuwe leverdatum is {newDate}.',
  },
  'return-approved': {
    formal:
      'Uw retour voor bestelling {orderId} is goedgekeurd. Print uw label hier: {labelUrl}. Verstuur het pakket vóór {deadline}.',
    informal:
      'Je retour voor bestelling {orderId} is goedgekeurd. Print je label hier: {labelUrl}. Verstuur het pakket vóór {deadline}.',
  },
  'refund-issued': {
    formal:
      'We hebben {amount} terugbetaald voor bestelling {orderId}. Het bedrag staat binnen {days, plural, one {# werkdag} other {# werkdagen}} op uw rekening.',
    informal:
      'We hebben {amount} terugbetaald voor bestelling {orderId}. Het bedrag staat binnen {days, plural, one {# werkdag} other {# werkdagen}} op je rekening.',
  },
  'out-of-hours': {
    formal:
      'Ons team is nu niet bereikbaar. We zijn er weer op {nextOpen} en reageren dan op uw bericht.',
    informal:
      'Ons team is nu niet bereikbaar. We zijn er weer op {nextOpen} en reageren dan op je bericht.',
  },
  handoff: {
    formal: 'Ik geef uw gesprek door aan {agentName} van ons team, die u verder helpt.',
    informal: 'Ik geef je gesprek door aan {agentName} van ons team, die je verder helpt.',
  },
  'data-request': {
    formal:
      'We hebben uw gegevensverzoek {requestId} ontvangen en beantwoorden het uiterlijk op {deadline}.',
    informal:
      'We hebben je gegevensverzoek {requestId} ontvangen en beantwoorden het uiterlijk op {deadline}.',
  },
  apology: {
    formal: 'Onze excuses voor het ongemak met bestelling {orderId}. We lossen het op.',
    informal: 'Sorry voor het gedoe met bestelling {orderId}. We lossen het op.',
  },
  'request-details': {
    formal:
      'Kunt u ons voor bestelling {orderId} {photos, plural, one {# foto} other {# foto’s}} van het artikel sturen?',
    informal:
      'Kun je ons voor bestelling {orderId} {photos, plural, one {# foto} other {# foto’s}} van het artikel sturen?',
  },
  survey: {
    formal: 'Bent u tevreden over onze hulp? Geef uw mening hier: {surveyUrl}',
    informal: 'Ben je tevreden over onze hulp? Geef je mening hier: {surveyUrl}',
  },
  closing: {
    formal:
      'Bedankt voor uw geduld. Heeft u nog een vraag, beantwoord dan dit bericht. Met vriendelijke groet, {agentName}',
    informal:
      'Bedankt voor je geduld. Heb je nog een vraag, beantwoord dan dit bericht. Groetjes, {agentName}',
  },
});
