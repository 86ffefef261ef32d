// The later pass's gate (laterPass.ts) since T68b skips three kinds of pass that found nothing on
// the bench's messages: a span after a letter of a script written without spaces and a colon
// ("携帯:090-1234-5678"), the email recognizer asked again where every "@" was inside a span
// ("メールアドレスはx@例え.jpです"), and a phone window that holds part of a span where the value's
// labels read the same in the output ("x@y.nl schreiben. Die App in Version 10.0.20165.3078").
// The oracle is the plain reading (lines.ts withoutBlanking): every later pass runs, with every
// recognizer, over every line. On texts built around those three cases and the near misses where a
// later pass does find more, redact gives what the plain reading gives.
import { fc, test } from '@fast-check/vitest';
import { builtInRecognizers, redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { shadowOf } from '../../src/redact/digits.js';
import { laterOnly, laterPassMayFind, watchLabels } from '../../src/redact/laterPass.js';
import { withoutBlanking } from '../../src/redact/lines.js';
import { releaseAll } from '../../src/redact/release.js';
import { type Candidate, resolveOverlaps } from '../../src/redact/resolve.js';
import type { RecognizerContext } from '../../src/redact/types.js';

/**
 * The gate's answer on `text`'s first pass (every built-in recognizer, the label windows noted as
 * collect notes them): false, or the recognizers the later pass runs (0 every one, 1 the phone
 * recognizer, 2 the email recognizer, 3 both).
 */
function gate(text: string, locale: string, country: RecognizerContext['country']): false | number {
  return firstPass(text, locale, country).answer;
}

/** The gate's answer (see {@link gate}) and how many spans the first pass resolved. */
function firstPass(
  text: string,
  locale: string,
  country: RecognizerContext['country'],
): { answer: false | number; spans: number } {
  const shadow = shadowOf(text);
  const context: RecognizerContext = {
    text,
    shadow,
    lower: shadow.toLowerCase().length === shadow.length ? shadow.toLowerCase() : shadow,
    locale,
    country,
  };
  try {
    watchLabels(context);
    const candidates: Candidate[] = [];
    builtInRecognizers.forEach((recognizer, rank) => {
      for (const m of recognizer.find(context)) candidates.push({ ...m, recognizer, rank });
    });
    const spans = resolveOverlaps(candidates);
    const answer = spans.length > 0 && laterPassMayFind(spans) ? laterOnly : false;
    return { answer, spans: spans.length };
  } finally {
    watchLabels(undefined);
    releaseAll();
  }
}

// Japanese: a label, a colon (ASCII, fullwidth or none), a value, what follows it.
const JA_LABELS = ['携帯', '電話', 'メール', '注文番号', 'IP', 'お問い合わせ', 'tel', '住所は〒'];
const JA_VALUES = [
  '090-1234-5678',
  '+81 90 1234 5678',
  '00819012345678',
  'x@例え.jp',
  'tanaka90@example.jp',
  '57.211.124.247',
  '2001:db8::8a2e:370:7334',
  '10:25',
  '4111 1111 1111 1111',
  '894963478',
  '391-1151',
];
const JA_AFTER = ['。', 'です。', 'で', ':', '：', '', ' ', '。携帯:', 'までお願いします。', '@'];
const japanese = fc
  .array(
    fc.tuple(
      fc.constantFrom(...JA_LABELS),
      fc.constantFrom(':', '：', '', 'は'),
      fc.constantFrom(...JA_VALUES),
      fc.constantFrom(...JA_AFTER),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((parts) => parts.map((p) => p.join('')).join(''));

// Western: values and labels in turn, a version's word or a phone's before a number after them,
// and placeholders typed by the customer (a later pass reads "[PHONE]" as a phone's word).
const PIECES = [
  'anna.kowalska@example.com',
  'order@example.com',
  'x@y.nl',
  'anna at example dot com',
  '4111 1111 1111 1111',
  'PL61 1090 1014 0000 0712 1981 2874',
  '192.168.1.20',
  '123-45-6789',
  '+48 600 123 456',
  '0151 23456789',
  '10.0.20165.3078',
  '666123456',
  '51851-4281',
  '12',
];
const WORDS = [
  'tel ',
  'Tel: ',
  'Version ',
  'Die App in Version ',
  'order ',
  'Order #: ',
  'SSN ',
  'my phone, not the order: ',
  'schreiben. ',
  '[PHONE] ',
  'My postcode is ',
  'Mpesa ',
  // Values in a row: a label before them reaches the last once they are placeholders.
  '',
  '',
  '',
  '',
];
const western = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...PIECES)), {
    minLength: 2,
    maxLength: 6,
  })
  .chain((parts) =>
    fc
      // A line break too: a value under a line whose placeholders make it a form's label
      // ("Tel: 51851-4281 - 51851-4281\n666123456") went in the plain reading only, the later
      // pass having blanked its line (lines.ts blankQuietLines, T69a).
      .array(fc.constantFrom(' ', '. ', ', ', ' - ', '\n'), {
        minLength: parts.length,
        maxLength: parts.length,
      })
      .map((seps) => parts.map(([w, p], k) => w + p + (seps[k] as string)).join('')),
  );

