// The eleventh audit (2026-12-04, T35e, issue #14): phones and their labels in the locales the
// earlier audits read least (ninthAudit, tenthAudit, desk, marketplace and handwritten held 0-13
// rows each of them, none of ro-RO, hu-HU, ur-PK or bn-IN): 195 customer-service lines written by
// hand before redact read them, 15 per locale, each phone in its country's own format (every one
// valid for its country by libphonenumber-js/max), with and without a label, beside order
// numbers, amounts, dates, postcodes and tracking numbers that must stay, and the national ids
// the package reads there (PESEL, the Korean resident number, the Israeli id, Aadhaar). Every
// value is synthetic.
//
// Before the fixes below 190 of the 195 rows held: row recall 114/119 (rows with a value to go;
// values 120/125: a Hebrew phone after "ל-", an Indonesian one after "WA:", three Bengali ones
// after their words), row precision 195/195 (nothing that must stay went). After, all of them.
// Two lines written as look-alikes hold Luhn-valid runs, which issue #14 sends as cards: they are
// counted with their card (the Korean and Indonesian rows so marked). A second pass of 32 rows
// (FORMS: the same phones in their other printed forms, each labelled) held 30 before, 32 after
// ("тел." and "моб." before "38 0XX"). Four rows were routed to the lead (ROUTED): a country
// code in brackets with no label, now read in recognizers/phone.ts (accept).
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { type Case, describeAudit, type Go } from './audit.js';

const P = (value: string): Go => ['phone', value];

