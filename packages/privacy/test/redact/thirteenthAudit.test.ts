// The thirteenth audit (2026-12-04, issue #14): markets no audit had read, and the shapes a
// message arrives in at a desk. Nineteen markets (nl-BE, fr-BE, de-AT, es-AR, es-CO, es-CL,
// en-IE, en-SG, en-NZ, da-DK, fi-FI, nb-NO, sk-SK, hr-HR, bg-BG, lt-LT, fr-CA, zh-HK and the
// French and Italian of Switzerland), and eleven shapes: HTML email bodies (entities, tel: and
// mailto: links), JSON payloads, URL query strings (percent-encoded "@" and "+"), CSV lines,
// Markdown tables, quoted replies, signatures ("M:", "T:", "Mob.", "Handy", "GSM"), mail
// headers, vCards, WhatsApp exports (iOS's "[04/12/2026, 10:15:32] Jane:", Android's "04/12/26,
// 10:15 - Sofía:", Danish and Norwegian dotted dates) and SMS with their sender ids. 137 lines
// written by hand before redact read them: each phone in its country's own print (every one valid
// for its country by libphonenumber-js/max, checked below), each IBAN with its mod-97 and its
// country's own check (ibantools), beside what must stay in that market's conventions: Belgian
// structured communications (+++120/3456/78902+++, their own mod-97), Eircodes, Argentine CPA
// postcodes, Singapore's unit numbers, MercadoLibre order numbers that fail Luhn, dotted times.
// Every value is synthetic.
//
// The first 108 lines were written before redact read any of them: 98 of their 101 values went
// (three lines the audit had wrong were mended first: two numbers no country dials, a Slovak
// account failing its own check), the three that stayed all Denmark's pairs, and no look-alike
// went. Reading round that gap found the rest below; the 137 lines as they stand, on the code before the fixes:
// 125 held, 118 of 130 values went (recall 0.908), and no finding was a look-alike's (precision
// 1.000, 119 of 119). The twelve lines that failed:
// - Denmark prints every number in four pairs ("20 12 34 56", no trunk, no area code: "usually
//   written as nx xx xx xx", wtng.info) and Norway its landlines ("22 12 34 56"):
//   recognizers/phone.ts skipped two-digit groups that no "+" or "0" starts (worthReading), so
//   the national print stayed after any label, in a vCard's TEL and in a WhatsApp line (six
//   lines). They are read in DK and NO now, and elsewhere after a phone's label.
// - Words before a bare mobile (keywords.ts PHONE_WORDS, six lines): Danish and Norwegian "tlf."
//   and "tlf:", Singapore's "handphone", Croatian "mobitel(a)", Argentina's "celu", Chile's "fono".
// Reading Denmark's pairs would take its order, parcel and company register numbers for phones
// ("Ordrenr. 20 12 34 56", "CVR-nr. 25 31 37 63"): "ordre", "pakke" and "cvr" are reference
// words now (keywords.ts), and "Ordrenr. 2012 3456", a phone before, stays.
// After the fixes all 137 hold: recall 1.000 (130 of 130), precision 1.000 (131 of 131). A list
// of Danish numbers in pairs with " / " between ("ring 20 12 34 56 / 31 23 45 67") is read too.
import { redact } from '@meridian-cx/privacy';
import { isValidIBAN } from 'ibantools';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { type Case, describeAudit, type Go } from './audit.js';

const P = (value: string): Go => ['phone', value];
const E = (value: string): Go => ['email', value];
const I = (value: string): Go => ['iban', value];

