// The eighth audit (2026-12-03, T30b): messages written by hand in the shapes the first seven did
// not have. E-mail signatures and footers with a company's registration numbers (KRS, REGON, NIP,
// HRB, VAT, CNPJ, ABN, KvK, GSTIN…), forwarded headers and quoted replies in the mail clients'
// own words, chat exports with timestamps, agent ids and ticket numbers, links with numbers,
// order lines, CSV and tables with EAN-13, GTIN, IMEI and serial numbers, extensions after a
// number ("ext. 204", "wew. 12", "Durchwahl -12"), in the locales the corpus has least (Korean,
// Turkish, Vietnamese, Thai, Hebrew, Ukrainian, Greek, Indonesian). Every value is synthetic:
// phones validated with libphonenumber-js, cards and IMEIs with Luhn, EANs and GTINs with the
// GS1 mod 10 (each look-alike chosen to fail Luhn, see the IMEI and EAN cases below for the
// others), IBANs with mod 97, NIP, REGON and CNPJ with their own weights.
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { type Case, describeAudit } from './audit.js';

export const SIGNATURES: readonly Case[] = [
  [
    'en-GB',
    'Kind regards,\n\nOliver Bennett\nCustomer Returns Manager\nNorthwind Retail Ltd\nT: +44 20 7946 0321 | M: +44 7911 123987\nRegistered in England and Wales, company no. 08123456. VAT reg. GB 123 4567 89',
    [
      ['phone', '+44 20 7946 0321'],
      ['phone', '+44 7911 123987'],
    ],
    ['08123456', 'GB 123 4567 89'],
  ],
  [
    'de-DE',
    'Mit freundlichen Grüßen\nSabine Krüger\nTeamleitung Kundenservice\nTel.: +49 711 248771-12\nFax: +49 711 248771-99\nMusterhandel GmbH · Königstraße 12 · 70173 Stuttgart\nAmtsgericht Stuttgart HRB 723451 · USt-IdNr. DE 812345679\nGeschäftsführer: Jens Maier',
    [
      ['phone', '+49 711 248771-12'],
      ['phone', '+49 711 248771-99'],
    ],
    ['HRB 723451', 'DE 812345679', '70173 Stuttgart'],
  ],
  [
    'pl-PL',
    'Pozdrawiam serdecznie\nMagdalena Wiśniewska\nSpecjalista ds. reklamacji\ntel. 22 482 77 16 wew. 204\nkom. 600 482 771\nSklep ABC Sp. z o.o., ul. Prosta 20, 00-850 Warszawa\nKRS 0000123456, REGON 123456785, NIP 527-102-38-43',
    [
      ['phone', '22 482 77 16'],
      ['phone', '600 482 771'],
    ],
    ['KRS 0000123456', 'REGON 123456785', 'NIP 527-102-38-43', '00-850 Warszawa'],
  ],
  [
    'fr-FR',
    'Bien cordialement,\n\nJulien Moreau\nService client – Boutique Lumière\nTél. : 01 48 27 71 63 – Port. : 06 48 27 71 63\nSAS au capital de 10 000 € – RCS Paris 732 829 320 – TVA FR40 732829320',
    [
      ['phone', '01 48 27 71 63'],
      ['phone', '06 48 27 71 63'],
    ],
    ['10 000 €', 'RCS Paris 732 829 320', 'FR40 732829320'],
  ],
  [
    'es-ES',
    'Un saludo,\nLucía Fernández\nAtención al Cliente\nTel. 912 48 27 71 ext. 3\nMóvil 648 27 71 63\nCIF B12345674 · Calle Mayor 5, 28013 Madrid',
    [
      ['phone', '912 48 27 71'],
      ['phone', '648 27 71 63'],
    ],
    ['B12345674', '28013 Madrid'],
  ],
  [
    'pt-BR',
    'Atenciosamente,\nRafael Souza\nSAC Loja Exemplo Ltda.\nFone: (11) 3482-7716 | WhatsApp: (11) 94827-7163\nCNPJ 12.345.678/0001-95 · IE 110.042.490.114',
    [
      ['phone', '(11) 3482-7716'],
      ['phone', '(11) 94827-7163'],
    ],
    ['12.345.678/0001-95', '110.042.490.114'],
  ],
  [
    'en-AU',
    'Cheers,\nMia Nguyen | Customer Care\nP: (02) 9482 7716 M: 0412 482 771\nExample Outdoor Pty Ltd ABN 18 123 456 789',
    [
      ['phone', '(02) 9482 7716'],
      ['phone', '0412 482 771'],
    ],
    ['ABN 18 123 456 789'],
  ],
  [
    'en-US',
    'Best,\nDaniel Park\nSupport Lead, Example Co.\nDirect: 212.555.0148 ext. 204 | Toll-free: 1 (800) 555-0199\nFax 212-555-0162\n1200 Avenue of the Americas, Suite 400, New York, NY 10036',
    [
      ['phone', '212.555.0148'],
      ['phone', '1 (800) 555-0199'],
      ['phone', '212-555-0162'],
    ],
    ['Suite 400', 'NY 10036', '1200 Avenue'],
  ],
  [
    'de-DE',
    'BEGIN:VCARD\nVERSION:3.0\nFN:Emma Schulz\nORG:Beispiel AG\nTEL;TYPE=WORK,VOICE:+49 89 2486 7716\nTEL;TYPE=CELL:+49 170 4827716\nEMAIL:emma.schulz@beispiel-ag.de\nADR;TYPE=WORK:;;Marienplatz 8;München;;80331;Germany\nREV:2026-12-03T10:14:03Z\nEND:VCARD',
    [
      ['phone', '+49 89 2486 7716'],
      ['phone', '+49 170 4827716'],
      ['email', 'emma.schulz@beispiel-ag.de'],
    ],
    ['VERSION:3.0', ';80331;', '2026-12-03T10:14:03Z'],
  ],
  [
    'nl-NL',
    'Met vriendelijke groet,\nSanne de Boer\nKlantenservice\nT 020 482 7716\nM 06 4827 7163\nKvK 12345678 | BTW NL123456789B01',
    [
      ['phone', '020 482 7716'],
      ['phone', '06 4827 7163'],
    ],
    ['KvK 12345678', 'NL123456789B01'],
  ],
  [
    'it-IT',
    'Cordiali saluti\nGiulia Romano\nUfficio Resi\nTel. 02 4827 7163 – Cell. 347 482 7716\nP.IVA 01234567897 – REA MI-1234567',
    [
      ['phone', '02 4827 7163'],
      ['phone', '347 482 7716'],
    ],
    ['P.IVA 01234567897', 'MI-1234567'],
  ],
  [
    'en-IN',
    'Regards,\nPriya Sharma\nEscalations, Example Retail Pvt Ltd\nMob: +91 98450 48277 | Tel: 080-4827 7163\nGSTIN 29ABCDE1234F1Z5 | CIN U74999KA2016PTC123456',
    [
      ['phone', '+91 98450 48277'],
      ['phone', '080-4827 7163'],
    ],
    ['29ABCDE1234F1Z5', 'U74999KA2016PTC123456'],
  ],
  ['de-DE', 'Viele Grüße\nJonas\nTel./Fax 030 4827716', [['phone', '030 4827716']], []],
  [
    'pl-PL',
    '— \nAnna\n📞 +48 600 482 771\n✉️ anna.k@firma.pl',
    [
      ['phone', '+48 600 482 771'],
      ['email', 'anna.k@firma.pl'],
    ],
    [],
  ],
  [
    'tr-TR',
    'Saygılarımla,\nEmre Yılmaz\nMüşteri Hizmetleri Uzmanı\nTel: 0212 356 48 20 Dahili: 1204\nGSM: 0532 418 27 90\nMersis No: 0123456789000015\nVergi No: 1234567890',
    [
      ['phone', '0212 356 48 20'],
      ['phone', '0532 418 27 90'],
    ],
    ['1204', '0123456789000015', '1234567890'],
  ],
  [
    'ko-KR',
    '감사합니다.\n김민지 드림\n고객지원팀 | 예시몰\nT. 02-3142-7788 | M. 010-4821-7730\n사업자등록번호 123-45-67891 | 통신판매업신고 2026-서울강남-01234',
    [
      ['phone', '02-3142-7788'],
      ['phone', '010-4821-7730'],
    ],
    ['123-45-67891', '2026-서울강남-01234'],
  ],
  [
    'he-IL',
    'בברכה,\nנועה לוי\nשירות לקוחות\nטל׳: 03-6248771\nנייד: 052-4827716\nח.פ. 512345678',
    [
      ['phone', '03-6248771'],
      ['phone', '052-4827716'],
    ],
    ['512345678'],
  ],
  [
    'el-GR',
    'Με εκτίμηση,\nΜαρία Παπαδοπούλου\nΤμήμα Εξυπηρέτησης\nΤηλ.: 210 482 7716\nΚιν.: 694 824 7716\nΑΦΜ: 094123456, ΓΕΜΗ 123456701000',
    [
      ['phone', '210 482 7716'],
      ['phone', '694 824 7716'],
    ],
    ['094123456', '123456701000'],
  ],
  [
    'uk-UA',
    'З повагою,\nОлена Коваленко\nСлужба підтримки\nтел.: +380 44 248 77 16\nмоб.: 067 482 77 16\nЄДРПОУ 12345678',
    [
      ['phone', '+380 44 248 77 16'],
      ['phone', '067 482 77 16'],
    ],
    ['ЄДРПОУ 12345678'],
  ],
  [
    'vi-VN',
    'Trân trọng,\nNguyễn Văn An\nBộ phận CSKH\nĐT: 028 3822 4716 – DĐ: 0903 482 716\nMã số thuế: 0312345678',
    [
      ['phone', '028 3822 4716'],
      ['phone', '0903 482 716'],
    ],
    ['Mã số thuế: 0312345678'],
  ],
  [
    'id-ID',
    'Salam,\nDewi Lestari\nLayanan Pelanggan\nTelp. (021) 2482-7716\nHP/WA: 0812-4827-7163\nNPWP 01.234.567.8-901.000',
    [
      ['phone', '(021) 2482-7716'],
      ['phone', '0812-4827-7163'],
    ],
    ['01.234.567.8-901.000'],
  ],
  [
    'th-TH',
    'ขอแสดงความนับถือ\nสมชาย ใจดี\nฝ่ายบริการลูกค้า\nโทร. 02-248-7716 ต่อ 105\nมือถือ 081-482-7716\nเลขประจำตัวผู้เสียภาษี 0105561234567',
    [
      ['phone', '02-248-7716'],
      ['phone', '081-482-7716'],
    ],
    ['ต่อ 105', '0105561234567'],
  ],
  [
    'en-US',
    'This e-mail and any attachments are confidential. Example Inc., 500 Market St, San Francisco, CA 94105. Reg. No. 4821771. Unsubscribe: https://mail.example.com/u?id=8827716354&utm_campaign=1203',
    [],
    ['CA 94105', '4821771', 'id=8827716354', 'utm_campaign=1203'],
  ],
  [
    'de-AT',
    'Beispiel Handels GmbH | Mariahilfer Straße 1, 1060 Wien | UID ATU12345678 | FN 123456a, HG Wien\nTel. +43 1 4827716',
    [['phone', '+43 1 4827716']],
    ['ATU12345678', 'FN 123456a', '1060 Wien'],
  ],
  [
    'en-GB',
    'M: 07911 123987\nT: 020 7946 0321\nF: 020 7946 0322',
    [
      ['phone', '07911 123987'],
      ['phone', '020 7946 0321'],
      ['phone', '020 7946 0322'],
    ],
    [],
  ],
  [
    'en-US',
    'Tel./Fax: 212-555-0162 | UID CHE-123.456.789 MWST',
    [['phone', '212-555-0162']],
    ['CHE-123.456.789'],
  ],
  [
    'he-IL',
    'טל׳ 03-6248771 שלוחה 204\nפקס 03-6248772',
    [
      ['phone', '03-6248771'],
      ['phone', '03-6248772'],
    ],
    ['שלוחה 204'],
  ],
  [
    'ko-KR',
    '전화 02-3142-7788 / 팩스 02-3142-7789',
    [
      ['phone', '02-3142-7788'],
      ['phone', '02-3142-7789'],
    ],
    [],
  ],
  [
    'tr-TR',
    'Tel: 0212 356 48 20 / Faks: 0212 356 48 21',
    [
      ['phone', '0212 356 48 20'],
      ['phone', '0212 356 48 21'],
    ],
    [],
  ],
  [
    'th-TH',
    'โทร 02-248-7716 โทรสาร 02-248-7717',
    [
      ['phone', '02-248-7716'],
      ['phone', '02-248-7717'],
    ],
    [],
  ],
  ['uk-UA', 'тел./факс +380 44 248 77 17', [['phone', '+380 44 248 77 17']], []],
];