const AUDIT: readonly (readonly [string, readonly Case[]])[] = [
  [
    'Korean (ko-KR)',
    [
      ['ko-KR', '연락처 010-2345-6789로 부탁드립니다', [P('010-2345-6789')], ['부탁드립니다']],
      [
        'ko-KR',
        '주문번호 20261203-0001234, 휴대폰 010-3456-7890',
        [P('010-3456-7890')],
        ['20261203-0001234'],
      ],
      ['ko-KR', '배송지 우편번호 06236, 전화 02-3456-7890', [P('02-3456-7890')], ['06236']],
      ['ko-KR', '운송장번호 612345678901 확인 부탁드려요', [], ['612345678901']],
      ['ko-KR', '결제금액 129,000원, 연락처 01098765432', [P('01098765432')], ['129,000원']],
      ['ko-KR', '+82 10-9876-5432 로 문자 주세요', [P('+82 10-9876-5432')], ['문자 주세요']],
      ['ko-KR', '주민등록번호 850315-1234566 입니다', [['kr-rrn', '850315-1234566']], ['입니다']],
      ['ko-KR', '사업자등록번호 123-45-67890', [], ['123-45-67890']],
      ['ko-KR', '12월 3일에 주문했어요, 번호는 010 4567 8901', [P('010 4567 8901')], ['12월 3일']],
      [
        'ko-KR',
        '집 전화 031-8012-3456, 핸드폰 010-5678-1234',
        [P('031-8012-3456'), P('010-5678-1234')],
        [],
      ],
      ['ko-KR', '쿠폰번호 1234-5678-9012 적용이 안돼요', [], ['1234-5678-9012']],
      ['ko-KR', '주문 금액 45,900원 / 주문일 2026.11.28', [], ['45,900원', '2026.11.28']],
      ['ko-KR', '카톡 안되면 010.2468.1357 로 전화주세요', [P('010.2468.1357')], []],
      // Thirteen digits that pass Luhn go as a card after an order's word too (issue #14: no
      // Luhn-valid run of 13-19 digits is left; tenthAudit.test.ts, "Order #4111…").
      [
        'ko-KR',
        '고객님 주문번호는 2026112812345입니다',
        [['card', '2026112812345']],
        ['주문번호는'],
      ],
      [
        'ko-KR',
        '주민번호 920708-2345672, 연락처 010-7777-8888',
        [['kr-rrn', '920708-2345672'], P('010-7777-8888')],
        [],
      ],
    ],
  ],
  [
    'Thai (th-TH)',
    [
      ['th-TH', 'เบอร์โทร 081-234-5678 ค่ะ', [P('081-234-5678')], ['ค่ะ']],
      ['th-TH', 'หมายเลขคำสั่งซื้อ 2612031234567 ยังไม่ได้รับของ', [], ['2612031234567']],
      ['th-TH', 'เลขพัสดุ EF582641937TH ส่งไปที่ 10110', [], ['EF582641937TH', '10110']],
      ['th-TH', 'ติดต่อกลับที่ 0891234567 นะคะ', [P('0891234567')], ['นะคะ']],
      ['th-TH', 'โทร 02-123-4567 ต่อ 105', [P('02-123-4567')], ['105']],
      ['th-TH', 'ยอดชำระ 1,290 บาท เบอร์ 0612345678', [P('0612345678')], ['1,290 บาท']],
      ['th-TH', '+66 81 234 5678 ค่ะ', [P('+66 81 234 5678')], []],
      ['th-TH', 'สั่งซื้อวันที่ 03/12/2569 เบอร์ 095-678-1234', [P('095-678-1234')], ['03/12/2569']],
      ['th-TH', 'รหัสไปรษณีย์ 50200', [], ['50200']],
      ['th-TH', 'ไลน์ไอดี somchai99 เบอร์ 086 543 2109', [P('086 543 2109')], ['somchai99']],
      ['th-TH', 'ราคา 25,900 บาท ผ่อน 10 เดือน', [], ['25,900', '10 เดือน']],
      ['th-TH', 'เบอร์ติดต่อ 098-765-4321 หรือ 02-987-6543', [P('098-765-4321'), P('02-987-6543')], []],
      ['th-TH', 'เบอร์ ๐๘๑ ๒๓๔ ๕๖๗๘', [P('๐๘๑ ๒๓๔ ๕๖๗๘')], []],
      ['th-TH', 'หมายเลขคำสั่งซื้อ 2612035KQW8JHT ส่งช้ามาก', [], ['2612035KQW8JHT']],
      ['th-TH', 'โทรศัพท์มือถือ 0812345678 ติดต่อได้ตลอด', [P('0812345678')], []],
    ],
  ],
  [
    'Indonesian (id-ID)',
    [
      ['id-ID', 'No. HP saya 0812-3456-7890', [P('0812-3456-7890')], []],
      ['id-ID', 'WA: 6281234567890', [P('6281234567890')], []],
      // Sixteen digits that pass Luhn: a card, whatever word stands before them (as above).
      [
        'id-ID',
        'Nomor pesanan 2612031234567890, HP 0856 1234 5678',
        [['card', '2612031234567890'], P('0856 1234 5678')],
        ['Nomor pesanan'],
      ],
      [
        'id-ID',
        'Invoice INV/20261203/MPL/3456789012 belum sampai',
        [],
        ['INV/20261203/MPL/3456789012'],
      ],
      ['id-ID', 'No. resi: JX3456789012 sudah 5 hari', [], ['JX3456789012']],
      ['id-ID', 'Total Rp 1.250.000, sudah transfer', [], ['Rp 1.250.000']],
      ['id-ID', 'Telp kantor (021) 5678 9012', [P('(021) 5678 9012')], []],
      ['id-ID', 'kode pos 12190, Jakarta Selatan', [], ['12190']],
      ['id-ID', '+62 812 3456 7890 (WhatsApp)', [P('+62 812 3456 7890')], ['(WhatsApp)']],
      ['id-ID', 'tolong hubungi 081234567890 ya kak', [P('081234567890')], ['ya kak']],
      ['id-ID', 'dipesan tanggal 03-12-2026 jam 14.30', [], ['03-12-2026', '14.30']],
      [
        'id-ID',
        'No HP: 0878-1234-5678 / 0821 9876 5432',
        [P('0878-1234-5678'), P('0821 9876 5432')],
        [],
      ],
      [
        'id-ID',
        'pesanan #INV-998877 atas nama Sari, no telp 0813 2222 3333',
        [P('0813 2222 3333')],
        ['#INV-998877'],
      ],
      ['id-ID', 'nomor telepon rumah 022-7654321', [P('022-7654321')], []],
      ['id-ID', 'harga Rp 89.900 x 2 pcs', [], ['Rp 89.900']],
    ],
  ],
  [
    'Vietnamese (vi-VN)',
    [
      ['vi-VN', 'SĐT: 0912 345 678', [P('0912 345 678')], []],
      ['vi-VN', 'Số điện thoại của em là 0987.654.321 ạ', [P('0987.654.321')], ['ạ']],
      [
        'vi-VN',
        'Mã đơn hàng 261203ABCD1234, sđt 0903 123 456',
        [P('0903 123 456')],
        ['261203ABCD1234'],
      ],
      ['vi-VN', 'mã vận đơn GHN: GANVK7A9 chưa cập nhật', [], ['GANVK7A9']],
      ['vi-VN', 'Tổng tiền 1.250.000đ, giao ngày 05/12/2026', [], ['1.250.000đ', '05/12/2026']],
      ['vi-VN', 'gọi giúp em số +84 912 345 678', [P('+84 912 345 678')], []],
      ['vi-VN', 'ĐT bàn 024 3826 1234', [P('024 3826 1234')], []],
      ['vi-VN', 'Zalo 0356 789 012', [P('0356 789 012')], []],
      ['vi-VN', 'mã bưu chính 100000', [], ['100000']],
      ['vi-VN', 'em đặt đơn 2612031234, liên hệ 0868123456', [P('0868123456')], ['2612031234']],
      ['vi-VN', 'đơn hàng số 123456789 giao chưa tới', [], ['123456789']],
      ['vi-VN', 'sdt 0912345678 nha shop', [P('0912345678')], ['nha shop']],
      ['vi-VN', 'Mã giảm giá GIAM50K, đơn 499.000đ', [], ['GIAM50K', '499.000đ']],
      ['vi-VN', 'số điện thoại nhà 028 3822 1234', [P('028 3822 1234')], []],
      ['vi-VN', 'đơn hàng ngày 3/12, tổng 2.390.000 VNĐ', [], ['3/12', '2.390.000']],
    ],
  ],
  [
    'Polish (pl-PL)',
    [
      ['pl-PL', 'tel. 601 234 567', [P('601 234 567')], []],
      [
        'pl-PL',
        'Nr zamówienia 123456789, tel. kom. 512 345 678',
        [P('512 345 678')],
        ['123456789'],
      ],
      ['pl-PL', 'Proszę dzwonić: +48 22 123 45 67', [P('+48 22 123 45 67')], []],
      ['pl-PL', 'kod pocztowy 00-950, tel 600-700-800', [P('600-700-800')], ['00-950']],
      ['pl-PL', 'Numer przesyłki 620998712345678901234567', [], ['620998712345678901234567']],
      ['pl-PL', 'kwota 1 299,00 zł, zamówienie z 03.12.2026', [], ['1 299,00 zł', '03.12.2026']],
      ['pl-PL', 'PESEL 85121507393', [['pesel', '85121507393']], []],
      ['pl-PL', 'mój numer to 0048 601 234 567', [P('0048 601 234 567')], []],
      ['pl-PL', 'faktura nr FV/2026/12/0456', [], ['FV/2026/12/0456']],
      ['pl-PL', 'komórka: 798123456', [P('798123456')], []],
      ['pl-PL', 'NIP 5261040828', [], ['5261040828']],
      ['pl-PL', 'Paczkomat WAW01M, kod odbioru 123456', [], ['WAW01M', '123456']],
      ['pl-PL', 'dzwoniłem z numeru 22 621 32 45', [P('22 621 32 45')], []],
      ['pl-PL', 'zamówienie #4411223344 z 2026-12-01', [], ['#4411223344', '2026-12-01']],
      [
        'pl-PL',
        'PESEL: 85121507393, tel. 501 222 333',
        [['pesel', '85121507393'], P('501 222 333')],
        [],
      ],
    ],
  ],
  [
    'Romanian (ro-RO)',
    [
      ['ro-RO', 'Telefon: 0722 123 456', [P('0722 123 456')], []],
      ['ro-RO', 'nr. de telefon 0744-123-456', [P('0744-123-456')], []],
      ['ro-RO', 'Comanda nr. 123456789, telefon 0755 987 654', [P('0755 987 654')], ['123456789']],
      ['ro-RO', 'AWB 2345678901 nu apare pe site', [], ['2345678901']],
      ['ro-RO', 'cod poștal 010011, București', [], ['010011']],
      ['ro-RO', 'suna-ma la +40 722 123 456', [P('+40 722 123 456')], []],
      ['ro-RO', 'Total 1.299,99 lei, livrare 05.12.2026', [], ['1.299,99 lei', '05.12.2026']],
      ['ro-RO', 'fix 021 312 3456', [P('021 312 3456')], []],
      ['ro-RO', 'factura seria ABC nr. 0012345', [], ['0012345']],
      ['ro-RO', 'mobil 0040 745 123 456', [P('0040 745 123 456')], []],
      ['ro-RO', 'numărul meu e 0733.123.456', [P('0733.123.456')], []],
      ['ro-RO', 'comandă plasată pe 01.12.2026, suma 349 RON', [], ['01.12.2026', '349 RON']],
      ['ro-RO', 'vă rog sunați la 0765123456 după ora 18', [P('0765123456')], ['ora 18']],
      ['ro-RO', 'număr de telefon: 0264 123 456 (Cluj)', [P('0264 123 456')], ['(Cluj)']],
      [
        'ro-RO',
        'comanda #RO-2026-55123, tel 0721.987.654',
        [P('0721.987.654')],
        ['#RO-2026-55123'],
      ],
    ],
  ],
  [
    'Hungarian (hu-HU)',
    [
      ['hu-HU', 'Telefonszám: 06 30 123 4567', [P('06 30 123 4567')], []],
      ['hu-HU', 'tel.: +36 20 123 4567', [P('+36 20 123 4567')], []],
      [
        'hu-HU',
        'Rendelésszám: 123456789, mobil: 06-70-987-6543',
        [P('06-70-987-6543')],
        ['123456789'],
      ],
      ['hu-HU', 'irányítószám 1052 Budapest', [], ['1052']],
      ['hu-HU', 'Végösszeg 12 990 Ft', [], ['12 990 Ft']],
      ['hu-HU', 'hívjon a 06 1 234 5678 számon', [P('06 1 234 5678')], ['számon']],
      ['hu-HU', 'nyomkövetési szám 1234567890123', [], ['1234567890123']],
      ['hu-HU', 'rendelés dátuma 2026.12.03.', [], ['2026.12.03.']],
      ['hu-HU', 'hívjon a 06 20 345 6789 számon délután', [P('06 20 345 6789')], []],
      ['hu-HU', 'mobilszámom 06201234567', [P('06201234567')], []],
      ['hu-HU', 'adószám 12345678-1-42', [], ['12345678-1-42']],
      ['hu-HU', 'Budapest, Váci út 12., 1132, tel: 06 1 987 6543', [P('06 1 987 6543')], ['1132']],
      ['hu-HU', 'a rendelés 15 990 Ft volt, 3 db', [], ['15 990 Ft', '3 db']],
      ['hu-HU', '0036 30 123 4567', [P('0036 30 123 4567')], []],
      [
        'hu-HU',
        'Telefon: +36 1 456 7890, rendelés 2026/1234',
        [P('+36 1 456 7890')],
        ['2026/1234'],
      ],
    ],
  ],
  [
    'Czech (cs-CZ)',
    [
      ['cs-CZ', 'tel.: 777 123 456', [P('777 123 456')], []],
      ['cs-CZ', 'Telefon +420 601 234 567', [P('+420 601 234 567')], []],
      [
        'cs-CZ',
        'Číslo objednávky 2612031234, tel. 605 987 654',
        [P('605 987 654')],
        ['2612031234'],
      ],
      ['cs-CZ', 'PSČ 110 00 Praha 1', [], ['110 00']],
      ['cs-CZ', 'Celkem 1 299 Kč', [], ['1 299 Kč']],
      ['cs-CZ', 'číslo zásilky 12345678901234', [], ['12345678901234']],
      ['cs-CZ', 'volejte na 224 123 456 (kancelář)', [P('224 123 456')], ['(kancelář)']],
      ['cs-CZ', 'IČO 12345678', [], ['12345678']],
      ['cs-CZ', 'objednáno 3. 12. 2026', [], ['3. 12. 2026']],
      ['cs-CZ', 'mobil: 00420 737 123 456', [P('00420 737 123 456')], []],
      ['cs-CZ', 'faktura č. 2026001234', [], ['2026001234']],
      ['cs-CZ', 'můj telefon je 731123456', [P('731123456')], []],
      ['cs-CZ', 'variabilní symbol 1234567890', [], ['1234567890']],
      ['cs-CZ', 'telefonní číslo 602 345 678, objednávka 123456', [P('602 345 678')], ['123456']],
      ['cs-CZ', 'Brno 602 00, tel. 541 123 456', [P('541 123 456')], ['602 00']],
    ],
  ],
  [
    'Swedish (sv-SE)',
    [
      ['sv-SE', 'Telefonnummer: 070-123 45 67', [P('070-123 45 67')], []],
      ['sv-SE', 'mobil 073 123 45 67', [P('073 123 45 67')], []],
      ['sv-SE', 'Ordernummer 123456789, tel 0701234567', [P('0701234567')], ['123456789']],
      ['sv-SE', 'postnummer 114 55 Stockholm', [], ['114 55']],
      ['sv-SE', 'Totalt 1 299 kr', [], ['1 299 kr']],
      ['sv-SE', 'ring mig på +46 70 123 45 67', [P('+46 70 123 45 67')], []],
      ['sv-SE', 'växel 08-123 456 78', [P('08-123 456 78')], []],
      ['sv-SE', 'kolli UA123456785SE har inte kommit', [], ['UA123456785SE']],
      ['sv-SE', 'OCR-nummer 1234567890123', [], ['1234567890123']],
      ['sv-SE', 'beställt 2026-12-03, levereras v. 50', [], ['2026-12-03', 'v. 50']],
      ['sv-SE', 'hemnummer 031-123 45 67', [P('031-123 45 67')], []],
      ['sv-SE', 'Fakturanummer 2026-00123', [], ['2026-00123']],
      ['sv-SE', 'nå mig på 0046 70 765 43 21', [P('0046 70 765 43 21')], []],
      ['sv-SE', 'org.nr 556123-4567', [], ['556123-4567']],
      ['sv-SE', 'mobilnummer 076-987 65 43, order 4455667', [P('076-987 65 43')], ['4455667']],
    ],
  ],
  [
    'Hebrew (he-IL)',
    [
      ['he-IL', 'טלפון: 050-234-5678', [P('050-234-5678')], []],
      ['he-IL', 'נייד 052-765-4321', [P('052-765-4321')], []],
      ['he-IL', 'מספר הזמנה 123456789, טלפון 054-321-7654', [P('054-321-7654')], ['123456789']],
      ['he-IL', 'מיקוד 6120101', [], ['6120101']],
      ['he-IL', 'סה"כ 1,299 ₪', [], ['1,299 ₪']],
      ['he-IL', 'ת.ז. 034567891', [['il-id', '034567891']], []],
      ['he-IL', 'אפשר להתקשר ל-03-123-4567', [P('03-123-4567')], []],
      ['he-IL', '+972 54-412-3456', [P('+972 54-412-3456')], []],
      ['he-IL', 'מספר משלוח RR123456785IL', [], ['RR123456785IL']],
      ['he-IL', 'הזמנתי ב-03/12/2026', [], ['03/12/2026']],
      ['he-IL', 'מספר זהות 312345671', [['il-id', '312345671']], []],
      ['he-IL', 'חשבונית מס 20261234', [], ['20261234']],
      ['he-IL', 'הנייד שלי 0545341234', [P('0545341234')], []],
      ['he-IL', 'מספר לקוח 4567890', [], ['4567890']],
      ['he-IL', 'בבקשה לחזור אליי למספר 058-765-4321', [P('058-765-4321')], []],
    ],
  ],
  [
    'Ukrainian (uk-UA)',
    [
      ['uk-UA', 'Телефон: +380 67 123 4567', [P('+380 67 123 4567')], []],
      ['uk-UA', 'мій номер 050 123 45 67', [P('050 123 45 67')], []],
      [
        'uk-UA',
        'Номер замовлення 123456789, тел. 093-123-45-67',
        [P('093-123-45-67')],
        ['123456789'],
      ],
      ['uk-UA', 'ТТН 20450123456789', [], ['20450123456789']],
      ['uk-UA', 'ТТН 59001234567890 не оновлюється', [], ['59001234567890']],
      ['uk-UA', 'індекс 01001', [], ['01001']],
      ['uk-UA', 'Сума 1 299 грн', [], ['1 299 грн']],
      ['uk-UA', 'Київ, тел. (044) 123-45-67', [P('(044) 123-45-67')], []],
      ['uk-UA', 'телефонуйте на 0971234567', [P('0971234567')], []],
      ['uk-UA', 'замовлення від 03.12.2026', [], ['03.12.2026']],
      ['uk-UA', 'Укрпошта 0123456789123', [], ['0123456789123']],
      ['uk-UA', 'Viber 063 987 6543', [P('063 987 6543')], []],
      ['uk-UA', 'рахунок-фактура № 456', [], ['№ 456']],
      ['uk-UA', 'зателефонуйте мені: 066-765-43-21', [P('066-765-43-21')], []],
      [
        'uk-UA',
        'номер телефону 0681112233, ТТН 20450987654321',
        [P('0681112233')],
        ['20450987654321'],
      ],
    ],
  ],
  [
    'Urdu (Pakistan) (ur-PK)',
    [
      ['ur-PK', 'میرا موبائل نمبر 0300 1234567 ہے', [P('0300 1234567')], ['ہے']],
      ['ur-PK', 'فون نمبر: 0321-7654321', [P('0321-7654321')], []],
      ['ur-PK', 'آرڈر نمبر 123456789 ہے، رابطہ 0333 9876543', [P('0333 9876543')], ['123456789']],
      ['ur-PK', 'ٹریکنگ نمبر 1234567890123', [], ['1234567890123']],
      ['ur-PK', 'کل رقم Rs. 4,999', [], ['Rs. 4,999']],
      ['ur-PK', 'دفتر کا نمبر 042-35761234', [P('042-35761234')], []],
      ['ur-PK', '+92 345 1234567 پر واٹس ایپ کریں', [P('+92 345 1234567')], []],
      ['ur-PK', 'پوسٹل کوڈ 54000', [], ['54000']],
      ['ur-PK', 'تاریخ 03-12-2026', [], ['03-12-2026']],
      ['ur-PK', 'mera number 0312-3456789 hai', [P('0312-3456789')], ['hai']],
      ['ur-PK', 'order no 987654321 abhi tak nahi aya', [], ['987654321']],
      ['ur-PK', 'Karachi office 021-34567890', [P('021-34567890')], []],
      ['ur-PK', 'موبائل ۰۳۰۰۱۲۳۴۵۶۷', [P('۰۳۰۰۱۲۳۴۵۶۷')], []],
      ['ur-PK', 'قیمت 2,500 روپے', [], ['2,500']],
      ['ur-PK', 'jazzcash number 03001234567', [P('03001234567')], []],
    ],
  ],
  [
    'Bengali (India) (bn-IN)',
    [
      ['bn-IN', 'আমার মোবাইল নম্বর 98300 12345', [P('98300 12345')], []],
      ['bn-IN', 'ফোন নম্বর: +91 98765 43210', [P('+91 98765 43210')], []],
      [
        'bn-IN',
        'অর্ডার নম্বর 403-1234567-1234567, মোবাইল 9123456789',
        [P('9123456789')],
        ['403-1234567-1234567'],
      ],
      ['bn-IN', 'পিন কোড 700019', [], ['700019']],
      ['bn-IN', 'মোট ₹1,299', [], ['₹1,299']],
      ['bn-IN', 'মোবাইল ৯৮৩০০ ১২৩৪৫', [P('৯৮৩০০ ১২৩৪৫')], []],
      ['bn-IN', 'আধার নম্বর 2341 2341 2346', [['aadhaar', '2341 2341 2346']], []],
      ['bn-IN', 'অফিস 033 2345 6789', [P('033 2345 6789')], []],
      ['bn-IN', 'তারিখ ০৩/১২/২০২৬', [], ['০৩/১২/২০২৬']],
      ['bn-IN', 'AWB 1234567890123', [], ['1234567890123']],
      ['bn-IN', 'কল করুন 8017123456', [P('8017123456')], []],
      ['bn-IN', 'অর্ডার আইডি OD123456789012345678', [], ['OD123456789012345678']],
      ['bn-IN', 'হোয়াটসঅ্যাপ +91-98300-54321', [P('+91-98300-54321')], []],
      ['bn-IN', 'মোবাইল নম্বর ৯১২৩৪৫৬৭৮৯, পিন ৭০০০১৯', [P('৯১২৩৪৫৬৭৮৯')], ['৭০০০১৯']],
      ['bn-IN', 'আমার ফোন নম্বর 033-2345-6789, অর্ডার 12345678', [P('033-2345-6789')], ['12345678']],
    ],
  ],
];

