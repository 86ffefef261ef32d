// T59b's audit (2026-12-05, issue #14, blind): eighteen markets no audit had read (grep for their
// tags found none, or one row of one test), as their customers write to support in chat, e-mail,
// WhatsApp, Viber and Telegram: Peru, Venezuela, Ecuador, Iraq, Jordan, Algeria (Arabic and
// French), Tunisia (Derja, French), Afghanistan (Dari), Tamil Nadu, Sri Lanka (Sinhala), Nepal,
// Myanmar, Cambodia, Ethiopia (Amharic), Tanzania (Swahili), Moldova, Georgia and Uzbekistan
// (Latin and Cyrillic). Each market's phones in the prints its people use (Peru's nine-digit
// mobiles and Lima's (01), Venezuela's 0414-123.45.67, Ecuador's 09 mobiles and (02) Quito,
// Iraq's 07xx in Arabic-Indic digits, Algeria's in pairs, Tunisia's eight digits, Afghanistan's in
// Persian digits, Nepal's in Devanagari, Myanmar's 09 in Myanmar digits, Cambodia's in Khmer
// digits, Georgia's 5xx xx xx xx, Uzbekistan's 90 123-45-67), labels in the market's language,
// addresses, cards and IBANs where the country has them (Iraq, Jordan, Tunisia, Moldova,
// Georgia); beside them each market's look-alikes: amounts in its currency and its print ("S/
// 1,250.00", "Bs. 1.250,00", "25,000 د.ع", "12.500 د.أ" with three decimals, "2 500,00 DA",
// "125,500 DT", "۱۵۰۰ افغانی", "₹1,250", "රු. 2,500", "रु. १,२५०", "၂၅,၀၀၀ ကျပ်", "៛40,000",
// "1,250 ብር", "TSh 25,000/=", "1.250,00 lei", "125,50 ₾", "125 000 so'm"), dates in its calendar
// (the Solar Hijri of Afghanistan, Nepal's Bikram Sambat, Ethiopia's), postal codes, order and
// invoice numbers, tracking numbers.
//
// Digit scripts: the recognizers read every decimal digit (Unicode Nd) of the BMP as its ASCII
// digit (digits.ts DIGIT_ZEROS): the rows write phones in Arabic-Indic (Iraq, Jordan), Persian
// (Afghanistan), Devanagari (Nepal), Myanmar and Khmer digits, as those markets type them. Tamil
// (U+0BE6) and Sinhala Lith (U+0DE6) digits are read too, but Tamil Nadu and Sri Lanka write
// phones in ASCII digits, so the rows do. Ethiopic numerals (፩–፱, ፲…, U+1369–U+137C) are no
// decimal digits (No, not Nd: an additive system with no zero, not used for phones): read by
// none, they stay as any word does (a row holds one as a look-alike).
//
// Every value is synthetic and valid: phones by libphonenumber-js/max for the locale's country,
// IBANs by ibantools, cards by Luhn (checked below); no look-alike of 13–19 digits passes Luhn
// (checked below). Each row's expected output (what goes, with its type, and what stays) was
// written and committed before redact read any of them.
//
// The first pass (AUDIT, 126 rows, seven a market, 126 values, 93 look-alikes), on the code
// before T59b's fixes: recall 0.984 (124 of 126), precision 1.000 (124 of 124), no look-alike
// touched. Missed: a Georgian mobile glued after "მობ." (mobile; no Georgian phone word was read)
// and a bare Indian mobile after Tamil "எண்" (number) alone. The second pass (SECOND, 21 rows,
// written after the first ran: a bare mobile after each market's own phone word, and two order
// numbers that validate as mobiles) held 11 of 19, precision 1.000, none of its 3 look-alikes
// touched. Fixed (keywords.ts PHONE_WORDS, each word sourced there): Tamil "கைபேசி", "அலைபேசி",
// "தொலைபேசி", "மொபைல்"; Georgian "მობ.", "ტელ.", "ტელეფონ", "მობილურ"; Nepali "मेरो नम्बर";
// Sinhala "දුරකථන"; Amharic "ስልክ"; Uzbek "raqamim" (my number) where no other noun
// stands before it (context.ts verbAt, as Turkish "numaram"). After: first pass 125 of 126, second
// 18 of 19, precision 1.000 both, no look-alike touched. LEFT (asserted failing, each with its
// reason): Tamil "எண்" alone, Tunisian "نومرو متاعي" (unsourced).
// The third pass (THIRD, 18 rows, written after the second ran: 38 look-alikes in each market's own
// digits and companies' numbers, five phones in Myanmar, Khmer, Devanagari, Persian and
// Arabic-Indic digits beside them) held 5 of 5, precision 1.000, none touched.
import { redact } from '@meridian-cx/privacy';
import { isValidIBAN } from 'ibantools';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { type Case, describeAudit, type Go, measureAudit } from './audit.js';
import { luhnOk } from './corpus/checks.js';

const P = (value: string): Go => ['phone', value];
const E = (value: string): Go => ['email', value];
const I = (value: string): Go => ['iban', value];
const C = (value: string): Go => ['card', value];

