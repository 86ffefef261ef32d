import { type Draft, FOR, INF } from '../corpus/types.js';

export const PT: readonly Draft[] = [
  ['Recebemos sua solicitação e retornaremos em até 24 horas.', 'formal'],
  ['O senhor poderia nos informar o número do pedido?', 'formal'],
  ['Seu pacote foi entregue à transportadora hoje de manhã.', 'formal'],
  ['O reembolso aparecerá na sua fatura em até cinco dias úteis.', 'formal'],
  ['Pedimos desculpas pelo transtorno; o entregador voltará amanhã.', 'formal'],
  ['Valeu pela mensagem, já estamos olhando seu pedido.', 'informal'],
  ['Se quiser, a gente manda outra etiqueta.', 'informal'],
  ['Seu pacote sai hoje do depósito.', 'informal'],
  ['O entregador passa amanhã à tarde.', 'informal'],
  ['Manda uma mensagem quando chegar.', 'informal'],
  ['Recebemos o teu pedido de devolução.', 'formal', [INF]],
  ['Envia-nos uma foto do produto danificado, por favor.', 'formal', [INF]],
  ['Podes confirmar o endereço de entrega?', 'formal', [INF]],
  ['Já fizemos o reembolso, vais ver o valor em dois dias.', 'formal', [INF]],
  ['Lembra-te de que tens 30 dias para devolver.', 'formal', [INF]],
  ['Se preferires, podemos trocar o tamanho.', 'formal', [INF]],
  ['Valeu pela mensagem, o senhor recebe o reembolso amanhã.', 'informal', [FOR]],
  ['Você pode dizer se a senhora já recebeu o pacote?', 'informal', [FOR]],
  ['Se o senhor quiser, a gente manda um cupom.', 'informal', [FOR]],
  ['Foi mal pelo atraso, a senhora vai ganhar um cupom.', 'informal', [FOR]],
];
