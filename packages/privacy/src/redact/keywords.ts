// Words that say what a number is, in the languages of the desk. They decide only where a number
// validates as two things at once (a 9-digit run that passes 11-proef may be a BSN or an order
// number): the nearest one before it wins. Lower case; Latin ones match at a word start. A label
// is read folded, the text's and the word's letters alike (context.ts lowerCodeAt): without case,
// accents, "ł", "ı", "đ" or Greek tonos, so one spelling of a word stands for the ones customers
// type without their keyboard's accents ("zamówieni" reads "Nr zamowienia", "sipariş" "siparis
// no", "đơn hàng" "Don hang", "κινητό" "ΚΙΝΗΤΟ"). A word that folds into another language's
// word ends with its space or colon ("gọi " is no "going").

/** Words before an order, invoice, tracking, ticket or product reference: what must stay. */
export const REFERENCE_WORDS: readonly string[] = [
  // en
  'order',
  'invoice',
  'tracking',
  'parcel',
  'shipment',
  'consignment',
  'reference',
  'ref',
  'ticket',
  'case',
  'sku',
  'item',
  'article',
  'product',
  'model',
  'receipt',
  'booking',
  'rma',
  'awb',
  // India's railway booking (its PNR, ten digits: a mobile's count and first digits) and a
  // utility's consumer number ("Consumer No." on an electricity or gas bill): V63h.
  'pnr',
  'consumer no.',
  'consumer no:',
  'consumer number',
  '#',
  // A customer number is the shop's own reference too ("Kundennr. 0815-4711" was taken for a
  // phone). Not "customer" or "Kunden" alone: "Customer service: 020 …", "Kundenservice 030 …".
  'customer number',
  'customer no.',
  'customer no:',
  'customer id',
  'contact id',
  'kundennummer',
  'kundennr',
  'kunden-nr',
  'klantnummer',
  'numer klienta',
  'nr klienta',
  'numéro client',
  'numéro de client',
  'número de cliente',
  // The customer's code or number in Italian and Portuguese ("codice cliente 347 123 4567" was
  // taken for a phone, generated corpus of 2026-12-03), and the Spanish "número cliente" (read
  // as the Italian: folded, "número" is "numero").
  'codice cliente',
  'numero cliente',
  'código do cliente',
  'código de cliente',
  // A product in Polish, German and the Nordic languages, and an Italian article: "product" and
  // "article" start neither ("Produkt 600 123 456 był uszkodzony" went as a phone).
  'produkt',
  'articolo',
  // pl
  'zamówieni',
  'faktur',
  'przesyłk',
  'paczk',
  'zgłoszeni',
  'paragon',
  // de
  'bestell',
  'rechnung',
  'sendung',
  'auftrag',
  'artikel',
  'lieferschein',
  'paket',
  // A complaint's case number ("Betreff: AW: Reklamation 2026-48213" dials in Germany).
  'reklamation',
  // fr
  'commande',
  'facture',
  'colis',
  'suivi',
  'dossier',
  // es / pt
  'pedido',
  'factura',
  'envío',
  'seguimiento',
  'rastreio',
  'nota fiscal',
  'encomenda',
  'fatura',
  'protocolo',
  // nl
  'bestelnummer',
  'bestelling',
  'factuur',
  'zending',
  'pakket',
  'track',
  // it
  'ordine',
  'fattura',
  'spedizione',
  // A company's tax or register number and a postcode are not a person's: P.IVA 01234567890
  // dials in Italy, SIREN 732 829 320 in France, a Saudi postcode and its additional number
  // (الرمز البريدي 12271-3456) in Riyadh. Not "IVA" alone: "IVA inclusa" stands before phones.
  'p.iva',
  'partita iva',
  'siren',
  // The same in a signature's footer (the eighth audit, T30b): the French register ("RCS Paris
  // 732 829 320" dials in France), the Vietnamese tax code ("Mã số thuế: 0312345678", a Hai
  // Phong landline's shape; not its short form "MST", also a time zone: "3pm MST: 212-555-0187"),
  // the Korean business registration ("사업자등록번호 123-45-67891").
  'rcs',
  'mã số thuế',
  '사업자',
  // A product's barcode number (GS1): "GTIN 04012345678901" and "UPC 036000291452" dial in
  // Germany, as "ISBN 0-306-40615-2" does. Not "upc" alone: it starts "upcoming".
  'gtin',
  'upc ',
  'upc:',
  'isbn',
  'barcode',
  // An article's or product's number under its label in the desk's languages (V60a, issue #14:
  // "Art.-Nr. 4562 9098 7875", "EAN 0506 3778 0483 9187 4200", "货号 856 0275 053" went as
  // phones). Labels as shops print them (GitHub code search, as of 2026-12-07): "Art.-Nr." (a
  // German shop's column, "SKU / Art.-Nr."), "货号" and "商品编码" (Chinese shops' item-number
  // fields, 'sn'=>'货号', title: '商品编码'), "条形码" (barcode), "आइटम कोड" ("Item Code": "आइटम
  // कोड"), "كود المنتج" (HeaderText = "كود المنتج", ProductCode). Not "ean" alone: it ends "mean",
  // "clean" (a label starts a word, but "Eanes" is a name): with its space, colon or dash.
  'art.-nr',
  'art.nr',
  'art-nr',
  'artnr',
  'art. nr',
  'ean ',
  'ean:',
  'ean-',
  'part no.',
  'part no:',
  'part number',
  'artículo',
  'code article',
  'código do produto',
  'código de produto',
  'código de producto',
  'आइटम कोड',
  'उत्पाद कोड',
  'كود المنتج',
  'رقم الصنف',
  'شناسه کالا',
  '货号',
  '商品编码',
  '商品编号',
  '条形码',
  'janコード',
  // Greek "Κωδικός Προϊόντος" (a product's code: a shop's SKU field, '<label for="sku">Κωδικός
  // Προϊόντος</label>', a product page's row; GitHub code search, as of 2026-12-07): since V61d a
  // Greek mobile printed four-then-pairs goes in Greece, and a code so printed after it stays.
  'κωδικός προϊόντος',
  // A device's serial number, dashed or spaced ("Serien-Nr. 2345 0151 4827", "S/N
  // 2345-0151-4827" dial in Germany, where numbers take almost any length), and its device
  // number ("Gerätenummer 2345-0151-4827" went as a phone, the ninth audit), in the desk's
  // languages: "serien" starts the German, Dutch and Nordic serial number; the French,
  // Portuguese, Spanish and Italian ones are a number "de série", "de serie", "di serie". An
  // IMEI after any of them still goes (card.ts reads no label).
  'serial',
  'serien',
  's/n',
  'device number',
  'device no.',
  'device id',
  'gerätenummer',
  'gerätenr',
  'geräte-nr',
  'geräte-id',
  'apparaatnummer',
  'seryjn',
  'numer urządzenia',
  'nr urządzenia',
  'de serie',
  'di serie',
  'sériov',
  'výrobní číslo',
  'seri no',
  'seri numara',
  'nomor seri',
  // "số seri" ends with its space or colon: folded, "so seri" starts "so serious".
  'số seri ',
  'số seri:',
  'số sê-ri',
  'серийн',
  'серійн',
  'номер устройства',
  'σειριακ',
  'מספר סידורי',
  'التسلسلي',
  'سریال',
  'सीरियल',
  'ซีเรียล',
  '製造番号',
  'シリアル',
  '序列号',
  '设备号',
  '设备编号',
  '일련번호',
  '기기번호',
  '기기 번호',
  '시리얼',
  'البريدي',
  // fa
  'سفارش',
  'فاکتور',
  'مرسوله',
  'رهگیری',
  'پیگیری',
  'بسته',
  'کد کالا',
  // A postcode: ten digits that may dial as a landline, after a phone label ("با … تماس بگیرید.
  // کد پستی من 2883822868", held-out seed 31337).
  'کد پستی',
  // ar
  'طلب',
  'فاتورة',
  'الشحنة',
  'شحنة',
  'تتبع',
  'الفاتورة',
  'رقم المرجع',
  // ja
  '注文',
  '請求書',
  '追跡',
  '伝票',
  'お問い合わせ番号',
  '品番',
  '型番',
  '受付番号',
  // The same words in kana (T63e, issue #14): a customer who types without converting, a child's
  // or a learner's text, a phone's voice input and furigana write "ちゅうもんばんごう", "チュウモン
  // バンゴウ", and the order's number after them went as a phone. Readings as Japanese learners'
  // material and furigana print them (GitHub code search, as of 2026-12-05): 注文 "ちゅうもん"
  // ("まず ちゅうもんばんごうと のうひんしょの ばんごうを", a shop's dialogue; katakana "チュウモン"
  // in furigana options and a shop's katakana labels, "チュウモン バンゴウ"), 伝票番号 "でんぴょう
  // ばんごう" ("伝票番号[でんぴょうばんごう]をメールでお知らせいたします"), 追跡番号 "ついせきばんごう"
  // (a vocabulary list, "tracking number"), 受付番号 "うけつけばんごう" and お問い合わせ番号 as
  // お問い合わせ "おといあわせ" and 番号 "ばんごう". The pages corpus holds these words only in kanji
  // (chigai2.fromation.co.jp/archives/762, "受付番号と注文番号"). The kanji list's "注文" alone, so
  // the kana "ちゅうもん" alone (a light verb after it is a verb: context.ts verbAt); "伝票" and
  // "追跡" as "でんぴょう", "ついせき"; "受付", "お問い合わせ" only with their "ばんごう" (受付 alone is
  // a reception desk, お問い合わせ a contact form, before a phone).
  'ちゅうもん',
  'チュウモン',
  'でんぴょう',
  'デンピョウ',
  'ついせき',
  'ツイセキ',
  'うけつけばんごう',
  'ウケツケバンゴウ',
  'といあわせばんごう',
  'トイアワセバンゴウ',
  // "お問合せ番号" (without "い", "わ"), as carriers print it: Yamato's shop mails ("荷物のお問合せ
  // 番号（宅急便伝票番号）"), Seino's shipping export (a column "お問合せ番号"), a shop's tracking
  // parser ("お問い?合わせ番号|お問合せ番号|問合せ番号"); GitHub code search, as of 2026-12-05.
  // "お問合せ番号 09012345678" went as a phone where "お問い合わせ番号" keeps it.
  '問合せ番号',
  // The postal mark: a postcode follows it ("〒044-5320" dials in Italy).
  '〒',
  // hi
  'ऑर्डर',
  'आर्डर',
  'चालान',
  'इनवॉइस',
  'ट्रैकिंग',
  'रसीद',
  // bn, ta (T63e, issue #14): Bengali "অর্ডার" (order: "অর্ডার নম্বর দিন", give the order number),
  // "ইনভয়েস" (invoice: "ইনভয়েস নম্বর", a shop's column; "মোবাইল নম্বর এবং ইনভয়েস নম্বর", a lab's
  // notice) and "ট্র্যাকিং" (tracking: "ট্র্যাকিং নম্বর: ${trackingId}"); Tamil "ஆர்டர்" (order:
  // "ஆர்டர் எண்: ${orderId}") and "விலைப்பட்டியல்" (invoice: "விலைப்பட்டியல் எண்", bills' labels).
  // GitHub code search, as of 2026-12-05. A Bangladeshi or Sri Lankan order number shaped as a
  // mobile went as a phone after them ("অর্ডার নম্বর ০১৭১২৩৪৫৬৭৮", "ஆர்டர் எண் 0771234567"), where
  // Hindi's "ऑर्डर नंबर" keeps it. "ইনভয়েস" as NFC writes it, "য" and the nukta ("য়", U+09DF, is
  // excluded from composition); typed with U+09DF it is not read (the label fold keeps that unit).
  'অর্ডার',
  'ইনভয়েস',
  'ট্র্যাকিং',
  'ஆர்டர்',
  'விலைப்பட்டியல்',
  // zh, ko, ru, tr (customers of a global desk write in them even where the desk does not)
  '订单',
  '快递',
  '发票',
  '运单',
  '주문',
  '송장',
  'заказ',
  'накладн',
  'счёт',
  'sipariş',
  'kargo',
  // A Turkish tracking, product, customer, request or return number: eleven digits of one pass
  // a T.C. kimlik no's two checks one time in a hundred ("Takip no: 12345678950" went as an id).
  // Not "takip" alone: "Takip için … arayın" (call … to follow up).
  'takip no',
  'takip numara',
  'ürün kodu',
  'ürün no',
  'müşteri no',
  'müşteri numara',
  'talep no',
  'talep numara',
  'iade kodu',
  'iade no',
  // he, uk, el, cs, sv, vi, id, th (T21b audit: an order or invoice number shaped like a phone
  // number was redacted after each; nouns, not the verbs: "הזמנה" is an order, "הזמנתי" I ordered)
  'הזמנה',
  'חשבונית',
  'замовлення',
  // рахунок, рахунку, рахунок-фактура: the invoice ("Рахунок-фактура 067-123-4567" was redacted).
  'рахун',
  'ттн',
  'παραγγελ',
  // Greek words in capitals are written without their accent (monotonic orthography puts no tonos
  // on a word in capitals): "ΤΙΜΟΛΟΓΙΟ 210 123 4567" reads as "τιμολόγιο".
  'τιμολόγι',
  'objednávk',
  // Its dative and locative, "k" turned "c" ("kvůli objednávce", about the order; "v objednávce",
  // in the order: Czech declines "objednávka" so, as Internetová jazyková příručka's tables of
  // "-ka" nouns print it): since V61d "zavolejte" labels a phone, and an order's number after
  // "Zavolejte kvůli objednávce" went as one.
  'objednávce',
  'zásilk',
  'kolli',
  'đơn hàng',
  'hóa đơn',
  // "vận đơn" ends with its space or colon: folded, "van don" starts Dutch names ("mevrouw van
  // Dongen, 06 12345678" kept the mobile).
  'vận đơn ',
  'vận đơn:',
  'pesanan',
  // Romanian "comandă" (an order: "Număr comandă: 0721234567" went as a phone) and "comenzii" (the
  // order's: "Nr. comenzii 0721234567"); "comandat" (ordered) is a verb (context.ts verbAt).
  'comandă',
  'comenzi',
  // Indonesian "resi" (a receipt) with its space or colon: "resi" starts "residence", folded
  // French "résiliation" and Portuguese "residência" ("Résiliation 06 12 34 56 78" kept the phone).
  'resi ',
  'resi:',
  // Hungarian "rendelés" (an order; "rendelésszám", order number: docs.szamlazz.hu's receipt
  // settings, "Rendelésszám ismétlődésének tiltása", as of 2026-12-04) and "megrendelés" (an
  // order, as a web shop's terms write it: ceosz.hu/altalanos-szerzodesi-feltetelek, "megrendelése
  // véglegesítése előtt"; a label starts a word, so it is listed apart): an order's number said
  // aloud ("rendelésszám nulla hat harminc…", the fourteenth audit) or written ("Rendelésszám:
  // 0630 234 5678") went as a phone. "rendeltem" (I ordered) is a verb and holds nothing.
  'rendelés',
  'megrendelés',
  'คำสั่งซื้อ',
  'พัสดุ',
  // T37a: the Chinese numbers named "号码" that are no phone's, now that "号码" alone labels a
  // phone (PHONE_WORDS): "单号码" ends "订单号码", "运单号码", "快递单号码" (an order's or a
  // waybill's number), "快递号码" (a parcel's: "邮政快递号码几位数", xianglinexpo.com) and "发票号码"
  // (an invoice's). Each ends where "号码" does: at a tie the reference wins ("订单号码
  // 13812345678" stays, as it did).
  '单号码',
  '快递号码',
  '发票号码',
  // The thirteenth audit (thirteenthAudit.test.ts): Danish and Norwegian "ordre" (an order:
  // "Ordrenr. 2012 3456" went as a phone, Denmark's numbers having no trunk "0"), "pakke" (a
  // parcel: "Pakkenummer 70 12 34 56") and Denmark's company register, "CVR-nr. 25 31 37 63" (a
  // company's, not a person's). Danish numbers read in pairs since that audit: these keep theirs.
  'ordre',
  'pakke',
  'cvr',
  // The sixteenth round's ids (recognizers/nationalIds3.ts, nationalIds4.ts) go in their
  // printed forms unless an order's word stands before them: Spanish "orden" (an order: "número de
  // orden", "orden de compra"; with its space or colon, as "ordenador" is a computer), Icelandic
  // "pöntun" (an order: "Pöntun 1201603389", ten digits whose kennitala check may hold by chance)
  // and Croatian "narudžb" (narudžba, narudžbe: an order's number before an OIB).
  'orden ',
  'orden:',
  'pöntun',
  'narudžb',
  // T38d: the same words in the traditional characters of Taiwan and Hong Kong, which the fold
  // does not map to the simplified ones: "訂單" (an order), "快遞" (a parcel), "發票" (an invoice),
  // "運單" (a waybill), and the numbers named "號碼" that are no phone's ("訂單號碼", "運單號碼",
  // "快遞號碼", "發票號碼"), now that "號碼" alone labels a phone: "訂單號碼0912345678" went as a
  // phone where "订单号码13812345678" stays.
  '訂單',
  '快遞',
  '發票',
  '運單',
  '單號碼',
  '快遞號碼',
  '發票號碼',
  // T53b's audit of look-alikes (auditLookalikes.test.ts): the numbers shops and carriers print
  // under these nouns went as a phone where their digits dial (German "Versandnummer",
  // "Retourennummer", "Belegnummer" and "Vorgangsnummer": a shipment's, a return's, a voucher's
  // and a case's number; Dutch "retournummer"; English "waybill", an air waybill's eleven digits
  // reading as a London number after an airline's prefix "020", and India's couriers' "docket";
  // French "bon de livraison", a delivery note; Turkish "gönderi", a shipment, "gönderi no";
  // Japanese "書留" (registered mail: Japan Post's 書留番号 has eleven digits, a mobile's count),
  // "荷物番号" (a parcel's number), "送り状" (a waybill: Sagawa prints "お問い合わせ送り状番号");
  // Korean "상품번호" and "상품코드" (a product's number and code)). Nouns, each naming a number no
  // person has. Japanese "商品コード" (a product's code) since T54b: a word ending in a voiced kana
  // typed decomposed now ends before a full stop as it does composed (context.ts partOfLetter), so
  // "…コード. 612 34 56 78" no longer keeps a phone in the next sentence (lookalikesLeft.test.ts).
  'versandnummer',
  'versand-nr',
  'versandnr',
  'retourennummer',
  'retourenummer',
  'retournummer',
  'belegnummer',
  'belegnr',
  'beleg-nr',
  'vorgangsnummer',
  'vorgangsnr',
  'waybill',
  'docket',
  'bon de livraison',
  'gönderi',
  '書留',
  '荷物番号',
  '送り状',
  '상품번호',
  '상품코드',
  '商品コード',
  // An Allegro offer's number has eleven digits, a PESEL's count ("numer oferty", "nr oferty": one
  // in some hundreds passes its date and check), and a courier's consignment note is a "list
  // przewozowy" ("nr listu przewozowego"); "oferta" alone is any offer ("Oferta ważna do …" stands
  // before phones). Not "id oferty" nor "list przewozowy" in the nominative: their first letters
  // ("id", "li") start words of every English text, and with "oferta nr" they cost 0.37% of
  // redact's instructions (seed 1) where the others cost none measurable ("oferta nr": Polish
  // only, LANGUAGE_REFERENCE_WORDS). Portuguese "venda" (a
  // sale: Mercado Livre's "Venda #…", "número da venda") before a shop's eleven digits, a CPF's
  // count, with its space or colon: "vendas" (the sales desk) stands before the shop's phone. Here,
  // not in LANGUAGE_REFERENCE_WORDS: no other language writes these words (a language's own list
  // was one more index each scan read, +0.9% of redact's instructions at seed 1, until T55e made
  // it the shared index copied with the own words added). Portuguese
  // "anúncio" (a listing) is one of Portuguese's own (LANGUAGE_REFERENCE_WORDS): folded, it is
  // Spanish "anuncio" (an advert), which stands before the advertiser's phone.
  'numer oferty',
  'nr oferty',
  'listu przewozow',
  'venda ',
  'venda:',
  // Korean parcel words (T56b): "배송조회" and "배송 조회" (a delivery's tracking: shops' and
  // carriers' menus, where the
  // waybill's number is typed), "배송번호" (a delivery's number) and "등기번호" (a registered
  // item's number: Korea Post's 13 digits, "우체국 택배는 13자리 등기번호(송장번호)로 …
  // '배송조회' 메뉴에서 등기번호 입력", info2.infoboxsite.com/2025/10/2025_1.html; "배송번호(국내
  // 발송 시 13자리 …)", theapp.tamchart.com/788). "송장" (above) ends "송장번호" and "운송장번호",
  // the waybill's number ("운송장번호" "송장번호", sangtech.tistory.com's tag page), and "주문"
  // "주문번호": Hangul words label wherever they stand. A carrier's number dials where it has a
  // landline's count and its "0" (CJ대한통운 10 or 12 digits, 롯데택배 10, 12 or 13, 한진택배 10, 12
  // or 14, 로젠택배 11, 우체국 13: the waybill checks of the open trackers
  // github.com/B4TT3RY/DeliveryTracker src/couriers and speshase/spes's delivery.js). A driver's
  // phone after "택배" is read by "기사" (PHONE_WORDS). All searched 2026-12-05. Not "택배" itself
  // (a parcel, the parcel service, the courier: "택배 010-1234-5678" is as often the driver's or
  // the customer's mobile as a carrier's number, and it went on main; the lead's review of T56b
  // kept it going, failing closed, so a carrier's number that dials after it alone goes too).
  '배송조회',
  '배송 조회',
  '배송번호',
  '등기번호',
];

