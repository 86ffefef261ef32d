// T56c's audit (2026-12-05, issue #14, blind): the eighteen locales the earlier audits read
// thinly, as their customers write to support in chat, e-mail, WhatsApp and LINE exports, SMS and
// voice-to-text: Korea, Vietnam, Indonesia, Malaysia, the Philippines, Thailand, Israel, Ukraine,
// Egypt, the Emirates, Morocco (Darija and French), Mexico, Colombia, Portugal, Taiwan, South
// Africa, Australia and Turkey. Each market's phones in the prints its people use (Korea's
// 010-XXXX-XXXX and dotted, Vietnam's ten-digit mobiles since 2018 and HCMC's 028, Indonesia's
// 08xx-xxxx-xxxx and Jakarta's (021), Malaysia's 011 mobiles of ten digits, Manila's (02) 8xxx,
// Colombia's ten-digit numbers with no trunk prefix and Bogotá's 601 since September 2021,
// Mexico's ten digits since 2019, Morocco's 06 in pairs, Egypt's in Arabic-Indic digits, Thailand's
// in Thai digits), addresses on the countries' own IDN top-level domains (.한국, .ไทย, .ישראל,
// .укр, .مصر, .امارات, .台灣) and local parts in Spanish, cards of the local schemes (Napas,
// Meeza, Troy, BC Card), IBANs where the country has them (Portugal, Turkey, the Emirates, Israel,
// Ukraine, Egypt, Morocco), IPv4 and IPv6; and beside them each market's look-alikes: order
// numbers of Shopee, Tokopedia, Lazada, Tiki, Coupang, Mercado Libre, Trendyol, Hepsiburada, Noon,
// Jumia, Takealot, Rozetka and Worten; tracking numbers of J&T, SiCepat, GHTK, Pos Laju, Ninja
// Van, LBC, Kerry, Thailand Post, Israel Post, Nova Poshta, Ukrposhta, Aramex, Emirates Post,
// Amana, Estafeta, Servientrega, CTT, Black Cat, The Courier Guy, Australia Post, Yurtiçi and CJ;
// amounts in their prints ("Rp 1.250.000", "₫1.250.000", "RM 49.90", "₩39,000", "₺1.299,90",
// "٤٥٠ ج.م", "฿1,290", "₪349.90", "1 299,00 ₴", "NT$1,290", "R 1 299,99", "A$129.95", "COP
// $150.000"); dates in the Buddhist, ROC, Hebrew and Hijri calendars and Korean and Vietnamese
// words; postcodes; payment references (GCash, OXXO, BCA virtual accounts). Every value is
// synthetic and valid: phones by libphonenumber-js/max for the locale's country, IBANs by ibantools
// (Portugal's NIB key computed), cards by Luhn, the national ids the issue lists (Korea's RRN,
// Turkey's TCKN, Israel's ID, Thailand's and Taiwan's) by their own algorithms (checked below); no
// look-alike of 13–19 digits passes Luhn (checked below). Each row's expected output was written
// before redact read any of them.
//
// The first pass (AUDIT, 163 rows in the 18 locales, 146 values, 131 look-alikes), on the code
// before T56c: recall 1.000 (146 of 146), precision 1.000 (146 of 146), no look-alike touched.
// The second pass (SECOND, 35 rows, written after the first ran, in the prints that push its
// shapes) held 34 of 35 values, precision 1.000, none of its 14 look-alikes touched: the number in
// a Zalo link ("zalo.me/84843456789", Vietnam's chat app, which links a chat as WhatsApp's
// "wa.me/" does) stayed. Fixed: "zalo.me/" before a digit is read as "wa.me/" is (digits.ts
// shadowOf), in international form and national ("zalo.me/0912345678"). After: 146 of 146 and 35
// of 35, precision 1.000 both. A third pass (SPOKEN, 18 calls, one a market, written after the
// second ran; the opt-in spoken recognizers) held 13 of 18: the Malay "lapan" (8) was no digit
// word, and Korean, Thai and Chinese digit words and French said for an Arabic locale are read by
// none (LEFT, each with its reason). Fixed: Malay's digit words (spoken.ts). After: 14 of 18,
// precision 1.000. Then (T59c) Korean, Thai and Chinese digit words written without spaces
// (spokenGlued.ts) and French where a country's desk speaks it ("ar-MA", spokenCountries.ts):
// 18 of 18, precision 1.000, LEFT empty. A fourth pass (FOURTH, 19 rows, written after the third ran: companies' tax
// and registration numbers on an invoice beside the customer's phone, several led by "0" or
// carrying a check digit) held 18 of 18 values, precision 1.000, none of its 37 look-alikes
// touched.
//
// National ids the issue does not list (NOTED, out of the figures): Vietnam's CCCD, Indonesia's
// NIK, Malaysia's MyKad, the Philippines' PhilSys number, Ukraine's RNOKPP, Egypt's national id,
// the Emirates ID, Morocco's CIN, Mexico's CURP and CLABE, Colombia's cédula (Portugal's NIF since T61b),
// South Africa's identity number, Australia's TFN and BSB. Two of them carry a Luhn check digit
// over 13 or 15 digits (the Emirates ID, 784-YYYY-NNNNNNN-C, Luhn as Microsoft Purview gives it;
// South Africa's YYMMDDSSSSCAZ) and go as [CARD] by the guide's Luhn rule (its known gaps); the
// others stay, having no recognizer, but for those found since T61c and T63c (FOUND_SINCE). The
// rows assert each, as the guide states them.
import { type RedactOptions, redact, spokenNumberRecognizers } from '@meridian-cx/privacy';
import { isValidIBAN } from 'ibantools';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { type Case, describeAudit, type Go, measureAudit } from './audit.js';
import { iban, luhnOk, withLuhn } from './corpus/checks.js';
import { ilId, krRrn, tckn } from './moreIdsGen.js';

const P = (value: string): Go => ['phone', value];
const E = (value: string): Go => ['email', value];
const I = (value: string): Go => ['iban', value];
const C = (value: string): Go => ['card', value];
const IP = (value: string): Go => ['ip', value];

