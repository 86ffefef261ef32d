// The double-byte audit of repairText (issue #11, T57a): the pages the blind audits read least.
// The fourteenth, never-seen, desk, attachments and Persian audits broke text mostly through
// Windows-1252/1251/1250 and GBK; Big5/cp950, EUC-KR/cp949, EUC-JP, Shift-JIS/cp932 and GB18030
// held a handful of rows between them. Here UTF-8 is mis-decoded as each of those pages (and GBK
// for the seed case, Polish through GBK) in the shapes a desk meets: a whole message; one broken
// field (`⟦…⟧`) inside clean text that has its own CJK or accents (a name, an address line, a
// quoted reply, a file name, a subject line); Polish, Vietnamese, Turkish, German and French
// through an East Asian page; emoji and symbols; CJK through another CJK page. Many rows are
// lossy: a double-byte page has no character for most pairs of UTF-8 bytes (Big5's trail bytes
// skip 0x80-0xA0, EUC-JP's are 0xA1-0xFE only), and iconv-lite writes U+FFFD where it has none;
// those are scored apart (the issue asks for lossless round trips). DB_CLEAN must come back
// untouched: real Chinese, Japanese and Korean whose characters re-encode as valid UTF-8 through
// another page ("没有" is GBK C3 BB, "û"; "책" is EUC-KR C3 A5, "å"; "簽" is Big5 C3 B1, "ñ";
// halfwidth "ﾃｼ" is Shift-JIS C3 BC, "ü"), halfwidth katakana, fullwidth punctuation, and
// product names that mix CJK and Latin. Every text was written for this audit by hand and its
// expected form (the text as written) recorded before repairText first ran on it.
import type { CodePage } from '../../src/text/codePageList.js';
import { brokenRow, cleanRow, type DeskBroken, type DeskClean } from './auditDesk.js';

/** A text that must come back exactly as it is, with its language and the trap it sets. */
export type DbClean = DeskClean;

const c = cleanRow;

