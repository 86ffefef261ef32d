// The fourteenth audit (2026-12-04, issue #14): markets no audit had read or read least, and the
// shapes a message arrives in that the earlier audits read least. Markets: Kazakhstan (Kazakh and
// Russian), Morocco (Darija, in Arabic letters and in Latin "Arabizi", and French), Egypt, Nigeria,
// Kenya (English and Swahili), with Hungarian, Czech, Ukrainian, Hebrew, Vietnamese, Indonesian and
// Korean in shapes the eleventh audit did not write. Shapes: WhatsApp exports ("[12/03/2026,
// 14:22] Ana: ..."), e-mail signature blocks, forwarded replies quoted with "> ", a CSV row pasted
// into a chat, an order API's JSON, links whose query holds an address or a phone, screenshots read
// by OCR (O for 0, l for 1), M-PESA confirmations, carriers' tracking numbers (UPS 1Z with its
// check digit, DHL Express waybills with their mod-7 digit, UPU S10 numbers of Kazpost, Barid
// Al-Maghrib, Egypt Post, India Post, Correos and Magyar Posta with their mod-11 digit; PostNL 3S
// codes and Nova Poshta waybills, whose check no carrier publishes), and voice-to-text transcripts with the numbers said in words (in
// their own describe below: the spoken recognizers are opt-in). Every value is synthetic: each
// phone valid for its country by libphonenumber-js/max and each IBAN valid by ibantools with its
// country's own check (checked below); the tracking numbers' check digits are computed by their
// carriers' algorithms (checked below).
//
// The first pass (113 rows, 93 values, written before redact read any of them), on the code
// before the fixes: 106 rows held, recall 0.925 (86 of 93 values), precision 1.000 (86 of 86),
// nothing that must stay touched: no carrier's tracking number, order number, amount, date or
// postcode went, in any shape. The seven values left: a Kenyan mobile written bare after Swahili
// "namba yangu" (my number); a number said in words in Indonesian, Ukrainian, Czech and
// Hungarian (no digit words for them); an OCR'd "O" or "l" inside a phone. A second pass (LABELS,
// 12 rows written after the first ran) held 6: Swahili "simu" (phone), "nipigie" (call me),
// "nambari yangu", Czech "moje číslo" (my number) and Kazakh "нөмірім" were no labels.
// Fixed: those Swahili, Czech and Kazakh words are phone labels (keywords.ts; Kazakh "нөмірім"
// only where no other noun stands before it, context.ts), Indonesian, Ukrainian, Czech and
// Hungarian digit words are read by the opt-in spoken recognizers (spoken.ts), and the groups
// Hungarians and Czechs say a phone number in ("harminc", 30, "hatszáznegyven", 640; "šest set
// tři", 603: spokenLanguages3.test.ts). Reading round them: Hungarian "rendelés" (order) is a reference word,
// an order's number said or written after it went as a phone. After: the first pass 91 of 93,
// the second 10 of 10, precision 1.000 both; what was left is in LEFT, each with its reason.
// T45d read the two rows left, an OCR's "O" and "l" inside a phone, right after a phone's label
// only (recognizers/ocrPhone.ts): the first pass holds 93 of 93.
import { fc, test } from '@fast-check/vitest';
import { redact, spokenNumberRecognizers } from '@meridian-cx/privacy';
import { isValidIBAN } from 'ibantools';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { type Case, describeAudit, type Go, scoreRow } from './audit.js';

const P = (value: string): Go => ['phone', value];
const E = (value: string): Go => ['email', value];
const I = (value: string): Go => ['iban', value];

