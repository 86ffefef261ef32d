// Synthetic personal data with valid check digits, and the look-alikes that must stay. No value is
// a real person's: numbers are drawn at random and completed by the issuers' algorithms.
import { isValidIBAN } from 'ibantools';
import {
  type CountryCode,
  getExampleNumber,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import {
  beNrn,
  bsn,
  cpf,
  deTaxId,
  dniLetter,
  frNir,
  iban,
  irCode,
  itCf,
  luhnOk,
  pesel,
  ptNif,
  withLuhn,
  withVerhoeff,
} from './checks.js';
import type { Rng } from './random.js';

const group = (s: string, size: number, sep: string): string =>
  s.match(new RegExp(`.{1,${size}}`, 'g'))?.join(sep) ?? s;

export function phone(r: Rng, country: CountryCode): string {
  const example = getExampleNumber(country, examples);
  if (example === undefined) throw new Error(`no example number for ${country}`);
  const nationalExample = String(example.nationalNumber);
  for (let attempt = 0; attempt < 50; attempt++) {
    const keep = nationalExample.length - 4;
    const candidate = parsePhoneNumberFromString(
      `+${example.countryCallingCode}${nationalExample.slice(0, keep)}${r.digits(4)}`,
    );
    if (!candidate?.isValid()) continue;
    const style = r.int(0, 5);
    if (style === 0) return candidate.formatNational();
    if (style === 1) return candidate.formatInternational();
    if (style === 2) return candidate.number;
    if (style === 3) return `00${candidate.number.slice(1)}`;
    if (style === 4 && (country === 'GB' || country === 'DE')) {
      const intl = candidate.formatInternational();
      const cut = intl.indexOf(' ');
      return `${intl.slice(0, cut)} (0)${intl.slice(cut + 1)}`;
    }
    return candidate.formatNational().replaceAll(' ', r.pick(['-', '.', ' ', '\u00a0']));
  }
  throw new Error(`no valid number drawn for ${country}`);
}

const LOCALS = [
  'anna.kowalska',
  'j.smith',
  'maria_gonzalez',
  'k.tanaka',
  'zoë.müller',
  'ali.rezaei',
  'priya.sharma',
  'pieter+orders',
  'luca.bianchi',
  'علی.رضایی',
  'たなか',
  'राहुल',
];
const DOMAINS = [
  'example.com',
  'mail.example.org',
  'przykład.pl',
  'bücher-shop.de',
  'exemplo.com.br',
  'voorbeeld.nl',
  'esempio.it',
  'correo.es',
  'نمونه.ایران',
  'مثال.مصر',
  '例え.jp',
  'उदाहरण.भारत',
  'exemple.fr',
];

export function email(r: Rng): string {
  const local = r.pick(LOCALS) + (r.chance(0.4) ? String(r.int(1, 99)) : '');
  return `${local}@${r.pick(DOMAINS)}`;
}

const CARD_PREFIXES: readonly [string, number][] = [
  ['4', 16],
  ['4', 13],
  ['51', 16],
  ['53', 16],
  ['55', 16],
  ['2221', 16],
  ['2720', 16],
  ['34', 15],
  ['37', 15],
  ['6011', 16],
  ['35', 16],
  ['62', 19],
  ['36', 14],
];

export function card(r: Rng): string {
  const [prefix, length] = r.pick(CARD_PREFIXES);
  const digits = withLuhn(prefix + r.digits(length - prefix.length - 1));
  const style = r.int(0, 2);
  if (length === 15 && style < 2) {
    const sep = style === 0 ? ' ' : '-';
    return `${digits.slice(0, 4)}${sep}${digits.slice(4, 10)}${sep}${digits.slice(10)}`;
  }
  if (style === 0) return group(digits, 4, ' ');
  if (style === 1) return group(digits, 4, '-');
  return digits;
}

// Our own BBAN layouts (n digits, a letters, c alphanumerics); ibantools then confirms each drawn
// IBAN, so a wrong layout here would show up as a failing draw, not as a wrong label.
const BBANS: Record<string, string> = {
  PL: 'n24',
  DE: 'n18',
  NL: 'a4n10',
  GB: 'a4n14',
  FR: 'n10c11n2',
  ES: 'n20',
  IT: 'a1n10c12',
  BR: 'n23a1c1',
  SA: 'n2c18',
  IR: 'n22',
  AE: 'n19',
};

function bban(r: Rng, layout: string): string {
  let out = '';
  for (const [, kind, count] of layout.matchAll(/([nac])(\d+)/g)) {
    for (let i = 0; i < Number(count); i++) {
      const n = String(r.int(0, 9));
      const a = String.fromCharCode(65 + r.int(0, 25));
      out += kind === 'n' ? n : kind === 'a' ? a : r.chance(0.5) ? n : a;
    }
  }
  return out;
}

// National check digits inside some BBANs. France: the RIB key, 97 − ((89·bank + 15·branch +
// 3·account) mod 97). Spain: two "dígitos de control", weights 1-2-4-8-5-10-9-7-3-6 mod 11.
function frBban(r: Rng): string {
  const bank = r.digits(5);
  const branch = r.digits(5);
  const account = r.digits(11);
  const key = 97 - ((89 * Number(bank) + 15 * Number(branch) + 3 * Number(account)) % 97);
  return `${bank}${branch}${account}${String(key).padStart(2, '0')}`;
}

function esControl(ten: string): string {
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const sum = w.reduce((acc, wi, i) => acc + wi * Number(ten.charAt(i)), 0);
  const d = 11 - (sum % 11);
  return String(d === 11 ? 0 : d === 10 ? 1 : d);
}

function esBban(r: Rng): string {
  const bank = r.digits(4);
  const branch = r.digits(4);
  const account = r.digits(10);
  return `${bank}${branch}${esControl(`00${bank}${branch}`)}${esControl(account)}${account}`;
}

export function ibanValue(r: Rng, country: string): string {
  const layout = BBANS[country] ?? 'n18';
  for (let attempt = 0; attempt < 200; attempt++) {
    const body = country === 'FR' ? frBban(r) : country === 'ES' ? esBban(r) : bban(r, layout);
    const value = iban(country, body);
    if (isValidIBAN(value)) return r.chance(0.7) ? group(value, 4, ' ') : value;
  }
  throw new Error(`no valid IBAN drawn for ${country}`);
}

export function ip(r: Rng): string {
  if (r.chance(0.65)) return [r.int(1, 223), r.int(0, 255), r.int(0, 255), r.int(1, 254)].join('.');
  const groups = Array.from({ length: 8 }, () => r.int(0, 0xffff).toString(16));
  if (r.chance(0.5)) return `2001:db8::${groups.slice(5).join(':')}`;
  return groups.join(':');
}

export function peselValue(r: Rng): string {
  const year = r.int(1935, 2009);
  return pesel(year, r.int(1, 12), r.int(1, 28), r.digits(4));
}

export function cpfValue(r: Rng): string {
  const d = cpf(r.digits(9));
  return r.chance(0.75) ? `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}` : d;
}

export function bsnValue(r: Rng): string {
  for (;;) {
    const d = bsn(String(r.int(1, 9)) + r.digits(7));
    if (d !== undefined) return d;
  }
}

export function aadhaarValue(r: Rng): string {
  const d = withVerhoeff(String(r.int(2, 9)) + r.digits(10));
  return r.chance(0.8) ? group(d, 4, ' ') : d;
}

export function ssnValue(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const d = `${String(area).padStart(3, '0')}${String(r.int(1, 99)).padStart(2, '0')}${String(r.int(1, 9999)).padStart(4, '0')}`;
  return `${d.slice(0, 3)}-${d.slice(3, 5)}-${d.slice(5)}`;
}

const NINO_FIRST = 'ABCEGHJKLMNOPRSTWXYZ';
const NINO_SECOND = 'ABCEGHJKLMNPRSTWXYZ';

export function ninoValue(r: Rng): string {
  let prefix = 'BG';
  while (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(prefix)) {
    prefix = r.pick([...NINO_FIRST]) + r.pick([...NINO_SECOND]);
  }
  const d = r.digits(6);
  const suffix = r.pick(['A', 'B', 'C', 'D']);
  return r.chance(0.6)
    ? `${prefix} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suffix}`
    : `${prefix}${d}${suffix}`;
}

export function dniValue(r: Rng): string {
  const num = r.int(10_000_000, 99_999_999);
  return `${num}${r.chance(0.2) ? '-' : ''}${dniLetter(num)}`;
}

export function nieValue(r: Rng): string {
  const lead = r.int(0, 2);
  const seven = r.digits(7);
  return `${'XYZ'.charAt(lead)}${seven}${dniLetter(Number(`${lead}${seven}`))}`;
}

export function irCodeValue(r: Rng): string {
  const d = irCode(r.digits(9));
  return r.chance(0.2) ? `${d.slice(0, 3)}-${d.slice(3, 9)}-${d.slice(9)}` : d;
}

/** A digit string of `length` that is not Luhn-valid when 13–19 long (what an order number is). */
export function referenceDigits(r: Rng, length: number): string {
  for (;;) {
    const d = String(r.int(1, 9)) + r.digits(length - 1);
    if (length < 13 || length > 19 || !luhnOk(d)) return d;
  }
}

// T61b: the five ids of Europe's largest online markets, synthetic, in the prints desks see.

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A codice fiscale of a random person: sometimes a woman's, sometimes omocodic. */
export function itCfValue(r: Rng): string {
  const letters = Array.from({ length: 6 }, () => r.pick([...LETTERS])).join('');
  const place = r.pick(['A', 'F', 'H', 'L', 'Z']) + r.digits(3);
  return itCf(
    letters,
    r.int(0, 99),
    r.int(1, 12),
    r.int(1, 28),
    r.chance(0.5),
    place,
    r.chance(0.1) ? r.int(1, 3) : 0,
  );
}

/** A NIR in the Assurance Maladie's print (1 2 2 2 3 3 2) or unbroken; Corsican now and then. */
export function frNirValue(r: Rng): string {
  const dept = r.chance(0.1) ? r.pick(['2A', '2B']) : String(r.int(1, 95)).padStart(2, '0');
  const mm = String(r.int(1, 12)).padStart(2, '0');
  const d = frNir(`${r.pick(['1', '2'])}${r.digits(2)}${mm}${dept}${r.digits(3)}${r.digits(3)}`);
  return r.chance(0.7) ? nirPrinted(d) : d;
}

/** A NIR's fifteen characters in the Assurance Maladie's print: 1 2 2 2 3 3 2, apart by spaces. */
export function nirPrinted(d: string): string {
  return [
    d.slice(0, 1),
    d.slice(1, 3),
    d.slice(3, 5),
    d.slice(5, 7),
    d.slice(7, 10),
    d.slice(10, 13),
    d.slice(13),
  ].join(' ');
}

/** A Steuer-IdNr: ten digits led by 1–9 with one digit twice, the check digit; spaced 2 3 3 3 or not. */
export function deTaxIdValue(r: Rng): string {
  const pool = [...'0123456789'];
  const twice = r.pick(pool);
  const rest = pool.filter((c) => c !== twice);
  // Nine of the other digits drop one; the repeated digit twice: ten in all, shuffled, no 0 first.
  const drop = r.pick(rest);
  let ten = '';
  do {
    const chars = [twice, twice, ...rest.filter((c) => c !== drop)];
    for (let i = chars.length - 1; i > 0; i--) {
      const j = r.int(0, i);
      [chars[i], chars[j]] = [chars[j] as string, chars[i] as string];
    }
    ten = chars.join('');
  } while (ten.startsWith('0'));
  const d = deTaxId(ten);
  return r.chance(0.5) ? `${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5, 8)} ${d.slice(8)}` : d;
}

/** A Belgian national number in the eID's print (85.07.30-033.28) or unbroken. */
export function beNrnValue(r: Rng): string {
  const from2000 = r.chance(0.3);
  const yy = String(from2000 ? r.int(0, 24) : r.int(30, 99)).padStart(2, '0');
  const nine = `${yy}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 28)).padStart(2, '0')}${String(r.int(1, 998)).padStart(3, '0')}`;
  const d = beNrn(nine, from2000);
  return r.chance(0.6)
    ? `${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4, 6)}-${d.slice(6, 9)}.${d.slice(9)}`
    : d;
}

/** A Portuguese person's NIF (1, 2, 3 or 45 first), spaced in threes or not. */
export function ptNifValue(r: Rng): string {
  const head = r.chance(0.1) ? `45${r.digits(6)}` : `${r.int(1, 3)}${r.digits(7)}`;
  const d = ptNif(head);
  return r.chance(0.5) ? `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` : d;
}
