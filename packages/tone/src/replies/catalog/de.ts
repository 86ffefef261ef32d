// German reply messages (de): formal (Sie) and informal (du), for the 12 built-in templates.
import { languageCatalog } from './languageCatalog.js';

/**
 * The built-in reply templates in German (`de`), formal (Sie) and informal (du). Pass it to
 * renderReply with the other languages you answer in; a bundle carries only the languages it
 * imports (about 1 KiB gzipped each).
 *
 * @example
 * renderReply({ template: 'closing', locale: 'de-DE', params: { agentName: 'Mina' } }, [REPLIES_DE]).text;
 * @since 0.1.0
 */
export const REPLIES_DE = /* @__PURE__ */ languageCatalog('de', {
  acknowledgement: {
    formal:
      'Vielen Dank für Ihre Nachricht. Wir haben Ihre Anfrage {ticketId} erhalten und melden uns so bald wie möglich bei Ihnen.',
    informal:
      'Danke für deine Nachricht. Wir haben deine Anfrage {ticketId} erhalten und melden uns so bald wie möglich bei dir.',
  },
  'order-status': {
    formal:
      'Ihre Bestellung {orderId} mit {itemCount, plural, one {# Artikel} other {# Artikeln}} ist unterwegs und kommt voraussichtlich am {deliveryDate} an.',
    informal:
      'Deine Bestellung {orderId} mit {itemCount, plural, one {# Artikel} other {# Artikeln}} ist unterwegs und kommt voraussichtlich am {deliveryDate} an.',
  },
  'shipping-delay': {
    formal:
      'Es tut uns leid: Ihre Bestellung {orderId} verzögert sich um {days, plural, one {# Tag} other {# Tage}}. Der neue Liefertermin ist der {newDate}.',
    informal:
      'Es tut uns leid: Deine Bestellung {orderId} verzögert sich um {days, plural, one {# Tag} other {# Tage}}. Der neue Liefertermin ist der {newDate}.',
  },
  'return-approved': {
    formal:
      'Ihre Rücksendung zur Bestellung {orderId} ist genehmigt. Ihr Etikett finden Sie hier: {labelUrl}. Bitte senden Sie das Paket bis zum {deadline} ab.',
    informal:
      'Deine Rücksendung zur Bestellung {orderId} ist genehmigt. Dein Etikett findest du hier: {labelUrl}. Bitte schick das Paket bis zum {deadline} ab.',
  },
  'refund-issued': {
    formal:
      'Wir haben Ihnen {amount} für die Bestellung {orderId} erstattet. Der Betrag sollte innerhalb von {days, plural, one {# Werktag} other {# Werktagen}} auf Ihrem Konto sein.',
    informal:
      'Wir haben dir {amount} für die Bestellung {orderId} erstattet. Der Betrag sollte innerhalb von {days, plural, one {# Werktag} other {# Werktagen}} auf deinem Konto sein.',
  },
  'out-of-hours': {
    formal: 'Unser Team ist gerade nicht erreichbar. Wir sind ab {nextOpen} wieder für Sie da.',
    informal: 'Unser Team ist gerade nicht erreichbar. Wir sind ab {nextOpen} wieder für dich da.',
  },
  handoff: {
    formal:
      'Ich übergebe Ihr Anliegen an {agentName} aus unserem Team, der oder die sich ab hier um Sie kümmert.',
    informal:
      'Ich übergebe dein Anliegen an {agentName} aus unserem Team, der oder die sich ab hier um dich kümmert.',
  },
  'data-request': {
    formal:
      'Wir haben Ihre Datenanfrage {requestId} erhalten und beantworten sie spätestens bis zum {deadline}.',
    informal:
      'Wir haben deine Datenanfrage {requestId} erhalten und beantworten sie spätestens bis zum {deadline}.',
  },
  apology: {
    formal:
      'Es tut uns leid, dass es mit der Bestellung {orderId} Probleme gab. Wir kümmern uns darum.',
    informal:
      'Tut uns leid, dass es mit der Bestellung {orderId} Probleme gab. Wir kümmern uns darum.',
  },
  'request-details': {
    formal:
      'Damit wir Ihnen bei der Bestellung {orderId} helfen können, senden Sie uns bitte {photos, plural, one {# Foto} other {# Fotos}} des Artikels.',
    informal:
      'Damit wir dir bei der Bestellung {orderId} helfen können, schick uns bitte {photos, plural, one {# Foto} other {# Fotos}} des Artikels.',
  },
  survey: {
    formal: 'Wie zufrieden waren Sie mit unserer Hilfe? Bewerten Sie uns gern hier: {surveyUrl}',
    informal: 'Wie zufrieden warst du mit unserer Hilfe? Bewerte uns gern hier: {surveyUrl}',
  },
  closing: {
    formal:
      'Vielen Dank für Ihre Geduld. Wenn noch etwas ist, antworten Sie einfach auf diese Nachricht. Mit freundlichen Grüßen, {agentName}',
    informal:
      'Danke für deine Geduld. Wenn noch etwas ist, antworte einfach auf diese Nachricht. Viele Grüße, {agentName}',
  },
});
