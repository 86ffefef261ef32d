// The tenth audit (2026-12-03, T34e, issue #14): the non-phone recognizers on text the corpus
// generator never writes, by hand, in 14 locales: emails with IDN domains, plus tags, quoted local
// parts, "mailto:", angle brackets, markdown links and written to pass a filter; cards in fours
// with no-break, thin and figure spaces, dots, in URLs and JSON; IBANs in lower case, glued to
// "IBAN:", split over a line break; IPv6 compressed, with a zone, IPv4-mapped; IPv4 with a port;
// national ids in context; and the look-alikes that must stay (orders, invoices, tracking numbers,
// SKUs, barcodes, ISBNs, versions, amounts, dates, times, postal codes). Every value is synthetic:
// cards pass Luhn, IBANs ibantools, ids their own checks.
//
// Decisions this file holds. An address written to pass a filter or as it is spoken ("jane dot
// roe at example dot com") goes as an address: it reaches the same person, and the recognizer
// reads it only in the forms it knows (a bracketed or spoken "at" and "dot" in the desk's
// languages), each checked as a domain. An EAN-13 or a Japanese order number (3-7-7) that passes
// Luhn goes as a card: issue #14's rule is that no Luhn-valid run of 13-19 digits is left
// (docs/privacy.md, the card row), and a barcode's own check (weights 1 and 3) says nothing of
// Luhn's; one in ten of them passes both and goes, the rest stay.
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { withLuhn } from './corpus/checks.js';

type Row = [locale: string, text: string, expected: string];

const same = (rows: [locale: string, text: string][]): Row[] =>
  rows.map(([locale, text]) => [locale, text, text]);

function check(locale: string, text: string, expected: string): void {
  expect(redact(text, { locale }).text).toBe(expected);
}

