// T53b's audit (2026-12-05, issue #14, precision): 182 messages written by hand in 23 locales,
// each holding look-alikes that must stay, printed as carriers, shops and systems print them, some
// beside a value that must go. The formats, and where they were read (searched 2026-12-05):
// - UPS: "1Z", a shipper's six characters, a service's two digits, seven digits and a check digit,
//   18 in all (wheremy.com/ups-tracking, "1Z 999 AA1 01 2345 6784"); the check below.
// - FedEx: 12 digits (Express), 15 (Ground), 20 and 22 led by "96" (post-tracker.info "How to
//   decode a tracking number"; jkeen/tracking_number_data); USPS: 20 and 22 digits, "9400 1…",
//   and Priority Mail Express "EA … US" (pdexpress.net tracking number formats).
// - UPU S10 (Royal Mail, Correios, India Post, China Post, Japan Post, La Poste, Poczta Polska):
//   two letters, eight digits, a mod-11 check digit (weights 8 6 4 2 3 5 9 7), the country's code
//   (the s10 package's README and test on unpkg; bwipp/postscriptbarcode wiki "UPU S10").
// - DHL Express: ten digits; DHL Parcel "3S…", "JVGL…" (dhl.com/hu-hu tracking id labels); DHL
//   Paket's 12-digit Identcode and 20 digits led by "00340434" (activebarcode "Identcode");
//   PostNL's "3S" barcode of 13 or 15 characters (developer.postnl.nl barcode webservice); InPost:
//   24 digits (4tracking.net "InPost"); Japan Post's ゆうパック 12 digits, 書留 11
//   (tukan.myclimatejapan.com); Yamato and Sagawa 12 digits, printed 4-4-4.
// - Marketplaces: Amazon's 3-7-7 ("112-4738291-5047863", sellersnap.io "What is Amazon Order
//   ID"); bol.com's 10 digits or 10 letters and digits ("4343582952", "A4K8290LP0",
//   developers.bol.com, 2020 and 2024); Allegro's order UUID and 11-digit offer, Mercado Libre's
//   16-digit sale and 11-digit shipment, Rakuten's shop-date-number (as marketplace.test.ts);
//   Shopee's order SN (six date digits and eight letters and digits) and Flipkart's "OD" and 18
//   digits as their buyers' mails print them (no published specification found); Zalando's
//   order_number (developers.merchants.zalando.com names it, gives no print: the 14 digits here
//   are a shape, not a fact).
// - Product codes: EAN-13/GTIN and UPC-A with their GS1 check digit, ISBN-13 and ISBN-10, ASIN
//   "B0…", SKUs with dashes; an air waybill: an airline's three-digit prefix and eight digits, the
//   last the first seven mod 7 (Lufthansa Cargo's "020").
// - Company ids stay (a company's number is no person's: docs/privacy.md, "Register, tax, barcode,
//   serial and device words"): Polish NIP, Brazilian CNPJ, German USt-IdNr., Swiss CHE, Dutch BTW
//   and KvK, Italian P.IVA, Spanish CIF, Mexican RFC, Indian GSTIN, Chinese USCC, Korean 사업자등록번호.
//   An IMEI is a device's id, personal data in itself: it goes as [CARD] (the guide's known gaps).
//
// Each row's expected output was written before redact read it. The first pass (151 rows) held
// on the code before T53b but for three rows whose look-alike passed Luhn by the author's chance
// (a 13-digit EAN, a 14-digit ZTO number, a 13-digit Turkish tracking number): each was changed
// for one that fails it, as the issue asks of look-alikes; two more rows keep a Luhn-valid EAN-13
// and expect [CARD] (the rule: no Luhn-valid run of 13–19 digits is left). The second pass (31
// rows, written after, pushing the shapes that held) found three kinds of touched look-alike, each
// fixed generally: reference nouns that labelled nothing (Polish "numer oferty", "nr listu
// przewozowego", Portuguese "venda" before 11 digits that pass a PESEL's or a CPF's
// checks; German "Retourennummer", "Vorgangsnummer", "Belegnummer", "Versandnummer", Dutch
// "retournummer", English "waybill", French "bon de livraison", Turkish "gönderi", Japanese
// "書留", "荷物番号", Korean "상품코드" before a number that dials: keywords.ts); a
// four-part version after "版本", "버전", "версия", "версія", "versi", "वर्ज़न", "เวอร์ชัน",
// "phiên bản", "έκδοση", "גרסה" (went as [IP]: keywords.ts VERSION_WORDS); an amount of
// hundreds of millions printed in thousands beside its currency ("Rp 812.345.678", "912.345.678
// đ": went as a phone, phone.ts amountBeside). 29 of the second pass's 31 rows fail on the code
// before T53b; all 182 hold after. Six rows were left (a version word further than its 16
// characters from the version, "商品コード", "anúncio" and "Oferta nr"): T54b made them hold.
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { luhnOk } from './corpus/checks.js';

/** A message: its locale, its text as a desk receives it, and the text redact must write. */
type Row = readonly [locale: string, text: string, expected: string];

