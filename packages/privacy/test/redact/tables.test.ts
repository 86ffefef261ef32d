// A table pasted as text (support tools paste CSV and TSV exports into tickets): a header line of
// cells, then rows with as many, gives each cell below the label of its column, as if it were
// written "MST: 0312345678" (T32c). A header of reference words keeps its column, one of phone or
// id words labels its column's values; a table without a header reads as its lines do.
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { withoutBlanking } from '../../src/redact/lines.js';

const go = (locale: string, text: string) => redact(text, { locale }).text;

describe('a column under a reference header stays, one under a phone header goes', () => {
  it.each([
    // Vietnamese "MST" (mã số thuế, a company's tax code) is a reference word of its language
    // (keywords.ts LANGUAGE_REFERENCE_WORDS) written with a colon after it: the header cell is
    // read as "MST: ", and the tax code, a valid mobile's shape, stayed a phone.
    ['vi-VN', 'MST;SĐT\n0312345678;0912345678', 'MST;SĐT\n0312345678;[PHONE]'],
    [
      'vi-VN',
      'MST;SĐT\n0312345678;0912345678\n0312345679;0987654321\n0312345680;0362345678',
      'MST;SĐT\n0312345678;[PHONE]\n0312345679;[PHONE]\n0312345680;[PHONE]',
    ],
    ['vi-VN', 'MST,SĐT\r\n0312345678, 0912345678\r\n', 'MST,SĐT\r\n0312345678, [PHONE]\r\n'],
    ['vi-VN', '"MST";"SĐT"\n"0312345678";"0912345678"', '"MST";"SĐT"\n"0312345678";"[PHONE]"'],
    [
      'de-DE',
      'Bestellnummer;Telefon\n4711234567;0151 23456789',
      'Bestellnummer;Telefon\n4711234567;[PHONE]',
    ],
    ['en-US', 'Order ID,Phone\n2125550188,2125550187', 'Order ID,Phone\n2125550188,[PHONE]'],
    ['en-US', 'Order ID\tPhone\n2125550188\t2125550187', 'Order ID\tPhone\n2125550188\t[PHONE]'],
    [
      'ja-JP',
      '注文番号,電話番号\n09012345679,09012345678',
      '注文番号,電話番号\n09012345679,[PHONE]',
    ],
    // A Markdown table: its rule line is a row, the phone under "Phone" went unlabelled.
    [
      'en-US',
      '| Order | Phone |\n|---|---|\n| 2125550188 | 2125550187 |',
      '| Order | Phone |\n|---|---|\n| 2125550188 | [PHONE] |',
    ],
  ])('%s %j', (locale, text, out) => {
    expect(go(locale, text)).toBe(out);
  });

  it('a delimiter between quotes is a part of its cell (RFC 4180)', () => {
    // "Nguyen; Van" is one cell: the phone is the second column's, under "SĐT".
    expect(go('vi-VN', '"Tên";"SĐT"\n"Nguyen; Van";0912345678')).toBe(
      '"Tên";"SĐT"\n"Nguyen; Van";[PHONE]',
    );
    // A value after a quoted ";" starts no cell: it is read as its line reads it, not as the
    // tax code column's (nothing is kept because of a misread column).
    expect(go('vi-VN', 'MST;SĐT\n"a;0912345678";0912345679')).toBe('MST;SĐT\n"a;[PHONE]";[PHONE]');
  });
});

describe('one reading: a loose row is labelled only as a phone’s', () => {
  // lines.ts read a table only where every row has the header's cell count and no header cell
  // passes 32 units; phone.ts's columnLabel (context.ts) labelled a phone under the nearest line
  // without a digit besides. T33a made them one reading: a row with more or fewer cells than its
  // header, or under a header cell over 32 units, is a loose row of the table, whose header names
  // a phone's column and keeps nothing.
  it.each([
    ['pl-PL', 'Telefon;Imię\n600123456;Jan;extra', 'Telefon;Imię\n[PHONE];Jan;extra'],
    [
      'en-US',
      'Phone;Order;Note with a very long header cell that goes on and on\n2125550187;558812449;x',
      'Phone;Order;Note with a very long header cell that goes on and on\n[PHONE];558812449;x',
    ],
    // Fewer cells than the header's.
    ['pl-PL', 'Telefon;Imię;Miasto\n600123456;Jan', 'Telefon;Imię;Miasto\n[PHONE];Jan'],
    // A header of one cell, over rows of two or more: the header line is its first column's.
    ['en-US', 'Phone\r\n2125550187\t558812449', 'Phone\r\n[PHONE]\t558812449'],
    // Rows cut by a delimiter the header does not hold: the header line is their first cell's.
    [
      'en-US',
      'Phone, please call\n2125550187|2125550187|Jan',
      'Phone, please call\n[PHONE]|2125550187|Jan',
    ],
    // A line of one value ends no table, and the rows after it are loose: its customer number's
    // column keeps nothing of theirs (the mobile under "Kundennummer" goes).
    [
      'de-DE',
      'Telefon;Kundennummer\r\n"030 12345678";ok\r\n4711234567\r\n030 12345678;0151 23456789',
      'Telefon;Kundennummer\r\n"[PHONE]";ok\r\n4711234567\r\n[PHONE];[PHONE]',
    ],
    // A loose row's order column keeps nothing: the formatted number under "Order" reads as its
    // line does (columnLabel kept it as an order's; so did it the phone under a sentence, below).
    ['en-US', 'Order;Phone\n(212) 555-0188;(212) 555-0187;x', 'Order;Phone\n[PHONE];[PHONE];x'],
  ])('%s %j', (locale, text, out) => {
    expect(go(locale, text)).toBe(out);
  });
});