const AUDIT: readonly (readonly [string, readonly Case[]])[] = [
  [
    'Korea (ko-KR)',
    [
      [
        'ko-KR',
        '안녕하세요, 쿠팡 주문번호 31000123456789 배송이 아직 안 왔어요. 연락처 010-2345-6789로 전화주세요.',
        [P('010-2345-6789')],
        ['31000123456789'],
      ],
      [
        'ko-KR',
        '결제 금액 ₩39,000이 두 번 빠져나갔습니다. 카드 9704-1234-5678-9015, 이메일 minjun.kim@예시.한국',
        [C('9704-1234-5678-9015'), E('minjun.kim@예시.한국')],
        ['₩39,000'],
      ],
      [
        'ko-KR',
        '[Web발신] 고객님 번호 +82 10-9876-5432 로 회신 부탁드립니다',
        [P('+82 10-9876-5432')],
        ['[Web발신]'],
      ],
      [
        'ko-KR',
        '제 전화번호는 010 9876 5432 입니다 주문번호는 2026 1205 0001 이고요',
        [P('010 9876 5432')],
        ['2026 1205 0001'],
      ],
      [
        'ko-KR',
        `주민등록번호 ${krRrn('850315', 1, '23456').replace(/^(\d{6})/, '$1-')} 확인 부탁드려요, 우편번호 06236`,
        [['kr-rrn', '850315-1234566']],
        ['06236'],
      ],
      [
        'ko-KR',
        '2026년 12월 5일 주문했어요. 휴대폰 010.3456.7890 으로 문자 주세요',
        [P('010.3456.7890')],
        ['2026년 12월 5일'],
      ],
      [
        'ko-KR',
        '앱 로그인 오류가 나요. 접속 IP 211.234.10.77, 계정 jiwoo.park@naver.com',
        [IP('211.234.10.77'), E('jiwoo.park@naver.com')],
        [],
      ],
      [
        'ko-KR',
        '2026. 12. 5. 오후 2:14, 김민준 : 환불은 카드 5425 2334 3010 9903 으로 해주세요',
        [C('5425 2334 3010 9903')],
        ['2026. 12. 5. 오후 2:14'],
      ],
      [
        'ko-KR',
        '₩1,290,000 결제했는데 주문번호 20261205-0012345 조회가 안됩니다',
        [],
        ['₩1,290,000', '20261205-0012345'],
      ],
      [
        'ko-KR',
        '사무실 031-987-6543 으로 연락주세요 (평일 09:00~18:00)',
        [P('031-987-6543')],
        ['09:00~18:00'],
      ],
    ],
  ],
  [
    'Vietnam (vi-VN)',
    [
      [
        'vi-VN',
        'Em đặt đơn Shopee mã 251205KJ8XYZAB, mã vận đơn GHTK S22.123456789, sđt em 0912 345 678',
        [P('0912 345 678')],
        ['251205KJ8XYZAB', 'S22.123456789'],
      ],
      [
        'vi-VN',
        'Số tiền ₫1.250.000 đã bị trừ nhưng đơn chưa xác nhận. Liên hệ +84 912 345 678 hoặc email lan.nguyen@ví-dụ.vn',
        [P('+84 912 345 678'), E('lan.nguyen@ví-dụ.vn')],
        ['₫1.250.000'],
      ],
      [
        'vi-VN',
        'Toi da chuyen 1.250.000d, the Visa 4556 3612 3456 7895 bi tru 2 lan. Goi lai 0983 456 789',
        [C('4556 3612 3456 7895'), P('0983 456 789')],
        ['1.250.000d'],
      ],
      [
        'vi-VN',
        'số điện thoại bàn của tôi là 028 3823 4567 mã bưu chính 700000',
        [P('028 3823 4567')],
        ['700000'],
      ],
      [
        'vi-VN',
        'Đơn Lazada 512345678901234 ngày 05/12/2026, địa chỉ IP 14.161.22.9 bị khóa',
        [IP('14.161.22.9')],
        ['512345678901234', '05/12/2026'],
      ],
      [
        'vi-VN',
        'Kính gửi CSKH, tài khoản tuan.pham@gmail.com, điện thoại 0356-789-012, mã bưu điện 100000',
        [E('tuan.pham@gmail.com'), P('0356-789-012')],
        ['100000'],
      ],
      [
        'vi-VN',
        'Hẹn giao ngày 05-12-2026 lúc 14:30, gọi trước 0703 456 789 nhé',
        [P('0703 456 789')],
        ['05-12-2026', '14:30'],
      ],
      [
        'vi-VN',
        'Thẻ ATM Napas 9704 1234 5678 9015 bị khóa sau khi thanh toán',
        [C('9704 1234 5678 9015')],
        [],
      ],
      [
        'vi-VN',
        'Tiki mã đơn 123456789, hoàn tiền 349.000 ₫ giúp em',
        [],
        ['123456789', '349.000 ₫'],
      ],
    ],
  ],
  [
    'Indonesia (id-ID)',
    [
      [
        'id-ID',
        '[05/12/26 10.14.22] Budi Santoso: Kak, pesanan Tokopedia INV/20261205/MPL/3599123456 belum sampai. WA saya 0812-3456-7890',
        [P('0812-3456-7890')],
        ['INV/20261205/MPL/3599123456', '05/12/26 10.14.22'],
      ],
      [
        'id-ID',
        'Sudah transfer Rp 1.250.000 ke VA BCA 8806081234567890, tolong dicek. Email: budi.s@contoh.co.id',
        [E('budi.s@contoh.co.id')],
        ['Rp 1.250.000', '8806081234567890'],
      ],
      [
        'id-ID',
        'No. pesanan Shopee 2512058ABCDEFG, resi J&T JP1234567890, hp +62 812 3456 7890',
        [P('+62 812 3456 7890')],
        ['2512058ABCDEFG', 'JP1234567890'],
      ],
      [
        'id-ID',
        'Halo, nomor saya 0857 1234 5678, kode pos 12190, Jakarta Selatan',
        [P('0857 1234 5678')],
        ['12190'],
      ],
      ['id-ID', 'Telp kantor (021) 5551234 ext 12', [P('(021) 5551234')], ['ext 12']],
      [
        'id-ID',
        'Kartu kredit 5241 5112 3456 7893 kena double charge Rp 499.000',
        [C('5241 5112 3456 7893')],
        ['Rp 499.000'],
      ],
      [
        'id-ID',
        'halo kak nomor saya 0813 9876 5432 atas nama siti terima kasih',
        [P('0813 9876 5432')],
        [],
      ],
      [
        'id-ID',
        'Akun siti.rahma@yahoo.co.id terkunci, login terakhir dari 36.72.14.201',
        [E('siti.rahma@yahoo.co.id'), IP('36.72.14.201')],
        [],
      ],
      [
        'id-ID',
        'Tgl 5 Des 2026, total Rp1.299.000, resi SiCepat 004123456789',
        [],
        ['Rp1.299.000', '004123456789', '5 Des 2026'],
      ],
      ['id-ID', 'email saya andi@toko-ku.id ya kak', [E('andi@toko-ku.id')], []],
    ],
  ],
  [
    'Malaysia (ms-MY)',
    [
      [
        'ms-MY',
        'Order Shopee 251205ABCD1234 belum sampai. Tracking Pos Laju ER123456789MY. No tel 012-345 6789',
        [P('012-345 6789')],
        ['251205ABCD1234', 'ER123456789MY'],
      ],
      [
        'ms-MY',
        'Saya dah bayar RM 49.90 tapi status masih pending. Hubungi saya di +60 11-2345 6789',
        [P('+60 11-2345 6789')],
        ['RM 49.90'],
      ],
      [
        'ms-MY',
        'Emel: aisyah.rahman@contoh.com.my, poskod 50450 Kuala Lumpur',
        [E('aisyah.rahman@contoh.com.my')],
        ['50450'],
      ],
      [
        'ms-MY',
        'Lazada order 398765432109876 RM129.00, kad 4000 0056 7812 3457',
        [C('4000 0056 7812 3457')],
        ['398765432109876', 'RM129.00'],
      ],
      ['ms-MY', 'Pejabat: 03-2123 4567 (isnin-jumaat)', [P('03-2123 4567')], []],
      [
        'ms-MY',
        '05/12/2026, 10:14 - Ahmad: boleh call 019-876 5432 lepas 5pm',
        [P('019-876 5432')],
        ['05/12/2026, 10:14'],
      ],
      [
        'ms-MY',
        'Wifi router 192.168.1.1 ok tapi public IP 175.139.22.41 kena block',
        [IP('192.168.1.1'), IP('175.139.22.41')],
        [],
      ],
      [
        'ms-MY',
        'Ninja Van NVMY1234567890ABC, tarikh 5/12/2026, jumlah RM 1,250.00',
        [],
        ['NVMY1234567890ABC', '5/12/2026', 'RM 1,250.00'],
      ],
      ['ms-MY', 'tolong whatsapp saya 0167 890 123 sebab call tak dapat', [P('0167 890 123')], []],
    ],
  ],
  [
    'the Philippines (fil-PH)',
    [
      [
        'fil-PH',
        'Hi po, yung order ko sa Shopee 251205PHX12345 hindi pa dumating. Cp # ko 0917 123 4567',
        [P('0917 123 4567')],
        ['251205PHX12345'],
      ],
      [
        'fil-PH',
        'Nagbayad na po ako ₱1,250.00 via GCash ref 1234 567 890123, number ko +63 917 123 4567',
        [P('+63 917 123 4567')],
        ['₱1,250.00', '1234 567 890123'],
      ],
      [
        'fil-PH',
        'Lazada order #512345678901235, LBC tracking 123456789012, wala pa rin',
        [],
        ['512345678901235', '123456789012'],
      ],
      [
        'fil-PH',
        'Email ko po juan.delacruz@gmail.com, zip code 1226 Makati',
        [E('juan.delacruz@gmail.com')],
        ['1226'],
      ],
      ['fil-PH', 'Landline: (02) 8123 4567 loc. 101', [P('(02) 8123 4567')], ['loc. 101']],
      [
        'fil-PH',
        'CARD 2223 0012 3456 7894 po ang ginamit ko, pa-refund na lang',
        [C('2223 0012 3456 7894')],
        [],
      ],
      ['fil-PH', 'ok so my number is 0928 765 4321 thank you po', [P('0928 765 4321')], []],
      ['fil-PH', 'Di ako maka-login, IP ko 112.198.76.12', [IP('112.198.76.12')], []],
      [
        'fil-PH',
        'Globe load ₱299, ref no. 5001234567, 5 Dis 2026',
        [],
        ['₱299', '5001234567', '5 Dis 2026'],
      ],
    ],
  ],
  [
    'Thailand (th-TH)',
    [
      [
        'th-TH',
        'สั่งของ Shopee เลขคำสั่งซื้อ 251205TH9KX2PQ ยังไม่ได้รับ เบอร์ 081 234 5678 ค่ะ',
        [P('081 234 5678')],
        ['251205TH9KX2PQ'],
      ],
      [
        'th-TH',
        'โอนเงิน ฿1,290 แล้ว บัตร 4571 7312 3456 7890 ถูกตัดสองครั้ง',
        [C('4571 7312 3456 7890')],
        ['฿1,290'],
      ],
      ['th-TH', 'เลขบัตรประชาชน 1-1017-00123-45-6 ค่ะ', [['th-id', '1-1017-00123-45-6']], []],
      [
        'th-TH',
        'สั่งวันที่ 5 ธ.ค. 2569 พัสดุไปรษณีย์ไทย EF123456789TH ยังไม่มา',
        [],
        ['5 ธ.ค. 2569', 'EF123456789TH'],
      ],
      ['th-TH', 'ติดต่อ 02 123 4567 ต่อ 15', [P('02 123 4567')], ['ต่อ 15']],
      ['th-TH', 'อีเมล malee@ร้านค้า.ไทย นะคะ', [E('malee@ร้านค้า.ไทย')], []],
      [
        'th-TH',
        'โทร +66 89 765 4321 หรือ LINE id malee_shop',
        [P('+66 89 765 4321')],
        ['malee_shop'],
      ],
      ['th-TH', 'Kerry Express KEXSA1234567890 รหัสไปรษณีย์ 10110', [], ['KEXSA1234567890', '10110']],
      ['th-TH', 'เบอร์ ๐๘๑ ๒๓๔ ๕๖๗๘ ค่ะ', [P('๐๘๑ ๒๓๔ ๕๖๗๘')], []],
      ['th-TH', 'IP 27.55.14.203 ล็อกอินไม่ได้', [IP('27.55.14.203')], []],
    ],
  ],
  [
    'Israel (he-IL)',
    [
      [
        'he-IL',
        'שלום, הזמנה מספר 4567891 לא הגיעה. הטלפון שלי 050-234-5678',
        [P('050-234-5678')],
        ['4567891'],
      ],
      [
        'he-IL',
        'ת.ז. 034567818, מייל dana@דוגמה.ישראל',
        [['il-id', '034567818'], E('dana@דוגמה.ישראל')],
        [],
      ],
      [
        'he-IL',
        '₪349.90 חויב פעמיים בכרטיס 3714 496353 98431',
        [C('3714 496353 98431')],
        ['₪349.90'],
      ],
      ['he-IL', 'טלפון בבית 03-6123456', [P('03-6123456')], []],
      [
        'he-IL',
        'להחזר לחשבון IL62 0108 0000 0009 9999 999 בבקשה',
        [I('IL62 0108 0000 0009 9999 999')],
        [],
      ],
      ['he-IL', 'ה׳ בכסלו תשפ״ז (5.12.2026), מיקוד 6100001', [], ['5.12.2026', '6100001', 'תשפ״ז']],
      ['he-IL', 'משלוח RR123456789IL בדואר ישראל', [], ['RR123456789IL']],
      ['he-IL', 'וואטסאפ: +972 54-765-4321', [P('+972 54-765-4321')], []],
      ['he-IL', 'כתובת IP 2a02:6680:1100::12 חסומה', [IP('2a02:6680:1100::12')], []],
    ],
  ],
  [
    'Ukraine (uk-UA)',
    [
      [
        'uk-UA',
        'Добрий день! Замовлення Rozetka № 412345678, ТТН Нова Пошта 20450012345678, мій телефон 067 123 45 67',
        [P('067 123 45 67')],
        ['412345678', '20450012345678'],
      ],
      [
        'uk-UA',
        'Оплатив 1 299,00 ₴ карткою 5375 4112 3456 7894',
        [C('5375 4112 3456 7894')],
        ['1 299,00 ₴'],
      ],
      [
        'uk-UA',
        'Поверніть кошти на UA21 3223 1300 0002 6007 2335 6600 1',
        [I('UA21 3223 1300 0002 6007 2335 6600 1')],
        [],
      ],
      ['uk-UA', 'пошта: oksana@приклад.укр', [E('oksana@приклад.укр')], []],
      ['uk-UA', 'Viber +380 50 123 4567', [P('+380 50 123 4567')], []],
      ['uk-UA', 'тел. (044) 123-45-67', [P('(044) 123-45-67')], []],
      ['uk-UA', 'Укрпошта 0503512345678, індекс 01001', [], ['0503512345678', '01001']],
      [
        'uk-UA',
        '05.12.2026 о 14:30 дзвонив, мобільний 093-456-78-90',
        [P('093-456-78-90')],
        ['05.12.2026', '14:30'],
      ],
      ['uk-UA', 'IP-адреса 93.170.44.12 заблокована', [IP('93.170.44.12')], []],
    ],
  ],
  [
    'Egypt (ar-EG)',
    [
      [
        'ar-EG',
        'السلام عليكم، طلب نون رقم NEGH40012345678 ما وصلش، رقمي 010 1234 5678',
        [P('010 1234 5678')],
        ['NEGH40012345678'],
      ],
      [
        'ar-EG',
        'دفعت ٤٥٠ ج.م بالكارت 5078 0312 3456 7890',
        [C('5078 0312 3456 7890')],
        ['٤٥٠ ج.م'],
      ],
      ['ar-EG', 'موبايلي ٠١١٢٣٤٥٦٧٨٩', [P('٠١١٢٣٤٥٦٧٨٩')], []],
      [
        'ar-EG',
        'رقم الحساب الدولي EG38 0019 0005 0000 0000 2631 8000 2',
        [I('EG38 0019 0005 0000 0000 2631 8000 2')],
        [],
      ],
      ['ar-EG', 'الإيميل ahmed.hassan@مثال.مصر', [E('ahmed.hassan@مثال.مصر')], []],
      ['ar-EG', 'تليفون البيت 02 2345 6789', [P('02 2345 6789')], []],
      ['ar-EG', 'كلمني على +20 122 345 6789', [P('+20 122 345 6789')], []],
      [
        'ar-EG',
        'شحنة أرامكس 34567890123 وصلت مكتب القاهرة، الرمز البريدي 11511',
        [],
        ['34567890123', '11511'],
      ],
      [
        'ar-EG',
        'طلبت يوم ١٤ جمادى الآخرة ١٤٤٨ هـ ومن IP 41.33.12.200',
        [IP('41.33.12.200')],
        ['١٤ جمادى الآخرة ١٤٤٨'],
      ],
    ],
  ],
  [
    'the Emirates (ar-AE)',
    [
      [
        'ar-AE',
        'طلبي من نون NAEH40098765432 ما وصل، اتصل على 050 123 4567',
        [P('050 123 4567')],
        ['NAEH40098765432'],
      ],
      [
        'ar-AE',
        'المبلغ د.إ 250 انخصم مرتين من البطاقة 4035 1234 5678 9016',
        [C('4035 1234 5678 9016')],
        ['د.إ 250'],
      ],
      ['ar-AE', 'الآيبان AE07 0331 2345 6789 0123 456', [I('AE07 0331 2345 6789 0123 456')], []],
      [
        'ar-AE',
        'Hi, my number is +971 55 234 5678, Amazon.ae order 403-1234567-1234567',
        [P('+971 55 234 5678')],
        ['403-1234567-1234567'],
      ],
      ['ar-AE', 'هاتف المكتب 04 234 5678', [P('04 234 5678')], []],
      ['ar-AE', 'الإيميل mariam@مثال.امارات', [E('mariam@مثال.امارات')], []],
      [
        'ar-AE',
        'Tracking EE123456789AE, PO Box 12345 Dubai',
        [],
        ['EE123456789AE', 'PO Box 12345'],
      ],
      [
        'ar-AE',
        'AED 1,250.00 paid, login from IP 94.200.12.34',
        [IP('94.200.12.34')],
        ['AED 1,250.00'],
      ],
    ],
  ],
  [
    'Morocco (ar-MA, Darija and French)',
    [
      [
        'ar-MA',
        "Bonjour, ma commande Jumia n° 312456789 n'est pas arrivée. Mon numéro: 06 12 34 56 78",
        [P('06 12 34 56 78')],
        ['312456789'],
      ],
      ['ar-MA', 'سلام، عافاك عيط ليا على 0661234567 بخصوص الطلبية', [P('0661234567')], []],
      [
        'ar-MA',
        '05/12/2026 14:22 - Youssef: wa3ere, had nmra dyali +212 6 61 23 45 67',
        [P('+212 6 61 23 45 67')],
        ['05/12/2026 14:22'],
      ],
      [
        'ar-MA',
        'Remboursement sur IBAN MA64 0115 1900 0001 2050 0053 4921 svp',
        [I('MA64 0115 1900 0001 2050 0053 4921')],
        [],
      ],
      ['ar-MA', "j'ai payé 1 250,00 MAD, يعني 1250 درهم", [], ['1 250,00 MAD', '1250 درهم']],
      ['ar-MA', 'fixe 05 22 12 34 56 (Casablanca)', [P('05 22 12 34 56')], []],
      ['ar-MA', 'mon mail: karim.benali@exemple.ma', [E('karim.benali@exemple.ma')], []],
      ['ar-MA', 'colis Amana EA123456789MA, code postal 20250', [], ['EA123456789MA', '20250']],
      ['ar-MA', 'carte CIH 5521 3312 3456 7897 débitée deux fois', [C('5521 3312 3456 7897')], []],
    ],
  ],
  [
    'Mexico (es-MX)',
    [
      [
        'es-MX',
        'Hola, mi pedido de Mercado Libre #2000004567891234 no ha llegado. Mi cel: 55 1234 5678',
        [P('55 1234 5678')],
        ['2000004567891234'],
      ],
      [
        'es-MX',
        'Pagué $1,299.00 MXN con tarjeta 4539 1488 0343 6467',
        [C('4539 1488 0343 6467')],
        ['$1,299.00 MXN'],
      ],
      ['es-MX', 'mándame whats al +52 33 1234 5678', [P('+52 33 1234 5678')], []],
      [
        'es-MX',
        'Estafeta guía 1234567890123456789012, C.P. 06600',
        [],
        ['1234567890123456789012', '06600'],
      ],
      ['es-MX', 'correo: josé.pérez@correo.mx', [E('josé.pérez@correo.mx')], []],
      ['es-MX', 'tel. fijo 81 8123 4567 (Monterrey)', [P('81 8123 4567')], []],
      ['es-MX', 'mi IP es 187.190.44.12', [IP('187.190.44.12')], []],
      [
        'es-MX',
        'referencia OXXO 93001234567890 por $499.00, 05/12/2026',
        [],
        ['93001234567890', '$499.00', '05/12/2026'],
      ],
      [
        'es-MX',
        'hola buenas tardes mi número es 55 9876 5432 para lo del reembolso',
        [P('55 9876 5432')],
        [],
      ],
    ],
  ],
  [
    'Colombia (es-CO)',
    [
      [
        'es-CO',
        'Buenas, el pedido de Mercado Libre 2000005678901234 no llega, mi celular 300 123 4567',
        [P('300 123 4567')],
        ['2000005678901234'],
      ],
      [
        'es-CO',
        'Pagué COP $150.000 con la tarjeta 3782 822463 10005',
        [C('3782 822463 10005')],
        ['COP $150.000'],
      ],
      ['es-CO', 'escríbeme al +57 310 234 5678', [P('+57 310 234 5678')], []],
      ['es-CO', 'teléfono fijo 601 234 5678 en Bogotá', [P('601 234 5678')], []],
      [
        'es-CO',
        'guía Servientrega 2051234567, Interrapidísimo 240012345678',
        [],
        ['2051234567', '240012345678'],
      ],
      [
        'es-CO',
        'correo: valentina.gomez@ejemplo.com.co',
        [E('valentina.gomez@ejemplo.com.co')],
        [],
      ],
      [
        'es-CO',
        'compra del 05/12/2026 por $ 89.900, IP 181.52.33.7',
        [IP('181.52.33.7')],
        ['05/12/2026', '$ 89.900'],
      ],
      [
        'es-CO',
        '5/12/26, 2:14 p. m. - Andrés: llámame al 321 456 7890',
        [P('321 456 7890')],
        ['5/12/26, 2:14 p. m.'],
      ],
    ],
  ],
  [
    'Portugal (pt-PT)',
    [
      [
        'pt-PT',
        'Boa tarde, a encomenda nº 123456789 da Worten ainda não chegou. Telemóvel 912 345 678',
        [P('912 345 678')],
        ['123456789'],
      ],
      [
        'pt-PT',
        'Reembolso para o IBAN PT50 0007 0000 0012 3456 7890 6',
        [I('PT50 0007 0000 0012 3456 7890 6')],
        [],
      ],
      ['pt-PT', 'ligue para +351 21 123 4567', [P('+351 21 123 4567')], []],
      [
        'pt-PT',
        'CTT RR123456789PT, código postal 1100-148 Lisboa',
        [],
        ['RR123456789PT', '1100-148'],
      ],
      [
        'pt-PT',
        'Paguei 1.299,90 € com o cartão 4035 1234 5678 9016',
        [C('4035 1234 5678 9016')],
        ['1.299,90 €'],
      ],
      ['pt-PT', 'email: maria.silva@sapo.pt', [E('maria.silva@sapo.pt')], []],
      ['pt-PT', 'MB WAY para o 936 789 012 por favor', [P('936 789 012')], []],
      ['pt-PT', 'o meu IP é 2001:8a0:f2c4::1', [IP('2001:8a0:f2c4::1')], []],
      [
        'pt-PT',
        'IBAN PT50 0035 0123 0001 2345 6781 8, fatura FT 2026/1234',
        [I('PT50 0035 0123 0001 2345 6781 8')],
        ['FT 2026/1234'],
      ],
    ],
  ],
  [
    'Taiwan (zh-TW)',
    [
      [
        'zh-TW',
        '您好，我在蝦皮的訂單編號 251205TW8ABC12 還沒到，手機 0912-345-678',
        [P('0912-345-678')],
        ['251205TW8ABC12'],
      ],
      ['zh-TW', '身分證字號 F228765431', [['tw-id', 'F228765431']], []],
      ['zh-TW', '市話 (02) 2345-6789', [P('(02) 2345-6789')], []],
      ['zh-TW', 'LINE 打 +886 912 345 678 也可以', [P('+886 912 345 678')], []],
      ['zh-TW', '民國115年12月5日下單，金額 NT$1,290', [], ['115年12月5日', 'NT$1,290']],
      ['zh-TW', '黑貓宅急便單號 9012-3456-7890', [], ['9012-3456-7890']],
      ['zh-TW', '信用卡 3566 0020 0360 0505 被盜刷', [C('3566 0020 0360 0505')], []],
      ['zh-TW', '信箱 chen@例子.台灣', [E('chen@例子.台灣')], []],
      ['zh-TW', '郵遞區號 10617，登入 IP 1.34.56.78', [IP('1.34.56.78')], ['10617']],
      ['zh-TW', '7-11 交貨便代碼 F1234567 還沒寄出', [], ['F1234567']],
    ],
  ],
  [
    'South Africa (en-ZA)',
    [
      [
        'en-ZA',
        "Hi, Takealot order 123456789 hasn't arrived, cell 082 123 4567",
        [P('082 123 4567')],
        ['123456789'],
      ],
      ['en-ZA', 'WhatsApp me on +27 82 123 4567 pls', [P('+27 82 123 4567')], []],
      [
        'en-ZA',
        'paid R 1 299,99 on card 4000 0056 7812 3457',
        [C('4000 0056 7812 3457')],
        ['R 1 299,99'],
      ],
      ['en-ZA', 'landline 021 123 4567 (Cape Town)', [P('021 123 4567')], []],
      ['en-ZA', 'The Courier Guy waybill TCG1234567, postal code 8001', [], ['TCG1234567', '8001']],
      ['en-ZA', 'email thabo.nkosi@example.co.za', [E('thabo.nkosi@example.co.za')], []],
      ['en-ZA', 'ja my number is 072 345 6789 please call after 5', [P('072 345 6789')], []],
      ['en-ZA', 'my IP is 105.224.12.9', [IP('105.224.12.9')], []],
    ],
  ],
  [
    'Australia (en-AU)',
    [
      [
        'en-AU',
        "G'day, my order 123-4567890 from Catch hasn't come. Mobile 0412 345 678",
        [P('0412 345 678')],
        ['123-4567890'],
      ],
      ['en-AU', 'text me on +61 412 345 678', [P('+61 412 345 678')], []],
      ['en-AU', 'home phone (02) 9123 4567', [P('(02) 9123 4567')], []],
      [
        'en-AU',
        'AusPost tracking 33ABC1234567, postcode 2000, paid A$129.95',
        [],
        ['33ABC1234567', '2000', 'A$129.95'],
      ],
      ['en-AU', 'card 3714 496353 98431 was charged twice', [C('3714 496353 98431')], []],
      ['en-AU', 'email olivia.smith@example.com.au', [E('olivia.smith@example.com.au')], []],
      ['en-AU', 'IPv6 2001:44b8:1f4::a', [IP('2001:44b8:1f4::a')], []],
      ['en-AU', 'yeah nah mate my mobile is 0423 987 654 cheers', [P('0423 987 654')], []],
    ],
  ],
  [
    'Turkey (tr-TR)',
    [
      [
        'tr-TR',
        'Merhaba, Trendyol sipariş no 1234567890 henüz gelmedi. Cep: 0532 123 45 67',
        [P('0532 123 45 67')],
        ['1234567890'],
      ],
      [
        'tr-TR',
        '₺1.299,90 iki kez çekildi, kart 9792 0012 3456 7890',
        [C('9792 0012 3456 7890')],
        ['₺1.299,90'],
      ],
      [
        'tr-TR',
        'İade için IBAN TR33 0006 1005 1978 6457 8413 26',
        [I('TR33 0006 1005 1978 6457 8413 26')],
        [],
      ],
      ['tr-TR', 'TC kimlik no 23456789138', [['tr-tckn', '23456789138']], []],
      ['tr-TR', 'WhatsApp +90 532 123 45 67', [P('+90 532 123 45 67')], []],
      ['tr-TR', 'ev telefonu 0212 123 45 67', [P('0212 123 45 67')], []],
      [
        'tr-TR',
        'Yurtiçi Kargo takip no 123456789012, Hepsiburada sipariş 3123456789',
        [],
        ['123456789012', '3123456789'],
      ],
      ['tr-TR', 'e-posta: mehmet.yilmaz@örnek.com.tr', [E('mehmet.yilmaz@örnek.com.tr')], []],
      [
        'tr-TR',
        'posta kodu 34000, 05.12.2026 tarihinde IP 88.241.12.7 ile giriş',
        [IP('88.241.12.7')],
        ['34000', '05.12.2026'],
      ],
      ['tr-TR', 'beni arayın 0 (532) 123 45 67', [P('0 (532) 123 45 67')], []],
    ],
  ],
];