// A second pass, written after the first ran: the same locales' phones in the other forms their
// customers type them (a slash after a Hungarian area code, Ukraine's "+38 (0XX)", a trunk "(0)"
// after the country code, spaced dashes, "00" for "+"), each with its label.
const FORMS: readonly Case[] = [
  ['hu-HU', 'Telefon: 06-30/123-4567', [P('06-30/123-4567')], []],
  ['hu-HU', 'tel.: 06-1/234-5678', [P('06-1/234-5678')], []],
  ['hu-HU', '+36-30/123-4567', [P('+36-30/123-4567')], []],
  ['hu-HU', 'mobil: +36 (30) 123-4567', [P('+36 (30) 123-4567')], []],
  ['uk-UA', 'тел. +38 (067) 123-45-67', [P('+38 (067) 123-45-67')], []],
  ['uk-UA', '+38 067 123 45 67', [P('+38 067 123 45 67')], []],
  // Fixed here: "38" and no "+" after the Cyrillic "тел." or "моб." stayed.
  ['uk-UA', 'моб. 38 067 123 45 67', [P('38 067 123 45 67')], []],
  [
    'uk-UA',
    'тел. 38 067 123 45 67, ТТН 20450123456789',
    [P('38 067 123 45 67')],
    ['20450123456789'],
  ],
  ['ro-RO', 'Telefon: +40 (0) 722 123 456', [P('+40 (0) 722 123 456')], []],
  ['ro-RO', 'tel. 0722.123.456', [P('0722.123.456')], []],
  ['pl-PL', 'tel. +48 601-234-567', [P('+48 601-234-567')], []],
  ['pl-PL', 'tel. (+48) 601 234 567', [P('(+48) 601 234 567')], []],
  ['id-ID', 'telp +62 (21) 5678 9012', [P('+62 (21) 5678 9012')], []],
  ['id-ID', 'HP 0812 3456 789', [P('0812 3456 789')], []],
  ['vi-VN', 'sđt 091.234.5678', [P('091.234.5678')], []],
  ['vi-VN', 'SĐT: (+84) 24 3826 1234', [P('(+84) 24 3826 1234')], []],
  ['he-IL', 'טל: 972-50-234-5678', [P('972-50-234-5678')], []],
  ['he-IL', 'טלפון 02-6251234', [P('02-6251234')], []],
  ['ur-PK', '+92-300-1234567', [P('+92-300-1234567')], []],
  ['ur-PK', '0092 300 1234567', [P('0092 300 1234567')], []],
  ['ur-PK', 'موبائل نمبر: 0300-1234567', [P('0300-1234567')], []],
  ['bn-IN', 'ফোন +91 33 2345 6789', [P('+91 33 2345 6789')], []],
  ['bn-IN', 'মোবাইল: 098300 12345', [P('098300 12345')], []],
  ['th-TH', 'โทร. +66 (0)81 234 5678', [P('+66 (0)81 234 5678')], []],
  ['th-TH', 'เบอร์ 081-2345678', [P('081-2345678')], []],
  ['ko-KR', '연락처 : 010 - 1234 - 5678', [P('010 - 1234 - 5678')], []],
  ['ko-KR', '전화 +82-2-3456-7890', [P('+82-2-3456-7890')], []],
  ['ko-KR', '010-2345-6789 번으로 연락 주세요', [P('010-2345-6789')], []],
  ['cs-CZ', 'tel: +420 777 123 456', [P('+420 777 123 456')], []],
  ['cs-CZ', 'Tel.: 777-123-456', [P('777-123-456')], []],
  ['sv-SE', 'tel: +46 (0)70-123 45 67', [P('+46 (0)70-123 45 67')], []],
  ['sv-SE', 'ring 08-12 34 56', [P('08-12 34 56')], []],
];

