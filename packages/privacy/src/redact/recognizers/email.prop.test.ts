// The email recognizer against its oracle (test/redact/emailOracle.ts: the Unicode tests asked per
// code unit each time, as up to cefe0a5): the same addresses, same offsets, on generated text in
// Latin, Persian, Japanese and Devanagari, with internationalised domains, glue, dots and hyphens.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { oracleEmailRecognizer } from '../../../test/redact/emailOracle.js';
import { contextOf as sharedContext } from '../../../test/redact/recognizerContext.js';
import { dodgedAddresses, emailRecognizer } from './email.js';

const PIECES = [
  'anna.kowalska',
  'j.doe+desk',
  "o'brien",
  'müller',
  'علی',
  'テスト',
  'उपयोगकर्ता',
  // Thai, Lao, Khmer and Myanmar words glued to an address, and a Thai one (T36c).
  'ติดต่อ',
  'ที่',
  'ครับ',
  'สมชาย',
  'ตัวอย่าง.ไทย',
  'ຕິດຕໍ່',
  'ទំនាក់ទំនង',
  'ဆက်သွယ်ရန်',
  '@',
  '@',
  '.',
  '-',
  '_',
  'example.com',
  'mail.example.org',
  'przykład.pl',
  'نمونه.ایران',
  '例え.jp',
  'xn--mnchen-3ya.de',
  'xn--zz',
  'com',
  'jp',
  'で',
  'に',
  '電話',
  ' ',
  '\n',
  '57.211.124.247',
  '123',
  'ＡＢＣ',
  '\u200f',
  '%40',
  '%2B',
  '+4930123',
  '&#64;',
  '=40',
  '=20',
  ' at ',
  ' dot ',
  '(at)',
  '[.]',
  ' @ ',
  // Address literals (RFC 5321), whole and in pieces.
  '[192.168.0.1]',
  '[IPv6:2001:db8::1]',
  '[2001:db8::8a2e:370:7334]',
  '[ipv6:::ffff:10.0.0.1]',
  '[300.1.1.1]',
  '[01.2.3.4]',
  '[IPv6:',
  // With a zone (T29d), and what is no zone.
  '[IPv6:fe80::1%eth0]',
  '[fe80::1%25en0]',
  '[192.168.0.1%eth0]',
  '%eth0',
  '%25',
  '%',
  '[',
  ']',
];

const text = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...PIECES) },
      {
        weight: 2,
        arbitrary: fc
          .tuple(fc.constantFrom(...PIECES), fc.constantFrom(...PIECES))
          .map(([local, domain]) => `${local}@${domain}`),
      },
      { weight: 1, arbitrary: fc.string({ maxLength: 4, unit: 'binary' }) },
    ),
    { maxLength: 14 },
  )
  .map((parts) => parts.join(''));

const contextOf = (t: string) => sharedContext(t, 'en-GB', undefined);

describe('the email recognizer finds what its oracle finds', () => {
  // The addresses written without their plain "@" come last, from their own reading (held by the
  // properties below): the ones before are the oracle's.
  test.prop([text])('same addresses, same offsets', (t) => {
    const context = contextOf(t);
    const found = [...emailRecognizer.find(context)];
    const dodged = dodgedAddresses(context.shadow, []);
    expect(found.slice(found.length - dodged.length)).toEqual(dodged);
    expect(found.slice(0, found.length - dodged.length)).toEqual([
      ...oracleEmailRecognizer.find(context),
    ]);
  });

  it('the generated text holds addresses (the property is not vacuous)', () => {
    const samples = fc.sample(text, { numRuns: 300, seed: 12 });
    const hits = samples.filter((t) => [...oracleEmailRecognizer.find(contextOf(t))].length > 0);
    expect(hits.length).toBeGreaterThanOrEqual(40);
    const literals = samples.filter((t) =>
      [...oracleEmailRecognizer.find(contextOf(t))].some((m) => t.charAt(m.end - 1) === ']'),
    );
    // Address literals among them (11 of the 300 when they came in, T28a).
    expect(literals.length).toBeGreaterThanOrEqual(5);
    // With a zone among them (T29d).
    const zoned = samples.filter((t) =>
      [...oracleEmailRecognizer.find(contextOf(t))].some((m) =>
        /%\w+\]$/.test(t.slice(m.start, m.end)),
      ),
    );
    expect(zoned.length).toBeGreaterThanOrEqual(1);
  });
});

