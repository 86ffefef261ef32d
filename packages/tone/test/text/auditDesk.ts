// The desk audit of repairText (issue #11, T53c): mail, forms and exports as a help desk receives
// them, in the shapes the generated corpus (mojibakeCorpus.ts: one sentence, or one name after
// "Klient:") and the fourteenth audit lack: subject and header lines in their own languages
// (Subject:, Von:, 件名:), quoted replies, signatures with names in several scripts, CSV and TSV
// exports, JSON with escaped quotes, paths, percent-encoded URLs, HTML entities, Markdown, code,
// math and currency signs, ellipses, each language's quotation marks, Vietnamese and Greek
// diacritics, Turkish dotless i, CJK beside Latin product names and romanised names.
// DESK_CLEAN must come back untouched; DESK_BROKEN is made at test time by the broken pipeline
// itself (iconv-lite through misdecode): the whole text, or only its `⟦…⟧` fields, through a chain
// of one or two pages. Every text was written for this audit by hand.
import type { CodePage } from '../../src/text/codePageList.js';
import { misdecode } from './mojibakeCorpus.js';

/** A text that must come back exactly as it is, with its language and the shape it has. */
export type DeskClean = { readonly lang: string; readonly kind: string; readonly text: string };

/** A clean row (the attachments audit writes its rows with it too). */
export const cleanRow = (lang: string, kind: string, text: string): DeskClean => ({
  lang,
  kind,
  text,
});
const c = cleanRow;