export const MAIL: readonly Case[] = [
  [
    'en-US',
    '---------- Forwarded message ---------\nFrom: Laura Chen <laura.chen@gmail.com>\nDate: Tue, 1 Dec 2026 at 17:42\nSubject: Damaged blender, order #48213\nTo: <help@example-shop.com>\n\nHi, the jar cracked. You can call me at 646-555-0148.',
    [
      ['email', 'laura.chen@gmail.com'],
      ['email', 'help@example-shop.com'],
      ['phone', '646-555-0148'],
    ],
    ['1 Dec 2026 at 17:42', '#48213'],
  ],
  [
    'en-GB',
    "Thanks Laura, I've raised RMA 7716-2291.\n\nOn Tue, 3 Dec 2026 at 10:14, Laura Chen <laura.chen@gmail.com> wrote:\n> Hi, my mobile is 07911 123987 if easier.\n> Order 305-4827716-2291004",
    [
      ['email', 'laura.chen@gmail.com'],
      ['phone', '07911 123987'],
    ],
    ['RMA 7716-2291', '3 Dec 2026 at 10:14', '305-4827716-2291004'],
  ],
  [
    'en-US',
    'Received: from [192.0.2.44] (unknown [192.0.2.44])\n\tby mx.example.com with ESMTPSA id 4827716;\n\tTue, 03 Dec 2026 10:14:03 +0100\nX-Originating-IP: [198.51.100.77]',
    [
      ['ip', '192.0.2.44'],
      ['ip', '198.51.100.77'],
    ],
    ['id 4827716', '10:14:03 +0100'],
  ],
  [
    'de-DE',
    '-----Ursprüngliche Nachricht-----\nVon: Thomas Bauer <t.bauer@web.de>\nGesendet: Dienstag, 1. Dezember 2026 09:15\nAn: service@beispiel.de\nBetreff: AW: Reklamation 2026-48213\n\nHallo, meine Handynummer ist 0170 4827716.',
    [
      ['email', 't.bauer@web.de'],
      ['phone', '0170 4827716'],
    ],
    ['1. Dezember 2026 09:15', 'Reklamation 2026-48213'],
  ],
  [
    'fr-FR',
    'Le mar. 1 déc. 2026 à 18:05, Claire Petit <claire.petit@free.fr> a écrit :\n> Bonjour, commande 4827716 toujours pas livrée.\n> Mon numéro : 06 48 27 71 63',
    [
      ['email', 'claire.petit@free.fr'],
      ['phone', '06 48 27 71 63'],
    ],
    ['1 déc. 2026 à 18:05', 'commande 4827716'],
  ],
  [
    'es-ES',
    'El mar, 1 dic 2026 a las 9:30, Pablo Ruiz (<pablo.ruiz@hotmail.es>) escribió:\n> Pedido 112-4827716-2291004. Mi móvil 648 27 71 63',
    [
      ['email', 'pablo.ruiz@hotmail.es'],
      ['phone', '648 27 71 63'],
    ],
    ['1 dic 2026 a las 9:30', '112-4827716-2291004'],
  ],
  [
    'pl-PL',
    '>> Dnia 1.12.2026 o 09:41 Piotr Zieliński <p.zielinski@onet.pl> napisał:\n>> proszę o kontakt 512 482 771\n> Dzień dobry, zgłoszenie #48213 przyjęte.\nPozdrawiam',
    [
      ['email', 'p.zielinski@onet.pl'],
      ['phone', '512 482 771'],
    ],
    ['1.12.2026 o 09:41', '#48213'],
  ],
  [
    'ko-KR',
    '-----Original Message-----\nFrom: 이서연 <seoyeon.lee@naver.com>\nSent: Tuesday, December 1, 2026 3:22 PM\n주문번호 20261201-0048213 배송 문의드립니다. 연락처 010-4821-7730',
    [
      ['email', 'seoyeon.lee@naver.com'],
      ['phone', '010-4821-7730'],
    ],
    ['December 1, 2026 3:22 PM', '20261201-0048213'],
  ],
  [
    'tr-TR',
    '---------- İletilen ileti ---------\nGönderen: Ayşe Demir <ayse.demir@gmail.com>\nTarih: 1 Ara 2026 Sal, 14:07\nKonu: Sipariş 7716482291\nCep: 0532 418 27 90',
    [
      ['email', 'ayse.demir@gmail.com'],
      ['phone', '0532 418 27 90'],
    ],
    ['1 Ara 2026 Sal, 14:07', 'Sipariş 7716482291'],
  ],
  [
    'he-IL',
    'ב-3 בדצמ׳ 2026, בשעה 10:14, נועה לוי <noa.levi@walla.co.il> כתבה:\n> הזמנה 4827716 לא הגיעה. הטלפון שלי 052-4827716',
    [
      ['email', 'noa.levi@walla.co.il'],
      ['phone', '052-4827716'],
    ],
    ['10:14', 'הזמנה 4827716'],
  ],
  [
    'el-GR',
    'Στις Τρί, 1 Δεκ 2026 στις 11:20, ο/η Νίκος Γεωργίου <nikos.g@yahoo.gr> έγραψε:\n> Παραγγελία 48213. Κινητό 694 824 7716',
    [
      ['email', 'nikos.g@yahoo.gr'],
      ['phone', '694 824 7716'],
    ],
    ['1 Δεκ 2026 στις 11:20', 'Παραγγελία 48213'],
  ],
  [
    'uk-UA',
    'Пн, 1 груд. 2026 р. о 12:05 Олена <olena.k@ukr.net> пише:\n> Замовлення № 4827716, мій телефон 067 482 77 16',
    [
      ['email', 'olena.k@ukr.net'],
      ['phone', '067 482 77 16'],
    ],
    ['2026 р. о 12:05', '№ 4827716'],
  ],
  [
    'vi-VN',
    'Vào Th 3, 1 thg 12, 2026 lúc 08:45 Trần Thị Mai <mai.tran@gmail.com> đã viết:\n> Mã đơn hàng 2612014827716, SĐT 0903 482 716',
    [
      ['email', 'mai.tran@gmail.com'],
      ['phone', '0903 482 716'],
    ],
    ['2026 lúc 08:45', '2612014827716'],
  ],
  [
    'id-ID',
    'Pada tanggal Sel, 1 Des 2026 pukul 19.30, Budi Santoso <budi.s@yahoo.co.id> menulis:\n> Nomor pesanan INV/20261201/MPL/4827716, no HP 0812-4827-7163',
    [
      ['email', 'budi.s@yahoo.co.id'],
      ['phone', '0812-4827-7163'],
    ],
    ['pukul 19.30', 'INV/20261201/MPL/4827716'],
  ],
  [
    'th-TH',
    'เมื่อ อ. 1 ธ.ค. 2569 เวลา 14:10 สมศรี <somsri@hotmail.co.th> เขียนว่า:\n> เลขที่คำสั่งซื้อ 2612014827716 เบอร์ 081-482-7716',
    [
      ['email', 'somsri@hotmail.co.th'],
      ['phone', '081-482-7716'],
    ],
    ['2569 เวลา 14:10', '2612014827716'],
  ],
  [
    'en-US',
    '##- Please type your reply above this line -##\n\nYour request (48213) has been updated.\n\nDaniel (Example Support)\nDec 3, 2026, 10:14 GMT+1\n\nCould you send your phone number?\n\nLaura Chen\nDec 3, 2026, 10:02 GMT+1\n\nSure: +1 646 555 0148',
    [['phone', '+1 646 555 0148']],
    ['(48213)', 'Dec 3, 2026, 10:14 GMT+1', 'Dec 3, 2026, 10:02 GMT+1'],
  ],
  [
    'en-US',
    'Received: from mail-pf1-f182.google.com (mail-pf1-f182.google.com. [209.85.210.182])\n        by mx.example.com with ESMTPS id 4827716\nReceived: from [IPv6:2001:db8:4827::716] by smtp.example.net',
    [
      ['ip', '209.85.210.182'],
      ['ip', '2001:db8:4827::716'],
    ],
    ['mail-pf1-f182.google.com', 'id 4827716'],
  ],
  [
    'en-US',
    'X-Mailer: Apple Mail (2.3774.200.91.1.1)\nDate: Thu, 03 Dec 2026 10:14:03 +0000 (UTC)\nX-Spam-Score: -0.1\nContent-Length: 48213\nX-Priority: 3',
    [],
    ['2.3774.200.91.1.1', '10:14:03 +0000', '-0.1', '48213'],
  ],
  [
    'en-US',
    'From: "Chen, Laura" <laura.chen@gmail.com>\nSent: Thursday, December 3, 2026 10:14 AM\nTo: Support <support@example.com>\nCc: 6465550148@vtext.com\nSubject: FW: order 1203-4827716',
    [
      ['email', 'laura.chen@gmail.com'],
      ['email', '6465550148@vtext.com'],
    ],
    ['December 3, 2026 10:14 AM', '1203-4827716'],
  ],
  [
    'pt-BR',
    'Em qui., 3 de dez. de 2026 às 10:14, Maria Oliveira <maria.oliveira@uol.com.br> escreveu:\n> Meu CPF 529.982.247-25, celular (11) 94827-7163, pedido 4827716',
    [
      ['email', 'maria.oliveira@uol.com.br'],
      ['cpf', '529.982.247-25'],
      ['phone', '(11) 94827-7163'],
    ],
    ['2026 às 10:14', 'pedido 4827716'],
  ],
];