const AUDIT: readonly (readonly [string, readonly Case[]])[] = [
  [
    'Peru (es-PE)',
    [
      [
        'es-PE',
        'Hola, mi pedido N° 2034567891 no llega. Mi celular es 987 654 321, gracias.',
        [P('987 654 321')],
        ['2034567891'],
      ],
      [
        'es-PE',
        'Pagué S/ 1,250.00 con la tarjeta 4557 8812 3456 7891 y me cobraron dos veces',
        [C('4557 8812 3456 7891')],
        ['S/ 1,250.00'],
      ],
      [
        'es-PE',
        'Teléfono fijo (01) 234-5678, dirección Av. Larco 345, Miraflores, Lima 15074',
        [P('(01) 234-5678')],
        ['Av. Larco 345', 'Lima 15074'],
      ],
      [
        'es-PE',
        'La guía 12345678901234 dice entregado el 05/12/2026, escríbanme al WhatsApp +51 956 123 456',
        [P('+51 956 123 456')],
        ['12345678901234', '05/12/2026'],
      ],
      [
        'es-PE',
        'Ya les yapeé al 956-123-456, mi correo es rosa.quispe@gmail.com',
        [P('956-123-456'), E('rosa.quispe@gmail.com')],
        [],
      ],
      [
        'es-PE',
        'Boleta B001-00012345 por S/ 149.90, llamar a mi casa en Trujillo (044) 234567',
        [P('(044) 234567')],
        ['B001-00012345', 'S/ 149.90'],
      ],
      [
        'es-PE',
        'El 5 de diciembre de 2026 a las 10:30 compré 3 unidades del código 100234567800',
        [],
        ['5 de diciembre de 2026', '10:30', '100234567800'],
      ],
    ],
  ],
  [
    'Venezuela (es-VE)',
    [
      [
        'es-VE',
        'Buenas, mi número es 0414-123.45.67, la compra #2000004567891234 no aparece',
        [P('0414-123.45.67')],
        ['2000004567891234'],
      ],
      [
        'es-VE',
        'Le hice pago móvil desde el 0412 1234567, banco 0102, monto Bs. 1.250,00, ref. 004512',
        [P('0412 1234567')],
        ['0102', 'Bs. 1.250,00', '004512'],
      ],
      [
        'es-VE',
        'Oficina en Caracas 0212-555.12.34, la guía Zoom 1234567890 sigue en tránsito',
        [P('0212-555.12.34')],
        ['1234567890'],
      ],
      [
        'es-VE',
        'Escríbeme al +58 424-5551234 o a jose.perez@cantv.net',
        [P('+58 424-5551234'), E('jose.perez@cantv.net')],
        [],
      ],
      [
        'es-VE',
        'Llámame al (0416) 712-3456 después de las 5:30 p. m.',
        [P('(0416) 712-3456')],
        ['5:30 p. m.'],
      ],
      [
        'es-VE',
        'Somos la empresa RIF J-12345678-9, Valencia 2001, teléfono 0241-8234567',
        [P('0241-8234567')],
        ['J-12345678-9', 'Valencia 2001'],
      ],
      [
        'es-VE',
        'La factura 00012345 del 05/12/2026 dice $ 35,00',
        [],
        ['00012345', '05/12/2026', '$ 35,00'],
      ],
    ],
  ],
  [
    'Ecuador (es-EC)',
    [
      [
        'es-EC',
        'Mi celular 099 123 4567, pedido #EC-104532 de la tienda',
        [P('099 123 4567')],
        ['#EC-104532'],
      ],
      [
        'es-EC',
        '0987654321 es mi WhatsApp, la factura 001-002-000012345 salió mal',
        [P('0987654321')],
        ['001-002-000012345'],
      ],
      [
        'es-EC',
        'Vivo en Quito, código postal 170150, teléfono de casa (02) 234-5678',
        [P('(02) 234-5678')],
        ['170150'],
      ],
      [
        'es-EC',
        'Contacto: +593 98 765 4321 / maria.andrade@outlook.com',
        [P('+593 98 765 4321'), E('maria.andrade@outlook.com')],
        [],
      ],
      [
        'es-EC',
        'Guayaquil 04-2345678, me cobraron $1,250.00 en vez de $125.00',
        [P('04-2345678')],
        ['$1,250.00', '$125.00'],
      ],
      [
        'es-EC',
        'Pagué con la tarjeta 5378 1234 5678 9018 el 05/12/2026 a las 14:05',
        [C('5378 1234 5678 9018')],
        ['05/12/2026', '14:05'],
      ],
      ['es-EC', 'Servientrega guía 9876543210 salió el 3 de diciembre', [], ['9876543210']],
    ],
  ],
  [
    'Iraq (ar-IQ)',
    [
      [
        'ar-IQ',
        'مرحبا، رقمي 0770 123 4567 والطلب رقم 458712 ما وصل',
        [P('0770 123 4567')],
        ['458712'],
      ],
      ['ar-IQ', 'موبايلي ٠٧٧٠١٢٣٤٥٦٧ اتصلوا بيه', [P('٠٧٧٠١٢٣٤٥٦٧')], []],
      ['ar-IQ', 'واتساب +964 750 123 4567 رجاءً', [P('+964 750 123 4567')], []],
      [
        'ar-IQ',
        'حولت المبلغ على الآيبان IQ75 RAFB 1230 0012 3456 789',
        [I('IQ75 RAFB 1230 0012 3456 789')],
        [],
      ],
      [
        'ar-IQ',
        'دفعت 25,000 د.ع بتاريخ ٥/١٢/٢٠٢٦ ورقمي 07801234567',
        [P('07801234567')],
        ['25,000 د.ع', '٥/١٢/٢٠٢٦'],
      ],
      [
        'ar-IQ',
        'هاتف المكتب في بغداد +964 1 718 1234، الرمز البريدي 10001',
        [P('+964 1 718 1234')],
        ['10001'],
      ],
      [
        'ar-IQ',
        'الإيميل مالتي ali.hassan@yahoo.com والرقم 0790 812 3456',
        [E('ali.hassan@yahoo.com'), P('0790 812 3456')],
        [],
      ],
    ],
  ],
  [
    'Jordan (ar-JO)',
    [
      ['ar-JO', 'رقم الموبايل 079 123 4567 لو سمحت', [P('079 123 4567')], []],
      ['ar-JO', 'تواصلوا معي واتساب +962 78 765 4321', [P('+962 78 765 4321')], []],
      [
        'ar-JO',
        'رقم الآيبان JO68 ARAB 1420 0000 0014 2012 3456 78 باسم محمد',
        [I('JO68 ARAB 1420 0000 0014 2012 3456 78')],
        [],
      ],
      ['ar-JO', 'رقمي ٠٧٩٥٥٥١٢٣٤', [P('٠٧٩٥٥٥١٢٣٤')], []],
      ['ar-JO', 'هاتف البيت في عمّان 06 535 1234، صندوق بريد 11118', [P('06 535 1234')], ['11118']],
      [
        'ar-JO',
        'طلب رقم 100234567 بقيمة 12.500 د.أ ما وصلني ورقمي 0771234567',
        [P('0771234567')],
        ['100234567', '12.500 د.أ'],
      ],
      [
        'ar-JO',
        'دفعت بالبطاقة 4105 1234 5678 9011 والمبلغ انخصم مرتين',
        [C('4105 1234 5678 9011')],
        [],
      ],
    ],
  ],
  [
    'Algeria (ar-DZ)',
    [
      [
        'ar-DZ',
        'Bonjour, mon numéro 0551 23 45 67, commande n° 312456789',
        [P('0551 23 45 67')],
        ['312456789'],
      ],
      ['ar-DZ', 'رقم الهاتف 0661 23 45 67 من فضلك', [P('0661 23 45 67')], []],
      ['ar-DZ', 'Appelez-moi sur +213 771 23 45 67 svp', [P('+213 771 23 45 67')], []],
      ['ar-DZ', 'Fixe Alger 021 23 45 67, code postal 16000', [P('021 23 45 67')], ['16000']],
      [
        'ar-DZ',
        'J’ai payé 2 500,00 DA le 05/12/2026, tracking Yalidine yal-12AB34, tél 0698123456',
        [P('0698123456')],
        ['2 500,00 DA', '05/12/2026', 'yal-12AB34'],
      ],
      ['ar-DZ', 'الإيميل karim.benali@gmail.com', [E('karim.benali@gmail.com')], []],
      [
        'ar-DZ',
        'الطلبية رقم 2026120512 بسعر 4500 دج، التوصيل إلى الولاية 31',
        [],
        ['2026120512', '4500 دج'],
      ],
    ],
  ],
  [
    'Tunisia (ar-TN)',
    [
      ['ar-TN', 'نومرو متاعي 98 123 456 عيطولي', [P('98 123 456')], []],
      ['ar-TN', 'Mon WhatsApp +216 22 123 456, merci', [P('+216 22 123 456')], []],
      ['ar-TN', 'Tél fixe 71 123 456, code postal 1002 Tunis', [P('71 123 456')], ['1002 Tunis']],
      [
        'ar-TN',
        'Virement sur IBAN TN78 0800 3000 5123 4567 8927',
        [I('TN78 0800 3000 5123 4567 8927')],
        [],
      ],
      [
        'ar-TN',
        'Facture n° 2026/1234 de 125,500 DT du 05/12/2026',
        [],
        ['2026/1234', '125,500 DT', '05/12/2026'],
      ],
      [
        'ar-TN',
        'tél: 55123456, mail sami.trabelsi@topnet.tn',
        [P('55123456'), E('sami.trabelsi@topnet.tn')],
        [],
      ],
      [
        'ar-TN',
        'Colis Rapid-Poste EE123456789TN, contactez le +216 29 876 543',
        [P('+216 29 876 543')],
        ['EE123456789TN'],
      ],
    ],
  ],
  [
    'Afghanistan (fa-AF)',
    [
      ['fa-AF', 'شماره تماس من ۰۷۸۹ ۱۲۳ ۴۵۶ است', [P('۰۷۸۹ ۱۲۳ ۴۵۶')], []],
      ['fa-AF', 'واتساپ من +93 70 123 4567 است', [P('+93 70 123 4567')], []],
      ['fa-AF', 'شمارهٔ موبایل: ۰۷۸۹۱۲۳۴۵۶', [P('۰۷۸۹۱۲۳۴۵۶')], []],
      ['fa-AF', 'دفتر ما در کابل 020 210 1234، سفارش شماره 45871', [P('020 210 1234')], ['45871']],
      [
        'fa-AF',
        'مبلغ ۱۵۰۰ افغانی را در تاریخ ۱۴ قوس ۱۴۰۵ پرداخت کردم و شماره‌ام 0799 123 456 است',
        [P('0799 123 456')],
        ['۱۵۰۰ افغانی', '۱۴ قوس ۱۴۰۵'],
      ],
      [
        'fa-AF',
        'ایمیل من ahmad.rahimi@gmail.com و تلفن 0772345678',
        [E('ahmad.rahimi@gmail.com'), P('0772345678')],
        [],
      ],
      ['fa-AF', 'کد پستی ۱۰۰۱ کابل، قیمت 1,500 AFN', [], ['۱۰۰۱', '1,500 AFN']],
    ],
  ],
  [
    'Tamil Nadu (ta-IN)',
    [
      ['ta-IN', 'என் மொபைல் எண் 98401 23456, தயவுசெய்து அழைக்கவும்', [P('98401 23456')], []],
      ['ta-IN', 'WhatsApp +91 94440 12345 இல் தொடர்பு கொள்ளவும்', [P('+91 94440 12345')], []],
      ['ta-IN', 'சென்னை அலுவலகம் 044-2345 6789, பின்கோடு 600 001', [P('044-2345 6789')], ['600 001']],
      [
        'ta-IN',
        'ஆர்டர் OD123456789012345678 க்கு ₹1,250.00 செலுத்தினேன், எண் 9962012345',
        [P('9962012345')],
        ['OD123456789012345678', '₹1,250.00'],
      ],
      ['ta-IN', 'கோயம்புத்தூர் 0422 2345678 அழைக்கவும்', [P('0422 2345678')], []],
      [
        'ta-IN',
        'மின்னஞ்சல் kavitha.raman@gmail.com, அட்டை 5204 7312 3456 7892',
        [E('kavitha.raman@gmail.com'), C('5204 7312 3456 7892')],
        [],
      ],
      ['ta-IN', '05-12-2026 அன்று 2 பொருட்கள் வாங்கினேன், விலை ₹499', [], ['05-12-2026', '₹499']],
    ],
  ],
  [
    'Sri Lanka (si-LK)',
    [
      ['si-LK', 'මගේ දුරකථන අංකය 077 123 4567', [P('077 123 4567')], []],
      ['si-LK', 'WhatsApp +94 71 234 5678 ට එවන්න', [P('+94 71 234 5678')], []],
      ['si-LK', 'කොළඹ කාර්යාලය 011 234 5678, තැපැල් කේතය 00300', [P('011 234 5678')], ['00300']],
      [
        'si-LK',
        'ඇණවුම 123456789012345 සඳහා රු. 2,500.00 ගෙව්වා',
        [],
        ['123456789012345', 'රු. 2,500.00'],
      ],
      [
        'si-LK',
        'ඊමේල් nimal.perera@gmail.com, ජංගම 0761234567',
        [E('nimal.perera@gmail.com'), P('0761234567')],
        [],
      ],
      ['si-LK', 'මහනුවර දුරකථනය 081 222 3456', [P('081 222 3456')], []],
      [
        'si-LK',
        'කාඩ්පත 4213 4567 8901 2340 න් Rs. 12,500 අය කළා',
        [C('4213 4567 8901 2340')],
        ['Rs. 12,500'],
      ],
    ],
  ],
  [
    'Nepal (ne-NP)',
    [
      ['ne-NP', 'मेरो मोबाइल नम्बर ९८४१२३४५६७ हो', [P('९८४१२३४५६७')], []],
      ['ne-NP', 'फोन 9841234567 मा सम्पर्क गर्नुहोस्', [P('9841234567')], []],
      ['ne-NP', 'WhatsApp +977 980-1234567', [P('+977 980-1234567')], []],
      ['ne-NP', 'काठमाडौं अफिस 01-4234567, हुलाक कोड 44600', [P('01-4234567')], ['44600']],
      [
        'ne-NP',
        'मिति २०८३ मंसिर १९ मा रु. १,२५० तिरें, अर्डर नं. 112233',
        [],
        ['२०८३ मंसिर १९', 'रु. १,२५०', '112233'],
      ],
      ['ne-NP', 'मेरो नम्बर ९८५१० ७६५४३ हो', [P('९८५१० ७६५४३')], []],
      [
        'ne-NP',
        'पोखरा 061-523456, इमेल sita.sharma@gmail.com',
        [P('061-523456'), E('sita.sharma@gmail.com')],
        [],
      ],
    ],
  ],
  [
    'Myanmar (my-MM)',
    [
      ['my-MM', 'ဖုန်း ၀၉ ၇၉၁ ၂၃၄ ၅၆၇ ကို ဆက်ပါ', [P('၀၉ ၇၉၁ ၂၃၄ ၅၆၇')], []],
      ['my-MM', 'ဖုန်းနံပါတ် 09 250 123 456', [P('09 250 123 456')], []],
      ['my-MM', 'Viber +95 9 450 123456', [P('+95 9 450 123456')], []],
      ['my-MM', 'ဖုန်း ၀၉၄၅၀၁၂၃၄၅၆', [P('၀၉၄၅၀၁၂၃၄၅၆')], []],
      ['my-MM', '၂၀၂၆ ဒီဇင်ဘာ ၅ ရက်နေ့ ၂၅,၀၀၀ ကျပ် ပေးခဲ့တယ်', [], ['၂၀၂၆ ဒီဇင်ဘာ ၅', '၂၅,၀၀၀ ကျပ်']],
      ['my-MM', 'ရန်ကုန် ရုံး 01 234 567', [P('01 234 567')], []],
      [
        'my-MM',
        'Viber 09-420123456 / email aung.kyaw@gmail.com / order 1205887',
        [P('09-420123456'), E('aung.kyaw@gmail.com')],
        ['1205887'],
      ],
    ],
  ],
  [
    'Cambodia (km-KH)',
    [
      ['km-KH', 'លេខទូរស័ព្ទ ០១២ ៣៤៥ ៦៧៨', [P('០១២ ៣៤៥ ៦៧៨')], []],
      ['km-KH', 'Telegram 092 123 456 បាទ', [P('092 123 456')], []],
      ['km-KH', 'WhatsApp +855 97 712 3456', [P('+855 97 712 3456')], []],
      ['km-KH', 'ការិយាល័យ ភ្នំពេញ 023 212 345', [P('023 212 345')], []],
      [
        'km-KH',
        'ខ្ញុំបានបង់ ៛40,000 និង $25.50 សម្រាប់ការបញ្ជាទិញ 778812',
        [],
        ['៛40,000', '$25.50', '778812'],
      ],
      ['km-KH', 'លេខ ០៩៧ ៧១២ ៣៤៥៦', [P('០៩៧ ៧១២ ៣៤៥៦')], []],
      [
        'km-KH',
        'អ៊ីមែល sokha.chan@gmail.com លេខ 010 234 567',
        [E('sokha.chan@gmail.com'), P('010 234 567')],
        [],
      ],
    ],
  ],
  [
    'Ethiopia (am-ET)',
    [
      ['am-ET', 'ስልክ ቁጥሬ 0911 23 45 67 ነው', [P('0911 23 45 67')], []],
      ['am-ET', 'በ +251 91 123 4567 ይደውሉ', [P('+251 91 123 4567')], []],
      ['am-ET', 'የአዲስ አበባ ቢሮ 011 123 4567', [P('011 123 4567')], []],
      [
        'am-ET',
        '1,250 ብር ከፍያለሁ በ25/03/2019 ዓ.ም ትዕዛዝ ቁጥር 5512',
        [],
        ['1,250 ብር', '25/03/2019 ዓ.ም', '5512'],
      ],
      ['am-ET', 'ቴሌብር 0921234567 ላይ ተመላሽ ያድርጉልኝ', [P('0921234567')], []],
      [
        'am-ET',
        'ሳፋሪኮም ቁጥሬ 0712345678፣ ኢሜል abebe.kebede@gmail.com',
        [P('0712345678'), E('abebe.kebede@gmail.com')],
        [],
      ],
      ['am-ET', 'ምዕራፍ ፲፪ እና ፳፭ ገጽ', [], ['፲፪', '፳፭']],
    ],
  ],
  [
    'Tanzania (sw-TZ)',
    [
      ['sw-TZ', 'Namba yangu ya simu ni 0754 123 456', [P('0754 123 456')], []],
      ['sw-TZ', 'Nimetuma kwa M-Pesa 0712 345 678 jana', [P('0712 345 678')], []],
      ['sw-TZ', 'WhatsApp +255 754 123 456 tafadhali', [P('+255 754 123 456')], []],
      ['sw-TZ', 'Ofisi Dar es Salaam 022 212 3456', [P('022 212 3456')], []],
      [
        'sw-TZ',
        'Nimelipa TSh 25,000/= tarehe 05/12/2026, oda namba 88231',
        [],
        ['TSh 25,000/=', '05/12/2026', '88231'],
      ],
      [
        'sw-TZ',
        'Barua pepe juma.mwangi@gmail.com, simu 0655123456',
        [E('juma.mwangi@gmail.com'), P('0655123456')],
        [],
      ],
      ['sw-TZ', 'Halotel yangu +255 68 123 4567', [P('+255 68 123 4567')], []],
    ],
  ],
  [
    'Moldova (ro-MD)',
    [
      ['ro-MD', 'Numărul meu de telefon este 069 123 456', [P('069 123 456')], []],
      ['ro-MD', 'Scrieți-mi pe Viber +373 69 123 456', [P('+373 69 123 456')], []],
      [
        'ro-MD',
        'Oficiul din Chișinău 022 123 456, cod poștal MD-2001',
        [P('022 123 456')],
        ['MD-2001'],
      ],
      [
        'ro-MD',
        'Transfer pe IBAN MD80 MO22 24AS V123 4567 8901',
        [I('MD80 MO22 24AS V123 4567 8901')],
        [],
      ],
      [
        'ro-MD',
        'Am plătit 1.250,00 lei pe 05.12.2026 pentru comanda 556677',
        [],
        ['1.250,00 lei', '05.12.2026', '556677'],
      ],
      [
        'ro-MD',
        'tel. 079123456, e-mail ion.popescu@mail.md',
        [P('079123456'), E('ion.popescu@mail.md')],
        [],
      ],
      ['ro-MD', 'Orange +373 78 123 456', [P('+373 78 123 456')], []],
    ],
  ],
  [
    'Georgia (ka-GE)',
    [
      ['ka-GE', 'ჩემი ნომერი 555 12 34 56', [P('555 12 34 56')], []],
      ['ka-GE', 'დამირეკეთ +995 555 12 34 56', [P('+995 555 12 34 56')], []],
      [
        'ka-GE',
        'თბილისის ოფისი 032 2 12 34 56, საფოსტო ინდექსი 0108',
        [P('032 2 12 34 56')],
        ['0108'],
      ],
      [
        'ka-GE',
        'გადარიცხვა IBAN GE74 TB12 3456 7890 1234 56',
        [I('GE74 TB12 3456 7890 1234 56')],
        [],
      ],
      [
        'ka-GE',
        'გადავიხადე 125,50 ₾ 05.12.2026-ში, შეკვეთა 334455',
        [],
        ['125,50 ₾', '05.12.2026', '334455'],
      ],
      [
        'ka-GE',
        'მობ. 599123456, ელფოსტა giorgi.beridze@gmail.com',
        [P('599123456'), E('giorgi.beridze@gmail.com')],
        [],
      ],
      [
        'ka-GE',
        'ბარათი 5454 5412 3456 7892, ნომერი 577 98 76 54',
        [C('5454 5412 3456 7892'), P('577 98 76 54')],
        [],
      ],
    ],
  ],
  [
    'Uzbekistan (uz-UZ)',
    [
      ['uz-UZ', 'Telefon raqamim +998 90 123 45 67', [P('+998 90 123 45 67')], []],
      ['uz-UZ', 'Menga 90 123-45-67 ga qo‘ng‘iroq qiling', [P('90 123-45-67')], []],
      [
        'uz-UZ',
        'Toshkent ofisi (71) 123-45-67, pochta indeksi 100000',
        [P('(71) 123-45-67')],
        ['100000'],
      ],
      ['uz-UZ', 'Karta raqami 8600 1234 5678 9012, pul qaytmadi', [C('8600 1234 5678 9012')], []],
      [
        'uz-UZ',
        "125 000 so'm to‘ladim 05.12.2026 da, buyurtma 998877",
        [],
        ["125 000 so'm", '05.12.2026', '998877'],
      ],
      [
        'uz-UZ',
        'тел.: +998 (93) 512-34-56, почта aziz.karimov@mail.ru',
        [P('+998 (93) 512-34-56'), E('aziz.karimov@mail.ru')],
        [],
      ],
      ['uz-UZ', 'Mening raqamim 99 876 54 32', [P('99 876 54 32')], []],
    ],
  ],
];

