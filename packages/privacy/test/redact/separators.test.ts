// Invisible and look-alike separators inside values (T34f, issue #14; found by the tenth audit,
// T34e). A soft hyphen (U+00AD: text copied from a PDF or a hyphenated web page), a zero-width
// space, a word joiner or a BOM inside a card, an IBAN, a phone number or an address; and the
// katakana prolonged sound mark "ー" typed where a dash belongs between digits (a Japanese input
// method in kana mode types it for the "-" key). Each went out whole or in part before.
//
// The properties insert the invisible characters at random places in random values built here
// from their definitions (Luhn, ISO 13616 mod 97, RFC 5322's atext), not from the recognizers'
// checks: the value goes whole, and nothing of it is left.
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { isFormatSpace, shadowOf } from '../../src/redact/digits.js';
import { dodgedAddresses, emailRecognizer } from '../../src/redact/recognizers/email.js';
import { oracleEmailRecognizer } from './emailOracle.js';
import { contextOf as sharedContext } from './recognizerContext.js';

type Row = [locale: string, text: string, expected: string];

const check = (locale: string, text: string, expected: string) =>
  expect(redact(text, { locale }).text).toBe(expected);

const SHY = '\u00ad';
const ZWSP = '\u200b';
const WJ = '\u2060';
const BOM = '\ufeff';
const HIDDEN = [SHY, ZWSP, WJ, BOM];
// The same four (digits.ts isInvisible, held to them in invisible.test.ts): written out here so
// that this file runs against the code before them too.
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/;

describe('a soft hyphen or a word joiner between digit groups', () => {
  it.each<Row>([
    ['en-US', `card 4111${SHY}1111${SHY}1111${SHY}1111`, 'card [CARD]'],
    ['en-US', `card 4111${WJ}1111${WJ}1111${WJ}1111`, 'card [CARD]'],
    // Two of them in a group, or one beside a space: one separator, not two runs.
    ['en-US', `card 41${SHY}${ZWSP}11 1111 1111 1111`, 'card [CARD]'],
    ['en-US', `card 4111 1111 11${SHY} 11 1111 exp 12/27`, 'card [CARD] exp 12/27'],
    ['de-DE', `IBAN DE89${SHY}3704 0044 0532 0130 00`, 'IBAN [IBAN]'],
    ['de-DE', `IBAN DE89 3704${SHY}0044${SHY}0532${SHY}0130${SHY}00`, 'IBAN [IBAN]'],
    ['de-DE', `IBAN DE89 ${SHY}3704 0044 0532 0130 00`, 'IBAN [IBAN]'],
    ['de-DE', `IBAN DE89${SHY} 3704${WJ} 0044 0532 0130 00`, 'IBAN [IBAN]'],
    ['pl-PL', `tel +48${SHY}600${SHY}123${SHY}456`, 'tel [PHONE]'],
    ['pl-PL', `tel +48 600${SHY}123${SHY}456`, 'tel [PHONE]'],
    ['en-US', `call +1 (212) 555${WJ}0187`, 'call [PHONE]'],
  ])('%s %j', check);

  it('the shadow reads them as spaces, as it reads ZWSP and the bidi marks', () => {
    expect(shadowOf(`4111${SHY}1111${WJ}1111`)).toBe('4111 1111 1111');
    for (const c of HIDDEN) expect(isFormatSpace(c.charCodeAt(0))).toBe(true);
  });

  it('a word hyphenated with one is left as it is', () => {
    for (const text of [`Konto${SHY}nummer bitte`, `ja${ZWSP}ne said hi`, `Wort${WJ}fügung`])
      check('de-DE', text, text);
  });
});

describe('an invisible character inside an address', () => {
  it.each<Row>([
    // The first letters were left ("ja[EMAIL]").
    ['en-US', `ja${ZWSP}ne@example.com`, '[EMAIL]'],
    ['en-US', `ja${WJ}ne@example.com`, '[EMAIL]'],
    ['en-US', `ja${BOM}ne@example.com`, '[EMAIL]'],
    ['en-US', `ja${SHY}ne@example.com`, '[EMAIL]'],
    ['en-US', `jane.${ZWSP}roe@example.com`, '[EMAIL]'],
    ['en-US', `mail: jane${ZWSP}${SHY}.roe@example.com, thanks`, 'mail: [EMAIL], thanks'],
    // Left whole.
    ['en-US', `jane.roe@exam${SHY}ple.com`, '[EMAIL]'],
    ['en-US', `jane${ZWSP}@example.com`, '[EMAIL]'],
    ['en-US', `jane@${ZWSP}example.com`, '[EMAIL]'],
    ['en-US', `jane@example${WJ}.com`, '[EMAIL]'],
    ['en-US', `jane@example.${BOM}com`, '[EMAIL]'],
    ['en-US', `jane@example.co${SHY}m today`, '[EMAIL] today'],
    ['de-DE', `schreib an müller${SHY}meier@exam${SHY}ple.de bitte`, 'schreib an [EMAIL] bitte'],
    ['ja-JP', `メールはtaro${ZWSP}yamada@example.jpまで`, 'メールは[EMAIL]まで'],
  ])('%s %j', check);

  it.each<Row>([
    // At the address's edge an invisible character is not inside it, and stays.
    ['en-US', `${ZWSP}jane@example.com${ZWSP}`, `${ZWSP}[EMAIL]${ZWSP}`],
    // Before a full stop it is read with the stop and goes with the address (nothing visible
    // changes).
    ['en-US', `jane@example.com${SHY}. Bye`, '[EMAIL]. Bye'],
    // The bidi marks set an address apart from the words around it, as before.
    ['ar-EG', 'البريد\u200fjane@example.com', 'البريد\u200f[EMAIL]'],
    // A host that is no host without its invisible characters is none with them.
    ['en-US', `jane@exam${ZWSP} ple.com`, `jane@exam${ZWSP} ple.com`],
  ])('%s %j', check);
});