const LOCALES = [
  ['ja-JP', 'JP'],
  ['de-DE', 'DE'],
  ['en-GB', 'GB'],
  ['pl-PL', 'PL'],
  ['en-KE', 'KE'],
  ['en-US', 'US'],
] as const;

// Lines stacked around a placeholder's line (T70a), the shapes where the later pass read fewer
// lines than a label reading reaches. Above: a form's label, a number, then a line that starts
// with what runs on from that number before a card ("Phone:\n51851-4281\n0 4111 1111 1111 1111":
// "51851-4281\n0" is a US number once the card is a placeholder, and reads "Phone:" two lines above
// the card's line). Below: a span and a label after it, a line or two, then a number, a row of a
// table that the span's line heads once it holds no digit ("Version [IBAN]. Phone:\n
// 10.0.20165.3078\nMpesa 10.0.20165.3078\n666123456, ": "Phone:" labels the row's first cell).
const above = fc
  .tuple(
    fc.constantFrom('Phone:', 'Tel:', 'Telefon:', 'Order:', 'Phone: 12', 'Phone:\n'),
    fc.constantFrom('51851-4281', '212 555', '600 123', '51851-4281 x'),
    fc.constantFrom('0 ', '12 ', '', '0\n'),
    fc.constantFrom('4111 1111 1111 1111', '4000 0566 5566 5556', 'x@y.nl'),
  )
  .map(([label, value, head, span]) => `${label}\n${value}\n${head}${span}`);
const below = fc
  .tuple(
    fc.constantFrom('Version ', 'Tel: ', 'Phone: ', 'tel ', ''),
    fc.constantFrom('PL61 1090 1014 0000 0712 1981 2874', '192.168.1.20', 'x@y.nl', '51851-4281'),
    fc.constantFrom('. Phone:', ' Phone:', ', tel', '', ' order'),
    fc.array(
      // The last, longer than a label window: only the gate's look for a table's row (lines.ts
      // mayHeadRows) asks for the later pass that reads the number under it.
      fc.constantFrom(
        '10.0.20165.3078',
        'Mpesa 10.0.20165.3078',
        'Die App in Version 0, Phone:',
        '',
        'As I said, our numbers are down here, 4711 and on',
      ),
      { minLength: 1, maxLength: 2 },
    ),
    fc.constantFrom('666123456', '666123456, ', '0151 23456789', '+48 600 123 456'),
  )
  .map(([word, span, label, middle, value]) => [word + span + label, ...middle, value].join('\n'));