/**
 * The second pass, written after the first ran (its two misses were bare mobiles after a label):
 * in each market, a mobile written glued after the market's own word for a phone or "my number",
 * several without their trunk "0" as a form that holds "+NNN" asks them; and an order's number
 * that validates as a mobile, after its word.
 */
const SECOND: readonly (readonly [string, readonly Case[]])[] = [
  [
    'bare mobiles after a label',
    [
      ['es-PE', 'Mi cel 987654321, boleta B001-00012345', [P('987654321')], ['B001-00012345']],
      ['es-VE', 'mi número es 4141234567, sin el cero', [P('4141234567')], []],
      ['es-EC', 'cel 991234567 (sin el 0)', [P('991234567')], []],
      ['ar-IQ', 'رقمي 7701234567 بدون صفر', [P('7701234567')], []],
      ['ar-JO', 'جوال 791234567', [P('791234567')], []],
      ['ar-DZ', 'Mon portable: 661234567', [P('661234567')], []],
      ['ar-TN', 'نومرو متاعي 98123456', [P('98123456')], []],
      ['fa-AF', 'شماره من 0799123456', [P('0799123456')], []],
      ['ta-IN', 'கைபேசி எண் 9962012345', [P('9962012345')], []],
      ['ta-IN', 'அலைபேசி: 9840123456', [P('9840123456')], []],
      ['ta-IN', 'ஆர்டர் எண் 9962012345 இன்னும் வரவில்லை', [], ['9962012345']],
      ['si-LK', 'ජංගම දුරකථන 771234567', [P('771234567')], []],
      ['ne-NP', 'मेरो नम्बर 9841234567 हो', [P('9841234567')], []],
      ['my-MM', 'Viber 09791234567', [P('09791234567')], []],
      ['km-KH', 'លេខទូរស័ព្ទ 012345678', [P('012345678')], []],
      ['am-ET', 'ስልክ 911234567', [P('911234567')], []],
      ['sw-TZ', 'simu: 754123456', [P('754123456')], []],
      ['ro-MD', 'mobil 69123456', [P('69123456')], []],
      ['ka-GE', 'მობილური 577987654', [P('577987654')], []],
      ['ka-GE', 'შეკვეთა 599123456 ჯერ არ მოსულა', [], ['599123456']],
      ['uz-UZ', 'raqamim 901234567', [P('901234567')], []],
    ],
  ],
];

