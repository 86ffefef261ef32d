import { redact, restore, spokenNumberRecognizers } from '@meridian-cx/privacy';

export const title = 'privacy: transcripts redacted before they go to the translation vendor';

// Ten chats, a mail and a call from this morning, on their way to a translation vendor. The vendor needs the order
// number to match its glossary to the right product line; it must not see the card, the IBAN,
// the phone number, the e-mail or UPI address or the national id.
const polish =
  'Dzień dobry, zamówienie nr 482139571 z 14.03.2026 nie dotarło. Zapłaciłam 1 299,00 zł kartą ' +
  '4111 1111 1111 1111. Proszę o zwrot na PL61 1090 1014 0000 0712 1981 2874, tel. 600 123 456, ' +
  'PESEL 44051401458, e-mail anna.kowalska@przykład.pl.';
const persian =
  'سلام، سفارش ۴۸۲۱۳۹۵۷ هنوز نرسیده. شماره تلفن من ۰۹۱۲ ۱۲۳ ۴۵۶۷ و کد ملی ۰۰۱۳۵۴۲۴۱۹ است. ' +
  'مبلغ ۱۲۰٬۰۰۰ تومان پرداخت کردم.';
// Korean writes its particles onto the phone number and the address; the timestamp stays.
const korean =
  '주문번호 20241130-000123 (2024-11-30 10:45 접수) 아직 안 왔어요. ' +
  '제 번호는 010-1234-5678이고 이메일은 minji.kim@example.kr입니다.';
// Turkish: the tracking number stays (its eleven digits would pass a T.C. kimlik no's two checks),
// the kimlik no after its label goes, and so does the phone named by the verb after it.
const turkish =
  'Kargo takip no: 12345678950, paket hâlâ gelmedi. TC kimlik no: 10000000146. ' +
  "Beni 0532 418 27 90'dan arayın lütfen.";
// Vietnamese: a customer pastes her late orders from a spreadsheet. The header names each column,
// so the company's tax code (MST) stays and the recipients' phone numbers (SĐT) go.
const vietnamese =
  'Em gửi bảng đơn hàng bị trễ, mã số thuế công ty ở cột MST:\n' +
  'Mã đơn;MST;SĐT người nhận\n240311087;0312345678;0912345678\n240312154;0312345678;0987654321';
// Indian English: the refund goes to a UPI payment address, which names the customer's bank account
// as an IBAN does; the marketplace's order id and the amount in lakh grouping stay.
const indian =
  'Hi, order OD428193847561239100 has not arrived, I paid ₹1,24,999. Please refund to my UPI ' +
  'ramesh.kumar@okaxis or call 98765 43210.';
// Chinese: a cross-border parcel held at customs, which asks for the buyer's resident identity card
// number; the id (its last character a check "X"), the mobile and the address go, the order
// number, the amount and the date stay.
const chinese =
  '您好，订单号 E20261203123456789 的包裹在清关，12月3日还没到。实付 ¥1,299.00。' +
  '收货人手机 13812345678，身份证号 11010519491231002X，邮箱 wang.fang@example.cn。';
// Czech: the refund goes to the account as Czechs write it at home (a number, a slash, the bank's
// code: each part passes the central bank's mod-11 check); the order number and the date stay.
const czech =
  'Dobrý den, objednávka č. 48213957 z 2. 3. 2026 nedorazila. Zaplatila jsem 1 299 Kč. ' +
  'Peníze prosím vraťte na číslo účtu 2709483168/0800, tel. 602 123 456.';
// Kenya: the customer pastes her M-PESA confirmation; the transaction code stays (the shop needs
// it to find the payment), the mobile after it, written as M-PESA writes it, goes.
const kenyan =
  'Hi, order 77120394 never came. I paid Ksh 2,500 by M-PESA, confirmation QK12AB3CD4 ' +
  '254712345678. Please call me on 0712 345 678.';
// A direct message typed in a "fancy text" font: its digits are Mathematical bold (two UTF-16
// units each, past the Basic Multilingual Plane), read as digits all the same; the card and the
// mobile go, the order number in plain digits stays.
const fancy =
  'Hi! Order 55120987 still not here \u{1F622} I paid with \u{1D7D2}\u{1D7CF}\u{1D7CF}\u{1D7CF} ' +
  '\u{1D7CF}\u{1D7CF}\u{1D7CF}\u{1D7CF} \u{1D7CF}\u{1D7CF}\u{1D7CF}\u{1D7CF} ' +
  '\u{1D7CF}\u{1D7CF}\u{1D7CF}\u{1D7CF}, call me on \u{1D7CE}\u{1D7D5}\u{1D7D7}\u{1D7CF}\u{1D7CF} ' +
  '\u{1D7CF}\u{1D7D0}\u{1D7D1}\u{1D7D2}\u{1D7D3}\u{1D7D4} pls';