const AUDIT: readonly (readonly [string, readonly Case[]])[] = [
  [
    'Kazakhstan (kk-KZ, ru-KZ)',
    [
      [
        'kk-KZ',
        'Сәлеметсіз бе, менің телефон нөмірім +7 701 234 5678',
        [P('+7 701 234 5678')],
        ['Сәлеметсіз бе'],
      ],
      [
        'kk-KZ',
        'Тапсырыс № 1045872, ұялы телефон 8 702 345 67 89',
        [P('8 702 345 67 89')],
        ['1045872'],
      ],
      ['kk-KZ', 'Сомасы 12 990 ₸, пошта индексі 050000', [], ['12 990 ₸', '050000']],
      [
        'kk-KZ',
        'Ақшаны KZ02 125K ZT50 0418 7263 шотына аудардым',
        [I('KZ02 125K ZT50 0418 7263')],
        [],
      ],
      ['kk-KZ', 'Қазпошта трек-нөмірі RR123456785KZ, 3 күнде жетеді', [], ['RR123456785KZ']],
      [
        'ru-KZ',
        '[12/03/2026, 14:22] Айгерим: мой номер +7 747 123 4567, заказ 1045873',
        [P('+7 747 123 4567')],
        ['12/03/2026, 14:22', '1045873'],
      ],
      [
        'ru-KZ',
        'Звоните на городской 8 (727) 250-12-34, Алматы',
        [P('8 (727) 250-12-34')],
        ['Алматы'],
      ],
      [
        'ru-KZ',
        'Перевёл на счёт KZ64 722S 0000 3451 9826 (Kaspi), сумма 25 000 тг',
        [I('KZ64 722S 0000 3451 9826')],
        ['25 000 тг'],
      ],
      [
        'ru-KZ',
        '--\nАйгерим Нурланова\nОтдел продаж\nМоб.: +7 701 555 12 34\naigerim.nurlanova@mail.kz',
        [P('+7 701 555 12 34'), E('aigerim.nurlanova@mail.kz')],
        ['Отдел продаж'],
      ],
      [
        'kk-KZ',
        'https://shop.example.kz/track?phone=%2B77012345678&order=1045874',
        [P('%2B77012345678')],
        ['1045874'],
      ],
    ],
  ],
  [
    'Morocco (ar-MA, fr-MA)',
    [
      ['ar-MA', 'السلام عليكم، هادي النمرة ديالي 0612345678', [P('0612345678')], ['السلام عليكم']],
      [
        'ar-MA',
        'رقم الطلب 100234567، التيليفون +212 6 61 23 45 67',
        [P('+212 6 61 23 45 67')],
        ['100234567'],
      ],
      [
        'fr-MA',
        'Bonjour, mon numéro : 0700 12 34 56, commande n° MA-2026-1187',
        [P('0700 12 34 56')],
        ['MA-2026-1187'],
      ],
      [
        'fr-MA',
        'Fixe Casablanca 05 22 12 34 56, code postal 20250',
        [P('05 22 12 34 56')],
        ['20250'],
      ],
      [
        'ar-MA',
        '[12/03/2026, 14:22] Salma: 3ayet liya f 0661234567 mn ba3d l3asr',
        [P('0661234567')],
        ['12/03/2026, 14:22'],
      ],
      [
        'fr-MA',
        'Votre colis Amana EE482139058MA est arrivé au bureau de poste',
        [],
        ['EE482139058MA'],
      ],
      ['ar-MA', 'المبلغ 349,00 درهم، رقم التتبع CP204577315MA', [], ['349,00', 'CP204577315MA']],
      [
        'fr-MA',
        'mail : salma.bennani@gmail.com / tél 0522123456',
        [E('salma.bennani@gmail.com'), P('0522123456')],
        [],
      ],
      [
        'fr-MA',
        '> Le 12/03/2026 à 14:22, Youssef a écrit :\n> mon portable 06 61 23 45 67\nMerci, reçu.',
        [P('06 61 23 45 67')],
        ['12/03/2026 à 14:22', 'Merci, reçu.'],
      ],
    ],
  ],
  [
    'Egypt (ar-EG)',
    [
      ['ar-EG', 'رقم موبايلي ٠١٠١٢٣٤٥٦٧٨', [P('٠١٠١٢٣٤٥٦٧٨')], []],
      ['ar-EG', 'ممكن تكلمني على 01112345678 بعد الساعة ٥', [P('01112345678')], ['الساعة ٥']],
      [
        'ar-EG',
        'رقم الأوردر 45782193 والشحنة مع أرامكس 34567890123',
        [],
        ['45782193', '34567890123'],
      ],
      ['ar-EG', 'الأرضي ٠٢ ٢٣٤٥ ٦٧٨٩ في القاهرة', [P('٠٢ ٢٣٤٥ ٦٧٨٩')], ['القاهرة']],
      ['ar-EG', 'واتساب: +20 122 345 6789', [P('+20 122 345 6789')], []],
      [
        'en-EG',
        'Order #EG-2026-55102, my number is 0155 123 4567',
        [P('0155 123 4567')],
        ['EG-2026-55102'],
      ],
      [
        'ar-EG',
        'حولت المبلغ على EG13 0019 0005 0000 0000 4728 3916 2',
        [I('EG13 0019 0005 0000 0000 4728 3916 2')],
        [],
      ],
      ['ar-EG', 'البوسطة: رقم الشحنة EG442108375EG', [], ['EG442108375EG']],
      [
        'ar-EG',
        '{"order_id":"45782194","phone":"01002345678","city":"الجيزة"}',
        [P('01002345678')],
        ['45782194'],
      ],
      [
        'ar-EG',
        'فودافون كاش على 0100 234 5678 والمبلغ 1,250 جنيه',
        [P('0100 234 5678')],
        ['1,250'],
      ],
    ],
  ],
  [
    'Nigeria (en-NG)',
    [
      [
        'en-NG',
        'Abeg call me on 0803 123 4567 once the rider reach',
        [P('0803 123 4567')],
        ['Abeg'],
      ],
      ['en-NG', 'My line is 08062345678, na MTN', [P('08062345678')], ['MTN']],
      [
        'en-NG',
        'Order 312456789 from Jumia, phone +234 706 123 4567',
        [P('+234 706 123 4567')],
        ['312456789'],
      ],
      [
        'en-NG',
        'Kindly send the receipt to chioma.okafor@yahoo.com',
        [E('chioma.okafor@yahoo.com')],
        ['Kindly'],
      ],
      ['en-NG', 'DHL waybill 4820391752 is still in Lagos', [], ['4820391752']],
      [
        'en-NG',
        'Amount ₦45,500.00, delivered to 12 Admiralty Way, Lekki',
        [],
        ['₦45,500.00', '12 Admiralty Way'],
      ],
      [
        'en-NG',
        'Chioma Okafor,08031234567,chioma.o@gmail.com,JMIA-88120',
        [P('08031234567'), E('chioma.o@gmail.com')],
        ['JMIA-88120'],
      ],
      [
        'en-NG',
        '[12/03/2026, 14:22] Emeka: my glo number na 0901 234 5678',
        [P('0901 234 5678')],
        ['12/03/2026, 14:22'],
      ],
      [
        'en-NG',
        'Regards,\nTunde Bakare\nCustomer Care, Lagos\nM: 0813 456 7890\nE: tunde.bakare@example.ng',
        [P('0813 456 7890'), E('tunde.bakare@example.ng')],
        ['Customer Care, Lagos'],
      ],
    ],
  ],
  [
    'Kenya (en-KE, sw-KE)',
    [
      [
        'en-KE',
        'QK12AB3CD4 Confirmed. Ksh1,500.00 sent to JOHN KAMAU 0712345678 on 12/3/26 at 2:22 PM',
        [P('0712345678')],
        ['QK12AB3CD4', 'Ksh1,500.00', '12/3/26', '2:22 PM'],
      ],
      ['sw-KE', 'Habari, namba yangu ni 0722 123 456', [P('0722 123 456')], ['Habari']],
      ['sw-KE', 'Nipigie kwa 0110 123 456 tafadhali', [P('0110 123 456')], ['tafadhali']],
      [
        'en-KE',
        'Paybill 247247, account 0733123456, amount 2,300',
        [P('0733123456')],
        ['247247', '2,300'],
      ],
      [
        'en-KE',
        'Order KE-20261203-88, call +254 722 123 456',
        [P('+254 722 123 456')],
        ['KE-20261203-88'],
      ],
      ['sw-KE', 'Nambari ya oda 558812, simu yangu 0733 123 456', [P('0733 123 456')], ['558812']],
      ['en-KE', 'Office line 020 2345678, Westlands', [P('020 2345678')], ['Westlands']],
      ['sw-KE', 'namba yangu ni 712345678', [P('712345678')], []],
    ],
  ],
  [
    'Hungarian (hu-HU)',
    [
      ['hu-HU', 'Jó napot, a telefonszámom +36 20 123 4567', [P('+36 20 123 4567')], ['Jó napot']],
      [
        'hu-HU',
        'Rendelésszám: 1002345678, mobil: 06 30 234 5678',
        [P('06 30 234 5678')],
        ['1002345678'],
      ],
      [
        'hu-HU',
        'Számlaszám HU67 1177 3016 6111 1103 0000 0006',
        [I('HU67 1177 3016 6111 1103 0000 0006')],
        [],
      ],
      ['hu-HU', 'Irányítószám 1051 Budapest, összeg 12 990 Ft', [], ['1051', '12 990 Ft']],
      ['hu-HU', 'Küldemény azonosító RB730192643HU, feladva 2026.12.01.', [], ['RB730192643HU']],
      [
        'hu-HU',
        '> 2026. dec. 3., 14:22 időpontban Kovács Anna írta:\n> hívjon a 06-70-345-6789 számon',
        [P('06-70-345-6789')],
        ['2026. dec. 3., 14:22'],
      ],
      [
        'hu-HU',
        'rendeles_id;nev;telefon\n20261203;Kovács Anna;+36 30 987 6543',
        [P('+36 30 987 6543')],
        ['20261203'],
      ],
      ['hu-HU', 'Budapesti vezetékes: 06 1 234 5678', [P('06 1 234 5678')], []],
    ],
  ],
  [
    'Czech (cs-CZ)',
    [
      ['cs-CZ', 'Dobrý den, moje číslo je 601 123 456', [P('601 123 456')], ['Dobrý den']],
      [
        'cs-CZ',
        'Objednávka č. 2026001234, tel. +420 777 123 456',
        [P('+420 777 123 456')],
        ['2026001234'],
      ],
      [
        'cs-CZ',
        'Platba na účet CZ17 0800 0000 0027 0948 3168',
        [I('CZ17 0800 0000 0027 0948 3168')],
        [],
      ],
      ['cs-CZ', 'PSČ 110 00 Praha 1, cena 1 299 Kč', [], ['110 00', '1 299 Kč']],
      ['cs-CZ', 'Zásilka PPL 40912345678, DHL 7301682496', [], ['40912345678', '7301682496']],
      [
        'cs-CZ',
        'S pozdravem\nJana Nováková\nzákaznická podpora\nMobil: 731 234 567\njana.novakova@seznam.cz',
        [P('731 234 567'), E('jana.novakova@seznam.cz')],
        ['zákaznická podpora'],
      ],
      [
        'cs-CZ',
        '{"objednavka":"2026001235","telefon":"+420222123456","email":"petr.svoboda@email.cz"}',
        [P('+420222123456'), E('petr.svoboda@email.cz')],
        ['2026001235'],
      ],
      [
        'cs-CZ',
        'účet CZ29 0300 0000 1911 8352 0467, variabilní symbol 2026001236',
        [I('CZ29 0300 0000 1911 8352 0467')],
        ['2026001236'],
      ],
    ],
  ],
  [
    'Ukrainian (uk-UA)',
    [
      ['uk-UA', 'Мій номер +380 67 123 4567, дякую', [P('+380 67 123 4567')], ['дякую']],
      [
        'uk-UA',
        'Нова пошта, ТТН 20450123456789, телефон 067 123 45 67',
        [P('067 123 45 67')],
        ['20450123456789'],
      ],
      [
        'uk-UA',
        'Оплатив на UA18 3052 9900 0002 6208 4713 5926 4',
        [I('UA18 3052 9900 0002 6208 4713 5926 4')],
        [],
      ],
      [
        'uk-UA',
        '[12/03/2026, 14:22] Олена: мобільний 050 234 56 78, замовлення 778812',
        [P('050 234 56 78')],
        ['12/03/2026, 14:22', '778812'],
      ],
      ['uk-UA', 'Київ, 044 123 45 67, індекс 01001', [P('044 123 45 67')], ['01001']],
      ['uk-UA', 'https://example.ua/order?id=778813&tel=0931234567', [P('0931234567')], ['778813']],
    ],
  ],
  [
    'Hebrew (he-IL)',
    [
      ['he-IL', 'שלום, המספר שלי 050-234-5678, הזמנה 445566', [P('050-234-5678')], ['445566']],
      ['he-IL', 'טלפון בעבודה 03-123-4567', [P('03-123-4567')], []],
      ['he-IL', 'העברתי ל-IL53 0108 0000 0041 8273 651', [I('IL53 0108 0000 0041 8273 651')], []],
      [
        'he-IL',
        'בברכה,\nנועה לוי\nנייד: 054-7654321\nnoa.levi@walla.co.il',
        [P('054-7654321'), E('noa.levi@walla.co.il')],
        ['נועה לוי'],
      ],
      ['he-IL', 'משלוח דואר ישראל RR903177253IL', [], ['RR903177253IL']],
      ['he-IL', 'IL03 0126 1100 0000 9283 746', [I('IL03 0126 1100 0000 9283 746')], []],
    ],
  ],
  [
    'Vietnamese (vi-VN)',
    [
      [
        'vi-VN',
        '[12/03/2026, 14:22] Lan: số em 091 234 5678 nha',
        [P('091 234 5678')],
        ['12/03/2026, 14:22'],
      ],
      [
        'vi-VN',
        'Mã đơn hàng 261203ABCD, gọi +84 912 345 678',
        [P('+84 912 345 678')],
        ['261203ABCD'],
      ],
      ['vi-VN', 'Mã vận đơn EB318702648VN', [], ['EB318702648VN']],
      [
        'vi-VN',
        '{"ma_don":"2612031234","sdt":"0987654321","dia_chi":"Quận 1"}',
        [P('0987654321')],
        ['2612031234'],
      ],
      ['vi-VN', 'Văn phòng 028 3812 3456, Quận 3', [P('028 3812 3456')], ['Quận 3']],
    ],
  ],
  [
    'Indonesian (id-ID)',
    [
      ['id-ID', 'Halo kak, no WA aku 0812-3456-7890 ya', [P('0812-3456-7890')], ['Halo kak']],
      [
        'id-ID',
        'No. pesanan 2612031234567, kirim ke +62 812 3456 7890',
        [P('+62 812 3456 7890')],
        ['2612031234567'],
      ],
      ['id-ID', 'Resi J&T JP1234567890 belum update', [], ['JP1234567890']],
      [
        'id-ID',
        'Nama,HP,Kota\nBudi Santoso,0857 1234 5678,Bandung',
        [P('0857 1234 5678')],
        ['Bandung'],
      ],
      ['id-ID', 'Kantor (021) 2345 6789, Jakarta Selatan', [P('(021) 2345 6789')], ['Jakarta']],
      [
        'id-ID',
        'email: budi.santoso@gmail.co.id, ongkir Rp 25.000',
        [E('budi.santoso@gmail.co.id')],
        ['Rp 25.000'],
      ],
    ],
  ],
  [
    'Korean (ko-KR)',
    [
      [
        'ko-KR',
        '---------- 전달된 메시지 ----------\n> 연락처: 010-1234-5678\n> 주문번호: 20261203-0001',
        [P('010-1234-5678')],
        ['20261203-0001'],
      ],
      [
        'ko-KR',
        '{"orderId":"2026120300017","receiverPhone":"010 9876 5432"}',
        [P('010 9876 5432')],
        ['2026120300017'],
      ],
      ['ko-KR', '사무실 02-345-6789 로 연락주세요', [P('02-345-6789')], []],
    ],
  ],
  [
    'Screenshots read by OCR',
    [
      [
        'en-NG',
        'Emai1: chioma.okafor@gmai1.com\n0rder N0. 312456790',
        [E('chioma.okafor@gmai1.com')],
        ['312456790'],
      ],
      ['en-KE', 'Tel: O712 345 678', [P('O712 345 678')], []],
      ['en-NG', 'Phone: 0803 l23 4567', [P('0803 l23 4567')], []],
      ['hu-HU', 'Te1efon: +36 20 123 4567', [P('+36 20 123 4567')], []],
      ['cs-CZ', 'Objednávka c. 2O26001237', [], ['2O26001237']],
    ],
  ],
  [
    'Tracking numbers of real carriers (stay)',
    [
      ['en-NG', 'UPS tracking 1Z4E1W8A6803917427, ETA Friday', [], ['1Z4E1W8A6803917427']],
      ['en-KE', 'Your DHL Express waybill is 1234567891', [], ['1234567891']],
      ['nl-NL', 'PostNL track & trace 3SABCD123456789', [], ['3SABCD123456789']],
      ['es-ES', 'Correos: envío UA190283645ES en reparto', [], ['UA190283645ES']],
      ['en-IN', 'India Post Speed Post EE602184379IN booked', [], ['EE602184379IN']],
      ['hi-IN', 'स्पीड पोस्ट नंबर EK803756127IN', [], ['EK803756127IN']],
      ['ar-EG', 'رقم التتبع RR560712948EG', [], ['RR560712948EG']],
      ['uk-UA', 'ТТН 59001234567891', [], ['59001234567891']],
      [
        'en-KE',
        'https://www.ups.com/track?tracknum=1ZV8R2346603928477&loc=en_KE',
        [],
        ['1ZV8R2346603928477'],
      ],
    ],
  ],
];

