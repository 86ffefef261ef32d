// The single-byte audit of repairText (issue #11, T59g): the pages the blind audits read least.
// The fourteenth, never-seen, desk, attachments and double-byte audits broke text mostly through
// Windows-1252/1251/1250 and GBK; Windows-1253 and ISO-8859-7 (Greek), 1254 and ISO-8859-9
// (Turkish), 1255 (Hebrew), 1256 (Arabic), 1257 (Baltic), 1258 (Vietnamese), ISO-8859-5, KOI8-R,
// KOI8-U, ISO-8859-15 and ISO-8859-2 held 0-4 rows each. Here UTF-8 is mis-decoded as each of those
// thirteen pages in the shapes a desk meets: a whole message; one broken field (`⟦…⟧`) inside
// clean text that has its own accents (a name, an address line, a quoted reply, a subject line);
// the language the page was made for and other languages through it (Polish through 1257,
// Vietnamese through 1253, Greek through KOI8-U, French through 1256); emoji, currency signs and
// math. Some rows are lossy: the page leaves a byte undefined (ISO-8859-7 has no 0xAE, the second
// byte of "ή"; Windows-1257 none at 0xA1, the second byte of "š"; Windows-1253 none at 0xAA, the
// second byte of "ê"), iconv-lite writes U+FFFD there, and those rows are scored apart. SB_CLEAN
// must come back untouched: real Greek, Turkish, Hebrew, Arabic, Lithuanian, Latvian, Vietnamese,
// Ukrainian and Russian whose bytes through some page are valid UTF-8 ("καλά»" is Windows-1253
// DC BB, Syriac "ܻ"; Arabic "كيف؟" is Windows-1256 DF BF, "߿"; Ukrainian "ці" is KOI8-U C3 A6,
// "æ"; "Від" is Windows-1251 C2 B3, "³"; Turkish "ALTINTAŞ’ın" is Windows-1254 DE 92), and names
// (Ørsted, Đặng, Şahin, Ģirts). Every text was written for this audit by hand and its expected
// form (the text as written) recorded before repairText first ran on it.
import type { CodePage } from '../../src/text/codePageList.js';
import { brokenRow, cleanRow, type DeskBroken, type DeskClean } from './auditDesk.js';

/** A text that must come back exactly as it is, with its language and the trap it sets. */
export type SbClean = DeskClean;

const c = cleanRow;