describe('emails, and what only looks like one', () => {
  it.each<Row>([
    [
      'de-DE',
      'Meine Adresse: jürgen.müller@bücher-ecke.de, danke',
      'Meine Adresse: [EMAIL], danke',
    ],
    ['ja-JP', '連絡先は taro.yamada+support@example.co.jp です', '連絡先は [EMAIL] です'],
    ['ja-JP', 'メールはtaro@example.jpまでお願いします', 'メールは[EMAIL]までお願いします'],
    ['en-US', '"john doe"@example.com is my work one', '[EMAIL] is my work one'],
    ['en-US', 'reply to mailto:jane.roe@example.org please', 'reply to mailto:[EMAIL] please'],
    ['en-GB', 'From: Jane Roe <jane.roe@example.co.uk>', 'From: Jane Roe <[EMAIL]>'],
    ['en-US', '[email me](mailto:jane.roe@example.com)', '[email me](mailto:[EMAIL])'],
    ['en-US', '[jane.roe@example.com](mailto:jane.roe@example.com)', '[[EMAIL]](mailto:[EMAIL])'],
    ['fa-IR', 'ایمیل من: ali.rezaei@example.ir است', 'ایمیل من: [EMAIL] است'],
    ['ar-SA', 'بريدي الإلكتروني: ahmed.salem@example.sa شكرا', 'بريدي الإلكتروني: [EMAIL] شكرا'],
    ['hi-IN', 'मेरा ईमेल rahul@उदाहरण.भारत है', 'मेरा ईमेल [EMAIL] है'],
    ['ar-SA', 'البريد: salem@مثال.السعودية', 'البريد: [EMAIL]'],
    [
      'pl-PL',
      'Proszę pisać na adres: anna.nowak@poczta.onet.pl.',
      'Proszę pisać na adres: [EMAIL].',
    ],
    [
      'pt-BR',
      'meu e-mail é joao_silva.123@empresa.com.br, obrigado',
      'meu e-mail é [EMAIL], obrigado',
    ],
    ['nl-NL', 'Mail naar j.de.vries+bestelling@ziggo.nl aub', 'Mail naar [EMAIL] aub'],
    ['es-ES', 'Escríbeme a maría.garcía@correo.es', 'Escríbeme a [EMAIL]'],
    ['tr-TR', 'e-posta adresim: ayşe.yılmaz@şirket.com.tr', 'e-posta adresim: [EMAIL]'],
    ['tr-TR', "ayse@example.com.tr'ye yazın", "[EMAIL]'ye yazın"],
    ['en-IN', 'email: priya.sharma@example.in (personal)', 'email: [EMAIL] (personal)'],
    ['de-DE', 'Schreiben Sie an <max.mustermann@web.de>.', 'Schreiben Sie an <[EMAIL]>.'],
    ['en-US', 'CC: "Roe, Jane" <jane.roe@example.com>', 'CC: "Roe, Jane" <[EMAIL]>'],
    ['en-US', 'jane dot roe at example dot com', '[EMAIL]'],
    ['en-US', 'jane.roe [at] example [dot] com', '[EMAIL]'],
    ['es-ES', 'mi correo es maria arroba correo punto es', 'mi correo es [EMAIL]'],
    ['pl-PL', 'pisz na anna małpa onet kropka pl', 'pisz na [EMAIL]'],
    // Fixed here: a local part's dot said in the language of its "@" and domain dots went as
    // "joao ponto [EMAIL]", the first name left.
    ['pt-BR', 'joao ponto silva arroba gmail ponto com', '[EMAIL]'],
    ['es-ES', 'maria punto garcia arroba gmail punto com', '[EMAIL]'],
    ['pl-PL', 'jan kropka kowalski małpa onet kropka pl', '[EMAIL]'],
    ['fr-FR', 'jean point dupont arobase orange point fr', '[EMAIL]'],
    // Fixed here: India's "at the rate (of)" for "@", and the Dutch apenstaartje, stayed whole.
    ['en-IN', 'mail me at rahul at the rate gmail dot com', 'mail me at [EMAIL]'],
    ['en-IN', 'Email: priya_k at the rate gmail.com', 'Email: [EMAIL]'],
    ['en-IN', 'priya at the rate of yahoo dot co dot in', '[EMAIL]'],
    ['en-IN', 'interest at the rate of 8.5 percent', 'interest at the rate of 8.5 percent'],
    ['en-IN', 'billed at the rate of Rs.500 per month', 'billed at the rate of Rs.500 per month'],
    ['en-IN', 'sold it at the rate of amazon dot com', 'sold it at the rate of amazon dot com'],
    ['nl-NL', 'mail naar jan apenstaartje ziggo.nl', 'mail naar [EMAIL]'],
    ['nl-NL', 'j.devries apestaartje kpnmail.nl', '[EMAIL]'],
    [
      'nl-NL',
      'het apenstaartje staat op de toets met de 2',
      'het apenstaartje staat op de toets met de 2',
    ],
    ['en-US', 'follow @jane_roe on Twitter', 'follow @jane_roe on Twitter'],
    ['en-US', 'ping me @ 5pm tomorrow', 'ping me @ 5pm tomorrow'],
    ['en-US', 'it runs as admin@localhost only', 'it runs as admin@localhost only'],
    // Fixed here: an image's scale modifier (Apple's "@2x") went as two addresses.
    ['en-US', 'upload icon@2x.png and logo@3x.png', 'upload icon@2x.png and logo@3x.png'],
    ['en-US', 'npm i @types/node@20.11.5', 'npm i @types/node@20.11.5'],
    ['en-US', '3 @ $4.99 each', '3 @ $4.99 each'],
    ['de-DE', 'Wir sind @ home, bis 18 Uhr', 'Wir sind @ home, bis 18 Uhr'],
    ['de-DE', 'E-Mail: max.mustermann@gmx.de;anna.schmidt@gmx.de', 'E-Mail: [EMAIL];[EMAIL]'],
    ['de-DE', 'an j.smith@mail-server.uni-heidelberg.de (Büro)', 'an [EMAIL] (Büro)'],
    [
      'en-US',
      'https://example.com/unsubscribe?email=jane.roe%40example.com',
      'https://example.com/unsubscribe?email=[EMAIL]',
    ],
    ['en-US', 'JANE.ROE@EXAMPLE.COM.', '[EMAIL].'],
    ['en-US', 'write to "jane@home"@example.com', 'write to [EMAIL]'],
    ['en-US', 'jane+newsletter+2026@gmail.com unsubscribed', '[EMAIL] unsubscribed'],
    ['ja-JP', 'メール：taro＠example.jp', 'メール：[EMAIL]'],
    ['ar-SA', 'راسلني على ahmed@example.sa، شكرا', 'راسلني على [EMAIL]، شكرا'],
    ['ja-JP', 'taro.yamada@example.co.jp。よろしく', '[EMAIL]。よろしく'],
    ['en-US', 'jane(at)example(dot)com', '[EMAIL]'],
    ['en-GB', 'jane [at] example [dot] co [dot] uk', '[EMAIL]'],
    ['de-DE', 'max.mustermann (at) web.de', '[EMAIL]'],
    ['en-US', '"jane@work" <jane.roe@example.com>', '"jane@work" <[EMAIL]>'],
    ['de-DE', 'info@xn--mller-kva.de', '[EMAIL]'],
    ['fa-IR', 'ایمیل: علی@مثال.ایران', 'ایمیل: [EMAIL]'],
    ['fa-IR', '\u200fali@example.ir', '\u200f[EMAIL]'],
    ['hi-IN', 'ईमेल rahul@example.in।', 'ईमेल [EMAIL]।'],
    ['en-US', 'mailto:jane.roe@example.com?subject=Refund', 'mailto:[EMAIL]?subject=Refund'],
    ['en-US', '> jane@example.com wrote:', '> [EMAIL] wrote:'],
    ['en-US', 'follow @jane.roe on Instagram', 'follow @jane.roe on Instagram'],
    ['en-US', '@Component decorator', '@Component decorator'],
    ['en-US', 'Slack <@U024BE7LH> said', 'Slack <@U024BE7LH> said'],
    [
      'en-US',
      'image nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31',
      'image nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31',
    ],
    ['en-US', 'pin lodash@4.17.21', 'pin lodash@4.17.21'],
  ])('%s %j', check);
});