// The second pass, written after the first ran (it held every value and kept every look-alike):
// the same markets in the prints that push its shapes: glued to a label or a script without
// spaces, fullwidth and Arabic-Indic digits, bidi marks, calling codes with "00" or none, the "+38
// (0…)" of Ukraine, the dotted pairs of Morocco, masked numbers and the "safe numbers" Korean
// shops print, chat apps' links.
const SECOND: readonly (readonly [string, readonly Case[]])[] = [
  [
    'second pass',
    [
      ['ko-KR', '연락처:01023456789 (문자만 가능)', [P('01023456789')], []],
      ['ko-KR', '휴대폰 ０１０－２３４５－６７８９ 입니다', [P('０１０－２３４５－６７８９')], []],
      ['ko-KR', '배송 안심번호 0504-1234-5678 로 연락 주세요', [P('0504-1234-5678')], []],
      ['ko-KR', '주문자 010-****-5678 님, 결제 2026.12.05', [], ['010-****-5678', '2026.12.05']],
      ['vi-VN', 'sđt:0919876543 nha shop', [P('0919876543')], []],
      [
        'vi-VN',
        'Zalo 084.345.6789 hoặc zalo.me/84843456789',
        [P('084.345.6789'), P('84843456789')],
        [],
      ],
      ['id-ID', 'chat aja wa.me/6281234567890 kak', [P('6281234567890')], []],
      ['id-ID', 'Hp: +62-812-3456-7890 (Telkomsel)', [P('+62-812-3456-7890')], []],
      ['ms-MY', 'tel: +60123456789 atau 012-345 6789', [P('+60123456789'), P('012-345 6789')], []],
      ['fil-PH', 'GCash number ko po 09171234567', [P('09171234567')], []],
      ['fil-PH', 'text nyo ko sa +639171234567 salamat', [P('+639171234567')], []],
      ['th-TH', 'โทร0812345678ค่ะ', [P('0812345678')], []],
      ['th-TH', 'พร้อมเพย์ 081-234-5678 โอนแล้วนะคะ', [P('081-234-5678')], []],
      ['th-TH', 'วันที่ 05/12/2569 เวลา 14:30 น.', [], ['05/12/2569', '14:30']],
      ['he-IL', 'נייד: \u200f054 765 4321\u200f', [P('054 765 4321')], []],
      ['he-IL', 'מס׳ הזמנה 1234567 מתאריך 05.12.26', [], ['1234567', '05.12.26']],
      ['uk-UA', 'мій номер +38 (067) 123-45-67', [P('+38 (067) 123-45-67')], []],
      ['uk-UA', 'телефонуйте 067-123-45-67 після 18:00', [P('067-123-45-67')], ['18:00']],
      ['ar-EG', 'رقمي +٢٠ ١٠ ١٢٣٤ ٥٦٧٨', [P('+٢٠ ١٠ ١٢٣٤ ٥٦٧٨')], []],
      ['ar-EG', 'رقم الطلب ١٢٣٤٥٦٧٨٩ بمبلغ ١٬٢٥٠٫٠٠ ج.م', [], ['١٢٣٤٥٦٧٨٩', '١٬٢٥٠٫٠٠ ج.م']],
      ['ar-AE', 'call me 00971501234567', [P('00971501234567')], []],
      ['ar-AE', 'رقمي 0501234567', [P('0501234567')], []],
      ['ar-MA', 'appelez-moi au 06.12.34.56.78', [P('06.12.34.56.78')], []],
      ['ar-MA', 'نمرتي 00212 6 12 34 56 78', [P('00212 6 12 34 56 78')], []],
      [
        'es-MX',
        'Mi número (55) 1234-5678, pedido 2000001234567890',
        [P('(55) 1234-5678')],
        ['2000001234567890'],
      ],
      ['es-CO', 'fijo (601) 234 5678 ext. 102', [P('(601) 234 5678')], ['ext. 102']],
      ['es-CO', 'cel:3001234567', [P('3001234567')], []],
      ['pt-PT', 'telemóvel: 00351 912 345 678', [P('00351 912 345 678')], []],
      ['pt-PT', 'o meu número é 912345678, obrigado', [P('912345678')], []],
      ['zh-TW', '市話 02-2345-6789，統一編號 12345675', [P('02-2345-6789')], ['12345675']],
      ['zh-TW', '手機0912345678，發票號碼 AB-12345678', [P('0912345678')], ['AB-12345678']],
      ['en-ZA', 'cell: 0821234567 or +27821234567', [P('0821234567'), P('+27821234567')], []],
      [
        'en-AU',
        'mob 04 1234 5678 or +61 4 1234 5678',
        [P('04 1234 5678'), P('+61 4 1234 5678')],
        [],
      ],
      ['tr-TR', 'cep: 532 123 45 67', [P('532 123 45 67')], []],
      ['tr-TR', 'numaram +905321234567, vergi no 1234567890', [P('+905321234567')], ['1234567890']],
    ],
  ],
];