/**
 * The prefixes after which a Cyrillic reference word still names a reference inside a longer
 * word, by the word: a Cyrillic word labels only where a word starts ("тел " is no label inside
 * "хотел ", context.ts), so "предзаказ" (a pre-order) did not read as "заказ" and "Предзаказ 8 916
 * 123-45-67" went as a phone where "Заказ 8 916 123-45-67" stays (T42b). Each prefix makes the
 * word another order, never something else: Russian "предзаказ" (a pre-order: Ecwid's help,
 * "Предзаказы на товары", support.ecwid.com/hc/ru/articles/5135873315100), "перезаказ" (an order
 * placed again) and "дозаказ" (an order added to one), both found only in shops' own code (a
 * re-order's admin action "Перезаказ …", "Дозаказ оборудования"; no dictionary page found);
 * Ukrainian "передзамовлення" (a pre-order: shops' "Доступний за передзамовленням"). All searched
 * 2026-12-04. Not "счёт" after a prefix: "пересчёт" and "подсчёт" are a count, not an invoice.
 */
export const REFERENCE_WORD_PREFIXES: Readonly<Record<string, readonly string[]>> = {
  заказ: ['пред', 'пере', 'до'],
  замовлення: ['перед'],
};

/**
 * The endings with which a Cyrillic order word glued after any other part still names an order,
 * by the word: the word read whole, from its start to its end. A part glued before an order makes
 * it a kind of order ("спецзаказ", a special order; "автозаказ", an order the system places once
 * the goods reach the stock: a distributor's ordering help, "Что такое автозаказ",
 * bisness-centr.blogspot.com/p/blog-page_58.html, searched 2026-12-04), and a phone-shaped number
 * after it went as a phone where "заказ 8 916 123-45-67" stays (T45d). Read in the cases a number follows
 * (the word alone, "номер спецзаказа", "по спецзаказу", "спецзаказом"; Ukrainian "замовлення" and
 * "замовленням"), not where the word goes on ("заказчик", a customer; "заказное", registered
 * mail). A phone word so glued would be the phone's: no word of {@link PHONE_WORDS} ends so
 * (cyrillicWordStart.test.ts checks it). Only Cyrillic letters before it: "OZONзаказ" is read as
 * before. The prefixes above keep any ending.
 */