describe('cards', () => {
  it.each<Row>([
    ['en-US', 'card 4111\u00a01111\u00a01111\u00a01111 please', 'card [CARD] please'],
    ['fr-FR', 'carte 4111\u202f1111\u202f1111\u202f1111', 'carte [CARD]'],
    ['en-GB', 'card 5425\u20092334\u20093010\u20099903', 'card [CARD]'],
    ['de-DE', 'Karte 4111.1111.1111.1111', 'Karte [CARD]'],
    ['es-ES', 'tarjeta 5500-0000-0000-0004', 'tarjeta [CARD]'],
    ['en-US', 'Amex 3782 822463 10005', 'Amex [CARD]'],
    [
      'en-US',
      'https://pay.example.com/checkout?card=4111111111111111&exp=1227',
      'https://pay.example.com/checkout?card=[CARD]&exp=1227',
    ],
    [
      'en-US',
      'https://pay.example.com/c/4539123456789017/confirm',
      'https://pay.example.com/c/[CARD]/confirm',
    ],
    ['ja-JP', 'カード番号４１１１ １１１１ １１１１ １１１１です', 'カード番号[CARD]です'],
    ['fa-IR', 'شماره کارت ۴۱۱۱ ۱۱۱۱ ۱۱۱۱ ۱۱۱۱ است', 'شماره کارت [CARD] است'],
    ['ar-SA', 'رقم البطاقة ٤١١١ ١١١١ ١١١١ ١١١١', 'رقم البطاقة [CARD]'],
    ['hi-IN', 'कार्ड ४१११ ११११ ११११ ११११', 'कार्ड [CARD]'],
    ['pl-PL', 'nr karty: 5425 2334 3010 9903', 'nr karty: [CARD]'],
    ['pt-BR', 'cartão 5425-2334-3010-9903 venc. 10/28', 'cartão [CARD] venc. 10/28'],
    ['nl-NL', 'kaart 4111 1111\n1111 1111', 'kaart [CARD]'],
    ['tr-TR', 'kart numaram 4539 1234 5678 9017dir', 'kart numaram [CARD]dir'],
    ['en-IN', 'Card no. 6011 1111 1111 1117, expiry 09/29', 'Card no. [CARD], expiry 09/29'],
    // An EAN-13 whose own check holds and that passes Luhn too goes: issue #14 leaves no Luhn-valid run of 13-19 digits (below).
    ['de-DE', 'EAN 5901234123457', 'EAN [CARD]'],
    ['en-US', '{"pan":"4111111111111111","exp":"12/27"}', '{"pan":"[CARD]","exp":"12/27"}'],
    ['en-US', 'card#4111111111111111', 'card#[CARD]'],
    ['en-US', 'card 4111 1111 1111 1111 (ending in 1111)', 'card [CARD] (ending in 1111)'],
    ['en-US', 'Maestro 6304 0000 0000 0000 018', 'Maestro [CARD]'],
    ['fa-IR', 'کارت بانکی ۶۰۳۷-۹۹۱۱-۲۳۴۵-۶۷۸۶', 'کارت بانکی [CARD]'],
    ['en-US', 'card 4111 1111 1111\n1111', 'card [CARD]'],
    ['en-US', 'card 4111 1111 1111 1111 exp 12/27', 'card [CARD] exp 12/27'],
    ['ja-JP', '４１１１\u3000１１１１\u3000１１１１\u3000１１１１', '[CARD]'],
    // Fixed here: groups set apart by two spaces or a tab were four runs, and the card stayed.
    ['en-US', '4111  1111  1111  1111', '[CARD]'],
    ['en-US', 'card ending in 4111 1111 1111 1111', 'card ending in [CARD]'],
    ['en-US', 'card 4111\u20071111\u20071111\u20071111', 'card [CARD]'],
    ['ar-SA', 'البطاقة ٥٤٢٥-٢٣٣٤-٣٠١٠-٩٩٠٣، شكرا', 'البطاقة [CARD]، شكرا'],
    ['de-DE', 'EAN 5 901234 123457', 'EAN [CARD]'],
    ['en-US', 'Order #4111111111111111', 'Order #[CARD]'],
    // Fixed here: groups set apart by two spaces or a tab were four runs, and the card stayed.
    ['en-US', 'card\t4111\t1111\t1111\t1111', 'card\t[CARD]'],
    // A Japanese order number (3-7-7) that passes Luhn, as one in ten does (see the top).
    ['ja-JP', '注文番号 250-1234567-8901234', '注文番号 [CARD]'],
  ])('%s %j', check);
});