/**
 * A second pass, written after the first had run: a mobile written bare (no separator, and no
 * trunk where the market writes none) after the words a customer of these markets writes before
 * it, and a reference's number after the same words that must stay.
 */
const LABELS: readonly (readonly [string, readonly Case[]])[] = [
  [
    'labels before a bare mobile',
    [
      ['kk-KZ', 'менің нөмірім 87012345678', [P('87012345678')], []],
      ['kk-KZ', 'нөмірім: 7012345678', [P('7012345678')], []],
      ['kk-KZ', 'тапсырыс нөмірі 7012345678', [], ['7012345678']],
      ['sw-KE', 'nipigie 722123456', [P('722123456')], []],
      ['sw-KE', 'simu yangu 733123456', [P('733123456')], []],
      ['sw-KE', 'nambari yangu ya simu ni 722123456', [P('722123456')], []],
      ['sw-KE', 'simu: 0722123456', [P('0722123456')], []],
      ['cs-CZ', 'moje číslo je 601123456', [P('601123456')], []],
      ['cs-CZ', 'mobil 601123456', [P('601123456')], []],
      ['cs-CZ', 'moje číslo objednávky je 601123456', [], ['601123456']],
      ['hu-HU', 'telefonszám: 301234567', [P('301234567')], []],
      ['ar-MA', 'رقم الهاتف ديالي 661234567', [P('661234567')], []],
    ],
  ],
];