const AUDIT: readonly (readonly [string, readonly Case[]])[] = [
  [
    'Dutch, Belgium (nl-BE)',
    [
      [
        'nl-BE',
        'Goedemiddag, mijn gsm-nummer is 0470 12 34 56',
        [P('0470 12 34 56')],
        ['Goedemiddag'],
      ],
      [
        'nl-BE',
        'Gelieve te betalen met mededeling +++120/3456/78902+++ op BE14 0631 2345 6783',
        [I('BE14 0631 2345 6783')],
        ['+++120/3456/78902+++'],
      ],
      ['nl-BE', 'Bedrag € 1.299,00, postcode 2000 Antwerpen', [], ['€ 1.299,00', '2000']],
      ['nl-BE', 'Bel me op +32 470 98 76 54 na 17u', [P('+32 470 98 76 54')], ['17u']],
      [
        'nl-BE',
        'GSM 0478/12.34.56, bestelling BE-2026-4471',
        [P('0478/12.34.56')],
        ['BE-2026-4471'],
      ],
      [
        'nl-BE',
        'vaste lijn 09 234 56 78 (Gent), levering op 04/12/2026',
        [P('09 234 56 78')],
        ['04/12/2026'],
      ],
    ],
  ],
  [
    'French, Belgium (fr-BE)',
    [
      [
        'fr-BE',
        'Mon GSM : 0495 12 34 56, commande n° 20261204-117',
        [P('0495 12 34 56')],
        ['20261204-117'],
      ],
      ['fr-BE', 'Tél. 04 223 45 67 (Liège), code postal 4000', [P('04 223 45 67')], ['4000']],
      [
        'fr-BE',
        'communication structurée +++004/1234/56761+++, montant 129,90 €',
        [],
        ['+++004/1234/56761+++', '129,90 €'],
      ],
    ],
  ],
  [
    'German, Austria (de-AT)',
    [
      [
        'de-AT',
        'Grüß Gott, meine Handynummer ist 0664 123 4567',
        [P('0664 123 4567')],
        ['Grüß Gott'],
      ],
      [
        'de-AT',
        'Bestellnummer 4711-2026-0815, Tel. 01 5134567',
        [P('01 5134567')],
        ['4711-2026-0815'],
      ],
      [
        'de-AT',
        'Betrag € 1.299,– bis 15.12.2026, PLZ 1010 Wien',
        [],
        ['€ 1.299,–', '15.12.2026', '1010'],
      ],
      [
        'de-AT',
        'Überweisung auf AT93 2011 1827 4635 1920 erhalten?',
        [I('AT93 2011 1827 4635 1920')],
        [],
      ],
      [
        'de-AT',
        'Handy: +43 676 765 43 21, Kundennummer 10023344',
        [P('+43 676 765 43 21')],
        ['10023344'],
      ],
      [
        'de-AT',
        'E-Mail: j.gruber@gmx.at, Rechnung RE-2026-0815, App-Version 4.12.3',
        [E('j.gruber@gmx.at')],
        ['RE-2026-0815', '4.12.3'],
      ],
    ],
  ],
  [
    'Spanish, Argentina (es-AR)',
    [
      ['es-AR', 'Hola, mi celu es 11 15-2345-6789', [P('11 15-2345-6789')], ['Hola']],
      ['es-AR', 'Escribime al WhatsApp +54 9 11 2345-6789', [P('+54 9 11 2345-6789')], []],
      [
        'es-AR',
        'Compra #2000004567891234 por $ 12.345,67, CP C1425DKA',
        [],
        ['2000004567891234', '$ 12.345,67', 'C1425DKA'],
      ],
      ['es-AR', 'Tel. fijo (011) 4321-5678, de 9 a 18 hs', [P('(011) 4321-5678')], ['9 a 18 hs']],
      [
        'es-AR',
        'mi celu 1123456789, compra #2000004567891234',
        [P('1123456789')],
        ['2000004567891234'],
      ],
    ],
  ],
  [
    'Spanish, Colombia (es-CO)',
    [
      ['es-CO', 'Mi número de celular es 300 123 4567', [P('300 123 4567')], []],
      [
        'es-CO',
        'Pedido 1234567 por $ 129.900, tel. +57 601 234 5678',
        [P('+57 601 234 5678')],
        ['1234567', '$ 129.900'],
      ],
      ['es-CO', 'Código postal 110111, Bogotá D.C.', [], ['110111']],
      ['es-CO', 'llámame al 315 765 4321 después de las 5 p. m.', [P('315 765 4321')], ['5 p. m.']],
      ['es-CO', 'correo: ana.gomez@hotmail.com.co', [E('ana.gomez@hotmail.com.co')], []],
    ],
  ],
  [
    'Spanish, Chile (es-CL)',
    [
      ['es-CL', 'Mi fono es +56 9 8765 4321', [P('+56 9 8765 4321')], []],
      [
        'es-CL',
        'Boleta N° 1234567, total $12.990, cel 9 8765 4321',
        [P('9 8765 4321')],
        ['1234567', '$12.990'],
      ],
      ['es-CL', 'mi fono 987654321, boleta 1234567', [P('987654321')], ['1234567']],
    ],
  ],
  [
    'English, Ireland (en-IE)',
    [
      ['en-IE', 'My mobile is 087 123 4567, Eircode D02 X285', [P('087 123 4567')], ['D02 X285']],
      ['en-IE', 'Order IE-2026-004512, call 01 234 5678', [P('01 234 5678')], ['IE-2026-004512']],
      [
        'en-IE',
        'Refund to IE70 BOFI 9000 1712 3456 78 please',
        [I('IE70 BOFI 9000 1712 3456 78')],
        [],
      ],
      [
        'en-IE',
        'Total €1,299.00 incl. VAT, ring me on +353 86 765 4321',
        [P('+353 86 765 4321')],
        ['€1,299.00'],
      ],
    ],
  ],
  [
    'English, Singapore (en-SG)',
    [
      ['en-SG', 'My HP is 9123 4567, Singapore 238859', [P('9123 4567')], ['238859']],
      [
        'en-SG',
        'Order 2612041ABCD2XY, call +65 8123 4567',
        [P('+65 8123 4567')],
        ['2612041ABCD2XY'],
      ],
      ['en-SG', 'Office 6123 4567, total S$1,299.00', [P('6123 4567')], ['S$1,299.00']],
      ['en-SG', 'handphone 91234567, Blk 123 #04-56', [P('91234567')], ['#04-56']],
    ],
  ],
  [
    'English, New Zealand (en-NZ)',
    [
      ['en-NZ', 'My cell is 021 123 4567', [P('021 123 4567')], []],
      [
        'en-NZ',
        'Order #NZ10293847, ph (09) 379 4567, Auckland 1010',
        [P('(09) 379 4567')],
        ['NZ10293847', '1010'],
      ],
      [
        'en-NZ',
        'Total NZ$129.95, text me on +64 27 765 4321',
        [P('+64 27 765 4321')],
        ['NZ$129.95'],
      ],
    ],
  ],
  [
    'Danish (da-DK)',
    [
      ['da-DK', 'Mit mobilnummer er 20 12 34 56', [P('20 12 34 56')], []],
      [
        'da-DK',
        'Ordrenr. 123456 på 1.299,00 kr., ring +45 31 23 45 67',
        [P('+45 31 23 45 67')],
        ['123456', '1.299,00 kr.'],
      ],
      ['da-DK', 'Postnummer 2100 København Ø, kl. 14.30', [], ['2100', '14.30']],
      ['da-DK', 'tlf. 33 12 34 56', [P('33 12 34 56')], []],
      ['da-DK', 'Udbetal til DK10 3000 1234 5678 90', [I('DK10 3000 1234 5678 90')], []],
      ['da-DK', 'tlf. 33123456', [P('33123456')], []],
    ],
  ],
  [
    'Finnish (fi-FI)',
    [
      ['fi-FI', 'Puhelinnumeroni on 040 123 4567', [P('040 123 4567')], []],
      [
        'fi-FI',
        'Tilaus 1234567, summa 1 299,00 €, postinumero 00100',
        [],
        ['1234567', '1 299,00 €', '00100'],
      ],
      ['fi-FI', 'Soita +358 50 765 4321 klo 9–17', [P('+358 50 765 4321')], ['klo 9–17']],
      ['fi-FI', 'puh. 09 1234 5678', [P('09 1234 5678')], []],
      ['fi-FI', 'Tilinumero FI08 4006 0010 2345 65', [I('FI08 4006 0010 2345 65')], []],
    ],
  ],
  [
    'Norwegian Bokmål (nb-NO)',
    [
      ['nb-NO', 'Mobilnummeret mitt er 412 34 567', [P('412 34 567')], []],
      ['nb-NO', 'Ordrenummer 12345678, tlf. +47 22 12 34 56', [P('+47 22 12 34 56')], ['12345678']],
      ['nb-NO', 'Beløp kr 1 299,00, postnummer 0150 Oslo', [], ['kr 1 299,00', '0150']],
      ['nb-NO', 'ring meg på 987 65 432', [P('987 65 432')], []],
      ['nb-NO', 'tlf: 41234567, ordre 12345678', [P('41234567')], ['12345678']],
      ['nb-NO', 'Sentralbord 22 12 34 56, åpent 08.00–16.00', [P('22 12 34 56')], ['08.00–16.00']],
    ],
  ],
  [
    'Slovak (sk-SK)',
    [
      ['sk-SK', 'Moje číslo je 0905 123 456', [P('0905 123 456')], []],
      ['sk-SK', 'Objednávka č. 2026123456, PSČ 811 01 Bratislava', [], ['2026123456', '811 01']],
      [
        'sk-SK',
        'Volajte +421 911 765 432, suma 1 299,00 €',
        [P('+421 911 765 432')],
        ['1 299,00 €'],
      ],
      ['sk-SK', 'IBAN SK77 0900 0000 0050 1234 5674', [I('SK77 0900 0000 0050 1234 5674')], []],
    ],
  ],
  [
    'Croatian (hr-HR)',
    [
      ['hr-HR', 'Moj mobitel je 091 234 5678', [P('091 234 5678')], []],
      ['hr-HR', 'Narudžba br. 100234567, tel. 01 4567 890', [P('01 4567 890')], ['100234567']],
      ['hr-HR', 'Iznos 129,90 €, poštanski broj 10000 Zagreb', [], ['129,90 €', '10000']],
      ['hr-HR', 'Nazovite me na +385 98 765 4321', [P('+385 98 765 4321')], []],
      ['hr-HR', 'broj mobitela 912345678', [P('912345678')], []],
      ['hr-HR', 'Tel: +385 (0)1 4567 890', [P('+385 (0)1 4567 890')], []],
    ],
  ],
  [
    'Bulgarian (bg-BG)',
    [
      ['bg-BG', 'Моят телефон е 0888 123 456', [P('0888 123 456')], []],
      ['bg-BG', 'Поръчка № 123456789, сума 129,90 лв.', [], ['123456789', '129,90 лв.']],
      ['bg-BG', 'Обадете се на +359 87 765 4321', [P('+359 87 765 4321')], []],
      ['bg-BG', 'имейл: ivan.petrov@abv.bg', [E('ivan.petrov@abv.bg')], []],
      ['bg-BG', 'тел: 02/987 65 43', [P('02/987 65 43')], []],
    ],
  ],
  [
    'Lithuanian (lt-LT)',
    [
      ['lt-LT', 'Mano telefono numeris 8 612 34567', [P('8 612 34567')], []],
      ['lt-LT', 'Užsakymas Nr. 2026-11234, pašto kodas LT-01100', [], ['2026-11234', 'LT-01100']],
      ['lt-LT', 'Skambinkite +370 612 76543', [P('+370 612 76543')], []],
      ['lt-LT', 'tel. +370 5 212 3456', [P('+370 5 212 3456')], []],
    ],
  ],
  [
    'French, Canada (fr-CA)',
    [
      ['fr-CA', 'Mon cell : 514 823-4567, code postal H2X 1Y4', [P('514 823-4567')], ['H2X 1Y4']],
      ['fr-CA', 'Commande no 123456789, total 1 299,00 $', [], ['123456789', '1 299,00 $']],
      ['fr-CA', 'Appelez-moi au 1 438 765-4321', [P('1 438 765-4321')], []],
    ],
  ],
  [
    'Chinese, Hong Kong (zh-HK)',
    [
      ['zh-HK', '我嘅手提電話係 9123 4567', [P('9123 4567')], []],
      ['zh-HK', '訂單編號 HK20261204001，金額 HK$1,299', [], ['HK20261204001', 'HK$1,299']],
      ['zh-HK', '請致電 +852 6123 4567', [P('+852 6123 4567')], []],
    ],
  ],
  [
    'Switzerland, French and Italian (fr-CH, it-CH)',
    [
      ['fr-CH', 'Mon natel : 078 123 45 67, NPA 1201 Genève', [P('078 123 45 67')], ['1201']],
      ['it-CH', 'Il mio numero è 076 765 43 21, CAP 6900 Lugano', [P('076 765 43 21')], ['6900']],
    ],
  ],
  [
    'HTML email bodies',
    [
      [
        'de-AT',
        '<p>Mit freundlichen Grüßen<br>Anna Berger<br>Mobil: <a href="tel:+436641234567">+43 664 1234567</a></p>',
        [P('+436641234567'), P('+43 664 1234567')],
        ['<br>', 'href="tel:'],
      ],
      [
        'en-IE',
        '<td>Email:</td><td><a href="mailto:aoife.murphy@example.ie">aoife.murphy@example.ie</a></td>',
        [E('aoife.murphy@example.ie')],
        ['<td>', 'href="mailto:'],
      ],
      [
        'nl-BE',
        '<div style="font-size:12px">Order #BE-2026-4471 &ndash; GSM&nbsp;0470&nbsp;12&nbsp;34&nbsp;56</div>',
        [P('0470&nbsp;12&nbsp;34&nbsp;56')],
        ['BE-2026-4471', 'font-size:12px'],
      ],
      [
        'de-AT',
        '<b>Handy:</b> 0664&nbsp;123&nbsp;4567<br/>',
        [P('0664&nbsp;123&nbsp;4567')],
        ['<br/>'],
      ],
      ['fr-CA', '<span>Cell.&nbsp;: 514-823-4567</span>', [P('514-823-4567')], ['<span>']],
    ],
  ],
  [
    'JSON payloads',
    [
      [
        'da-DK',
        '{"customer":{"name":"Lars Nielsen","email":"lars.nielsen@example.dk","phone":"+4520123456"},"orderId":"100234567","total":"1299.00","appVersion":"4.12.3"}',
        [E('lars.nielsen@example.dk'), P('+4520123456')],
        ['100234567', '1299.00', '4.12.3'],
      ],
      [
        'fi-FI',
        '{"msisdn":"358401234567","zip":"00100","amount":129.9}',
        [P('358401234567')],
        ['00100', '129.9'],
      ],
      [
        'en-SG',
        '{"contact_no":"91234567","postal_code":"238859","order_sn":"2612041ABCD2XY"}',
        [P('91234567')],
        ['238859', '2612041ABCD2XY'],
      ],
      ['da-DK', '{"tel":"20123456","postnr":"2100"}', [P('20123456')], ['2100']],
    ],
  ],
  [
    'URL query strings and links',
    [
      [
        'en-NZ',
        'https://shop.example.nz/track?email=mere.parata%40example.co.nz&order=NZ10293847',
        [E('mere.parata%40example.co.nz')],
        ['NZ10293847'],
      ],
      [
        'nb-NO',
        'https://example.no/callback?phone=%2B4741234567&lang=nb',
        [P('%2B4741234567')],
        ['lang=nb'],
      ],
      [
        'de-AT',
        'Link: https://example.at/r?tel=%2B43%20664%201234567&plz=1010',
        [P('%2B43%20664%201234567')],
        ['plz=1010'],
      ],
      [
        'da-DK',
        '<a href="https://wa.me/4520123456">Skriv på WhatsApp</a>',
        [P('4520123456')],
        ['Skriv på WhatsApp'],
      ],
      ['en-SG', 'mobile=%2B6591234567&postal=238859', [P('%2B6591234567')], ['238859']],
      ['en-IE', '?phone=0871234567&ref=IE-2026-004512', [P('0871234567')], ['IE-2026-004512']],
      [
        'en-NZ',
        'mailto:mere.parata@example.co.nz?subject=Order%20NZ10293847',
        [E('mere.parata@example.co.nz')],
        ['NZ10293847'],
      ],
    ],
  ],
  [
    'CSV lines',
    [
      [
        'en-SG',
        'order_id,name,email,phone,postcode\n2612041001,Tan Wei Ming,weiming.tan@example.sg,+6591234567,238859',
        [E('weiming.tan@example.sg'), P('+6591234567')],
        ['2612041001', '238859'],
      ],
      [
        'sk-SK',
        '"Novák, Ján";jan.novak@example.sk;0905123456;811 01;129,90',
        [E('jan.novak@example.sk'), P('0905123456')],
        ['811 01', '129,90'],
      ],
      ['nb-NO', 'navn;telefon;postnr\nKari Nordmann;41234567;0150', [P('41234567')], ['0150']],
      ['en-IE', 'Name,Phone\n"Murphy, Aoife",0871234567', [P('0871234567')], ['Murphy, Aoife']],
    ],
  ],
  [
    'Markdown tables',
    [
      [
        'nb-NO',
        '| Navn | Telefon | Ordre |\n|---|---|---|\n| Kari Nordmann | 412 34 567 | 12345678 |',
        [P('412 34 567')],
        ['12345678'],
      ],
      [
        'es-CO',
        '| Cliente | Celular | Total |\n| --- | --- | --- |\n| Ana Gómez | 300 123 4567 | $ 129.900 |',
        [P('300 123 4567')],
        ['$ 129.900'],
      ],
      [
        'es-CO',
        '| Pedido | Teléfono |\n|---|---|\n| 1234567 | 3001234567 |',
        [P('3001234567')],
        ['1234567'],
      ],
    ],
  ],
  [
    'Quoted replies',
    [
      [
        'en-IE',
        'Thanks, see below.\n\n> On 3 Dec 2026, at 14:05, Aoife wrote:\n> my number is 087 765 4321\n> order IE-2026-004512',
        [P('087 765 4321')],
        ['3 Dec 2026', '14:05', 'IE-2026-004512'],
      ],
      [
        'de-AT',
        '> > Handy 0664 765 4321\n> > Bestellung 4711-2026',
        [P('0664 765 4321')],
        ['4711-2026'],
      ],
      ['en-IE', '&gt; M: 087 123 4567', [P('087 123 4567')], ['&gt;']],
    ],
  ],
  [
    'Email signatures',
    [
      [
        'en-IE',
        'Kind regards,\nAoife Murphy\nM: +353 87 123 4567\nT: 01 234 5678\nE: aoife.murphy@example.ie',
        [P('+353 87 123 4567'), P('01 234 5678'), E('aoife.murphy@example.ie')],
        ['Kind regards'],
      ],
      [
        'de-AT',
        'Liebe Grüße\nMag. Anna Berger\nMob. 0664 123 4567\nTel. 01 5134567',
        [P('0664 123 4567'), P('01 5134567')],
        ['Liebe Grüße'],
      ],
      [
        'nl-BE',
        'Met vriendelijke groeten,\nJan Peeters\nGSM 0470 12 34 56\nTel. 02 512 34 56',
        [P('0470 12 34 56'), P('02 512 34 56')],
        [],
      ],
      ['de-AT', 'Handy 06641234567', [P('06641234567')], []],
      ['fi-FI', 'Ystävällisin terveisin\nMatti Virtanen\nGSM 0401234567', [P('0401234567')], []],
      ['nl-BE', 'GSM 0470123456', [P('0470123456')], []],
      ['en-NZ', 'Cheers,\nMere\nMob: 0211234567', [P('0211234567')], []],
    ],
  ],
  [
    'Mail headers',
    [
      [
        'nb-NO',
        'From: "Kari Nordmann" <kari.nordmann@example.no>\nReply-To: kari.n+ordre@example.no\nSubject: Ordre 12345678',
        [E('kari.nordmann@example.no'), E('kari.n+ordre@example.no')],
        ['Ordre 12345678'],
      ],
      [
        'fr-CA',
        'De : Julie Tremblay <julie.tremblay@example.ca>\nÀ : service@example.ca\nObjet : Commande 123456789',
        [E('julie.tremblay@example.ca'), E('service@example.ca')],
        ['Commande 123456789'],
      ],
      [
        'nl-BE',
        'Van: Jan Peeters <jan.peeters@telenet.be>\nOnderwerp: bestelling BE-2026-4471',
        [E('jan.peeters@telenet.be')],
        ['BE-2026-4471'],
      ],
      [
        'de-AT',
        'Von: "Berger, Anna" <anna.berger@chello.at>\nBetreff: Rechnung RE-2026-0815',
        [E('anna.berger@chello.at')],
        ['RE-2026-0815'],
      ],
    ],
  ],
  [
    'vCards',
    [
      [
        'en-NZ',
        'BEGIN:VCARD\nVERSION:3.0\nFN:Mere Parata\nTEL;TYPE=CELL:+64 21 123 4567\nEMAIL;TYPE=INTERNET:mere.parata@example.co.nz\nADR;TYPE=HOME:;;12 Queen St;Auckland;;1010;New Zealand\nEND:VCARD',
        [P('+64 21 123 4567'), E('mere.parata@example.co.nz')],
        ['VERSION:3.0', '1010'],
      ],
      [
        'da-DK',
        'BEGIN:VCARD\nVERSION:4.0\nFN:Lars Nielsen\nTEL;VALUE=uri;TYPE=cell:tel:+45-20-12-34-56\nEND:VCARD',
        [P('+45-20-12-34-56')],
        ['VERSION:4.0'],
      ],
      [
        'en-SG',
        'BEGIN:VCARD\nVERSION:3.0\nTEL;TYPE=CELL:91234567\nEND:VCARD',
        [P('91234567')],
        ['VERSION:3.0'],
      ],
      [
        'da-DK',
        'BEGIN:VCARD\nVERSION:3.0\nFN:Lars Nielsen\nTEL;TYPE=cell:20 12 34 56\nEND:VCARD',
        [P('20 12 34 56')],
        ['VERSION:3.0'],
      ],
    ],
  ],
  [
    'WhatsApp exports',
    [
      [
        'en-NZ',
        '[04/12/2026, 10:15:32] Jane: my number is 021 765 4321',
        [P('021 765 4321')],
        ['04/12/2026', '10:15:32'],
      ],
      [
        'es-AR',
        '04/12/26, 10:15 - Sofía: mi celu 11 2345-6789',
        [P('11 2345-6789')],
        ['04/12/26', '10:15'],
      ],
      [
        'da-DK',
        '[04.12.26, 10.15.32] Lars: ring på 20 12 34 56',
        [P('20 12 34 56')],
        ['04.12.26', '10.15.32'],
      ],
      [
        'en-IE',
        '[04/12/2026, 09:02:11] Aoife: ordered 2 x €49.99, ref 1204-5531',
        [],
        ['04/12/2026', '09:02:11', '€49.99', '1204-5531'],
      ],
      [
        'nb-NO',
        '[04.12.2026, 10:15:32] Kari Nordmann: ring meg på 41 23 45 67',
        [P('41 23 45 67')],
        ['04.12.2026', '10:15:32'],
      ],
      [
        'en-NZ',
        '4/12/26, 10:15 am - Mere: 021 765 4321 is my number',
        [P('021 765 4321')],
        ['4/12/26', '10:15 am'],
      ],
      [
        'zh-HK',
        '[4/12/2026 上午10:15:32] 陳大文: 我電話 9123 4567',
        [P('9123 4567')],
        ['4/12/2026', '10:15:32'],
      ],
    ],
  ],
  [
    'SMS and their sender ids',
    [
      [
        'fi-FI',
        'Posti: Lähetys JJFI12345678901234567 on noudettavissa. Noutokoodi 1234.',
        [],
        ['JJFI12345678901234567', '1234'],
      ],
      [
        'nb-NO',
        'Fra: +47 412 34 567\nMelding: Hei, dette er Kari, ring meg',
        [P('+47 412 34 567')],
        ['Kari'],
      ],
      [
        'de-AT',
        'SMS von 0664 765 4321: Paket 1Z999AA10123456784 zugestellt',
        [P('0664 765 4321')],
        ['1Z999AA10123456784'],
      ],
      [
        'en-IE',
        'AN POST: Your parcel CE123456789IE is out for delivery. Verification code 482913.',
        [],
        ['CE123456789IE', '482913'],
      ],
      ['en-SG', 'SMS from 72345: Your OTP is 482913. Do not share.', [], ['72345', '482913']],
      [
        'sk-SK',
        'From: +421905123456\nText: Balík 1234567890 je pripravený',
        [P('+421905123456')],
        ['1234567890'],
      ],
    ],
  ],
];

