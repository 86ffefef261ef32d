// French reply messages (fr): formal (vous) and informal (tu), for the 12 built-in templates.
import { languageCatalog } from './languageCatalog.js';

/**
 * The built-in reply templates in French (`fr`), formal (vous) and informal (tu). Pass it to
 * renderReply with the other languages you answer in; a bundle carries only the languages it
 * imports (about 1 KiB gzipped each).
 *
 * @example
 * renderReply({ template: 'closing', locale: 'fr-FR', params: { agentName: 'Mina' } }, [REPLIES_FR]).text;
 * @since 0.1.0
 */
export const REPLIES_FR = /* @__PURE__ */ languageCatalog('fr', {
  acknowledgement: {
    formal:
      'Merci de nous avoir contactés. Nous avons bien reçu votre demande {ticketId} et vous répondrons dès que possible.',
    informal:
      'Merci de nous avoir contactés. Nous avons bien reçu ta demande {ticketId} et te répondrons dès que possible.',
  },
  'order-status': {
    formal:
      'Votre commande {orderId} de {itemCount, plural, one {# article} many {# d’articles} other {# articles}} est en route et devrait arriver le {deliveryDate}.',
    informal:
      'Ta commande {orderId} de {itemCount, plural, one {# article} many {# d’articles} other {# articles}} est en route et devrait arriver le {deliveryDate}.',
  },
  'shipping-delay': {
    formal:
      'Nous sommes désolés : votre commande {orderId} a {days, plural, one {# jour} many {# de jours} other {# jours}} de retard. La nouvelle date de livraison est le {newDate}.',
    informal:
      'Nous sommes désolés : ta commande {orderId} a {days, plural, one {# jour} many {# de jours} other {# jours}} de retard. La nouvelle date de livraison est le {newDate}.',
  },
  'return-approved': {
    formal:
      'Votre retour pour la commande {orderId} est accepté. Imprimez votre étiquette ici : {labelUrl}. Merci d’envoyer le colis avant le {deadline}.',
    informal:
      'Ton retour pour la commande {orderId} est accepté. Imprime ton étiquette ici : {labelUrl}. Merci d’envoyer le colis avant le {deadline}.',
  },
  'refund-issued': {
    formal:
      'Nous vous avons remboursé {amount} pour la commande {orderId}. Le montant devrait apparaître sur votre compte sous {days, plural, one {# jour ouvré} many {# de jours ouvrés} other {# jours ouvrés}}.',
    informal:
      'Nous t’avons remboursé {amount} pour la commande {orderId}. Le montant devrait apparaître sur ton compte sous {days, plural, one {# jour ouvré} many {# de jours ouvrés} other {# jours ouvrés}}.',
  },
  'out-of-hours': {
    formal:
      'Notre équipe est actuellement indisponible. Nous serons de retour le {nextOpen} et vous répondrons alors.',
    informal:
      'Notre équipe est actuellement indisponible. Nous serons de retour le {nextOpen} et te répondrons alors.',
  },
  handoff: {
    formal: 'Je transmets votre conversation à {agentName}, de notre équipe, qui prend le relais.',
    informal: 'Je transmets ta conversation à {agentName}, de notre équipe, qui prend le relais.',
  },
  'data-request': {
    formal:
      'Nous avons reçu votre demande relative à vos données {requestId}. Nous y répondrons au plus tard le {deadline}.',
    informal:
      'Nous avons reçu ta demande relative à tes données {requestId}. Nous y répondrons au plus tard le {deadline}.',
  },
  apology: {
    formal:
      'Nous sommes désolés pour le désagrément lié à la commande {orderId}. Nous nous en occupons.',
    informal: 'Désolés pour le souci avec la commande {orderId}. Nous nous en occupons.',
  },
  'request-details': {
    formal:
      'Pour traiter la commande {orderId}, pourriez-vous nous envoyer {photos, plural, one {# photo} many {# de photos} other {# photos}} de l’article ?',
    informal:
      'Pour traiter la commande {orderId}, peux-tu nous envoyer {photos, plural, one {# photo} many {# de photos} other {# photos}} de l’article ?',
  },
  survey: {
    formal: 'Êtes-vous satisfait de notre aide ? Donnez-nous votre avis ici : {surveyUrl}',
    informal: 'Es-tu satisfait de notre aide ? Donne-nous ton avis ici : {surveyUrl}',
  },
  closing: {
    formal:
      'Merci de votre patience. Pour toute autre question, répondez simplement à ce message. Bien cordialement, {agentName}',
    informal:
      'Merci pour ta patience. Pour toute autre question, réponds simplement à ce message. Merci, {agentName}',
  },
});