/**
 * The rows still failing, each with the reason it is left (asserted as failing below). None since
 * T45d: an OCR'd "O" or "l" inside a phone ("Tel: O712 345 678", "Phone: 0803 l23 4567") was
 * left, since reading letters as digits would take words ("Tel: Olga 123") for numbers; it is read
 * now right after a phone's label, only inside a group of digits (ocrPhone.ts, below).
 */
const LEFT: ReadonlyMap<string, string> = new Map();

const held = (groups: readonly (readonly [string, readonly Case[]])[]) =>
  groups.map(([name, cases]) => [name, cases.filter(([, text]) => !LEFT.has(text))] as const);

describeAudit(held([...AUDIT, ...LABELS]));

/**
 * Voice-to-text transcripts, the numbers said in words: read with the opt-in spoken recognizers.
 */
const SPOKEN: readonly (readonly [string, readonly Case[]])[] = [
  [
    'spoken numbers',
    [
      [
        'en-NG',
        'my number is zero eight zero three one two three four five six seven',
        [P('zero eight zero three one two three four five six seven')],
        [],
      ],
      [
        'en-KE',
        'Customer: it is oh seven one two, three four five, six seven eight',
        [P('oh seven one two, three four five, six seven eight')],
        [],
      ],
      [
        'ar-EG',
        'رقمي صفر واحد صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية',
        [P('صفر واحد صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية')],
        [],
      ],
      [
        'vi-VN',
        'số của em là không chín một hai ba bốn năm sáu bảy tám',
        [P('không chín một hai ba bốn năm sáu bảy tám')],
        [],
      ],
      [
        'he-IL',
        'המספר שלי אפס חמש אפס שתיים שלוש ארבע חמש שש שבע שמונה',
        [P('אפס חמש אפס שתיים שלוש ארבע חמש שש שבע שמונה')],
        [],
      ],
      [
        'id-ID',
        'nomor saya nol delapan satu dua tiga empat lima enam tujuh delapan sembilan nol',
        [P('nol delapan satu dua tiga empat lima enam tujuh delapan sembilan nol')],
        [],
      ],
      [
        'uk-UA',
        'мій номер нуль шість сім один два три чотири п’ять шість сім',
        [P('нуль шість сім один два три чотири п’ять шість сім')],
        [],
      ],
      [
        'cs-CZ',
        'moje číslo je šest nula jedna jedna dva tři čtyři pět šest',
        [P('šest nula jedna jedna dva tři čtyři pět šest')],
        [],
      ],
      [
        'hu-HU',
        'a számom nulla hat harminc kettő három négy öt hat hét nyolc',
        [P('nulla hat harminc kettő három négy öt hat hét nyolc')],
        [],
      ],
      [
        'en-NG',
        'the order number is three one two four five six seven eight nine',
        [],
        ['three one two four five six seven eight nine'],
      ],
      ['id-ID', 'saya sudah menunggu tiga hari, dua kali telepon', [], ['tiga hari']],
    ],
  ],
];

