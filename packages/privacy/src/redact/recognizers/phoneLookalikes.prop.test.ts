// V58c (issue #14): look-alikes of the shapes session 58 fixed stay as they are, and the reading
// of a list's next value (phoneLookalikes.ts listHeadBefore) is held to a plain statement of its
// rule: a regular expression over the text before the value, tried at every start.
// - An order's, an invoice's or a shipment's label, then values printed alike joined by "," ";"
//   "/" or a word, the last with a count or not: every value stays.
// - Values with "/" between them in Denmark, Norway, Sweden, Finland, France and the Netherlands,
//   and a lone value, a "/" and a number with its count in any of the desk's countries: they stay.
// - A quantity's "3 x" before an article's number with no trunk "0", and a count: it stays.
// - An amount in lakhs before an Indian mobile: the amount stays whole, the mobile goes.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { phoneAndOracle } from '../../../test/redact/phoneOracle.js';
import { contextOf } from '../../../test/redact/recognizerContext.js';
import { redact } from '../redact.js';
import { listHeadBefore } from './phoneLookalikes.js';

const digits = (n: number) =>
  fc
    .tuple(
      fc.integer({ min: 1, max: 9 }),
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n - 1, maxLength: n - 1 }),
    )
    .map(([h, t]) => `${h}${t.join('')}`);

// A print as group lengths and separators ("4 4", "3 3 3", "4-6", "3-7"), filled with digits.
const PRINTS: readonly (readonly [number, string, number, ...(string | number)[]])[] = [
  [4, ' ', 4],
  [3, ' ', 3, ' ', 3],
  [4, '-', 6],
  [3, '-', 7],
];
const fill = (print: readonly (string | number)[]) =>
  fc
    .tuple(...print.map((p) => (typeof p === 'number' ? digits(p) : fc.constant(p))))
    .map((parts) => parts.join(''));
const printed = fc
  .constantFrom(...PRINTS)
  .chain((print) => fc.array(fill(print), { minLength: 2, maxLength: 4 }));

const LOCALES = [
  ['de-DE', ['Bestellnummer', 'Bestellung', 'Rechnung'], 'und', 'Stück', 'DE'],
  ['en-IN', ['Order', 'Order no.', 'Invoice'], 'and', 'pcs', 'IN'],
  ['sv-SE', ['Ordernummer', 'Faktura'], 'och', 'st', 'SE'],
  ['es-ES', ['Pedido', 'Factura'], 'y', 'unidades', 'ES'],
  ['ja-JP', ['注文番号', '請求書番号'], 'と', '点', 'JP'],
] as const;

describe('look-alikes of these shapes stay (V58c)', () => {
  test.prop(
    [
      fc.constantFrom(...LOCALES),
      printed,
      fc.constantFrom(', ', '; ', ' / ', ',\n', 'JOIN'),
      fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
      fc.nat(),
    ],
    { numRuns: 80 },
  )(
    "an order's label, then values printed alike in a list, a count after the last",
    ([locale, labels, word, unit], values, join, count, k) => {
      const sep = join === 'JOIN' ? ` ${word} ` : join;
      const label = labels[k % labels.length] as string;
      const text = `${label} ${values.join(sep)}${count === undefined ? '' : ` ${count} ${unit}`}`;
      expect(redact(text, { locale }).text).toBe(text);
    },
  );

  test.prop(
    [
      fc.constantFrom('da-DK', 'nb-NO', 'sv-SE', 'fi-FI', 'fr-FR', 'nl-NL', 'de-DE', 'de-AT'),
      fc.array(digits(4), { minLength: 2, maxLength: 4 }),
    ],
    { numRuns: 60 },
  )('order numbers with "/" between them, no label', (locale, values) => {
    const text = values.join('/');
    expect(redact(text, { locale }).text).toBe(text);
  });

  test.prop(
    [
      fc.constantFrom(
        ['de-AT', 'Stück'],
        ['pl-PL', 'sztuki'],
        ['en-IN', 'units'],
        ['fr-FR', 'pièces'],
        ['nl-NL', 'stuks'],
        ['ar-EG', 'قطع'],
        ['da-DK', 'stk.'],
      ),
      fc.integer({ min: 1, max: 9999 }),
      // (A value in groups of spaces, where the matcher finds a number inside it past its first
      // group, "34/2061 1211 4 Stk.", is V59f's: phoneLabelWrapped.prop.test.ts.)
      fc.oneof(fc.integer({ min: 5, max: 8 }).chain(digits), fill([4, '-', 6]), fill([3, '-', 7])),
      fc.integer({ min: 1, max: 12 }),
    ],
    { numRuns: 60 },
  )('a lone value, a "/", then a value and a count', ([locale, unit], lone, value, count) => {
    const text = `${lone}/${value} ${count} ${unit}`;
    expect(redact(text, { locale }).text).toBe(text);
  });

  test.prop(
    [
      fc.constantFrom(
        ['de-DE', 'Stück'],
        ['ja-JP', '点'],
        ['pt-BR', 'unidades'],
        ['it-IT', 'pezzi'],
      ),
      fc.integer({ min: 1, max: 99 }),
      fc.constantFrom(' x ', 'x ', ' × ', ' x\n'),
      fc.constantFrom(...PRINTS).chain(fill),
      fc.integer({ min: 1, max: 12 }),
    ],
    { numRuns: 60 },
  )('a quantity, "x", an article\'s number and a count', ([locale, unit], n, x, value, count) => {
    const text = `${n}${x}${value} ${count} ${unit}`;
    expect(redact(text, { locale }).text).toBe(text);
  });

  test.prop(
    [
      fc.constantFrom('₹', 'Rs. ', '₹ '),
      fc.integer({ min: 1, max: 99 }),
      fc.array(fc.integer({ min: 0, max: 99 }), { minLength: 0, maxLength: 2 }),
      fc.integer({ min: 0, max: 999 }),
      fc.constantFrom('98765 43210', '91234 56789', '87654 32109', '70123 45678'),
    ],
    { numRuns: 60 },
  )(
    'an amount in lakhs stays whole, the mobile after it goes',
    (sign, head, lakhs, last, mobile) => {
      const amount = [
        String(head),
        ...lakhs.map((g) => String(g).padStart(2, '0')),
        String(last).padStart(3, '0'),
      ].join(',');
      expect(redact(`${sign}${amount} ${mobile}`, { locale: 'en-IN' }).text).toBe(
        `${sign}${amount} [PHONE]`,
      );
    },
  );
});