describe('IBANs', () => {
  it.each<Row>([
    ['de-DE', 'iban de89 3704 0044 0532 0130 00', 'iban [IBAN]'],
    ['de-DE', 'IBAN:DE89370400440532013000', 'IBAN:[IBAN]'],
    ['nl-NL', 'IBAN: NL91 ABNA\n0417 1643 00', 'IBAN: [IBAN]'],
    ['nl-NL', 'rekeningnummer NL91ABNA0417164300.', 'rekeningnummer [IBAN].'],
    ['pl-PL', 'nr konta 61 1090 1014 0000 0712 1981 2874', 'nr konta [IBAN]'],
    ['pl-PL', 'IBAN PL61109010140000071219812874', 'IBAN [IBAN]'],
    ['pt-BR', 'IBAN BR18 0036 0305 0000 1000 9795 493C 1', 'IBAN [IBAN]'],
    ['tr-TR', 'IBAN: TR33 0006 1005 1978 6457 8413 26', 'IBAN: [IBAN]'],
    ['ar-SA', 'الآيبان SA03 8000 0000 6080 1016 7519', 'الآيبان [IBAN]'],
    ['fa-IR', 'شماره شبا: IR062960000000100324200001', 'شماره شبا: [IBAN]'],
    ['es-ES', 'cuenta ES91 2100 0418 4502 0005 1332', 'cuenta [IBAN]'],
    ['fr-FR', 'IBAN : FR14 2004 1010 0505 0001 3M02 606', 'IBAN : [IBAN]'],
    ['de-DE', 'DE89-3704-0044-0532-0130-00', '[IBAN]'],
    ['de-DE', 'IBAN DE89\u00a03704\u00a00044\u00a00532\u00a00130\u00a000', 'IBAN [IBAN]'],
    ['en-GB', 'gb82 west 1234 5698 7654 32', '[IBAN]'],
    ['de-DE', 'Konto AT61 1904 3002 3457 3201, danke', 'Konto [IBAN], danke'],
    ['de-DE', 'iban:de89370400440532013000', 'iban:[IBAN]'],
    ['de-DE', 'DE89 3704 0044 05\n32 0130 00', '[IBAN]'],
    ['de-DE', 'DE89 3704 0044 0532 0130 00 BIC COBADEFFXXX', '[IBAN] BIC COBADEFFXXX'],
    ['de-DE', '> IBAN DE89 3704 0044\n> 0532 0130 00', '> IBAN [IBAN]'],
    ['de-DE', 'DE89 3704 0044\r\n0532 0130 00', '[IBAN]'],
    ['fa-IR', 'شبا: IR۰۶۲۹۶۰۰۰۰۰۰۰۱۰۰۳۲۴۲۰۰۰۰۱', 'شبا: [IBAN]'],
    ['ar-SA', 'الآيبان:SA0380000000608010167519', 'الآيبان:[IBAN]'],
    ['de-DE', 'DE 89 370 400 440 532 013 000', '[IBAN]'],
    ['de-DE', 'DE8937040044053\n2013000', '[IBAN]'],
  ])('%s %j', check);
});