export const CHATS: readonly Case[] = [
  [
    'en-US',
    '[10:14:03] Agent Tom (id 4412): Hi, how can I help?\n[10:14:41] Customer: my order 5561234 never came\n[10:15:02] Customer: phone is 917-555-0134',
    [['phone', '917-555-0134']],
    ['[10:14:03]', 'id 4412', 'order 5561234', '[10:15:02]'],
  ],
  [
    'en-US',
    '2026-12-03T10:14:03Z agent=ag_1182 ticket=#48213 msg="customer gave card 4929 1827 3645 1028 exp 09/28"',
    [['card', '4929 1827 3645 1028']],
    ['2026-12-03T10:14:03Z', 'ag_1182', '#48213', '09/28'],
  ],
  [
    'pt-BR',
    '03/12/2026, 10:14 - Maria: oi, meu pedido 4827716 não chegou\n03/12/2026, 10:15 - Maria: meu CPF é 529.982.247-25\n03/12/2026, 10:16 - Loja: obrigado!',
    [['cpf', '529.982.247-25']],
    ['03/12/2026, 10:14', 'pedido 4827716', '03/12/2026, 10:16'],
  ],
  [
    'pl-PL',
    'Anna, [03.12.2026 10:14]\nmój nr 600 482 771\n\nSklep, [03.12.2026 10:15]\nDziękujemy, zgłoszenie 48213',
    [['phone', '600 482 771']],
    ['[03.12.2026 10:14]', 'zgłoszenie 48213'],
  ],
  [
    'en-US',
    'Tom 10:14 AM\n@channel customer in ticket #48213 pasted her IBAN DE62 3704 0044 0532 0130 01, please mask\nAnna 10:15 AM\ndone :white_check_mark:',
    [['iban', 'DE62 3704 0044 0532 0130 01']],
    ['10:14 AM', '#48213', '10:15 AM'],
  ],
  [
    'en-US',
    'Agent: you can track it here https://track.example.com/?order=1234567890&utm_source=email&utm_campaign=2026_12_03&utm_id=4827716',
    [],
    ['order=1234567890', '2026_12_03', 'utm_id=4827716'],
  ],
  [
    'en-US',
    '[2026-12-03 10:14:03] <bot> Ticket #48213 assigned to agent 1182\n[2026-12-03 10:14:30] <cust> call me back pls 646 555 0148',
    [['phone', '646 555 0148']],
    ['[2026-12-03 10:14:03]', '#48213', 'agent 1182', '[2026-12-03 10:14:30]'],
  ],
  [
    'en-US',
    'Laura Chen · 10:14\nhi my email laura.chen+orders@gmail.com and phone (646) 555-0148\nDaniel · 10:16\nThanks Laura, order 112-4827716-2291004 is refunded.',
    [
      ['email', 'laura.chen+orders@gmail.com'],
      ['phone', '(646) 555-0148'],
    ],
    ['· 10:14', '112-4827716-2291004', '· 10:16'],
  ],
  [
    'de-DE',
    '10:14 ✅ Bezahlt 49,99 € via PayPal\n10:15 📦 Sendung 00340434161234567890\n10:16 📞 0170 4827716',
    [['phone', '0170 4827716']],
    ['10:14', '49,99 €', '00340434161234567890', '10:16'],
  ],
  [
    'tr-TR',
    '[14:07] Müşteri: siparişim 7716482291 hâlâ gelmedi\n[14:08] Temsilci: Telefon numaranızı alabilir miyim?\n[14:08] Müşteri: 0532 418 27 90',
    [['phone', '0532 418 27 90']],
    ['[14:07]', '7716482291'],
  ],
  [
    'ko-KR',
    '[오후 3:22] 고객: 주문번호 20261201-0048213인데요\n[오후 3:23] 상담원: 연락처 남겨주세요\n[오후 3:23] 고객: 01048217730',
    [['phone', '01048217730']],
    ['[오후 3:22]', '20261201-0048213'],
  ],
  [
    'vi-VN',
    '[08:45] Khách: đơn 2612014827716 chưa giao\n[08:46] Khách: sdt em 0903482716 nha',
    [['phone', '0903482716']],
    ['[08:45]', '2612014827716'],
  ],
  [
    'en-US',
    '2026-12-03T10:14:03.512Z INFO session=7f3a9c1e user_ip=203.0.113.58 ua="Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X)"',
    [['ip', '203.0.113.58']],
    ['2026-12-03T10:14:03.512Z', '7f3a9c1e', 'Mozilla/5.0', '17_1'],
  ],
  [
    'en-GB',
    'Transferred by agent #1182 to queue 4 at 10:14:03 (ticket 48213). Callback number: +44 20 7946 0321',
    [['phone', '+44 20 7946 0321']],
    ['#1182', 'queue 4', '10:14:03', 'ticket 48213'],
  ],
  [
    'en-GB',
    'Order page: https://shop.example.com/account/orders?order=1234567890&ref=mail_1203 — please call 020 7946 0321',
    [['phone', '020 7946 0321']],
    ['order=1234567890', 'mail_1203'],
  ],
  [
    'en-US',
    'Build info: v3.12.0 (build 4512), iOS 17.1.2, device iPhone14,3, session 8827716354',
    [],
    ['v3.12.0', 'build 4512', '17.1.2', 'iPhone14,3', '8827716354'],
  ],
  [
    'en-US',
    'Ticket #48213 merged into #48219; see also INC0048213 and CS-2026-004821',
    [],
    ['#48213', '#48219', 'INC0048213', 'CS-2026-004821'],
  ],
  [
    'de-DE',
    '[10:14] Kunde: Rückruf bitte unter 089 2486 7716 Durchwahl -12 oder mobil 0170 4827716',
    [
      ['phone', '089 2486 7716'],
      ['phone', '0170 4827716'],
    ],
    ['[10:14]'],
  ],
  [
    'id-ID',
    '[19.30] Pembeli: kak, resi JNE 0123456789012 belum update\n[19.31] Pembeli: WA aku 0812 4827 7163 ya',
    [['phone', '0812 4827 7163']],
    ['[19.30]', 'JNE 0123456789012'],
  ],
  [
    'th-TH',
    '[14:10] ลูกค้า: ขอเลขพัสดุหน่อยค่ะ ออเดอร์ 2612014827716\n[14:11] ลูกค้า: โทรกลับ 0814827716 นะคะ',
    [['phone', '0814827716']],
    ['[14:10]', '2612014827716'],
  ],
  [
    'he-IL',
    '[10:14] לקוח: מספר הזמנה 4827716\n[10:15] לקוח: תתקשרו אליי 0524827716',
    [['phone', '0524827716']],
    ['[10:14]', 'הזמנה 4827716'],
  ],
  [
    'el-GR',
    '[11:20] Πελάτης: η παραγγελία 48213 δεν ήρθε, τηλ 6948247716',
    [['phone', '6948247716']],
    ['[11:20]', 'παραγγελία 48213'],
  ],
  [
    'uk-UA',
    '[12:05] Клієнт: ТТН 20450012345678, телефон 0674827716',
    [['phone', '0674827716']],
    ['[12:05]', 'ТТН 20450012345678'],
  ],
  [
    'en-US',
    'Customer: app crashes on v3.12.0 (build 4512), Android 14, last seen 2026-12-03T10:14:03Z from 198.51.100.23',
    [['ip', '198.51.100.23']],
    ['v3.12.0', 'build 4512', 'Android 14', '2026-12-03T10:14:03Z'],
  ],
  [
    'en-US',
    'https://shop.example.com/track?utm_source=sms&utm_medium=link&utm_id=8827716354&order=1234567890 my cell 917 555 0134',
    [['phone', '917 555 0134']],
    ['utm_id=8827716354', 'order=1234567890'],
  ],
];

