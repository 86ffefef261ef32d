// T61d's audit (2026-12-05, issue #14): card data a second-line agent or a vendor must not see,
// beyond the card's number. Written by hand before redact read any row, in 13 locales: the card's
// verification code after each network's and each language's label (CVV2 Visa, CVC2 Mastercard,
// CID Amex and Discover, CAV2 JCB, "security code", "código de seguridad", "Prüfnummer",
// "cryptogramme visuel", "kod CVV", "セキュリティコード", "安全码", "CVV 码", Persian "کد CVV2",
// Arabic "رمز CVV"), and bare after a card and its expiry ("4111 1111 1111 1111 / 12/27 / 123");
// a card cut across two chat turns of one sender (WhatsApp iOS and Android, a bracketed time, a
// plain "Name:"); letters typed for digits inside a card ("111l", "4l11", "IIII", "O" for a zero).
// Each row stands beside look-alikes that must stay: an order's number, a count, an amount, an
// expiry date (PCI DSS keeps it: see docs/privacy.md), "CVV" without digits, a parcel locker's PIN,
// the last four digits a customer gives, another sender's digits, an order code with letters.
//
// Every card is a network's published test number (Luhn-valid, checked below).
//
// The first run (75 rows, 89 values, on main at 0fb71bb, before any fix): recall 0.236 (21/89),
// precision 1.000 (21/21), no look-alike touched (0 of 61). Codes: 17 of 52 values went, every one
// a card's number; no verification code went in any locale (35 left: no recognizer read one).
// Chat turns: 0 of 12 (each half of a card cut by a turn stayed). Letters for digits: 0 of 6
// (one finding, a Luhn-valid piece of "6O11-1111-1111-1117", left the card's first group).
// Fixed: recognizers/cardCode.ts (codes: 52 of 52).
//
// T63d (2026-12-05) added 47 rows (bare codes after a card in 13 locales, a card across the
// other party's turns, in three turns and as an Amex, S and B for 5 and 8, each beside
// look-alikes). On main at 53811fbe the whole audit (127 rows): recall 0.703 (97/138), precision
// 1.000, no look-alike touched (0 of 103); chat turns 14 of 29, letters 6 of 10, bare codes 24
// of 46 (every bare code left, and "4111 1111 1111 1111 123 12/27" left its card whole). After
// recognizers/cardData.ts, cardTurns.ts's walk and cardLetters.ts's S and B: 138 of 138,
// precision 1.000, none of 103 touched; T61d's two left rows go.
//
// T64a (2026-12-05) added 22 rows: a bare code before a closing word (a thanks, a please, the
// code's name) in nine locales, a small s or b inside a group, each beside look-alikes (a word
// glued to the thanks, four digits after a Visa, a small s or b at a group's edge). On main at
// d4cca8f the whole audit (149 rows): recall 0.916 (153/167), precision 1.000, none of 119
// look-alikes touched; 14 rows fail. After cardData.ts's closing words and cardLetters.ts's small
// s and b: 167 of 167, precision 1.000, none of 119 touched.
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { type Case, describeAudit, describeAuditScores, type Go } from './audit.js';
import { luhnOk } from './corpus/checks.js';

const C = (value: string): Go => ['card', value];
const K = (value: string): Go => ['card-code', value];