// Rows for files this audit did not own (recognizers/phone.ts): a country code in brackets, as
// Vietnamese and Polish shops print it ("(+84) 912 345 678"), goes after a phone label but stays
// without one, in every country whose national number is no valid one on its own (accept() reads
// an international number by a leading "+" only; "(+1) 212 555 0187" goes as a US number). The
// lead's fix: "(+" dials out as "+" does (all four failed before it).
const ROUTED: readonly Case[] = [
  ['vi-VN', 'Zalo (+84) 912 345 678 nha', [P('(+84) 912 345 678')], []],
  ['vi-VN', 'ĐT: (+84) 24 3826 1234', [P('(+84) 24 3826 1234')], []],
  ['pl-PL', 'Dzień dobry, (+48) 601 234 567 - Anna', [P('(+48) 601 234 567')], []],
  ['en-GB', 'Jane Roe, (+44) 7911 123456', [P('(+44) 7911 123456')], []],
];

describeAudit([...AUDIT, ['Other forms, with their labels', FORMS]]);

describe('a country code in brackets, no label (routed to recognizers/phone.ts)', () => {
  it.each(ROUTED)('%s: %j', (locale, t, go) => {
    const out = redact(t, { locale }).text;
    for (const [, value] of go) expect(out).not.toContain(value);
  });
});