export const ORDERS: readonly Case[] = [
  [
    'de-DE',
    '| Artikel | EAN | Menge | Preis |\n|---|---|---|---|\n| Wasserkocher | 4012345678901 | 1 | 39,99 € |\n| Toaster | 8712345678906 | 2 | 24,95 € |',
    [],
    ['4012345678901', '8712345678906', '39,99 €', '24,95 €'],
  ],
  [
    'en-US',
    'sku,ean,qty,price\nTSH-BLK-M,8691234567890,2,19.99\nMUG-WHT,4006381333931,1,7.50',
    [],
    ['TSH-BLK-M', '8691234567890', '4006381333931', '19.99', '7.50'],
  ],
  [
    'en-US',
    'Return reason: faulty screen\nIMEI: 35 209900 176148 1\nSerial: F2LXK4827716\nModel: A2643',
    [['card', '35 209900 176148 1']],
    ['F2LXK4827716', 'A2643'],
  ],
  [
    'en-US',
    'IMEI1 867542039182731 / IMEI2 490154203237518',
    [
      ['card', '867542039182731'],
      ['card', '490154203237518'],
    ],
    [],
  ],
  [
    'en-US',
    'Order #1203-4827716\nQty 2 × Item 100482 @ $14.99\nSubtotal $29.98\nShipping to ZIP 10036\nCard ending 1028',
    [],
    ['#1203-4827716', '100482', '$14.99', '$29.98', 'ZIP 10036', 'ending 1028'],
  ],
  [
    'en-US',
    'Order placed December 1, 2026\nOrder # 112-4827716-2291004\nShip to: Laura Chen, 1200 Avenue of the Americas, New York, NY 10036\nPhone: 646-555-0148',
    [['phone', '646-555-0148']],
    ['112-4827716-2291004', 'NY 10036', 'December 1, 2026'],
  ],
  [
    'pl-PL',
    'Lp. | Nazwa | Ilość | Cena netto | VAT\n1 | Czajnik EAN 5900000000015 | 1 | 99,00 | 23%\nFaktura VAT nr FV/2026/12/0482, NIP nabywcy 725-301-98-84',
    [],
    ['5900000000015', '99,00', 'FV/2026/12/0482', '725-301-98-84'],
  ],
  [
    'de-DE',
    'GTIN 04012345678901, Charge L4827716, MHD 2027-03, Menge 12 Stk.',
    [],
    ['04012345678901', 'L4827716', '2027-03'],
  ],
  [
    'en-US',
    'S/N: C02XK4827716, P/N 661-04827, FW 2.3.41, warranty until 2027-12-03',
    [],
    ['C02XK4827716', '661-04827', '2.3.41', '2027-12-03'],
  ],
  [
    'en-GB',
    'UPS 1Z999AA10123456784, DHL JJD000390007716482291, Royal Mail AB123456785GB',
    [],
    ['1Z999AA10123456784', 'JJD000390007716482291', 'AB123456785GB'],
  ],
  ['vi-VN', 'Tổng cộng: 1.234.567 ₫, 2 x 617.283 ₫', [], ['1.234.567 ₫', '617.283 ₫']],
  ['ko-KR', '결제금액 1,234,000원, 주문 2026120148213', [], ['1,234,000원', '2026120148213']],
  [
    'tr-TR',
    'Ad;Telefon;Sipariş\nAyşe;05324182790;7716482291\nMehmet;05354827716;7716482292',
    [
      ['phone', '05324182790'],
      ['phone', '05354827716'],
    ],
    ['7716482291', '7716482292'],
  ],
  ['en-US', 'IMEI 35-209900-176148-1', [['card', '35-209900-176148-1']], []],
  [
    'en-GB',
    '2 x Pixel 8, IMEIs 867542039182731 867542039182749',
    [
      ['card', '867542039182731'],
      ['card', '867542039182749'],
    ],
    ['2 x Pixel 8'],
  ],
  [
    'en-US',
    'Returned: Pixel 8 867542039182731 and Pixel 8a 990012345678905',
    [
      ['card', '867542039182731'],
      ['card', '990012345678905'],
    ],
    ['Pixel 8 ', 'Pixel 8a '],
  ],
  [
    'de-DE',
    'Haltbar bis 2027/03, Preisstand 2026.11, MHD 2026-12',
    [],
    ['2027/03', '2026.11', '2026-12'],
  ],
  [
    'en-US',
    'imei,serial,model\n867542039182731,F2LXK4827716,A2643\n990012345678905,F2LXK4827717,A2643',
    [
      ['card', '867542039182731'],
      ['card', '990012345678905'],
    ],
    ['F2LXK4827716', 'F2LXK4827717'],
  ],
  [
    'de-DE',
    'Gerät: Bohrmaschine, Serien-Nr. 2345 0151 4827, Kaufdatum 03.11.2026',
    [],
    ['2345 0151 4827', '03.11.2026'],
  ],
  [
    'de-DE',
    'S/N 2345-0151-4827, Rückruf unter 0170 4827716',
    [['phone', '0170 4827716']],
    ['S/N 2345-0151-4827'],
  ],
  [
    'en-GB',
    'Device: Galaxy S24, IMEI 352099001761481, purchased 03.11.2026, receipt 4827-7163-2291',
    [['card', '352099001761481']],
    ['S24', '03.11.2026', '4827-7163-2291'],
  ],
  ['ko-KR', '바코드: 8801234567893 (GS1 Korea)', [], ['8801234567893']],
  ['nl-NL', 'EAN 8 712345 678906, artikel 4827716', [], ['8 712345 678906', '4827716']],
  [
    'it-IT',
    'order_id,created_at,email,phone,total\n4827716,2026-12-03 10:14:03,m.rossi@libero.it,+39 347 482 7716,59.90',
    [
      ['email', 'm.rossi@libero.it'],
      ['phone', '+39 347 482 7716'],
    ],
    ['4827716,', '2026-12-03 10:14:03', '59.90'],
  ],
  [
    'pl-PL',
    '{"orderId":"1234567890","customer":{"phone":"+48600482771","ip":"203.0.113.58"},"items":[{"sku":"AB-4827716","ean":"8691234567890"}]}',
    [
      ['phone', '+48600482771'],
      ['ip', '203.0.113.58'],
    ],
    ['1234567890', 'AB-4827716', '8691234567890'],
  ],
  [
    'pl-PL',
    'Zamówienie\tData\tKwota\n4827716\t03.12.2026\t1 299,00 zł',
    [],
    ['4827716', '03.12.2026', '1 299,00 zł'],
  ],
  [
    'uk-UA',
    'Рахунок № 4827716 від 03.12.2026, сума 1 299,00 грн, IBAN UA213223130000026007233566001',
    [['iban', 'UA213223130000026007233566001']],
    ['№ 4827716', '03.12.2026', '1 299,00 грн'],
  ],
  [
    'el-GR',
    'Τιμολόγιο 4827716, ΑΦΜ 094123456, IBAN GR16 0110 1250 0000 0001 2300 695',
    [['iban', 'GR16 0110 1250 0000 0001 2300 695']],
    ['Τιμολόγιο 4827716', '094123456'],
  ],
  [
    'he-IL',
    'חשבונית 4827716, סכום ₪1,299.00, IBAN IL62 0108 0000 0009 9999 999',
    [['iban', 'IL62 0108 0000 0009 9999 999']],
    ['חשבונית 4827716', '₪1,299.00'],
  ],
  [
    'en-US',
    'Qty | SKU | Serial\n1 | LAP-14-GRY | 5CG4827716\n2 | CHG-65W | 5CD4827716, 5CD4827717',
    [],
    ['LAP-14-GRY', '5CG4827716', '5CD4827716', '5CD4827717', 'CHG-65W'],
  ],
  [
    'de-DE',
    'Pos. 1: 3 x Art.-Nr. 4827716 à 12,99 € = 38,97 €\nPos. 2: 1 x Art.-Nr. 4827717 à 5,00 €\nGesamt 43,97 € inkl. 19 % MwSt.',
    [],
    ['4827716', '4827717', '38,97 €', '43,97 €'],
  ],
  [
    'en-US',
    'Your order 1203-4827716 has shipped! Track: https://track.example.com/t/9400111899223197428490?utm_source=sms',
    [],
    ['1203-4827716', '9400111899223197428490'],
  ],
];