/**
 * The third pass, written after the second ran: each market's look-alikes pushed, in its own
 * digits where it writes them (dates, amounts, postcodes in Myanmar, Khmer, Devanagari, Persian
 * and Arabic-Indic digits) and companies' numbers on an invoice (Peru's and Ecuador's RUC,
 * Venezuela's RIF, Algeria's NIF, Tunisia's matricule fiscal), with a phone in the same digits
 * beside some of them.
 */
const THIRD: readonly (readonly [string, readonly Case[]])[] = [
  [
    'look-alikes in their own digits',
    [
      [
        'my-MM',
        '၂၀၂၆-၁၂-၀၅ ရက်နေ့ ၁,၂၅၀,၀၀၀ ကျပ် လွှဲပြီးပါပြီ၊ ဖုန်း ၀၉ ၂၅၀ ၁၂၃ ၄၅၆',
        [P('၀၉ ၂၅၀ ၁၂၃ ၄၅၆')],
        ['၂၀၂၆-၁၂-၀၅', '၁,၂၅၀,၀၀၀ ကျပ်'],
      ],
      [
        'km-KH',
        'ថ្ងៃទី០៥/១២/២០២៦ តម្លៃ ១២៥,០០០ រៀល ទូរស័ព្ទ ០៩២ ១២៣ ៤៥៦',
        [P('០៩២ ១២៣ ៤៥៦')],
        ['០៥/១២/២០២៦', '១២៥,០០០ រៀល'],
      ],
      [
        'ne-NP',
        'मिति २०८३/०८/१९, रकम रु. १२,५००.००, मोबाइल ९८४१२३४५६७',
        [P('९८४१२३४५६७')],
        ['२०८३/०८/१९', 'रु. १२,५००.००'],
      ],
      [
        'fa-AF',
        'تاریخ ۱۴۰۵/۰۹/۱۴ مبلغ ۲۵٬۰۰۰ افغانی، موبایل ۰۷۹۹۱۲۳۴۵۶',
        [P('۰۷۹۹۱۲۳۴۵۶')],
        ['۱۴۰۵/۰۹/۱۴', '۲۵٬۰۰۰ افغانی'],
      ],
      [
        'ar-IQ',
        'التاريخ ٢٠٢٦/١٢/٠٥ المبلغ ١٢٥٬٠٠٠ دينار، موبايل ٠٧٨٠١٢٣٤٥٦٧',
        [P('٠٧٨٠١٢٣٤٥٦٧')],
        ['٢٠٢٦/١٢/٠٥', '١٢٥٬٠٠٠ دينار'],
      ],
      ['ar-JO', 'رقم الطلب ١٠٠٢٣٤٥٦٧ بتاريخ ٥/١٢/٢٠٢٦', [], ['١٠٠٢٣٤٥٦٧', '٥/١٢/٢٠٢٦']],
      ['ta-IN', 'பின்கோடு 600001, தொகை ₹12,500', [], ['600001', '₹12,500']],
      ['am-ET', 'ቀን 25/03/2019 ዓ.ም ዋጋ 12,500.00 ብር', [], ['25/03/2019', '12,500.00 ብር']],
      [
        'sw-TZ',
        'Risiti namba 0045123 ya TSh 125,000 tarehe 5/12/2026',
        [],
        ['0045123', 'TSh 125,000', '5/12/2026'],
      ],
      ['ka-GE', 'ინვოისი #2026-00451, თანხა 1 250,00 ₾', [], ['#2026-00451', '1 250,00 ₾']],
      ['uz-UZ', 'Buyurtma №100234 summasi 1 250 000 so‘m', [], ['№100234', '1 250 000 so‘m']],
      [
        'ro-MD',
        'Factura nr. 0012345 din 05.12.2026, suma 1 250,00 MDL',
        [],
        ['0012345', '05.12.2026', '1 250,00 MDL'],
      ],
      ['es-PE', 'RUC 20123456789, boleta B001-00098765', [], ['20123456789', 'B001-00098765']],
      ['es-VE', 'RIF J-30123456-7, factura 000123', [], ['J-30123456-7', '000123']],
      [
        'es-EC',
        'RUC 1790012345001, factura 001-001-000045678',
        [],
        ['1790012345001', '001-001-000045678'],
      ],
      ['ar-DZ', 'NIF 000116001234567, facture 2026/0451', [], ['000116001234567', '2026/0451']],
      [
        'ar-TN',
        'Matricule fiscal 1234567/A/M/000, facture 2026-0451',
        [],
        ['1234567/A/M/000', '2026-0451'],
      ],
      ['si-LK', 'ඉන්වොයිසිය INV-2026-0451, මුදල රු. 12,500.00', [], ['INV-2026-0451', 'රු. 12,500.00']],
    ],
  ],
];