// An address written to pass a filter or as it is spoken is the same address: with its "@" and
// dots written as words, in brackets or spaced, in any mix, between words or glued to Japanese, it
// goes whole, as it does written plainly, and nothing else does (T23b audit).
const LOCALS = ['jane', 'j.doe', 'anna_kowalska', 'müller', 'ravi2024', 'o.brien-smith'];
const DOMAINS = [
  ['example', 'com'],
  ['mail', 'example', 'org'],
  ['example', 'co', 'uk'],
  ['przykład', 'pl'],
  ['example', 'com', 'br'],
];
const ATS = [
  ' at ',
  ' AT ',
  '(at)',
  ' (at) ',
  '[at]',
  ' [at] ',
  '{at}',
  '<at>',
  ' @ ',
  '@ ',
  '(@)',
  ' małpa ',
  '(małpa)',
  ' Klammeraffe ',
  ' arroba ',
  ' arobase ',
  '[arroba]',
  ' 골뱅이 ',
];
const DOTS = [
  ' dot ',
  ' DOT ',
  '(dot)',
  ' (dot) ',
  '[dot]',
  '[.]',
  ' [.] ',
  ' . ',
  '.',
  ' punkt ',
  '(punkt)',
  ' kropka ',
  ' punto ',
  ' ponto ',
  ' point ',
];
const AROUND = [
  ['', ''],
  ['my email is ', ', thanks'],
  ['mail: ', '.'],
  ['(', ')'],
  ['メールは', 'です'],
  ['we are at home, write to ', ' today'],
];

const SAID = { '.': 'dot', _: 'underscore', '-': 'dash' };
const isWordAt = (at: string) => at.trim().toLowerCase() === 'at';
// What may stand for a dot after the word "at": a spoken "dot" or a bracketed one.
const atWordDot = (dot: string) => /dot|[([{<] ?\./i.test(dot);

describe('an address written to pass a filter or spoken', () => {
  test.prop([
    fc.constantFrom(...LOCALS),
    fc.constantFrom(...DOMAINS),
    fc.constantFrom(...ATS),
    fc.array(fc.constantFrom(...DOTS), { minLength: 2, maxLength: 2 }),
    fc.constantFrom(...AROUND),
    fc.boolean(),
  ])(
    'goes whole, as the address written plainly',
    (local, labels, at, dots, [before, after], say) => {
      // After the word "at" only a spoken or bracketed dot: "find us at example.com" is a place.
      const dot = (k: number) => {
        const d = dots[k % 2] as string;
        return isWordAt(at) && !atWordDot(d) ? ' dot ' : d;
      };
      // The local part's ".", "_" and "-" may be spoken too ("jane dot doe at …", T24b).
      const spoken = say ? local.replace(/[._-]/g, (c) => ` ${SAID[c as '.']} `) : local;
      const written = spoken + at + labels.map((l, k) => (k ? dot(k) : '') + l).join('');
      const plain = `${before}${local}@${labels.join('.')}${after}`;
      const t = `${before}${written}${after}`;
      const spans = (s: string) =>
        [...emailRecognizer.find(contextOf(s))].map((m) => s.slice(m.start, m.end));
      expect(spans(plain)).toEqual([`${local}@${labels.join('.')}`]);
      expect(spans(t)).toEqual([written]);
    },
  );

  test.prop([
    fc.constantFrom('it', 'them', 'This', 'order', 'bought', 'available'),
    fc.constantFrom(...DOMAINS),
    fc.constantFrom(...DOTS.filter((d) => /dot/i.test(d))),
  ])('after the word "at", a word that names no one before it is a place', (word, labels, dot) => {
    // "I bought it at amazon dot com": a shop, however its dots are spoken.
    const t = `I got ${word} at ${labels.join(dot)} today`;
    expect([...emailRecognizer.find(contextOf(t))]).toEqual([]);
  });

  // Since T36c, a local part written with a dot between its characters ("j.doe") is an address's
  // shape, and the dot words the "at" takes go after it ("max.mustermann at web punkt de"): only a
  // dot written plainly, or spaced, stays there.
  const inner = (local: string) => /\p{L}[._]\p{L}/u.test(local);
  test.prop([
    fc.constantFrom(...LOCALS, 'us', 'it', 'me'),
    fc.constantFrom(...DOMAINS),
    fc.constantFrom(...DOTS.filter((d) => !atWordDot(d))),
  ])(
    'after the word "at", a dot written plainly or in another language is a place',
    (local, labels, dot) => {
      fc.pre(!inner(local) || /^ ?\. ?$/.test(dot));
      const t = `find ${local} at ${labels.join(dot)} today`;
      expect([...emailRecognizer.find(contextOf(t))]).toEqual([]);
    },
  );

  test.prop([
    fc.constantFrom(...LOCALS.filter(inner), 'max.mustermann', 'mario_rossi'),
    fc.constantFrom(...DOMAINS),
    fc.constantFrom(...DOTS.filter((d) => !atWordDot(d) && !/^ ?\. ?$/.test(d))),
  ])(
    'after a local part written with a dot, the dot words the "at" takes',
    (local, labels, dot) => {
      const written = `${local} at ${labels.join(dot)}`;
      const t = `find ${written} today`;
      expect([...emailRecognizer.find(contextOf(t))].map((m) => t.slice(m.start, m.end))).toEqual([
        written,
      ]);
    },
  );
});