/**
 * A third pass, written after the second ran: voice-to-text with the number said digit by digit,
 * one call a market, read with the opt-in spoken recognizers. Each row: locale, text, the words
 * said, the number they dial.
 */
const SPOKEN: readonly (readonly [string, string, string, string])[] = [
  ['ko-KR', '제 번호는 공일공 이삼사오 육칠팔구 입니다', '공일공 이삼사오 육칠팔구', '01023456789'],
  [
    'vi-VN',
    'số của em là không chín một hai, ba bốn năm, sáu bảy tám ạ',
    'không chín một hai, ba bốn năm, sáu bảy tám',
    '0912345678',
  ],
  [
    'id-ID',
    'nomor saya nol delapan satu dua tiga empat lima enam tujuh delapan sembilan nol',
    'nol delapan satu dua tiga empat lima enam tujuh delapan sembilan nol',
    '081234567890',
  ],
  [
    'ms-MY',
    'nombor saya kosong satu dua tiga empat lima enam tujuh lapan sembilan',
    'kosong satu dua tiga empat lima enam tujuh lapan sembilan',
    '0123456789',
  ],
  [
    'fil-PH',
    'yung number ko po is zero nine one seven one two three four five six seven',
    'zero nine one seven one two three four five six seven',
    '09171234567',
  ],
  ['th-TH', 'เบอร์ ศูนย์แปดหนึ่ง สองสามสี่ ห้าหกเจ็ดแปด ค่ะ', 'ศูนย์แปดหนึ่ง สองสามสี่ ห้าหกเจ็ดแปด', '0812345678'],
  [
    'he-IL',
    'המספר שלי אפס חמש ארבע שבע שש חמש ארבע שלוש שתיים אחת',
    'אפס חמש ארבע שבע שש חמש ארבע שלוש שתיים אחת',
    '0547654321',
  ],
  [
    'uk-UA',
    'мій номер нуль шість сім один два три чотири п’ять шість сім',
    'нуль шість сім один два три чотири п’ять шість сім',
    '0671234567',
  ],
  [
    'ar-EG',
    'رقمي صفر واحد صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية',
    'صفر واحد صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية',
    '01012345678',
  ],
  [
    'ar-AE',
    'my number is zero five zero one two three four five six seven',
    'zero five zero one two three four five six seven',
    '0501234567',
  ],
  [
    'ar-MA',
    "mon numéro c'est zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit",
    'zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit',
    '0612345678',
  ],
  [
    'es-MX',
    'mi número es cinco cinco uno dos tres cuatro cinco seis siete ocho',
    'cinco cinco uno dos tres cuatro cinco seis siete ocho',
    '5512345678',
  ],
  [
    'es-CO',
    'mi celular es tres cero cero uno dos tres cuatro cinco seis siete',
    'tres cero cero uno dos tres cuatro cinco seis siete',
    '3001234567',
  ],
  [
    'pt-PT',
    'o meu número é nove um dois três quatro cinco seis sete oito',
    'nove um dois três quatro cinco seis sete oito',
    '912345678',
  ],
  ['zh-TW', '我的手機是零九一二三四五六七八', '零九一二三四五六七八', '0912345678'],
  [
    'en-ZA',
    'my number is oh eight two one two three four five six seven',
    'oh eight two one two three four five six seven',
    '0821234567',
  ],
  [
    'en-AU',
    'my mobile is oh four one two, three four five, six seven eight',
    'oh four one two, three four five, six seven eight',
    '0412345678',
  ],
  [
    'tr-TR',
    'numaram sıfır beş üç iki bir iki üç dört beş altı yedi',
    'sıfır beş üç iki bir iki üç dört beş altı yedi',
    '05321234567',
  ],
];
const SPOKEN_PASS: readonly (readonly [string, readonly Case[]])[] = [
  ['third pass (spoken)', SPOKEN.map(([locale, text, said]) => [locale, text, [P(said)], []])],
];