describe('the katakana prolonged sound mark between digits', () => {
  it.each<Row>([
    ['ja-JP', '4111ー1111ー1111ー1111', '[CARD]'],
    ['ja-JP', 'カード番号4111ー1111ー1111ー1111です', 'カード番号[CARD]です'],
    ['ja-JP', 'ｶｰﾄﾞ 4111ｰ1111ｰ1111ｰ1111', 'ｶｰﾄﾞ [CARD]'],
    ['ja-JP', '電話 090ー1234ー5678', '電話 [PHONE]'],
    ['ja-JP', '電話 ０９０ー１２３４ー５６７８', '電話 [PHONE]'],
    ['ja-JP', '携帯は080ー1234ー5678です', '携帯は[PHONE]です'],
  ])('%s %j', check);

  it.each([
    'コーヒー',
    'コーヒー2杯とケーキ1つ',
    'ラーメン',
    'スーパー3ー4番',
    'データー1件',
    'メール：サーバー2台',
  ])('is a vowel mark elsewhere: %j stays', (text) => check('ja-JP', text, text));

  it('reads as a dash only between digits, and the shadow keeps its length', () => {
    expect(shadowOf('コーヒー090ー1234ーカード')).toBe('コーヒー090-1234ーカード');
    expect(shadowOf('ー1ー2ー')).toBe('ー1-2ー');
  });
});

// ---- properties --------------------------------------------------------------------------------

/** `value` with one to four invisible characters inserted strictly inside it, anywhere. */
const withHidden = (value: string) =>
  fc
    .array(fc.tuple(fc.integer({ min: 1, max: value.length - 1 }), fc.constantFrom(...HIDDEN)), {
      minLength: 1,
      maxLength: 4,
    })
    .map((inserts) => {
      let out = value;
      // From the last place back, so each index is one of the value as it was.
      for (const [at, c] of [...inserts].sort((a, b) => b[0] - a[0]))
        out = out.slice(0, at) + c + out.slice(at);
      return out;
    });