/** Card verification codes after their labels, and bare after a card and its expiry. */
const CODES: readonly (readonly [string, readonly Case[]])[] = [
  [
    'English (en-US, en-GB)',
    [
      [
        'en-US',
        'card 4111-1111-1111-1111 exp 12/27 cvv 123',
        [C('4111-1111-1111-1111'), K('123')],
        ['exp 12/27'],
      ],
      ['en-US', 'CVV: 123', [K('123')], ['CVV']],
      ['en-US', 'my card ends 4242, cvc 737', [K('737')], ['ends 4242']],
      [
        'en-US',
        '4111 1111 1111 1111 / 12/27 / 123',
        [C('4111 1111 1111 1111'), K('123')],
        ['12/27'],
      ],
      ['en-US', 'The security code 482 is on the back', [K('482')], ['The security code']],
      ['en-US', 'Amex 3782 822463 10005, CID 4321', [C('3782 822463 10005'), K('4321')], []],
      ['en-GB', 'CVV2 = 918, expiry 09/28', [K('918')], ['09/28']],
      [
        'en-GB',
        'card 5555 5555 5555 4444 exp 03/29 security code 019',
        [C('5555 5555 5555 4444'), K('019')],
        ['03/29'],
      ],
      ['en-US', 'CVV/CVC: 204', [K('204')], []],
      ['en-US', 'the cvv number is 531 and the zip is 94105', [K('531')], ['94105']],
      ['en-US', 'JCB 3530 1113 3330 0000 CAV2 606', [C('3530 1113 3330 0000'), K('606')], []],
      [
        'en-US',
        'card: 6011 1111 1111 1117\nexp: 08/30\ncvv: 775',
        [C('6011 1111 1111 1117'), K('775')],
        ['08/30'],
      ],
      ['en-US', 'CSC 4410 on the front of my Amex', [K('4410')], []],
      // Look-alikes.
      ['en-US', 'Order 123 has 3 items, total $123.45', [], ['Order 123', '3 items', '$123.45']],
      ['en-US', 'Where is the CVV? Is it the 3 digits on the back?', [], ['3 digits']],
      ['en-US', 'CVV is on the back of the card, order 5521', [], ['5521']],
      ['en-US', 'my parcel locker PIN code is 4821', [], ['4821']],
      ['en-US', 'I paid $499 with the card ending 4444, order #55012', [], ['4444', '55012']],
      ['en-GB', 'The CVV check failed 3 times since 2024', [], ['3 times', '2024']],
      ['en-US', 'card expires 12/27, 2 cards in the wallet', [], ['12/27', '2 cards']],
      [
        'en-GB',
        'card 5555 5555 5555 4444, delivered 04/12/2026 14:03',
        [C('5555 5555 5555 4444')],
        ['04/12/2026 14:03'],
      ],
    ],
  ],
  [
    'Spanish (es-ES, es-MX)',
    [
      [
        'es-ES',
        'Mi tarjeta 4111 1111 1111 1111, caducidad 12/27, código de seguridad 123',
        [C('4111 1111 1111 1111'), K('123')],
        ['12/27'],
      ],
      ['es-MX', 'CVV: 456 y vence 11/28', [K('456')], ['11/28']],
      [
        'es-ES',
        'el código CVV está detrás; pedido 456, 3 artículos',
        [],
        ['pedido 456', '3 artículos'],
      ],
      ['es-MX', 'mi codigo de seguridad es 907', [K('907')], []],
    ],
  ],
  [
    'German (de-DE)',
    [
      [
        'de-DE',
        'Kartennummer 5555 5555 5555 4444, gültig bis 03/29, Prüfnummer 321',
        [C('5555 5555 5555 4444'), K('321')],
        ['03/29'],
      ],
      ['de-DE', 'Kartenprüfnummer: 654', [K('654')], []],
      ['de-DE', 'Bestellung 321 mit 3 Artikeln, 32,10 €', [], ['Bestellung 321', '32,10 €']],
      ['de-DE', 'Die Prüfnummer steht auf der Rückseite', [], ['Prüfnummer']],
    ],
  ],
  [
    'French (fr-FR)',
    [
      [
        'fr-FR',
        'carte 4111 1111 1111 1111 exp 12/27 cryptogramme visuel : 789',
        [C('4111 1111 1111 1111'), K('789')],
        ['12/27'],
      ],
      ['fr-FR', 'le cryptogramme 246 au dos', [K('246')], ['au dos']],
      ['fr-FR', 'commande 789, 3 articles à 78,90 €', [], ['commande 789', '78,90 €']],
    ],
  ],
  [
    'Polish (pl-PL)',
    [
      ['pl-PL', 'karta 4111 1111 1111 1111, kod CVV 852', [C('4111 1111 1111 1111'), K('852')], []],
      ['pl-PL', 'kod CVC2: 963', [K('963')], []],
      ['pl-PL', 'zamówienie 852, 3 sztuki, 85,20 zł', [], ['zamówienie 852', '85,20 zł']],
    ],
  ],
  [
    'Portuguese and Italian (pt-BR, it-IT)',
    [
      [
        'pt-BR',
        'cartão 4111 1111 1111 1111 validade 12/27 código de segurança 963',
        [C('4111 1111 1111 1111'), K('963')],
        ['12/27'],
      ],
      ['pt-BR', 'CVV 318, pedido 4471', [K('318')], ['pedido 4471']],
      [
        'it-IT',
        'carta 4111 1111 1111 1111, codice di sicurezza 147',
        [C('4111 1111 1111 1111'), K('147')],
        [],
      ],
      ['it-IT', 'codice CVV 258', [K('258')], []],
      ['it-IT', 'ordine 147, 3 articoli', [], ['ordine 147']],
    ],
  ],
  [
    'Japanese and Chinese (ja-JP, zh-CN)',
    [
      [
        'ja-JP',
        'カード番号 4111 1111 1111 1111 有効期限 12/27 セキュリティコード 369',
        [C('4111 1111 1111 1111'), K('369')],
        ['12/27'],
      ],
      ['ja-JP', 'セキュリティコード：482', [K('482')], []],
      ['ja-JP', '注文番号 369 は 3 点です', [], ['注文番号 369']],
      ['zh-CN', '卡号 4111 1111 1111 1111 安全码 741', [C('4111 1111 1111 1111'), K('741')], []],
      ['zh-CN', 'CVV 码：852', [K('852')], []],
      ['zh-CN', '订单 741 共 3 件', [], ['订单 741']],
    ],
  ],
  [
    'Persian, Arabic, Turkish, Russian, Korean (fa-IR, ar-SA, tr-TR, ru-RU, ko-KR)',
    [
      ['fa-IR', 'کد CVV2 کارت من ۴۵۶ است', [K('۴۵۶')], []],
      ['fa-IR', 'سفارش ۴۵۶ رسید', [], ['۴۵۶']],
      ['ar-SA', 'رمز CVV هو 852', [K('852')], []],
      ['ar-SA', 'الطلب رقم 852 وصل', [], ['852']],
      [
        'tr-TR',
        'kart 4111 1111 1111 1111, güvenlik kodu 123',
        [C('4111 1111 1111 1111'), K('123')],
        [],
      ],
      ['tr-TR', 'sipariş 123, 3 ürün', [], ['sipariş 123']],
      ['ru-RU', 'карта 4111 1111 1111 1111, CVC2 321', [C('4111 1111 1111 1111'), K('321')], []],
      ['ru-RU', 'заказ 321, 3 товара', [], ['заказ 321']],
      ['ko-KR', '카드 4111 1111 1111 1111 CVC 번호 123', [C('4111 1111 1111 1111'), K('123')], []],
    ],
  ],
];