export const GLUED_REFERENCE_ENDINGS: Readonly<Record<string, readonly string[]>> = {
  заказ: ['', 'а', 'у', 'ом'],
  замовлення: ['', 'м'],
};

/**
 * Reference words of one language only, by its language subtag: a word that labels a reference
 * there and stands before phones elsewhere. Vietnamese "MST" is mã số thuế, the tax code ("MST:
 * 0312345678", a Hai Phong landline's shape, went as a phone); in English it is a time zone ("3pm
 * MST: 212-555-0187").
 */
export const LANGUAGE_REFERENCE_WORDS: Readonly<Record<string, readonly string[]>> = {
  vi: ['mst:', 'mst '],
  // Portuguese "anúncio" names a marketplace's listing (T53b's audit: "Anúncio 12345678909
  // pausado…", eleven digits, a CPF's count); folded it is Spanish "anuncio", an advert, which
  // stands before the advertiser's phone: a word of Portuguese only (T54b).
  pt: ['anúncio'],
  // Polish "oferta nr" (an Allegro offer's number, eleven digits, a PESEL's count; "oferta" alone
  // is any offer, "Oferta ważna do …" stands before phones): in the list of every language its
  // first letters ("of") started words of every English text (T53b measured 0.37% of redact's
  // instructions with two more such words), a word of Polish only (T54b).
  pl: ['oferta nr', 'oferta numer'],
  // Spanish "boleta": a sales receipt, SUNAT's comprobante de pago 03 "Boleta de venta" in Peru
  // (SUNAT catálogo 01, as github.com/EliuTimana/SunatCatalogos data/08/01.csv lists it; its
  // number is a series "B001" and a correlativo of one to eight digits, sunat_cpe's cpe_boleta.rs)
  // and the SII's document 39 "Boleta electrónica" in Chile (Fintoc's table of SII codes; both
  // read 2026-12-05). "Boleta 12.345.678", eight digits, a Lima number's count, went as a phone
  // (issue #14, T66a). Spanish only: Portuguese writes "boleto" (a payment slip) and stays so.
  es: ['boleta'],
};