describe('a line of prose is no sure header (T33a)', () => {
  // A sentence split by ", " over a line split the same way read as a header and a row: its
  // "order" labelled the phone below as an order's number, and it stayed. A comma and a space
  // are how a sentence writes its comma; an export writes "Order,Phone" (lines.ts).
  it.each([
    [
      'en-US',
      'About my order, please help\n(212) 555-0187, thanks',
      'About my order, please help\n[PHONE], thanks',
    ],
    [
      'en-US',
      'Hi, I need help with my order\n(212) 555-0187, thanks',
      'Hi, I need help with my order\n[PHONE], thanks',
    ],
    // The same sentence as a form's label alone on the line above (context.ts cellKind).
    [
      'en-US',
      'About my order, please help\n(212) 555-0187',
      'About my order, please help\n[PHONE]',
    ],
    // A sentence's phone word still names the value under it (held before).
    ['en-US', 'Phone, please call\n2125550187, thanks', 'Phone, please call\n[PHONE], thanks'],
    ['en-US', 'Phone, please call\n2125550187', 'Phone, please call\n[PHONE]'],
    // An export's header keeps working: the order stays, the phone goes (held before).
    ['en-US', 'Order,Phone\n558812449,2125550187', 'Order,Phone\n558812449,[PHONE]'],
    [
      'pl-PL',
      'Numer zamówienia,Telefon\n512345678,600123456',
      'Numer zamówienia,Telefon\n512345678,[PHONE]',
    ],
    // A header typed with ", " reads as a sentence's: its order column keeps nothing, and a
    // number there in a phone's shape goes as one.
    ['en-US', 'Order, Phone\n(212) 555-0188, (212) 555-0187', 'Order, Phone\n[PHONE], [PHONE]'],
  ])('%s %j', (locale, text, out) => {
    expect(go(locale, text)).toBe(out);
  });
});

describe('a delimiter between quotes is a part of its cell, in every reading (T33a)', () => {
  // columnLabel counted the ";" between the quotes as a cell's end: the phone sat under "Order"
  // and stayed as an order's number. It is inside the first cell, "Note"'s, and starts no cell.
  it.each([
    ['en-US', 'Note;Order\n"a;(212) 555-0187";558812449', 'Note;Order\n"a;[PHONE]";558812449'],
    ['vi-VN', 'Ghi chú;Order\n"a;0912345678";0312345678', 'Ghi chú;Order\n"a;[PHONE]";0312345678'],
    // A cell's quoted ";" makes no row ragged: the phone's column is the first.
    [
      'en-US',
      'Phone;Notes\n"2125550187";"call after 5; not before"',
      'Phone;Notes\n"[PHONE]";"call after 5; not before"',
    ],
  ])('%s %j', (locale, text, out) => {
    expect(go(locale, text)).toBe(out);
  });
});

describe('a row goes on no value of the row above', () => {
  it.each([
    // The second row's phone, spaced in threes as the first row's order number is, was read as
    // that number going on across the break (an order's number wrapped in even groups) and kept.
    [
      'pl-PL',
      'Telefon;Numer zamówienia\n600123456;512 345 678\n512 345 678;600123456',
      'Telefon;Numer zamówienia\n[PHONE];512 345 678\n[PHONE];600123456',
    ],
    // A row's first cell is its column's value, not the end of a number wrapped from the row
    // above: the tax code under "MST" stays, the phone above it goes alone (held before too).
    [
      'vi-VN',
      'SĐT;MST\n0912345678;+84 91\n2345678;0312345678',
      'SĐT;MST\n[PHONE];+84 91\n2345678;0312345678',
    ],
    // A loose row too (under a header of one cell): its first phone was read as the order's
    // number on the line above going on, and kept, once T33a read such rows as loose ones.
    [
      'pl-PL',
      'Numer zamówienia\n600 123 456\n600 123 456|600 123 456',
      'Numer zamówienia\n600 123 456\n[PHONE]|[PHONE]',
    ],
    [
      'pl-PL',
      '"Numer zamówienia"\n600 123 456\n600 123 456|600 123 456',
      '"Numer zamówienia"\n600 123 456\n[PHONE]|[PHONE]',
    ],
  ])('%s %j', (locale, text, out) => {
    expect(go(locale, text)).toBe(out);
  });
});

