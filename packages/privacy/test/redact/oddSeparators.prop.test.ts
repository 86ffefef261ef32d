// A letter id is the same id whatever separator it is written with (T28a): a random valid UK NINO,
// Spanish DNI or NIE, written with each separator style, after its label or alone, in a sentence,
// goes whole (nothing of it remains: the text is the sentence with the placeholder in its place);
// the same shapes with a wrong check letter stay untouched. The ids are built here from the
// issuers' definitions (HMRC NIM39110; the DNI letter table), not from the recognizers' checks.
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect } from 'vitest';

// NIM39110: a first letter not D, F, I, Q, U, V; a second not D, F, I, O, Q, U, V; seven pairs
// never allocated; a suffix A-D.
const FIRST = 'ABCEGHJKLMNOPRSTWXYZ';
const SECOND = 'ABCEGHJKLMNPRSTWXYZ';
const UNALLOCATED = ['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'];
const LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

// A Chilean RUT's check character ("módulo 11" as the press and validators give it: digits from
// the right weighted 2-7 and again, 11 minus the sum mod 11, "K" for 10, "0" for 11).
const rutCheck = (body: string): string => {
  let sum = 0;
  for (let i = body.length - 1, w = 2; i >= 0; i--, w = w === 7 ? 2 : w + 1)
    sum += Number(body.charAt(i)) * w;
  const c = 11 - (sum % 11);
  return c === 11 ? '0' : c === 10 ? 'K' : String(c);
};

const ninoPrefix = fc
  .tuple(fc.constantFrom(...FIRST), fc.constantFrom(...SECOND))
  .map(([a, b]) => a + b)
  .filter((p) => !UNALLOCATED.includes(p));
const sixDigits = fc.stringMatching(/^[0-9]{6}$/);
const eightDigits = fc.stringMatching(/^[0-9]{8}$/);
const sevenDigits = fc.stringMatching(/^[0-9]{7}$/);

/** A letter that is not `right` (a wrong check letter). */
const otherThan = (right: string, pick: number): string => {
  const others = [...'ABCDEFGHJKLMNPQRSTVWXYZ'].filter((c) => c !== right);
  return others[pick % others.length] as string;
};

/** Where the id stands: before it, after it. */
const AROUND: readonly (readonly [string, string])[] = [
  ['', ''],
  ['Hi, it is ', ' thanks.'],
  ['Hola, es ', ', gracias.'],
  ['(', ')'],
  ['Ok.\n', '\n'],
];

const NINO_SEPARATORS = ['', ' ', '-', '.', ' - '];
const NINO_LABELS = ['', 'NINO ', 'NI number: ', 'My National Insurance number is '];

/** A NINO written with `sep` between every group (the prefix, three pairs, the suffix). */
const ninoText = (prefix: string, d: string, suffix: string, sep: string) =>
  [prefix, d.slice(0, 2), d.slice(2, 4), d.slice(4), suffix].join(sep);

describe('a UK NINO with any separator', () => {
  test.prop([
    ninoPrefix,
    sixDigits,
    fc.constantFrom('A', 'B', 'C', 'D'),
    fc.constantFrom(...NINO_SEPARATORS),
    fc.constantFrom(...NINO_LABELS),
    fc.constantFrom(...AROUND),
  ])('goes whole, with or without its label', (prefix, d, suffix, sep, label, [before, after]) => {
    const id = ninoText(prefix, d, suffix, sep);
    const text = `${before}${label}${id}${after}`;
    expect(redact(text, { locale: 'en-GB' }).text).toBe(`${before}${label}[NINO]${after}`);
  });

  test.prop([
    ninoPrefix,
    sixDigits,
    fc.constantFrom(...'EFGHJKLMNPRSTWXYZ'),
    fc.constantFrom(...NINO_SEPARATORS),
    fc.constantFrom(...NINO_LABELS),
    fc.constantFrom(...AROUND),
  ])('with a suffix past D stays', (prefix, d, suffix, sep, label, [before, after]) => {
    const text = `${before}${label}${ninoText(prefix, d, suffix, sep)}${after}`;
    expect(redact(text, { locale: 'en-GB' }).text).toBe(text);
  });
});

