// What T23b's audit (.tmp/t23b/a4.ts) found: values that T22c flagged (a key before a bare phone,
// HTML and URL escapes, a WhatsApp link's "/", a SIP address) and personal data written to pass a
// filter or transcribed from speech (an address's "@" and dots as words or in brackets, digits one
// by one, a card across line breaks), with the look-alikes that stay. Values are synthetic.
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

const out = (text: string, locale: string) => redact(text, { locale }).text;

describe('what must go', () => {
  it.each([
    // A log's or a CDR's key for the subscriber's number; Persian "my number".
    ['en-US', 'msisdn=12125550187 status=DELIVERED', 'msisdn=[PHONE] status=DELIVERED'],
    ['fa-IR', 'شماره من ۹۱۲۳۴۵۶۷۸۹ است', 'شماره من [PHONE] است'],
    // The "/" of a WhatsApp link is the link's.
    ['pt-BR', 'WhatsApp https://wa.me/5511961234567', 'WhatsApp https://wa.me/[PHONE]'],
    // "%2B" before a letter is an address's "+", not a phone's: the address goes whole.
    ['en-US', '?email=jane%2Bshop@example.com&x=1', '?email=[EMAIL]&x=1'],
    ['en-US', 'reply to jane%2Borders%40example.com', 'reply to [EMAIL]'],
    // An "@" as an HTML character reference.
    ['pl-PL', 'kontakt: jan&#64;example.pl', 'kontakt: [EMAIL]'],
    ['fr-FR', '<a href="mailto:marie&#x40;example.fr">', '<a href="mailto:[EMAIL]">'],
    ['en-US', 'write to jane&commat;example.com please', 'write to [EMAIL] please'],
    // A SIP address of a phone number: the number goes as a phone, the operator's host stays.
    ['en-US', 'from=sip:+12125550187@pbx.example.com', 'from=sip:[PHONE]@pbx.example.com'],
    // Addresses written to pass a filter or as spoken.
    ['en-US', 'my email is jane at example dot com', 'my email is [EMAIL]'],
    ['en-US', "it's jane.doe at gmail dot com, thanks", "it's [EMAIL], thanks"],
    ['en-US', 'jane(at)example(dot)com', '[EMAIL]'],
    ['en-US', 'contact: jane [at] example [.] com', 'contact: [EMAIL]'],
    ['en-US', 'write to jane @ example . com or bob@ example.org', 'write to [EMAIL] or [EMAIL]'],
    ['en-GB', 'sam AT example DOT co DOT uk', '[EMAIL]'],
    ['de-DE', 'Meine Mail: max Klammeraffe example Punkt de', 'Meine Mail: [EMAIL]'],
    ['de-DE', 'Meine Mail: max.mustermann(at)example.de', 'Meine Mail: [EMAIL]'],
    ['fr-FR', 'mon mail : marie arobase example point fr', 'mon mail : [EMAIL]'],
    ['pl-PL', 'mój mail to jan małpa example kropka pl', 'mój mail to [EMAIL]'],
    ['es-ES', 'mi correo es ana arroba example punto es', 'mi correo es [EMAIL]'],
    ['pt-BR', 'meu email é joao arroba example ponto com ponto br', 'meu email é [EMAIL]'],
    ['ja-JP', 'メールはtaro(at)example.jpです', 'メールは[EMAIL]です'],
    ['ar-SA', 'البريد: ali [at] example [dot] sa', 'البريد: [EMAIL]'],
    // A spoken dot after the address is the sentence's: the address ends at its last label.
    ['en-US', 'it is jane at example dot com dot', 'it is [EMAIL] dot'],
    ['en-US', 'jane at example dot com. Thanks', '[EMAIL]. Thanks'],
    // A table pasted as text: a cell under a phone header goes, one under an order's stays.
    [
      'pl-PL',
      'telefon,imie\n600123456,Jan\n512345678,Anna',
      'telefon,imie\n[PHONE],Jan\n[PHONE],Anna',
    ],
    [
      'pt-BR',
      'nome,celular,pedido\nJoão,11961234567,1234567890',
      'nome,celular,pedido\nJoão,[PHONE],1234567890',
    ],
    ['en-US', 'name\tphone\nJane\t"2125550187"', 'name\tphone\nJane\t"[PHONE]"'],
    // Digits typed one by one after a phone label, in any script.
    ['en-US', 'tel 2 1 2 5 5 5 0 1 8 7', 'tel [PHONE]'],
    ['de-DE', 'Handy: 0 1 5 1 2 3 4 5 6 7 8 9', 'Handy: [PHONE]'],
    ['hi-IN', 'मेरा नंबर ९ ८ ७ ६ ५ ४ ३ २ १ ० है', 'मेरा नंबर [PHONE] है'],
    ['ja-JP', '電話は０ ９ ０ １ ２ ３ ４ ５ ６ ７ ８です', '電話は[PHONE]です'],
    ['fa-IR', 'شماره من ۰ ۹ ۱ ۲ ۳ ۴ ۵ ۶ ۷ ۸ ۹', 'شماره من [PHONE]'],
    // A card printed across line breaks, in fours.
    ['en-US', 'card 4111 1111\n1111 1111 exp 12/27', 'card [CARD] exp 12/27'],
    ['en-US', 'card number:\n4111 1111 1111\r\n1111', 'card number:\n[CARD]'],
    ['fr-FR', 'carte 5454 \n5454 \n5454 \n5454', 'carte [CARD]'],
    ['en-US', 'exp 12/27\n4111 1111\n1111 1111', 'exp 12/27\n[CARD]'],
  ])('%s: %s', (locale, text, redacted) => {
    expect(out(text, locale)).toBe(redacted);
  });
});

describe('what must stay', () => {
  it.each([
    ['en-US', 'we are at home, call me at 5'],
    ['en-US', 'the dot com bubble burst in 2001'],
    ['en-US', 'find us at example.com or at shop . com'],
    ['en-US', 'I bought it at amazon.com, meet at 10 at the office'],
    ['en-US', 'I bought it at amazon dot com, order them at shop dot com'],
    ['en-US', '@jane thanks, see you @ 5, price 5 @ 10 each'],
    ['en-US', 'ssh jane@host then run make'],
    ['en-US', 'AT&amp;T store, Q&amp;A at 10, width=40px'],
    ['de-DE', 'Wir sind um 10 Uhr da. Punkt.'],
    ['pl-PL', 'mamy małpę w zoo, kropka'],
    ['es-ES', 'nos vemos a las 10 en punto, 2 arrobas de trigo'],
    // A table's cells under no phone header, or under an order's; a placeholder ("[PHONE]") is
    // no label of the value after it.
    ['pl-PL', 'zamowienie,kwota\n600123456,199'],
    ['en-US', 'name,order\nJane,2125550187'],
    ['en-US', 'see [PHONE] 2125550187'],
    // Digits one by one without a phone label, or after an order's.
    ['en-US', 'steps 1 2 3 4 5 6 7 8 9 done'],
    ['en-US', 'order 5 5 8 8 1 2 4 4 9'],
    ['de-DE', 'Bestellnummer 4 7 1 1 0 8 1 5 4 2'],
    // Lines of short numbers: no issuer's first digit, or Luhn fails, or not in fours.
    ['en-US', 'lines:\n1234 5678\n1234 5678'],
    ['en-US', 'order 4111 1111\nqty 1111 1111'],
    ['en-US', 'totals\n411 111\n111 111 111 1'],
  ])('%s: %s', (locale, text) => {
    expect(out(text, locale)).toBe(text);
  });
});