// A fourth pass, written after the third ran: the numbers every market prints on a shop's
// invoice, footer or receipt that a customer pastes beside their own phone: companies' tax and
// registration numbers, most with a check digit and several led by a trunk-like "0" (Vietnam's
// MST, Thailand's juristic taxpayer number, Turkey's MERSİS, Australia's ACN), Israel's company
// number with the ID's own check (ח.פ.), Indonesia's NPWP and NIB, the Emirates' TRN, Morocco's
// ICE, Ukraine's EDRPOU, Colombia's NIT, Mexico's RFC, Portugal's NIPC, South Africa's company
// registration, Korea's business registration number.
const FOURTH: readonly (readonly [string, readonly Case[]])[] = [
  [
    "fourth pass (companies' numbers)",
    [
      [
        'ko-KR',
        '판매자 사업자등록번호 123-45-67891, 통신판매업신고 2026-서울강남-01234 / 제 번호 010-8765-4321',
        [P('010-8765-4321')],
        ['123-45-67891', '2026-서울강남-01234'],
      ],
      [
        'vi-VN',
        'Hóa đơn MST 0101234567, số HĐ 0001234; sđt em 0987 654 321',
        [P('0987 654 321')],
        ['0101234567', '0001234'],
      ],
      ['vi-VN', 'MST chi nhánh 0312345678-001', [], ['0312345678-001']],
      [
        'id-ID',
        'NPWP PT Maju Jaya 01.234.567.8-901.000, NIB 9120001234567, hp saya 0822 1234 5678',
        [P('0822 1234 5678')],
        ['01.234.567.8-901.000', '9120001234567'],
      ],
      [
        'ms-MY',
        'Syarikat SSM 202001012345 (1234567-A), no tel saya +60 17-234 5678',
        [P('+60 17-234 5678')],
        ['202001012345', '1234567-A'],
      ],
      [
        'fil-PH',
        'Seller TIN 123-456-789-000, OR No. 0012345, cp ko 0918 234 5678',
        [P('0918 234 5678')],
        ['123-456-789-000', '0012345'],
      ],
      [
        'th-TH',
        'ใบกำกับภาษี เลขประจำตัวผู้เสียภาษี 0105556012345 สาขา 00001 เบอร์ 089 123 4567',
        [P('089 123 4567')],
        ['0105556012345', '00001'],
      ],
      [
        'he-IL',
        'חשבונית מס, ח.פ. 512345679, עוסק מורשה; הנייד שלי 052-345-6789',
        [P('052-345-6789')],
        ['512345679'],
      ],
      [
        'uk-UA',
        'ТОВ «Ромашка», ЄДРПОУ 12345678, ІПН 123456789012; мій номер 050 234 5678',
        [P('050 234 5678')],
        ['12345678', '123456789012'],
      ],
      [
        'ar-EG',
        'السجل التجاري 123456، البطاقة الضريبية 123-456-789، موبايلي 0111 234 5678',
        [P('0111 234 5678')],
        ['123456', '123-456-789'],
      ],
      [
        'ar-AE',
        'TRN 100234567800003, رخصة تجارية 1234567، رقمي 052 345 6789',
        [P('052 345 6789')],
        ['100234567800003', '1234567'],
      ],
      [
        'ar-MA',
        'Facture ICE 001234567000089, RC 123456, IF 12345678 — mon GSM 0662 34 56 78',
        [P('0662 34 56 78')],
        ['001234567000089', 'RC 123456', 'IF 12345678'],
      ],
      [
        'es-MX',
        'Factura RFC ABC010203XY9, folio 12345; mi cel 33 9876 5432',
        [P('33 9876 5432')],
        ['ABC010203XY9', 'folio 12345'],
      ],
      [
        'es-CO',
        'NIT 900.123.456-7, factura FE-12345, mi celular 315 678 9012',
        [P('315 678 9012')],
        ['900.123.456-7', 'FE-12345'],
      ],
      [
        'pt-PT',
        'Fatura NIPC 509876544, CAE 47910, o meu telemóvel 961 234 567',
        [P('961 234 567')],
        ['509876544', '47910'],
      ],
      [
        'zh-TW',
        '統一編號 04595257，發票 XY-87654321，手機 0933-123-456',
        [P('0933-123-456')],
        ['04595257', 'XY-87654321'],
      ],
      [
        'en-ZA',
        'Company reg 2020/123456/07, VAT no. 4123456789, cell 083 456 7890',
        [P('083 456 7890')],
        ['2020/123456/07', '4123456789'],
      ],
      [
        'en-AU',
        'Tax invoice ABN 64 824 123 456, ACN 007 123 453, my mobile 0400 123 456',
        [P('0400 123 456')],
        ['64 824 123 456', '007 123 453'],
      ],
      [
        'tr-TR',
        'Fatura MERSİS No 0123456789012345, Vergi Dairesi Kadıköy 1234567890, cep 0541 234 56 78',
        [P('0541 234 56 78')],
        ['0123456789012345', '1234567890'],
      ],
    ],
  ],
];