const luhnCheck = (body: string): string => {
  let sum = 0;
  for (let k = 0; k < body.length; k++) {
    let d = body.charCodeAt(body.length - 1 - k) - 48;
    if (k % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
};

const card = fc
  .tuple(fc.constantFrom('4', '51', '52', '55', '2221', '6011'), fc.constantFrom('', ' ', '-'))
  .chain(([prefix, sep]) =>
    fc.stringMatching(new RegExp(`^[0-9]{${15 - prefix.length}}$`)).map((rest) => {
      const body = prefix + rest;
      const digits = body + luhnCheck(body);
      return digits.match(/.{4}/g)?.join(sep) as string;
    }),
  );

/** ISO 13616: the check digits of a German IBAN of BBAN `bban` (mod 97 of BBAN, "DE", "00"). */
const germanIban = (bban: string): string => {
  const n = BigInt(`${bban}131400`); // D = 13, E = 14
  const check = String(98n - (n % 97n)).padStart(2, '0');
  return `DE${check}${bban}`.match(/.{1,4}/g)?.join(' ') as string;
};

const iban = fc.stringMatching(/^[0-9]{18}$/).map(germanIban);

// RFC 5322's atext less the symbols a link's query puts before an address (email.ts
// LOCAL_SYMBOLS); dots only between characters.
const atom = fc.stringMatching(/^[a-z0-9][a-z0-9_+-]{0,7}$/);
const address = fc
  .tuple(
    fc.array(atom, { minLength: 1, maxLength: 3 }),
    fc.constantFrom('example.com', 'mail.example.org', 'example.co.uk', 'müller.de', 'example.jp'),
  )
  .map(([atoms, domain]) => `${atoms.join('.')}@${domain}`);

const AROUND: readonly (readonly [string, string])[] = [
  ['', ''],
  ['my number is ', ', thanks'],
  ['(', ')'],
  ['Hi,\n', '\nBye'],
];

describe('a value with invisible characters inserted anywhere inside it goes whole', () => {
  test.prop([card.chain(withHidden), fc.constantFrom(...AROUND)])(
    'a card',
    (value, [before, after]) => {
      const out = redact(`${before}${value}${after}`, { locale: 'en-US' }).text;
      expect(out).toBe(`${before}[CARD]${after}`);
    },
  );

  test.prop([iban.chain(withHidden), fc.constantFrom(...AROUND)])(
    'an IBAN (after its country code: "DE" is read as two letters side by side)',
    (value, [before, after]) => {
      // Inside "DE89" (its first four units) a mark is rare (a hyphenation point falls between
      // syllables, a wrap between groups): only the places after the check digits are used.
      fc.pre(!INVISIBLE.test(value.slice(0, 4)));
      const out = redact(`${before}${value}${after}`, { locale: 'de-DE' }).text;
      expect(out).toBe(`${before}[IBAN]${after}`);
    },
  );

  test.prop([address.chain(withHidden), fc.constantFrom(...AROUND)])(
    'an address',
    (value, [before, after]) => {
      const out = redact(`${before}${value}${after}`, { locale: 'en-US' }).text;
      expect(out).toBe(`${before}[EMAIL]${after}`);
    },
  );

  // Polish mobile numbers (prefixes of the national plan's mobile ranges; the rest random), after
  // a phone label. Without one, a mark that splits a group or the country code ("(+48 6\u00ad00 000
  // 000)", "(+4\u00ad8 600 …)") or stands beside the space after it leaves a shape phone.ts does not
  // take bare: phone.ts would have to read the mark as nothing (reported to its owner, T34c).
  test.prop([
    fc
      .tuple(
        fc.constantFrom('600', '512', '791', '880', '694'),
        fc.stringMatching(/^[0-9]{3}$/),
        fc.stringMatching(/^[0-9]{3}$/),
        fc.constantFrom(' ', '-', ''),
      )
      .map(([a, b, c, sep]) => `+48 ${a}${sep}${b}${sep}${c}`)
      .chain(withHidden),
    fc.constantFrom(['tel ', ''], ['mój numer to ', ', dzięki'], ['Tel.: ', '\nPozdrawiam']),
  ])('a phone number after its label', (value, [before, after]) => {
    const out = redact(`${before}${value}${after}`, { locale: 'pl-PL' }).text;
    expect(out).toBe(`${before}[PHONE]${after}`);
  });

  test.prop([
    fc.stringMatching(/^0[789]0$/),
    fc.stringMatching(/^[1-9][0-9]{3}$/),
    fc.stringMatching(/^[0-9]{4}$/),
    fc.constantFrom('ー', 'ｰ', '-'),
    fc.constantFrom(['電話 ', 'です'], ['携帯は', 'まで'], ['', '']),
  ])(
    'a Japanese mobile number written with the prolonged sound mark for its dashes',
    (a, b, c, dash, [before, after]) => {
      const out = redact(`${before}${a}${dash}${b}${dash}${c}${after}`, { locale: 'ja-JP' }).text;
      expect(out).toBe(`${before}[PHONE]${after}`);
    },
  );
});

// The email recognizer and its oracle (emailOracle.ts) read invisible characters the same way.
const PIECES = [
  'jane',
  'j.doe+desk',
  'müller',
  'テスト',
  'علی',
  '@',
  '@',
  '.',
  '-',
  'example.com',
  'przykład.pl',
  'com',
  ' ',
  '\u200f',
  ...HIDDEN,
  ...HIDDEN,
];

const mixed = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 1, arbitrary: address.chain(withHidden) },
    ),
    { maxLength: 12 },
  )
  .map((p) => p.join(''));

const contextOf = (t: string) => sharedContext(t, 'en-GB', undefined);

describe('the email recognizer and its oracle, on text with invisible characters', () => {
  // The addresses written without their plain "@" come last, from their own reading (held by
  // email.prop.test.ts): the ones before are the oracle's.
  test.prop([mixed])('same addresses, same offsets', (t) => {
    const context = contextOf(t);
    const found = [...emailRecognizer.find(context)];
    const dodged = dodgedAddresses(context.shadow, []);
    expect(found.slice(0, found.length - dodged.length)).toEqual([
      ...oracleEmailRecognizer.find(context),
    ]);
  });

  it('the generated text holds addresses with invisible characters inside (not vacuous)', () => {
    const samples = fc.sample(mixed, { numRuns: 300, seed: 34 });
    const hits = samples.filter((t) =>
      [...oracleEmailRecognizer.find(contextOf(t))].some((m) =>
        INVISIBLE.test(t.slice(m.start + 1, m.end - 1)),
      ),
    );
    expect(hits.length).toBeGreaterThanOrEqual(60);
  });
});