// Its pairs one way, its prefix and its suffix each glued, spaced or set apart as the pairs are
// ("AB12.34.56C", "AB 12.34.56 C" leaked whole, T29d).
const ninoMixed = (prefix: string, d: string, suffix: string, seps: readonly string[]) => {
  const [head, pairs, tail] = seps as [string, string, string];
  return `${prefix}${head}${[d.slice(0, 2), d.slice(2, 4), d.slice(4)].join(pairs)}${tail}${suffix}`;
};
const mixedSeparators = fc
  .constantFrom(...NINO_SEPARATORS)
  .chain((pairs) =>
    fc.tuple(fc.constantFrom('', ' ', pairs), fc.constant(pairs), fc.constantFrom('', ' ', pairs)),
  );

describe('a UK NINO with its prefix and suffix set apart otherwise than its pairs', () => {
  test.prop([
    ninoPrefix,
    sixDigits,
    fc.constantFrom('A', 'B', 'C', 'D'),
    mixedSeparators,
    fc.constantFrom(...NINO_LABELS),
    fc.constantFrom(...AROUND),
  ])('goes whole', (prefix, d, suffix, seps, label, [before, after]) => {
    const text = `${before}${label}${ninoMixed(prefix, d, suffix, seps)}${after}`;
    expect(redact(text, { locale: 'en-GB' }).text).toBe(`${before}${label}[NINO]${after}`);
  });

  test.prop([
    ninoPrefix,
    sixDigits,
    fc.constantFrom(...'EFGHJKLMNPRSTWXYZ'),
    mixedSeparators,
    fc.constantFrom(...NINO_LABELS),
    fc.constantFrom(...AROUND),
  ])('with a suffix past D stays', (prefix, d, suffix, seps, label, [before, after]) => {
    const text = `${before}${label}${ninoMixed(prefix, d, suffix, seps)}${after}`;
    expect(redact(text, { locale: 'en-GB' }).text).toBe(text);
  });
});

// A DNI's shapes: its digits whole or in thousands, its letter glued, after a dash or a space.
// Dotted with a space before the letter, or spaced in thousands, it is an amount's shape too
// ("12.345.678 y", "12 345 678 y"): those need the DNI's own label.
const DNI_SHAPES: readonly (readonly [(d: string) => string, string, boolean])[] = [
  [(d) => d, '', false],
  [(d) => d, '-', false],
  [(d) => d, ' ', false],
  [(d) => `${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5)}`, '', false],
  [(d) => `${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5)}`, '-', false],
  [(d) => `${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5)}`, ' ', true],
  [(d) => `${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}`, '', true],
  [(d) => `${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}`, '-', true],
  [(d) => `${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}`, ' ', true],
  // Dashed in thousands (T29d): as dotted.
  [(d) => `${d.slice(0, 2)}-${d.slice(2, 5)}-${d.slice(5)}`, '', false],
  [(d) => `${d.slice(0, 2)}-${d.slice(2, 5)}-${d.slice(5)}`, '-', false],
  [(d) => `${d.slice(0, 2)}-${d.slice(2, 5)}-${d.slice(5)}`, ' ', true],
];
const DNI_LABELS = ['DNI ', 'Mi DNI es ', 'NIF: '];