describeAudit(AUDIT);

describe('the rows the fixes are for', () => {
  // Each stayed before the fixes (see above); a subset of AUDIT, named here to say why.
  it.each([
    ['da-DK', 'Mit mobilnummer er 20 12 34 56', '20 12 34 56'],
    ['da-DK', 'tlf. 33 12 34 56', '33 12 34 56'],
    ['da-DK', 'tlf. 33123456', '33123456'],
    ['nb-NO', 'Sentralbord 22 12 34 56, åpent 08.00–16.00', '22 12 34 56'],
    ['nb-NO', 'tlf: 41234567, ordre 12345678', '41234567'],
    ['es-AR', 'mi celu 1123456789, compra #2000004567891234', '1123456789'],
    ['es-CL', 'mi fono 987654321, boleta 1234567', '987654321'],
    ['en-SG', 'handphone 91234567, Blk 123 #04-56', '91234567'],
    ['hr-HR', 'broj mobitela 912345678', '912345678'],
  ])('%s %j: %s goes', (locale, text, phone) => {
    expect(redact(text, { locale }).text).toBe(text.replace(phone, '[PHONE]'));
  });

  // Found reading round the audit's gap: a list of Danish numbers in pairs, " / " between them.
  it.each([
    ['da-DK', 'ring 20 12 34 56 / 31 23 45 67', 'ring [PHONE] / [PHONE]'],
    ['da-DK', 'tlf. 20 12 34 56 / 31 23 45 67 / 40 12 34 56', 'tlf. [PHONE] / [PHONE] / [PHONE]'],
  ])('%s %j is %j', (locale, text, out) => {
    expect(redact(text, { locale }).text).toBe(out);
  });

  it.each([
    // A reference's number in pairs, or grouped as Denmark's numbers are not, stays.
    ['da-DK', 'Ordrenr. 20 12 34 56 er afsendt'],
    ['da-DK', 'Ordrenr. 2012 3456'],
    ['nb-NO', 'Ordrenummer 22 12 34 56'],
    ['da-DK', 'Pakkenummer 70 12 34 56'],
    ['da-DK', 'CVR-nr. 25 31 37 63'],
    ['nb-NO', 'KID 12 34 56 78'],
    // Pairs are read in Denmark and Norway, and elsewhere only after a phone label.
    ['de-DE', 'Maße 20 12 34 56'],
    ['en-US', '20 12 34 56'],
    // "fono" and "celu" start a word: "micrófono" (a microphone) labels no phone.
    ['es-ES', 'micrófono 612345678'],
  ])('%s %j stays', (locale, text) => {
    expect(redact(text, { locale }).text).toBe(text);
  });
});