describeAudit(held(SPOKEN), { recognizers: spokenNumberRecognizers });

describe.skipIf(LEFT.size === 0)('left as they are', () => {
  const rows = [...AUDIT, ...LABELS, ...SPOKEN].flatMap(([, cases]) => cases);
  it.fails.each([...LEFT].map(([text, reason]) => [reason, text]))('%s: %j', (_, text) => {
    const [locale, , go] = rows.find(([, t]) => t === text) as Case;
    const out = redact(text, { locale, recognizers: spokenNumberRecognizers }).text;
    for (const [, value] of go) expect(out).not.toContain(value);
  });
});

describe('the rows the fixes are for', () => {
  // Each stayed on the code before the fixes: the words are keywords.ts PHONE_WORDS.
  it.each([
    ['sw-KE', 'namba yangu ni 712345678', 'namba yangu ni [PHONE]'],
    ['sw-KE', 'nipigie 722123456', 'nipigie [PHONE]'],
    ['sw-KE', 'simu yangu 733123456', 'simu yangu [PHONE]'],
    ['sw-KE', 'nambari yangu ya simu ni 722123456', 'nambari yangu ya simu ni [PHONE]'],
    ['cs-CZ', 'moje číslo je 601123456', 'moje číslo je [PHONE]'],
    ['hu-HU', 'Tegnap rendeltem, hívjon: 06 30 234 5678', 'Tegnap rendeltem, hívjon: [PHONE]'],
    ['kk-KZ', 'менің нөмірім 87012345678', 'менің нөмірім [PHONE]'],
    ['kk-KZ', 'нөмірім: 7012345678', 'нөмірім: [PHONE]'],
    ['kk-KZ', 'Менің телефон нөмірім 87012345678', 'Менің телефон нөмірім [PHONE]'],
  ])('%s %j is %j', (locale, text, out) => {
    expect(redact(text, { locale }).text).toBe(out);
  });

  // Each stayed too: the digit words are recognizers/spoken.ts DIGITS. Ukrainian with each
  // apostrophe a keyboard types in "п’ять" (five) and "дев’ять" (nine).
  it.each([
    ['id-ID', 'nomor saya nol delapan satu dua tiga empat lima enam tujuh delapan sembilan nol'],
    ['id-ID', 'nomor saya kosong delapan satu dua tiga empat lima enam tujuh delapan sembilan'],
    ['uk-UA', 'мій номер нуль шість сім один два три чотири п’ять шість сім'],
    ['uk-UA', "мій номер нуль шість сім один два три чотири п'ять шість дев'ять"],
    ['uk-UA', 'мій номер нуль шість сім один два три чотири пʼять шість девʼять'],
    ['cs-CZ', 'moje číslo je šest nula jedna jedna dva tři čtyři pět šest'],
    ['hu-HU', 'a számom nulla hat három nulla kettő három négy öt hat hét nyolc'],
    // Hungarian groups: a ten alone, a mobile's prefix by its name ("harmincas"), one word below
    // a thousand ("hatszáznegyven", "harminckettő"), "száz" dropped ("hat negyven"), "plusz".
    ['hu-HU', 'a számom nulla hat harminc kettő három négy öt hat hét nyolc'],
    ['hu-HU', 'a számom nulla hat harmincas kettő három négy ötvenhat hetvennyolc'],
    ['hu-HU', 'a számom plusz harminchat húszas hatszáznegyven harminckettő nulla egy'],
    ['hu-HU', 'hívjon a nulla hat húsz, hat negyven, harminckettő, nulla egy számon'],
  ])('%s %j: the number goes', (locale, text) => {
    const out = redact(text, { locale, recognizers: spokenNumberRecognizers });
    expect(out.findings.map((f) => f.type)).toEqual(['phone']);
    expect(out.text).toMatch(/ \[PHONE\]( számon)?$/);
  });

  it.each([
    // "namba" alone is any number's, "simu" starts "simulation", and an order's word after "moje
    // číslo" is nearer.
    ['sw-KE', 'namba ya oda 722123456', false],
    ['en-US', 'simulation 2125550187 run', false],
    ['cs-CZ', 'moje číslo objednávky je 601123456', false],
    // Kazakh "нөмірім" after another noun is that noun's number (my order's, my account's), and
    // "нөмірімен" is "with its number".
    ['kk-KZ', 'тапсырыс нөмірім 7012345678', false],
    ['kk-KZ', 'шот нөмірім 7012345678', false],
    ['kk-KZ', 'Тапсырыс 1045872 нөмірімен тіркелді 7012345678', false],
    // Digit words that are everyday words, and amounts, stay.
    ['id-ID', 'saya sudah menunggu tiga hari, dua kali telepon', true],
    ['uk-UA', 'я заплатив п’ять тисяч гривень за два товари', true],
    ['hu-HU', 'hat hét alatt két csomag jött, egy hiányzik', true],
    ['hu-HU', 'harminc perc múlva, negyven forint, hatszáz darab', true],
    ['hu-HU', 'kilenc harminckor hívtam, ötvenkétezer forintot fizettem', true],
    ['hu-HU', 'a rendelésem harminckettő ötven hatvan hetven nyolcvan', true],
    // Hungarian "rendelés" and "megrendelés" (an order) keep an order's number, said or written;
    // "rendeltem" (I ordered) is a verb (below).
    ['hu-HU', 'rendelésszám nulla hat harminc kettő három négy öt hat hét nyolc', true],
    ['hu-HU', 'Rendelésszám: 0630 234 5678', false],
    ['hu-HU', 'A megrendelésem száma 06302345678', false],
    ['cs-CZ', 'objednávka dva tři čtyři pět šest sedm osm devět', true],
  ] as const)('%s %j stays', (locale, text, spoken) => {
    const options = spoken ? { locale, recognizers: spokenNumberRecognizers } : { locale };
    expect(redact(text, options).text).toBe(text);
  });
});