describe('a Spanish DNI with any separator', () => {
  test.prop([
    eightDigits,
    fc.constantFrom(...DNI_SHAPES),
    fc.constantFrom('', ...DNI_LABELS),
    fc.constantFrom(...AROUND),
  ])('goes whole after its label; alone when its shape is its own', (d, shape, label, around) => {
    const [write, sep, labelled] = shape;
    const [before, after] = around;
    const id = `${write(d)}${sep}${LETTERS.charAt(Number(d) % 23)}`;
    const text = `${before}${label}${id}${after}`;
    const expected = labelled && !label ? text : `${before}${label}[DNI]${after}`;
    expect(redact(text, { locale: 'es-ES' }).text).toBe(expected);
  });

  test.prop([
    eightDigits,
    fc.nat(),
    fc.constantFrom(...DNI_SHAPES),
    fc.constantFrom('', ...DNI_LABELS),
    fc.constantFrom(...AROUND),
  ])('with a wrong letter stays', (d, pick, [write, sep], label, [before, after]) => {
    const letter = otherThan(LETTERS.charAt(Number(d) % 23), pick);
    // A "K" that is the body's Chilean check ("37.303.262-K") is a valid RUT in RUT's own print,
    // and goes as one: not a wrong DNI.
    fc.pre(letter !== 'K' || rutCheck(d) !== 'K');
    const id = `${write(d)}${sep}${letter}`;
    const text = `${before}${label}${id}${after}`;
    expect(redact(text, { locale: 'es-ES' }).text).toBe(text);
  });
});

// A NIE's separators around its digits: none, a space or a dash on either side, or a dot or " - "
// on both.
const NIE_SEPARATORS: readonly (readonly [string, string])[] = [
  ['', ''],
  ['-', ''],
  ['', '-'],
  ['-', '-'],
  [' ', ' '],
  ['-', ' '],
  ['.', '.'],
  [' - ', ' - '],
];
const NIE_LABELS = ['', 'NIE ', 'Mi NIE es ', 'Soy extranjero, NIE '];

// Its digits split 4-3 (T29d): by its letter's separator ("X-1234-567-L", "X.1234.567.L"), by a
// dash after a letter glued or spaced, or by a space, which is an amount's shape too and needs
// the NIE's label ("NIE X 1234 567 L").
const NIE_SPLITS: readonly (readonly [string, string, string, boolean])[] = [
  ['-', '-', '-', false],
  ['-', '-', '', false],
  ['', '-', '-', false],
  ['', '-', '', false],
  [' ', '-', ' ', false],
  ['.', '.', '.', false],
  [' - ', ' - ', ' - ', false],
  [' ', ' ', ' ', true],
  ['', ' ', '', true],
  ['-', ' ', '-', true],
];

describe('a Spanish NIE with any separator', () => {
  test.prop([
    fc.nat({ max: 2 }),
    sevenDigits,
    fc.constantFrom(...NIE_SEPARATORS),
    fc.constantFrom(...NIE_LABELS),
    fc.constantFrom(...AROUND),
  ])('goes whole, with or without its label', (lead, d, [a, b], label, [before, after]) => {
    const id = `${'XYZ'.charAt(lead)}${a}${d}${b}${LETTERS.charAt(Number(`${lead}${d}`) % 23)}`;
    const text = `${before}${label}${id}${after}`;
    expect(redact(text, { locale: 'es-ES' }).text).toBe(`${before}${label}[NIE]${after}`);
  });

  test.prop([
    fc.nat({ max: 2 }),
    sevenDigits,
    fc.nat(),
    fc.constantFrom(...NIE_SEPARATORS),
    fc.constantFrom(...NIE_LABELS),
    fc.constantFrom(...AROUND),
  ])('with a wrong letter stays', (lead, d, pick, [a, b], label, [before, after]) => {
    const right = LETTERS.charAt(Number(`${lead}${d}`) % 23);
    const text = `${before}${label}${'XYZ'.charAt(lead)}${a}${d}${b}${otherThan(right, pick)}${after}`;
    expect(redact(text, { locale: 'es-ES' }).text).toBe(text);
  });
});