// Digits of the Thai, Extended Arabic-Indic (Urdu) and Bengali scripts, as ASCII.
const ascii = (s: string) =>
  s.replace(/[\u0e50-\u0e59\u06f0-\u06f9\u09e6-\u09ef]/g, (c) => {
    const code = c.charCodeAt(0);
    return String(code - (code >= 0x0e50 ? 0x0e50 : code >= 0x09e6 ? 0x09e6 : 0x06f0));
  });

describe('the audit itself', () => {
  it('every phone it sends is valid for its country (libphonenumber-js/max)', () => {
    for (const cases of [...AUDIT.map(([, c]) => c), FORMS, ROUTED])
      for (const [locale, , go] of cases)
        for (const [type, value] of go) {
          if (type !== 'phone') continue;
          const country = locale.slice(3) as Parameters<typeof isValidPhoneNumber>[1];
          // libphonenumber-js parses no bracketed "(+48)": read as "+48".
          const dialled = ascii(value).replace(/^\(\+(\d+)\)/, '+$1');
          expect(isValidPhoneNumber(dialled, country), `${locale} ${value}`).toBe(true);
        }
  });
});

const text = (t: string, locale: string) => redact(t, { locale }).text;

describe('what this audit fixed', () => {
  it.each([
    // Hebrew writes its one-letter particles onto the number with a hyphen: the phone stayed, read
    // as a code's part ("ל-" a letter and a hyphen).
    ['he-IL', 'אפשר להתקשר ל-03-123-4567', 'אפשר להתקשר ל-[PHONE]'],
    ['he-IL', 'התקשרו ל-0502345678 אחרי 5', 'התקשרו ל-[PHONE] אחרי 5'],
    ['he-IL', 'טלפון ול-052-765-4321 בערב', 'טלפון ול-[PHONE] בערב'],
    ['he-IL', 'שלחו SMS מ-054-412-3456', 'שלחו SMS מ-[PHONE]'],
    // The maqaf itself (U+05BE) was never read as a code's hyphen.
    ['he-IL', 'אפשר להתקשר ל\u05be03-123-4567', 'אפשר להתקשר ל\u05be[PHONE]'],
    // Indonesian "WA" (WhatsApp) before a mobile written with its 62 and no "+", or no trunk 0.
    ['id-ID', 'WA: 6281234567890', 'WA: [PHONE]'],
    ['id-ID', 'WA 81234567890 ya kak', 'WA [PHONE] ya kak'],
    ['id-ID', 'No. HP 6281234567890', 'No. HP [PHONE]'],
    ['id-ID', 'HP: 6285612345678', 'HP: [PHONE]'],
    ['id-ID', 'HP 6281234567890 (WA juga)', 'HP [PHONE] (WA juga)'],
    ['id-ID', 'nomor HP 6281234567890', 'nomor HP [PHONE]'],
    // Bengali mobile, phone and "call" words before an Indian mobile written bare.
    ['bn-IN', 'মোবাইল 9123456789', 'মোবাইল [PHONE]'],
    ['bn-IN', 'ফোন নম্বর 9123456789', 'ফোন নম্বর [PHONE]'],
    ['bn-IN', 'কল করুন 8017123456', 'কল করুন [PHONE]'],
    ['bn-IN', 'মোবাইল নম্বর ৯১২৩৪৫৬৭৮৯', 'মোবাইল নম্বর [PHONE]'],
    // The Cyrillic "тел." and "моб." before a number written with "38" and no "+".
    ['uk-UA', 'тел. 38 067 123 45 67', 'тел. [PHONE]'],
    ['uk-UA', 'Моб.: 380671234567', 'Моб.: [PHONE]'],
    ['ru-RU', 'Моб. тел. 8 912 345-67-89', 'Моб. тел. [PHONE]'],
  ])('%s %j -> %j', (locale, t, want) => {
    expect(text(t, locale)).toBe(want);
  });

  it.each([
    // A code's letters and a hyphen before the number still glue it: a Hebrew word of more than
    // particles, a Latin code, four particle letters (no such stack), a word ending in one.
    ['he-IL', 'דגם שלום-0502345678'],
    ['he-IL', 'מק"ט AB-0502345678'],
    ['he-IL', 'קוד בבבב-0502345678'],
    ['he-IL', 'קוד אל-0502345678'],
    // An order's word still outranks the new labels; "wa" and "hp" starting words label nothing.
    ['id-ID', 'pesanan 081234567890 WA belum dibalas'],
    ['en-US', 'Seattle, WA 98101'],
    ['en-US', 'want 6281234567890'],
    ['en-US', 'HP 250 G8 laptop, order 9123456789'],
    // Bengali "সকল" (all) and "কলকাতা" (Kolkata) hold "কল" but no label; the PIN stays.
    ['bn-IN', 'কলকাতা 700019'],
    ['bn-IN', 'সকল অর্ডার 9123456789'],
    // "тел" ending a word and "моб" inside one label nothing.
    ['uk-UA', 'автомобіль 380671234567'],
    ['ru-RU', 'я хотел 380671234567'],
  ])('%s %j stays', (locale, t) => {
    expect(text(t, locale)).toBe(t);
  });

  test.prop([
    fc.stringMatching(/^[בהוכלמש]{1,3}$/),
    fc.constantFrom('03-123-4567', '050-234-5678', '0545341234', '02-6251234', '+972 52-765-4321'),
  ])(
    'one to three Hebrew particles and a hyphen before a phone: the phone goes',
    (prefix, phone) => {
      expect(text(`אפשר להתקשר ${prefix}-${phone} בבקשה`, 'he-IL')).toBe(
        `אפשר להתקשר ${prefix}-[PHONE] בבקשה`,
      );
    },
  );

  test.prop([
    fc.stringMatching(/^[א-ת]{1,6}$/).filter((w) => !/^[בהוכלמש]{1,3}$/.test(w)),
    fc.constantFrom('050-234-5678', '0545341234'),
  ])('any other Hebrew word and a hyphen before it: a code, as before', (word, phone) => {
    const t = `קוד ${word}-${phone}`;
    expect(text(t, 'he-IL')).toBe(t);
  });
});