/** Each value as libphonenumber reads it: percent-encoding and Arabic-Indic digits undone. */
const plain = (s: string): string =>
  decodeURIComponent(s).replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));

/** UPU S10: weights 8-6-4-2-3-5-9-7 over the serial, 11 minus the sum mod 11; 10 is 0, 11 is 5. */
function s10Valid(value: string): boolean {
  const digits = value.slice(2, 10);
  const sum = [8, 6, 4, 2, 3, 5, 9, 7].reduce((t, w, k) => t + w * Number(digits[k]), 0);
  const check = 11 - (sum % 11);
  return Number(value[10]) === (check === 10 ? 0 : check === 11 ? 5 : check);
}

/** UPS 1Z: letters as (code - 63) mod 10, odd places once and even ones twice, mod 10. */
function upsValid(value: string): boolean {
  const body = value.slice(2, -1);
  const sum = [...body].reduce((t, c, k) => {
    const v = /\d/.test(c) ? Number(c) : (c.charCodeAt(0) - 63) % 10;
    return t + (k % 2 === 1 ? 2 * v : v);
  }, 0);
  return Number(value.at(-1)) === (10 - (sum % 10)) % 10;
}

describe('the audit itself', () => {
  it.each(
    [...AUDIT, ...LABELS]
      .flatMap(([, cases]) => cases)
      .flatMap(([locale, , go]) => go.map(([type, value]) => [locale, type, value])),
  )('%s %s %s is valid', (locale, type, value) => {
    const country = locale.split('-')[1] as Parameters<typeof isValidPhoneNumber>[1];
    // OCR rows are valid once their letters are read back as the digits they stand for.
    const read = plain(value).replace(/O/g, '0').replace(/l/g, '1');
    if (type === 'phone') expect(isValidPhoneNumber(read, country)).toBe(true);
    if (type === 'iban') expect(isValidIBAN(value.replace(/ /g, ''))).toBe(true);
  });

  it.each([
    'RR123456785KZ',
    'EE482139058MA',
    'CP204577315MA',
    'EG442108375EG',
    'RB730192643HU',
    'RR903177253IL',
    'EB318702648VN',
    'UA190283645ES',
    'EE602184379IN',
    'EK803756127IN',
    'RR560712948EG',
  ])('S10 %s carries its check digit', (value) => expect(s10Valid(value)).toBe(true));

  it.each(['1Z4E1W8A6803917427', '1ZV8R2346603928477', '1Z999AA10123456784'])(
    'UPS %s carries its check digit',
    (value) => expect(upsValid(value)).toBe(true),
  );

  it.each(['4820391752', '7301682496', '1234567891'])(
    'DHL Express %s carries its mod-7 digit',
    (value) => expect(Number(value.slice(0, 9)) % 7).toBe(Number(value[9])),
  );
});