/** Words before a phone number. */
export const PHONE_WORDS: readonly string[] = [
  'phone',
  'tel',
  // Mobile, mobiel, Mobil, mobilní and the "Mob:" of Indian and British signatures; not "mob"
  // alone: folded, it starts German "Möbel" (furniture: "Bestellung Möbel 0301 234567" is the
  // order's).
  'mobil',
  'mobiel',
  'mob ',
  'mob:',
  'mob.',
  'cell',
  'call',
  'whatsapp',
  'sms',
  'text me',
  // "My number" is a phone's, as people say it: "मेरा नंबर 9876543210 है" (Hindi), "my number is
  // 9876543210" (Indian English), where a mobile is written bare. Not "number" alone ("order
  // number", "ऑर्डर नंबर").
  'my number',
  // The same words in the desk's other languages ("mój numer to 600123456"); "numer" alone is any
  // number's, and a reference word between them and the value still wins ("mój numer zamówienia").
  'mój numer',
  'meine nummer',
  'mi número',
  'meu número',
  'mon numéro',
  'mijn nummer',
  'il mio numero',
  // "Reach me at 2125550187", as "call me" and "text me" say it, and "call me" in the desk's
  // languages, before a mobile written without a trunk "0" ("chiamami al 3471234567").
  'reach me',
  'chiamami',
  'chiamatemi',
  'llámame',
  'llámeme',
  'me liga',
  'ruf mich',
  'appelle',
  'márcame',
  // The polite plural and the French and German "reach me", "call me": "llámeme" does not start
  // "llámenme" ("Llámenme al 612345678" stayed), and a reference word before them kept the phone
  // after them ("Pour le suivi, me joindre au 06 12 34 56 78"). "Rufen Sie mich an unter …" and
  // "Rufen Sie mich unter … an" both start so.
  'llámenme',
  'me joindre',
  'rufen sie mich',
  // "Contact: 9876543210", "contact no", "contacto", "Kontakt", "联系方式", "संपर्क": a number
  // after them is the customer's (a reference word between still keeps an order's number).
  'contact',
  // Portuguese "contato" (Brazil) does not start with "contact": "Contato: 21943913216" stayed.
  'contato',
  'kontakt',
  '联系',
  'संपर्क',
  // Short forms and words of markets whose mobiles have no trunk "0": "mi cel 5512345678",
  // Greek "κινητό", Norwegian and Danish "mitt/mit nummer".
  'cel ',
  'cel:',
  'cel.',
  // Brazil's "cel/zap" (mobile and WhatsApp: "zap", "zapzap", is WhatsApp in Brazilian speech, "me
  // chama no zap"): a mobile written bare with its area code and no trunk ("cel/zap 11988293242")
  // stayed after them (V63h).
  'cel/',
  'zap ',
  'zap:',
  // Read in capitals too, without the accent: "ΤΟ ΚΙΝΗΤΟ ΜΟΥ ΕΙΝΑΙ 6912345678".
  'κινητό',
  // Greek "my number" ("ο αριθμός μου είναι 6945123456"; "αριθμός" alone is any number's): a
  // Greek mobile has no trunk "0" either. Numbers said aloud read it too (spoken.ts).
  'αριθμός μου',
  'αριθμό μου',
  'mitt nummer',
  'mit nummer',
  // Turkish "numaram" (my number), how a Turk gives a mobile written without its trunk "0"
  // ("numaram 5321234567" kept it), unless another noun stands before it: "sipariş numaram" is
  // my order number (context.ts verbAt reads the word before it: MY_NUMBER_OWNERS).
  'numaram',
  // Romanian "my number" and "call me" ("sunați-mă la …", "sună-mă"), so that a phone after an
  // order's word ("Comanda mea, sunați-mă la 0721234567") is still the phone's.
  'numărul meu',
  'sunați',
  'sună-mă',
  // Vietnamese "điện thoại" (phone, in "số điện thoại": phone number), its short form "SĐT",
  // "di động" (mobile) and "liên hệ" (contact): "Đơn hàng của tôi, SĐT 0912 345 678" kept the
  // phone as the order's, "SĐT 912345678" stayed.
  'điện thoại',
  'sđt',
  'di động',
  'liên hệ',
  // Indian and British signatures and chats: "Ph: 9876543210" (not "ph " alone: "pH 7.5"),
  // "my no. is …", Hinglish "mera number 9876543210 hai".
  'ph:',
  'ph.',
  // "ph no 9876543210", as Indian chats shorten "phone number" (V58e, issue #14: a mobile written
  // bare or with its "91" and no "+" stayed): with its space, stop or colon after "no", as "pH"
  // is also "pH normal" and "pH not".
  'ph no ',
  'ph no.',
  'ph no:',
  'my no.',
  'my no ',
  'my no:',
  'mera number',
  'mera no.',
  'mera no ',
  // Persian "my number" ("شماره من ۰۹۱۲…"): "شماره" alone is any number's.
  'شماره من',
  // Arabic "my number" ("رقمي ٠٥٠…"), a word: "رقمية" (digital) does not end so.
  'رقمي ',
  'رقمي:',
  'fax',
  // A log's or a CDR's key for the subscriber's number, written bare ("msisdn=12125550187").
  'msisdn',
  'telefon',
  'komórk',
  'zadzwoń',
  'handy',
  'rufnummer',
  'anrufen',
  // French "téléphone", "Tél.", "Tél :" read as "telephone" and "tel" (folded).
  'telephone',
  'portable',
  'appelez',
  // Italian "telefono", Spanish "teléfono".
  'telefono',
  'móvil',
  'celular',
  'ligue',
  'telefoon',
  'bel ',
  'cellulare',
  'chiamare',
  'تلفن',
  'موبایل',
  'تماس',
  'همراه',
  'هاتف',
  'الهاتف',
  'جوال',
  'الجوال',
  'اتصل',
  '電話',
  '携帯',
  'でんわ',
  'फ़ोन',
  'फोन',
  'मोबाइल',
  'मेरा नंबर',
  'कॉल',
  '电话',
  '手机',
  '手機',
  '전화',
  '휴대폰',
  '핸드폰',
  '연락처',
  // Korean "기사" (a driver: "택배 기사님", "배송기사", the courier who calls before coming; shops
  // write "택배 기사님이 직접 방문하여 상품을 수거합니다"): the number after it is a person's, even
  // after the parcel word "택배" (REFERENCE_WORDS; T56b, searched 2026-12-05).
  '기사',
  'телефон',
  // Its abbreviations in Cyrillic signatures, "тел." and "моб." (mobile; "Моб. тел."): a number
  // written with "38" and no "+" ("тел. 38 067 123 45 67", the eleventh audit) stayed after them.
  // With their stop or colon: "тел" ends "хотел" and "моб" is inside "автомобіль" (a car).
  'тел.',
  'тел:',
  'моб.',
  'моб:',
  // The call and phone words of the languages whose reference words stand above, so that a phone
  // after an order's sentence is still the phone's ("Ordern kom trasig, ring 070-…").
  'ring ',
  'volej',
  'טלפון',
  'τηλ',
  // Vietnamese "gọi" (call) with its space: folded, "goi" starts "going".
  'gọi ',
  'hubungi',
  // Indonesian "WA" (WhatsApp) and "HP" (handphone, a mobile: "No. HP", "nomor HP"), before a
  // mobile written with its "62" and no "+" ("WA: 6281234567890" stayed, the eleventh audit).
  // Each with its space or colon, as "wa" starts "want"; "hp " is read inside "No. HP" and "nomor
  // HP" too. A printer's "HP 250 G8" labels no phone: its order's word, nearer, still wins.
  'wa ',
  'wa:',
  // Indonesian "nomor saya" (my number: "Nomor saya 6281234567890", a mobile with its "62" and no
  // "+", stayed; V58e, issue #14): "nomor" alone is any number's ("nomor pesanan", an order's).
  'nomor saya',
  'hp ',
  'hp:',
  'โทร',
  // Bengali "মোবাইল" (mobile), "ফোন" (phone, as in "ফোন নম্বর") and "কল করুন" (call, polite): an
  // Indian mobile has no trunk "0", and a bare one after them stayed ("মোবাইল 9123456789", the
  // eleventh audit). Not "কল" alone: it is inside "সকল" (all) and "কলকাতা" (Kolkata).
  'মোবাইল',
  'ফোন',
  'কল করুন',
  // T59b's audit (auditLocales3.test.ts): a mobile written bare after them stayed. Tamil
  // "கைபேசி" and "அலைபேசி" (mobile phone: "கைபேசி எண்", "அலைபேசி எண்", mobile number, the labels
  // of Tamil forms beside "Mobile Number"), "தொலைபேசி" (telephone) and "மொபைல்" (mobile): an
  // Indian mobile has no trunk "0" ("மொபைல் 9962012345" stayed). GitHub code search, as of
  // 2026-12-05. Not "எண்" alone: it is any number's ("ஆர்டர் எண்", order number).
  'கைபேசி',
  'அலைபேசி',
  'தொலைபேசி',
  'மொபைல்',
  // T63e (issue #14): Tamil "தொடர்பு எண்" (contact number: forms' labels beside "Contact Number",
  // a shop's WhatsApp order "📞 *தொடர்பு எண்:* …", "தொடர்பு எண் - 9047371328") and "என் எண்",
  // "எனது எண்" (my number: "என் எண் +917777777777", "என் எண்: ${studentPhone}"); Bengali
  // "যোগাযোগ নম্বর" (contact number: forms' labels, "যোগাযোগ নম্বর:") and "আমার নম্বর" (my number:
  // "আমার নম্বর: {profile.phone_code}", "আমার নম্বর 01712345678"). GitHub code search, as of
  // 2026-12-05. A mobile written bare after them stayed ("என் எண் 9876543210", "আমার নম্বর
  // ৯১২৩৪৫৬৭৮৯"), where Hindi's "मेरा नंबर" and "संपर्क नंबर" take it. "என் எண்" with its space or
  // colon: "என் எண்ணத்தை" is my thought (எண்ணம்), not my number.
  'தொடர்பு எண்',
  'என் எண் ',
  'என் எண்:',
  'எனது எண் ',
  'எனது எண்:',
  'যোগাযোগ নম্বর',
  'আমার নম্বর',
  // Georgian "მობ." (mobile) and "ტელ." (phone), with their stop, colon or space, as business
  // cards print them after the 2011 renumbering ("ტელ : +995 32 2xx xxxx", "მობ : +995 599 xx
  // xxxx": ictgov.wordpress.com/2011/05/04, and "მობ: 599 62 35 55" in sites' contact blocks,
  // GitHub code search, as of 2026-12-05), "ტელეფონ" (telephone, any case) and "მობილურ" (mobile):
  // a Georgian mobile has no trunk "0" ("მობ. 599123456" stayed). Not "ტელ" alone: it starts
  // "ტელევიზორი" (a television).
  'მობ.',
  'მობ:',
  'მობ ',
  'ტელ.',
  'ტელ:',
  'ტელეფონ',
  'მობილურ',
  // Nepali "मेरो नम्बर" (my number: "मेरो नम्बर 9810223384 हो।", Hindi's "मेरा नंबर" in Nepali's
  // spelling), Sinhala "දුරකථන" (telephone, in "ජංගම දුරකථන", mobile phone; SuiteCRM's si_LK
  // "ඕනෑම දුරකථනයක්", any phone) and Amharic "ስልክ" (telephone, a form's label), GitHub code
  // search as of 2026-12-05: a mobile written bare after them stayed ("मेरो नम्बर 9841234567 हो",
  // "ජංගම දුරකථන 771234567", "ስልክ 911234567"; the second pass).
  'मेरो नम्बर',
  'දුරකථන',
  'ስልክ',
  // Uzbek "raqamim" (my number: "Telefon raqamim: …", "Raqamimni yuborish", send my number, the
  // contact button of Uzbek Telegram bots; GitHub code search, as of 2026-12-05), unless another
  // noun stands before it: "hisob raqamim" is my account's number, "buyurtma raqamim" my order's
  // (context.ts verbAt reads the word before it: UZ_MY_NUMBER_OWNERS). "raqamim 901234567" stayed.
  'raqamim',
  // The twelfth audit (twelfthAudit.test.ts): the words customers of the markets it read first
  // write before a mobile written bare. Russian "мобильный", "сотовый" (both: mobile), "мой номер"
  // (my number), "позвоните"/"позвони" (call) and WhatsApp as Russians write it, "ватсап" (the
  // spelling gramota.ru's orthographers recommend), "вотсап" and "вацап" (the other two in use):
  // "сотовый 89161234567" stayed, a mobile with its trunk "8" and no separator.
  'мобильн',
  'сотов',
  'мой номер',
  'позвони',
  'ватсап',
  'вотсап',
  'вацап',
  // V64c's audit (auditSession64FreshLocales2.test.ts, issue #14): the other call verbs Russians
  // write before a mobile written bare with its trunk "8" or none ("Перезвоните мне на
  // 89261234567", "Наберите меня: 9261234567" stayed): "перезвони…" (call back), "звони…" (call:
  // "звоните", "звонить"; "позвони" starts neither, and "звонок", a call or a bell, does not start
  // with it), "набери…" (dial: "наберите меня"). Ukraine's mobiles keep their trunk "0" written
  // bare ("дзвоніть 0671234567" went without a word).
  'перезвони',
  'звони',
  'набери',
  // Chinese "微信" (WeChat, whose id is the mobile: "加我微信 13812345678"), WhatsApp in Arabic
  // ("واتساب 971501234567") and Devanagari ("व्हाट्सएप 9876543210"), Mexico's "whats" with its
  // space ("whats 5512345678"), the Greek "κιν." (κινητό, mobile) with its stop.
  '微信',
  'واتساب',
  'व्हाट्सएप',
  'whats ',
  'κιν.',
  // The Philippines' "CP" (cellphone) with its "#" or "no." ("cp # 0998-765-4321" read "#" as a
  // reference's), not "cp" alone: Mexico's and Spain's "CP 06600" is a postcode.
  'cp#',
  'cp #',
  'cp no',
  // T37a: Chinese "号码" (number) alone before a mobile ("我的号码是13812345678", "号码：
  // 13812345678", "打这个号码13712345678": call this number). It is any number's name, so the
  // numbers named so that are no phone's are reference words ending where it ends ("订单号码",
  // "运单号码", "发票号码": REFERENCE_WORDS), and only a number that validates as a phone of its
  // country goes: a Chinese local number of eight digits does not, after "电话" either.
  '号码',
  // Russian and Ukrainian "тел" (phone) without its stop ("Иван, тел 89161234567"), as a word:
  // "тел " ends "хотел " (I wanted: "я хотел 380671234567" stays), and a Cyrillic word labels
  // only where a word starts (context.ts cyrillic, T38d), a line's first word too ("тел
  // 89161234567" stayed while this was " тел ", its space before it).
  'тел ',
  // The thirteenth audit (thirteenthAudit.test.ts), a mobile written bare after them stayed:
  // Danish and Norwegian "tlf." (telefon), with its stop, space or colon ("tlf: 41234567"); the
  // "handphone" of Singapore and Malaysia (a word of its own: "phone" is read only where a word
  // starts); Croatian "mobitel" (mobile); Argentina's "celu" (celular: "mi celu 1123456789") and
  // Chile's "fono" (teléfono: "Fono familia", "mi fono 987654321").
  'tlf.',
  'tlf ',
  'tlf:',
  'handphone',
  'mobitel',
  'celu',
  'fono',
  // T38d: "號碼" (number), "号码" in the traditional characters of Taiwan and Hong Kong, alone
  // before a mobile ("我的號碼是886912345678"). "電話" and "手機" were read already, and with them
  // "聯絡電話" (contact phone), "行動電話" (Taiwan's mobile) and "手提電話" (Hong Kong's).
  '號碼',
  // The fourteenth audit (fourteenthAudit.test.ts), a mobile written bare after them stayed. Swahili
  // "simu" (phone: "in 90% of daily conversations, just say 'simu'", "namba ya simu", phone number;
  // sublearn.com/pt/learn/sw/phrases/simu-ya-mkononi, as of 2026-12-04) with its space or colon, as
  // "simu" starts "simulation"; "namba yangu" and "nambari yangu" (my number: "namba" alone is any
  // number's, "namba ya oda"); "nipigie" (call me, of "kupiga simu": "nikupigie", I'll call you,
  // bikozulu.co.ke/2016/04/13/the-kiswahili-interview). A Kenyan mobile is written bare without
  // its trunk "0" as M-PESA forms ask it ("namba yangu ni 712345678" stayed). Czech "moje číslo"
  // (my number; "telefonní číslo", phone number, helpforenglish.cz/article/2007081502): "moje číslo
  // je 601123456" stayed, a Czech number has no trunk; "číslo objednávky" (order number) after it
  // is nearer, a reference word ("objednávk").
  'simu ',
  'simu:',
  'namba yangu',
  'nambari yangu',
  'nipigie',
  'moje číslo',
  // Kazakh "нөмірім" (my number: "Менің нөмірім {phone}", a Kazakh support template's, and the
  // contact button "Нөмірімді жіберу", send my number, of Kazakh Telegram bots; GitHub code search,
  // as of 2026-12-04), unless another noun stands before it: "тапсырыс нөмірім" is my order's
  // number (context.ts verbAt reads the word before it: KZ_MY_NUMBER_OWNERS). A Kazakh mobile
  // written bare with its trunk "8" stayed after it ("менің нөмірім 87012345678").
  'нөмірім',
  // V61d's audit (auditSession61ThinLocales.test.ts, issue #14): the words for "call me", "contact
  // me", "WhatsApp" and "text me" in the locales the desk read least; a mobile written as its
  // market writes it bare stayed after them (a Greek, Polish, Czech, Turkish, Chinese or Indian
  // mobile has no trunk "0"). Each as shops and sites print it before a number (GitHub code search,
  // as of 2026-12-07). Greek "καλέστε" (call: "Καλέστε μας στο 6981882005", "καλέστε μας στο 2410
  // 283954"), "κάλεσέ με" (call me: 'Κάλεσέ με: 6971234567'), "επικοινων…" (contact, every form:
  // "επικοινωνήστε μαζί μας στο 2310-123456", a footer's "Επικοινωνία") and "Viber", the messenger
  // Greeks, Ukrainians and Serbians give their mobile for ("Viber: 6944 002082", "Viber:
  // 6936433933" in Greek footers). Polish "kom." (komórka, mobile: "kom. 602 191 607", "tel. 77
  // 4411899 kom. 600 012 741"), "dzwonić", "dzwońcie" (call: "proszę dzwonić śmiało: 796 991 128";
  // "zadzwoń" starts neither) and "skontakt…" ("skontaktuj się ze mną", "skontaktować się":
  // "kontakt" starts neither). Czech "zavolej…" (call me: "zavolejte mi", "Zavolejte na"; "volej"
  // is read at a word's start only). Dutch "app me", "app mij" (WhatsApp me: "Bel of app me op +31
  // 6 42628242"): "app " is a version's word (VERSION_WORDS), and a phone word ending after it takes
  // the number back, even written with its "+31". Turkish "beni ara…" (call me: "beni arayın",
  // "beni ara"), "iletişim" (contact: "İletişim: 0532 123 45 67") and "GSM" (a mobile: "GSM: 0532
  // 123 45 67"; Belgians write it so too). Chinese "拨打" (dial: "请拨打400-821-9388"), "请致电"
  // (please call: "请致电：010-56592180"; not "致电" alone: "导致电脑" holds it) and "短信" (SMS).
  // Arabic "واتس" (WhatsApp in short: "واتس 0569533398", "الواتس 0597818555") and "تواصل"
  // (contact: "للتواصل:" before a seller's phone, "تواصل خاص او واتس 050…"). Persian "واتساپ"
  // (WhatsApp as Persian spells it: "شماره واتساپ"), "زنگ بزن…" (call: "به پشتیبانی زنگ بزنید
  // (شماره پشتیبانی : 0938…)") and "پیامک" (SMS). Hindi's other spellings of WhatsApp,
  // "वॉट्सऐप", "व्हाट्सऐप" and "वाट्सएप" (lists of WhatsApp's names in Hindi apps).
  'καλέστε',
  'κάλεσέ με',
  'επικοινων',
  'viber',
  'kom.',
  'dzwonić',
  'dzwońcie',
  'skontakt',
  'zavolej',
  'app me ',
  'app mij ',
  'beni ara',
  'iletişim',
  'gsm',
  '拨打',
  '请致电',
  '短信',
  'واتس',
  'تواصل',
  'واتساپ',
  'زنگ بزن',
  'پیامک',
  'वॉट्सऐप',
  'व्हाट्सऐप',
  'वाट्सएप',
  // V63h's fresh audit (auditSession63FreshLocales.test.ts, issue #14): India's "alternate number",
  // the second phone its shops' address forms ask for ("Alternate Phone (Optional)") and its
  // customers give in chat ("Alternate number 8850636234"); a mobile written bare after it stayed,
  // "number" alone being any noun's. As Indian forms label the field (GitHub code search, as of
  // 2026-12-07): "Alternate number" (a form's label, its Hindi "दूसरा नंबर" beside it),
  // "Alternate no: {}" (a registration's mail), "Alternate Mobile No./वैकल्पिक मोबाइल नंबर",
  // Hinglish "dusra number", "doosra number" (a bot's "koi aur number", "doosra"). Not "new number"
  // nor "other number": any noun's new or other number.
  'alternate number',
  'alternate no.',
  'alternate no ',
  'alternate no:',
  'alternative number',
  'वैकल्पिक नंबर',
  'दूसरा नंबर',
  'dusra number',
  'doosra number',
  // V64d (issue #14): "call me", "text me", "reach me" and "my number" where the desk read none, a
  // mobile written bare after them (no trunk "0" in Greece, Turkey, Denmark, Norway, China; India's
  // and Iran's mobiles, Egypt's and Hungary's written without it) stayed. As customers and sites
  // print them (GitHub code search, as of 2026-12-07): Greek "στείλτε μου μήνυμα", "στείλε μου
  // μήνυμα" (send me a message: "Στείλτε μου μήνυμα στο WhatsApp", a host's page) and "πάρτε με
  // στο", "πάρε με στο" (call me at: "πάρε με" is the colloquial "call me", "Αν χαθείς, πάρε με
  // τηλέφωνο", a phrasebook's), with "στο " and its space, as "πάρτε με στον κάδο" (take me to the
  // bin) is no call. Turkish "bana ulaş…" (reach me: "Acil bana ulaşın", a pet tag's, "Bana
  // Ulaşın" a site's contact heading) in its imperative and abilitative forms ("ulaşın",
  // "ulaşınız", "ulaşabilirsiniz"; TDK Güncel Türkçe Sözlük, "ulaşmak": "birine ulaşmak", to
  // reach someone), not "bana ulaşmadı" (it did not reach me: a parcel). Danish "skriv til mig
  // på" and Norwegian "skriv til meg på" (write to me at: "ring eller skriv til mig på 31 47 26
  // 85", a Danish exam's letter). Egyptian and Gulf Arabic "كلمني" (call me: "كلمني على
  // 01012345678", a marketplace's test of a contact filter; "تواصل|كلمني|راسلني" a contact
  // intent's pattern), Egypt's spelling "كلمنى" with its dotless yā', and "راسلني" (message me).
  // Chinese "打给我", "打給我" (call me: "我的手机号是13888888888,有空打给我"). Ukrainian "мій
  // номер" (my number: Russian "мой номер" was read already). Hungarian "számom" (my number) and
  // Persian "شماره‌ام" are read with their owner (context.ts besideRead), as Turkish "numaram" is;
  // the Persian also typed with a space for its ZWNJ ("شماره ام"). And the other "call me" and
  // "write me" of those languages: Hungarian "hívj", "hívjon", "hívjál", "hívjatok" (call!, as a
  // Hungarian phone-context list writes them: 'hívj', 'hívjon', 'hívható'; not "hívják", they call
  // it: "XY-nak hívják"), Ukrainian "подзвон…" (подзвоніть, подзвони: call) and "зателефонуй…"
  // (зателефонуйте), Russian "напишите мне", "напиши мне" (write me), Polish "napisz do mnie"
  // (write to me), Turkish "bana yazın" (write to me), Greek "στείλτε μου στο ", "στείλε μου στο "
  // (send me at), Egyptian "ابعتلي" (send me: "ابعتلي على الواتس"). The "write me" of the markets
  // whose mobiles are written bare (no trunk "0" in Spain, Italy, Brazil's area code first, Czechia,
  // Romania's "7…" without it): Spanish "escríbeme", "escríbame", "escríbanme" ("Escríbeme al (305)
  // 813-6159 o envía un WhatsApp", a seller's call to action), "mándame (un) mensaje"; Italian
  // "scrivimi", "scrivetemi" ("Scrivimi al {{whatsapp}}", a studio's message template; a word's
  // start: "iscrivimi", sign me up, is not read), "mandami un messaggio"; Brazilian "me chama no ",
  // "me chame no " (message me at: "Me chama no WhatsApp: +55 62 …") and "me manda mensagem",
  // Portuguese "liga-me" (call me); Czech "napište mi", "napiš mi" and Romanian "scrie-mi",
  // "scrieți-mi" (write me: "Napište mi na WhatsApp", "scrie-mi la …"); Vietnamese "nhắn tin"
  // (text: "nhắn tin cho tôi"); Hinglish "message karo", "msg karo" (message me: a voice
  // assistant's "mujhe message karo", "msg karo" intents).
  'στείλτε μου μήνυμα',
  'στείλε μου μήνυμα',
  'πάρτε με στο ',
  'πάρε με στο ',
  'bana ulaşın',
  'bana ulaşabilir',
  'bana ulaş ',
  'bana ulaş:',
  'skriv til mig på',
  'skriv til meg på',
  'كلمني',
  'كلمنى',
  'راسلني',
  '打给我',
  '打給我',
  'мій номер',
  'számom',
  'شماره‌ام',
  'شماره ام ',
  'hívj ',
  'hívj:',
  'hívjon',
  'hívjál',
  'hívjatok',
  'подзвон',
  'зателефонуй',
  'напишите мне',
  'напиши мне',
  'napisz do mnie',
  'bana yazın',
  'στείλτε μου στο ',
  'στείλε μου στο ',
  'ابعتلي',
  'escríbeme',
  'escríbame',
  'escríbanme',
  'mándame un mensaje',
  'mándame mensaje',
  'scrivimi',
  'scrivetemi',
  'mandami un messaggio',
  'me chama no ',
  'me chame no ',
  'me manda mensagem',
  'liga-me',
  'napište mi',
  'napiš mi',
  'scrie-mi',
  'scrieți-mi',
  'nhắn tin',
  'message karo',
  'msg karo',
];