/** Clean texts: each holds characters that some double-byte page would write as UTF-8 bytes. */
export const DB_CLEAN: readonly DbClean[] = [
  // Simplified Chinese whose GBK bytes are a Latin letter in UTF-8 (没 û, 每 ÿ, 毛 ë, 猫 è, 忙 æ,
  // 帽 ñ, 茅 é, 煤 ú, 玫 õ, 媒 ý, 么 ô).
  c('zh-CN', 'gbk-trap', '我还没有收到包裹，能帮我查一下吗？'),
  c('zh-CN', 'gbk-trap', '每个月都在你们这里买东西。'),
  c('zh-CN', 'gbk-trap', '这件毛衣有点大，可以换小一号吗？'),
  c('zh-CN', 'gbk-trap', '猫粮什么时候到货？'),
  c('zh-CN', 'gbk-trap', '最近比较忙，稍后回复您。'),
  c('zh-CN', 'gbk-trap', '帽子的颜色不对，我订的是黑色。'),
  c('zh-CN', 'gbk-trap', '贵州茅台 53度 500ml 两瓶'),
  c('zh-CN', 'gbk-trap', '这款煤气灶的保修期是多久？'),
  c('zh-CN', 'gbk-trap', '玫瑰花束已送达，谢谢！'),
  c('zh-CN', 'gbk-trap', '媒体合作请联系市场部。'),
  c('zh-CN', 'gbk-trap', '为什么还没发货？怎么回事？'),
  // Traditional Chinese whose Big5 bytes are a Latin letter in UTF-8 (簽 ñ, 簾 î, 繳 ú, 羅 ù,
  // 穩 í, 礙 ê, 簿 ï, 繪 ø).
  c('zh-TW', 'big5-trap', '包裹已簽收，但我沒有收到。'),
  c('zh-TW', 'big5-trap', '窗簾的尺寸不對，想要退貨。'),
  c('zh-TW', 'big5-trap', '請問繳費期限是哪一天？'),
  c('zh-TW', 'big5-trap', '羅先生您好，您的訂單已出貨。'),
  c('zh-TW', 'big5-trap', '系統不穩定，一直被登出。'),
  c('zh-TW', 'big5-trap', '礙於庫存不足，訂單將延後出貨。'),
  c('zh-TW', 'big5-trap', '帳簿和收據請一起寄回。'),
  c('zh-TW', 'big5-trap', '繪本三本，簽名版'),
  // Korean whose EUC-KR bytes are a Latin letter in UTF-8 (책 å, 체 ü, 청 û, 처 ó, 찾 ã, 창 â,
  // 챔 è, 첫 ù).
  c('ko', 'euc-kr-trap', '책 두 권을 주문했는데 한 권만 왔어요.'),
  c('ko', 'euc-kr-trap', '체크카드로 결제했어요.'),
  c('ko', 'euc-kr-trap', '청구서를 다시 보내 주세요.'),
  c('ko', 'euc-kr-trap', '빠른 처리 부탁드립니다.'),
  c('ko', 'euc-kr-trap', '주문 내역을 찾을 수가 없어요.'),
  c('ko', 'euc-kr-trap', '창고에서 출고되었나요?'),
  c('ko', 'euc-kr-trap', '첫 주문인데 쿠폰이 적용되지 않아요.'),
  c('ko', 'euc-kr-trap', '키보드 키캡이 빠졌어요. 교환 가능할까요?'),
  c('ko', 'euc-kr-trap', '환불 확인 부탁해요. 호텔 예약도 취소했어요.'),
  // Japanese whose EUC-JP bytes are a Latin letter in UTF-8 (担 ô, 単 ñ, 探 õ, 旦 ö, 但 â, 坦 ó).
  c('ja', 'euc-jp-trap', '担当の佐藤です。よろしくお願いいたします。'),
  c('ja', 'euc-jp-trap', '単価を教えていただけますか。'),
  c('ja', 'euc-jp-trap', '注文履歴を探していますが見つかりません。'),
  c('ja', 'euc-jp-trap', '元旦は休業いたします。'),
  c('ja', 'euc-jp-trap', '但し、送料はお客様負担となります。'),
  // Halfwidth katakana: bank transfer names, receipts, old systems (ﾃｼ is Shift-JIS C3 BC, "ü").
  c('ja', 'halfwidth', 'ﾔﾏﾀﾞ ﾀﾛｳ 様'),
  c('ja', 'halfwidth', 'ｶ)ﾒﾘﾃﾞｨｱﾝ ﾌﾘｺﾐ 12,800円'),
  c('ja', 'halfwidth', 'ﾃｨｯｼｭ 5箱 ¥398'),
  c('ja', 'halfwidth', 'ﾃｽﾄ送信です。ﾃｼﾞｮﾝ'),
  c('ja', 'halfwidth', 'ｺﾝﾋﾞﾆ払い（ｾﾌﾞﾝｲﾚﾌﾞﾝ）'),
  c('ja', 'halfwidth', 'ｻｰﾋﾞｽﾃﾞｽｸ ﾃﾞｰﾀ ﾍﾝｺｳ'),
  // Fullwidth punctuation, digits and letters.
  c('ja', 'fullwidth', '（株）メリディアン　お問い合わせ窓口'),
  c('ja', 'fullwidth', '価格：１，２８０円（税込）'),
  c('ja', 'fullwidth', '注文番号：ＡＢ－１２３４'),
  c('ja', 'fullwidth', '【重要】返金のお知らせ'),
  c('ja', 'fullwidth', '「了解です」とお伝えください！？'),
  c('ja', 'fullwidth', '〒105-0011 東京都港区芝公園４－２－８'),
  c('zh-CN', 'fullwidth', '订单号：２０２６１２０５－００１'),
  c('zh-TW', 'fullwidth', '『重要』請於３日內回覆～'),
  c('ko', 'fullwidth', '［공지］ 배송 지연 안내 ※ 참고'),
  // Product names that mix CJK and Latin.
  c('zh-CN', 'product', 'iPhone 15 Pro 手机壳（黑色）'),
  c('ko', 'product', 'Galaxy Buds2 Pro 이어폰 한쪽이 안 들려요'),
  c('ja', 'product', 'Nintendo Switch 有機ELモデル'),
  c('ko', 'product', 'PlayStation®5 본체 2대'),
  c('zh-CN', 'product', 'Dyson V12 吸尘器 滤网'),
  c('ja', 'product', 'MacBook Air M3 ケース 13インチ'),
  c('zh-CN', 'product', 'Café Latte 拿铁 大杯'),
  c('zh-TW', 'product', 'Crème brûlée 焦糖布丁 兩份'),
  c('ja', 'product', 'Pokémon カード 拡張パック'),
  c('zh-CN', 'product', 'Škoda Octavia 汽车配件'),
  c('ko', 'product', 'Über 택시 영수증'),
  // Accented names inside CJK text, and emoji.
  c('zh-CN', 'names', '客户 José Muñoz 已签收。'),
  c('ja', 'names', 'ミュラー（Müller）様、ご注文ありがとうございます。'),
  c('ko', 'names', '고객 François 님, 감사합니다.'),
  c('zh-TW', 'names', '收件人：Zoë Ørsted，台北市'),
  c('zh-CN', 'emoji', '谢谢😊 已经收到了'),
  c('ja', 'emoji', 'ありがとうございます🙏'),
  c('ko', 'emoji', '감사합니다 👍👍'),
];

