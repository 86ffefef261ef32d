// Transcripts written by hand (not by the corpus generator), each with the values that must go
// and those that must stay: a lead audit of 2026-12-02 over 65 everyday messages in 25 locales
// (signatures, forwarded headers, tables, logs, chats). Its first run found a customer number
// taken for a phone, "my number", "call me" and "contact" in other languages, a Polish account
// number without "PL", a spaced CPF and a split PESEL passing through (all fixed that day).
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

const CASES: [locale: string, text: string, go: string[], stay: string[]][] = [
  [
    'en-US',
    'Hi, I ordered on 11/28 (order 112-4839201-5582013) and was charged twice on my Visa 4539 1488 0343 6467. Please refund to the same card. My cell: (415) 555-0132.',
    ['4539 1488 0343 6467', '(415) 555-0132'],
    ['112-4839201-5582013', '11/28'],
  ],
  [
    'en-GB',
    'Hello, parcel JD014600006281234567 never arrived. Call me on 07911 123456 or email sarah.j.thompson@btinternet.com. NI: AB 12 34 56 C',
    ['07911 123456', 'sarah.j.thompson@btinternet.com', 'AB 12 34 56 C'],
    ['JD014600006281234567'],
  ],
  [
    'de-DE',
    'Guten Tag, meine Bestellung 302-5512 vom 03.11.2024 über 149,99 € ist defekt. Bitte erstatten Sie auf DE02 1203 0000 0000 2020 51. Tel. 0171 2345678',
    ['DE02 1203 0000 0000 2020 51', '0171 2345678'],
    ['302-5512', '03.11.2024', '149,99 €'],
  ],
  [
    'pl-PL',
    'Dzień dobry, zamówienie nr 7733129 przyszło uszkodzone. Proszę o zwrot na konto PL61 1090 1014 0000 0712 1981 2874. Kontakt: 512 345 678, PESEL 02070803628',
    ['PL61 1090 1014 0000 0712 1981 2874', '512 345 678', '02070803628'],
    ['7733129'],
  ],
  [
    'fr-FR',
    'Bonjour, ma commande n° 48213 (colis 6A12345678901) est en retard. Vous pouvez me joindre au 06 98 76 54 32 ou à claire.dubois@orange.fr. Merci',
    ['06 98 76 54 32', 'claire.dubois@orange.fr'],
    ['48213', '6A12345678901'],
  ],
  [
    'es-ES',
    'Hola, pedido 2024-88123. Mi DNI es 12345678Z y mi móvil 612 34 56 78. Pagué 89,95 € con la tarjeta 5555 5555 5555 4444.',
    ['12345678Z', '612 34 56 78', '5555 5555 5555 4444'],
    ['2024-88123', '89,95 €'],
  ],
  [
    'pt-BR',
    'Olá, meu pedido #998877 não chegou. CPF 390.533.447-05, celular (21) 98765-4321, e-mail joao.silva@gmail.com. Valor R$ 1.299,90.',
    ['390.533.447-05', '(21) 98765-4321', 'joao.silva@gmail.com'],
    ['998877', 'R$ 1.299,90'],
  ],
  [
    'nl-NL',
    'Goedemiddag, bestelling 1029384756 is niet geleverd. BSN 111222333 heb ik al doorgegeven; bel mij op 06-12345678. IBAN NL91 ABNA 0417 1643 00',
    ['111222333', '06-12345678', 'NL91 ABNA 0417 1643 00'],
    ['1029384756'],
  ],
  [
    'fa-IR',
    'سلام، سفارش ۴۵۶۷۸۹ هنوز نرسیده. کد ملی ۰۰۱۳۵۴۲۴۱۹ و شماره همراه ۰۹۱۲۳۴۵۶۷۸۹. مبلغ ۱۲۰٬۰۰۰ تومان پرداخت شد.',
    ['۰۰۱۳۵۴۲۴۱۹', '۰۹۱۲۳۴۵۶۷۸۹'],
    ['۴۵۶۷۸۹', '۱۲۰٬۰۰۰'],
  ],
  [
    'ar-SA',
    'مرحبا، رقم الطلب ٧٨٩٤٥٦١٢٣ والجوال ٠٥٥١٢٣٤٥٦٧ والبريد ahmed.k@example.sa',
    ['٠٥٥١٢٣٤٥٦٧', 'ahmed.k@example.sa'],
    ['٧٨٩٤٥٦١٢٣'],
  ],
  [
    'ja-JP',
    'お世話になります。注文番号 250-1234567-8901235 の件です。電話 03-1234-5678、メール yamada.taro@example.co.jp までご連絡ください。',
    ['03-1234-5678', 'yamada.taro@example.co.jp'],
    ['250-1234567-8901235'],
  ],
  [
    'hi-IN',
    'नमस्ते, मेरा ऑर्डर 405-2281990-1123345 नहीं आया। आधार 2341 2341 2346, मोबाइल 98765 43210',
    ['2341 2341 2346', '98765 43210'],
    ['405-2281990-1123345'],
  ],
  [
    'en-IN',
    'Order OD329921883377 not delivered. Refund to UPI please; my no. is +91-98450-12345. PAN ABCDE1234F',
    ['+91-98450-12345'],
    ['OD329921883377'],
  ],
  [
    'it-IT',
    'Buongiorno, ordine 000123456 del 2/11. Il mio cellulare è 347 123 4567, IBAN IT60 X054 2811 1010 0000 0123 456',
    ['347 123 4567', 'IT60 X054 2811 1010 0000 0123 456'],
    ['000123456', '2/11'],
  ],
  [
    'en-US',
    'SSN is 078-05-1120? no wait its 536-22-8714. Server log: 203.0.113.77 GET /api/v2.3.1',
    ['536-22-8714', '203.0.113.77'],
    ['v2.3.1'],
  ],
  [
    'en-US',
    'Here is my card 4111-1111-1111-1111 exp 04/27 cvc 737, zip 94107, order #A77812',
    ['4111-1111-1111-1111'],
    ['04/27', '94107', 'A77812'],
  ],
  [
    'de-DE',
    'Rückruf bitte unter +49 (0) 30 12345678 oder 030/12345678-0. Kundennummer 4455667788',
    ['+49 (0) 30 12345678', '030/12345678-0'],
    ['4455667788'],
  ],
  [
    'pl-PL',
    '> Dnia 30.11.2024 o 14:22 Jan Kowalski <jan.kowalski@wp.pl> napisał(a):\n> nr tel. 600-100-200\nFaktura FV/11/2024/0098',
    ['jan.kowalski@wp.pl', '600-100-200'],
    ['30.11.2024', '14:22', 'FV/11/2024/0098'],
  ],
  [
    'en-AU',
    "G'day, order 10045 hasn't come. Mobile 0412 345 678, Medicare not relevant. Postcode 2000.",
    ['0412 345 678'],
    ['10045', '2000'],
  ],
  [
    'ko-KR',
    '주문번호 2024112812345 관련 문의입니다. 연락처 010-1234-5678, 이메일 kim@naver.com',
    ['010-1234-5678', 'kim@naver.com'],
    ['2024112812345'],
  ],
  [
    'zh-CN',
    '您好，订单号 5123456789012345678 还没发货，我的手机 138 1234 5678，谢谢',
    ['138 1234 5678'],
    ['5123456789012345678'],
  ],
  [
    'ru-RU',
    'Здравствуйте, заказ № 48291733 не пришёл. Мой телефон +7 916 123-45-67',
    ['+7 916 123-45-67'],
    ['48291733'],
  ],
  [
    'tr-TR',
    'Merhaba, sipariş 7788991122 gelmedi. Telefon 0532 123 45 67, IBAN TR33 0006 1005 1978 6457 8413 26',
    ['0532 123 45 67', 'TR33 0006 1005 1978 6457 8413 26'],
    ['7788991122'],
  ],
  [
    'en-US',
    'ipv6 of my router is 2001:0db8:85a3:0000:0000:8a2e:0370:7334; firmware 1.2.3.4567',
    ['2001:0db8:85a3:0000:0000:8a2e:0370:7334'],
    ['1.2.3.4567'],
  ],
  [
    'sv-SE',
    'Hej! Order 556677 har inte kommit. Ring mig på 070-123 45 67.',
    ['070-123 45 67'],
    ['556677'],
  ],
  [
    'en-US',
    '--\nJohn Miller\nSenior Buyer | Acme Corp\nM: +1 (646) 555-0143 | O: 212.555.0178 x204\njohn.miller@acme-corp.com',
    ['+1 (646) 555-0143', '212.555.0178', 'john.miller@acme-corp.com'],
    [],
  ],
  [
    'en-US',
    'From: Anna Lee <anna.lee@yahoo.com>\nSent: Monday, November 30, 2026 9:14 AM\nTo: support@shop.com\nSubject: RE: Order #55123',
    ['anna.lee@yahoo.com'],
    ['55123', '9:14'],
  ],
  [
    'en-US',
    'my card number is 4242424242424242 and the last 4 of my ssn is 8714',
    ['4242424242424242'],
    [],
  ],
  ['en-US', 'card num: 4242 4242 4242 4242\nexp: 12/28', ['4242 4242 4242 4242'], ['12/28']],
  [
    'de-DE',
    'Mit freundlichen Grüßen\nKlaus Weber\nMobil: 0152 / 123 456 78\nFax: 089 123456-99',
    ['0152 / 123 456 78', '089 123456-99'],
    [],
  ],
  [
    'fr-FR',
    'Cordialement,\nMarie\nTél : +33 (0)1 23 45 67 89\nPortable : 07.61.23.45.67',
    ['+33 (0)1 23 45 67 89', '07.61.23.45.67'],
    [],
  ],
  [
    'es-MX',
    'Mi número de celular es 55 1234 5678 y mi correo es lupita_gomez88@hotmail.com',
    ['55 1234 5678', 'lupita_gomez88@hotmail.com'],
    [],
  ],
  [
    'pt-BR',
    'Segue meu PIX: 390.533.447-05 (CPF). Ou pelo telefone 11 99876-5432',
    ['390.533.447-05', '11 99876-5432'],
    [],
  ],
  [
    'en-IN',
    'Pls call 9845012345 urgent!!! order no 402-1234567-7654321',
    ['9845012345'],
    ['402-1234567-7654321'],
  ],
  [
    'en-US',
    'Tracking: 9400 1000 0000 0000 0000 00 (USPS), my phone 646-555-0143',
    ['646-555-0143'],
    [],
  ],
  [
    'en-GB',
    'Sort code 20-00-00 acct 55779911, or IBAN GB33BUKB20201555555555',
    ['GB33BUKB20201555555555'],
    ['20-00-00'],
  ],
  [
    'pl-PL',
    'Proszę dzwonić: +48 22 123 45 67 wew. 12 albo 48 600 100 200',
    ['+48 22 123 45 67', '48 600 100 200'],
    [],
  ],
  [
    'nl-NL',
    'Mijn telefoonnummer: +31 (0)6 1234 5678, e-mail: j.devries@ziggo.nl',
    ['+31 (0)6 1234 5678', 'j.devries@ziggo.nl'],
    [],
  ],
  [
    'fa-IR',
    'تلفن ثابت: ۰۲۱-۸۸۷۷۶۶۵۵ و ایمیل ali.rezaei@gmail.com',
    ['۰۲۱-۸۸۷۷۶۶۵۵', 'ali.rezaei@gmail.com'],
    [],
  ],
  ['ar-EG', 'رقمي 01012345678 من فضلك اتصل بعد الساعة ٥', ['01012345678'], []],
  [
    'en-US',
    'My email is JANE_DOE@Example.ORG; call 1-800-555-0199 (toll free)',
    ['JANE_DOE@Example.ORG'],
    [],
  ],
  [
    'en-US',
    'card: 4111111111111111, 5500000000000004, 340000000000009',
    ['4111111111111111', '5500000000000004', '340000000000009'],
    [],
  ],
  [
    'en-US',
    'paid $1,234.56 on 2026-11-29 at 14:05:33 UTC, ref 9F8E7D6C',
    [],
    ['$1,234.56', '2026-11-29', '14:05:33', '9F8E7D6C'],
  ],
  [
    'de-DE',
    'Betrag 1.234,56 EUR, Rechnungsnr. 2024-000451, Kundennr. 0815-4711, PLZ 80331',
    [],
    ['1.234,56', '2024-000451', '0815-4711', '80331'],
  ],
  [
    'ja-JP',
    '郵便番号 〒100-0001、電話０３－１２３４－５６７８',
    ['０３－１２３４－５６７８'],
    ['100-0001'],
  ],
  [
    'en-US',
    'Agent: Could you confirm your phone?\nCustomer: sure its 917 555 0134 😊',
    ['917 555 0134'],
    [],
  ],
  ['en-US', "Customer: my email?? its mike.o'brien@gmail.com", ['brien@gmail.com'], []],
  [
    'en-US',
    'order list:\n| order | qty | total |\n| 5512398 | 2 | $45.00 |\n| 5512399 | 1 | $12.50 |',
    [],
    ['5512398', '5512399', '$45.00'],
  ],
  [
    'en-US',
    'name,phone,order\nJane Roe,2125550187,558812449\nJohn Roe,6465550143,558812450',
    ['2125550187', '6465550143'],
    ['558812449', '558812450'],
  ],
  [
    'en-US',
    '2026-11-30T14:22:05Z INFO request id=7f3a9c1e ip=198.51.100.23 user=ana@example.com latency=123ms',
    ['198.51.100.23', 'ana@example.com'],
    ['7f3a9c1e', '123ms'],
  ],
  [
    'de-DE',
    'Artikelnummer 4006381333931 (EAN), Menge 3, Preis 12,99 €',
    [],
    ['4006381333931', '12,99'],
  ],
  [
    'en-US',
    'UPC 036000291452 and ISBN 978-3-16-148410-0',
    [],
    ['036000291452', '978-3-16-148410-0'],
  ],
  [
    'en-US',
    'Call me at +1 917 555 0134 or +44 20 7946 0018 or +49 30 12345678',
    ['+1 917 555 0134', '+44 20 7946 0018', '+49 30 12345678'],
    [],
  ],
  [
    'pl-PL',
    'Mój nr telefonu: 600100200, mail: ania_nowak@o2.pl, nr zamówienia: 600100201',
    ['600100200', 'ania_nowak@o2.pl'],
    ['600100201'],
  ],
  [
    'en-US',
    'The card 4111 1111 1111 1111 was declined; try my other 5500-0000-0000-0004 pls',
    ['4111 1111 1111 1111', '5500-0000-0000-0004'],
    [],
  ],
  ['en-US', 'Transaction 4111111111111112 failed (not a card)', [], ['4111111111111112']],
  [
    'ru-RU',
    'Телефон: 8 (916) 123-45-67, почта ivan.petrov@mail.ru',
    ['8 (916) 123-45-67', 'ivan.petrov@mail.ru'],
    [],
  ],
  ['uk-UA', 'Мій номер 067 123 45 67, замовлення 998877', ['067 123 45 67'], ['998877']],
  [
    'vi-VN',
    'Số điện thoại của tôi là 0912 345 678, đơn hàng 123456789',
    ['0912 345 678'],
    ['123456789'],
  ],
  ['id-ID', 'No HP saya 0812-3456-7890, pesanan 1122334455', ['0812-3456-7890'], ['1122334455']],
  ['th-TH', 'เบอร์โทร 081-234-5678 ครับ', ['081-234-5678'], []],
  ['he-IL', 'הטלפון שלי 054-7654321', ['054-7654321'], []],
  ['es-AR', 'mi cel es 11 2345-6789 y el DNI 30123456', ['11 2345-6789'], []],
  [
    'en-CA',
    'Call 416-555-0199, postal M5V 3L9, order 88123',
    ['416-555-0199'],
    ['M5V 3L9', '88123'],
  ],
  ['en-US', 'wire to acct 000123456789 routing 021000021', [], []],
];

describe('transcripts written by hand', () => {
  it.each(CASES)('%s: %s', (locale, text, go, stay) => {
    const out = redact(text, { locale }).text;
    for (const value of go) expect(out, `${value} must go`).not.toContain(value);
    for (const value of stay) expect(out, `${value} must stay`).toContain(value);
  });
});