/** A card cut across two chat turns of one sender, beside another sender's and an answer's. */
const TURNS: readonly (readonly [string, readonly Case[]])[] = [
  [
    'Chat turns',
    [
      [
        'en-US',
        '[10:01] Ana: card 4012 8888\n[10:02] Ana: 8888 1881',
        [C('4012 8888'), C('8888 1881')],
        ['[10:02] Ana:'],
      ],
      [
        'en-US',
        '[10:01] Ana: my card is 5555 5555 5555\n[10:02] Ana: 4444',
        [C('5555 5555 5555'), C('4444')],
        ['[10:02] Ana:'],
      ],
      [
        'pt-BR',
        '[04/12/2026, 14:03] Ana: cartão 4012 8888 8888\n[04/12/2026, 14:03] Ana: 1881',
        [C('4012 8888 8888'), C('1881')],
        [],
      ],
      [
        'pt-BR',
        '04/12/2026 14:03 - Ana: cartão 5105 1051\n04/12/2026 14:04 - Ana: 0510 5100',
        [C('5105 1051'), C('0510 5100')],
        ['14:04 - Ana:'],
      ],
      ['en-GB', 'Ana: card 4012 8888\nAna: 8888 1881', [C('4012 8888'), C('8888 1881')], []],
      [
        'en-US',
        '[10:01 AM] Ana: 6011 1111\n[10:02 AM] Ana: 1111 1117',
        [C('6011 1111'), C('1111 1117')],
        [],
      ],
      [
        'en-US',
        '[10:01] Ana: my card\n4012 8888\n[10:02] Ana: 8888 1881',
        [C('4012 8888'), C('8888 1881')],
        ['my card'],
      ],
      // Left (LEFT): another turn between the halves, a card cut into three turns.
      [
        'en-US',
        '[10:01] Ana: 4012 8888\n[10:01] Agent: ok\n[10:02] Ana: 8888 1881',
        [C('4012 8888'), C('8888 1881')],
        [],
      ],
      [
        'en-US',
        '[10:01] Ana: 4012\n[10:02] Ana: 8888 8888\n[10:03] Ana: 1881',
        [C('4012'), C('8888 8888'), C('1881')],
        [],
      ],
      // T63d: an Amex cut after its six-digit group, or into three turns with another between;
      // a card's halves with the agent's turn between, on WhatsApp Android in Portuguese; a
      // Spanish card in three plain turns.
      [
        'en-US',
        '[10:01] Ana: Amex 3782 822463\n[10:02] Ana: 10005',
        [C('3782 822463'), C('10005')],
        ['Amex'],
      ],
      [
        'en-US',
        '[10:01] Ana: 3782\n[10:01] Agent: go on\n[10:02] Ana: 822463\n[10:03] Ana: 10005',
        [C('3782'), C('822463'), C('10005')],
        ['Agent: go on'],
      ],
      [
        'pt-BR',
        '04/12/2026 14:03 - Ana: cartão 5105 1051\n04/12/2026 14:03 - Atendente: ok\n04/12/2026 14:04 - Ana: 0510 5100',
        [C('5105 1051'), C('0510 5100')],
        ['Atendente: ok'],
      ],
      [
        'es-ES',
        'Ana: tarjeta 4012\nAgente: sí\nAna: 8888 8888\nAna: 1881',
        [C('4012'), C('8888 8888'), C('1881')],
        ['Agente: sí'],
      ],
      // Look-alikes: another sender's digits, the last four asked for, an order on the next turn.
      ['en-US', '[10:01] Ana: card 4012 8888\n[10:02] Ben: 8888 1881', [], ['8888 1881']],
      [
        'en-US',
        '[10:01] Ana: 4012 8888\n[10:01] Ben: 8888\n[10:02] Ana: 1881',
        [],
        ['4012 8888', 'Ben: 8888', '1881'],
      ],
      ['en-US', '[10:01] Ana: ref 3782 822463\n[10:02] Ana: 10006', [], ['3782 822463', '10006']],
      [
        'en-US',
        '[10:01] Ana: order 4012 8888\n[10:01] Agent: and the tracking?\n[10:02] Ana: 8888 1882',
        [],
        ['4012 8888', '8888 1882'],
      ],
      ['en-US', '[10:01] Agent: last four?\n[10:02] Ana: 1111', [], ['1111']],
      // A 12-digit number ending a turn and the next turn's date made a Luhn-valid "card" of lines.
      [
        'en-GB',
        '04/12/2026 14:01 - Ana: ref 4265 5489 1898\n04/12/2026 14:02 - Ben: thanks',
        [],
        ['4265 5489 1898', '04/12/2026 14:02 - Ben'],
      ],
      [
        'en-US',
        '[10:01] Ana: tracking 1234 5678\n[10:02] Ana: 9012 3456',
        [],
        ['1234 5678', '9012 3456'],
      ],
      ['en-US', '[10:01] Ana: order 4411\n[10:02] Ana: qty 2', [], ['4411']],
    ],
  ],
];

