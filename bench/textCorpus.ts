// The text bench's corpora. A pipeline meets each customer message once: its words recur from
// message to message, whole messages do not. `distinctCorpus` builds such traffic from the
// clean-text test's sentences (38 languages and scripts, written for this project): each message
// is new words in a new order, or in scripts written without spaces a new stretch of text, and a
// fifth of them are mis-decoded. `repeatedCorpus` is the bench's first corpus (13 messages, 61
// distinct after mis-decoding, repeated to size): it measures what the run memo does for a
// stream that repeats whole messages, and is kept beside the other so that old figures compare.
import { mojibake } from '@meridian-cx/tone/text';
import { SENTENCES } from '../packages/tone/test/text/sentences.js';
import { random } from './lib.js';

/** How messages are broken: one layer through three pages, and two layers through Windows-1252. */
export const BREAKS = [
  ['windows-1252'],
  ['gbk'],
  ['windows-1251'],
  ['windows-1252', 'windows-1252'],
] as const;

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

/** A message as sent, as received, and the pages that broke it on the way (none: clean). */
export type Message = {
  readonly original: string;
  readonly text: string;
  readonly pages: readonly string[];
};

/** Messages from `pick` (one per call), a fifth of them broken, until `bytes` of UTF-8 with line breaks. */
function fill(bytes: number, pick: (next: () => number) => string, seed: number): Message[] {
  const next = random(seed);
  const out: Message[] = [];
  let size = 0;
  while (size < bytes) {
    const original = pick(next);
    let text = original;
    const pages = next() < 0.2 ? (BREAKS[Math.floor(next() * BREAKS.length)] ?? []) : [];
    for (const p of pages) text = mojibake(text, p);
    out.push({ original, text, pages });
    size += Buffer.byteLength(text) + 1;
  }
  return out;
}

/** The bench's first corpus: 13 messages, a fifth of them broken, repeated to `bytes`. */
export function repeatedCorpus(bytes: number): string {
  return fill(bytes, (next) => MESSAGES[Math.floor(next() * MESSAGES.length)] ?? '', 7)
    .map((m) => m.text)
    .join('\n');
}

// Scripts written without spaces between words: a message is a stretch of the language's text.
const UNSPACED = new Set(['ja', 'zh-Hans', 'zh-Hant', 'th']);
const LANGUAGES = Object.keys(SENTENCES);
const WORDS = new Map(
  LANGUAGES.map((l) => [l, (SENTENCES[l] ?? []).join(' ').split(' ')] as const),
);
const TEXTS = new Map(LANGUAGES.map((l) => [l, (SENTENCES[l] ?? []).join('')] as const));

/**
 * Customer traffic in which no message repeats: each is 4 to 15 words of one of 38 languages
 * drawn at random (two stretches of 5 to 24 characters in Japanese, Chinese and Thai), a fifth of
 * them mis-decoded as in {@link BREAKS}, until `bytes` of UTF-8 joined by line breaks.
 */
export function distinctMessages(bytes: number, seed = 11): Message[] {
  return fill(
    bytes,
    (next) => {
      const language = LANGUAGES[Math.floor(next() * LANGUAGES.length)] ?? 'en';
      if (UNSPACED.has(language)) {
        // Two stretches of 5 to 24 characters each, so that messages rarely repeat.
        const text = [...(TEXTS.get(language) ?? '')];
        let m = '';
        for (let k = 0; k < 2; k++) {
          const length = Math.min(text.length, 5 + Math.floor(next() * 20));
          const at = Math.floor(next() * (text.length - length + 1));
          m += text.slice(at, at + length).join('');
        }
        return m;
      }
      const words = WORDS.get(language) ?? [];
      const n = 4 + Math.floor(next() * 12);
      const out: string[] = [];
      for (let i = 0; i < n; i++) out.push(words[Math.floor(next() * words.length)] ?? '');
      return out.join(' ');
    },
    seed,
  );
}

/** {@link distinctMessages} as received, joined by line breaks. */
export function distinctCorpus(bytes: number, seed = 11): string {
  return distinctMessages(bytes, seed)
    .map((m) => m.text)
    .join('\n');
}