describe('a later pass', () => {
  it('keeps the header of a row that holds a placeholder, however far above', () => {
    // The phone's " 9" after it asks for a later pass, which reads the output with quiet lines
    // blanked (lines.ts): with the header blanked too, the tax code two lines under it lost its
    // label there and went as a phone.
    expect(go('vi-VN', 'MST;SĐT\n0312345678;x\n0312345678;0912345678 9')).toBe(
      'MST;SĐT\n0312345678;x\n0312345678;[PHONE] 9',
    );
  });

  it('reads again a row its placeholders carry past MAX_ROW units (the header path notes the row)', () => {
    // The first pass reads the number under "Order" and keeps it. Each "x@y.nl" (6 units) becomes
    // "[EMAIL]" (7): the row, 994 units, is 1,134 in the output, over lines.ts MAX_ROW, so no row,
    // and the number there is a phone with no label. Only the label window the header path notes,
    // the row up to the value (context.ts phoneLabelsBefore, its `label === shadow` false), holds
    // the addresses: noted as the text's window instead, in the header label's offsets (near the
    // text's start), the gate let no later pass run and the phone stayed (U51h).
    const emails = Array.from({ length: 140 }, () => 'x@y.nl').join(' ');
    const placeholders = Array.from({ length: 140 }, () => '[EMAIL]').join(' ');
    const text = `Note;Order\n${emails};(212) 555-0187`;
    expect(go('en-US', text)).toBe(`Note;Order\n${placeholders};[PHONE]`);
    expect(go('en-US', text)).toBe(withoutBlanking(() => go('en-US', text)));
    // Under the row bound in the output too, the number stays an order's on every pass.
    const short = `Note;Order\n${emails.slice(0, 7 * 120 - 1)};(212) 555-0187`;
    expect(go('en-US', short)).toMatch(/;\(212\) 555-0187$/);
  });
});

