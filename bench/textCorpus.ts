// The text bench's corpora. A pipeline meets each customer message once: its words recur from
// message to message, whole messages do not. `distinctMessages` is such traffic (the never-seen
// generator of the tone tests, packages/tone/test/text/neverSeen.ts, with the bench's seed).
// `repeatedCorpus` is the bench's first corpus (13 messages, 61 distinct after mis-decoding,
// repeated to size): it measures what the run memo does for a stream that repeats whole messages,
// and is kept beside the other so that old figures compare.
import {
  brokenFifth,
  type Message,
  neverSeenMessages,
} from '../packages/tone/test/text/neverSeen.js';
import { random } from './lib.js';

export type { Message } from '../packages/tone/test/text/neverSeen.js';

const MESSAGES = [
  'Dziękujemy za kontakt z działem obsługi klienta, zwrot nastąpi w ciągu 14 dni.',
  'Vielen Dank für Ihre Geduld, die Rücksendung ist bei uns eingegangen.',
  'Nous sommes désolés pour le retard de livraison de votre colis.',
  'Lamentamos mucho las molestias ocasionadas por el retraso del envío.',
  'Спасибо за обращение, ваш заказ уже отправлен, деньги вернутся через 14 дней.',
  'Σας ευχαριστούμε για την υπομονή σας, η παραγγελία σας στάλθηκε σήμερα.',
  '感谢您的耐心等待，您的订单已于今天发货。',
  'お問い合わせいただきありがとうございます。ご注文の商品は本日発送しました。',
  '문의해 주셔서 감사합니다. 주문하신 상품은 오늘 발송되었습니다.',
  'Chúng tôi xin lỗi vì sự chậm trễ trong việc giao hàng.',
  'Yaşadığınız sorun için özür dileriz, siparişiniz bugün kargoya verildi.',
  'Thanks for reaching out! Your order #12345 ships today.',
  'ما كتابها را ميفرستيم و هزينه ها را پس ميدهيم، لطفا صبر كنيد.',
];

/** The bench's first corpus: 13 messages, a fifth of them broken, repeated to `bytes`. */
export function repeatedCorpus(bytes: number): string {
  return brokenFifth(
    bytes,
    (next) => MESSAGES[Math.floor(next() * MESSAGES.length)] ?? '',
    random(7),
  )
    .map((m) => m.text)
    .join('\n');
}

/** Never-seen messages (38 languages, a fifth broken) until `bytes` of UTF-8. */
export function distinctMessages(bytes: number, seed = 11): Message[] {
  return neverSeenMessages(bytes, random(seed));
}

/** {@link distinctMessages} as received, joined by line breaks. */
export function distinctCorpus(bytes: number, seed = 11): string {
  return distinctMessages(bytes, seed)
    .map((m) => m.text)
    .join('\n');
}