export const LOCALES: readonly Case[] = [
  [
    'ko-KR',
    '안녕하세요, 주문번호 20261201-0048213 상품이 파손되어 왔습니다. 연락처는 010 4821 7730입니다.',
    [['phone', '010 4821 7730']],
    ['20261201-0048213'],
  ],
  [
    'ko-KR',
    '제 휴대폰 번호는 010-4821-7730이고 이메일은 minji.kim@daum.net입니다',
    [
      ['phone', '010-4821-7730'],
      ['email', 'minji.kim@daum.net'],
    ],
    ['입니다'],
  ],
  [
    'ko-KR',
    '문의번호 #48213 / 전화 02-3142-7788 (내선 204)',
    [['phone', '02-3142-7788']],
    ['#48213', '내선 204'],
  ],
  // The "@" said in Korean, as a customer types an address to pass a filter.
  [
    'ko-KR',
    '이메일 minji.kim 골뱅이 daum.net 입니다',
    [['email', 'minji.kim 골뱅이 daum.net']],
    ['입니다'],
  ],
  ['ko-KR', '골뱅이 무침 주문했어요, 주문 2026120148213', [], ['골뱅이 무침', '2026120148213']],
  [
    'tr-TR',
    "Merhaba, 7716482291 numaralı siparişim eksik geldi. Bana 0532 418 27 90'dan ulaşabilirsiniz.",
    [['phone', '0532 418 27 90']],
    ['7716482291', "'dan"],
  ],
  [
    'tr-TR',
    "İade için IBAN'ım TR33 0006 1005 1978 6457 8413 26, adım Ayşe Demir.",
    [['iban', 'TR33 0006 1005 1978 6457 8413 26']],
    ["IBAN'ım"],
  ],
  [
    'tr-TR',
    "Telefonum +90 (532) 418 27 90, e-postam ayse.demir@gmail.com'dur.",
    [
      ['phone', '+90 (532) 418 27 90'],
      ['email', 'ayse.demir@gmail.com'],
    ],
    ["'dur."],
  ],
  [
    'tr-TR',
    'Kargo takip no: 7716482291034, fatura no: ABC2026000048213',
    [],
    ['7716482291034', 'ABC2026000048213'],
  ],
  [
    'vi-VN',
    'Chào shop, mình đặt đơn #DH4827716 hôm 01/12, giao tới 12 Nguyễn Huệ, Q1. SĐT: 0903.482.716',
    [['phone', '0903.482.716']],
    ['#DH4827716', '01/12'],
  ],
  [
    'vi-VN',
    'Số tài khoản Vietcombank 0071001234568, chủ TK Trần Thị Mai, SĐT +84 90 348 2716',
    [['phone', '+84 90 348 2716']],
    [],
  ],
  ['vi-VN', 'Mã vận đơn GHN: GHN4827716VN, phí ship 30.000đ', [], ['GHN4827716VN', '30.000đ']],
  [
    'th-TH',
    'สวัสดีค่ะ สั่งซื้อเลขที่ 2612014827716 ยังไม่ได้รับของค่ะ เบอร์ติดต่อ 081 482 7716',
    [['phone', '081 482 7716']],
    ['2612014827716'],
  ],
  [
    'th-TH',
    'โอนเงินแล้ว 1,299 บาท อีเมล somsri.j@gmail.com',
    [['email', 'somsri.j@gmail.com']],
    ['1,299 บาท'],
  ],
  [
    'he-IL',
    'שלום, מספר ההזמנה שלי 4827716. אפשר לחזור אליי בטלפון 052-482-7716 או במייל noa.levi@gmail.com',
    [
      ['phone', '052-482-7716'],
      ['email', 'noa.levi@gmail.com'],
    ],
    ['4827716.'],
  ],
  [
    'uk-UA',
    'Добрий день! Замовлення № 4827716 від 01.12.2026 не доставлено. Мій номер: +380 (67) 482-77-16',
    [['phone', '+380 (67) 482-77-16']],
    ['№ 4827716', '01.12.2026'],
  ],
  [
    'uk-UA',
    'Відправте на відділення Нової пошти №12, отримувач Олена, тел. 067-482-77-16, ТТН 20450012345678',
    [['phone', '067-482-77-16']],
    ['№12', 'ТТН 20450012345678'],
  ],
  [
    'el-GR',
    'Καλησπέρα, η παραγγελία μου #48213 δεν έφτασε. Το κινητό μου είναι 694 824 7716 και το email maria.p@gmail.com',
    [
      ['phone', '694 824 7716'],
      ['email', 'maria.p@gmail.com'],
    ],
    ['#48213'],
  ],
  [
    'el-GR',
    'Τηλ. επικοινωνίας: +30 210 482 7716, εσωτ. 204',
    [['phone', '+30 210 482 7716']],
    ['εσωτ. 204'],
  ],
  [
    'id-ID',
    'Halo kak, pesanan saya INV/20261201/MPL/4827716 belum sampai. Nomor WA saya 0812-4827-7163, email dewi.lestari@gmail.com',
    [
      ['phone', '0812-4827-7163'],
      ['email', 'dewi.lestari@gmail.com'],
    ],
    ['INV/20261201/MPL/4827716'],
  ],
  [
    'id-ID',
    'Transfer ke BCA 1234567890 a.n. Dewi, total Rp 1.299.000',
    [],
    ['1234567890', 'Rp 1.299.000'],
  ],
  ['id-ID', 'Kantor: +62 21 2482 7716 ext. 105', [['phone', '+62 21 2482 7716']], ['ext. 105']],
  [
    'ko-KR',
    'IMEI 352099001761481 / 일련번호 R58N4827716',
    [['card', '352099001761481']],
    ['R58N4827716'],
  ],
  [
    'tr-TR',
    'Sipariş No: 7716482291 — Kargoya verildi. Sorularınız için 0850 482 77 16 numaralı çağrı merkezimizi arayabilirsiniz.',
    [['phone', '0850 482 77 16']],
    ['7716482291'],
  ],
  [
    'vi-VN',
    'Em ơi, chị gửi lại số điện thoại nhé: 090 348 2716. Đơn hàng số 2612014827716.',
    [['phone', '090 348 2716']],
    ['2612014827716'],
  ],
  [
    'he-IL',
    'מספר לקוח 4827716, טלפון נייד +972 52-482-7716',
    [['phone', '+972 52-482-7716']],
    ['4827716,'],
  ],
  [
    'el-GR',
    'Αριθμός αποστολής ACS 7716482291, τηλέφωνο 210 482 7716',
    [['phone', '210 482 7716']],
    ['7716482291'],
  ],
  [
    'th-TH',
    'หมายเลขพัสดุ TH4827716291 Kerry, เบอร์โทร +66 81 482 7716',
    [['phone', '+66 81 482 7716']],
    ['TH4827716291'],
  ],
  [
    'id-ID',
    'No. resi SiCepat 004827716291, HP 0812 4827 7163',
    [['phone', '0812 4827 7163']],
    ['004827716291'],
  ],
  [
    'uk-UA',
    'Номер посилки 59000482771629, мій email olena.k@ukr.net',
    [['email', 'olena.k@ukr.net']],
    ['59000482771629'],
  ],
];

