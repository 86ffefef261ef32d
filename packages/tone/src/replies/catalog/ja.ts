// Japanese reply messages (ja): one register (お客様, keigo), for the 12 built-in templates.
import { languageCatalog } from './languageCatalog.js';

/**
 * The built-in reply templates in Japanese (`ja`), one register (お客様, keigo). Pass it to
 * renderReply with the other languages you answer in; a bundle carries only the languages it
 * imports (about 1 KiB gzipped each).
 *
 * @example
 * renderReply({ template: 'closing', locale: 'ja-JP', params: { agentName: 'Mina' } }, [REPLIES_JA]).text;
 * @since 0.1.0
 */
export const REPLIES_JA = /* @__PURE__ */ languageCatalog('ja', {
  acknowledgement: {
    any: 'お問い合わせいただきありがとうございます。お客様のお問い合わせ（{ticketId}）を承りました。できるだけ早くご連絡いたします。',
  },
  'order-status': {
    any: 'ご注文 {orderId}（{itemCount, plural, other {#点}}）は発送済みで、{deliveryDate}にお届けの予定です。',
  },
  'shipping-delay': {
    any: '申し訳ございません。ご注文 {orderId} のお届けが{days, plural, other {#日}}遅れております。新しいお届け予定日は{newDate}です。',
  },
  'return-approved': {
    any: 'ご注文 {orderId} の返品を承認いたしました。返送ラベルはこちらから印刷いただけます：{labelUrl}。{deadline}までにご返送ください。',
  },
  'refund-issued': {
    any: 'ご注文 {orderId} について {amount} を返金いたしました。{days, plural, other {#営業日}}以内にお客様の口座に反映される予定です。',
  },
  'out-of-hours': {
    any: 'ただいま営業時間外です。{nextOpen}より順次ご対応いたします。',
  },
  handoff: {
    any: 'ここからは担当の{agentName}がご対応いたします。',
  },
  'data-request': {
    any: '個人データに関するご請求（{requestId}）を承りました。遅くとも{deadline}までにご回答いたします。',
  },
  apology: {
    any: 'ご注文 {orderId} につきましてご迷惑をおかけし、誠に申し訳ございません。ただいま対応しております。',
  },
  'request-details': {
    any: 'ご注文 {orderId} の確認のため、商品のお写真を{photos, plural, other {#枚}}お送りいただけますでしょうか。',
  },
  survey: {
    any: '今回の対応はいかがでしたか。こちらからご評価いただけますと幸いです：{surveyUrl}',
  },
  closing: {
    any: 'お待たせいたしました。ほかにご不明な点がございましたら、このメッセージにご返信ください。{agentName}',
  },
});