/** Recall and precision over `groups`: a value gone and typed right, a finding on a value. */
function measure(groups: readonly (readonly [string, readonly Case[]])[]) {
  let goes = 0;
  let gone = 0;
  let findings = 0;
  let wrong = 0;
  for (const [locale, text, go] of groups.flatMap(([, cases]) => cases)) {
    const spoken = SPOKEN.some(([, cases]) => cases.some(([, t]) => t === text));
    const result = redact(
      text,
      spoken ? { locale, recognizers: spokenNumberRecognizers } : { locale },
    );
    const row = scoreRow(text, result, go);
    goes += row.goes;
    gone += row.gone;
    findings += row.findings;
    wrong += row.wrong;
  }
  return { goes, gone, findings, right: findings - wrong };
}

describe('recall and precision', () => {
  // On the code before the fixes: the first pass 86 of 93 values (0.925), the second 4 of 10
  // (0.400), and no finding on a look-alike; after them 91 of 93 and 10 of 10 (the rows LEFT),
  // and 93 of 93 once the OCR's letters are read (T45d).
  it.each([
    ['first pass', 93, [...AUDIT, ...SPOKEN]],
    ['second pass', 10, LABELS],
  ] as const)('%s: %i values go, no look-alike', (name, least, groups) => {
    const { goes, gone, findings, right } = measure(groups);
    console.info(
      `fourteenth audit, ${name}: ${groups.flatMap(([, c]) => c).length} rows, recall ${(gone / goes).toFixed(3)} (${gone}/${goes}), precision ${(right / findings).toFixed(3)} (${right}/${findings})`,
    );
    expect(gone).toBeGreaterThanOrEqual(least);
    expect(right).toBe(findings);
  });
});

// T45d: a Kenyan mobile as M-PESA writes it, the calling code and no "+" ("254712345678": its
// API's MSISDN, recognizers/mpesa.ts), stayed after "M-PESA" or "Mpesa" as a bare 12-digit run
// does after any word but a phone's. After an M-PESA word on its line it goes, in Kenya, where
// libphonenumber-js reads it (as it reads it after "whatsapp"); a transaction's confirmation
// code beside it (ten capitals and digits) stays.
describe('a Kenyan mobile as M-PESA writes it (T45d)', () => {
  it.each([
    ['en-KE', 'Mpesa 254712345678', 'Mpesa [PHONE]'],
    ['en-KE', 'M-PESA: 254712345678', 'M-PESA: [PHONE]'],
    ['en-KE', 'MPESA 254112345678', 'MPESA [PHONE]'],
    [
      'en-KE',
      'Mpesa QK12AB3CD4 confirmed, from 254712345678',
      'Mpesa QK12AB3CD4 confirmed, from [PHONE]',
    ],
    [
      'en-KE',
      'Paid via M-Pesa from 254712345678 (code QK12AB3CD4)',
      'Paid via M-Pesa from [PHONE] (code QK12AB3CD4)',
    ],
    ['en-KE', 'Mpesa 254712345678 QK12AB3CD4', 'Mpesa [PHONE] QK12AB3CD4'],
    [
      'sw-KE',
      'Nimetuma kwa M-PESA kutoka 254712345678, namba ya muamala QK12AB3CD4',
      'Nimetuma kwa M-PESA kutoka [PHONE], namba ya muamala QK12AB3CD4',
    ],
    ['en-KE', 'M-PESA 254712345678 254722123456', 'M-PESA [PHONE] [PHONE]'],
  ])('%s %j is %j', (locale, text, out) => {
    const result = redact(text, { locale });
    expect(result.text).toBe(out);
    expect(result.findings.every((f) => f.type === 'phone')).toBe(true);
  });

  it.each([
    // Without the word, or on another line, a bare run is an order's or an account's number.
    ['en-KE', '254712345678'],
    ['en-KE', 'Mpesa statement\n254712345678'],
    ['en-KE', 'Account 254712345678'],
    // A landline's run, one digit more, or an order's word nearer than the M-PESA word.
    ['en-KE', 'M-PESA 254202345678'],
    ['en-KE', 'M-PESA 2547123456789'],
    ['en-KE', 'M-PESA order 254712345678'],
    // Outside Kenya libphonenumber-js reads no calling code without its "+" (as after "whatsapp").
    ['en-US', 'M-PESA 254712345678'],
    // A word that holds "mpesa" is no M-PESA word; the confirmation code and the amount stay.
    ['en-KE', 'Humpesa 254712345678'],
    ['en-KE', 'M-PESA transaction QK12AB3CD4 of Ksh 2,500'],
  ])('%s %j stays', (locale, text) => {
    expect(redact(text, { locale }).text).toBe(text);
  });

  // The oracle is libphonenumber-js's own reading of the number with its "+": a Kenyan run after
  // "Mpesa" goes exactly where that number is valid, and never without the word.
  test.prop([fc.constantFrom('7', '1', '2', '4'), fc.stringMatching(/^\d{8}$/)])(
    'goes after the word exactly where libphonenumber-js reads a valid Kenyan number',
    (first, rest) => {
      const run = `254${first}${rest}`;
      const valid = isValidPhoneNumber(`+${run}`) && '71'.includes(first);
      expect(redact(`Mpesa ${run}`, { locale: 'en-KE' }).text === 'Mpesa [PHONE]').toBe(valid);
      expect(redact(`Akaunti ${run}`, { locale: 'sw-KE' }).text).toBe(`Akaunti ${run}`);
    },
  );
});

