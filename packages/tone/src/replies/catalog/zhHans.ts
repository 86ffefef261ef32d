// Simplified Chinese reply messages (zh-Hans): formal (您) and informal (你), for the 12 built-in templates.
import { languageCatalog } from './languageCatalog.js';

/**
 * The built-in reply templates in Simplified Chinese (`zh-Hans`), formal (您) and informal (你). Pass it to
 * renderReply with the other languages you answer in; a bundle carries only the languages it
 * imports (about 1 KiB gzipped each).
 *
 * @example
 * renderReply({ template: 'closing', locale: 'zh-CN', params: { agentName: 'Mina' } }, [REPLIES_ZH_HANS]).text;
 * @since 0.1.0
 */
export const REPLIES_ZH_HANS = /* @__PURE__ */ languageCatalog('zh-Hans', {
  acknowledgement: {
    formal: '感谢您联系我们。我们已收到您的请求 {ticketId}，将尽快回复您。',
    informal: '感谢你联系我们。我们已收到你的请求 {ticketId}，将尽快回复你。',
  },
  'order-status': {
    formal:
      '您的订单 {orderId}（{itemCount, plural, other {# 件商品}}）已在途中，预计 {deliveryDate} 送达。',
    informal:
      '你的订单 {orderId}（{itemCount, plural, other {# 件商品}}）已在途中，预计 {deliveryDate} 送达。',
  },
  'shipping-delay': {
    formal:
      '非常抱歉，您的订单 {orderId} 将延迟 {days, plural, other {# 天}}。新的送达日期为 {newDate}。',
    informal:
      '非常抱歉，你的订单 {orderId} 将延迟 {days, plural, other {# 天}}。新的送达日期为 {newDate}。',
  },
  'return-approved': {
    formal:
      '您的订单 {orderId} 退货已获批准。请在此打印退货标签：{labelUrl}。请于 {deadline} 前寄出包裹。',
    informal:
      '你的订单 {orderId} 退货已获批准。请在此打印退货标签：{labelUrl}。请于 {deadline} 前寄出包裹。',
  },
  'refund-issued': {
    any: '我们已为订单 {orderId} 退款 {amount}。款项预计在 {days, plural, other {# 个工作日}}内到账。',
  },
  'out-of-hours': {
    formal: '我们的团队目前不在线。我们将于 {nextOpen} 恢复服务，届时回复您。',
    informal: '我们的团队目前不在线。我们将于 {nextOpen} 恢复服务，届时回复你。',
  },
  handoff: {
    formal: '我将把您的对话转给我们团队的 {agentName}，由其继续为您服务。',
    informal: '我将把你的对话转给我们团队的 {agentName}，由其继续为你服务。',
  },
  'data-request': {
    formal: '我们已收到您的数据请求 {requestId}，将最迟于 {deadline} 前答复。',
    informal: '我们已收到你的数据请求 {requestId}，将最迟于 {deadline} 前答复。',
  },
  apology: {
    formal: '订单 {orderId} 给您带来不便，我们深表歉意，正在为您处理。',
    informal: '订单 {orderId} 给你带来不便，我们深表歉意，正在为你处理。',
  },
  'request-details': {
    formal: '为了处理订单 {orderId}，请您发送 {photos, plural, other {# 张}}商品照片。',
    informal: '为了处理订单 {orderId}，请你发送 {photos, plural, other {# 张}}商品照片。',
  },
  survey: {
    formal: '您对我们的服务满意吗？请在此评价：{surveyUrl}',
    informal: '你对我们的服务满意吗？请在此评价：{surveyUrl}',
  },
  closing: {
    formal: '感谢您的耐心等待。如有其他问题，请直接回复此消息。祝好，{agentName}',
    informal: '感谢你的耐心等待。如有其他问题，请直接回复此消息。祝好，{agentName}',
  },
});