/** Clean texts, each a trap of its kind: many hold pairs that are valid UTF-8 in some page. */
export const DESK_CLEAN: readonly DeskClean[] = [
  // Subject and header lines.
  c('de', 'header', 'Betreff: AW: Rücksendung – Größe 42 passt nicht'),
  c(
    'de',
    'header',
    'Von: Jürgen Weiß <j.weiss@example.de>\nAn: Kundenservice <service@example.de>',
  ),
  c('ja', 'header', '件名：【ご確認】注文番号 JP-5521 の配送について'),
  c('ja', 'header', '差出人: 山田太郎 (Yamada Tarō) <yamada@example.jp>'),
  c('fr', 'header', 'Objet : RE: Réf. 8812 – colis abîmé à l’arrivée'),
  c('es', 'header', 'Asunto: RV: Devolución del pedido nº 3391'),
  c('pl', 'header', 'Temat: Zwrot – Łukasz Żółć, zamówienie 7714'),
  c('tr', 'header', 'Konu: İade talebi – Şükrü Güneş (sipariş #2290)'),
  c('el', 'header', 'Θέμα: Επιστροφή παραγγελίας 7710 — Δημήτρης'),
  c('ru', 'header', 'Тема: Возврат заказа №4471 «СРОЧНО»'),
  c('vi', 'header', 'Chủ đề: Đổi trả đơn hàng #5520 – Đặng Thị Ngọc'),
  c('ko', 'header', '제목: 환불 요청 (주문번호 KR-2231)'),
  c('zh', 'header', '主题：回复：关于 Xiaomi 14 的退货申请'),
  c('no', 'header', 'Emne: SV: Reklamasjon – Øystein Bråthen'),
  // Quoted replies.
  c(
    'de',
    'reply',
    'Danke, ist angekommen.\n\n> Am 3. Dez. schrieb Dörte Ünal:\n> Die Rücksendung ist unterwegs.\n> Grüße',
  ),
  c(
    'fr',
    'reply',
    'Merci !\n\n> Le 2 déc. 2026 à 09:14, Hélène a écrit :\n> > Pouvez-vous vérifier ?\n> Oui, c’est fait.',
  ),
  c('es', 'reply', 'Perfecto.\n\n> El lun., Iñigo Ñúñez escribió:\n> ¿Cuándo llegará el pedido?'),
  c('tr', 'reply', 'Tamam.\n\n> Şükrü Güneş yazdı:\n> Ürün ılık geldi, soğutucu çalışmıyor.'),
  c('ru', 'reply', 'Спасибо!\n\n> Анна пишет:\n> > ВСЁ ПРИШЛО?\n> Да, всё.'),
  c('ja', 'reply', '承知しました。\n\n> 田中様\n> 「返品」の件、ご確認ください。'),
  // Signatures.
  c('vi', 'signature', 'Trân trọng,\nĐặng Thị Ngọc\nPhòng Chăm sóc Khách hàng'),
  c('no', 'signature', 'Med vennlig hilsen\nØystein Bråthen\nKundeservice, Tromsø'),
  c('pl', 'signature', 'Pozdrawiam serdecznie\n--\nŁukasz Żółć\nDział Reklamacji, Łódź'),
  c('es', 'signature', 'Saludos,\nMaría Ñúñez\nAtención al Cliente · Logroño'),
  c('tr', 'signature', 'Saygılarımla,\nŞükrü Güneş\nMüşteri Hizmetleri, IĞDIR'),
  c('el', 'signature', 'Με εκτίμηση,\nΔημήτρης Παπαδόπουλος\nΕξυπηρέτηση Πελατών'),
  c('is', 'signature', 'Kær kveðja,\nGUÐRÚN ÞÓRÐARDÓTTIR\nÞjónustuver, Reykjavík'),
  c(
    'mixed',
    'signature',
    '-- \n王小明 (Wang Xiaoming) · Øystein Bråthen · Δημήτρης\nSupport EMEA/APAC',
  ),
  // CSV and TSV exports.
  c(
    'de',
    'csv',
    'Bestellnr;Kunde;Betrag;Status\n4471;Jürgen Weiß;129,90 €;versandt\n4472;Dörte Ünal;89,00 €;offen',
  ),
  c('pl', 'csv', 'id;imię;nazwisko;miasto\n1;Łukasz;Żółć;Łódź\n2;Żaneta;Kłos;Gdańsk'),
  c(
    'tr',
    'csv',
    'no\tad\tşehir\ttutar\n1\tŞükrü Güneş\tIĞDIR\t₺1.250,00\n2\tİpek Işık\tİzmir\t₺89,90',
  ),
  c(
    'fr',
    'csv',
    '"Réf.";"Client";"Montant"\n"8812";"Hélène Faure";"1 299,00 €"\n"8813";"CÂBLE HDMI";"19,99 €"',
  ),
  c('pt', 'csv', 'pedido,cliente,cidade\n551,JOÃO CONCEIÇÃO,SÃO PAULO\n552,ESTÊVÃO LIMA,GOIÂNIA'),
  c(
    'ja',
    'csv',
    '注文番号\t顧客名\t商品\nJP-5521\t山田太郎\tGalaxy S24 ケース\nJP-5522\tYamada Tarō\tiPhone 16',
  ),
  // JSON and code.
  c('es', 'json', '{"cliente":"Ñúñez, José","nota":"dijo \\"¡urgente!\\" y colgó"}'),
  c('de', 'json', '{"name":"Jürgen Weiß","adresse":"Straße 5","kommentar":"„bitte klingeln“"}'),
  c('ru', 'json', '{"имя":"Анна","комментарий":"ЖДЁМ ОТВЕТА…","сумма":"1 250 ₽"}'),
  c('en', 'code', 'const greeting = "¡Hola, señor Núñez!"; // TODO: i18n'),
  c('en', 'code', "if (price <= 0 || qty >= 10) throw new Error('Ungültige Menge');"),
  c('en', 'code', "`SELECT * FROM kunden WHERE stadt = 'Köln' AND land = 'Österreich';`"),
  // Paths, URLs and markup.
  c('no', 'path', 'C:\\Users\\Øystein\\Documents\\Faktura_Bråthen_2026.pdf'),
  c('pl', 'path', '/home/łukasz/Pobrane/zwrot_Żółć.pdf'),
  c('en', 'url', 'https://example.com/search?q=caf%C3%A9%20cr%C3%A8me&lang=fr'),
  c('en', 'html', '&lt;p&gt;Caf&eacute; &amp; cr&egrave;me&lt;/p&gt; Preis: 12,50&nbsp;&euro;'),
  c('fr', 'html', '<p>Prix&nbsp;: <b>12,50 €</b> — «&nbsp;livraison offerte&nbsp;»</p>'),
  c(
    'de',
    'markdown',
    '**Wichtig:** Rücksendung bis _15. Dezember_ — [Formular](https://example.de/rücksendung)',
  ),
  c(
    'en',
    'markdown',
    '- [x] Refund €129.90\n- [ ] Replace “Galaxy S24” case\n> quoted: “it’s broken…”',
  ),
  // Math, currency and units.
  c('en', 'symbols', 'Total: € 129,90 · £ 110.50 · ¥ 20 800 · ₺ 4.200 · ₽ 12 000 · ₹ 10,999'),
  c('de', 'symbols', 'Toleranz ≤ 0,2 mm, Gewicht ≥ 5 kg ± 3 %, 3 × 4 ÷ 2 = 6, Dicke 40 µm'),
  c('fr', 'symbols', 'Température : −5 °C … +40 °C, précision ±0,5 °C'),
  // Ellipses and quotation marks.
  c('de', 'quotes', 'Das Paket war „beschädigt“ und ‚nass‘ …'),
  c('fr', 'quotes', '«\u202fCÂBLE CASSÉ\u202f», m’a-t-il dit… «\u00a0ÉTÉ\u00a0»'),
  c('ch', 'quotes', '‹Grüezi› und «MERCI» aus Zürich'),
  c('ja', 'quotes', '「ありがとう」と『返品』について…'),
  c('ru', 'quotes', '«ТОВАР» пришёл „не тот“ — ждём…'),
  c('no', 'quotes', '«ØL» og «BRÅTHEN» – takk…'),
  c('en', 'quotes', 'He wrote “NESTLÉ” and ‘CAFÉ’… then “SÃO PAULO”.'),
  // Words that merely look like mojibake.
  c('pt', 'lookalike', 'ENTREGA EM SÃO PAULO — AÇÃO Nº 52'),
  c('fr', 'lookalike', 'CÂBLE USB-C, CHÂTEAU D’EAU, PÂTES…'),
  c('sv', 'lookalike', 'ÅRE–ÖSTERSUND, MALMÖ–LUND, GÖTEBORG'),
  c('da', 'lookalike', 'ØSTERBRO–NØRREBRO, ÆRØ, Å'),
  c('is', 'lookalike', 'ÞÓRÐUR, GUÐMUNDSSON, Ðórr'),
  c('de', 'lookalike', 'GROßE STRAßE 12, GIEßEN'),
  c('fr', 'lookalike', '«ÉTÉ» et «CAFÉ»'),
  c('en', 'lookalike', 'CAFÉ™ and NESTLÉ® are trademarks'),
  c('ru', 'lookalike', 'ВСЁ «СРОЧНО», ЖДЁМ, ТОВАР…'),
  c('uk', 'lookalike', 'Ні, дякую. Віктор з КИЇВ'),
  c('el', 'lookalike', 'ΑΘΉΝΑ, Ώρα, ΌΛΑ ΚΑΛΆ'),
  // Vietnamese, Greek and Turkish diacritics.
  c('vi', 'diacritics', 'Tôi muốn hủy đơn; xin hoàn tiền vào thẻ ngân hàng của tôi.'),
  c('vi', 'diacritics', 'Nguyễn Thị Thùy Dương, phường Bến Nghé, Quận 1'),
  c('el', 'diacritics', 'Ευχαριστώ πολύ· η παραγγελία ήρθε σπασμένη.'),
  c('el', 'diacritics', 'Ἀθῆναι, ῥήτωρ, Ἰησοῦς, ΐ ΰ ϊ ϋ'),
  c('tr', 'diacritics', 'ILIK su, ılık, İSTANBUL, istanbul, KIRIK ürün'),
  // CJK beside Latin.
  c('zh', 'cjk-latin', 'Xiaomi 14 Ultra 的屏幕有问题，订单号 CN-8812'),
  c('ja', 'cjk-latin', 'Galaxy S24の充電器が届きません'),
  c('ko', 'cjk-latin', 'iPhone 16 Pro Max 케이스 색상이 달라요'),
  c('zh', 'cjk-latin', '王小明 (Wang Xiaoming) 的 AirPods 左耳没声音'),
  c('ko', 'cjk-latin', '김민준 (Kim Min-jun) 님, MacBook 수리 완료'),
  c('zh', 'cjk-latin', '我买的Xiaomi手环和iPad都有bug'),
  // Emoji and ZWJ sequences beside accents.
  c('de', 'emoji', 'Danke 🙏🏽 – Größe passt! 👨‍👩‍👧‍👦'),
  c('fr', 'emoji', 'Reçu ✅ merci 😊 «CAFÉ» ☕'),
  // More languages: Italian, Lithuanian, Hungarian, Hebrew, Arabic, Romanian, Czech, Portuguese.
  c('it', 'header', 'Oggetto: Reso – perché è arrivato rotto? Più info…'),
  c('lt', 'header', 'Tema: Grąžinimas – Žygimantas Šliūpas'),
  c('hu', 'signature', 'Üdvözlettel,\nSzőke Ákos\nÜgyfélszolgálat, Győr'),
  c('he', 'header', 'נושא: החזרת הזמנה 5512 – „דחוף“'),
  c('ar', 'header', 'الموضوع: إرجاع الطلب ٥٥١٢ — شكرًا'),
  c('ro', 'signature', 'Cu stimă,\nȘtefan Țurcanu\nRelații cu clienții, Iași'),
  c('cs', 'lookalike', 'ÚŽASNÝ, PŘÍŠTÍ TÝDEN, ČESKÉ BUDĚJOVICE'),
  c('pt', 'reply', 'Obrigado!\n\n> João Conceição escreveu:\n> Não recebi a encomenda até agora.'),
  c('uk', 'reply', 'Дякую.\n\n> Віктор Шевченко пише:\n> Посилка прийшла пошкоджена, що робити?'),
  c('de', 'path', 'Anhang: Übersicht_Köln.xlsx'),
  c('zh', 'cjk-latin', '小米14 Ultra 屏幕碎了，SN: XM-5521'),
  c('ja', 'reply', 'お世話になっております。\n\n> 佐藤様\n> ご注文ありがとうございます。'),
  // A text about mojibake (decided: clean; see the test file).
  c(
    'en',
    'about',
    'In the export “é” shows as “Ã©” and “ü” as “Ã¼” – please fix your CSV encoding.',
  ),
  c('de', 'about', 'Statt „Größe“ steht bei uns „GrÃ¶ÃŸe“ im Betreff.'),
];