describe('the later pass gate skips no pass that finds something', () => {
  test.prop([fc.oneof(japanese, western), fc.constantFrom(...LOCALES)], { numRuns: 400 })(
    'redact gives what later passes reading everything give',
    (text, [locale]) => {
      expect(redact(text, { locale })).toEqual(withoutBlanking(() => redact(text, { locale })));
    },
  );

  // Fails on main at c5d917ac (FC_SEED=20261130, shrunk: "Version PL61 1090 1014 0000 0712 1981
  // 2874. Phone:\n10.0.20165.3078\n666123456, ", ja-JP), as does a search of 300 of them by hand
  // (20 read otherwise, 4 of them the form's label above).
  test.prop([fc.oneof(above, below), fc.constantFrom(...LOCALES)], { numRuns: 300 })(
    'lines stacked around a placeholder read as every line read gives (T70a)',
    (text, [locale]) => {
      expect(redact(text, { locale })).toEqual(withoutBlanking(() => redact(text, { locale })));
    },
  );

  it('the generated texts make later passes find more, and the gate skip passes (not vacuous)', () => {
    const samples = [
      ...fc.sample(japanese, { numRuns: 300, seed: 68 }).map((t) => [t, 'ja-JP', 'JP'] as const),
      ...fc.sample(western, { numRuns: 300, seed: 68 }).map((t) => [t, 'de-DE', 'DE'] as const),
    ];
    let more = 0;
    let skipped = 0;
    for (const [text, locale, country] of samples) {
      const { answer, spans } = firstPass(text, locale, country);
      if (answer === false && spans > 0) skipped++;
      // Found only by a later pass: the plain reading finds more than the first pass resolves
      // (10 of these 600 at T68b; a gate that took every phone window's labels as read the same
      // let 40 of 10,000 texts differ from the plain reading in the property above).
      if (withoutBlanking(() => redact(text, { locale })).findings.length > spans) more++;
    }
    expect({ skipped: skipped >= 100, more: more >= 5 }).toEqual({ skipped: true, more: true });
  });
});

describe('the passes the bench ran for nothing are skipped (T68b)', () => {
  it('a span after a letter written without spaces and a colon', () => {
    expect(gate('こんにちは。携帯:090-1234-8793。カード', 'ja-JP', 'JP')).toBe(false);
    expect(gate('こんにちは。電話：090-1234-8793です。', 'ja-JP', 'JP')).toBe(false);
    // After a Latin letter and a colon, a token may read across it: the pass runs.
    expect(gate('tel:090-1234-8793 です', 'ja-JP', 'JP')).not.toBe(false);
  });

  it('an "@" only inside the spans asks no email recognizer', () => {
    expect(gate('メールアドレスはtanaka@example.jpです。', 'ja-JP', 'JP')).toBe(false);
    // One left outside them (no address the first pass took) still asks for it.
    expect(gate('メールアドレスはtanaka@example.jpです。@', 'ja-JP', 'JP')).toBe(2);
  });

  it("a phone window over a span where the value's labels read the same in the output", () => {
    const version = 'Hallo, Bitte an x@voorbeeld.nl schreiben. Die App in Version 10.0.20165.3078';
    expect(gate(version, 'de-DE', 'DE')).toBe(false);
    // A phone's label brought within reach by the shorter placeholder: the phone pass runs.
    const tel = 'tel anna.kowalska@example.com, PL61 1090 1014 0000 0712 1981 2874, is 666123456';
    expect(gate(tel, 'pl-PL', 'PL')).toBe(1);
  });
});

// Found by the property above with line breaks among its separators (T68b), on main's gate as on
// T68b's: a value under a line whose values, once placeholders, leave it a form's label (no digit,
// 40 units at most: context.ts formLabel) went in the plain reading, but the later pass blanked the
// value's line, which holds no placeholder (lines.ts blankQuietLines kept a line above a
// placeholder's, not one below), and the number stayed. Not the gate's: it asks for the pass (a
// span's neighbour decides it), which read nothing there. blankQuietLines keeps the line below a
// placeholder's line that may be such a label, and nothing else below one (T69a).
describe('a line below a placeholder that makes its line a label', () => {
  it('a number under a line that becomes a phone label goes as in the plain reading', () => {
    const text = 'Tel: 51851-4281 - 51851-4281\n666123456\n';
    expect(redact(text, { locale: 'de-DE' }).text).toBe('Tel: [PHONE] - [PHONE]\n[PHONE]\n');
    expect(redact(text, { locale: 'de-DE' }).text).toBe(
      withoutBlanking(() => redact(text, { locale: 'de-DE' })).text,
    );
  });
});