/**
 * Left open by the audit, closed since: national ids no recognizer read (T38b,
 * recognizers/nationalIds3.ts). Finland's henkilötunnus (DVV's own example: 131052308 mod 31 = 25,
 * "T"), Singapore's NRIC (weights 2-7-6-5-4-3-2, mod 11, "D" for S), Denmark's CPR after its
 * label (no check digit since 2007: its date and label only).
 */
describe('left open, closed since', () => {
  it.each([
    ['fi-FI', 'Henkilötunnus 131052-308T', '131052-308T', 'fi-hetu'],
    ['en-SG', 'NRIC S1234567D', 'S1234567D', 'sg-nric'],
    ['da-DK', 'CPR-nr. 010190-1234', '010190-1234', 'dk-cpr'],
  ])('%s %j: %s goes', (locale, text, value, type) => {
    const result = redact(text, { locale });
    expect(result.text).not.toContain(value);
    expect(result.findings.map((f) => f.type)).toEqual([type]);
  });
});

/** Each value as libphonenumber reads it: entities, percent-encoding and "(0)" undone. */
const plain = (s: string): string =>
  decodeURIComponent(s.replace(/&nbsp;/g, ' ').replace(/\(0\)/, ''));

const ROWS = AUDIT.flatMap(([, cases]) => cases);

