import { type Draft, FOR, INF } from '../corpus/types.js';

export const ES: readonly Draft[] = [
  ['Hemos recibido su solicitud y le responderemos en un plazo de 24 horas.', 'formal'],
  ['¿Podría indicarnos el número de pedido que aparece en la factura?', 'formal'],
  ['Le enviamos una caja de té verde como obsequio.', 'formal'],
  ['El reembolso se verá reflejado en su cuenta en cinco días hábiles.', 'formal'],
  ['Disculpe las molestias; el repartidor pasará de nuevo mañana.', 'formal'],
  ['Gracias por tu mensaje, ya estamos revisando tu pedido.', 'informal'],
  ['Si quieres, te mandamos otra etiqueta de devolución.', 'informal'],
  ['Tu paquete sale hoy del almacén y llega el jueves.', 'informal'],
  ['El repartidor pasará mañana por la tarde.', 'informal'],
  ['Escríbenos cuando te llegue y lo revisamos juntos.', 'informal'],
  ['Hemos recibido tu solicitud de devolución.', 'formal', [INF]],
  ['Envíanos una foto del producto dañado, por favor.', 'formal', [INF]],
  ['¿Puedes confirmar la dirección de entrega?', 'formal', [INF]],
  ['Le hemos reembolsado el importe; lo verás en tu cuenta en dos días.', 'formal', [INF]],
  ['Recuerda que el plazo de devolución es de 30 días.', 'formal', [INF]],
  ['Si lo prefieres, podemos cambiar la talla.', 'formal', [INF]],
  ['Gracias por tu mensaje; usted recibirá el reembolso mañana.', 'informal', [FOR]],
  ['¿Puedes decirnos si usted ya recibió el paquete?', 'informal', [FOR]],
  ['Si usted quiere, te mandamos un cupón.', 'informal', [FOR]],
  ['Perdona el retraso, le enviamos un cupón a usted.', 'informal', [FOR]],
];