/** A broken row: what the customer wrote, how it broke and whether every byte survived. */
export type DeskBroken = {
  readonly lang: string;
  readonly kind: string;
  readonly original: string;
  readonly broken: string;
  readonly chain: readonly CodePage[];
  readonly lossless: boolean;
};

/**
 * A broken row: `template` through `chain`; a template with `⟦…⟧` fields breaks only in them,
 * without one it breaks whole (the attachments audit writes its rows with it too).
 */
export const brokenRow = (
  lang: string,
  kind: string,
  template: string,
  chain: readonly CodePage[],
): DeskBroken => {
  let lossless = true;
  const through = (text: string): string =>
    chain.reduce((t, p) => {
      const m = misdecode(t, p, p.startsWith('windows-'));
      if (!m.lossless) lossless = false;
      return m.text;
    }, text);
  const hasField = template.includes('⟦');
  const broken = hasField
    ? template.replace(/⟦([^⟧]*)⟧/g, (_, f: string) => through(f))
    : through(template);
  return { lang, kind, original: template.replace(/[⟦⟧]/g, ''), broken, chain, lossless };
};
const b = brokenRow;

const W2: readonly CodePage[] = ['windows-1252'];
const W0: readonly CodePage[] = ['windows-1250'];
const W1: readonly CodePage[] = ['windows-1251'];
const TWICE: readonly CodePage[] = ['windows-1252', 'windows-1252'];