/** The rows still failing, each with the reason it is left (asserted as failing below). */
const LEFT: ReadonlyMap<string, string> = new Map([
  [
    'ஆர்டர் OD123456789012345678 க்கு ₹1,250.00 செலுத்தினேன், எண் 9962012345',
    // A bare Indian mobile goes after a phone's word; "எண்" alone is any number's ("ஆர்டர் எண்",
    // order number), as "नंबर" is (keywords.ts NUMBER_WORDS), and no label stands before it.
    'Tamil "எண்" (number) alone before a bare mobile: any number\'s word, no phone\'s',
  ],
  [
    'نومرو متاعي 98123456',
    // Derja's "نومرو" (numéro) is any number's; no source was found for "نومرو متاعي" as the
    // phrase customers give a phone with, and no curated word is added without one.
    'Tunisian Derja "نومرو متاعي" (my number): unsourced, no phone word reads it',
  ],
]);

const held = (groups: readonly (readonly [string, readonly Case[]])[]) =>
  groups.map(([name, cases]) => [name, cases.filter(([, text]) => !LEFT.has(text))] as const);

describeAudit(held([...AUDIT, ...SECOND, ...THIRD]));

describe.skipIf(LEFT.size === 0)('left as they are', () => {
  const rows = [...AUDIT, ...SECOND, ...THIRD].flatMap(([, cases]) => cases);
  it.fails.each([...LEFT].map(([text, reason]) => [reason, text]))('%s: %j', (_, text) => {
    const [locale, , go, stay] = rows.find(([, t]) => t === text) as Case;
    const out = redact(text, { locale }).text;
    for (const [, value] of go) expect(out).not.toContain(value);
    for (const value of stay) expect(out).toContain(value);
  });
});