/**
 * National ids the issue does not list, each with its label as a customer writes it: out of the
 * figures. Those whose check is Luhn's go as `[CARD]` (the Luhn rule); the others stay. Malaysia's
 * MyKad, Ukraine's RNOKPP, Mexico's CURP and CLABE and Australia's TFN, noted here first, are
 * found since T61c (moreIds7.test.ts holds the audit's five samples).
 */
const NOTED: readonly (readonly [locale: string, text: string, id: string, what: string])[] = [
  ['vi-VN', 'Số CCCD của em là 001203012345', '001203012345', "Vietnam's CCCD, 12 digits"],
  ['id-ID', 'NIK saya 3174055505900001', '3174055505900001', "Indonesia's NIK, 16 digits"],
  ['fil-PH', 'PhilSys PCN ko 1234-5678-9012-3456', '1234-5678-9012-3456', 'PhilSys card number'],
  ['ar-EG', 'الرقم القومي 29001011234567', '29001011234567', "Egypt's national id, 14 digits"],
  [
    'ar-AE',
    `Emirates ID ${withLuhn('78419901234567').replace(/^(\d{3})(\d{4})(\d{7})(\d)$/, '$1-$2-$3-$4')}`,
    '784-1990-1234567-6',
    'the Emirates ID: 15 digits, Luhn',
  ],
  ['ar-MA', 'CIN: BE123456', 'BE123456', "Morocco's CIN"],
  ['es-CO', 'C.C. 1.020.345.678 de Bogotá', '1.020.345.678', "Colombia's cédula"],
  // Portugal's NIF ("NIF 123456789") goes as pt-nif since T61b (moreIds6.test.ts).
  [
    'en-ZA',
    `ID number ${withLuhn('900512500908')}`,
    withLuhn('900512500908'),
    "South Africa's id, 13 digits, Luhn",
  ],
  ['en-AU', 'BSB 062-000 account 12345678', '062-000', "an Australian bank's BSB"],
];