/**
 * What may stand right before Turkish "numaram" (my number) for it to label a phone, folded: no
 * word, "benim" (my) or a phone's noun ("cep numaram", my mobile number). Another noun makes it
 * that noun's number ("sipariş numaram", "hesap numaram": my order, my account number), as the
 * spoken numbers read it (recognizers/spoken.ts PHONE_OWNERS).
 *
 * @since 0.1.0
 */
export const MY_NUMBER_OWNERS: readonly string[] = [
  '',
  'benim',
  // "Yeni numaram" (my new number), "eski numaram" (my old number: still the customer's, still
  // personal data), "güncel numaram" (my current number): an adjective before it names no other
  // noun's number (turkcenindirilisi.com: "former eski, new yeni"; "yeni numaram 5321234567" kept
  // the phone).
  'yeni',
  'eski',
  'guncel',
  'cep',
  'gsm',
  'mobil',
  'telefon',
  'iletisim',
  'irtibat',
];

/**
 * What may stand right before Kazakh "нөмірім" (my number) for it to label a phone: no word,
 * "менің" (my) or "телефон"; another noun makes it that noun's number ("тапсырыс нөмірім", my
 * order number: "тапсырыс", an order, as a Kazakh shop bot writes "Тапсырысты рәсімдеу үшін телефон
 * нөміріңізді көрсетіңіз", give your phone number to place the order).
 *
 * @since 0.1.0
 */