describe('IP addresses', () => {
  it.each<Row>([
    ['en-US', 'my IP is 2001:db8::1', 'my IP is [IP]'],
    ['en-US', 'link-local fe80::1ff:fe23:4567:890a%eth0 here', 'link-local [IP] here'],
    ['en-US', 'mapped ::ffff:192.0.2.128 seen', 'mapped [IP] seen'],
    ['en-US', 'connect to [2001:db8::1]:8080', 'connect to [[IP]]:8080'],
    ['en-US', 'host 192.0.2.44:8443 refused', 'host [IP]:8443 refused'],
    ['en-US', 'http://192.168.1.1/admin', 'http://[IP]/admin'],
    ['en-US', 'http://[fe80::1%25en0]:8080/', 'http://[[IP]]:8080/'],
    ['ja-JP', 'サーバーのIPは192.168.0.10です', 'サーバーのIPは[IP]です'],
    ['tr-TR', "IP adresim 85.105.12.34'tür", "IP adresim [IP]'tür"],
    ['de-DE', 'IP-Adresse: 203.0.113.7', 'IP-Adresse: [IP]'],
    ['pt-BR', 'meu IP 2804:14c:5b:8a::1f', 'meu IP [IP]'],
    ['fa-IR', 'آی‌پی من 5.160.12.34 است', 'آی‌پی من [IP] است'],
    ['en-US', 'blocked 10.0.0.0/8 and 2001:db8::/32', 'blocked [IP]/8 and [IP]/32'],
    ['en-US', '2001:0db8:0000:0000:0000:ff00:0042:8329', '[IP]'],
    ['en-US', 'gateway FE80::1 down', 'gateway [IP] down'],
    ['en-US', 'http://[::ffff:192.0.2.1]:80/', 'http://[[IP]]:80/'],
    ['en-US', 'X-Forwarded-For: 203.0.113.7, 198.51.100.23', 'X-Forwarded-For: [IP], [IP]'],
    ['ja-JP', 'fe80::1%en0です', '[IP]です'],
    // Fixed here: a zero-padded quad, as router pages print one, stayed whole.
    ['en-US', 'router 192.168.001.001', 'router [IP]'],
    ['tr-TR', "85.105.12.34:443'e bağlanamıyorum", "[IP]:443'e bağlanamıyorum"],
    ['en-US', 'my IP is 2001:db8:85a3::8a2e:370:7334.', 'my IP is [IP].'],
    ['fa-IR', 'آی‌پی ۱۹۲.۱۶۸.۱.۱۰', 'آی‌پی [IP]'],
    ['en-US', 'range 192.168.1.1-192.168.1.254', 'range [IP]-[IP]'],
    [
      'en-US',
      'Failed password for root from 203.0.113.7 port 22 ssh2',
      'Failed password for root from [IP] port 22 ssh2',
    ],
    ['en-US', 'see https://example.com/ip/10.0.0.1 now', 'see https://example.com/ip/[IP] now'],
    ['en-US', 'from 10.0.0.5/24', 'from [IP]/24'],
    ['de-DE', '192.168.000.010', '[IP]'],
    // A word that names an address before a "/" is no User-Agent's product (see below).
    ['en-US', 'IP/203.0.113.7 and IPv4/198.51.100.23', 'IP/[IP] and IPv4/[IP]'],
  ])('%s %j', check);
});