describe('the audit itself', () => {
  it.each(ROWS.flatMap(([locale, , go]) => go.map(([type, value]) => [locale, type, value])))(
    '%s %s %s is valid',
    (locale, type, value) => {
      const country = locale.split('-')[1] as Parameters<typeof isValidPhoneNumber>[1];
      if (type === 'phone') expect(isValidPhoneNumber(plain(value), country)).toBe(true);
      if (type === 'iban') expect(isValidIBAN(value.replace(/ /g, ''))).toBe(true);
    },
  );

  it('holds recall and precision of 0.95 at least', () => {
    let goes = 0;
    let gone = 0;
    let findings = 0;
    let wrong = 0;
    for (const [locale, text, go] of ROWS) {
      const result = redact(text, { locale });
      const spans = go.map(([, value]) => [
        text.indexOf(value),
        text.indexOf(value) + value.length,
      ]);
      goes += go.length;
      gone += go.filter(([type, value], k) =>
        result.findings.some(
          (f) =>
            f.type === type &&
            f.start <= (spans[k]?.[0] ?? -1) &&
            (spans[k]?.[1] ?? 0) <= f.end &&
            !result.text.includes(value),
        ),
      ).length;
      findings += result.findings.length;
      // A value written twice ("mailto:x" and its link's text "x") is a value at each place.
      const places = go.flatMap(([, value]) =>
        [...text.matchAll(new RegExp(value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map(
          (m) => [m.index, m.index + value.length],
        ),
      );
      wrong += result.findings.filter(
        (f) => !places.some(([s = 0, e = 0]) => s < f.end && f.start < e),
      ).length;
    }
    const recall = gone / goes;
    const precision = (findings - wrong) / findings;
    console.info(
      `thirteenth audit: ${ROWS.length} rows, recall ${recall.toFixed(3)} (${gone}/${goes}), precision ${precision.toFixed(3)} (${findings - wrong}/${findings})`,
    );
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(precision).toBeGreaterThanOrEqual(0.95);
  });
});
