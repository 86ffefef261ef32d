// Brazilian Portuguese reply messages (pt-BR): one register (você), for the 12 built-in templates.
import { languageCatalog } from './languageCatalog.js';

/**
 * The built-in reply templates in Brazilian Portuguese (`pt-BR`), one register (você). Pass it to
 * renderReply with the other languages you answer in; a bundle carries only the languages it
 * imports (about 1 KiB gzipped each).
 *
 * @example
 * renderReply({ template: 'closing', locale: 'pt-BR', params: { agentName: 'Mina' } }, [REPLIES_PT_BR]).text;
 * @since 0.1.0
 */
export const REPLIES_PT_BR = /* @__PURE__ */ languageCatalog('pt-BR', {
  acknowledgement: {
    any: 'Obrigado pelo contato. Recebemos sua solicitação {ticketId} e responderemos o mais rápido possível.',
  },
  'order-status': {
    any: 'Seu pedido {orderId} com {itemCount, plural, one {# item} many {# de itens} other {# itens}} está a caminho e deve chegar em {deliveryDate}.',
  },
  'shipping-delay': {
    any: 'Sentimos muito: seu pedido {orderId} está atrasado {days, plural, one {# dia} many {# de dias} other {# dias}}. A nova data de entrega é {newDate}.',
  },
  'return-approved': {
    any: 'Sua devolução do pedido {orderId} foi aprovada. Imprima a etiqueta aqui: {labelUrl}. Envie o pacote até {deadline}.',
  },
  'refund-issued': {
    any: 'Reembolsamos {amount} referente ao pedido {orderId}. O valor deve aparecer na sua conta em até {days, plural, one {# dia útil} many {# de dias úteis} other {# dias úteis}}.',
  },
  'out-of-hours': {
    any: 'Nossa equipe está offline agora. Voltamos em {nextOpen} e responderemos em seguida.',
  },
  handoff: {
    any: 'Estou transferindo sua conversa para {agentName}, da nossa equipe, que vai continuar o atendimento.',
  },
  'data-request': {
    any: 'Recebemos sua solicitação de dados {requestId}. Responderemos até {deadline}, no máximo.',
  },
  apology: {
    any: 'Pedimos desculpas pelo problema com o pedido {orderId}. Já estamos resolvendo.',
  },
  'request-details': {
    any: 'Para ajudar com o pedido {orderId}, você pode nos enviar {photos, plural, one {# foto} many {# de fotos} other {# fotos}} do item?',
  },
  survey: {
    any: 'Como foi o nosso atendimento? Avalie aqui: {surveyUrl}',
  },
  closing: {
    any: 'Obrigado pela paciência. Se precisar de algo mais, é só responder esta mensagem. Atenciosamente, {agentName}',
  },
});