describe('national ids in context', () => {
  it.each<Row>([
    ['pl-PL', 'PESEL: 44051401359', 'PESEL: [PESEL]'],
    ['pl-PL', 'mój pesel to 92031501232', 'mój pesel to [PESEL]'],
    ['pt-BR', 'CPF 123.456.789-09', 'CPF [CPF]'],
    ['pt-BR', 'meu cpf é 52998224725', 'meu cpf é [CPF]'],
    ['pt-BR', 'segue o documento: 390.533.447-05', 'segue o documento: [CPF]'],
    ['nl-NL', 'BSN: 111222333', 'BSN: [BSN]'],
    ['nl-NL', 'mijn burgerservicenummer is 123456782', 'mijn burgerservicenummer is [BSN]'],
    ['en-IN', 'Aadhaar: 2341 2341 2346', 'Aadhaar: [AADHAAR]'],
    ['hi-IN', 'आधार संख्या 4987 6543 2102', 'आधार संख्या [AADHAAR]'],
    ['en-US', 'SSN 536-22-8714', 'SSN [SSN]'],
    ['en-US', 'my social security number is 536 22 8714', 'my social security number is [SSN]'],
    ['en-GB', 'NI number: AB 12 34 56 C', 'NI number: [NINO]'],
    ['en-GB', 'NINO JG103759A', 'NINO [NINO]'],
    ['es-ES', 'DNI 12345678Z', 'DNI [DNI]'],
    ['es-ES', 'mi DNI es 48291736-Q', 'mi DNI es [DNI]'],
    ['es-ES', 'NIE X1234567L', 'NIE [NIE]'],
    ['fa-IR', 'کد ملی: 0079461816', 'کد ملی: [IR_NATIONAL_CODE]'],
    ['fa-IR', 'کد ملی من ۰۰۷۹۴۶۱۸۱۶ است', 'کد ملی من [IR_NATIONAL_CODE] است'],
    ['tr-TR', 'T.C. kimlik no: 10000000146', 'T.C. kimlik no: [TR_TCKN]'],
    ['pl-PL', 'PESEL 440514 01359', 'PESEL [PESEL]'],
    ['pt-BR', 'pedido 123.456.789-09', 'pedido [CPF]'],
    ['pt-BR', '52998224725', '[CPF]'],
    ['nl-NL', 'BSN: 111.222.333', 'BSN: [BSN]'],
    ['hi-IN', 'आधार नंबर: 2341-2341-2346', 'आधार नंबर: [AADHAAR]'],
    ['en-IN', 'my aadhar is 234123412346', 'my aadhar is [AADHAAR]'],
    ['en-US', 'SSN: 536228714', 'SSN: [SSN]'],
    ['en-GB', 'my ni number is ab123456c', 'my ni number is [NINO]'],
    ['es-ES', 'dni 12345678z', 'dni [DNI]'],
    ['es-ES', 'mi NIE es Y7654321G', 'mi NIE es [NIE]'],
    ['fa-IR', 'کد ملی ۰۰۷-۹۴۶۱۸۱-۶', 'کد ملی [IR_NATIONAL_CODE]'],
    ['pl-PL', 'numer 44051401359', 'numer [PESEL]'],
    ['en-US', 'CPF 529.982.247-25', 'CPF [CPF]'],
    ['en-US', 'doc 529.982.247-25', 'doc [CPF]'],
    ['pt-BR', 'CPF: 529982247-25', 'CPF: [CPF]'],
    ['pt-BR', 'CPF 529 982 247-25', 'CPF [CPF]'],
    ['en-US', 'SSN#536-22-8714', 'SSN#[SSN]'],
    ['hi-IN', 'आधार २३४१ २३४१ २३४६', 'आधार [AADHAAR]'],
    ['en-GB', 'NI no AB 123456 C', 'NI no [NINO]'],
    ['es-ES', 'DNI 12.345.678-Z', 'DNI [DNI]'],
    ['es-ES', 'NIE X-1234567-L', 'NIE [NIE]'],
    ['tr-TR', 'kimlik numaram 10000000146', 'kimlik numaram [TR_TCKN]'],
    ['fa-IR', 'کدملی:0079461816', 'کدملی:[IR_NATIONAL_CODE]'],
  ])('%s %j', check);
});