describe("the new phone words' neighbours (out of the figures)", () => {
  it.each([
    // "ტელ" starts a television ("ტელევიზორი"); an order's "எண்" keeps its number; Nepali's
    // "my number plate" holds no phone.
    ['ka-GE', 'ტელევიზორი 599123456 ლარად ვიყიდე'],
    ['ta-IN', 'ஆர்டர் எண் 9962012345 இன்னும் வரவில்லை'],
    ['ne-NP', 'मेरो नम्बर प्लेट BA 2 PA 1234 हो'],
    // Uzbek "raqamim" after another noun is that noun's number: my order's.
    ['uz-UZ', 'buyurtma raqamim 901234567 edi'],
  ])('%s %j stays', (locale, text) => {
    expect(redact(text, { locale }).text).toBe(text);
  });
});

// Every Nd digit the rows write, by the zero of its script: Arabic-Indic, Persian, Devanagari,
// Myanmar, Khmer.
const ZEROS = [0x0660, 0x06f0, 0x0966, 0x1040, 0x17e0];
const ascii = (value: string) =>
  value.replace(/\p{Nd}/gu, (d) => {
    const c = d.codePointAt(0) as number;
    const zero = ZEROS.find((z) => c >= z && c < z + 10);
    return zero === undefined ? d : String(c - zero);
  });