/** The messages, by locale, then the second pass. */
const ROWS: readonly (readonly [string, readonly Row[]])[] = [
  [
    'pl-PL',
    [
      [
        'pl-PL',
        'Dzień dobry, paczka InPost 602677135029887461220341 miała być w paczkomacie 03.12.2026, a jej nie ma. Mój numer 512 345 678.',
        'Dzień dobry, paczka InPost 602677135029887461220341 miała być w paczkomacie 03.12.2026, a jej nie ma. Mój numer [PHONE].',
      ],
      [
        'pl-PL',
        'Faktura FV/2026/12/0457 na kwotę 1 299,00 zł brutto, NIP sprzedawcy 526-025-02-74.',
        'Faktura FV/2026/12/0457 na kwotę 1 299,00 zł brutto, NIP sprzedawcy 526-025-02-74.',
      ],
      [
        'pl-PL',
        'Zamówienie Allegro 6f1e0c3a-2b7d-11ef-9a4c-0242ac120002, oferta nr 13598247061, kwota 249,99 zł.',
        'Zamówienie Allegro 6f1e0c3a-2b7d-11ef-9a4c-0242ac120002, oferta nr 13598247061, kwota 249,99 zł.',
      ],
      [
        'pl-PL',
        'Adres: ul. Marszałkowska 10, 00-950 Warszawa. Proszę o kontakt jan.nowak@example.pl',
        'Adres: ul. Marszałkowska 10, 00-950 Warszawa. Proszę o kontakt [EMAIL]',
      ],
      [
        'pl-PL',
        'Przesyłka polecona RR284190633PL nadana 02.12.2026 o 14:03, odbiór do 16.12.2026.',
        'Przesyłka polecona RR284190633PL nadana 02.12.2026 o 14:03, odbiór do 16.12.2026.',
      ],
      // GS1's own example EAN-13 passes Luhn: the issue's rule takes it as a card (known gap).
      [
        'pl-PL',
        'Kod produktu EAN 5901234123457, ilość 2 szt., cena 89,90 zł/szt.',
        'Kod produktu EAN [CARD], ilość 2 szt., cena 89,90 zł/szt.',
      ],
      [
        'pl-PL',
        'Zwrot 1 299,00 zł proszę na konto PL61 1090 1014 0000 0712 1981 2874, zamówienie 2026/12/04/0457.',
        'Zwrot 1 299,00 zł proszę na konto [IBAN], zamówienie 2026/12/04/0457.',
      ],
      [
        'pl-PL',
        'Wersja aplikacji 4.12.3 (build 20261203), telefon Xiaomi, system Android 14.',
        'Wersja aplikacji 4.12.3 (build 20261203), telefon Xiaomi, system Android 14.',
      ],
      [
        'pl-PL',
        'DPD nr listu 13245678901234U? Nie, sorry: 0000 1234 5678 9U. Kwota pobrania 312,50 zł.',
        'DPD nr listu 13245678901234U? Nie, sorry: 0000 1234 5678 9U. Kwota pobrania 312,50 zł.',
      ],
      [
        'pl-PL',
        'Kurier DHL, numer przesyłki 340434188193, doręczenie 05.12.2026 między 8:00 a 12:00.',
        'Kurier DHL, numer przesyłki 340434188193, doręczenie 05.12.2026 między 8:00 a 12:00.',
      ],
      [
        'pl-PL',
        'SKU: KRZ-BIU-ERG-02, kolor czarny, gwarancja do 04.12.2028, seria 2026-12.',
        'SKU: KRZ-BIU-ERG-02, kolor czarny, gwarancja do 04.12.2028, seria 2026-12.',
      ],
      [
        'pl-PL',
        'Mój PESEL 85041212344, a numer zamówienia 1204-5531-77.',
        'Mój PESEL [PESEL], a numer zamówienia 1204-5531-77.',
      ],
    ],
  ],
  [
    'pt-BR',
    [
      [
        'pt-BR',
        'Olá! Meu pedido no Mercado Livre 2000004567891234 ainda não chegou. Rastreio Correios QB380162745BR. Meu celular (11) 98765-4321.',
        'Olá! Meu pedido no Mercado Livre 2000004567891234 ainda não chegou. Rastreio Correios QB380162745BR. Meu celular [PHONE].',
      ],
      [
        'pt-BR',
        'Valor total R$ 1.234,56 em 3x de R$ 411,52 sem juros. Entrega no CEP 01310-100.',
        'Valor total R$ 1.234,56 em 3x de R$ 411,52 sem juros. Entrega no CEP 01310-100.',
      ],
      [
        'pt-BR',
        'Nota fiscal NF-e nº 000.045.117 série 1, emitida por Loja Exemplo LTDA, CNPJ 11.222.333/0001-81.',
        'Nota fiscal NF-e nº 000.045.117 série 1, emitida por Loja Exemplo LTDA, CNPJ 11.222.333/0001-81.',
      ],
      [
        'pt-BR',
        'Meu CPF é 123.456.789-09 e o pedido Shopee 231204QW8K5TNF chegou quebrado.',
        'Meu CPF é [CPF] e o pedido Shopee 231204QW8K5TNF chegou quebrado.',
      ],
      [
        'pt-BR',
        'Código de barras 7891000315507, lote 2026-11, validade 12/2027.',
        'Código de barras 7891000315507, lote 2026-11, validade 12/2027.',
      ],
      [
        'pt-BR',
        'Encomenda NB722904510BR postada em 01/12/2026 às 16:45, prazo de 7 dias úteis.',
        'Encomenda NB722904510BR postada em 01/12/2026 às 16:45, prazo de 7 dias úteis.',
      ],
      [
        'pt-BR',
        'Pix de R$ 89,90 feito às 10:32 do dia 03/12/2026, comprovante E00000000202612031032abc123.',
        'Pix de R$ 89,90 feito às 10:32 do dia 03/12/2026, comprovante E00000000202612031032abc123.',
      ],
      [
        'pt-BR',
        'Endereço: Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200. Email: maria.souza@example.com.br',
        'Endereço: Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200. Email: [EMAIL]',
      ],
      [
        'pt-BR',
        'App versão 3.47.0 no iPhone, iOS 18.1.1. O pedido 2000004567891234 aparece como entregue.',
        'App versão 3.47.0 no iPhone, iOS 18.1.1. O pedido 2000004567891234 aparece como entregue.',
      ],
      [
        'pt-BR',
        'Venda #2000004567891234, envio 41234567890, total R$ 2.499,00.',
        'Venda #2000004567891234, envio 41234567890, total R$ 2.499,00.',
      ],
      [
        'pt-BR',
        'Devolução: SKU TEN-NK-42-PRT, tamanho 42, R$ 399,90. Me liga no 21 99876-5432.',
        'Devolução: SKU TEN-NK-42-PRT, tamanho 42, R$ 399,90. Me liga no [PHONE].',
      ],
      [
        'pt-BR',
        'ISBN 978-85-359-0277-8, edição de 2019, preço R$ 59,90.',
        'ISBN 978-85-359-0277-8, edição de 2019, preço R$ 59,90.',
      ],
    ],
  ],
  [
    'fa-IR',
    [
      [
        'fa-IR',
        'سلام، سفارش ۴۵۱۲۷۸۹۳ به مبلغ ۱۲۰٬۰۰۰ تومان در تاریخ ۱۴۰۵/۰۹/۱۳ ثبت شد. شماره من ۰۹۱۲ ۳۴۵ ۶۷۸۹',
        'سلام، سفارش ۴۵۱۲۷۸۹۳ به مبلغ ۱۲۰٬۰۰۰ تومان در تاریخ ۱۴۰۵/۰۹/۱۳ ثبت شد. شماره من [PHONE]',
      ],
      [
        'fa-IR',
        'کد رهگیری پست ۱۲۳۴۵۶۷۸۹۰۱۲۳۴۵۶۷۸۹۰۱۲۳۴، کد پستی ۱۴۱۵۵-۶۵۱۹',
        'کد رهگیری پست ۱۲۳۴۵۶۷۸۹۰۱۲۳۴۵۶۷۸۹۰۱۲۳۴، کد پستی ۱۴۱۵۵-۶۵۱۹',
      ],
      [
        'fa-IR',
        'فاکتور شماره ۱۴۰۵-۰۰۸۷۱ مبلغ ۲٬۴۵۰٬۰۰۰ ریال ساعت ۱۴:۳۰',
        'فاکتور شماره ۱۴۰۵-۰۰۸۷۱ مبلغ ۲٬۴۵۰٬۰۰۰ ریال ساعت ۱۴:۳۰',
      ],
      [
        'fa-IR',
        'نسخه اپلیکیشن ۵.۲.۱ است و سفارش DKC-45127893 هنوز نرسیده',
        'نسخه اپلیکیشن ۵.۲.۱ است و سفارش DKC-45127893 هنوز نرسیده',
      ],
      [
        'fa-IR',
        'کد ملی من 1234567891 است و سفارش 45127893 را لغو کنید. مبلغ 350,000 تومان',
        'کد ملی من [IR_NATIONAL_CODE] است و سفارش 45127893 را لغو کنید. مبلغ 350,000 تومان',
      ],
      [
        'fa-IR',
        'تاریخ تحویل ۱۴۰۵/۰۹/۲۰ ساعت ۱۰ تا ۱۴، کد کالا ۶۲۶۰۱۲۳۴۵۶۷۸۹',
        'تاریخ تحویل ۱۴۰۵/۰۹/۲۰ ساعت ۱۰ تا ۱۴، کد کالا ۶۲۶۰۱۲۳۴۵۶۷۸۹',
      ],
      [
        'fa-IR',
        'ایمیل من ali.rezaei@example.ir است، مرسوله RR904127633IR',
        'ایمیل من [EMAIL] است، مرسوله RR904127633IR',
      ],
      [
        'fa-IR',
        'مبلغ ۱٬۲۵۰٬۰۰۰ تومان برای سفارش ۸۸۰۲۳۴۱۱ در ۱۴۰۵/۰۸/۳۰ پرداخت شد',
        'مبلغ ۱٬۲۵۰٬۰۰۰ تومان برای سفارش ۸۸۰۲۳۴۱۱ در ۱۴۰۵/۰۸/۳۰ پرداخت شد',
      ],
      [
        'fa-IR',
        'شماره پیگیری تراکنش ۶۱۲۳۴۵ و شماره مرجع ۱۴۰۵۰۹۱۳۱۰۲۲',
        'شماره پیگیری تراکنش ۶۱۲۳۴۵ و شماره مرجع ۱۴۰۵۰۹۱۳۱۰۲۲',
      ],
      ['fa-IR', 'کد پستی ۱۹۳۹۵-۳۵۱۶، پلاک ۱۲، واحد ۴', 'کد پستی ۱۹۳۹۵-۳۵۱۶، پلاک ۱۲، واحد ۴'],
    ],
  ],
  [
    'en-IN',
    [
      [
        'en-IN',
        'Hi, my Flipkart order OD329181845781526101 worth ₹1,24,999 has not arrived. Call me on +91 98765 43210.',
        'Hi, my Flipkart order OD329181845781526101 worth ₹1,24,999 has not arrived. Call me on [PHONE].',
      ],
      [
        'en-IN',
        'India Post speed post EE618440375IN booked on 02-12-2026, delivery PIN 110001.',
        'India Post speed post EE618440375IN booked on 02-12-2026, delivery PIN 110001.',
      ],
      [
        'en-IN',
        'Invoice INV-2026-004417 dated 04/12/2026, GSTIN of seller 27AAPFU0939F1ZV, amount Rs. 4,599.00',
        'Invoice INV-2026-004417 dated 04/12/2026, GSTIN of seller 27AAPFU0939F1ZV, amount Rs. 4,599.00',
      ],
      [
        'en-IN',
        'My Aadhaar is 2345 6789 0124 and the order id is 408-2291734-5590218.',
        'My Aadhaar is [AADHAAR] and the order id is 408-2291734-5590218.',
      ],
      [
        'en-IN',
        'Refund of ₹12,499 for order 402-5529160-3381742 will reach in 5-7 working days.',
        'Refund of ₹12,499 for order 402-5529160-3381742 will reach in 5-7 working days.',
      ],
      [
        'en-IN',
        'Delivery address: 14, MG Road, Bengaluru 560001. Slot 10:00-13:00 on 06/12/2026.',
        'Delivery address: 14, MG Road, Bengaluru 560001. Slot 10:00-13:00 on 06/12/2026.',
      ],
      [
        'en-IN',
        'Blue Dart AWB 59234810563 picked up today, COD amount ₹2,349.',
        'Blue Dart AWB 59234810563 picked up today, COD amount ₹2,349.',
      ],
      [
        'en-IN',
        'UPI ref 433812659012 for ₹1,999 paid at 14:03, mail me at priya.sharma@example.in',
        'UPI ref 433812659012 for ₹1,999 paid at 14:03, mail me at [EMAIL]',
      ],
      [
        'en-IN',
        'Model SM-A155F, app version 8.14.2, OS One UI 6.1, order OD329181845781526101.',
        'Model SM-A155F, app version 8.14.2, OS One UI 6.1, order OD329181845781526101.',
      ],
      [
        'en-IN',
        'Product EAN 8901234567893? No, the barcode says 8906012345676, MRP ₹549.',
        'Product EAN 8901234567893? No, the barcode says 8906012345676, MRP ₹549.',
      ],
      [
        'en-IN',
        'ISBN-10 0-306-40615-2 and ISBN-13 978-3-16-148410-0, total ₹1,050.',
        'ISBN-10 0-306-40615-2 and ISBN-13 978-3-16-148410-0, total ₹1,050.',
      ],
    ],
  ],
  [
    'ja-JP',
    [
      [
        'ja-JP',
        'ゆうパックのお問い合わせ番号は3917-4402-8813です。2026年12月4日に発送しました。',
        'ゆうパックのお問い合わせ番号は3917-4402-8813です。2026年12月4日に発送しました。',
      ],
      [
        'ja-JP',
        'ヤマト運輸 伝票番号 5201-9886-4301、お届け予定 12月6日 14:00〜16:00',
        'ヤマト運輸 伝票番号 5201-9886-4301、お届け予定 12月6日 14:00〜16:00',
      ],
      [
        'ja-JP',
        'ご注文金額 ¥12,800（税込）、送料 ¥0。お届け先 〒100-0001 東京都千代田区千代田1-1',
        'ご注文金額 ¥12,800（税込）、送料 ¥0。お届け先 〒100-0001 東京都千代田区千代田1-1',
      ],
      [
        'ja-JP',
        '楽天の注文番号 212345-20261204-0012345678 です。電話番号 090-1234-5678 までご連絡ください。',
        '楽天の注文番号 212345-20261204-0012345678 です。電話番号 [PHONE] までご連絡ください。',
      ],
      // A JAN (Japan's EAN-13) that passes Luhn, one in ten do: the rule takes it.
      [
        'ja-JP',
        'JANコード 4901234567894 の商品が届きません。',
        'JANコード [CARD] の商品が届きません。',
      ],
      [
        'ja-JP',
        '国際郵便 EF405177297JP、発送日 2026/12/03 10:15',
        '国際郵便 EF405177297JP、発送日 2026/12/03 10:15',
      ],
      [
        'ja-JP',
        'アプリのバージョン 7.3.0、iOS 18.1 です。注文番号 250-4827716-2036186',
        'アプリのバージョン 7.3.0、iOS 18.1 です。注文番号 250-4827716-2036186',
      ],
      [
        'ja-JP',
        '請求書番号 INV-2026-004417、合計 ¥38,500、支払期限 2026年12月31日',
        '請求書番号 INV-2026-004417、合計 ¥38,500、支払期限 2026年12月31日',
      ],
      [
        'ja-JP',
        'メールは taro.yamada@example.jp です。佐川急便 お問い合わせ送り状番号 3601-2345-6782',
        'メールは [EMAIL] です。佐川急便 お問い合わせ送り状番号 3601-2345-6782',
      ],
      [
        'ja-JP',
        '商品コード ABC-12345-JP、数量 3、単価 ¥4,200、2026年12月4日 09:30 注文',
        '商品コード ABC-12345-JP、数量 3、単価 ¥4,200、2026年12月4日 09:30 注文',
      ],
      [
        'ja-JP',
        '〒530-0001 大阪府大阪市北区梅田3-1-1、ゆうパック 3917-4402-8813',
        '〒530-0001 大阪府大阪市北区梅田3-1-1、ゆうパック 3917-4402-8813',
      ],
    ],
  ],
  [
    'de-DE',
    [
      [
        'de-DE',
        'Hallo, meine DHL-Sendung 00340434161094042557 ist seit dem 02.12.2026 in Zustellung. Rückruf bitte unter 0151 23456789.',
        'Hallo, meine DHL-Sendung 00340434161094042557 ist seit dem 02.12.2026 in Zustellung. Rückruf bitte unter [PHONE].',
      ],
      [
        'de-DE',
        'Rechnung RE-2026-10387 über 1.299,00 € vom 04.12.2026 14:03, USt-IdNr. DE136695976.',
        'Rechnung RE-2026-10387 über 1.299,00 € vom 04.12.2026 14:03, USt-IdNr. DE136695976.',
      ],
      [
        'de-DE',
        'Zalando-Bestellung 10102345678901, Rücksendung bis 18.12.2026, Betrag 89,95 €.',
        'Zalando-Bestellung 10102345678901, Rücksendung bis 18.12.2026, Betrag 89,95 €.',
      ],
      [
        'de-DE',
        'Lieferadresse: Musterstraße 12, 10115 Berlin. E-Mail: max.mustermann@example.de',
        'Lieferadresse: Musterstraße 12, 10115 Berlin. E-Mail: [EMAIL]',
      ],
      [
        'de-DE',
        'Artikelnummer 4006381333931, Menge 2, Einzelpreis 12,49 €',
        'Artikelnummer 4006381333931, Menge 2, Einzelpreis 12,49 €',
      ],
      [
        'de-DE',
        'DHL Express Waybill 3921840576, Abholung am 05.12.2026 zwischen 9 und 12 Uhr.',
        'DHL Express Waybill 3921840576, Abholung am 05.12.2026 zwischen 9 und 12 Uhr.',
      ],
      [
        'de-DE',
        'Bitte erstatten Sie 249,99 € auf DE89 3704 0044 0532 0130 00, Bestellnummer 302-4827716-2036185.',
        'Bitte erstatten Sie 249,99 € auf [IBAN], Bestellnummer 302-4827716-2036185.',
      ],
      [
        'de-DE',
        'Firmware 2.14.3 (Build 4471), Seriennummer C02XK1JHJG5H, gekauft am 01.11.2026.',
        'Firmware 2.14.3 (Build 4471), Seriennummer C02XK1JHJG5H, gekauft am 01.11.2026.',
      ],
      [
        'de-DE',
        'Einschreiben RR503772183DE vom 30.11.2026, Gewicht 0,8 kg, Porto 4,95 €.',
        'Einschreiben RR503772183DE vom 30.11.2026, Gewicht 0,8 kg, Porto 4,95 €.',
      ],
      [
        'de-DE',
        'Die Sendung 1Z999AA10123456784 kam ohne Lieferschein. Bestellt am 28.11.2026 um 23:41.',
        'Die Sendung 1Z999AA10123456784 kam ohne Lieferschein. Bestellt am 28.11.2026 um 23:41.',
      ],
      [
        'de-DE',
        'Kundennummer K-2026-004417, Vertrag 7788-22-01, Laufzeit bis 31.12.2027.',
        'Kundennummer K-2026-004417, Vertrag 7788-22-01, Laufzeit bis 31.12.2027.',
      ],
      [
        'de-DE',
        'Paket 340434188193, Hermes 12345678901234 nein: H1003461234567801234. Summe 1.099,00 EUR',
        'Paket 340434188193, Hermes 12345678901234 nein: H1003461234567801234. Summe 1.099,00 EUR',
      ],
    ],
  ],
  [
    'de-CH',
    [
      [
        'de-CH',
        "Total CHF 1'299.00 inkl. MWST, Rechnung Nr. 2026-004417 vom 04.12.2026.",
        "Total CHF 1'299.00 inkl. MWST, Rechnung Nr. 2026-004417 vom 04.12.2026.",
      ],
      [
        'de-CH',
        'Sendungsnummer 99.00.123456.12345678, Zustellung an 8001 Zürich. Natel 079 123 45 67.',
        'Sendungsnummer 99.00.123456.12345678, Zustellung an 8001 Zürich. Natel [PHONE].',
      ],
      [
        'de-CH',
        'Betrag CHF 89.90, MWST-Nr. CHE-123.456.789 MWST, Lieferung 3011 Bern.',
        'Betrag CHF 89.90, MWST-Nr. CHE-123.456.789 MWST, Lieferung 3011 Bern.',
      ],
      [
        'de-CH',
        'Bestellung 1000457123 vom 03.12.2026, Rückzahlung auf CH93 0076 2011 6238 5295 7',
        'Bestellung 1000457123 vom 03.12.2026, Rückzahlung auf [IBAN]',
      ],
      [
        'de-CH',
        "App-Version 12.4.1, Bestellnummer 1000457123, Preis CHF 1'049.–",
        "App-Version 12.4.1, Bestellnummer 1000457123, Preis CHF 1'049.–",
      ],
      [
        'de-CH',
        'Einschreiben RR190344720CH, aufgegeben 02.12.2026 16:20',
        'Einschreiben RR190344720CH, aufgegeben 02.12.2026 16:20',
      ],
    ],
  ],
  [
    'en-US',
    [
      [
        'en-US',
        'Hi, my package 1Z 999 AA1 01 2345 6784 shows delivered on 12/04/2026 at 2:03 PM but nothing came. Call me at (212) 555-0187.',
        'Hi, my package 1Z 999 AA1 01 2345 6784 shows delivered on 12/04/2026 at 2:03 PM but nothing came. Call me at [PHONE].',
      ],
      [
        'en-US',
        'USPS tracking 9400 1118 9922 3033 0055 12, shipped to ZIP 90210-1234.',
        'USPS tracking 9400 1118 9922 3033 0055 12, shipped to ZIP 90210-1234.',
      ],
      [
        'en-US',
        'FedEx tracking 986578788855, Ground 0414 4176 0228 964, total $1,299.99',
        'FedEx tracking 986578788855, Ground 0414 4176 0228 964, total $1,299.99',
      ],
      [
        'en-US',
        'FedEx Ground Economy 9611020987654312345672, delivered 12/03/2026.',
        'FedEx Ground Economy 9611020987654312345672, delivered 12/03/2026.',
      ],
      [
        'en-US',
        'Amazon order 113-4827716-2036185, ASIN B08N5WRWNW, refund of $49.99 pending.',
        'Amazon order 113-4827716-2036185, ASIN B08N5WRWNW, refund of $49.99 pending.',
      ],
      [
        'en-US',
        'UPC 036000291452, SKU TSH-BLK-XL-2026, qty 3 @ $12.50',
        'UPC 036000291452, SKU TSH-BLK-XL-2026, qty 3 @ $12.50',
      ],
      [
        'en-US',
        'App v3.12.45 build 2026.12.04 crashed at 14:03:27 UTC. Email me: jane.doe@example.com',
        'App v3.12.45 build 2026.12.04 crashed at 14:03:27 UTC. Email me: [EMAIL]',
      ],
      [
        'en-US',
        'My card ending 4111 1111 1111 1111 was charged $1,299.00 twice for order 112-9301274-6615443.',
        'My card ending [CARD] was charged $1,299.00 twice for order 112-9301274-6615443.',
      ],
      [
        'en-US',
        'USPS Certified Mail 9407 1118 9876 5432 1012 38, Priority Mail Express EA190344720US.',
        'USPS Certified Mail 9407 1118 9876 5432 1012 38, Priority Mail Express EA190344720US.',
      ],
      [
        'en-US',
        'Invoice #INV-2026-004417, PO 4500012345, net 30, due 01/03/2027.',
        'Invoice #INV-2026-004417, PO 4500012345, net 30, due 01/03/2027.',
      ],
      [
        'en-US',
        'Ship to 1600 Pennsylvania Ave NW, Washington, DC 20500. Window 9:00-11:00 AM.',
        'Ship to 1600 Pennsylvania Ave NW, Washington, DC 20500. Window 9:00-11:00 AM.',
      ],
      // An IMEI is a device's id (docs/privacy.md: personal data, it goes); the serial stays.
      [
        'en-US',
        'The serial is C02XK1JHJG5H and the IMEI 356938035643809, bought 11/28/2026.',
        'The serial is C02XK1JHJG5H and the IMEI [CARD], bought 11/28/2026.',
      ],
      [
        'en-US',
        'OnTrac? No, UPS 1Z5R89390357567127 and USPS 20-digit 0307 1790 0005 2348 3741.',
        'OnTrac? No, UPS 1Z5R89390357567127 and USPS 20-digit 0307 1790 0005 2348 3741.',
      ],
      [
        'en-US',
        'Order #1047 from our Shopify store, total $89.00, placed 2026-12-04T14:03:00Z.',
        'Order #1047 from our Shopify store, total $89.00, placed 2026-12-04T14:03:00Z.',
      ],
      [
        'en-US',
        'My SSN is 536-22-8174, please remove it from the ticket 2026-004417.',
        'My SSN is [SSN], please remove it from the ticket 2026-004417.',
      ],
    ],
  ],
  [
    'en-GB',
    [
      [
        'en-GB',
        'Royal Mail tracked RR473105285GB, posted 02/12/2026, to SW1A 1AA. Mobile 07911 123456.',
        'Royal Mail tracked RR473105285GB, posted 02/12/2026, to SW1A 1AA. Mobile [PHONE].',
      ],
      [
        'en-GB',
        'Invoice INV-2026-004417 for £1,299.00 inc. VAT, VAT reg. GB 123 4567 89.',
        'Invoice INV-2026-004417 for £1,299.00 inc. VAT, VAT reg. GB 123 4567 89.',
      ],
      [
        'en-GB',
        'Order 204-1234567-7654321 arrived damaged, ISBN 9780141036144, paid £8.99.',
        'Order 204-1234567-7654321 arrived damaged, ISBN 9780141036144, paid £8.99.',
      ],
      [
        'en-GB',
        'DPD parcel 15501234567890, delivery slot 10:15-11:15 on 05/12/2026, to M1 1AE.',
        'DPD parcel 15501234567890, delivery slot 10:15-11:15 on 05/12/2026, to M1 1AE.',
      ],
      [
        'en-GB',
        'Evri 3S? No: H00A2B0012345678. Please email sam.jones@example.co.uk',
        'Evri 3S? No: H00A2B0012345678. Please email [EMAIL]',
      ],
      [
        'en-GB',
        'Refund of £49.99 to GB29 NWBK 6016 1331 9268 19, order ref 7720-4417.',
        'Refund of £49.99 to [IBAN], order ref 7720-4417.',
      ],
      [
        'en-GB',
        'My NI number is JG 10 37 42 A; the claim is CLM-2026-00871.',
        'My NI number is [NINO]; the claim is CLM-2026-00871.',
      ],
      [
        'en-GB',
        'Software version 10.0.19045.5131, printer model HP-4155e, postcode EC1A 1BB.',
        'Software version 10.0.19045.5131, printer model HP-4155e, postcode EC1A 1BB.',
      ],
      [
        'en-GB',
        'Royal Mail Special Delivery AB473105285GB? The label reads RB123456785GB.',
        'Royal Mail Special Delivery AB473105285GB? The label reads RB123456785GB.',
      ],
    ],
  ],
  [
    'nl-NL',
    [
      [
        'nl-NL',
        'Mijn PostNL-pakket 3SKAAG7812365 is niet bezorgd, postcode 1012 AB. Bel me op 06 12345678.',
        'Mijn PostNL-pakket 3SKAAG7812365 is niet bezorgd, postcode 1012 AB. Bel me op [PHONE].',
      ],
      [
        'nl-NL',
        'Bol-bestelling 4343582952, factuur 2026-004417, bedrag € 1.299,00.',
        'Bol-bestelling 4343582952, factuur 2026-004417, bedrag € 1.299,00.',
      ],
      [
        'nl-NL',
        'Bestelnummer A4K8290LP0, retour vóór 18-12-2026, terugbetaling naar NL91 ABNA 0417 1643 00.',
        'Bestelnummer A4K8290LP0, retour vóór 18-12-2026, terugbetaling naar [IBAN].',
      ],
      [
        'nl-NL',
        'EAN 8710200012346, prijs € 24,95, levering 05-12-2026 tussen 14:00 en 17:00.',
        'EAN 8710200012346, prijs € 24,95, levering 05-12-2026 tussen 14:00 en 17:00.',
      ],
      [
        'nl-NL',
        'BTW-nummer NL123456789B01, KvK 12345678, factuurdatum 04-12-2026.',
        'BTW-nummer NL123456789B01, KvK 12345678, factuurdatum 04-12-2026.',
      ],
      [
        'nl-NL',
        'Mijn BSN is 111222333, mijn order 4343582952. Mail: j.devries@example.nl',
        'Mijn BSN is [BSN], mijn order 4343582952. Mail: [EMAIL]',
      ],
      [
        'nl-NL',
        'DHL Parcel 3SBCC000123456 en versie 2.8.1 van de app, adres 3511 LX Utrecht.',
        'DHL Parcel 3SBCC000123456 en versie 2.8.1 van de app, adres 3511 LX Utrecht.',
      ],
      [
        'nl-NL',
        'Pakket JVGL0612345678901234, afgeleverd om 13:45 op 03-12-2026.',
        'Pakket JVGL0612345678901234, afgeleverd om 13:45 op 03-12-2026.',
      ],
    ],
  ],
  [
    'fr-FR',
    [
      [
        'fr-FR',
        'Bonjour, mon colis Colissimo 6A12345678901 devait arriver le 04/12/2026. Mon portable : 06 12 34 56 78.',
        'Bonjour, mon colis Colissimo 6A12345678901 devait arriver le 04/12/2026. Mon portable : [PHONE].',
      ],
      [
        'fr-FR',
        "Facture F2026-00871 d'un montant de 1 299,00 € TTC, TVA intracom. FR40 303 265 045.",
        "Facture F2026-00871 d'un montant de 1 299,00 € TTC, TVA intracom. FR40 303 265 045.",
      ],
      [
        'fr-FR',
        'Commande n° 171-4827716-2036185, livraison au 75008 Paris, créneau 14h-16h.',
        'Commande n° 171-4827716-2036185, livraison au 75008 Paris, créneau 14h-16h.',
      ],
      [
        'fr-FR',
        'Remboursement de 49,99 € sur FR76 3000 6000 0112 3456 7890 189 svp, merci.',
        'Remboursement de 49,99 € sur [IBAN] svp, merci.',
      ],
      [
        'fr-FR',
        'Chronopost XY123456785FR envoyé le 02/12/2026 à 18h30, poids 1,2 kg.',
        'Chronopost XY123456785FR envoyé le 02/12/2026 à 18h30, poids 1,2 kg.',
      ],
      [
        'fr-FR',
        'Réf. article 3560070976478, version du firmware 1.4.7, écrivez-moi à claire.martin@example.fr',
        'Réf. article 3560070976478, version du firmware 1.4.7, écrivez-moi à [EMAIL]',
      ],
      [
        'fr-FR',
        'Lettre recommandée 1A 012 345 6789 0, avis de passage du 03/12/2026 à 11:20.',
        'Lettre recommandée 1A 012 345 6789 0, avis de passage du 03/12/2026 à 11:20.',
      ],
      [
        'fr-FR',
        "Commande Zalando 10102345678901, montant 129,95 €, retour gratuit jusqu'au 03/01/2027.",
        "Commande Zalando 10102345678901, montant 129,95 €, retour gratuit jusqu'au 03/01/2027.",
      ],
    ],
  ],
  [
    'es-MX',
    [
      [
        'es-MX',
        'Hola, mi compra en Mercado Libre #2000004567891234 no llega, envío 41234567890. Mi cel 55 1234 5678.',
        'Hola, mi compra en Mercado Libre #2000004567891234 no llega, envío 41234567890. Mi cel [PHONE].',
      ],
      [
        'es-MX',
        'Total $1,299.00 MXN, pagado el 04/12/2026 a las 14:03, CP 06600.',
        'Total $1,299.00 MXN, pagado el 04/12/2026 a las 14:03, CP 06600.',
      ],
      [
        'es-MX',
        'Factura A-2026-004417, RFC del vendedor XAXX010101000, IVA 16%.',
        'Factura A-2026-004417, RFC del vendedor XAXX010101000, IVA 16%.',
      ],
      [
        'es-MX',
        'Guía Estafeta 705123456789012345678901 y DHL 3921840576, entrega 05/12/2026.',
        'Guía Estafeta 705123456789012345678901 y DHL 3921840576, entrega 05/12/2026.',
      ],
      [
        'es-MX',
        'Correo: luis.hernandez@example.com.mx, pedido Amazon 701-4827716-2036185.',
        'Correo: [EMAIL], pedido Amazon 701-4827716-2036185.',
      ],
      [
        'es-MX',
        'SKU MLM-123456789, código de barras 7501031311309, precio $459.50',
        'SKU MLM-123456789, código de barras 7501031311309, precio $459.50',
      ],
      [
        'es-MX',
        'Versión de la app 2.305.1, folio de reclamo 2026-12-0457.',
        'Versión de la app 2.305.1, folio de reclamo 2026-12-0457.',
      ],
    ],
  ],
  [
    'es-ES',
    [
      [
        'es-ES',
        'Pedido 405-4827716-2036186 enviado el 02/12/2026, Correos PQ4F6P0012345670128001R. Mi móvil 612 34 56 78.',
        'Pedido 405-4827716-2036186 enviado el 02/12/2026, Correos PQ4F6P0012345670128001R. Mi móvil [PHONE].',
      ],
      [
        'es-ES',
        'Factura FV-2026/0457 por 1.299,00 € IVA incl., CIF B12345674.',
        'Factura FV-2026/0457 por 1.299,00 € IVA incl., CIF B12345674.',
      ],
      [
        'es-ES',
        'Mi DNI es 12345678Z y el código postal 28013 Madrid, entrega a las 10:30.',
        'Mi DNI es [DNI] y el código postal 28013 Madrid, entrega a las 10:30.',
      ],
      [
        'es-ES',
        'SEUR 12345678901234? El número correcto es 02061234567890, reparto 05/12/2026.',
        'SEUR 12345678901234? El número correcto es 02061234567890, reparto 05/12/2026.',
      ],
      [
        'es-ES',
        'Devolución de 49,99 € a ES91 2100 0418 4502 0005 1332, referencia 2026-004417.',
        'Devolución de 49,99 € a [IBAN], referencia 2026-004417.',
      ],
    ],
  ],
  [
    'it-IT',
    [
      [
        'it-IT',
        'Ordine n. 406-4827716-2036187, spedizione BRT 0612345678901234, cellulare 347 123 4567.',
        'Ordine n. 406-4827716-2036187, spedizione BRT 0612345678901234, cellulare [PHONE].',
      ],
      [
        'it-IT',
        'Fattura n. 2026/0457 del 04/12/2026, totale 1.299,00 €, P.IVA 01234567897.',
        'Fattura n. 2026/0457 del 04/12/2026, totale 1.299,00 €, P.IVA 01234567897.',
      ],
      [
        'it-IT',
        'Raccomandata RR551283097IT, CAP 00184 Roma, consegna ore 9:00-13:00.',
        'Raccomandata RR551283097IT, CAP 00184 Roma, consegna ore 9:00-13:00.',
      ],
      [
        'it-IT',
        'Codice articolo 8001234567890? No, 8012345678906; prezzo 19,90 €.',
        'Codice articolo 8001234567890? No, 8012345678906; prezzo 19,90 €.',
      ],
      [
        'it-IT',
        'Rimborso su IT60 X054 2811 1010 0000 0123 456, scrivimi a giulia.rossi@example.it',
        'Rimborso su [IBAN], scrivimi a [EMAIL]',
      ],
    ],
  ],
  [
    'zh-CN',
    [
      [
        'zh-CN',
        '您好，我的订单号 3826451093847261 还没发货，顺丰单号 SF1428563790124，手机 138 0013 8000。',
        '您好，我的订单号 3826451093847261 还没发货，顺丰单号 SF1428563790124，手机 [PHONE]。',
      ],
      [
        'zh-CN',
        '中国邮政 LX730198460CN，2026年12月4日 14:03 已揽收，金额 ¥1,299.00。',
        '中国邮政 LX730198460CN，2026年12月4日 14:03 已揽收，金额 ¥1,299.00。',
      ],
      [
        'zh-CN',
        '邮编 100000，发票号码 26112000000004417，开票日期 2026-12-04。',
        '邮编 100000，发票号码 26112000000004417，开票日期 2026-12-04。',
      ],
      [
        'zh-CN',
        '商品条码 6901234567885，价格 ￥89.90，版本 V2.3.1。',
        '商品条码 6901234567885，价格 ￥89.90，版本 V2.3.1。',
      ],
      [
        'zh-CN',
        '京东订单 298765432101，中通快递 78912345678902，邮箱 wang.lei@example.cn',
        '京东订单 298765432101，中通快递 78912345678902，邮箱 [EMAIL]',
      ],
      [
        'zh-CN',
        '统一社会信用代码 91350100M000100Y43，合同编号 HT-2026-12-0457。',
        '统一社会信用代码 91350100M000100Y43，合同编号 HT-2026-12-0457。',
      ],
      [
        'zh-CN',
        'EMS EA660023186CN 于 12月3日 到达，身份证号 11010519491231002X 请删除。',
        'EMS EA660023186CN 于 12月3日 到达，身份证号 [CN_RIC] 请删除。',
      ],
    ],
  ],
  [
    'id-ID',
    [
      [
        'id-ID',
        'Pesanan Shopee 231204QW8K5TNF belum sampai, resi JNE 0123456789012345? Bukan, CGK1234567890. WA 0812-3456-7890',
        'Pesanan Shopee 231204QW8K5TNF belum sampai, resi JNE 0123456789012345? Bukan, CGK1234567890. WA [PHONE]',
      ],
      [
        'id-ID',
        'Total Rp 1.299.000, dibayar 04/12/2026 pukul 14.03 WIB, kode pos 10110.',
        'Total Rp 1.299.000, dibayar 04/12/2026 pukul 14.03 WIB, kode pos 10110.',
      ],
      [
        'id-ID',
        'No. invoice INV/20261204/MPL/3698201457 dari Tokopedia, total Rp 249.900',
        'No. invoice INV/20261204/MPL/3698201457 dari Tokopedia, total Rp 249.900',
      ],
      [
        'id-ID',
        'Resi J&T JP1234567890, versi aplikasi 3.144.2, email budi.santoso@example.co.id',
        'Resi J&T JP1234567890, versi aplikasi 3.144.2, email [EMAIL]',
      ],
      [
        'id-ID',
        'NPWP toko 01.234.567.8-912.000, faktur 010.000-26.00004417',
        'NPWP toko 01.234.567.8-912.000, faktur 010.000-26.00004417',
      ],
    ],
  ],
  [
    'ko-KR',
    [
      [
        'ko-KR',
        '주문번호 20261204-0004417, 송장번호 6789-1234-5670 (CJ대한통운), 연락처 010-1234-5678',
        '주문번호 20261204-0004417, 송장번호 6789-1234-5670 (CJ대한통운), 연락처 [PHONE]',
      ],
      [
        'ko-KR',
        '결제 금액 ₩129,000, 2026년 12월 4일 오후 2:03, 우편번호 04524',
        '결제 금액 ₩129,000, 2026년 12월 4일 오후 2:03, 우편번호 04524',
      ],
      [
        'ko-KR',
        '쿠팡 주문 7100012345678 배송 완료, 사업자등록번호 120-88-00767',
        '쿠팡 주문 7100012345678 배송 완료, 사업자등록번호 120-88-00767',
      ],
      [
        'ko-KR',
        '앱 버전 6.12.0, 상품코드 8801234567893, 이메일 minji.kim@example.kr',
        '앱 버전 6.12.0, 상품코드 8801234567893, 이메일 [EMAIL]',
      ],
    ],
  ],
  [
    'tr-TR',
    [
      [
        'tr-TR',
        'Trendyol sipariş no 1029384756, kargo takip no 7330012345670, tutar 1.299,00 TL. Telefonum 0532 418 27 90',
        'Trendyol sipariş no 1029384756, kargo takip no 7330012345670, tutar 1.299,00 TL. Telefonum [PHONE]',
      ],
      [
        'tr-TR',
        'Fatura no GIB2026000004417, tarih 04.12.2026 14:03, vergi no 1234567890',
        'Fatura no GIB2026000004417, tarih 04.12.2026 14:03, vergi no 1234567890',
      ],
      [
        'tr-TR',
        'TC kimlik no 12345678950, posta kodu 34710, sipariş 2026-12-0457',
        'TC kimlik no [TR_TCKN], posta kodu 34710, sipariş 2026-12-0457',
      ],
      [
        'tr-TR',
        'Barkod 8690123456780, ürün kodu TR-AYK-41-SYH, fiyat ₺849,90',
        'Barkod 8690123456780, ürün kodu TR-AYK-41-SYH, fiyat ₺849,90',
      ],
    ],
  ],

  [
    'second pass',
    [
      // Reference nouns that did not label (each number dials, or passes an id's check).
      [
        'pl-PL',
        'Allegro: numer oferty 85041212344, kupione 03.12.2026 za 149,00 zł.',
        'Allegro: numer oferty 85041212344, kupione 03.12.2026 za 149,00 zł.',
      ],
      [
        'pl-PL',
        'Kurier GLS, nr listu przewozowego 85041212344, doręczenie 05.12.2026. Tel. 512 345 678',
        'Kurier GLS, nr listu przewozowego 85041212344, doręczenie 05.12.2026. Tel. [PHONE]',
      ],
      [
        'pt-BR',
        'Venda 12345678909 do dia 03/12/2026, total R$ 259,90. Meu celular (11) 98765-4321.',
        'Venda 12345678909 do dia 03/12/2026, total R$ 259,90. Meu celular [PHONE].',
      ],
      [
        'ja-JP',
        '書留番号 09012345678 の配達状況を教えてください。2026年12月3日差出。',
        '書留番号 09012345678 の配達状況を教えてください。2026年12月3日差出。',
      ],
      [
        'ja-JP',
        '荷物番号 09012345678、お届け予定 12月6日 14:00〜16:00',
        '荷物番号 09012345678、お届け予定 12月6日 14:00〜16:00',
      ],
      [
        'ko-KR',
        '상품코드 0212345678 재고 문의드립니다. 연락처 010-1234-5678',
        '상품코드 0212345678 재고 문의드립니다. 연락처 [PHONE]',
      ],
      [
        'tr-TR',
        'Gönderi no 02124567890, teslim tarihi 05.12.2026 14:00',
        'Gönderi no 02124567890, teslim tarihi 05.12.2026 14:00',
      ],
      [
        'fr-FR',
        'Bon de livraison 0612345678 joint, commande du 02/12/2026, montant 89,90 €.',
        'Bon de livraison 0612345678 joint, commande du 02/12/2026, montant 89,90 €.',
      ],
      [
        'de-DE',
        'Retourennummer 015123456789, Rücksendung am 04.12.2026 abgegeben.',
        'Retourennummer 015123456789, Rücksendung am 04.12.2026 abgegeben.',
      ],
      [
        'de-DE',
        'Ihre Vorgangsnummer 0301234567 – Erstattung von 49,99 € folgt.',
        'Ihre Vorgangsnummer 0301234567 – Erstattung von 49,99 € folgt.',
      ],
      [
        'de-DE',
        'Belegnummer 0891234567 vom 03.12.2026, Versandnummer 0221 1234567.',
        'Belegnummer 0891234567 vom 03.12.2026, Versandnummer 0221 1234567.',
      ],
      [
        'nl-NL',
        'Retournummer 0201234567, terugbetaling binnen 14 dagen na 04-12-2026.',
        'Retournummer 0201234567, terugbetaling binnen 14 dagen na 04-12-2026.',
      ],
      [
        'en-GB',
        'Air waybill 020-12345675 (Lufthansa Cargo), landed LHR 04/12/2026 06:40. Mobile 07911 123456',
        'Air waybill 020-12345675 (Lufthansa Cargo), landed LHR 04/12/2026 06:40. Mobile [PHONE]',
      ],
      // A four-part version after the word for it in more languages.
      ['zh-CN', '应用版本 1.2.0.3，手机号 138 0013 8000', '应用版本 1.2.0.3，手机号 [PHONE]'],
      ['ko-KR', '앱 버전 6.1.0.2에서 결제 오류가 납니다', '앱 버전 6.1.0.2에서 결제 오류가 납니다'],
      [
        'ru-RU',
        'В версии 5.2.0.1 заказ 4471 не оформляется',
        'В версии 5.2.0.1 заказ 4471 не оформляется',
      ],
      [
        'uk-UA',
        'У версії 5.2.0.1 замовлення 4471 не оформлюється',
        'У версії 5.2.0.1 замовлення 4471 не оформлюється',
      ],
      [
        'id-ID',
        'Versi aplikasi 3.2.1.0, pesanan 231204QW8K5TNF gagal dibayar',
        'Versi aplikasi 3.2.1.0, pesanan 231204QW8K5TNF gagal dibayar',
      ],
      ['hi-IN', 'ऐप वर्ज़न 2.1.0.4 में ऑर्डर नहीं हो रहा', 'ऐप वर्ज़न 2.1.0.4 में ऑर्डर नहीं हो रहा'],
      ['th-TH', 'แอปเวอร์ชัน 1.2.0.3 สั่งซื้อไม่ได้', 'แอปเวอร์ชัน 1.2.0.3 สั่งซื้อไม่ได้'],
      [
        'vi-VN',
        'Ứng dụng phiên bản 1.2.0.3 bị lỗi khi thanh toán',
        'Ứng dụng phiên bản 1.2.0.3 bị lỗi khi thanh toán',
      ],
      [
        'el-GR',
        'Στην έκδοση 1.2.0.3 η παραγγελία 4471 δεν περνάει',
        'Στην έκδοση 1.2.0.3 η παραγγελία 4471 δεν περνάει',
      ],
      ['he-IL', 'גרסה 1.2.0.3 של האפליקציה קורסת', 'גרסה 1.2.0.3 של האפליקציה קורסת'],
      // Amounts in thousands that dial without their trunk, beside their currency.
      [
        'id-ID',
        'Cicilan mobil Rp 812.345.678 sudah lunas, pesanan 231204QW8K5TNF.',
        'Cicilan mobil Rp 812.345.678 sudah lunas, pesanan 231204QW8K5TNF.',
      ],
      [
        'id-ID',
        'Harga rumah Rp 8.123.456.789, DP 20%, WA 0812-3456-7890',
        'Harga rumah Rp 8.123.456.789, DP 20%, WA [PHONE]',
      ],
      [
        'vi-VN',
        'Tổng cộng 912.345.678 đ cho xe máy, giao ngày 05/12/2026',
        'Tổng cộng 912.345.678 đ cho xe máy, giao ngày 05/12/2026',
      ],
      ['vi-VN', 'Giá xe 912.345.678 ₫, SĐT 0912 345 678', 'Giá xe 912.345.678 ₫, SĐT [PHONE]'],
      [
        'vi-VN',
        'Đã chuyển 912.345.678 VND lúc 14:03 ngày 04/12/2026',
        'Đã chuyển 912.345.678 VND lúc 14:03 ngày 04/12/2026',
      ],
      [
        'es-CO',
        'Valor del apartamento COP 3.123.456.789, pedido 2026-004417',
        'Valor del apartamento COP 3.123.456.789, pedido 2026-004417',
      ],
      // The guard's other side: a mobile after a small amount still goes.
      ['pl-PL', 'Zapłaciłem 50 zł 600 123 456', 'Zapłaciłem 50 zł [PHONE]'],
    ],
  ],
];