/**
 * The rows still failing, each with the reason it is left (asserted as failing below). None since
 * T59c: the four spoken rows T56c left (Korean, Thai and Chinese digit words written without
 * spaces; French said for "ar-MA") are read now (spokenGlued.test.ts, spokenCountries.test.ts).
 */
const LEFT: ReadonlyMap<string, string> = new Map<string, string>();

const held = (groups: readonly (readonly [string, readonly Case[]])[]) =>
  groups.map(([name, cases]) => [name, cases.filter(([, text]) => !LEFT.has(text))] as const);

/** The spoken recognizers, for the third pass's calls. */
const SAID: Omit<RedactOptions, 'locale'> = { recognizers: spokenNumberRecognizers };
const spoken = new Set(SPOKEN.map(([, text]) => text));

describeAudit(held([...AUDIT, ...SECOND, ...FOURTH]));
describeAudit(held(SPOKEN_PASS), SAID);

describe.skipIf(LEFT.size === 0)('left as they are', () => {
  const rows = [...AUDIT, ...SECOND, ...FOURTH, ...SPOKEN_PASS].flatMap(([, cases]) => cases);
  it.fails.each([...LEFT].map(([text, reason]) => [reason, text]))('%s: %j', (_, text) => {
    const [locale, , go, stay] = rows.find(([, t]) => t === text) as Case;
    const out = redact(text, { ...(spoken.has(text) ? SAID : {}), locale }).text;
    for (const [, value] of go) expect(out).not.toContain(value);
    for (const value of stay) expect(out).toContain(value);
  });
});