/** Letters typed for digits inside a card, beside order codes and SKUs with letters. */
const LETTERS: readonly (readonly [string, readonly Case[]])[] = [
  [
    'Letters for digits',
    [
      ['en-US', 'card 4111 1111 1111 111l', [C('4111 1111 1111 111l')], []],
      ['en-US', 'card 4l11 1111 1111 1111 thanks', [C('4l11 1111 1111 1111')], ['thanks']],
      ['en-US', 'number 4111 IIII 1111 1111', [C('4111 IIII 1111 1111')], []],
      ['en-GB', 'card 51O5 1O51 0510 5100', [C('51O5 1O51 0510 5100')], []],
      ['de-DE', 'Karte 4012 8888 8888 188|', [C('4012 8888 8888 188|')], []],
      ['fr-FR', 'carte 6O11-1111-1111-1117', [C('6O11-1111-1111-1117')], []],
      // Look-alikes.
      ['en-US', 'order ORD-4111-1111-111L', [], ['ORD-4111-1111-111L']],
      ['en-US', 'SKU 4I11-IIII-1O11 in stock', [], ['4I11-IIII-1O11']],
      ['en-US', 'serial 4I11 1111 1111 1112', [], ['4I11 1111 1111 1112']],
      ['en-US', 'code BOOK 1111 2222 OL', [], ['BOOK 1111 2222 OL']],
      ['en-US', 'Hello 4ll of you, 1O1 tips', [], ['4ll of you', '1O1']],
      // T63d: S typed for a 5, B for an 8.
      ['en-US', 'card 5555 555S 5555 4444', [C('5555 555S 5555 4444')], []],
      ['de-DE', 'Karte 4012 8888 BBBB 1881 bitte', [C('4012 8888 BBBB 1881')], ['bitte']],
      ['fr-FR', 'carte 4O12-B888-8888-1881', [C('4O12-B888-8888-1881')], []],
      ['es-ES', 'tarjeta SSSS 5555 5555 4444', [C('SSSS 5555 5555 4444')], []],
      ['en-US', 'ref BOSS 1111 2222 SB', [], ['BOSS 1111 2222 SB']],
      ['en-US', 'order ORD-5555-555S-5555-4444', [], ['ORD-5555-555S-5555-4444']],
      ['en-US', 'Suite 5B, 1234 Main St', [], ['Suite 5B, 1234 Main St']],
      ['en-US', 'part 4012 8888 8888 188B', [], ['4012 8888 8888 188B']],
      // T64a: a small s or b inside a group; at a group's edge it is a plural or a flat's letter.
      ['en-US', 'card 5555 5s55 5555 4444 ok', [C('5555 5s55 5555 4444')], ['ok']],
      ['de-DE', 'Karte 4012 88b8 8888 1881 bitte', [C('4012 88b8 8888 1881')], ['bitte']],
      ['fr-FR', 'carte 4O12-8b88-8888-1881', [C('4O12-8b88-8888-1881')], []],
      [
        'es-ES',
        'tarjeta 4111 1111 1111 1111 y 5555 5s55 5555 4444',
        [C('4111 1111 1111 1111'), C('5555 5s55 5555 4444')],
        ['y'],
      ],
      ['en-US', 'ref 5555 555s 5555 4444', [], ['5555 555s 5555 4444']],
      ['en-US', 'part 4012 888b 8888 1881', [], ['4012 888b 8888 1881']],
      ['en-GB', 'flat 5b, 1234 High St, the 1990s', [], ['5b', '1234', '1990s']],
    ],
  ],
];