/** Clean texts: each holds characters that some single-byte page would write as UTF-8 bytes. */
export const SB_CLEAN: readonly SbClean[] = [
  // Greek: an accented last letter glued to "»", "…", "–" or "’" is valid UTF-8 through 1253 and
  // ISO-8859-7 (ά DC, έ DD, ή DE, ί DF are lead bytes; » BB, … 85, – 96 continuation bytes).
  c('el', 'greek', 'Κηφισιά–Μαρούσι, παράδοση αύριο το πρωί.'),
  c('el', 'greek', 'Μου είπε «εντάξει, καλά» και έκλεισε το τηλέφωνο.'),
  c('el', 'greek', 'Ναι, όλα καλά…'),
  c('el', 'greek', 'Η παραγγελία έφτασε σήμερα· ευχαριστώ πολύ!'),
  c('el', 'greek', 'ΠΑΡΑΔΟΣΗ ΑΎΡΙΟ — ΕΠΕΙΓΟΝ'),
  c('el', 'greek', 'Τιμή: 45,90 € (με ΦΠΑ 24%)'),
  c('el', 'greek', 'Αγαπητή κυρία Παπαδοπούλου,\nη επιστροφή σας εγκρίθηκε.'),
  c('el', 'greek', 'Λεωφ. Κηφισίας 112, 115 26 Αθήνα'),
  c('el', 'greek', 'Το δέμα ήρθε 😊 αλλά λείπει ένα κομμάτι.'),
  c('el', 'greek', 'Πότε θα έρθει η «Ταχυμεταφορά»;'),
  // Greek capitals keeping their tonos: a consonant (C3-DF) before Ά Έ Ή Ί Ό Ύ Ώ (A2-BF).
  c('el', 'greek', 'ΑΡΙΘΜΌΣ ΠΑΡΑΓΓΕΛΊΑΣ 7781 — ΕΠΙΣΤΡΟΦΉ ΧΡΗΜΆΤΩΝ'),
  c('el', 'greek', 'ΞΈΝΟΣ ΠΕΛΆΤΗΣ, ΞΆΝΘΗ'),
  // Turkish: a capital Ş, Ü, İ, Ç or Ö glued to "’", "»" or "…" is valid UTF-8 through 1254.
  c('tr', 'turkish', 'Sayın ALTINTAŞ’ın siparişi kargoya verildi.'),
  c('tr', 'turkish', 'Ürün sitede «ÜTÜ» olarak görünüyor, ama gelen bir saç kurutma makinesi.'),
  c('tr', 'turkish', 'Mehmet Şahin, Kadıköy/İstanbul'),
  c('tr', 'turkish', 'Fiyat: 1.299,90 ₺ (KDV dâhil)'),
  c('tr', 'turkish', 'ÇOK ACİL! İADE SÜRECİ BAŞLATILSIN.'),
  c('tr', 'turkish', 'Teşekkürler, iyi günler dileriz. Müşteri Hizmetleri'),
  c('tr', 'turkish', 'Adres: Ağrı Cd. No:5 D:3, Çankaya/ANKARA'),
  c('tr', 'turkish', 'DİKKAT: KIRILACAK EŞYA — ÜSTÜ…'),
  c('tr', 'turkish', 'Bu ürün KOÇ’un mağazasından alındı.'),
  // Hebrew and Arabic: a final letter before "؟", "،" or "؛" is valid UTF-8 through 1256.
  c('he', 'hebrew', 'שלום, ההזמנה שלי עדיין לא הגיעה.'),
  c('he', 'hebrew', 'מחיר: ₪149.90 כולל מע״מ'),
  c('he', 'hebrew', 'רח׳ הרצל 12, תל־אביב'),
  c('he', 'hebrew', 'בברכה,\nצוות שירות הלקוחות 🙏'),
  c('he', 'hebrew', 'שָׁלוֹם עֲלֵיכֶם'),
  c('ar', 'arabic', 'كيف حالك؟ لم يصلني الطلب بعد.'),
  c('ar', 'arabic', 'ما هو موعد التسليم المتوقع؟'),
  c('ar', 'arabic', 'شكراً جزيلاً، تم الاستلام.'),
  c('ar', 'arabic', 'السعر: ١٢٥٫٥٠ ر.س'),
  c('ar', 'arabic', 'عنوان الشحن: شارع الملك فهد، الرياض'),
  c('ar', 'arabic', 'مع خالص التحيات،\nفريق خدمة العملاء'),
  c('ar', 'arabic', 'هل يمكنني تغيير اللون؟ الأسود بدلاً من الأبيض؛ شكراً'),
  c('ar', 'arabic', 'هل وصل الطلب؟ شكراً، مع التحية'),
  // Lithuanian and Latvian.
  c('lt', 'baltic', 'Laba diena, užsakymas dar negautas.'),
  c('lt', 'baltic', 'Šiauliai, Vilniaus g. 12–4'),
  c('lt', 'baltic', 'Ačiū už greitą atsakymą!'),
  c('lt', 'baltic', 'Gerb. Žygimantai Čiurlioni,'),
  c('lt', 'baltic', 'UAB „Šviesa“, KĖDAINIŲ…'),
  c('lt', 'baltic', 'PREKIŲ GRĄŽINIMAS: 30 DIENŲ…'),
  c('lv', 'baltic', 'Ģirts Ķēniņš, Rīga'),
  c('lv', 'baltic', 'Paldies par ātro piegādi!'),
  c('lv', 'baltic', 'Ļoti labi, saņēmu sūtījumu. Cena: 24,99 €'),
  c('lv', 'baltic', 'Jūrmala, Dzintaru prospekts 7 – dzīvoklis 3'),
  c('lv', 'baltic', 'Viesnīca «RĪGĀ» – 2 naktis, brokastis iekļautas'),
  // Vietnamese, precomposed and with Windows-1258's combining tones.
  c('vi', 'vietnamese', 'Đặng Văn Hùng, 12 Lê Lợi, Quận 1'),
  c('vi', 'vietnamese', 'Cảm ơn bạn rất nhiều!'),
  c('vi', 'vietnamese', 'Giá: 1.250.000 ₫'),
  c('vi', 'vietnamese', 'Tôi chưa nhận được hàng, làm ơn kiểm tra giúp.'),
  c('vi', 'vietnamese', 'ĐƠN HÀNG ĐÃ GIAO – ĐỀ NGHỊ XÁC NHẬN'),
  c('vi', 'vietnamese', 'Xin chào, tôi muô\u0301n đô\u0309i hàng'),
  // Ukrainian: "ці" is KOI8-U C3 A6 ("æ"), "ні" CE A6 ("Φ"); "Від" is Windows-1251 C2 B3 ("³").
  c('uk', 'ukrainian', 'Цілком згоден з вашою пропозицією.'),
  c('uk', 'ukrainian', 'Дякую, все отримав. Від Ірини.'),
  c('uk', 'ukrainian', 'Січень 2026: рахунок №112'),
  c('uk', 'ukrainian', 'Ціна: 1 299 ₴'),
  c('uk', 'ukrainian', 'Україна, Київ, вул. Хрещатик 22'),
  c('uk', 'ukrainian', 'Ґанок і під’їзд пофарбовані.'),
  c('uk', 'ukrainian', 'ЇЖАК І ЄНОТ — ІГРАШКИ'),
  c('uk', 'ukrainian', 'Нічого не прийшло, перевірте ще раз.'),
  // Russian.
  c('ru', 'russian', 'Здравствуйте! Заказ №4471 не пришёл.'),
  c('ru', 'russian', 'Цена: 1 490 ₽'),
  c('ru', 'russian', 'С уважением, Пётр Сергеевич'),
  c('ru', 'russian', 'ВСЁ ОК, СПАСИБО'),
  c('ru', 'russian', 'ОБЪЯВЛЕНИЕ — ЧИТАТЬ ВСЕМ!'),
  // Russian capitals: Р-Я (C0-CF) before А-П (B0-BF) are valid UTF-8 through ISO-8859-5; a small
  // letter before "ё" (A3) is through KOI8-R.
  c('ru', 'russian', 'СРОЧНО: ВОЗВРАТ ДЕНЕГ ЗА ТОВАР'),
  c('ru', 'russian', 'Всё хорошо, ещё раз спасибо! Пётр'),
  // Names, alone and inside text in another language.
  c('da', 'names', 'Ørsted'),
  c('vi', 'names', 'Đặng'),
  c('tr', 'names', 'Şahin'),
  c('lv', 'names', 'Ģirts'),
  c('en', 'names', 'Hello Mr Ørsted, your order ships on Monday.'),
  c('en', 'names', 'Ref: Đặng / Şahin / Ģirts / Ørsted'),
  c('de', 'names', 'Ansprechpartner: Mehmet Şahin, Ģirts Bērziņš und Đặng Thu Hà'),
  c('fr', 'names', 'Œuvre complète – 49 € chez Ørsted & Fils'),
  c('pl', 'names', 'Łukasz Żółć i Ģirts Ozols, Łódź'),
  // Currency and math.
  c('en', 'signs', 'Prices: 49 €, 1 299 ₺, ₪149, 1 490 ₽, 1 299 ₴, 1.250.000 ₫'),
  c('en', 'signs', 'x ≤ 5, y ≥ 2, z ≠ 0, π ≈ 3,14, √2, ∞'),
];