describe('look-alikes stay', () => {
  it.each<Row>(
    same([
      ['en-US', 'I bought it at amazon dot com'],
      ['en-US', 'the card ending in 1111 was declined'],
      ['en-US', 'charged to Visa •••• 4242'],
      ['en-US', 'card **** **** **** 4242'],
      ['en-US', 'card XXXX-XXXX-XXXX-1111 expired'],
      ['en-GB', 'last four digits 4242, expiry 12/27'],
      ['en-US', 'UPS tracking 1Z999AA10123456784'],
      ['de-DE', 'DHL Sendungsnummer 00340434161094042557'],
      ['pl-PL', 'Numer przesyłki InPost: 620998712345678901234567'],
      ['en-US', 'USPS 9400 1000 0000 0000 0000 00'],
      ['en-US', 'Amazon order 302-1234567-1234567'],
      ['de-DE', 'Artikel SKU: AB-4411-1111-XL'],
      ['de-DE', 'EAN 4006381333931'],
      ['ja-JP', 'JANコード 4902102072618'],
      ['en-US', 'UPC 012345678905'],
      ['en-US', 'ISBN 978-0-306-40615-7'],
      ['pl-PL', 'ISBN 9788375080863'],
      ['de-DE', 'ISBN 9783161484100'],
      ['en-US', 'version 1.2.3.4 fixed it'],
      ['en-US', 'updated to v2.10.3.1 yesterday'],
      ['de-DE', 'Firmware-Version 2.1.0.15'],
      ['en-US', 'Windows build 10.0.22631.2861'],
      ['en-US', 'Chrome 120.0.6099.109'],
      ['en-US', 'MAC 00:1A:2B:3C:4D:5E'],
      ['en-US', 'meeting 10:30:15 to 11:00'],
      ['pl-PL', 'Numer zamówienia 44051401359'],
      ['nl-NL', 'Bestelnummer 111222333'],
      ['en-IN', 'Order ID: 403-9864312-7751518'],
      ['pt-BR', 'Pedido nº 12345678909'],
      ['es-ES', 'Factura 2026-000123'],
      ['tr-TR', 'Sipariş no: 10000000146'],
      ['en-IN', 'Aadhaar XXXX XXXX 2346'],
      ['tr-TR', 'Vergi no: 1234567890'],
      ['en-IN', 'GSTIN 27AAPFU0939F1ZV'],
      ['pt-BR', 'CNPJ 11.222.333/0001-81'],
      ['pl-PL', 'NIP 526-104-08-28'],
      ['pl-PL', 'Faktura FV/2026/12/0345'],
      ['en-US', 'invoice INV-2026-004512'],
      ['de-DE', 'Sendung JJD000390007001234567'],
      ['en-GB', 'Royal Mail LX123456785GB'],
      ['en-US', 'UPS 1Z 999 AA1 01 2345 678 4'],
      ['en-US', 'booking ref X7K2LQ'],
      ['nl-NL', 'KvK 12345678'],
      ['en-US', 'OID 1.3.6.1.4.1.311'],
      ['de-DE', 'Version 1.2.3.4'],
      ['pl-PL', 'wersja 1.2.3.4'],
      ['pt-BR', 'versão 1.2.3.4'],
      ['es-ES', 'versión 1.2.3.4'],
      ['fa-IR', 'نسخه 1.2.3.4'],
      ['ja-JP', 'バージョン1.2.3.4'],
      ['hi-IN', 'संस्करण 1.2.3.4'],
      ['nl-NL', 'versie 1.2.3.4'],
      ['en-US', 'ver. 1.2.3.4'],
      ['en-US', 'item 4111-1111'],
      ['en-US', 'qty 4111 1111 ordered'],
      ['ar-SA', 'رقم الطلب ١٢٣٤٥٦٧٨٩٠١٢'],
      ['en-US', 'Luhn-invalid 4111 1111 1111 1112'],
      ['en-US', 'localhost ::1 only'],
      // Fixed here: a User-Agent's "Chrome/120.0.0.0" went as "Chrome/[IP]".
      [
        'en-US',
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
      ],
      ['en-US', 'Safari Version/17.1.2.3 Mobile'],
      ['pt-BR', 'Rastreamento: AA123456789BR'],
      ['pt-BR', 'chave NF-e 35190612345678000123550010000123451234567890'],
      ['pt-BR', 'boleto 23793.38128 60000.000003 00000.000400 1 84340000010000'],
      ['pt-BR', 'chave pix 123e4567-e89b-12d3-a456-426614174000'],
      ['en-US', 'total IDR 1,234,567,890,123'],
      ['de-DE', 'Gesamt 4.111.111.111.111.111 Punkte'],
      ['en-US', 'okhttp/4.12.0 Dalvik/2.1.0 (Linux; U; Android 14)'],
      ['en-US', 'Edg/120.0.0.0'],
      ['en-US', 'Umsatz 100.000.000.000'],
      ['en-US', '01.02.03.04'],
      ['en-US', '2021  2022  2023  2024'],
      ['en-US', 'qty  4111  1111'],
    ]),
  )('%s %j', check);
});