// T45d: the audit's two rows left, a phone an OCR wrote with "O" for 0 or "l" for 1. Read right
// after a phone's label only, only "O"/"o" → 0 and "l"/"I" → 1, only inside a group that holds a
// digit (recognizers/ocrPhone.ts); a word stays ("Tel: Ollie"), and so does every such print
// that no phone label stands right before. On the recorded corpus (10,220 outputs: 42 runs with
// such a letter beside a digit, IBANs' letters and "o 12:02" among them) nothing changed.
describe('a phone an OCR wrote with a letter for a digit (T45d)', () => {
  it.each([
    ['en-KE', 'Tel: O712 345 678', 'Tel: [PHONE]'],
    ['en-NG', 'Phone: 0803 l23 4567', 'Phone: [PHONE]'],
    ['en-GB', 'Tel. O7911 I23456', 'Tel. [PHONE]'],
    ['en-GB', 'Tel: O2O 7946 OO18', 'Tel: [PHONE]'],
    ['de-DE', 'Tel. O151 23456789', 'Tel. [PHONE]'],
    [
      'en-KE',
      'Name: Amina\nTel: o712 345 678\nEmail: amina@example.com',
      'Name: Amina\nTel: [PHONE]\nEmail: [EMAIL]',
    ],
    // A word beside the number stays; the number after it reads as before.
    ['en-KE', 'Tel: Ollie 0712 345 678', 'Tel: Ollie [PHONE]'],
  ])('%s %j is %j', (locale, text, out) => {
    expect(redact(text, { locale }).text).toBe(out);
  });

  it.each([
    // Words, and letters in no group with a digit.
    ['en-KE', 'Tel: Ollie'],
    ['en-KE', 'Tel: Olga 123'],
    ['en-GB', 'Tel: lOl'],
    ['en-GB', 'Tel: IO 7911 I23'],
    // No phone label right before: none at all, an order's word, a label further back.
    ['en-KE', 'O712 345 678'],
    ['en-GB', 'Order O7911 123456'],
    ['en-GB', 'my number is O7911 123456'],
    ['en-GB', 'Tel: see order O7911 123456'],
    // A date, an OCR'd order number, a glued letter, an IBAN's letters.
    ['en-GB', 'Tel: 2O24-11-30'],
    ['cs-CZ', 'Objednávka c. 2O26001237'],
    ['en-GB', 'Tel: O7911 123456x'],
    ['pl-PL', 'Kurier był o 12:02, tel. nie odbierał'],
  ])('%s %j stays', (locale, text) => {
    expect(redact(text, { locale }).text).toBe(text);
  });

  // The oracle is the number as typed in digits: after "Tel: ", a UK mobile whose "0"s and "1"s an
  // OCR read as letters goes exactly as its digits do; without the label, neither goes.
  const digitsOf = (s: string) => s.replace(/[Oo]/g, '0').replace(/[lI]/g, '1');
  const mobile = fc
    .tuple(fc.stringMatching(/^[0-9]{6}$/), fc.constantFrom('', ' '))
    .map(([rest, sep]) => `07911${sep}${rest}`);
  const ocr = (n: string) =>
    fc
      .array(fc.constantFrom(0, 1, 2), { minLength: n.length, maxLength: n.length })
      .map((picks) =>
        [...n]
          .map((c, k) =>
            c === '0' && picks[k] !== 0
              ? picks[k] === 1
                ? 'O'
                : 'o'
              : c === '1' && picks[k] !== 0
                ? picks[k] === 1
                  ? 'l'
                  : 'I'
                : c,
          )
          .join(''),
      );
  test.prop([mobile.chain((n) => ocr(n))])(
    'reads an OCR’d number after a phone label as its digits are read',
    (typed) => {
      // The same length: the findings of one are the other's, span for span.
      const spans = (text: string) =>
        redact(text, { locale: 'en-GB' }).findings.map((f) => [f.start, f.end, f.type]);
      expect(spans(`Tel: ${typed}`)).toEqual(spans(`Tel: ${digitsOf(typed)}`));
      if (/[OolI]/.test(typed)) expect(spans(`Ref ${typed}`)).toEqual([]);
    },
  );
});