/**
 * The noted ids found since T63c (recognizers/nationalIds8.ts, after their labels), with their
 * types; the others still stay, or go as `[CARD]` by the Luhn rule.
 */
const FOUND_SINCE: ReadonlyMap<string, string> = new Map([
  ["Vietnam's CCCD, 12 digits", 'vn-cccd'],
  ["Indonesia's NIK, 16 digits", 'id-nik'],
  ["Egypt's national id, 14 digits", 'eg-nid'],
  ["Morocco's CIN", 'ma-cin'],
  ["Colombia's cédula", 'co-cc'],
]);

describe('national ids the issue does not list (out of the figures)', () => {
  it.each(NOTED)('%s %j: %s', (locale, text, id, what) => {
    const { findings } = redact(text, { locale });
    const at = text.indexOf(id);
    const by = findings.find((f) => f.start < at + id.length && at < f.end);
    expect(by?.type).toBe(what.endsWith('Luhn') ? 'card' : FOUND_SINCE.get(what));
  });

  it('carry their check digits', () => {
    const digits = (s: string) => [...s.replace(/\D/g, '')].map(Number);
    const dot = (s: string, w: readonly number[]) =>
      digits(s).reduce((sum, d, i) => sum + d * (w[i] ?? 0), 0);
    // Ukraine's RNOKPP: weights −1 5 7 9 4 6 10 5 7, (sum mod 11) mod 10.
    expect((dot('301234567', [-1, 5, 7, 9, 4, 6, 10, 5, 7]) % 11) % 10).toBe(0);
    // Portugal's NIF: weights 9 to 2, 11 − sum mod 11 (0 for 10 and 11).
    expect(11 - (dot('12345678', [9, 8, 7, 6, 5, 4, 3, 2]) % 11)).toBe(9);
    // Australia's TFN: weights 1 4 3 7 5 8 6 9 10, the sum a multiple of 11.
    expect(dot('123456782', [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11).toBe(0);
    // Mexico's CLABE: weights 3 7 1 over 17 digits, each product mod 10.
    const clabe = digits('00218000123456789').reduce(
      (s, d, i) => s + ((d * ([3, 7, 1][i % 3] as number)) % 10),
      0,
    );
    expect((10 - (clabe % 10)) % 10).toBe(6);
    // Mexico's CURP: each character's place in 0-9A-NÑO-Z times 18 − its index, 10 − sum mod 10.
    const alphabet = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
    const curp = [...'GOMA900512HDFRRN0'].reduce(
      (s, c, i) => s + alphabet.indexOf(c) * (18 - i),
      0,
    );
    expect((10 - (curp % 10)) % 10).toBe(8);
    // The Emirates ID and South Africa's: Luhn.
    expect(luhnOk('784199012345676')).toBe(true);
    expect(luhnOk(withLuhn('900512500908'))).toBe(true);
  });
});

const plain = (value: string) => value.replace(/[^\d+]/g, '');
const ascii = (value: string) =>
  value.replace(/[\u0660-\u0669\u0e50-\u0e59]/g, (d) => String((d.codePointAt(0) as number) & 0xf));

describe('the values are valid and the look-alikes are no cards', () => {
  const first = AUDIT.flatMap(([, cases]) => cases);
  const rows = [...first, ...[...SECOND, ...FOURTH].flatMap(([, cases]) => cases)];

  it('at least 160 messages in the eighteen locales', () => {
    expect(first.length).toBeGreaterThanOrEqual(160);
    expect(new Set(first.map(([locale]) => locale)).size).toBe(18);
  });

  it.each(
    rows.flatMap(([locale, , go]) => go.map(([type, value]) => [locale, type, value] as const)),
  )('%s %s %s is valid', (locale, type, value) => {
    const country = locale.split('-')[1] as Parameters<typeof isValidPhoneNumber>[1];
    // A chat app's link writes the calling code with no "+".
    const digits = ascii(value.normalize('NFKC'));
    if (type === 'phone') {
      expect(isValidPhoneNumber(digits, country) || isValidPhoneNumber(`+${plain(digits)}`)).toBe(
        true,
      );
    }
    if (type === 'iban') expect(isValidIBAN(value.replace(/ /g, ''))).toBe(true);
    if (type === 'card') expect(luhnOk(value.replace(/\D/g, ''))).toBe(true);
  });

  it.each(SPOKEN)('%s %j says a valid number', (locale, _, __, dials) => {
    const country = locale.split('-')[1] as Parameters<typeof isValidPhoneNumber>[1];
    expect(isValidPhoneNumber(dials, country)).toBe(true);
  });

  it('the national ids and the IBANs come from their algorithms', () => {
    expect(krRrn('850315', 1, '23456')).toBe('8503151234566');
    expect(tckn('234567891')).toBe('23456789138');
    expect(ilId('03456781')).toBe('034567818');
    // Thailand: weights 13 to 2 over twelve digits, (11 - sum mod 11) mod 10.
    const th = '110170012345';
    const sum = [...th].reduce((s, d, i) => s + Number(d) * (13 - i), 0);
    expect(`${th}${(11 - (sum % 11)) % 10}`).toBe('1101700123456');
    // Taiwan: F is 15; 1·1 + 5·9, then the nine digits weighted 8 … 1, 1, a multiple of ten.
    const tw = [1, 5, 2, 2, 8, 7, 6, 5, 4, 3, 1];
    const w = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1];
    expect(tw.reduce((s, d, i) => s + d * (w[i] as number), 0) % 10).toBe(0);
    // Portugal's NIB key: 98 − (19 digits · 100 mod 97).
    const nib = (n19: string) => {
      let r = 0;
      for (const c of `${n19}00`) r = (r * 10 + Number(c)) % 97;
      return n19 + String(98 - r).padStart(2, '0');
    };
    expect(iban('PT', nib('0007000000123456789'))).toBe('PT50000700000012345678906');
    expect(iban('PT', nib('0035012300012345678'))).toBe('PT50003501230001234567818');
  });

  it('no look-alike of 13-19 digits passes Luhn', () => {
    const valid = rows
      .flatMap(([, , , stay]) => stay.flatMap((s) => s.match(/\d[\d -]*\d/g) ?? []))
      .map((s) => s.replace(/\D/g, ''))
      .filter((d) => d.length >= 13 && d.length <= 19 && luhnOk(d));
    expect(valid).toEqual([]);
  });
});

describe('recall and precision', () => {
  it.each([
    ['first pass', AUDIT, {}],
    ['second pass', SECOND, {}],
    ['third pass (spoken)', SPOKEN_PASS, SAID],
    ['fourth pass (companies)', FOURTH, {}],
  ] as const)('%s', (name, groups, options) => {
    const { goes, gone, findings, right, touched } = measureAudit(groups, options);
    const rows = groups.flatMap(([, c]) => c);
    const stays = rows.reduce((n, [, , , stay]) => n + stay.length, 0);
    console.info(
      `locale audit, ${name}: ${rows.length} rows, recall ${(gone / goes).toFixed(3)} (${gone}/${goes}), precision ${(right / findings).toFixed(3)} (${right}/${findings}), look-alikes touched ${touched} of ${stays}`,
    );
    // A pass with rows LEFT holds every other value; one without (all four, since T59c) 0.95.
    const left = rows.filter(([, t]) => LEFT.has(t)).reduce((n, [, , go]) => n + go.length, 0);
    expect(gone).toBeGreaterThanOrEqual(goes - left);
    if (left === 0) expect(gone / goes).toBeGreaterThanOrEqual(0.95);
    expect(right / findings).toBeGreaterThanOrEqual(0.95);
  });
});