describe('amounts, dates, times and postal codes stay', () => {
  it.each<Row>(
    same([
      ['de-DE', 'Betrag: 1.234.567,89 €'],
      ['en-IN', 'Total ₹12,34,567.00'],
      ['pt-BR', 'Valor R$ 1.234,56'],
      ['en-US', 'refund of $1,234,567.89'],
      ['pl-PL', 'kwota 1 234 567,89 zł'],
      ['de-DE', "CHF 1'234.50"],
      ['ja-JP', '合計 ¥123,456'],
      ['fa-IR', 'مبلغ ۱٬۲۳۴٬۵۶۷ تومان'],
      ['ar-SA', 'المبلغ ١٬٢٣٤٫٥٠ ريال'],
      ['hi-IN', 'कुल ₹१२,३४,५६७'],
      ['nl-NL', 'bedrag € 1.234,56'],
      ['es-ES', 'importe 1.234.567,89 EUR'],
      ['tr-TR', 'tutar 1.234.567,89 TL'],
      ['de-DE', 'Datum 03.12.2026, 14:30:15 Uhr'],
      ['en-US', 'on 12/03/2026 at 09:05'],
      ['ja-JP', '2026年12月3日 14時30分'],
      ['fa-IR', 'تاریخ ۱۴۰۵/۰۹/۱۲'],
      ['en-US', 'timestamp 2026-12-03T14:30:15.123Z'],
      ['pl-PL', '00-950 Warszawa, ul. Długa 12/14'],
      ['nl-NL', 'Damrak 1, 1012 AB Amsterdam'],
      ['pt-BR', 'CEP 01310-100 São Paulo'],
      ['en-IN', 'PIN code 110001, New Delhi'],
      ['ja-JP', '〒100-0001 東京都千代田区'],
      ['en-GB', 'London SW1A 1AA'],
      ['es-ES', 'C/ Mayor 5, 28013 Madrid'],
    ]),
  )('%s %j', check);
});

const octet = fc.integer({ min: 0, max: 255 });

describe('what this audit fixed, for any value', () => {
  test.prop([
    fc.constantFrom('icon', 'logo', 'btn-close', 'Default', 'hero_image'),
    fc.constantFrom('1x', '2x', '3x'),
    fc.constantFrom('png', 'jpg', 'jpeg', 'gif', 'webp', 'svg', 'PNG'),
  ])("an image's name with its scale modifier stays", (name, scale, ext) => {
    const text = `see ${name}@${scale}.${ext} attached`;
    expect(redact(text, { locale: 'en-US' }).text).toBe(text);
  });

  test.prop([
    fc.constantFrom(
      [' małpa ', ' kropka '],
      [' arroba ', ' punto '],
      [' arroba ', ' ponto '],
      [' arobase ', ' point '],
      [' Klammeraffe ', ' punkt '],
    ),
    fc.array(
      // A word of its own, not one the address is said with.
      fc
        .stringMatching(/^[a-z][a-z0-9]{1,7}$/)
        .filter((w) => !/^(?:at|dot|punkt|kropka|punto|ponto|point|arroba|arobase)$/.test(w)),
      { minLength: 2, maxLength: 3 },
    ),
    fc.constantFrom(['example', 'com'], ['poczta', 'onet', 'pl'], ['empresa', 'com', 'br']),
  ])(
    'a local part with its dots said as its domain dots are goes whole',
    ([at, dot], local, domain) => {
      const text = `mail: ${local.join(dot)}${at}${domain.join(dot)}, thanks`;
      expect(redact(text, { locale: 'en-US' }).text).toBe('mail: [EMAIL], thanks');
    },
  );

  it('an address at a domain that only starts like a scale still goes', () => {
    check('en-US', 'mail jane@2x.com or jane@3x.png.example', 'mail [EMAIL] or [EMAIL]');
  });

  test.prop([fc.stringMatching(/^4[0-9]{14}$/), fc.constantFrom('  ', '   ', '\t', ' \t')])(
    'a card in fours set apart by two or three spaces or a tab goes',
    (body, gap) => {
      const card = withLuhn(body);
      const text = `card ${card.match(/.{4}/g)?.join(gap)} thanks`;
      expect(redact(text, { locale: 'en-US' }).text).toBe('card [CARD] thanks');
    },
  );

  test.prop([octet, octet, octet, octet])(
    'a quad printed zero-padded goes as the quad does (one ending "000" is an amount\'s)',
    (a, b, c, d) => {
      fc.pre([a, b, c, d].some((n) => n < 100) && d !== 0);
      const padded = [a, b, c, d].map((n) => String(n).padStart(3, '0')).join('.');
      expect(redact(`router ${padded} down`, { locale: 'en-US' }).text).toBe('router [IP] down');
    },
  );

  test.prop([fc.integer({ min: 100, max: 255 }), fc.constantFrom('Chrome', 'Edg', 'OPR', 'CriOS')])(
    'a browser\'s reduced version in a User-Agent stays, and an address after a path\'s "/" goes',
    (major, product) => {
      const ua = `Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) ${product}/${major}.0.0.0 Mobile Safari/537.36`;
      expect(redact(ua, { locale: 'en-US' }).text).toBe(ua);
      expect(redact(`GET /ip/${major}.0.0.1 200`, { locale: 'en-US' }).text).toBe(
        'GET /ip/[IP] 200',
      );
    },
  );
});