export const KZ_MY_NUMBER_OWNERS: readonly string[] = ['', 'менің', 'телефон'];

/**
 * What may stand right before Uzbek "raqamim" (my number) for it to label a phone: no word,
 * "mening" (my) or "telefon"; another noun makes it that noun's number ("hisob raqamim", my
 * account number; "buyurtma raqamim", my order number).
 *
 * @since 0.1.0
 */
export const UZ_MY_NUMBER_OWNERS: readonly string[] = ['', 'mening', 'telefon'];

/**
 * What may stand right before Hungarian "számom" (my number) for it to label a phone, folded: no
 * word, the article "a", "az", "én" (I: "az én számom"), "itt" (here: "itt a számom"), "új" and
 * "régi" (new, old), and a phone's noun written apart ("telefon számom", "mobil számom"). Another
 * word makes it that noun's number: "rendelési számom" (my order number), "ügyfél számom" (my
 * customer number). Hungarian writes the compound as one word ("rendelésszámom"), where
 * "számom" starts no word and is not read (V64d).
 *
 * @since 0.1.0
 */
export const HU_MY_NUMBER_OWNERS: readonly string[] = [
  '',
  'a',
  'az',
  'en',
  'itt',
  'uj',
  'regi',
  'telefon',
  'mobil',
];