/** The broken rows, made at call time (iconv-lite), deterministic. */
export function deskBroken(): DeskBroken[] {
  return [
    // Subject and header lines, whole and one field.
    b('de', 'header', 'Betreff: AW: Rücksendung – Größe 42 passt nicht', W2),
    b('de', 'header', 'Von: ⟦Jürgen Weiß⟧ <j.weiss@example.de>', W2),
    b('ja', 'header', '件名：【ご確認】注文番号 JP-5521 の配送について', W2),
    b('ja', 'header', '件名: ⟦【ご確認】注文番号 JP-5521 の配送について⟧', ['shift_jis']),
    b('fr', 'header', 'Objet : RE: Réf. 8812 – colis abîmé à l’arrivée', W2),
    b('es', 'header', 'Asunto: ⟦RV: Devolución del pedido nº 3391⟧', ['iso-8859-1']),
    b('pl', 'header', 'Temat: Zwrot – Łukasz Żółć, zamówienie 7714', W0),
    b('tr', 'header', 'Konu: ⟦İade talebi – Şükrü Güneş⟧ (sipariş #2290)', ['windows-1254']),
    b('el', 'header', 'Θέμα: Επιστροφή παραγγελίας 7710 — Δημήτρης', ['windows-1253']),
    b('ru', 'header', 'Тема: Возврат заказа №4471 «СРОЧНО»', W1),
    b('ru', 'header', 'Тема: ⟦Возврат заказа №4471 «СРОЧНО»⟧', ['koi8-r']),
    b('vi', 'header', 'Chủ đề: ⟦Đổi trả đơn hàng #5520 – Đặng Thị Ngọc⟧', ['windows-1258']),
    b('ko', 'header', '제목: 환불 요청 (주문번호 KR-2231)', ['euc-kr']),
    b('zh', 'header', '主题：回复：关于 Xiaomi 14 的退货申请', ['gbk']),
    b('no', 'header', 'Emne: SV: Reklamasjon – ⟦Øystein Bråthen⟧', W2),
    b('de', 'header', 'Betreff: ⟦Rücksendung – Größe 42⟧', TWICE),
    // Quoted replies: the new text clean, the quoted lines broken.
    b(
      'de',
      'reply',
      'Danke, ist angekommen.\n\n> Am 3. Dez. schrieb ⟦Dörte Ünal⟧:\n> ⟦Die Rücksendung ist unterwegs.⟧\n> ⟦Grüße⟧',
      W2,
    ),
    b(
      'fr',
      'reply',
      'Merci !\n\n> Le 2 déc. 2026 à 09:14, ⟦Hélène⟧ a écrit :\n> > ⟦Pouvez-vous vérifier ?⟧\n> ⟦Oui, c’est fait.⟧',
      W2,
    ),
    b(
      'es',
      'reply',
      'Perfecto.\n\n> El lun., ⟦Iñigo Ñúñez⟧ escribió:\n> ⟦¿Cuándo llegará el pedido?⟧',
      ['macintosh'],
    ),
    b(
      'tr',
      'reply',
      'Tamam.\n\n> ⟦Şükrü Güneş⟧ yazdı:\n> ⟦Ürün ılık geldi, soğutucu çalışmıyor.⟧',
      W2,
    ),
    b('ru', 'reply', 'Спасибо!\n\n> ⟦Анна⟧ пишет:\n> > ⟦ВСЁ ПРИШЛО?⟧\n> ⟦Да, всё.⟧', W2),
    b('ja', 'reply', '承知しました。\n\n> ⟦田中様⟧\n> ⟦「返品」の件、ご確認ください。⟧', W2),
    b(
      'pl',
      'reply',
      'OK.\n\n> ⟦Łukasz Żółć⟧ napisał:\n> ⟦Paczka dotarła uszkodzona, proszę o zwrot.⟧',
      TWICE,
    ),
    b('cs', 'reply', 'Díky.\n\n> ⟦Lucie Černá⟧ napsala:\n> ⟦Zboží ještě nepřišlo.⟧', [
      'iso-8859-2',
      'windows-1252',
    ]),
    // Signatures.
    b('vi', 'signature', 'Trân trọng,\n⟦Đặng Thị Ngọc⟧\n⟦Phòng Chăm sóc Khách hàng⟧', W2),
    b('no', 'signature', 'Med vennlig hilsen\n⟦Øystein Bråthen⟧\nKundeservice, ⟦Tromsø⟧', W2),
    b('pl', 'signature', 'Pozdrawiam serdecznie\n--\n⟦Łukasz Żółć⟧\n⟦Dział Reklamacji, Łódź⟧', W0),
    b('es', 'signature', 'Saludos,\n⟦María Ñúñez⟧\n⟦Atención al Cliente · Logroño⟧', W2),
    b('tr', 'signature', 'Saygılarımla,\nŞükrü Güneş\nMüşteri Hizmetleri, IĞDIR', W2),
    b('el', 'signature', 'Με εκτίμηση,\n⟦Δημήτρης Παπαδόπουλος⟧\nΕξυπηρέτηση Πελατών', W2),
    b('is', 'signature', 'Kær kveðja,\n⟦GUÐRÚN ÞÓRÐARDÓTTIR⟧\nÞjónustuver, Reykjavík', W2),
    b(
      'mixed',
      'signature',
      '-- \n⟦王小明⟧ (Wang Xiaoming) · ⟦Øystein Bråthen⟧ · ⟦Δημήτρης⟧\nSupport EMEA/APAC',
      W2,
    ),
    b('pl', 'signature', 'Pozdrawiam\n⟦Łukasz Żółć⟧', ['gbk']),
    // CSV and TSV exports: the whole file, or one column.
    b(
      'de',
      'csv',
      'Bestellnr;Kunde;Betrag;Status\n4471;Jürgen Weiß;129,90 €;versandt\n4472;Dörte Ünal;89,00 €;offen',
      W2,
    ),
    b(
      'pl',
      'csv',
      'id;imię;nazwisko;miasto\n1;⟦Łukasz⟧;⟦Żółć⟧;⟦Łódź⟧\n2;⟦Żaneta⟧;⟦Kłos⟧;⟦Gdańsk⟧',
      W0,
    ),
    b(
      'tr',
      'csv',
      'no\tad\tşehir\ttutar\n1\tŞükrü Güneş\tIĞDIR\t₺1.250,00\n2\tİpek Işık\tİzmir\t₺89,90',
      ['windows-1254'],
    ),
    b(
      'fr',
      'csv',
      '"Réf.";"Client";"Montant"\n"8812";"⟦Hélène Faure⟧";"1 299,00 €"\n"8813";"CÂBLE HDMI";"19,99 €"',
      W2,
    ),
    b(
      'pt',
      'csv',
      'pedido,cliente,cidade\n551,JOÃO CONCEIÇÃO,SÃO PAULO\n552,ESTÊVÃO LIMA,GOIÂNIA',
      W2,
    ),
    b(
      'ja',
      'csv',
      '注文番号\t顧客名\t商品\nJP-5521\t⟦山田太郎⟧\tGalaxy S24 ケース\nJP-5522\tYamada Tarō\tiPhone 16',
      W2,
    ),
    b('ru', 'csv', 'id;имя;город\n1;⟦Анна Кузнецова⟧;⟦Москва⟧\n2;⟦Пётр Орлов⟧;⟦Тверь⟧', W2),
    b('de', 'csv', 'Bestellnr;Kunde;Betrag\n4471;⟦Jürgen Weiß⟧;129,90 €', TWICE),
    // JSON and code.
    b('es', 'json', '{"cliente":"⟦Ñúñez, José⟧","nota":"dijo \\"⟦¡urgente!⟧\\" y ⟦colgó⟧"}', W2),
    b(
      'de',
      'json',
      '{"name":"Jürgen Weiß","adresse":"Straße 5","kommentar":"„bitte klingeln“"}',
      W2,
    ),
    b('ru', 'json', '{"имя":"Анна","комментарий":"ЖДЁМ ОТВЕТА…","сумма":"1 250 ₽"}', W1),
    b('en', 'code', 'const greeting = "⟦¡Hola, señor Núñez!⟧"; // TODO: i18n', W2),
    b('en', 'code', "`SELECT * FROM kunden WHERE stadt = '⟦Köln⟧' AND land = '⟦Österreich⟧';`", W2),
    // Paths, URLs and markup.
    b('no', 'path', 'C:\\Users\\⟦Øystein⟧\\Documents\\⟦Faktura_Bråthen_2026.pdf⟧', W2),
    b('pl', 'path', '/home/⟦łukasz⟧/Pobrane/⟦zwrot_Żółć.pdf⟧', W0),
    b('fr', 'url', 'Voir https://example.fr/⟦catégorie/été⟧?q=caf%C3%A9', W2),
    b(
      'fr',
      'html',
      '<p>Prix&nbsp;: <b>12,50 €</b> — «&nbsp;⟦livraison offerte à Besançon⟧&nbsp;»</p>',
      W2,
    ),
    b(
      'de',
      'markdown',
      '**Wichtig:** ⟦Rücksendung⟧ bis _15. Dezember_ — [⟦Formular für Rückgabe⟧](https://example.de/x)',
      W2,
    ),
    b(
      'en',
      'markdown',
      '- [x] Refund €129.90\n- [ ] Replace “Galaxy S24” case\n> quoted: “it’s broken…”',
      W2,
    ),
    // Math, currency and units.
    b('en', 'symbols', 'Total: € 129,90 · £ 110.50 · ¥ 20 800 · ₺ 4.200 · ₽ 12 000 · ₹ 10,999', W2),
    b('de', 'symbols', 'Toleranz ≤ 0,2 mm, Gewicht ≥ 5 kg ± 3 %, 3 × 4 ÷ 2 = 6, Dicke 40 µm', W2),
    b('fr', 'symbols', 'Température : −5 °C … +40 °C, précision ±0,5 °C', W2),
    b('de', 'symbols', 'Preis: ⟦1.299,00 € (≈ £1.120)⟧', ['gbk']),
    // Ellipses and quotation marks.
    b('de', 'quotes', 'Das Paket war „beschädigt“ und ‚nass‘ …', W2),
    b('fr', 'quotes', '«\u202fCÂBLE CASSÉ\u202f», m’a-t-il dit… «\u00a0ÉTÉ\u00a0»', W2),
    b('ch', 'quotes', '‹Grüezi› und «MERCI» aus Zürich', W2),
    b('ja', 'quotes', '「ありがとう」と『返品』について…', W2),
    b('ru', 'quotes', '«ТОВАР» пришёл „не тот“ — ждём…', W1),
    b('ru', 'quotes', '«ТОВАР» пришёл „не тот“ — ждём…', W2),
    // Look-alike words, now truly broken.
    b('pt', 'lookalike', 'ENTREGA EM SÃO PAULO — AÇÃO Nº 52', W2),
    b('fr', 'lookalike', 'CÂBLE USB-C, CHÂTEAU D’EAU, PÂTES…', W2),
    b('sv', 'lookalike', 'ÅRE–ÖSTERSUND, MALMÖ–LUND, GÖTEBORG', W2),
    b('is', 'lookalike', 'ÞÓRÐUR, GUÐMUNDSSON, Ðórr', W2),
    b('de', 'lookalike', 'GROßE STRAßE 12, GIEßEN', W2),
    b('uk', 'lookalike', 'Ні, дякую. Віктор з КИЇВ', W1),
    // Vietnamese, Greek and Turkish diacritics.
    b('vi', 'diacritics', 'Tôi muốn hủy đơn; xin hoàn tiền vào thẻ ngân hàng của tôi.', W2),
    b('vi', 'diacritics', 'Nguyễn Thị Thùy Dương, phường Bến Nghé, Quận 1', ['windows-1258']),
    b('el', 'diacritics', 'Ευχαριστώ πολύ· η παραγγελία ήρθε σπασμένη.', ['iso-8859-7']),
    b('el', 'diacritics', 'Ευχαριστώ πολύ· η παραγγελία ήρθε σπασμένη.', TWICE),
    b('tr', 'diacritics', 'ILIK su, ılık, İSTANBUL, istanbul, KIRIK ürün', ['iso-8859-9']),
    b('tr', 'diacritics', 'ILIK su, ılık, İSTANBUL, istanbul, KIRIK ürün', W2),
    // CJK beside Latin.
    b('zh', 'cjk-latin', 'Xiaomi 14 Ultra 的屏幕有问题，订单号 CN-8812', W2),
    b('ja', 'cjk-latin', 'Galaxy S24の充電器が届きません', ['euc-kr']),
    b('ko', 'cjk-latin', 'iPhone 16 Pro Max 케이스 색상이 달라요', W2),
    b('zh', 'cjk-latin', '⟦王小明⟧ (Wang Xiaoming) 的 AirPods 左耳没声音', ['big5']),
    b('ko', 'cjk-latin', '김민준 (Kim Min-jun) 님, MacBook 수리 완료', ['gbk']),
    b('zh', 'cjk-latin', '我买的Xiaomi手环和iPad都有bug', W2),
    // Emoji and ZWJ sequences.
    b('de', 'emoji', 'Danke 🙏🏽 – Größe passt! 👨‍👩‍👧‍👦', W2),
    b('fr', 'emoji', 'Reçu ✅ merci 😊 ⟦«CAFÉ»⟧ ☕', W2),
    // More pages and languages.
    b('it', 'header', 'Oggetto: Reso – perché è arrivato rotto? Più info…', W2),
    b('lt', 'header', 'Tema: ⟦Grąžinimas – Žygimantas Šliūpas⟧', ['windows-1257']),
    b('hu', 'signature', 'Üdvözlettel,\n⟦Szőke Ákos⟧\n⟦Ügyfélszolgálat, Győr⟧', ['iso-8859-2']),
    b('he', 'header', 'נושא: ⟦החזרת הזמנה 5512 – „דחוף“⟧', ['windows-1255']),
    b('ar', 'header', 'الموضوع: ⟦إرجاع الطلب ٥٥١٢ — شكرًا⟧', ['windows-1256']),
    b('ro', 'signature', 'Cu stimă,\n⟦Ștefan Țurcanu⟧\n⟦Relații cu clienții, Iași⟧', W2),
    b('cs', 'lookalike', 'ÚŽASNÝ, PŘÍŠTÍ TÝDEN, ČESKÉ BUDĚJOVICE', W0),
    b(
      'pt',
      'reply',
      'Obrigado!\n\n> ⟦João Conceição⟧ escreveu:\n> ⟦Não recebi a encomenda até agora.⟧',
      ['iso-8859-1'],
    ),
    b(
      'uk',
      'reply',
      'Дякую.\n\n> ⟦Віктор Шевченко⟧ пише:\n> ⟦Посилка прийшла пошкоджена, що робити?⟧',
      ['koi8-u'],
    ),
    b('de', 'path', 'Anhang: ⟦Übersicht_Köln.xlsx⟧', ['cp437']),
    b('zh', 'cjk-latin', '小米14 Ultra 屏幕碎了，SN: XM-5521', ['gbk']),
    b('ja', 'reply', 'お世話になっております。\n\n> ⟦佐藤様⟧\n> ⟦ご注文ありがとうございます。⟧', [
      'shift_jis',
    ]),
    b('ru', 'reply', 'Спасибо!\n\n> ⟦Анна⟧ пишет:\n> > ⟦ВСЁ ПРИШЛО?⟧\n> ⟦Да, всё.⟧', [
      'windows-1251',
      'windows-1251',
    ]),
    b('cs', 'reply', 'Díky.\n\n> ⟦Lucie Černá⟧ napsala:\n> ⟦Zboží ještě nepřišlo.⟧', [
      'windows-1250',
      'windows-1250',
    ]),
    b(
      'es',
      'markdown',
      '**Importante:** ⟦devolución⟧ hasta el _15 de diciembre_ — [⟦aquí⟧](https://example.es/x)',
      ['macintosh'],
    ),
    b('es', 'header', 'Asunto: ⟦RV: Devolución del pedido nº 3391⟧', ['macintosh', 'macintosh']),
    b('fr', 'csv', '"Réf.";"Client";"Montant"\n"8812";"⟦Hélène Faure⟧";"1 299,00 €"', [
      'iso-8859-15',
    ]),
  ];
}
