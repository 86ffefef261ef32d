// Czech account numbers in the shapes the fourteenth audit read (T45c, issue #14): a WhatsApp
// export, a signature block, a forwarded reply, a CSV row, an order API's JSON, an OCR'd line,
// with the look-alikes a Czech desk sees beside them (an order's, an invoice's and a file's
// numbers with a slash, a law's, dates, amounts, a carrier's). Every value is synthetic, each
// account's parts passing the check of decree 169/2011 Sb. (checked below).
import { describe, expect, it } from 'vitest';
import { czAccountValid } from '../../src/redact/checks/bankAccounts.js';
import { type Case, describeAudit, type Go } from './audit.js';

const A = (value: string): Go => ['bank-account', value];

const ROWS: readonly (readonly [string, readonly Case[]])[] = [
  [
    'Czech accounts (cs-CZ)',
    [
      [
        'cs-CZ',
        '[12/03/2026, 14:22] Jana: peníze prosím na 2709483168/0800, objednávka 2026001240',
        [A('2709483168/0800')],
        ['12/03/2026, 14:22', '2026001240'],
      ],
      [
        'cs-CZ',
        'S pozdravem\nPetr Svoboda\nČ. ú.: 67010-3005678121/0100\npetr.svoboda@email.cz',
        [A('67010-3005678121/0100'), ['email', 'petr.svoboda@email.cz']],
        ['S pozdravem'],
      ],
      [
        'cs-CZ',
        '> Dne 12.03.2026 v 14:22 Jana napsala:\n> vraťte to na účet 5012345674/2010\nDěkujeme.',
        [A('5012345674/2010')],
        ['12.03.2026 v 14:22', 'Děkujeme.'],
      ],
      [
        'cs-CZ',
        'jméno;účet;částka\nJana Nováková;102345675/0300;1 299,00',
        [A('102345675/0300')],
        ['1 299,00'],
      ],
      [
        'cs-CZ',
        '{"objednavka":"2026001241","cislo_uctu":"860012343/6363","castka":"499"}',
        [A('860012343/6363')],
        ['2026001241', '499'],
      ],
      [
        'cs-CZ',
        'Reklamace č. 4471/2026: vraťte peníze na 10858-738462519/0100',
        [A('10858-738462519/0100')],
        ['4471/2026'],
      ],
      [
        'cs-CZ',
        'Objednávka 2709483168/0800 (číslo objednávky z e-shopu), faktura FV 2026/0815',
        [],
        ['2709483168/0800', '2026/0815'],
      ],
      [
        'cs-CZ',
        'č. j. 1234562/2024, podle zákona č. 187/2006 Sb., ze dne 02/19/2025',
        [],
        ['1234562/2024', '187/2006', '02/19/2025'],
      ],
      [
        'cs-CZ',
        'Zásilka PPL 40912345678, variabilní symbol 2026001242, cena 1 299 Kč',
        [],
        ['40912345678', '2026001242', '1 299 Kč'],
      ],
    ],
  ],
];

describeAudit(ROWS);

describe("the rows' accounts are synthetic and pass the decree's check", () => {
  const accounts = ROWS.flatMap(([, cases]) =>
    cases.flatMap(([, , go]) => go.filter(([type]) => type === 'bank-account')),
  ).map(([, value]) => value);
  it.each(accounts)('%s', (value) => {
    const [head, , code] = value.split(/([/])/);
    const [prefix, number] = (head as string).includes('-')
      ? (head as string).split('-')
      : ['', head as string];
    expect(code).toMatch(/^\d{4}$/);
    expect(czAccountValid(prefix as string, number as string)).toBe(true);
  });
});