/**
 * Words right after a phone number that say it is one, where a language puts the verb last:
 * Hindi "9876543210 पर कॉल करें" (call on …), Hinglish "9876543210 par call karo", Persian
 * "با 0912 345 9290 تماس بگیرید" (contact …). Indian mobiles
 * have no trunk "0", so without a label either side a bare one stays (an order number looks the
 * same). Read within a few characters after the number, lower case.
 */
export const PHONE_WORDS_AFTER: readonly string[] = [
  'पर कॉल',
  'पर फोन',
  'पर फ़ोन',
  'पर संपर्क',
  'पर व्हाट्सएप',
  'पे कॉल',
  'par call',
  'pe call',
  'par whatsapp',
  'pe whatsapp',
  // "9876543210 पर मैसेज करें" (message me on …: "WhatsApp पर मैसेज करें", V61d).
  'पर मैसेज',
  // Persian "با … تماس بگیرید" (contact … ), the verb after the number.
  'تماس بگیر',
  // V63h's fresh audit (issue #14): the messenger a customer names in brackets after the number,
  // the bracket closed on it: "9812345678 (WhatsApp)", "(WhatsApp only)", "6912345678 (Viber)",
  // "13812345678（微信同号）" (the same number on WeChat). A mobile written bare (no trunk "0" in
  // India, Greece, Turkey or China) stayed before it. As pages and sellers print them (GitHub code
  // search, as of 2026-12-07): "+8801769085102 (WhatsApp only)", "+38(098)455-28-77 (viber)",
  // "业务电话：13598851835（微信同号）", "联系人：17371883571（微信同号）". Not the messenger's
  // name alone nor a sentence in the brackets: "13812345678（微信支付）" is an order paid by WeChat
  // Pay, "PNR … (WhatsApp pe bheja)" a booking sent on WhatsApp.
  '(whatsapp)',
  '(whatsapp only)',
  '(viber)',
  '(微信同号',
  '微信同号',
];

/**
 * Phone words after a number that name it as the phone's number, so that they outrank an order's
 * word before it too (a Hindi "ऑर्डर 9876543210 पर कॉल करें" keeps its order's number): Turkish
 * puts the verb last, "Siparişim hakkında beni 0532 418 27 90 numarasından arayın" (about my
 * order, call me from the number …) stayed as the order's number.
 */
export const PHONE_NUMBER_WORDS_AFTER: readonly string[] = [
  // "… numarasından arayın" (call from the number …), "… numaralı telefon", and the ablative
  // written onto the number, with or without its apostrophe ("0532 418 27 90'dan
  // arayın", "90dan arayın"): -dan/-den, -tan/-ten after a voiceless sound (üç, dört, beş).
  'numarasından ara',
  'numaradan ara',
  'numarasını ara',
  'numaralı telefon',
  "'dan ara",
  "'den ara",
  "'tan ara",
  "'ten ara",
  '’dan ara',
  '’den ara',
  '’tan ara',
  '’ten ara',
  'dan ara',
  'den ara',
  'tan ara',
  'ten ara',
  // Korean puts the verb last too, the number taking the particle "(으)로" (by way of: "로" after
  // a vowel or "ㄹ", "으로" after another final consonant, as a digit is read: "…5678로", "…0으로";
  // abf.kr's declension tables, "으로/로"): "택배 010-1234-5678로 연락주세요" (contact me at …),
  // "…로 전화" (call), "…로 문자" (text) name the phone's number after the parcel word too
  // (T56b, searched 2026-12-05).
  '로 연락',
  '으로 연락',
  '로 전화',
  '으로 전화',
  '로 문자',
  '으로 문자',
];

/**
 * Words that say "number" (of whatever came before): after a digit has ended a reference label's
 * reach, one of these right before a value gives the value back to that label ("Rechnung
 * 2024-11, Nr. 4711-0815", "Zamówienie z 30.11.2024 nr 600 123 456").
 */
export const NUMBER_WORDS: readonly string[] = [
  'nr',
  'no',
  'nº',
  'n°',
  '№',
  // Each spelling: context.ts ABBREVIATIONS reads these as written (a label reads them folded).
  'num',
  'núm',
  'number',
  'numer',
  'nummer',
  'numero',
  'número',
  'numéro',
  'номер',
  '番号',
  'شماره',
  'رقم',
  'नंबर',
  '번호',
  // T63e (issue #14): Tamil "எண்" and Bengali "নম্বর" (number: "ஆர்டர் எண்", "অর্ডার নম্বর", order
  // number; GitHub code search, as of 2026-12-05), as Hindi's "नंबर": "ஆர்டர் 30.11.2024, எண்
  // 9876543210" is the order's number, as "Zamówienie z 30.11.2024 nr 600 123 456" is.
  'எண்',
  'নম্বর',
];