// An address literal with a zone (T29d): "user@[IPv6:fe80::1%eth0]" went out whole. Any IPv6
// address, tagged or not, with a zone of RFC 6874's characters after "%" or its URI form "%25",
// goes whole as one address.
describe('an address literal with a zone', () => {
  test.prop([
    fc.constantFrom('user', 'jane.doe', 'a', 'ops+v6'),
    // Not "::" (no address: unspecified, RFC 4291 §2.5.2; read as none with or without a zone).
    fc.ipV6().filter((a) => a !== '::'),
    fc.stringMatching(/^[\w.~-]{1,15}$/),
    fc.constantFrom('IPv6:', 'ipv6:', ''),
    fc.constantFrom('%', '%25'),
    fc.constantFrom(...AROUND),
  ])('goes whole', (local, address, zone, tag, pct, [before, after]) => {
    const text = `${before}${local}@[${tag}${address}${pct}${zone}]${after}`;
    expect(redact(text, { locale: 'en-US' }).text).toBe(`${before}[EMAIL]${after}`);
  });
});

describe('a Spanish NIE with its digits split 4-3', () => {
  test.prop([
    fc.nat({ max: 2 }),
    sevenDigits,
    fc.constantFrom(...NIE_SPLITS),
    fc.constantFrom(...NIE_LABELS),
    fc.constantFrom(...AROUND),
  ])('goes whole; spaced, after its label', (lead, d, [a, m, b, labelled], label, around) => {
    const [before, after] = around;
    const letter = LETTERS.charAt(Number(`${lead}${d}`) % 23);
    const text = `${before}${label}${'XYZ'.charAt(lead)}${a}${d.slice(0, 4)}${m}${d.slice(4)}${b}${letter}${after}`;
    const expected = labelled && !label ? text : `${before}${label}[NIE]${after}`;
    expect(redact(text, { locale: 'es-ES' }).text).toBe(expected);
  });

  test.prop([
    fc.nat({ max: 2 }),
    sevenDigits,
    fc.nat(),
    fc.constantFrom(...NIE_SPLITS),
    fc.constantFrom(...NIE_LABELS),
    fc.constantFrom(...AROUND),
  ])('with a wrong letter stays', (lead, d, pick, [a, m, b], label, [before, after]) => {
    const right = LETTERS.charAt(Number(`${lead}${d}`) % 23);
    const text = `${before}${label}${'XYZ'.charAt(lead)}${a}${d.slice(0, 4)}${m}${d.slice(4)}${b}${otherThan(right, pick)}${after}`;
    expect(redact(text, { locale: 'es-ES' }).text).toBe(text);
  });
});

// An X issued before Orden INT/2058/2008 has eight digits (that order cut new ones to seven; the
// old ones stay valid), its letter the number's mod 23 as ever (T29d).
describe('a Spanish NIE of eight digits after an X', () => {
  const eight = fc.stringMatching(/^[0-9]{8}$/);
  test.prop([
    eight,
    fc.constantFrom(...NIE_SEPARATORS),
    fc.constantFrom(...NIE_LABELS),
    fc.constantFrom(...AROUND),
  ])('goes whole', (d, [a, b], label, [before, after]) => {
    const text = `${before}${label}X${a}${d}${b}${LETTERS.charAt(Number(d) % 23)}${after}`;
    expect(redact(text, { locale: 'es-ES' }).text).toBe(`${before}${label}[NIE]${after}`);
  });

  test.prop([
    eight,
    fc.nat(),
    fc.constantFrom(...NIE_SEPARATORS),
    fc.constantFrom(...NIE_LABELS),
    fc.constantFrom(...AROUND),
  ])('with a wrong letter stays', (d, pick, [a, b], label, [before, after]) => {
    const wrong = otherThan(LETTERS.charAt(Number(d) % 23), pick);
    const text = `${before}${label}X${a}${d}${b}${wrong}${after}`;
    expect(redact(text, { locale: 'es-ES' }).text).toBe(text);
  });
});
