// T52b's audit (2026-12-05, issue #14): 126 messages written by hand, in 16 locales, in the shapes
// desks receive and the generated corpus (corpus/*.ts) does not write: forwarded headers ("From:
// … <x@y>", "Von:", "De :", "差出人:", "Kimden:", "보낸 사람:", "发件人:"), signature blocks, quoted
// replies with "> " and ">>" nesting, "mailto:" and "tel:" links, links with an address or a phone
// in their query, HTML entities ("&#64;", "&nbsp;"), a pasted JSON or CSV row, WhatsApp exports
// ("[04/12/2026, 14:03] Ana: …", Android's "04/12/2026 14:03 - Ana: …"), values wrapped over two
// lines and cut by a quoted-printable soft line break ("=\n"), values beside emoji, inside each
// script's brackets and quotes (「」, 『』, «», „“, “”, ()), each beside a look-alike that must stay:
// a date, a time, an amount, an order's number or a carrier's tracking number (UPU S10 numbers with
// their mod-11 digit, UPS's 1Z example with its check digit).
//
// Each row's expected output was written before redact read it. On the code before T52b, 118 of
// 126 held. Five values cut by a quoted-printable soft line break went out whole ("PL61 1090 1014
// 0000 0712 19=\n81 2874", "(11) 98765-=\n4321", an IBAN's last group, a card's twice): fixed
// (digits.ts shadowOf and softBreaksAsMarks, runs.ts runText; softBreak.prop.test.ts), so these
// five rows fail on that code. Three look-alikes went as [CARD] by the Luhn rule the guide lists among its known gaps (no
// Luhn-valid run of 13–19 digits is left): an Amazon-shaped order id "112-3344556-7788990" twice
// (it passes Luhn, as one in ten do) and the 16 digits inside a Correos-shaped code; their rows say
// so and expect the rule's output. A second pass (32 rows, written after the first ran, in the
// same shapes pushed further: a WhatsApp sender that is a phone, ">>>" nesting, 【】 and （）,
// "&#43;", a JSON "\u0040", addresses and an IBAN cut by a soft break) held 27 on that code. An
// IBAN cut by a soft break after a group's space went out whole (fixed with the first five); an
// address cut by one went as "jane.r=\n[EMAIL]" (fixed: email.ts reads the break as an invisible
// character inside the address; the pt-BR row's "obrigada", which the break glues to the host as
// the decoded text reads, now goes with it); "&#43;" stayed before "[PHONE]" (fixed: digits.ts
// shadowOf reads it as it reads "%2B"); a JSON string's "\u0040" left an address whole: read as
// "&#64;" is, its one more test of every text cost +0.5% of the instructions of a stream (seed 1)
// for a shape no common serializer writes, so it was left (LEFT); T54a reads it, and "\u002B"
// before a digit (a row added then), only in a text holding a backslash. Every value is synthetic and
// valid (checked below, with the corpus generator's helpers).
import { redact } from '@meridian-cx/privacy';
import { isValidIBAN } from 'ibantools';
import { type CountryCode, isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { bsn, cpf, dniLetter, irCode, luhnOk, pesel, withVerhoeff } from './corpus/checks.js';
import { krRrn, tckn } from './moreIdsGen.js';

/** A message: its locale, its text as a desk receives it, and the text redact must write. */
type ShapeCase = readonly [locale: string, text: string, expected: string];

/** The messages by locale. */
const SHAPES: readonly (readonly [string, readonly ShapeCase[]])[] = [
  [
    'pl-PL',
    [
      [
        'pl-PL',
        'Pozdrawiam\nJan Kowalski\nDział reklamacji\ntel. +48 601 234 567\njan.kowalski@example.pl\nZamówienie PL-2026-44817 z 03.12.2026',
        'Pozdrawiam\nJan Kowalski\nDział reklamacji\ntel. [PHONE]\n[EMAIL]\nZamówienie PL-2026-44817 z 03.12.2026',
      ],
      [
        'pl-PL',
        '{"phone":"+48 601 234 567","order":"PL-2026-44817"}',
        '{"phone":"[PHONE]","order":"PL-2026-44817"}',
      ],
      [
        'pl-PL',
        '>> Numer konta PL61 1090 1014 0000 0712\n>> 1981 2874\n>> Kwota: 249,99 zł',
        '>> Numer konta [IBAN]\n>> Kwota: 249,99 zł',
      ],
      [
        'pl-PL',
        '[04/12/2026, 14:03] Ania: mój numer 512 345 678 😊 paczka 620123456789012345678901',
        '[04/12/2026, 14:03] Ania: mój numer [PHONE] 😊 paczka 620123456789012345678901',
      ],
      [
        'pl-PL',
        'Napisał „mój PESEL to 85041212344”, a zamówienie złożył 12.04.2026',
        'Napisał „mój PESEL to [PESEL]”, a zamówienie złożył 12.04.2026',
      ],
      [
        'pl-PL',
        '<a href="mailto:jan.kowalski@example.pl">napisz</a> lub <a href="tel:+48601234567">zadzwoń</a> (pn–pt 8:00–16:00)',
        '<a href="mailto:[EMAIL]">napisz</a> lub <a href="tel:[PHONE]">zadzwoń</a> (pn–pt 8:00–16:00)',
      ],
      [
        'pl-PL',
        'imie;telefon;kwota;data\nAnna;512345678;129,00;2026-12-03',
        'imie;telefon;kwota;data\nAnna;[PHONE];129,00;2026-12-03',
      ],
      [
        'pl-PL',
        'Prosz=C4=99 o zwrot na PL61 1090 1014 0000 0712 19=\n81 2874, kwota 89,90 z=C5=82',
        'Prosz=C4=99 o zwrot na [IBAN], kwota 89,90 z=C5=82',
      ],
      [
        'pl-PL',
        'https://sklep.example.pl/zwroty?email=anna.nowak%40example.pl&zamowienie=44817',
        'https://sklep.example.pl/zwroty?email=[EMAIL]&zamowienie=44817',
      ],
    ],
  ],
  [
    'fa-IR',
    [
      [
        'fa-IR',
        'شماره من ۰۹۱۲ ۳۴۵ ۶۷۸۹ است 🙏 سفارش ۱۴۰۵۱۲۰۳',
        'شماره من [PHONE] است 🙏 سفارش ۱۴۰۵۱۲۰۳',
      ],
      [
        'fa-IR',
        'شماره‌ام «۰۹۳۵ ۱۲۳ ۴۵۶۷» است، مبلغ ۲۵۰٬۰۰۰ تومان',
        'شماره‌ام «[PHONE]» است، مبلغ ۲۵۰٬۰۰۰ تومان',
      ],
      [
        'fa-IR',
        'از: سارا احمدی <sara.ahmadi@example.ir>\nتاریخ: ۱۳ آذر ۱۴۰۵، ساعت ۱۴:۰۳\nموضوع: سفارش ۴۴۸۱۷',
        'از: سارا احمدی <[EMAIL]>\nتاریخ: ۱۳ آذر ۱۴۰۵، ساعت ۱۴:۰۳\nموضوع: سفارش ۴۴۸۱۷',
      ],
      [
        'fa-IR',
        '[04/12/2026, 14:03] Sara: کد ملی من 1234567891 است',
        '[04/12/2026, 14:03] Sara: کد ملی من [IR_NATIONAL_CODE] است',
      ],
      [
        'fa-IR',
        'تماس: <a href="tel:+989351234567">۰۹۳۵ ۱۲۳ ۴۵۶۷</a>',
        'تماس: <a href="tel:[PHONE]">[PHONE]</a>',
      ],
      [
        'fa-IR',
        '{"mobile":"09123456789","tracking":"IR1405091234"}',
        '{"mobile":"[PHONE]","tracking":"IR1405091234"}',
      ],
      [
        'fa-IR',
        'موبایل:&nbsp;۰۹۱۲&nbsp;۳۴۵&nbsp;۶۷۸۹ ساعت ۱۴:۳۰',
        'موبایل:&nbsp;[PHONE] ساعت ۱۴:۳۰',
      ],
      [
        'fa-IR',
        'شبا: IR27 0170 0000 0010 0324 2000 01 به مبلغ ۱٬۲۰۰٬۰۰۰ ریال',
        'شبا: [IBAN] به مبلغ ۱٬۲۰۰٬۰۰۰ ریال',
      ],
    ],
  ],
  [
    'ar-SA, ar-EG',
    [
      [
        'ar-SA',
        'رقم جوالي (050 123 4567) والطلب رقم 7781234 بتاريخ 2026/12/03',
        'رقم جوالي ([PHONE]) والطلب رقم 7781234 بتاريخ 2026/12/03',
      ],
      [
        'ar-SA',
        '[04/12/2026, 14:03] محمد: ايبان SA03 8000 0000 6080 1016 7519 المبلغ 1,250.00 ر.س',
        '[04/12/2026, 14:03] محمد: ايبان [IBAN] المبلغ 1,250.00 ر.س',
      ],
      [
        'ar-SA',
        'مع التحية،\nمحمد العتيبي\nجوال: \u200e+966 55 123 4567\u200e\nm.alotaibi@example.sa',
        'مع التحية،\nمحمد العتيبي\nجوال: \u200e[PHONE]\u200e\n[EMAIL]',
      ],
      [
        'ar-SA',
        'من: محمد العتيبي <m.alotaibi@example.sa>\nالتاريخ: الخميس، ٣ ديسمبر ٢٠٢٦ ١٤:٠٣',
        'من: محمد العتيبي <[EMAIL]>\nالتاريخ: الخميس، ٣ ديسمبر ٢٠٢٦ ١٤:٠٣',
      ],
      [
        'ar-SA',
        'رقمي «٠٥٠١٢٣٤٥٦٧» 📞 ورقم الشحنة RR473126586SA',
        'رقمي «[PHONE]» 📞 ورقم الشحنة RR473126586SA',
      ],
      [
        'ar-SA',
        'https://example.sa/track?mobile=966551234567&awb=1234567890',
        'https://example.sa/track?mobile=[PHONE]&awb=1234567890',
      ],
      [
        'ar-EG',
        'موبايلي 010 1234 5678 والأوردر رقم 556677 بـ 350 جنيه',
        'موبايلي [PHONE] والأوردر رقم 556677 بـ 350 جنيه',
      ],
      [
        'ar-EG',
        'ابعتلي على الواتس 👉 01012345678 👈 بعد الساعة 5',
        'ابعتلي على الواتس 👉 [PHONE] 👈 بعد الساعة 5',
      ],
      [
        'ar-EG',
        '> رقم الحساب EG38 0019 0005 0000 0000 2631 8000 2\n> المبلغ ٢٬٥٠٠ جنيه',
        '> رقم الحساب [IBAN]\n> المبلغ ٢٬٥٠٠ جنيه',
      ],
      [
        'ar-EG',
        'الاسم,الموبايل,المبلغ\nأحمد,+20 122 345 6789,450.00',
        'الاسم,الموبايل,المبلغ\nأحمد,[PHONE],450.00',
      ],
    ],
  ],
  [
    'ja-JP',
    [
      [
        'ja-JP',
        '差出人: 山田太郎 <taro.yamada@example.jp>\n送信日時: 2026年12月3日 14:03\n件名: 注文番号 JP-2026-10293',
        '差出人: 山田太郎 <[EMAIL]>\n送信日時: 2026年12月3日 14:03\n件名: 注文番号 JP-2026-10293',
      ],
      [
        'ja-JP',
        '電話番号は「090-1234-5678」です。注文番号「4410-2291-0038」',
        '電話番号は「[PHONE]」です。注文番号「4410-2291-0038」',
      ],
      [
        'ja-JP',
        '> 携帯：080-2345-6789\n>> 住所：〒150-0001 東京都渋谷区',
        '> 携帯：[PHONE]\n>> 住所：〒150-0001 東京都渋谷区',
      ],
      [
        'ja-JP',
        '電話：０９０−１２３４−５６７８（平日10時〜18時）',
        '電話：[PHONE]（平日10時〜18時）',
      ],
      ['ja-JP', '📱090-1234-5678まで✨ 金額は¥12,800です', '📱[PHONE]まで✨ 金額は¥12,800です'],
      [
        'ja-JP',
        'メール：taro.yamada＠example.jp（12/3 14:03送信）',
        'メール：[EMAIL]（12/3 14:03送信）',
      ],
      [
        'ja-JP',
        'カード番号 4920 4723\n4511 0233 有効期限 12/28',
        'カード番号 [CARD] 有効期限 12/28',
      ],
      [
        'ja-JP',
        '{"tel":"03-1234-5678","tracking":"1234-5678-9012"}',
        '{"tel":"[PHONE]","tracking":"1234-5678-9012"}',
      ],
      [
        'ja-JP',
        '[2026/12/04 14:03] 山田: 『080-2345-6789』にお願いします🙇 伝票番号 4410-2291-0038',
        '[2026/12/04 14:03] 山田: 『[PHONE]』にお願いします🙇 伝票番号 4410-2291-0038',
      ],
    ],
  ],
  [
    'hi-IN',
    [
      [
        'hi-IN',
        'मेरा मोबाइल नंबर (+91 98765 43210) है, ऑर्डर #OD2026120312345',
        'मेरा मोबाइल नंबर ([PHONE]) है, ऑर्डर #OD2026120312345',
      ],
      [
        'hi-IN',
        '[04/12/2026, 14:03] Rahul: bhai mera number 98765 43210 hai, ₹1,499 ka order',
        '[04/12/2026, 14:03] Rahul: bhai mera number [PHONE] hai, ₹1,499 ka order',
      ],
      [
        'hi-IN',
        'आधार: 2345 6789 0124, जन्म तिथि 03/12/1990',
        'आधार: [AADHAAR], जन्म तिथि 03/12/1990',
      ],
      ['hi-IN', 'फोन: ९८७६५ ४३२१० 🙏 डिलीवरी 5 दिसंबर', 'फोन: [PHONE] 🙏 डिलीवरी 5 दिसंबर'],
      [
        'hi-IN',
        'mailto:rahul.sharma@example.in?subject=Order%20OD2026120312345',
        'mailto:[EMAIL]?subject=Order%20OD2026120312345',
      ],
      [
        'hi-IN',
        '> On Thu, 3 Dec 2026 at 14:03, Rahul Sharma <rahul.sharma@example.in> wrote:\n> order OD2026120312345',
        '> On Thu, 3 Dec 2026 at 14:03, Rahul Sharma <[EMAIL]> wrote:\n> order OD2026120312345',
      ],
      [
        'hi-IN',
        'Regards,\nRahul Sharma\nMob: +91-98765-43210 | rahul.sharma@example.in\nAWB 1234567890123',
        'Regards,\nRahul Sharma\nMob: [PHONE] | [EMAIL]\nAWB 1234567890123',
      ],
      [
        'hi-IN',
        'https://example.in/track?mobile=9876543210&awb=1234567890123',
        'https://example.in/track?mobile=[PHONE]&awb=1234567890123',
      ],
    ],
  ],
  [
    'pt-BR',
    [
      [
        'pt-BR',
        '[04/12/2026 14:03] Ana: meu zap é (11) 98765-4321 😉 pedido #BR-778812',
        '[04/12/2026 14:03] Ana: meu zap é [PHONE] 😉 pedido #BR-778812',
      ],
      [
        'pt-BR',
        '04/12/2026 14:03 - Ana: CPF 123.456.789-09, valor R$ 1.299,90',
        '04/12/2026 14:03 - Ana: CPF [CPF], valor R$ 1.299,90',
      ],
      [
        'pt-BR',
        'De: Ana Souza <ana.souza@example.com.br>\nEnviada em: quinta-feira, 3 de dezembro de 2026 14:03\nAssunto: Pedido 778812',
        'De: Ana Souza <[EMAIL]>\nEnviada em: quinta-feira, 3 de dezembro de 2026 14:03\nAssunto: Pedido 778812',
      ],
      [
        'pt-BR',
        'Código de rastreio NL473126586BR, telefone +55 21 99876-5432',
        'Código de rastreio NL473126586BR, telefone [PHONE]',
      ],
      ['pt-BR', 'Chave PIX: "ana.souza@example.com.br" 💸', 'Chave PIX: "[EMAIL]" 💸'],
      [
        'pt-BR',
        'Telefone: (11) 98765-=\n4321 at=C3=A9 as 18h',
        'Telefone: [PHONE] at=C3=A9 as 18h',
      ],
      [
        'pt-BR',
        'IBAN BR97 0036 0305 0000 1000 9795 493P 1 (conta corrente), valor R$ 350,00',
        'IBAN [IBAN] (conta corrente), valor R$ 350,00',
      ],
      [
        'pt-BR',
        '> Em qui., 3 de dez. de 2026 às 14:03, Ana Souza <ana.souza@example.com.br> escreveu:\n>> meu celular (21) 99876-5432',
        '> Em qui., 3 de dez. de 2026 às 14:03, Ana Souza <[EMAIL]> escreveu:\n>> meu celular [PHONE]',
      ],
    ],
  ],
  [
    'nl-NL',
    [
      [
        'nl-NL',
        'Met vriendelijke groet,\nSanne de Vries\nT: 06 12345678\nE: sanne.devries@example.nl\nBestelnummer 2026-118822',
        'Met vriendelijke groet,\nSanne de Vries\nT: [PHONE]\nE: [EMAIL]\nBestelnummer 2026-118822',
      ],
      [
        'nl-NL',
        'Van: Sanne de Vries <sanne.devries@example.nl>\nVerzonden: donderdag 3 december 2026 14:03\nOnderwerp: Retour 118822',
        'Van: Sanne de Vries <[EMAIL]>\nVerzonden: donderdag 3 december 2026 14:03\nOnderwerp: Retour 118822',
      ],
      [
        'nl-NL',
        'IBAN: NL91 ABNA 0417\n1643 00 t.n.v. S. de Vries, bedrag € 49,95',
        'IBAN: [IBAN] t.n.v. S. de Vries, bedrag € 49,95',
      ],
      [
        'nl-NL',
        'BSN „111222333” (zie bijlage), pakket 3SABCD1234567',
        'BSN „[BSN]” (zie bijlage), pakket 3SABCD1234567',
      ],
      [
        'nl-NL',
        'https://example.nl/retour?tel=0612345678&order=118822',
        'https://example.nl/retour?tel=[PHONE]&order=118822',
      ],
      [
        'nl-NL',
        '[04-12-2026 14:03] Sanne: bel me 📞 +31 6 23456789',
        '[04-12-2026 14:03] Sanne: bel me 📞 [PHONE]',
      ],
      [
        'nl-NL',
        'naam,telefoon,postcode\nSanne,020 123 4567,1012 AB',
        'naam,telefoon,postcode\nSanne,[PHONE],1012 AB',
      ],
      [
        'nl-NL',
        '<a href="mailto:sanne.devries@example.nl">mail</a> (bestelling van 03-12-2026)',
        '<a href="mailto:[EMAIL]">mail</a> (bestelling van 03-12-2026)',
      ],
    ],
  ],
  [
    'es-ES',
    [
      [
        'es-ES',
        'De: Lucía García <lucia.garcia@example.es>\nEnviado el: jueves, 3 de diciembre de 2026 14:03\nAsunto: RE: Pedido ES-2026-55120',
        'De: Lucía García <[EMAIL]>\nEnviado el: jueves, 3 de diciembre de 2026 14:03\nAsunto: RE: Pedido ES-2026-55120',
      ],
      [
        'es-ES',
        'Mi DNI es «12345678Z» y el pedido 5512034, importe 59,90 €',
        'Mi DNI es «[DNI]» y el pedido 5512034, importe 59,90 €',
      ],
      [
        'es-ES',
        '>> Mi móvil: 612 34 56 78\n> Gracias, pedido 5512034',
        '>> Mi móvil: [PHONE]\n> Gracias, pedido 5512034',
      ],
      [
        'es-ES',
        '[4/12/26, 14:03] Lucía: 📞 +34 622 345 678 (a partir de las 17:00)',
        '[4/12/26, 14:03] Lucía: 📞 [PHONE] (a partir de las 17:00)',
      ],
      ['es-ES', 'IBAN ES91 2100 0418 4502 0005 13=\n32 gracias', 'IBAN [IBAN] gracias'],
      [
        'es-ES',
        '<a href="tel:+34911234567">91 123 45 67</a> (L-V 9:00-14:00)',
        '<a href="tel:[PHONE]">[PHONE]</a> (L-V 9:00-14:00)',
      ],
      [
        'es-ES',
        'Mi NIE: X1234567L, envío PQ4B2C0123456780128001L',
        // The Luhn rule: the 16 digits inside a Correos-shaped code pass Luhn (docs' known gaps).
        'Mi NIE: [NIE], envío PQ4B2C[CARD]L',
      ],
      [
        'es-ES',
        '{"email":"lucia.garcia@example.es","telefono":"612345678","pedido":"5512034"}',
        '{"email":"[EMAIL]","telefono":"[PHONE]","pedido":"5512034"}',
      ],
    ],
  ],
  [
    'de-DE',
    [
      [
        'de-DE',
        'Von: Thomas Bauer <thomas.bauer@example.de>\nGesendet: Donnerstag, 3. Dezember 2026 14:03\nBetreff: AW: Bestellung 302-4827716-2036185',
        'Von: Thomas Bauer <[EMAIL]>\nGesendet: Donnerstag, 3. Dezember 2026 14:03\nBetreff: AW: Bestellung 302-4827716-2036185',
      ],
      [
        'de-DE',
        'Mit freundlichen Grüßen\nThomas Bauer\nMobil: 0151 23456789\nFestnetz: +49 30 12345678\nUSt-IdNr. DE123456789',
        'Mit freundlichen Grüßen\nThomas Bauer\nMobil: [PHONE]\nFestnetz: [PHONE]\nUSt-IdNr. DE123456789',
      ],
      [
        'de-DE',
        'Bitte überweisen Sie auf „DE44 5001 0517 5407 3249 31“ bis zum 15.12.2026 (Betrag: 129,00 €)',
        'Bitte überweisen Sie auf „[IBAN]“ bis zum 15.12.2026 (Betrag: 129,00 €)',
      ],
      [
        'de-DE',
        '>> Meine Nummer: 0170 1234567\n> Danke, Sendungsnummer 00340434161234567890',
        '>> Meine Nummer: [PHONE]\n> Danke, Sendungsnummer 00340434161234567890',
      ],
      [
        'de-DE',
        'Karte 5454 5454 5454 5454 😬 abgebucht am 03.12.2026 um 14:03',
        'Karte [CARD] 😬 abgebucht am 03.12.2026 um 14:03',
      ],
      [
        'de-DE',
        'Mail: thomas.bauer&#64;example.de (Kd.-Nr. 4827716)',
        'Mail: [EMAIL] (Kd.-Nr. 4827716)',
      ],
      [
        'de-DE',
        'https://shop.example.de/konto?mail=thomas.bauer@example.de&bestellung=4827716',
        'https://shop.example.de/konto?mail=[EMAIL]&bestellung=4827716',
      ],
      [
        'de-DE',
        '[04.12.26, 14:03:11] Thomas: Ruf mich an unter (0151) 23456789 📞',
        '[04.12.26, 14:03:11] Thomas: Ruf mich an unter [PHONE] 📞',
      ],
      [
        'de-DE',
        'Kartennummer: 4111 1111 1111 11=\n11 g=C3=BCltig bis 11/27',
        'Kartennummer: [CARD] g=C3=BCltig bis 11/27',
      ],
    ],
  ],
  [
    'fr-FR',
    [
      [
        'fr-FR',
        'De : Marie Dupont <marie.dupont@example.fr>\nEnvoyé : jeudi 3 décembre 2026 14:03\nObjet : Commande n° FR-2026-88412',
        'De : Marie Dupont <[EMAIL]>\nEnvoyé : jeudi 3 décembre 2026 14:03\nObjet : Commande n° FR-2026-88412',
      ],
      [
        'fr-FR',
        'Mon numéro : « 06 12 34 56 78 » (joignable après 18 h)',
        'Mon numéro : « [PHONE] » (joignable après 18 h)',
      ],
      [
        'fr-FR',
        'Le 3 déc. 2026 à 14:03, Marie Dupont <marie.dupont@example.fr> a écrit :\n> Mon IBAN FR76 3000 6000 0112 3456 7890 189',
        'Le 3 déc. 2026 à 14:03, Marie Dupont <[EMAIL]> a écrit :\n> Mon IBAN [IBAN]',
      ],
      [
        'fr-FR',
        'Cordialement,\nMarie Dupont\nTél. : +33 6 12 34 56 78\nColissimo 6A12345678901',
        'Cordialement,\nMarie Dupont\nTél. : [PHONE]\nColissimo 6A12345678901',
      ],
      ['fr-FR', 'Tél.&nbsp;:&nbsp;01&nbsp;42&nbsp;68&nbsp;53&nbsp;00', 'Tél.&nbsp;:&nbsp;[PHONE]'],
      [
        'fr-FR',
        '[04/12/2026 à 14:03] Marie: appelle moi 06 12 34 56 78 🙏 montant 45,00 €',
        '[04/12/2026 à 14:03] Marie: appelle moi [PHONE] 🙏 montant 45,00 €',
      ],
      [
        'fr-FR',
        '[écrivez-moi](mailto:marie.dupont@example.fr) — commande du 03/12/2026',
        '[écrivez-moi](mailto:[EMAIL]) — commande du 03/12/2026',
      ],
      [
        'fr-FR',
        'carte 4000 0000 0000 0002, débitée de 89,90 € le 03/12',
        'carte [CARD], débitée de 89,90 € le 03/12',
      ],
    ],
  ],
  [
    'tr-TR',
    [
      [
        'tr-TR',
        'Kimden: Ayşe Yılmaz <ayse.yilmaz@example.com.tr>\nTarih: 3 Aralık 2026 Perşembe 14:03\nKonu: Sipariş 2026120344',
        'Kimden: Ayşe Yılmaz <[EMAIL]>\nTarih: 3 Aralık 2026 Perşembe 14:03\nKonu: Sipariş 2026120344',
      ],
      [
        'tr-TR',
        'TC kimlik no: 12345678950, sipariş no 120344, tutar 1.250,00 TL',
        'TC kimlik no: [TR_TCKN], sipariş no 120344, tutar 1.250,00 TL',
      ],
      [
        'tr-TR',
        'Cep: 0532 123 45 67 📲 kargo takip no 7312345678901',
        'Cep: [PHONE] 📲 kargo takip no 7312345678901',
      ],
      [
        'tr-TR',
        'IBAN: TR33 0006 1005 1978 6457 8413 26 (Ayşe Yılmaz)',
        'IBAN: [IBAN] (Ayşe Yılmaz)',
      ],
      [
        'tr-TR',
        '[04.12.2026 14:03] Ayşe: numaram +90 505 234 56 78',
        '[04.12.2026 14:03] Ayşe: numaram [PHONE]',
      ],
      [
        'tr-TR',
        '“0532 123 45 67” numarasından ulaşabilirsiniz, saat 09:00-18:00',
        '“[PHONE]” numarasından ulaşabilirsiniz, saat 09:00-18:00',
      ],
      [
        'tr-TR',
        '{"ad":"Ayşe","telefon":"05321234567","siparis":"2026120344"}',
        '{"ad":"Ayşe","telefon":"[PHONE]","siparis":"2026120344"}',
      ],
      [
        'tr-TR',
        '> IBAN TR68 0001 0000 0012\n> 3456 7890 12\n> tutar 499,90 TL',
        '> IBAN [IBAN]\n> tutar 499,90 TL',
      ],
    ],
  ],
  [
    'ko-KR',
    [
      [
        'ko-KR',
        '보낸 사람: 김민지 <minji.kim@example.co.kr>\n보낸 날짜: 2026년 12월 3일 목요일 오후 2:03',
        '보낸 사람: 김민지 <[EMAIL]>\n보낸 날짜: 2026년 12월 3일 목요일 오후 2:03',
      ],
      [
        'ko-KR',
        '휴대폰 번호는 010-1234-5678입니다. 주문번호 20261203-0001234',
        '휴대폰 번호는 [PHONE]입니다. 주문번호 20261203-0001234',
      ],
      [
        'ko-KR',
        '주민등록번호 900101-1234568 (생년월일 1990.01.01)',
        '주민등록번호 [KR_RRN] (생년월일 1990.01.01)',
      ],
      ['ko-KR', '「010-2345-6789」로 연락주세요 😊', '「[PHONE]」로 연락주세요 😊'],
      [
        'ko-KR',
        '[2026. 12. 4. 오후 2:03] 민지: 제 번호 010 2345 6789 에요, 운송장 612345678901',
        '[2026. 12. 4. 오후 2:03] 민지: 제 번호 [PHONE] 에요, 운송장 612345678901',
      ],
      [
        'ko-KR',
        '<a href="tel:010-1234-5678">전화하기</a> 금액 39,000원',
        '<a href="tel:[PHONE]">전화하기</a> 금액 39,000원',
      ],
      [
        'ko-KR',
        '> 2026년 12월 3일 (목) 오후 2:03, 김민지 <minji.kim@example.co.kr>님이 작성:\n>> 연락처 +82 10-2345-6789',
        '> 2026년 12월 3일 (목) 오후 2:03, 김민지 <[EMAIL]>님이 작성:\n>> 연락처 [PHONE]',
      ],
      [
        'ko-KR',
        '이름,전화,금액\n김민지,010-1234-5678,"39,000"',
        '이름,전화,금액\n김민지,[PHONE],"39,000"',
      ],
    ],
  ],
  [
    'zh-CN',
    [
      [
        'zh-CN',
        '发件人: 王伟 <wang.wei@example.cn>\n发送时间: 2026年12月3日 14:03\n主题: 订单 202612031234',
        '发件人: 王伟 <[EMAIL]>\n发送时间: 2026年12月3日 14:03\n主题: 订单 202612031234',
      ],
      ['zh-CN', '手机：138 0013 8000（工作日9:00-18:00）', '手机：[PHONE]（工作日9:00-18:00）'],
      [
        'zh-CN',
        '我的电话是「13912345678」，快递单号 SF1234567890123',
        '我的电话是「[PHONE]」，快递单号 SF1234567890123',
      ],
      [
        'zh-CN',
        '身份证号 11010519491231002X，订单日期 2026-12-03',
        '身份证号 [CN_RIC]，订单日期 2026-12-03',
      ],
      ['zh-CN', '> 微信同号 13800138000\n> 金额 ¥299.00', '> 微信同号 [PHONE]\n> 金额 ¥299.00'],
      [
        'zh-CN',
        '邮箱：wang.wei@example.cn 📧 订单号 202612031234',
        '邮箱：[EMAIL] 📧 订单号 202612031234',
      ],
      [
        'zh-CN',
        '[2026/12/4 14:03] 王伟: 打我电话 +86 139 1234 5678 😀',
        '[2026/12/4 14:03] 王伟: 打我电话 [PHONE] 😀',
      ],
      [
        'zh-CN',
        '{"手机":"13800138000","订单":"202612031234","金额":"299.00"}',
        '{"手机":"[PHONE]","订单":"202612031234","金额":"299.00"}',
      ],
    ],
  ],
  [
    'en-US',
    [
      [
        'en-US',
        'On Thu, Dec 3, 2026 at 2:03 PM Jane Roe <jane.roe@example.com> wrote:\n> My cell is (212) 555-0187\n>> Order #112-3344556-7788990',
        // The Luhn rule: one Amazon order id in ten passes Luhn (docs' known gaps).
        'On Thu, Dec 3, 2026 at 2:03 PM Jane Roe <[EMAIL]> wrote:\n> My cell is [PHONE]\n>> Order #[CARD]',
      ],
      [
        'en-US',
        'Jane Roe | Customer Success\nM: +1 415 555 0132 | jane.roe@example.com\nhttps://example.com',
        'Jane Roe | Customer Success\nM: [PHONE] | [EMAIL]\nhttps://example.com',
      ],
      ['en-US', 'SSN: 536-22-8174 (DOB 03/12/1990)', 'SSN: [SSN] (DOB 03/12/1990)'],
      [
        'en-US',
        'card 4000 0000 0000 0002 ✅ charged $1,234.56 on 12/03/2026',
        'card [CARD] ✅ charged $1,234.56 on 12/03/2026',
      ],
      [
        'en-US',
        'https://example.com/track?phone=%2B14155550132&tracking=1Z999AA10123456784',
        'https://example.com/track?phone=[PHONE]&tracking=1Z999AA10123456784',
      ],
      [
        'en-US',
        '"Phone","Email","Order"\n"646-555-0199","jane.roe@example.com","112-3344556-7788990"',
        // The Luhn rule, as above.
        '"Phone","Email","Order"\n"[PHONE]","[EMAIL]","[CARD]"',
      ],
      [
        'en-US',
        '<a href="tel:+1-646-555-0199">Call us</a> Mon–Fri 9am–5pm',
        '<a href="tel:[PHONE]">Call us</a> Mon–Fri 9am–5pm',
      ],
      ['en-US', 'Card: 4111 1111 1111 11=\n11 exp 11/27', 'Card: [CARD] exp 11/27'],
      [
        'en-US',
        '[12/4/26, 2:03:45 PM] Jane: text me 📱 646-555-0199 — order 7788990',
        '[12/4/26, 2:03:45 PM] Jane: text me 📱 [PHONE] — order 7788990',
      ],
      [
        'en-US',
        'email: jane.roe&#64;example.com&nbsp;| phone: (212)&nbsp;555-0187',
        'email: [EMAIL]&nbsp;| phone: [PHONE]',
      ],
    ],
  ],
  [
    'en-GB',
    [
      [
        'en-GB',
        'Kind regards,\nOliver Smith\nTel: 020 7946 0958\nMob: 07911 123456',
        'Kind regards,\nOliver Smith\nTel: [PHONE]\nMob: [PHONE]',
      ],
      [
        'en-GB',
        'NI number: JG 10 37 42 A, order placed 03/12/2026',
        'NI number: [NINO], order placed 03/12/2026',
      ],
      [
        'en-GB',
        'IBAN GB29 NWBK 6016 1331 9268 19, ref INV-2026-0042, £120.00',
        'IBAN [IBAN], ref INV-2026-0042, £120.00',
      ],
      [
        'en-GB',
        '[04/12/2026, 14:03] Oliver: ring me on 07911 123456 🙂 parcel JD014600003828120000',
        '[04/12/2026, 14:03] Oliver: ring me on [PHONE] 🙂 parcel JD014600003828120000',
      ],
      [
        'en-GB',
        'From: Oliver Smith [mailto:oliver.smith@example.co.uk]\nSent: 03 December 2026 14:03\nSubject: RE: Order 10293',
        'From: Oliver Smith [mailto:[EMAIL]]\nSent: 03 December 2026 14:03\nSubject: RE: Order 10293',
      ],
      [
        'en-GB',
        'my mobile is "07911 123456" (after 5pm), order no. 10293',
        'my mobile is "[PHONE]" (after 5pm), order no. 10293',
      ],
      [
        'en-GB',
        'https://example.co.uk/returns?email=oliver.smith%40example.co.uk&phone=07911123456',
        'https://example.co.uk/returns?email=[EMAIL]&phone=[PHONE]',
      ],
    ],
  ],
  [
    'second pass (written after the first ran)',
    [
      ['en-US', 'write to jane.r=\noe@example.com thanks', 'write to [EMAIL] thanks'],
      ['en-US', '>>> card 4111 1111\n>>> 1111 1111\n>>> thanks', '>>> card [CARD]\n>>> thanks'],
      ['pl-PL', 'tel.: &#43;48 601 234 567', 'tel.: [PHONE]'],
      [
        'en-US',
        'https://x.example/u?a=1&amp;email=jane%40example.com&amp;o=7788990',
        'https://x.example/u?a=1&amp;email=[EMAIL]&amp;o=7788990',
      ],
      [
        'en-US',
        '{"email":"jane.roe\\u0040example.com","order":"7788990"}',
        '{"email":"[EMAIL]","order":"7788990"}',
      ],
      ['pl-PL', '{"phone":48601234567,"order":44817}', '{"phone":[PHONE],"order":44817}'],
      [
        'pl-PL',
        '{"phone":"\\u002B48 601 234 567","order":"PL-2026-44817"}',
        '{"phone":"[PHONE]","order":"PL-2026-44817"}',
      ],
      ['pl-PL', 'imie,telefon\n"Anna","+48 601 234 567"', 'imie,telefon\n"Anna","[PHONE]"'],
      [
        'pl-PL',
        '[04/12/2026, 14:03] +48 601 234 567: dzień dobry, zamówienie 44817',
        '[04/12/2026, 14:03] [PHONE]: dzień dobry, zamówienie 44817',
      ],
      [
        'hi-IN',
        '04/12/2026, 14:03 - +91 98765 43210: hello, order OD2026120312345',
        '04/12/2026, 14:03 - [PHONE]: hello, order OD2026120312345',
      ],
      [
        'de-DE',
        '\u200e[04.12.26, 14:03:11] Thomas: \u200e0151 23456789',
        '\u200e[04.12.26, 14:03:11] Thomas: \u200e[PHONE]',
      ],
      [
        'pl-PL',
        'From: "Kowalski, Jan" <jan.kowalski@example.pl>\nDate: Thu, 3 Dec 2026 14:03:00 +0100',
        'From: "Kowalski, Jan" <[EMAIL]>\nDate: Thu, 3 Dec 2026 14:03:00 +0100',
      ],
      [
        'de-DE',
        'Thomas Bauer\nM +49 151 23456789\nW example.de',
        'Thomas Bauer\nM [PHONE]\nW example.de',
      ],
      ['fr-FR', 'Marie Dupont\nT. +33 (0)6 12 34 56 78', 'Marie Dupont\nT. [PHONE]'],
      ['de-DE', '📞0151 23456789📞 bis 18:00', '📞[PHONE]📞 bis 18:00'],
      ['de-DE', '☎️ +49 30 12345678', '☎️ [PHONE]'],
      [
        'zh-CN',
        '电话【13800138000】，订单【202612031234】',
        '电话【[PHONE]】，订单【202612031234】',
      ],
      ['ja-JP', '携帯（090-1234-5678）まで', '携帯（[PHONE]）まで'],
      ['de-DE', 'IBAN „DE44500105175407324931“', 'IBAN „[IBAN]“'],
      ['de-DE', 'IBAN DE44 5001 0517 5407 =\n3249 31 danke', 'IBAN [IBAN] danke'],
      ['en-US', '<td>Phone</td><td>(212) 555-0187</td>', '<td>Phone</td><td>[PHONE]</td>'],
      ['pl-PL', 'tel:+48-601-234-567', 'tel:[PHONE]'],
      [
        'pl-PL',
        'Nr zamówienia: 601234567, tel. kom. 512 345 678',
        'Nr zamówienia: 601234567, tel. kom. [PHONE]',
      ],
      [
        'es-ES',
        'Enviado desde mi iPhone\n\nEl 3 dic 2026, a las 14:03, Lucía García <lucia.garcia@example.es> escribió:',
        'Enviado desde mi iPhone\n\nEl 3 dic 2026, a las 14:03, Lucía García <[EMAIL]> escribió:',
      ],
      [
        'nl-NL',
        'Op do 3 dec. 2026 om 14:03 schreef Sanne de Vries <sanne.devries@example.nl>:\n> mijn nummer is 06-12345678',
        'Op do 3 dec. 2026 om 14:03 schreef Sanne de Vries <[EMAIL]>:\n> mijn nummer is [PHONE]',
      ],
      [
        'tr-TR',
        'Telefon: 0 (532) 123 45 67 — sipariş 2026120344',
        'Telefon: [PHONE] — sipariş 2026120344',
      ],
      ['ko-KR', '연락처: 010.1234.5678 (오후 2시 이후)', '연락처: [PHONE] (오후 2시 이후)'],
      ['ar-EG', 'رقمي: 01012345678‏ والطلب #556677', 'رقمي: [PHONE]‏ والطلب #556677'],
      [
        'fa-IR',
        'ایمیل: sara.ahmadi@example.ir 🌸 کد پیگیری ۱۲۳۴۵۶',
        'ایمیل: [EMAIL] 🌸 کد پیگیری ۱۲۳۴۵۶',
      ],
      // Decoded, the soft break glues the next word to the host: it goes with it (fail closed).
      ['pt-BR', 'Meu e-mail: ana.souza=40example.com.br=\nobrigada', 'Meu e-mail: [EMAIL]'],
      [
        'en-GB',
        'Sort code 60-16-13, account 31926819, IBAN GB29 NWBK 6016 1331 9268 19',
        'Sort code 60-16-13, account 31926819, IBAN [IBAN]',
      ],
      [
        'en-US',
        'mailto:jane.roe@example.com,john.doe@example.com?cc=help@example.com',
        'mailto:[EMAIL],[EMAIL]?cc=[EMAIL]',
      ],
      [
        'de-DE',
        'Kartennr.:\n4111 1111 1111 1111\nPrüfziffer 123',
        'Kartennr.:\n[CARD]\nPrüfziffer 123',
      ],
    ],
  ],
];

// Rows that do not hold yet, each with its reason (it.fails below).
// (none since T54a: the JSON "\u0040" is read, paid only by a text holding a backslash.)
const LEFT: ReadonlyMap<string, string> = new Map();

describe.each(SHAPES)('%s', (_, cases) => {
  it.each(cases.filter(([, text]) => !LEFT.has(text)))('%s %j', (locale, text, expected) => {
    expect(redact(text, { locale }).text).toBe(expected);
  });
});

describe.skipIf(LEFT.size === 0)('left as they are', () => {
  const rows = SHAPES.flatMap(([, cases]) => cases).filter(([, text]) => LEFT.has(text));
  it.fails.each(rows.map(([locale, text, expected]) => [LEFT.get(text), locale, text, expected]))(
    '%s: %s %j',
    (_, locale, text, expected) => {
      expect(redact(text as string, { locale: locale as string }).text).toBe(expected);
    },
  );
});

describe('the values are valid', () => {
  // Every phone of the rows, with its country: valid by libphonenumber-js/max.
  const PHONES: readonly (readonly [CountryCode, string])[] = [
    ['PL', '+48 601 234 567'],
    ['PL', '512 345 678'],
    ['IR', '0912 345 6789'],
    ['IR', '0935 123 4567'],
    ['SA', '050 123 4567'],
    ['SA', '+966 55 123 4567'],
    ['EG', '010 1234 5678'],
    ['EG', '+20 122 345 6789'],
    ['JP', '090-1234-5678'],
    ['JP', '03-1234-5678'],
    ['JP', '080-2345-6789'],
    ['IN', '+91 98765 43210'],
    ['BR', '(11) 98765-4321'],
    ['BR', '+55 21 99876-5432'],
    ['NL', '06 12345678'],
    ['NL', '+31 6 23456789'],
    ['NL', '020 123 4567'],
    ['ES', '612 34 56 78'],
    ['ES', '+34 622 345 678'],
    ['ES', '91 123 45 67'],
    ['DE', '0151 23456789'],
    ['DE', '+49 30 12345678'],
    ['DE', '0170 1234567'],
    ['FR', '06 12 34 56 78'],
    ['FR', '+33 6 12 34 56 78'],
    ['FR', '01 42 68 53 00'],
    ['TR', '0532 123 45 67'],
    ['TR', '+90 505 234 56 78'],
    ['KR', '010-1234-5678'],
    ['KR', '+82 10-2345-6789'],
    ['CN', '138 0013 8000'],
    ['CN', '+86 139 1234 5678'],
    ['US', '(212) 555-0187'],
    ['US', '+1 415 555 0132'],
    ['US', '646-555-0199'],
    ['GB', '020 7946 0958'],
    ['GB', '07911 123456'],
  ];
  it.each(PHONES)('%s %s', (country, phone) => {
    expect(isValidPhoneNumber(phone, country)).toBe(true);
  });

  it.each([
    'PL61 1090 1014 0000 0712 1981 2874',
    'IR27 0170 0000 0010 0324 2000 01',
    'SA03 8000 0000 6080 1016 7519',
    'EG38 0019 0005 0000 0000 2631 8000 2',
    'BR97 0036 0305 0000 1000 9795 493P 1',
    'NL91 ABNA 0417 1643 00',
    'ES91 2100 0418 4502 0005 1332',
    'DE44 5001 0517 5407 3249 31',
    'FR76 3000 6000 0112 3456 7890 189',
    'TR33 0006 1005 1978 6457 8413 26',
    'TR68 0001 0000 0012 3456 7890 12',
    'GB29 NWBK 6016 1331 9268 19',
  ])('IBAN %s', (value) => {
    expect(isValidIBAN(value.replace(/ /g, ''))).toBe(true);
  });

  it('cards pass Luhn, and the national ids their checks', () => {
    for (const c of [
      '4920472345110233',
      '5454545454545454',
      '4000000000000002',
      '4111111111111111',
    ])
      expect(luhnOk(c)).toBe(true);
    expect(pesel(1985, 4, 12, '1234')).toBe('85041212344');
    expect(cpf('123456789')).toBe('12345678909');
    expect(bsn('11122233')).toBe('111222333');
    expect(`12345678${dniLetter(12345678)}`).toBe('12345678Z');
    expect(`X1234567${dniLetter(1234567)}`).toBe('X1234567L');
    expect(tckn('123456789')).toBe('12345678950');
    expect(krRrn('900101', 1, '23456')).toBe('9001011234568');
    expect(withVerhoeff('23456789012')).toBe('234567890124');
    expect(irCode('123456789')).toBe('1234567891');
    // China's resident id: ISO 7064 MOD 11-2 over 17 digits (GB 11643-1999), 10 written "X".
    const ric = '11010519491231002X';
    const sum = [...ric.slice(0, 17)].reduce((a, d, i) => a + Number(d) * (2 ** (17 - i) % 11), 0);
    expect('10X98765432'.charAt(sum % 11)).toBe(ric.charAt(17));
    // A US SSN: no area 000, 666 or 9xx, no group 00, no serial 0000 (SSA).
    expect(/^(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$/.test('536-22-8174')).toBe(true);
    // A NINO: neither letter of its prefix D, F, I, Q, U or V, the second no O, not BG, GB, KN,
    // NK, NT, TN or ZZ; a suffix A to D (HMRC's NIM39110).
    expect(
      /^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] \d\d \d\d \d\d [A-D]$/.test(
        'JG 10 37 42 A',
      ),
    ).toBe(true);
  });

  it('every row holds at least 120 messages in at least 10 locales', () => {
    const rows = SHAPES.flatMap(([, cases]) => cases);
    expect(rows.length).toBeGreaterThanOrEqual(120);
    expect(new Set(rows.map(([locale]) => locale)).size).toBeGreaterThanOrEqual(10);
  });
});