/**
 * A card's verification code typed with no label right after the card (T63d), in a dozen
 * locales, beside what must stay: a Visa's four digits (its code is three), a quantity, an
 * amount, a house number, a time, an order's number, a card that fails Luhn.
 */
const BARE: readonly (readonly [string, readonly Case[]])[] = [
  [
    'Bare codes after a card',
    [
      ['en-US', 'card 4111 1111 1111 1111 123', [C('4111 1111 1111 1111'), K('123')], []],
      ['en-US', 'my card is 5555 5555 5555 4444, 019', [C('5555 5555 5555 4444'), K('019')], []],
      ['en-US', 'Amex 3782 822463 10005 4321', [C('3782 822463 10005'), K('4321')], ['Amex']],
      ['en-US', '4111 1111 1111 1111 123 12/27', [C('4111 1111 1111 1111'), K('123')], ['12/27']],
      ['en-GB', '5555 5555 5555 4444 0329 737', [C('5555 5555 5555 4444'), K('737')], ['0329']],
      [
        'en-US',
        'card: 4012888888881881\n852\nthanks',
        [C('4012888888881881'), K('852')],
        ['thanks'],
      ],
      [
        'es-ES',
        'Mi tarjeta es 4111 1111 1111 1111, 123.',
        [C('4111 1111 1111 1111'), K('123')],
        [],
      ],
      ['de-DE', 'Karte 4111 1111 1111 1111 / 321', [C('4111 1111 1111 1111'), K('321')], []],
      [
        'fr-FR',
        'carte 4111 1111 1111 1111 1227 789.',
        [C('4111 1111 1111 1111'), K('789')],
        ['1227'],
      ],
      ['pl-PL', 'karta 4111 1111 1111 1111\n852', [C('4111 1111 1111 1111'), K('852')], []],
      ['pt-BR', 'cartão 4111 1111 1111 1111; 963', [C('4111 1111 1111 1111'), K('963')], []],
      ['ja-JP', 'カード 4111 1111 1111 1111 369。', [C('4111 1111 1111 1111'), K('369')], []],
      ['zh-CN', '卡号 4111 1111 1111 1111，741', [C('4111 1111 1111 1111'), K('741')], []],
      ['fa-IR', 'کارت ۴۱۱۱ ۱۱۱۱ ۱۱۱۱ ۱۱۱۱ ۴۵۶', [C('۴۱۱۱ ۱۱۱۱ ۱۱۱۱ ۱۱۱۱'), K('۴۵۶')], []],
      [
        'fa-IR',
        'کارت ۵۵۵۵ ۵۵۵۵ ۵۵۵۵ ۴۴۴۴ ۱۲۳ ۱۲/۲۷',
        [C('۵۵۵۵ ۵۵۵۵ ۵۵۵۵ ۴۴۴۴'), K('۱۲۳')],
        ['۱۲/۲۷'],
      ],
      ['ar-SA', 'البطاقة 4111 1111 1111 1111، 852', [C('4111 1111 1111 1111'), K('852')], []],
      ['ru-RU', 'карта 4111 1111 1111 1111 321', [C('4111 1111 1111 1111'), K('321')], []],
      // T64a: the code, then a word that closes the message (a thanks, a please, the code's name).
      [
        'en-US',
        'card 4111 1111 1111 1111 123 thanks',
        [C('4111 1111 1111 1111'), K('123')],
        ['thanks'],
      ],
      ['en-US', '4111 1111 1111 1111 123 cvv', [C('4111 1111 1111 1111'), K('123')], ['cvv']],
      [
        'en-GB',
        'Amex 3782 822463 10005 4321 cheers',
        [C('3782 822463 10005'), K('4321')],
        ['cheers'],
      ],
      ['fr-FR', 'carte 4111 1111 1111 1111 456 merci', [C('4111 1111 1111 1111'), K('456')], []],
      ['de-DE', 'Karte 4111 1111 1111 1111 321 danke', [C('4111 1111 1111 1111'), K('321')], []],
      [
        'es-ES',
        'tarjeta 4111 1111 1111 1111 123 gracias',
        [C('4111 1111 1111 1111'), K('123')],
        [],
      ],
      [
        'pl-PL',
        'karta 4111 1111 1111 1111, 852 dziękuję',
        [C('4111 1111 1111 1111'), K('852')],
        [],
      ],
      ['ru-RU', 'карта 4111 1111 1111 1111 321 спасибо', [C('4111 1111 1111 1111'), K('321')], []],
      ['zh-CN', '卡号 4111 1111 1111 1111 741 谢谢', [C('4111 1111 1111 1111'), K('741')], []],
      [
        'pt-BR',
        'cartão 4111 1111 1111 1111 963 obrigado',
        [C('4111 1111 1111 1111'), K('963')],
        [],
      ],
      // Look-alikes.
      ['en-US', 'card 4111 1111 1111 1111 1234', [C('4111 1111 1111 1111')], ['1234']],
      [
        'en-US',
        'card 4111 1111 1111 1111 2 items, order 5521',
        [C('4111 1111 1111 1111')],
        ['2 items', '5521'],
      ],
      ['en-US', 'card 4111 1111 1111 1111 123 items', [C('4111 1111 1111 1111')], ['123 items']],
      [
        'en-GB',
        'card 5555 5555 5555 4444, 221 Baker Street',
        [C('5555 5555 5555 4444')],
        ['221 Baker Street'],
      ],
      ['en-US', 'card 4111 1111 1111 1111 at 12:30', [C('4111 1111 1111 1111')], ['12:30']],
      ['en-US', 'card 4111 1111 1111 1111 $123.45', [C('4111 1111 1111 1111')], ['$123.45']],
      ['en-US', 'paid 4111 1111 1111 1111 199.99', [C('4111 1111 1111 1111')], ['199.99']],
      ['en-US', 'card 4111 1111 1111 1112 123', [], ['4111 1111 1111 1112 123']],
      ['es-ES', 'tarjeta 4111 1111 1111 1111 123,45 €', [C('4111 1111 1111 1111')], ['123,45 €']],
      ['de-DE', 'Karte 4111 1111 1111 1111 321 Stück', [C('4111 1111 1111 1111')], ['321 Stück']],
      [
        'fr-FR',
        'carte 4111 1111 1111 1111 à 12:30, commande 789',
        [C('4111 1111 1111 1111')],
        ['12:30', '789'],
      ],
      ['pl-PL', 'karta 4111 1111 1111 1111 852 zł', [C('4111 1111 1111 1111')], ['852 zł']],
      ['tr-TR', 'kart 4111 1111 1111 1111 123 adet', [C('4111 1111 1111 1111')], ['123 adet']],
      // T64a: a closing word after what is no code, or glued to more letters.
      ['en-US', 'card 4111 1111 1111 1111 1234 thanks', [C('4111 1111 1111 1111')], ['1234']],
      ['en-US', 'card 4111 1111 1111 1112 123 thanks', [], ['4111 1111 1111 1112 123']],
      [
        'en-US',
        'card 4111 1111 1111 1111 301 Thanksgiving orders',
        [C('4111 1111 1111 1111')],
        ['301 Thanksgiving'],
      ],
      ['en-US', 'card 4111 1111 1111 1111 12 thanks', [C('4111 1111 1111 1111')], ['12 thanks']],
      ['de-DE', 'Karte 4111 1111 1111 1111 321 Bitten', [C('4111 1111 1111 1111')], ['321 Bitten']],
      // A parcel's number printed in fours, 22 digits whose first 16 pass Luhn (the bench's
      // corpus holds 34 such lines; a first version of T63d's took their first 16 as a card).
      [
        'en-US',
        'Tracking number 4019 2622 6950 7502 8145 48 has not moved',
        [],
        ['4019 2622 6950 7502 8145 48'],
      ],
      ['pl-PL', 'Paczka 2983 5520 4393 6654 0839 34 stoi', [], ['2983 5520 4393 6654 0839 34']],
    ],
  ],
];