/**
 * listHeadBefore's rule, plainly: the earliest start `h` such that the text from `h` to `start`
 * is one to eight values of one print, each followed by a join, no value's digit group right
 * before `h`, and the number found that print, a count of one or two digits after it or not.
 */
function listHeadPlain(shadow: string, from: number, found: string): number {
  // (Since V59f: a number found with spaces before it, a " / " list's piece, from its first digit.)
  const lead = (/^ */.exec(found) as RegExpExecArray)[0].length;
  const start = from + lead;
  const text = found.slice(lead);
  // (Since V59f: a list's value before the number found may be wrapped between two groups, the
  // line break printed as a space; the number found may not.)
  const printOf = (value: string) =>
    /^\d+(?:[ .-]\d+)*$/.test(value) ? value.replace(/\d+/g, (d) => String(d.length)) : undefined;
  const wrappedPrintOf = (value: string) => printOf(value.replace(/(?<=\d)\n(?=\d)/g, ' '));
  const own = printOf(text);
  if (own === undefined) return -1;
  const join = String.raw`[ \n\r]*(?:[,;&/]|(?<=[ \n\r])(?:and|or|und|oder|sowie|et|ou|y|o|e|en|of|og|eller|och|i|lub|oraz|ja|tai|és|vagy|ve|veya|dan|atau|và|и|と|или|و|या|और)(?![\p{L}\p{M}]))[ \n\r]*`;
  for (let h = 0; h < start; h++) {
    if (h > 0 && !' \t\n\r(,;&/'.includes(shadow.charAt(h - 1))) continue;
    if (h > 1 && ' -.\n'.includes(shadow.charAt(h - 1)) && /\d/.test(shadow.charAt(h - 2)))
      continue;
    // One to eight values, each with its join after it.
    const whole = new RegExp(String.raw`^(?:\d+(?:[ .\n-]\d+)*(?:${join})){1,8}$`, 'iu');
    if (!whole.test(shadow.slice(h, start))) continue;
    const values = shadow
      .slice(h, start)
      .split(new RegExp(join, 'iu'))
      .filter((v) => v !== '');
    const prints = new Set(values.map(wrappedPrintOf));
    if (prints.size !== 1 || values.length > 8) continue;
    const print = [...prints][0];
    if (print === undefined) continue;
    if (
      own === print ||
      (own.startsWith(`${print} `) && /^ \d{1,2}$/.test(own.slice(print.length)))
    )
      return h;
  }
  return -1;
}

describe("a list's next value printed as its first (V58c)", () => {
  test.prop(
    [
      fc.constantFrom(...LOCALES),
      printed,
      fc.constantFrom(', ', '; ', ' / ', ',\n', '/', 'JOIN', ' - ', ': '),
      fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
      fc.constantFrom('', 'x ', '12 ', 'A'),
      fc.nat(),
      fc.boolean(),
    ],
    { numRuns: 120 },
  )(
    'listHeadBefore finds the start its plain rule finds',
    ([, , word], values, join, count, before, wrap, spaced) => {
      const sep = join === 'JOIN' ? ` ${word} ` : join;
      const last = `${spaced ? ' ' : ''}${values.at(-1)}${count === undefined ? '' : ` ${count}`}`;
      // (Since V59f: a value before the last wrapped at its line's end, in place of a space.)
      const firsts = values.slice(0, -1);
      const w = wrap % (firsts.length + 1);
      if (w < firsts.length) firsts[w] = (firsts[w] as string).replace(' ', '\n');
      const head = `${before}${firsts.join(sep)}${sep.endsWith(' ') && spaced ? sep.slice(0, -1) : sep}`;
      const shadow = `${head}${last} Stück`;
      expect(listHeadBefore(shadow, head.length, last)).toBe(
        listHeadPlain(shadow, head.length, last),
      );
    },
  );

  test.prop([fc.constantFrom(...LOCALES), printed, fc.constantFrom(', ', ' / ', 'JOIN')], {
    numRuns: 40,
  })(
    'the recognizer finds what its oracle finds',
    ([locale, labels, word, unit, country], values, join) => {
      const sep = join === 'JOIN' ? ` ${word} ` : join;
      const text = `${labels[0]} ${values.join(sep)} 2 ${unit}`;
      const [fast, plain] = phoneAndOracle(contextOf(text, locale, country));
      expect(fast).toEqual(plain);
    },
  );
});