// A German mail taken raw from the mail server: quoted-printable wraps long lines with "=" at the
// line's end, even inside the IBAN and the phone number; both still go whole, the order stays.
const germanMail =
  'Von: Jonas Becker <jonas.becker@example.de>\nBetreff: Bestellung 30418827, R=\n' +
  'ückerstattung\n\nBitte überweisen Sie die 89,90 € auf DE89 3704 0044 05=\n32 0130 00. ' +
  'Rückfra=\ngen gern an 0151 2345=\n6789.';
// A line of a help desk's JSON export: the serializer escaped "@" as "\u0040", the platform's
// ids (a Unix time, the ticket, a build of the app) stand beside the customer's values.
const spanishExport =
  '{"ts":1733369690,"ticket":"#48213","from":"lucia.gomez\\u0040example.es","body":' +
  '"Pedido 40418827 sin llegar. Tel. +34 612 34 56 78, app compilación 2.3.1.45"}';
// A call transcribed: the address and the numbers as they were said, the shop named after "at".
// Speech-to-text writes some digits as digits and some as words; the card and the phone said
// digit by digit are read by the opt-in spokenNumberRecognizers.
const call =
  "Agent: and your email? Caller: it's jane at example dot com. Order 558812449, I bought it at " +
  'shop dot com. My number is 2 1 2 5 5 5 0 1 8 7, or my cell, six four six, five five five, ' +
  'oh one four three. The card was four one one one, one one one one, one one one one, one one ' +
  'one one.';
// Italian: an invoice needs the customer's codice fiscale, and she typed the card's verification
// code after it (PCI DSS: never kept after authorisation): both go, the expiry, the amount and the
// order number stay.
const italian =
  "Buongiorno, l'ordine 40418827 del 3/12 non è arrivato. Per la fattura: codice fiscale " +
  'RSSMRA85T10A562S. Ho pagato 89,90 € con la carta 4111 1111 1111 1111, scad. 12/27, CVV 123.';
const ORDERS: Record<string, string> = {
  'it-IT': 'ordine 40418827 del 3/12',
  'en-US': '558812449, I bought it at shop dot com',
  'pl-PL': '482139571',
  'fa-IR': '۴۸۲۱۳۹۵۷',
  'ko-KR': '20241130-000123 (2024-11-30 10:45',
  'tr-TR': '12345678950',
  'vi-VN': '240311087;0312345678',
  'en-IN': 'OD428193847561239100',
  'zh-CN': 'E20261203123456789',
  'cs-CZ': '48213957 z 2. 3. 2026',
  'en-KE': '77120394',
  'en-GB': '55120987',
  'de-DE': 'Bestellung 30418827',
  'es-ES': 'Pedido 40418827',
};

export default function section(): string {
  const lines: string[] = [];
  for (const [name, locale, text] of [
    ['Polish chat', 'pl-PL', polish],
    ['Persian chat', 'fa-IR', persian],
    ['Korean chat', 'ko-KR', korean],
    ['Turkish chat', 'tr-TR', turkish],
    ['Vietnamese table', 'vi-VN', vietnamese],
    ['Indian chat', 'en-IN', indian],
    ['Chinese chat', 'zh-CN', chinese],
    ['Czech chat', 'cs-CZ', czech],
    ['Kenyan chat', 'en-KE', kenyan],
    ['British DM in a fancy font', 'en-GB', fancy],
    ['German mail, raw', 'de-DE', germanMail],
    ['Spanish desk export, JSON', 'es-ES', spanishExport],
    ['Italian chat', 'it-IT', italian],
    ['US call, transcribed', 'en-US', call],
  ] as const) {
    const recognizers = locale === 'en-US' ? spokenNumberRecognizers : [];
    const { text: safe, findings } = redact(text, { locale, recognizers });
    lines.push(`${name} (${locale}), as the vendor receives it:`);
    lines.push(`  ${safe.replace(/\n/g, '\n  ')}`);
    lines.push(
      `  found: ${findings.map((f) => `${f.type} at ${f.start}–${f.end} (${f.confidence})`).join(', ')}`,
    );
    lines.push(`  order number kept: ${safe.includes(ORDERS[locale] as string) ? 'yes' : 'NO'}`);
  }
  // Pseudonymised instead: the vendor's translation comes back with tokens, and the desk, which
  // kept the token map, puts the values back for the agent.
  const { text: tokenised, tokens } = redact(polish, { locale: 'pl-PL', mode: 'pseudonymise' });
  const fromVendor = tokenised
    .replace('Dzień dobry, zamówienie nr', 'Good morning, order no.')
    .replace('nie dotarło', 'has not arrived');
  lines.push('');
  lines.push(`Pseudonymised for the vendor: ${tokenised.slice(0, 120)}…`);
  lines.push(`Restored for the agent:       ${restore(fromVendor, tokens).slice(0, 120)}…`);
  lines.push(`Token map kept by the desk, not by the library: ${Object.keys(tokens).join(', ')}`);
  return lines.join('\n');
}