// A line that its placeholders carry across lines.ts MAX_ROW (1,024 units), longer or shorter, is
// a table's row in one reading and ends the table in the other (U51h left it open, V52a): the
// value on it, or on a row below it, reads under its column's header in one and under none in the
// other. No label window of the first pass need hold those placeholders (the addresses after the
// value on its own row; a row above the value's, which ends the table in the output; a line of
// cards above a phone's row that the output makes short enough to be a row again), so the gate
// (laterPass.ts) ran no later pass; and where the value's row holds no placeholder, a later pass
// blanked it (lines.ts blankQuietLines). Each kept a number the plain reading redacts. The gate
// now runs the later pass for such a line (lines.ts crossedRows), and blankQuietLines keeps the
// rows below it down to the table's end in both readings. Every row here but the two marked
// failed on main ab1ed07f (23 of 25).
describe('a line carried across the row bound by its placeholders', () => {
  const list = (value: string, n: number) => Array.from({ length: n }, () => value).join(' ');
  const emails = list('x@y.nl', 127);
  const more = list('x@y.nl', 140);
  const cards = '4111 1111 1111 1111 '.repeat(52);
  // A row of `head`, then padding, then `tail`, `length` units long.
  const padded = (head: string, tail: string, length: number) =>
    `${head}${'y'.repeat(length - head.length - tail.length)}${tail}`;
  it.each([
    // The value on the row: 903 units, 1,030 once each "x@y.nl" (6) is "[EMAIL]" (7). The
    // phone's label window (the row up to the value) holds none of them: no later pass ran.
    ['en-US', `Order;Note\n(212) 555-0187;${emails}`],
    ['en-US', `Order,Note\n(212) 555-0187,${emails}`],
    ['en-US', `Order\tNote\n(212) 555-0187\t${emails}`],
    // A row above the value's made too long (981 units, 1,121): the table ends there in the
    // output. A later pass ran for nothing (it blanked the phone's row, which holds no
    // placeholder), where it ran at all.
    ['en-US', `Order;Note\n1;${more}\n(212) 555-0187;x`],
    ['en-US', `Order,Note\n1,${more}\n(212) 555-0187,x`],
    ['en-US', `Order\tNote\n1\t${more}\n(212) 555-0187\tx`],
    ['en-US', `Order|Note\n1|${more}\n(212) 555-0187|x`],
    // The other way: 1,042 units of cards, 366 as "[CARD]"s, a row again, and the phone's row
    // under "Telefon" (in the input it had no header: the long line ended the table).
    ['pl-PL', `Telefon;Note\n1;${cards}\n600123456;x`],
    ['pl-PL', `Telefon,Note\n1,${cards}\n600123456,x`],
    ['pl-PL', `Telefon\tNote\n1\t${cards}\n600123456\tx`],
    ['pl-PL', `Telefon|Note\n1|${cards}\n600123456|x`],
    // IBANs, long addresses and IP addresses shorten a line as cards do.
    ['pl-PL', `Telefon;Note\n1;${list('PL61 1090 1014 0000 0712 1981 2874', 30)}\n600123456;x`],
    ['pl-PL', `Telefon;Note\n1;${list('anna.kowalska@example.com', 40)}\n600123456;x`],
    ['pl-PL', `Telefon;Note\n1;${list('192.168.1.20', 80)}\n600123456;x`],
    // By a unit: one address makes a row of 1,024 units 1,025, or one of 8 units ("ab@cd.pl")
    // makes 1,025 units 1,024.
    ['en-US', `Order;Note\n${padded('(212) 555-0187;x@y.nl ', '', 1024)}`],
    ['en-US', `Order;Note\n${padded('1;x@y.nl ', '', 1024)}\n(212) 555-0187;x`],
    ['pl-PL', `Telefon;Note\n${padded('1;ab@cd.pl ', '', 1025)}\n600123456;x`],
    // Several such lines, both ways (the second phone, below a line made too long, has no
    // header in either reading and stays, a bare Polish number), and what a table's end is not:
    // a row with no placeholder between, a line of spaces (a row a later pass blanked).
    ['en-US', `Order;Note\n1;${more}\n(212) 555-0187;x\n1;${more}\n(212) 555-0188;x`],
    ['pl-PL', `Telefon;Note\n1;${cards}\n600123456;x\n1;${more}\n600123457;x`],
    ['en-US', `Order;Note\n1;${more}\n2;x\n(212) 555-0187;x`],
    ['en-US', `Order;Note\n1;${more}\n   \n(212) 555-0187;x`],
    // A line of no digit with the table's cell count: a row of the table where the line above is
    // one, the header of the rows below where the line above ends the table.
    ['en-US', `Order;Note\n${padded('1;x@y.nl ', '', 1024)}\nNote;Other\n(212) 555-0187;x`],
    ['pl-PL', `Telefon;Note\n${padded('1;ab@cd.pl ', '', 1025)}\nNote;Other\n600123456;x`],
  ])('%s %#: the number goes, as in the plain reading', (locale, text) => {
    const out = go(locale, text);
    expect(out).toBe(withoutBlanking(() => go(locale, text)));
    expect(out).not.toMatch(/555-018[78]|600123456/);
  });

  it.each([
    // A unit short of the bound either way: the row is one in both readings, and the number
    // under "Order" stays an order's (held on main too).
    ['en-US', `Order;Note\n${padded('(212) 555-0187;x@y.nl ', '', 1023)}`, /555-0187/],
    // Over the bound in both: no row, and the phone has no header either way.
    ['pl-PL', `Telefon;Note\n${padded('1;ab@cd.pl ', '', 1026)}\n600123456;x`, /600123456/],
  ])('%s %#: a line that stays on its side reads as before', (locale, text, kept) => {
    const out = go(locale, text);
    expect(out).toBe(withoutBlanking(() => go(locale, text)));
    expect(out).toMatch(kept);
  });
});

describe('what is no table reads as before', () => {
  it('rows without a header', () => {
    expect(go('vi-VN', '0312345678;0912345678\n0312345679;0912345679')).toBe(
      '[PHONE];[PHONE]\n[PHONE];[PHONE]',
    );
    expect(go('en-US', '2125550188,2125550187')).toBe('2125550188,2125550187');
  });

  it('a line of prose with a comma over a labelled number', () => {
    // The header cell "thanks" says nothing: the row's own label ("my phone") still reads.
    expect(go('pl-PL', 'Hello, thanks\nmy phone, 600123456')).toBe(
      'Hello, thanks\nmy phone, [PHONE]',
    );
  });

  it('rows whose cells are not as many as the header’s', () => {
    expect(go('vi-VN', 'MST;SĐT\n0312345678;0912345678;x')).toBe('MST;SĐT\n[PHONE];[PHONE];x');
  });
});
