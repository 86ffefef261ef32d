// Linear time on hostile input, the first half of the shapes (the inputs that make regex-based
// redactors backtrack, addresses, ids, cards, lists, the first table shapes); linear.test.ts holds
// the rest, linearTime.ts how cost is measured and why.
import { redact } from '@meridian-cx/privacy';
import { describe, it } from 'vitest';
import { expectLinear, localeOf } from './linearTime.js';

const HOSTILE: Record<string, (n: number) => string> = {
  'a run of digits': (n) => '1'.repeat(n),
  'a run of @': (n) => '@'.repeat(n),
  'a run of "a."': (n) => 'a.'.repeat(n / 2),
  'digits with spaces': (n) => '1 '.repeat(n / 2),
  'digits with dots': (n) => '1.'.repeat(n / 2),
  'digits with dashes': (n) => '4-'.repeat(n / 2),
  'Persian digits with spaces': (n) => '۱ '.repeat(n / 2),
  'three-digit groups': (n) => '123 '.repeat(n / 4),
  'parenthesised digits': (n) => '(1) '.repeat(n / 4),
  'plus and digits': (n) => '+1 '.repeat(n / 3),
  'email-ish': (n) => 'a@a.'.repeat(n / 4),
  // Address literals with a zone, and ones whose zone never ends (T29d).
  'literals with zones': (n) => 'a@[fe80::1%eth0] '.repeat(n / 17),
  'zones without an end': (n) => 'a@[fe80::1%'.repeat(n / 11),
  'literals without a zone': (n) => 'a@[fe80::1] '.repeat(n / 12),
  // Bare addresses with a zone, one too long, and "%"s after each other (T30c).
  'bare zones': (n) => 'fe80::1%eth0 ::1%1234567890abcdefgh ::1%%%25 '.repeat(n / 45),
  'hex and colons': (n) => 'a:'.repeat(n / 2),
  // Addresses after an "IPv6:" tag, and tags after tags (T29d).
  'tagged addresses': (n) => 'IPv6:fe80::1 '.repeat(n / 13),
  'tags after tags': (n) => 'IPv6:6:'.repeat(n / 7),
  'IBAN-ish': (n) => 'PL12 '.repeat(n / 5),
  'NINO-ish': (n) => 'AB12 '.repeat(n / 5),
  // Letter ids with mixed separators (T29d): dotted pairs after a glued prefix, a DNI dashed in
  // thousands, a NIE's digits split 4-3.
  'NINO pairs dotted': (n) => 'AB12.34.56 '.repeat(n / 11),
  'DNI-ish dashed': (n) => '12-345-678-'.repeat(n / 11),
  'NIE-ish split': (n) => 'X 1234 567 '.repeat(n / 11),
  'NIE-ish eight digits': (n) => 'X01234567 '.repeat(n / 10),
  labels: (n) => 'order tel '.repeat(n / 10),
  'card-ish groups': (n) => '4111 '.repeat(n / 5),
  // Lists read as pieces of one run (lists.test.ts): valid cards, labelled ids, SSNs.
  'a list of cards': (n) => '4111 1111 1111 1111 '.repeat(n / 20),
  // A card beside a long number is one piece of its run (T29d).
  'cards beside long numbers': (n) => '0013542419 4111 1111 1111 1111 '.repeat(n / 31),
  'a labelled list of ids': (n) => `PESEL ${'44051401359 '.repeat(n / 12)}`,
  'a list of SSNs': (n) => `SSN ${'536-22-1234 '.repeat(n / 12)}`,
  // The national ids of T31a: resident registration numbers (6-7, spaced 6 7), T.C. kimlik
  // numbers, Israeli ids and AMKAs after their labels.
  'a list of RRNs': (n) => `주민등록번호 ${'900101-1234568 900101 1234568 '.repeat(n / 30)}`,
  'labelled ids of T31a': (n) =>
    'TC kimlik 12345678950 ת.ז. 123456782 ΑΜΚΑ 01013099997 '.repeat(n / 53),
  'groups apart by &nbsp;': (n) => '4111&nbsp;'.repeat(n / 10),
  // A dash with a space either side joins a run's groups (session 22).
  'groups apart by " - "': (n) => '1 - '.repeat(n / 4),
  'cards apart by " - "': (n) => '4111 - 1111 - 1111 - 1111 - '.repeat(n / 28),
  'SSNs apart by " - "': (n) => `SSN ${'536 - 22 - 1234 '.repeat(n / 16)}`,
  // " - " read by the bare walk beside dots and single dashes (T30a).
  'groups apart by " - ", dots and dashes': (n) => '06 - 12.34-5 - '.repeat(n / 15),
  'IBAN groups apart by &nbsp;': (n) => 'DE89&nbsp;'.repeat(n / 10),
  // Cells of one long table row, and rows under a header: a cell's column was once counted from
  // its line's start, per cell (16x per 4x input on one 160,000-unit line).
  'a row of phone cells': (n) => `telefon,imie\n${'600 123 456,'.repeat(n / 12)}`,
  'cells after semicolons': (n) => ';600123456'.repeat(n / 10),
  'rows under a header': (n) => `telefon;imie\n${'600123456;Jan\n'.repeat(n / 14)}`,
  // Addresses spoken or written to pass a filter, digits one by one, a card across lines.
  'spoken addresses': (n) => 'jane at example dot com x(at)y '.repeat(n / 32),
  // The Korean "@" word (T30b), between labels and alone in a row.
  'Korean spoken addresses': (n) => 'a.b 골뱅이 c.kr 골뱅이 '.repeat(n / 17),
  'digits one by one': (n) => `tel ${'1 '.repeat(n / 2)}`,
  'groups of four on lines': (n) => '4111 1111\n'.repeat(n / 10),
  // What mails carry (T24b): numbers ending links, a quoted-printable body's "=40".
  'numbers ending links': (n) => 'https://a.pl/kontakt/600-123-456 '.repeat(n / 33),
  'quoted-printable': (n) => 'jan=40example.pl=20x=\n'.repeat(n / 22),
  // A card's groups across a quoted reply's lines, HTML line breaks, last digits alone on a line.
  'quoted groups of four': (n) => '> 4111 1111\n'.repeat(n / 12),
  'groups of four and <br>': (n) => '4111 1111<br>'.repeat(n / 13),
  'lone digits after groups': (n) => '4222 2222 2222\n2\n'.repeat(n / 17),
  'IBAN-ish lines': (n) => 'DE89 3704\r\n'.repeat(n / 11),
  // An IBAN's groups across quoted lines, or apart by " - " (session 22).
  'IBAN-ish quoted lines': (n) => 'DE89 3704\n> > '.repeat(n / 14),
  'IBAN-ish groups apart by " - "': (n) => 'DE89 - 3704 - '.repeat(n / 14),
  'quote marks after an IBAN-ish group': (n) => `DE89\n${'> '.repeat(n / 2)}`,
  'spoken local parts': (n) => 'a dot b underscore c at d dot '.repeat(n / 30),
  'form labels above values': (n) => 'Phone\n2125550187\n'.repeat(n / 17),
  // Lists of numbers read a number at a time (T25a): after a label, from "+" or "00", with " / "
  // and " - " between; groups that dial after a label; "+" and zeros that make no number; lists
  // that end and start again.
  'a labelled list': (n) => `tel ${'600 123 456 '.repeat(n / 12)}`,
  'labelled groups of three': (n) => `tel ${'123 456 789 '.repeat(n / 12)}`,
  'a "+" list': (n) => '+48 600 123 456 '.repeat(n / 16),
  'a "00" list': (n) => '0048 600 123 456 '.repeat(n / 17),
  'a list with " / " and " - "': (n) => `tel ${'600 123 456 / 601-234-567 - '.repeat(n / 30)}`,
  '"+1 2" over and over': (n) => '+1 2 '.repeat(n / 5),
  zeros: (n) => '0 '.repeat(n / 2),
  'lists between "--"': (n) => '+48 600 123 456 -- '.repeat(n / 19),
  'labelled lists between junk': (n) => `tel ${'600 123 456 12 '.repeat(n / 15)}`,
  // A mail's HTML source (T25a): no-break space references between groups, "&amp;" everywhere.
  'groups between &nbsp;': (n) => `tel ${'12&nbsp;'.repeat(n / 8)}`,
  'a list with &#160;': (n) => `tel ${'600&#160;123&#160;456 '.repeat(n / 22)}`,
  '&amp; everywhere': (n) => 'a &amp; 1&amp;2 '.repeat(n / 16),
  // Polish account numbers without "PL" (26 digits), and "PL " before check digits (lead, session 22).
  'domestic account numbers': (n) => 'konto 61 1090 1014 0000 0712 1981 2874 '.repeat(n / 39),
  'country codes and a space': (n) => 'PL 61 '.repeat(n / 6),
  'phone words after numbers': (n) => '9876543210 पर कॉल '.repeat(n / 18),
  // T33e: labels read folded (context.ts lowerCodeAt), typed without their accents or in
  // capitals, and letters of 7,680 kinds before numbers (each unit folded once, then looked up).
  'labels typed without accents': (n) =>
    'Siparis no 0532 418 27 90 ΚΙΝΗΤΟ 6912345678 Nr zamowienia 600123456 '.repeat(n / 68),
  'letters of many kinds before numbers': (n) => {
    let s = '';
    for (let i = 0; s.length < n; i++)
      s += String.fromCharCode(0xc0 + (i % 0x1e00)) + (i % 8 === 7 ? ' 600 123 456 ' : '');
    return s;
  },
};

describe('redact runs in linear time on hostile input', () => {
  it.each(Object.entries(HOSTILE))(
    '%s: 4× the input costs < 10× the time',
    { timeout: 180_000 },
    (_, make) => {
      const locale = localeOf(make(80));
      expectLinear(make, (s) => redact(s, { locale }));
    },
  );
});