/** A broken row: what the customer wrote, how it broke and whether every byte survived. */
export type SbBroken = DeskBroken;

const b = brokenRow;

const W3: readonly CodePage[] = ['windows-1253'];
const I7: readonly CodePage[] = ['iso-8859-7'];
const W4: readonly CodePage[] = ['windows-1254'];
const I9: readonly CodePage[] = ['iso-8859-9'];
const W5: readonly CodePage[] = ['windows-1255'];
const W6: readonly CodePage[] = ['windows-1256'];
const W7: readonly CodePage[] = ['windows-1257'];
const W8: readonly CodePage[] = ['windows-1258'];
const I5: readonly CodePage[] = ['iso-8859-5'];
const KR: readonly CodePage[] = ['koi8-r'];
const KU: readonly CodePage[] = ['koi8-u'];
const I15: readonly CodePage[] = ['iso-8859-15'];
const I2: readonly CodePage[] = ['iso-8859-2'];

/** The broken rows, made at call time (iconv-lite), deterministic. */
export function sbBroken(): SbBroken[] {
  return [
    // Windows-1253: Greek, whole and one field; Vietnamese and German through it; emoji.
    b('el', 'whole', 'Καλησπέρα, το δέμα μου δεν έχει φτάσει ακόμα. Μπορείτε να ελέγξετε;', W3),
    b('el', 'whole', 'ΕΠΙΣΤΡΟΦΗ ΧΡΗΜΑΤΩΝ — ΠΑΡΑΓΓΕΛΙΑ 4471', W3),
    b('el', 'field', 'Customer: ⟦Γιώργος Παπαδόπουλος⟧, Athens', W3),
    b('el', 'field', 'Müşteri: ⟦Ελένη Γεωργίου⟧ — İzmir şubesi', W3),
    b('el', 'reply', 'Ευχαριστώ, το έλαβα.\n\n> ⟦Η επιστροφή σας εγκρίθηκε στις 3/12.⟧', W3),
    b('vi', 'other', 'Cảm ơn, tôi đã nhận được hàng.', W3),
    b('vi', 'other', 'Địa chỉ: ⟦Đặng Thị Mai, phường Bến Thành⟧', W3),
    b('de', 'other', 'Grüße aus München – die Größe passt.', W3),
    b('el', 'signs', 'Σύνολο: 45,90 € 👍 ευχαριστώ', W3),
    // ISO-8859-7: Greek (every "ή" loses its second byte, 0xAE), and Greek without it.
    b('el', 'whole', 'Καλημέρα, θα ήθελα να ακυρώσω την παραγγελία μου.', I7),
    b('el', 'whole', 'Το προϊόν έφτασε σπασμένο. Ζητώ αντικατάσταση.', I7),
    b('el', 'subject', 'Θέμα: ⟦Επιστροφή χρημάτων – παραγγελία 903⟧', I7),
    b('el', 'field', 'Διεύθυνση: ⟦Λεωφ. Κηφισίας 112, Μαρούσι⟧', I7),
    b('en', 'field', 'Name: ⟦Νίκος Καζαντζάκης⟧ (Crete)', I7),
    b('fr', 'other', 'Merci beaucoup, à bientôt !', I7),
    b('el', 'signs', 'π ≈ 3,14 και Σ = 12 €', I7),
    b('el', 'whole', 'Η παραγγελία σας έχει σταλεί.', I7),
    // Windows-1254: Turkish, whole and fields; German through it; the lira sign.
    b('tr', 'whole', 'Merhaba, siparişim hâlâ gelmedi. Kargo takip numarası çalışmıyor.', W4),
    b('tr', 'whole', 'İADE TALEBİ — ÜRÜN KIRIK GELDİ', W4),
    b('tr', 'field', 'Alıcı: ⟦Şükrü Güneş⟧, Çankaya/Ankara', W4),
    b('tr', 'address', 'Teslimat adresi: ⟦Ağrı Cd. No:5 D:3, Kadıköy/İstanbul⟧', W4),
    b('tr', 'reply', 'Tamam, teşekkürler.\n\n> ⟦Ödemeniz iade edildi, iyi günler dileriz.⟧', W4),
    b('de', 'other', 'Sehr geehrte Frau Müller, die Rücksendung ist unterwegs.', W4),
    b('tr', 'signs', 'Toplam: ⟦1.299,90 ₺⟧ (KDV dâhil) ✅', W4),
    b('en', 'field', 'From: "⟦Ayşe Yıldız⟧" <ayse@example.com.tr>', W4),
    // ISO-8859-9.
    b('tr', 'whole', 'Ürün kırık geldi, lütfen değiştirin. Şimdiden teşekkürler.', I9),
    b('tr', 'subject', 'Konu: ⟦Sipariş iptali – 8841 numaralı sipariş⟧', I9),
    b('tr', 'field', 'Sayın ⟦İlhan Öğüt⟧, talebiniz alındı.', I9),
    b('es', 'other', 'Gracias por su atención, señora Núñez.', I9),
    b('tr', 'signs', 'Fiyat: 49,90 € → 1.850 ₺', I9),
    b('tr', 'whole', 'MÜŞTERİ HİZMETLERİ: ÇAĞRI MERKEZİ 7/24 AÇIK', I9),
    // Windows-1255: Hebrew, whole and fields; French through it; the shekel sign.
    b('he', 'whole', 'שלום, ההזמנה שלי עדיין לא הגיעה. אפשר לבדוק?', W5),
    b('he', 'whole', 'תודה רבה על העזרה המהירה!', W5),
    b('he', 'field', 'Customer: ⟦שרה כהן⟧, Tel Aviv', W5),
    b('he', 'address', 'כתובת: ⟦רחוב הרצל 12, חיפה⟧', W5),
    b('he', 'reply', 'תודה.\n\n> ⟦ההחזר הכספי יבוצע תוך 5 ימי עסקים.⟧', W5),
    b('fr', 'other', 'Réclamation reçue, merci de votre patience.', W5),
    b('he', 'signs', 'סכום: ₪149.90 😊', W5),
    b('he', 'subject', 'נושא: ⟦החזר כספי – הזמנה 4410⟧', W5),
    // Windows-1256: Arabic, whole and fields; French through it.
    b('ar', 'whole', 'مرحباً، لم يصلني الطلب حتى الآن. هل يمكنكم التحقق؟', W6),
    b('ar', 'whole', 'شكراً جزيلاً على المساعدة السريعة.', W6),
    b('ar', 'field', 'Customer: ⟦محمد عبد الله⟧, Riyadh', W6),
    b('ar', 'address', 'العنوان: ⟦شارع الملك فهد، الرياض 12211⟧', W6),
    b('ar', 'reply', 'شكراً.\n\n> ⟦سيتم رد المبلغ خلال خمسة أيام عمل.⟧', W6),
    b('fr', 'other', 'Bonjour, le colis est arrivé abîmé. Où dois-je le renvoyer ?', W6),
    b('ar', 'signs', 'المبلغ: ⟦١٢٥٫٥٠ ر.س 👍⟧', W6),
    b('fa', 'other', 'سلام، سفارش من هنوز نرسیده است.', W6),
    // Windows-1257: Lithuanian, Latvian, Estonian, Polish through it ("š" loses 0xA1).
    b('lv', 'whole', 'Labdien! Sūtījums vēl nav saņemts, lūdzu pārbaudiet.', W7),
    b('lt', 'whole', 'Laba diena, užsakymas dar negautas. Ačiū už pagalbą.', W7),
    b('lt', 'whole', 'Prašau grąžinti pinigus už sugadintą prekę.', W7),
    b('lv', 'field', 'Klients: ⟦Ģirts Ķēniņš⟧, Rīga', W7),
    b('lv', 'address', 'Piegādes adrese: ⟦Dzintaru prospekts 7, Jūrmala⟧', W7),
    b('et', 'reply', 'Aitäh!\n\n> ⟦Tagastus on kinnitatud, raha jõuab kolme päeva jooksul.⟧', W7),
    b('pl', 'other', 'Dzień dobry, paczka jeszcze nie dotarła. Proszę o sprawdzenie.', W7),
    b('pl', 'other', 'Klient: ⟦Łukasz Żółć⟧, ul. Piotrkowska 12, Łódź', W7),
    b('lv', 'signs', 'Cena: ⟦24,99 €⟧ ✔️', W7),
    // Windows-1258: Vietnamese, whole and fields; French through it.
    b('vi', 'whole', 'Xin chào, tôi chưa nhận được hàng. Làm ơn kiểm tra giúp tôi.', W8),
    b('vi', 'whole', 'ĐƠN HÀNG ĐÃ GIAO – ĐỀ NGHỊ XÁC NHẬN', W8),
    b('vi', 'field', 'Customer: ⟦Đặng Văn Hùng⟧, Hà Nội', W8),
    b('vi', 'address', 'Địa chỉ giao hàng: ⟦12 Lê Lợi, Quận 1, TP. Hồ Chí Minh⟧', W8),
    b('vi', 'reply', 'Cảm ơn.\n\n> ⟦Tiền hoàn lại sẽ về tài khoản trong 5 ngày.⟧', W8),
    b('fr', 'other', 'Merci, j’ai bien reçu le remboursement. Très bon service.', W8),
    b('vi', 'signs', 'Tổng cộng: ⟦1.250.000 ₫⟧ 👍', W8),
    // ISO-8859-5: Russian, Bulgarian, Serbian, Ukrainian.
    b('ru', 'whole', 'Здравствуйте! Заказ №4471 до сих пор не пришёл.', I5),
    b('ru', 'whole', 'ВОЗВРАТ ДЕНЕГ — СРОЧНО', I5),
    b('bg', 'whole', 'Здравейте, пратката ми пристигна повредена.', I5),
    b('sr', 'whole', 'Поштовани, наруџбина још није стигла.', I5),
    b('ru', 'field', 'Kunde: ⟦Пётр Сергеевич Иванов⟧, München', I5),
    b('ru', 'reply', 'Спасибо.\n\n> ⟦Деньги вернутся на карту в течение пяти дней.⟧', I5),
    b('ru', 'signs', 'Итого: ⟦1 490 ₽⟧ 😊', I5),
    // KOI8-R: Russian, whole and fields; German through it.
    b('ru', 'whole', 'Добрый день! Посылка пришла повреждённой, прошу заменить.', KR),
    b('ru', 'whole', 'С уважением, служба поддержки', KR),
    b('ru', 'field', 'Получатель: ⟦Анна Кузнецова⟧, Санкт-Петербург', KR),
    b('ru', 'address', 'Адрес: ⟦ул. Тверская, д. 12, кв. 5, Москва⟧', KR),
    b('ru', 'subject', 'Тема: ⟦Re: Возврат заказа №4471⟧', KR),
    b('de', 'other', 'Bestellung: Größe 42, Farbe Grün, Preis 49,90 €', KR),
    b('ru', 'signs', 'Цена: 1 490 ₽ 👍', KR),
    // KOI8-U: Ukrainian, whole and fields; Greek and Polish through it.
    b('uk', 'whole', 'Доброго дня! Замовлення ще не надійшло, перевірте, будь ласка.', KU),
    b('uk', 'whole', 'Дякую за швидку відповідь. Ціна: 1 299 ₴', KU),
    b('uk', 'field', 'Отримувач: ⟦Ґалина Їжакевич⟧, Львів', KU),
    b('uk', 'address', 'Адреса: ⟦вул. Хрещатик 22, Київ, Україна⟧', KU),
    b('uk', 'reply', 'Дякую.\n\n> ⟦Кошти повернуться протягом п’яти днів.⟧', KU),
    b('el', 'other', 'Καλησπέρα, θα ήθελα να ακυρώσω την παραγγελία μου.', KU),
    b('el', 'other', 'Πελάτης: ⟦Δημήτρης Νικολάου⟧, Αθήνα', KU),
    b('pl', 'other', 'Zamówienie dotarło uszkodzone, proszę o zwrot.', KU),
    // ISO-8859-15: French, German, Finnish, Estonian; "€", "Œ", "Š" and "Ž" are its own.
    b(
      'fr',
      'whole',
      'Bonjour, le colis est arrivé abîmé. Pouvez-vous me rembourser 49,90 € ?',
      I15,
    ),
    b('de', 'whole', 'Sehr geehrte Damen und Herren, die Größe passt nicht. Grüße, Jürgen', I15),
    b('fi', 'field', 'Asiakas: ⟦Päivi Järvinen⟧, Jyväskylä', I15),
    b('fr', 'reply', 'Merci !\n\n> ⟦Le remboursement a été effectué ce matin.⟧', I15),
    b('fr', 'subject', 'Objet : ⟦Réclamation – commande n° 8812⟧', I15),
    b('fr', 'other', 'Œuvres complètes, cœur d’artichaut – 12 €', I15),
    b('et', 'other', 'Tere! Pakk jõudis kohale, aitäh abi eest. Šokolaad oli sulanud.', I15),
    b('en', 'signs', 'Total: 49 € 😊 ≤ 50 €', I15),
    // ISO-8859-2: Polish, Czech, Hungarian, Slovak, Croatian; Turkish through it.
    b('pl', 'whole', 'Dzień dobry, zamówienie nie dotarło. Proszę o pilny kontakt.', I2),
    b('cs', 'whole', 'Dobrý den, zásilka dorazila poškozená. Žádám o vrácení peněz.', I2),
    b('hu', 'whole', 'Jó napot! A csomag sérülten érkezett, kérem a cseréjét.', I2),
    b('pl', 'field', 'Odbiorca: ⟦Łukasz Żółć⟧, ul. Piotrkowska 12, Łódź', I2),
    b('sk', 'address', 'Adresa: ⟦Štúrova 14, Bratislava – Staré Mesto⟧', I2),
    b('hr', 'reply', 'Hvala.\n\n> ⟦Povrat novca bit će izvršen za pet dana.⟧', I2),
    b('tr', 'other', 'Sipariş numarası: 8841, teşekkürler.', I2),
    b('cs', 'signs', 'Celkem: ⟦1 299 Kč⟧ 👍', I2),
    // Lossy: bytes the page leaves undefined, written as U+FFFD (ISO-8859-7 0xAE, Windows-1253 0xAA
    // and 0xD2, Windows-1257 0xA1 and 0xA5, Windows-1255 0xD9-0xDF); scored apart.
    b('el', 'lossy', 'Είναι ήδη η τρίτη φορά που γράφω γι’ αυτό.', I7),
    b('en', 'lossy', 'Meridian® Support — Θεσσαλονίκη', I7),
    b('vi', 'lossy', 'Tiếng Việt: xin liên hệ lại với chúng tôi.', W3),
    b('uk', 'lossy', 'Ґанок пофарбовано, дякуємо.', W3),
    b('lt', 'lossy', 'Šiauliai, Vilniaus g. 12 – prašome paskambinti.', W7),
    b('lt', 'lossy', 'Amžius ≥ 18 metų, kaina ¥1200', W7),
    b('ar', 'lossy', 'شكراً لكم على الرد السريع', W5),
  ];
}