describe('T53b: look-alikes that must stay', () => {
  for (const [name, rows] of ROWS) {
    describe(name, () => {
      it.each(rows)('%s: %s', (locale, text, expected) => {
        expect(redact(text, { locale }).text).toBe(expected);
      });
    });
  }
});

// Left by T53b, held since T54b: a version word then "of the application" then the version
// (ip.ts versionWordsBefore), "商品コード" typed composed or decomposed (context.ts partOfLetter),
// Portuguese "anúncio" and Polish "oferta nr" (keywords.ts LANGUAGE_REFERENCE_WORDS). Their
// neighbours that must go: lookalikesLeft.test.ts.
describe('T53b: left, each for its reason', () => {
  it.each([
    ['ru-RU', 'Версия приложения 5.2.0.1, заказ 4471'],
    ['uk-UA', 'Версія застосунку 5.2.0.1, замовлення 4471'],
    ['el-GR', 'Έκδοση εφαρμογής 1.2.0.3, παραγγελία 4471'],
    ['ja-JP', '商品コード 09012345678 の在庫はありますか？'],
    ['ja-JP', '商品コード 09012345678 の在庫はありますか？'.normalize('NFD')],
    ['pt-BR', 'Anúncio 12345678909 pausado por falta de estoque desde 01/12/2026.'],
    ['pl-PL', 'Oferta nr 85041212344 jest nieaktualna, proszę o zwrot 89,00 zł.'],
  ])('%s: %s', (locale, text) => {
    expect(redact(text, { locale }).text).toBe(text);
  });
});

