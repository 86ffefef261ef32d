// Polish reply messages (pl): formal (Pan/Pani) and informal (ty), for the 12 built-in templates.
import { languageCatalog } from './languageCatalog.js';

/**
 * The built-in reply templates in Polish (`pl`), formal (Pan/Pani) and informal (ty). Pass it to
 * renderReply with the other languages you answer in; a bundle carries only the languages it
 * imports (about 1 KiB gzipped each).
 *
 * @example
 * renderReply({ template: 'closing', locale: 'pl-PL', params: { agentName: 'Mina' } }, [REPLIES_PL]).text;
 * @since 0.1.0
 */
export const REPLIES_PL = /* @__PURE__ */ languageCatalog('pl', {
  acknowledgement: {
    formal:
      'Dziękujemy za kontakt. Otrzymaliśmy Pana/Pani zgłoszenie {ticketId} i odpowiemy najszybciej, jak to możliwe.',
    informal:
      'Dzięki za wiadomość. Otrzymaliśmy Twoje zgłoszenie {ticketId} i odpowiemy najszybciej, jak to możliwe.',
  },
  'order-status': {
    formal:
      'Pana/Pani zamówienie {orderId} ({itemCount, plural, one {# produkt} few {# produkty} many {# produktów} other {# produktu}}) jest w drodze i powinno dotrzeć {deliveryDate}.',
    informal:
      'Twoje zamówienie {orderId} ({itemCount, plural, one {# produkt} few {# produkty} many {# produktów} other {# produktu}}) jest w drodze i powinno dotrzeć {deliveryDate}.',
  },
  'shipping-delay': {
    formal:
      'Przepraszamy: Pana/Pani zamówienie {orderId} opóźni się o {days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}}. Nowa data dostawy to {newDate}.',
    informal:
      'Przepraszamy: Twoje zamówienie {orderId} opóźni się o {days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}}. Nowa data dostawy to {newDate}.',
  },
  'return-approved': {
    formal:
      'Zwrot zamówienia {orderId} został zaakceptowany. Etykietę może Pan/Pani wydrukować tutaj: {labelUrl}. Prosimy nadać paczkę do {deadline}.',
    informal:
      'Zwrot zamówienia {orderId} został zaakceptowany. Etykietę wydrukujesz tutaj: {labelUrl}. Nadaj paczkę do {deadline}.',
  },
  'refund-issued': {
    formal:
      'Zwróciliśmy {amount} za zamówienie {orderId}. Środki powinny pojawić się na Pana/Pani koncie w ciągu {days, plural, one {# dnia roboczego} few {# dni roboczych} many {# dni roboczych} other {# dnia roboczego}}.',
    informal:
      'Zwróciliśmy {amount} za zamówienie {orderId}. Środki powinny pojawić się na Twoim koncie w ciągu {days, plural, one {# dnia roboczego} few {# dni roboczych} many {# dni roboczych} other {# dnia roboczego}}.',
  },
  'out-of-hours': {
    formal: 'Nasz zespół jest teraz niedostępny. Wracamy {nextOpen} i wtedy odpowiemy Panu/Pani.',
    informal: 'Nasz zespół jest teraz niedostępny. Wracamy {nextOpen} i wtedy Ci odpowiemy.',
  },
  handoff: {
    formal:
      'Przekazuję rozmowę do {agentName} z naszego zespołu, który dalej się Panem/Panią zajmie.',
    informal: 'Przekazuję rozmowę do {agentName} z naszego zespołu, który dalej Ci pomoże.',
  },
  'data-request': {
    formal:
      'Otrzymaliśmy Pana/Pani wniosek dotyczący danych {requestId}. Odpowiemy najpóźniej do {deadline}.',
    informal:
      'Otrzymaliśmy Twój wniosek dotyczący danych {requestId}. Odpowiemy najpóźniej do {deadline}.',
  },
  apology: {
    formal: 'Przepraszamy za kłopot z zamówieniem {orderId}. Już się tym zajmujemy.',
    informal: 'Sorry za kłopot z zamówieniem {orderId}. Już się tym zajmujemy.',
  },
  'request-details': {
    formal:
      'Aby pomóc w sprawie zamówienia {orderId}, prosimy o przesłanie {photos, plural, one {# zdjęcia} few {# zdjęć} many {# zdjęć} other {# zdjęcia}} produktu.',
    informal:
      'Żeby pomóc w sprawie zamówienia {orderId}, prześlij nam {photos, plural, one {# zdjęcie} few {# zdjęcia} many {# zdjęć} other {# zdjęcia}} produktu.',
  },
  survey: {
    formal: 'Czy jest Pan/Pani zadowolony/zadowolona z naszej pomocy? Prosimy o ocenę: {surveyUrl}',
    informal: 'Jak oceniasz naszą pomoc? Daj nam znać: {surveyUrl}',
  },
  closing: {
    formal:
      'Dziękujemy za cierpliwość. W razie pytań wystarczy odpowiedzieć na tę wiadomość. Z poważaniem, {agentName}',
    informal:
      'Dzięki za cierpliwość. Jeśli masz pytania, po prostu odpisz. Pozdrawiam, {agentName}',
  },
});