export const EXTENSIONS: readonly Case[] = [
  [
    'en-US',
    'reach me at (917) 555-0134 x12 or 917.555.0134 ext 12',
    [
      ['phone', '(917) 555-0134'],
      ['phone', '917.555.0134'],
    ],
    [],
  ],
  [
    'de-DE',
    'Zentrale 0711 248771-0, Durchwahl -12',
    [['phone', '0711 248771-0']],
    ['Durchwahl -12'],
  ],
  [
    'pl-PL',
    'Infolinia 22 482 77 16 wew. 12, fax 22 482 77 17',
    [
      ['phone', '22 482 77 16'],
      ['phone', '22 482 77 17'],
    ],
    ['wew. 12'],
  ],
  [
    'en-GB',
    'Switchboard +44 (0)20 7946 0321 extn 4412',
    [['phone', '+44 (0)20 7946 0321']],
    ['extn 4412'],
  ],
  ['fr-FR', 'Standard : 01 48 27 71 63 poste 204', [['phone', '01 48 27 71 63']], ['poste 204']],
  ['es-ES', 'Centralita 912 48 27 71, extensión 3', [['phone', '912 48 27 71']], ['extensión 3']],
  ['nl-NL', 'tel. 020-4827716 toestel 12', [['phone', '020-4827716']], ['toestel 12']],
  ['it-IT', 'centralino 02 4827 7163 int. 204', [['phone', '02 4827 7163']], ['int. 204']],
  [
    'en-US',
    'Call +1 (800) 555-0199 ext. 4 for returns',
    [['phone', '+1 (800) 555-0199']],
    ['ext. 4'],
  ],
  [
    'en-US',
    'Call 1-800-555-SHOP (1-800-555-7467) any time',
    [['phone', '1-800-555-7467']],
    ['1-800-555-SHOP'],
  ],
  ['pt-BR', 'Ligue (11) 3482-7716 ramal 204', [['phone', '(11) 3482-7716']], ['ramal 204']],
  [
    'de-DE',
    'Bitte rufen Sie mich an: 089 2486 77-16 (Durchwahl), Fax -99',
    [['phone', '089 2486 77-16']],
    [],
  ],
];