const ALL = [...CODES, ...TURNS, ...LETTERS, ...BARE];

/**
 * The rows still left (docs/privacy.md, known gaps): none since T63d, which joined the two rows
 * T61d left (halves of a card with another turn between them, a card cut into three turns).
 */
const LEFT: ReadonlySet<string> = new Set<string>([]);

describe('the audit is valid', () => {
  it('every card in it passes Luhn', () => {
    // Each card to go, printed in digits (a card typed with letters is checked below).
    const cards = ALL.flatMap(([, cases]) => cases)
      .flatMap(([, , go]) => go)
      .filter(([type, value]) => type === 'card' && /^[\d -]+$/.test(value))
      .map(([, value]) => value.replace(/\D/g, ''))
      .filter((c) => c.length >= 13);
    expect(cards.length).toBeGreaterThan(15);
    for (const c of cards) expect(luhnOk(c), c).toBe(true);
  });
  it('every card typed with letters passes Luhn with them read as digits', () => {
    for (const [, , go] of LETTERS.flatMap(([, cases]) => cases))
      for (const [, value] of go) {
        const digits = value
          .replace(/[Oo]/g, '0')
          .replace(/[Il|]/g, '1')
          .replace(/S/g, '5')
          .replace(/B/g, '8')
          .replace(/s/g, '5')
          .replace(/b/g, '8')
          .replace(/\D/g, '');
        expect(luhnOk(digits), value).toBe(true);
      }
  });
});

describeAuditScores('card data audit', ALL, (rows) =>
  rows.filter(([, t]) => LEFT.has(t)).reduce((n, [, , go]) => n + go.length, 0),
);

describeAudit(
  ALL.map(([name, cases]) => [name, cases.filter(([, t]) => !LEFT.has(t))] as const).filter(
    ([, cases]) => cases.length > 0,
  ),
);
// Rows left: each is in the audit (none since T63d).
describe.runIf(LEFT.size > 0)('left', () => {
  it.each([...LEFT])('%j', (text) => {
    const row = ALL.flatMap(([, c]) => c).find(([, t]) => t === text) as Case;
    expect(row).toBeDefined();
  });
});

// A redact call so an unused import never hides a broken harness.
it('redact reads the audit', () => {
  expect(redact('cvv', { locale: 'en-US' }).text).toBe('cvv');
});