/** Words before each national identifier. */
export const ID_WORDS = {
  pesel: ['pesel'],
  cpf: ['cpf'],
  bsn: ['bsn', 'burgerservicenummer', 'sofinummer', 'sofi-nummer'],
  aadhaar: ['aadhaar', 'aadhar', 'uidai', 'आधार'],
  'us-ssn': ['ssn', 'social security', 'social-security', 'ss#'],
  'uk-nino': ['nino', 'national insurance', 'ni number', 'ni no'],
  'es-dni': ['dni', 'nif', 'documento nacional'],
  'es-nie': ['nie', 'nif', 'extranjero'],
  'ir-national-code': ['کد ملی', 'کدملی', 'شماره ملی', 'کد ملّی', 'national code', 'national id'],
  // "주민등록번호", "주민번호", "주민 번호" and "주민등록 번호" (Hangul words start anywhere: no
  // boundary is needed before them); "RRN" and the English name.
  // A foreigner's registration number (외국인등록번호, "외국인 등록번호", "외국인번호") is the same
  // thirteen digits and stands in the resident number's field for a foreigner (krRrnDated).
  'kr-rrn': [
    '주민등록',
    '주민번호',
    '주민 번호',
    'rrn',
    'resident registration',
    '외국인등록',
    '외국인 등록',
    '외국인번호',
    'alien registration',
  ],
  // "TC kimlik no", "T.C. Kimlik Numarası", "TCKN", "TC: …". "tc " ends with its space: "tc" starts
  // few words, but ends none. Upper-case "KİMLİK" reads "kimlik" (folded, its "İ" is "i").
  'tr-tckn': ['kimlik', 'tckn', 't.c.', 'tc ', 'tc:', 'turkish id'],
  // "מספר זהות", "תעודת זהות", "ת.ז.", 'ת"ז' and with a gershayim, "ת״ז".
  'il-id': ['זהות', 'ת.ז', 'ת"ז', 'ת״ז', 'teudat zehut', 'israeli id'],
  // "ΑΜΚΑ" lowers to "αμκα"; no word with a sigma, whose final form depends on its neighbours.
  'gr-amka': ['αμκα', 'α.μ.κ.α', 'amka', 'a.m.k.a'],
} as const;

/**
 * English words that name a national id only where the customer lives in its issuing country: an
 * Israeli writing "My ID number is 123456782" means the Teudat Zehut, but a shop's "Customer ID
 * number: 123456782" elsewhere is its own number, and one nine-digit number in ten passes the
 * Israeli check by chance.
 */
export const ID_WORDS_IN_COUNTRY: readonly string[] = ['id number', 'identity number'];

/**
 * Words of a shop right before those generic labels that make the number its own ("Customer ID
 * number: 123456782", "Order ID number", "Account ID number", "Member ID number"), in any country:
 * one nine-digit number in ten passes the Israeli check by chance. A space ends each.
 */
export const ID_WORDS_IN_COUNTRY_SHOP: readonly string[] = [
  'customer ',
  'order ',
  'account ',
  'member ',
];

/**
 * Labels of a Korean corporate registration number (법인등록번호, "법인 등록번호", 법인번호): a
 * company's public number, printed 6-7 as a resident number is; after one of them, a number whose
 * corporate check holds is the company's (krCorporateValid), even where the resident number's
 * check holds too.
 */
export const ID_WORDS_KR_CORPORATE: readonly string[] = ['법인등록', '법인 등록', '법인번호'];

/** How close a version word stands to its version ("version 3.12.45.200", "バージョン3.1"). */
export const VERSION_WINDOW = 16;

/**
 * Words before a version string ("version 3.12.45.200" is not an IP address or a phone). The
 * short English ones end a word: "ver", "app", "build", "ios" also start "very", "verified",
 * "Apple", "building" and Turkish "verdim" (I gave), which stand before phone numbers.
 */
export const VERSION_WORDS: readonly string[] = [
  'version',
  // A document's section numbers read as dotted quads ("see section 3.1.4.2", "gemäß Abschnitt
  // 2.1.3.4 der AGB"), and Turkish names a version "sürüm" or "versiyon" (tenth audit).
  'section',
  'abschnitt',
  'sürüm',
  'versiyon',
  'ver ',
  'ver.',
  'ver:',
  'build ',
  'build:',
  'release',
  'firmware',
  'ios ',
  'android',
  'app ',
  'app:',
  'wersj',
  'versão',
  'versie',
  'versione',
  'نسخه',
  'الإصدار',
  'إصدار',
  'バージョン',
  'संस्करण',
  'वर्शन',
  // T53b: a four-part version after the word in Chinese, Korean, Russian, Ukrainian, Indonesian,
  // Hindi (with and without the nukta), Thai, Vietnamese, Greek and Hebrew went as an IP address
  // ("版本 1.2.0.3" → "版本 [IP]"); Indonesian "versi" with its space or colon (it starts
  // "versicherung").
  '版本',
  '버전',
  'верси',
  'версі',
  'versi ',
  'versi:',
  'वर्ज़न',
  'वर्जन',
  'เวอร์ชัน',
  'phiên bản',
  'έκδοση',
  'גרסה',
  'גרסת',
  // T55b: a build's number after the word for a build in Spanish, Portuguese, Italian, Polish,
  // Swedish, Turkish, Japanese and Korean, its last part an octet, went as an IP address or a
  // phone ("compilación 2.3.1.45" → "compilación [IP]", "kompilacja 6.4.2.3301" → "kompilacja
  // [PHONE]"), where English "build" keeps it (the fold reads "compilacion" too). Swedish "bygge"
  // (also "a construction site") with its space or colon.
  'compilación',
  'compilação',
  'compilazione',
  'kompilacj',
  'bygge ',
  'bygge:',
  'derleme',
  'ビルド',
  '빌드',
];

/**
 * Words before a postcode (T28b, issue #14): a US ZIP+4 ("ZIP 80064-6707") or a Brazilian CEP
 * ("CEP 01310-100") is shaped as a phone number is in many countries ("80064-6707" dials 0800 in
 * Britain), and stays right after one of these. Not reference words: "plz" is also a chat's
 * "please" and "cep" starts French "cependant", which stand before phone numbers; a postal word
 * keeps only a postcode's shape, written right after it (phone.ts postcodeAfterLabel).
 */
export const POSTAL_WORDS: readonly string[] = [
  'zip',
  'zip code',
  'zipcode',
  'postcode',
  'post code',
  'postal code',
  'postleitzahl',
  'plz',
  'cep',
];

/**
 * Words that name a person's part in a sale or a parcel, the buyer, the seller, the recipient and
 * the sender, before a value (T59a, issue #14): a marketplace's or a carrier's export prints the
 * party's fields after them ("kupujący: 601234567"). Allegro's order API gives a buyer's id,
 * e-mail, login, names, company, PESEL and phone number (checkout-form `buyer`: `id`, `email`,
 * `login`, `firstName`, `lastName`, `companyName`, `guest`, `personalIdentity`, `phoneNumber`;
 * the API's model as the allegro-sdk generator documents it, docs/Model/CheckoutFormBuyerReference.md,
 * read 2026-12-05), and a new account's login is "Client:" and digits (Allegro's temporary
 * user names, "Client:123456789": en.56ok.com, "Guide to Effective Account Management at Allegro
 * Poland", read 2026-12-05). Not phone words: only a valid mobile written right after one goes
 * (phone.ts roleBefore); a login keeps its "Client:", an id or a PESEL is no mobile, and an
 * order's or a login's word between keeps its value. Polish as issue #14 names them, and the
 * same four parts in the desk's other languages whose phone words this file holds (their common
 * words; no export in those languages was read).
 */
export const PERSON_ROLE_WORDS: readonly string[] = [
  'kupujący',
  'sprzedawca',
  'odbiorca',
  'nadawca',
  'buyer',
  'seller',
  'recipient',
  'sender',
  'käufer',
  'verkäufer',
  'empfänger',
  'absender',
  'acheteur',
  'vendeur',
  'destinataire',
  'expéditeur',
  'comprador',
  'vendedor',
  'destinatario',
  'remitente',
  'remetente',
  'acquirente',
  'venditore',
  'mittente',
  'koper',
  'verkoper',
  'ontvanger',
  'afzender',
];