const ALL: readonly [string, readonly Case[]][] = [
  ['signatures and footers', SIGNATURES],
  ['forwarded mail and quoted replies', MAIL],
  ['chat exports', CHATS],
  ['order lines, tables and device ids', ORDERS],
  ['the locales the corpus has least', LOCALES],
  ['extensions and vanity numbers', EXTENSIONS],
];

describeAudit(ALL);

// What the audit found and left, each asserting today's output so that a change to it is seen:
// decisions of the (#14) rules, and gaps with what is wrong and why it stays so today.
describe('decisions and gaps', () => {
  it.each([
    // Decision: a Luhn-valid EAN-13 goes as [CARD] (#14: no Luhn-valid run of 13 to 19 digits is
    // left). The GS1 check (weights 3 and 1) and Luhn agree on one EAN in ten or so; the other
    // EANs of this file fail Luhn and stay. A column headed "ean" does not change it.
    ['en-US', 'sku,ean,qty\nTSH-BLK-M,5901234123457,2', 'sku,ean,qty\nTSH-BLK-M,[CARD],2'],
    // Decision: a SIRET is a SIREN and a 5-digit NIC, 14 digits that pass Luhn by construction:
    // it goes as [CARD] however it is printed, while the SIREN alone stays after its label.
    ['fr-FR', 'SIREN 732 829 320, SIRET 732 829 320 00017', 'SIREN 732 829 320, SIRET [CARD]'],
    // Decision: an IMEI (15 digits, Luhn) goes as [CARD], with or without its label, in any
    // grouping. The type is a card's: no built-in type is a device's id (an "imei" type would be
    // a new entity type, a change of the API); the value goes, which is what the issue asks.
    ['en-GB', 'IMEI 35-209900-176148-1, IMEI2 867542039182731', 'IMEI [CARD], IMEI2 [CARD]'],
    // Decision: a SIM's ICCID (19 digits, Luhn) goes as [CARD] too.
    ['en-US', 'ICCID 8944500102198304826 (SIM)', 'ICCID [CARD] (SIM)'],
    // Decision (T31b): a MEID beside its IMEI goes as [CARD], as the IMEI does: it is the
    // IMEI's first 14 digits, with no check digit, told from an order's number by the IMEI
    // printed beside it (card.ts meids). No built-in type is a device's id.
    [
      'en-US',
      'Device IMEI/MEID: 35 209900 176148 1 / 35209900176148',
      'Device IMEI/MEID: [CARD] / [CARD]',
    ],
    // A model's number glued to its letters and an IMEI after it make one run of digits that
    // passes Luhn as a whole (one time in ten): the IMEI goes and the model's number stays (T31b;
    // it went as "Galaxy S[CARD]").
    ['en-US', 'Galaxy S24 867542039182731', 'Galaxy S24 [CARD]'],
    // Vietnam's tax code after its short form "MST" stays for a Vietnamese customer (T31b; it went
    // as a phone, a Hai Phong landline's shape); in English "MST" is a time zone before phones.
    ['vi-VN', 'MST: 0312345678', 'MST: 0312345678'],
    ['en-US', '3pm MST: 212-555-0187', '3pm MST: [PHONE]'],
    // Gap (known, docs/privacy.md): a Message-ID's right side reads as an address.
    ['en-US', 'Message-ID: <CAH8x=4827716@mail.gmail.com>', 'Message-ID: <CAH8x=[EMAIL]>'],
    // Turkish writes case suffixes onto numbers, with an apostrophe by the rules ("0532 418 27
    // 90'dan") and often without one in chats: for a Turkish customer a phone's case ending is no
    // code's letters (context.ts letterGlued), nor an IP address's (T31b: it stayed).
    ['tr-TR', 'numaram 0532 418 27 90dan arayın', 'numaram [PHONE]dan arayın'],
    ['tr-TR', 'IP adresim 203.0.113.58dir', 'IP adresim [IP]dir'],
    // The national ids of the audit's locales were no built-in types and leaked; since T31a they
    // are (kr-rrn, tr-tckn, il-id, gr-amka): a Korean resident registration number, a Turkish
    // T.C. kimlik no (its two check digits valid), an Israeli teudat zehut (Luhn-like, valid).
    // This AMKA stays: its Luhn digit fails (01019012341 holds).
    ['ko-KR', '주민등록번호 900101-1234568', '주민등록번호 [KR_RRN]'],
    ['tr-TR', 'TC Kimlik No: 12345678950', 'TC Kimlik No: [TR_TCKN]'],
    ['he-IL', 'ת.ז. 123456782', 'ת.ז. [IL_ID]'],
    ['el-GR', 'ΑΜΚΑ 01019012345', 'ΑΜΚΑ 01019012345'],
    ['el-GR', 'ΑΜΚΑ 01019012341', 'ΑΜΚΑ [GR_AMKA]'],
  ])('%s %j', (locale, text, today) => {
    expect(redact(text, { locale }).text).toBe(today);
  });
});