/** UPU S10's check digit over eight digits (weights 8 6 4 2 3 5 9 7; 10 → 0, 11 → 5). */
function s10Check(eight: string): number {
  const sum = [8, 6, 4, 2, 3, 5, 9, 7].reduce((a, w, i) => a + w * Number(eight.charAt(i)), 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 0 : check === 11 ? 5 : check;
}

/** UPS's check digit over the 15 characters after "1Z" (letters as (code − 63) mod 10). */
function upsCheck(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charAt(i);
    const value = /\d/.test(c) ? Number(c) : (c.charCodeAt(0) - 63) % 10;
    sum += i % 2 === 1 ? value * 2 : value;
  }
  return (10 - (sum % 10)) % 10;
}

/** GS1's check digit (EAN, UPC, ISBN-13): weights 3 and 1 from the right. */
function gs1Check(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    sum += Number(body.charAt(body.length - 1 - i)) * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

describe('T53b: the look-alikes are what they claim to be', () => {
  const texts = ROWS.flatMap(([, rows]) => rows.map(([, text]) => text)).join('\n');

  it('every S10 number carries its check digit', () => {
    const found = [...texts.matchAll(/\b([A-Z]{2})(\d{8})(\d)([A-Z]{2})\b/g)];
    expect(found.length).toBeGreaterThanOrEqual(15);
    for (const [, , eight, check] of found) expect(s10Check(eight as string)).toBe(Number(check));
  });

  it('every UPS number carries its check digit', () => {
    const found = [...texts.matchAll(/\b1Z ?([0-9A-Z ]{15,21})\b/g)].map(([, b]) =>
      (b as string).replace(/ /g, ''),
    );
    expect(found.length).toBeGreaterThanOrEqual(3);
    for (const b of found) expect(upsCheck(b.slice(0, 15))).toBe(Number(b.charAt(15)));
  });

  it('every EAN, UPC and ISBN-13 carries its GS1 check digit', () => {
    for (const code of [
      '4006381333931',
      '5901234123457',
      '8710200012346',
      '7891000315507',
      '8801234567893',
      '6901234567885',
      '4901234567894',
      '036000291452',
      '9783161484100',
      '9788535902778',
      '9780141036144',
      '7501031311309',
    ])
      expect(gs1Check(code.slice(0, -1))).toBe(Number(code.slice(-1)));
  });

  it('ISBN-10 and the air waybill carry theirs', () => {
    const isbn = '0306406152';
    const sum = [...isbn.slice(0, 9)].reduce((a, d, i) => a + Number(d) * (10 - i), 0);
    expect((11 - (sum % 11)) % 11).toBe(Number(isbn.charAt(9)));
    expect(1234567 % 7).toBe(5);
  });

  it('no 13-19 digit run passes Luhn but the three the rows expect as [CARD] and the card', () => {
    const valid = new Set<string>();
    for (const [run] of texts.matchAll(/(?<![\d])\d(?:[ -]?\d){12,18}(?![\d])/g)) {
      const digits = run.replace(/\D/g, '');
      if (luhnOk(digits)) valid.add(digits);
    }
    expect([...valid].sort()).toEqual(
      ['356938035643809', '4111111111111111', '4901234567894', '5901234123457'].sort(),
    );
  });

  it('holds at least 150 messages in at least 10 locales', () => {
    const rows = ROWS.flatMap(([, r]) => r);
    expect(rows.length).toBeGreaterThanOrEqual(150);
    expect(new Set(rows.map(([locale]) => locale)).size).toBeGreaterThanOrEqual(10);
  });
});