/** A broken row: what the customer wrote, how it broke and whether every byte survived. */
export type DbBroken = DeskBroken;

const b = brokenRow;

const BIG5: readonly CodePage[] = ['big5'];
const CP950: readonly CodePage[] = ['cp950'];
const KR: readonly CodePage[] = ['euc-kr'];
const EUCJP: readonly CodePage[] = ['euc-jp'];
const SJIS: readonly CodePage[] = ['shift_jis'];
const CP932: readonly CodePage[] = ['cp932'];
const GB18: readonly CodePage[] = ['gb18030'];
const GBK: readonly CodePage[] = ['gbk'];

/** The broken rows, made at call time (iconv-lite), deterministic. */
export function dbBroken(): DbBroken[] {
  return [
    // Whole messages in CJK.
    b('zh-TW', 'whole', '您好，我的訂單還沒有收到，請幫忙查詢。', BIG5),
    b('zh-TW', 'whole', '退款什麼時候會到帳？訂單編號 88412', CP950),
    b('zh-TW', 'whole', '商品有瑕疵，我想申請換貨。', BIG5),
    b('zh-TW', 'whole', '請問可以開統一編號的發票嗎？', CP950),
    b('zh-CN', 'whole', '您好，我的包裹显示已签收，但我没有收到。', GB18),
    b('zh-CN', 'whole', '请问发票可以开成公司抬头吗？', GB18),
    b('ja', 'whole', 'ご注文ありがとうございます。発送は明日になります。', SJIS),
    b('ja', 'whole', '返品の手続きについて教えてください。', CP932),
    b('ja', 'whole', '商品が届きましたが、箱が破損していました。', EUCJP),
    b('ja', 'whole', 'パスワードを再設定できません。', EUCJP),
    b('ja', 'whole', 'お問い合わせ番号：A-1182　担当：佐藤', SJIS),
    b('ko', 'whole', '안녕하세요, 주문한 상품이 아직 도착하지 않았습니다.', KR),
    b('ko', 'whole', '환불은 언제 처리되나요? 주문번호 5521', KR),
    b('ko', 'whole', '배송지 주소를 변경하고 싶습니다.', KR),
    b('ko', 'whole', '쿠폰이 적용되지 않아요 ㅠㅠ', KR),
    b('en', 'whole', 'Your order has shipped — track it here: https://example.com/t/8841', SJIS),
    // One field broken inside clean text that has its own CJK or accents.
    b('ja', 'field', 'お客様名：⟦Müller⟧ 様', SJIS),
    b('ja', 'field', 'お客様名：⟦François Dupont⟧ 様', CP932),
    b('ja', 'field', '配送先：⟦Straße 12, München⟧', EUCJP),
    b('zh-CN', 'field', '收件人：⟦José Muñoz⟧，电话 600 123 456', GB18),
    b('zh-CN', 'field', '客户 ⟦Zoë Ørsted⟧ 的退款已处理。', GB18),
    b('zh-TW', 'field', '收件人：⟦Renée Lefèvre⟧', BIG5),
    b('zh-TW', 'field', '地址：⟦Rue de l’Église 5, Genève⟧', CP950),
    b('ko', 'field', '고객명: ⟦Jürgen Weiß⟧', KR),
    b('ko', 'field', '받는 사람: ⟦Søren Kierkegård⟧, 주소: 서울시 강남구', KR),
    b(
      'ja',
      'field',
      'Re: 返品について\n\n> ⟦Bonjour, le colis est arrivé abîmé.⟧\n\n承知しました。',
      SJIS,
    ),
    b('zh-CN', 'field', '> ⟦Dziękuję za szybką odpowiedź.⟧\n收到，谢谢！', GBK),
    b('ja', 'field', '添付：⟦Rechnung_März_Müller.pdf⟧', CP932),
    b('zh-CN', 'field', '附件：⟦Facture_n°12_Société.pdf⟧', GB18),
    b('ko', 'field', '첨부: ⟦Überweisung_Bestätigung.pdf⟧', KR),
    b('zh-CN', 'field', '附件：⟦Zamówienie_Łódź_12.pdf⟧', GBK),
    b('zh-TW', 'field', 'Subject: ⟦Réclamation – commande 5521⟧', BIG5),
    b('ja', 'field', '件名：⟦Re: Rückerstattung für Bestellung 88⟧', SJIS),
    b('ko', 'field', '제목: ⟦Réf. 77 – colis perdu⟧', KR),
    b('ja', 'field', '住所：東京都港区 ⟦Résidence Île-de-France⟧ 302号室', EUCJP),
    b('zh-CN', 'field', '这个订单的收件人是⟦Łukasz Wójcik⟧，请尽快发货。', GBK),
    b('zh-TW', 'field', '訂單 7781 的收件人：⟦Nguyễn Thị Hương⟧', CP950),
    b('ja', 'field', 'ご担当：⟦Đỗ Văn Hùng⟧ 様', SJIS),
    b('ko', 'field', '배송 메모: ⟦Ürün kapıda bırakılsın⟧', KR),
    b('zh-CN', 'field', '发件人: "⟦Gökhan Öztürk⟧" <gokhan@example.com.tr>', GB18),
    // Polish through an East Asian page (the seed case: Polish through GBK).
    b('pl', 'latin', 'Zamówienie nr 4412 dotarło uszkodzone.', GBK),
    b('pl', 'latin', 'Proszę o zwrot pieniędzy za przesyłkę.', GB18),
    b('pl', 'latin', 'Dzień dobry, kiedy wyślecie paczkę do Łodzi?', BIG5),
    b('pl', 'latin', 'Zażółć gęślą jaźń', KR),
    b('pl', 'latin', 'Adres: ul. Żeromskiego 5, Kraków', SJIS),
    b('pl', 'latin', 'Płatność została pobrana dwukrotnie.', EUCJP),
    b('pl', 'latin', 'Dziękuję, wszystko w porządku.', CP932),
    b('pl', 'latin', 'Reklamacja: słuchawki nie działają', CP950),
    // Vietnamese.
    b('vi', 'latin', 'Tôi chưa nhận được hàng, xin kiểm tra giúp.', GBK),
    b('vi', 'latin', 'Cảm ơn bạn rất nhiều!', SJIS),
    b('vi', 'latin', 'Đơn hàng bị giao nhầm địa chỉ.', KR),
    b('vi', 'latin', 'Xin hoàn tiền cho tôi.', BIG5),
    b('vi', 'latin', 'Người nhận: Trần Văn Nam', GB18),
    b('vi', 'latin', 'Sản phẩm bị lỗi, tôi muốn đổi.', EUCJP),
    b('vi', 'latin', 'Số điện thoại của tôi đã thay đổi.', CP932),
    // Turkish.
    b('tr', 'latin', 'Siparişim hâlâ gelmedi, lütfen kontrol edin.', SJIS),
    b('tr', 'latin', 'Ürün kırık geldi, iade etmek istiyorum.', GBK),
    b('tr', 'latin', 'Teşekkürler, iyi çalışmalar.', KR),
    b('tr', 'latin', 'Ödeme iki kez çekildi.', BIG5),
    b('tr', 'latin', 'Kargo takip numarası çalışmıyor.', GB18),
    b('tr', 'latin', 'Adres: İstiklal Caddesi, Beyoğlu', CP950),
    // German.
    b('de', 'latin', 'Die Rücksendung ist unterwegs, bitte bestätigen Sie den Empfang.', SJIS),
    b('de', 'latin', 'Größe passt nicht, ich möchte umtauschen.', GBK),
    b('de', 'latin', 'Viele Grüße aus Köln', KR),
    b('de', 'latin', 'Überweisung über 89,90 € ist erfolgt.', BIG5),
    b('de', 'latin', 'Können Sie mir eine Gutschrift schicken?', EUCJP),
    b('de', 'latin', 'Straße und Hausnummer: Müllerstraße 7', CP932),
    // French, Spanish, Portuguese.
    b('fr', 'latin', 'Bonjour, je n’ai toujours pas reçu ma commande.', GBK),
    b('fr', 'latin', 'Le colis est arrivé endommagé, merci de me rembourser.', SJIS),
    b('fr', 'latin', 'Où en est ma réclamation ?', KR),
    b('fr', 'latin', 'Très déçue du service après-vente.', BIG5),
    b('fr', 'latin', 'Pouvez-vous vérifier l’adresse de livraison ?', GB18),
    b('fr', 'latin', 'Reçu : 12,50 € — merci !', CP950),
    b('fr', 'latin', 'Noël approche, la livraison sera-t-elle à temps ?', EUCJP),
    b('es', 'latin', 'El pedido llegó dañado, ¿pueden cambiarlo?', GBK),
    b('pt', 'latin', 'Não recebi o reembolso ainda.', KR),
    // Emoji and symbols.
    b('en', 'emoji', 'Thanks! 👍 Order 5521 arrived', SJIS),
    b('en', 'emoji', 'Great service 😊🎉', GBK),
    b('ja', 'emoji', 'ありがとうございます😊', KR),
    b('en', 'emoji', 'Price: 49 € ™ ©', BIG5),
    b('en', 'emoji', 'Meridian™ Pro – 2 × 49 €', GB18),
    b('de', 'emoji', 'Danke 🙏 – Größe M passt', CP932),
    b('fr', 'emoji', 'Livré ✅ merci ❤️', EUCJP),
    b('ko', 'emoji', '감사합니다 👍👍', SJIS),
    b('zh-TW', 'emoji', '謝謝 🙏 已收到', CP950),
    b('en', 'emoji', '★★★★☆ 4/5 — “good value”', KR),
    b('en', 'emoji', 'Temperature: 21 °C ± 0,5 °C', GBK),
    b('en', 'emoji', 'Total: ¥12,800 (≈ €78)', SJIS),
    // CJK through another CJK page, and mixed product names.
    b('ja', 'cross', '了解しました。よろしくお願いします。', GBK),
    b('ko', 'cross', '감사합니다. 좋은 하루 되세요.', GB18),
    b('zh-CN', 'cross', '已经退款了，请查收。', SJIS),
    b('zh-CN', 'cross', '快递还没到，麻烦催一下。', KR),
    b('ja', 'cross', '在庫切れのため、キャンセルさせていただきます。', BIG5),
    b('ko', 'cross', '교환 신청합니다', EUCJP),
    b('zh-TW', 'cross', '我要取消訂單', EUCJP),
    b('ja', 'cross', '送料無料', GB18),
    b('ja', 'cross', 'iPhone 15 Pro ケース（ブラック）', SJIS),
    b('ko', 'cross', 'Galaxy S24 케이스 – 블랙', KR),
    // Second set, written after the first was counted (its Big5, cp950 and EUC-JP rows were
    // nearly all lossy): the same shapes with the Latin letters those pages can hold.
    b('zh-TW', 'field', '收件人：⟦Señor Peña⟧，台中市', BIG5),
    b('zh-TW', 'field', '客戶 ⟦Jürgen Müller⟧ 的退款已經處理。', CP950),
    b('zh-TW', 'field', '附件：⟦Reçu_Hélène_Noël.pdf⟧', BIG5),
    b('zh-TW', 'field', '寄件人："⟦Björk Göteborg⟧" <bjork@example.se>', CP950),
    b('zh-TW', 'field', '地址：⟦Av. São Paulo 12, Düsseldorf⟧', BIG5),
    b('zh-TW', 'field', '主旨：⟦Réclamation reçue⟧（訂單 5521）', CP950),
    b('zh-TW', 'field', '> ⟦Très déçue, où est mon colis ?⟧\n已為您查詢。', BIG5),
    b('zh-TW', 'field', '品名：⟦Crème brûlée⟧ 禮盒', CP950),
    b('ja', 'field', 'お名前：⟦Zoë Renée Café⟧', EUCJP),
    b('ja', 'field', 'ご住所：⟦Zürich, Bahnhofstraße⟧ 宛', SJIS),
    b('ja', 'field', '件名：⟦Réclamation – commande 77⟧', EUCJP),
    b('ja', 'field', '添付ファイル：⟦Jürgen_Björk_Göteborg.xlsx⟧', EUCJP),
    b('ja', 'field', '差出人：⟦José Señor⟧ <jose@example.es>', EUCJP),
    b('ja', 'field', '> ⟦Danke, die Größe passt.⟧\n承知いたしました。', CP932),
    b('ja', 'field', '担当：⟦Łukasz Wójcik⟧（ポーランド支店）', CP932),
    b('ko', 'field', '보낸 사람: "⟦Ağrı Çankaya⟧" <agri@example.com.tr>', KR),
    b('ko', 'field', '주소: ⟦ul. Poznańska 5, Gdańsk⟧', KR),
    b('ko', 'field', '> ⟦Cảm ơn, tôi đã nhận được hàng.⟧\n확인했습니다.', KR),
    b('ko', 'field', '파일: ⟦Dvořák_Škoda_faktura.pdf⟧', KR),
    b('zh-CN', 'field', '收货地址：⟦Hà Nội, Đà Nẵng⟧', GBK),
    b('zh-CN', 'field', '主题：⟦Zażółć gęślą jaźń⟧', GB18),
    b('zh-CN', 'field', '联系人 ⟦Ćwikła Żaneta⟧ 电话 600 700 800', GBK),
    b('zh-CN', 'field', '回复：⟦Ångström Ørsted⟧ 已确认', GB18),
    b('pl', 'latin', 'Kraków, ul. Wójcika 5', BIG5),
    b('pl', 'latin', 'Paczka do Gdańska, odbiorca Łukasz', SJIS),
    b('pl', 'latin', 'Wrocław, Poznań i Łódź: dostawa w piątek', KR),
    b('pl', 'latin', 'Żaneta Wójcik, Kraków', EUCJP),
    b('vi', 'latin', 'Bùi Thị Lê, Võ Văn Phạm', CP950),
    b('vi', 'latin', 'Kiểm tra giúp tôi, cảm ơn.', CP932),
    b('vi', 'latin', 'Xin cảm ơn, tôi đã nhận được hàng.', SJIS),
    b('vi', 'latin', 'Đà Nẵng, Huế, Hà Nội', KR),
    b('tr', 'latin', 'İstanbul, Şişli: teşekkür ederim.', CP932),
    b('tr', 'latin', 'Mağaza Çankaya, Ağrı', SJIS),
    b('tr', 'latin', 'Ürün İstanbul deposunda.', EUCJP),
    b('de', 'latin', 'Grüße aus Düsseldorf und Zürich', BIG5),
    b('de', 'latin', 'Jürgen Müller, Göteborg', CP950),
    b('de', 'latin', 'Die Größe ist zu klein, bitte tauschen.', SJIS),
    b('fr', 'latin', 'Hélène a reçu le colis, très déçue.', BIG5),
    b('fr', 'latin', 'Où est ma réclamation ? Après Noël ?', EUCJP),
    b('fr', 'latin', 'Ça va, garçon ? Crème naïve.', CP932),
    b('es', 'latin', 'Señor Peña, su piñata llegó.', CP950),
    b('zh-CN', 'whole', '您好，我想退货。', GBK),
    b('zh-CN', 'whole', '订单号 5521 还没发货', GBK),
    b('zh-CN', 'whole', '请尽快处理退款，谢谢', GB18),
    b('ko', 'whole', '감사합니다 고객님', KR),
    b('ko', 'whole', '교환 요청 드립니다', KR),
    b('ja', 'whole', 'ありがとうございます', SJIS),
    b('ja', 'whole', '了解です', CP932),
    b('zh-TW', 'whole', '謝謝您', BIG5),
    b('en', 'emoji', 'Price: 12 £ ± 0,5 ° ½', BIG5),
    b('en', 'emoji', '© 2026 Meridian ¥980', EUCJP),
    b('en', 'emoji', 'Total 49 € ™ … ok', SJIS),
    b('en', 'emoji', '21 °C × 2 ± 1', GB18),
  ];
}
