// Spanish reply messages (es): formal (usted) and informal (tú), for the 12 built-in templates.
import { languageCatalog } from './languageCatalog.js';

/**
 * The built-in reply templates in Spanish (`es`), formal (usted) and informal (tú). Pass it to
 * renderReply with the other languages you answer in; a bundle carries only the languages it
 * imports (about 1 KiB gzipped each).
 *
 * @example
 * renderReply({ template: 'closing', locale: 'es-ES', params: { agentName: 'Mina' } }, [REPLIES_ES]).text;
 * @since 0.1.0
 */
export const REPLIES_ES = /* @__PURE__ */ languageCatalog('es', {
  acknowledgement: {
    formal:
      'Gracias por contactarnos. Hemos recibido su solicitud {ticketId} y le responderemos lo antes posible.',
    informal:
      'Gracias por escribirnos. Hemos recibido tu solicitud {ticketId} y te responderemos lo antes posible.',
  },
  'order-status': {
    formal:
      'Su pedido {orderId} con {itemCount, plural, one {# artículo} many {# de artículos} other {# artículos}} está en camino y debería llegar el {deliveryDate}.',
    informal:
      'Tu pedido {orderId} con {itemCount, plural, one {# artículo} many {# de artículos} other {# artículos}} está en camino y debería llegar el {deliveryDate}.',
  },
  'shipping-delay': {
    formal:
      'Lo sentimos: su pedido {orderId} se retrasa {days, plural, one {# día} many {# de días} other {# días}}. La nueva fecha de entrega es el {newDate}.',
    informal:
      'Lo sentimos: tu pedido {orderId} se retrasa {days, plural, one {# día} many {# de días} other {# días}}. La nueva fecha de entrega es el {newDate}.',
  },
  'return-approved': {
    formal:
      'Su devolución del pedido {orderId} está aprobada. Imprima su etiqueta aquí: {labelUrl}. Envíe el paquete antes del {deadline}.',
    informal:
      'Tu devolución del pedido {orderId} está aprobada. Imprime tu etiqueta aquí: {labelUrl}. Envía el paquete antes del {deadline}.',
  },
  'refund-issued': {
    formal:
      'Le hemos reembolsado {amount} del pedido {orderId}. El importe debería llegar a su cuenta en {days, plural, one {# día hábil} many {# de días hábiles} other {# días hábiles}}.',
    informal:
      'Te hemos reembolsado {amount} del pedido {orderId}. El importe debería llegar a tu cuenta en {days, plural, one {# día hábil} many {# de días hábiles} other {# días hábiles}}.',
  },
  'out-of-hours': {
    formal:
      'Nuestro equipo no está disponible ahora. Volvemos el {nextOpen} y le responderemos entonces.',
    informal:
      'Nuestro equipo no está disponible ahora. Volvemos el {nextOpen} y te responderemos entonces.',
  },
  handoff: {
    formal:
      'Paso su conversación a {agentName}, de nuestro equipo, que continuará a partir de aquí.',
    informal:
      'Paso tu conversación a {agentName}, de nuestro equipo, que continuará a partir de aquí.',
  },
  'data-request': {
    formal:
      'Hemos recibido su solicitud de datos {requestId}. La responderemos a más tardar el {deadline}.',
    informal:
      'Hemos recibido tu solicitud de datos {requestId}. La responderemos a más tardar el {deadline}.',
  },
  apology: {
    formal: 'Lamentamos las molestias con el pedido {orderId}. Ya lo estamos solucionando.',
    informal: 'Sentimos las molestias con el pedido {orderId}. Ya lo estamos solucionando.',
  },
  'request-details': {
    formal:
      'Para ayudarle con el pedido {orderId}, ¿podría enviarnos {photos, plural, one {# foto} many {# de fotos} other {# fotos}} del artículo?',
    informal:
      'Para ayudarte con el pedido {orderId}, ¿puedes enviarnos {photos, plural, one {# foto} many {# de fotos} other {# fotos}} del artículo?',
  },
  survey: {
    formal: '¿Quedó satisfecho con nuestra ayuda? Valórenos aquí: {surveyUrl}',
    informal: '¿Te ayudamos bien? Valóranos aquí: {surveyUrl}',
  },
  closing: {
    formal:
      'Gracias por su paciencia. Si necesita algo más, responda a este mensaje. Atentamente, {agentName}',
    informal:
      'Gracias por tu paciencia. Si necesitas algo más, responde a este mensaje. Un saludo, {agentName}',
  },
});