describe('the values are valid and the look-alikes are no cards', () => {
  const first = AUDIT.flatMap(([, cases]) => cases);
  const rows = [...first, ...[...SECOND, ...THIRD].flatMap(([, cases]) => cases)];

  it('about 18 markets, none read by an earlier audit', () => {
    expect(new Set(first.map(([locale]) => locale)).size).toBe(18);
    expect(first.length).toBeGreaterThanOrEqual(120);
  });

  it.each(
    rows.flatMap(([locale, , go]) => go.map(([type, value]) => [locale, type, value] as const)),
  )('%s %s %s is valid', (locale, type, value) => {
    const country = locale.split('-')[1] as Parameters<typeof isValidPhoneNumber>[1];
    if (type === 'phone') expect(isValidPhoneNumber(ascii(value), country)).toBe(true);
    if (type === 'iban') expect(isValidIBAN(value.replace(/ /g, ''))).toBe(true);
    if (type === 'card') expect(luhnOk(value.replace(/\D/g, ''))).toBe(true);
    if (type === 'email') expect(value).toMatch(/^[a-z.]+@[a-z]+\.[a-z.]+$/);
  });

  it('no look-alike of 13-19 digits passes Luhn', () => {
    const valid = rows
      .flatMap(([, , , stay]) => stay.flatMap((s) => ascii(s).match(/\d[\d -]*\d/g) ?? []))
      .map((s) => s.replace(/\D/g, ''))
      .filter((d) => d.length >= 13 && d.length <= 19 && luhnOk(d));
    expect(valid).toEqual([]);
  });
});

describe('recall and precision', () => {
  it.each([
    ['first pass', AUDIT],
    ['second pass', SECOND],
    ['third pass (look-alikes)', THIRD],
  ] as const)('%s', (name, groups) => {
    const { goes, gone, findings, right, touched } = measureAudit(groups);
    const rows = groups.flatMap(([, c]) => c);
    const stays = rows.reduce((n, [, , , stay]) => n + stay.length, 0);
    console.info(
      `locale audit 3, ${name}: ${rows.length} rows, recall ${(gone / goes).toFixed(3)} (${gone}/${goes}), precision ${(right / findings).toFixed(3)} (${right}/${findings}), look-alikes touched ${touched} of ${stays}`,
    );
    const left = rows.filter(([, t]) => LEFT.has(t)).reduce((n, [, , go]) => n + go.length, 0);
    expect(gone).toBeGreaterThanOrEqual(goes - left);
    expect(right / findings).toBeGreaterThanOrEqual(0.95);
  });
});
