// Issue #14, session 32 (T36c). Two things the email recognizer read wrong:
// 1. Thai, Lao, Khmer and Myanmar write no space between words: "ติดต่อsomchai@example.co.th"
//    ("contact somchai@…") went as one "[EMAIL]", the Thai word with it, and
//    "อีเมลsomchai.k@gmail.comครับ" took "อีเมล" ("email") and the polite "ครับ". Where the script
//    switches between a spaceless one and another inside a local part or a top-level label is where
//    a word ends; an address written in one script ("สมชาย@ตัวอย่าง.ไทย") goes whole.
// 2. An address half spoken: "max punkt mustermann at web.de" and "max.mustermann at web punkt de"
//    went out whole (T35c did the all-spoken form), as did "john dot smith at gmail.com" and the
//    fr/it/nl/tr/pl/pt forms; "wir treffen uns at home punkt acht" is prose and stays.
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

type Row = [locale: string, text: string, expected: string];

describe('an address glued to the words of a script written without spaces', () => {
  it.each<Row>([
    ['th-TH', 'ติดต่อsomchai@example.co.th', 'ติดต่อ[EMAIL]'],
    ['th-TH', 'อีเมลsomchai.k@gmail.comครับ', 'อีเมล[EMAIL]ครับ'],
    ['th-TH', 'ส่งมาที่somchai@gmail.comนะคะ', 'ส่งมาที่[EMAIL]นะคะ'], // "send to …": ends in a mark
    ['th-TH', 'อีเมลของผมคือ somchai@example.co.thครับ', 'อีเมลของผมคือ [EMAIL]ครับ'],
    ['lo-LA', 'ຕິດຕໍ່somphone@example.la', 'ຕິດຕໍ່[EMAIL]'],
    ['km-KH', 'ទំនាក់ទំនងdara@example.com.khបាទ', 'ទំនាក់ទំនង[EMAIL]បាទ'],
    ['my-MM', 'ဆက်သွယ်ရန်aung@example.com.mm', 'ဆက်သွယ်ရန်[EMAIL]'],
  ])('%s: %j keeps the words around the address', (locale, text, expected) => {
    expect(redact(text, { locale }).text).toBe(expected);
  });

  it.each<Row>([
    // Internationalised addresses (RFC 6531) in one script go whole, IDN domains under .ไทย too.
    ['th-TH', 'สมชาย@ตัวอย่าง.ไทย', '[EMAIL]'],
    ['th-TH', 'ติดต่อ สมชาย@ตัวอย่าง.ไทย ครับ', 'ติดต่อ [EMAIL] ครับ'],
    ['th-TH', 'emailสมชาย@ตัวอย่าง.ไทย', 'email[EMAIL]'],
    ['th-TH', 'somchai@ตัวอย่าง.ไทย', '[EMAIL]'],
    // Digits are of no script: fail closed ("สมชาย123@…" is an address of that shape).
    ['th-TH', 'ติดต่อ123@example.co.th', '[EMAIL]'],
  ])('%s: %j', (locale, text, expected) => {
    expect(redact(text, { locale }).text).toBe(expected);
  });
});

const THAI_WORDS = ['ติดต่อ', 'อีเมล', 'ที่', 'ครับ', 'ค่ะ', 'ของผม', 'นะคะ', 'ส่งมาที่'];
const LAO_WORDS = ['ຕິດຕໍ່', 'ເຈົ້າ'];
const KHMER_WORDS = ['ទំនាក់ទំនង', 'បាទ'];
const MYANMAR_WORDS = ['ဆက်သွယ်ရန်', 'ပါ'];
const WORDS = [THAI_WORDS, LAO_WORDS, KHMER_WORDS, MYANMAR_WORDS];
const local = fc.stringMatching(/^[a-z][a-z0-9]{0,6}(?:[._][a-z0-9]{1,6})?$/);
const domain = fc.constantFrom('example.co.th', 'gmail.com', 'example.la', 'mail.example.com.kh');

describe('properties', () => {
  // Precision and recall on glued text: every address goes (recall), and every word around it stays
  // (precision), whatever the address and the words. Before T36c: the words went with it.
  test.prop([fc.constantFrom(...WORDS), fc.nat(), fc.nat(), local, domain, fc.boolean()])(
    'a Latin address between spaceless words: the words stay',
    (words, a, b, l, d, end) => {
      const before = words[a % words.length] as string;
      const after = end ? (words[b % words.length] as string) : '';
      const text = `${before}${l}@${d}${after}`;
      expect(redact(text, { locale: 'th-TH' }).text).toBe(`${before}[EMAIL]${after}`);
    },
  );

  test.prop([
    fc.constantFrom('สมชาย', 'สมศรี', 'ใจดี', 'ผู้ใช้'),
    fc.constantFrom('ตัวอย่าง.ไทย', 'ไปรษณีย์.ไทย', 'example.co.th'),
    fc.constantFrom(...THAI_WORDS),
  ])('a Thai address with spaces around goes whole', (l, d, word) => {
    expect(redact(`${word} ${l}@${d} ${word}`, { locale: 'th-TH' }).text).toBe(
      `${word} [EMAIL] ${word}`,
    );
  });
});

describe('an address half spoken', () => {
  it.each<Row>([
    ['de-DE', 'max punkt mustermann at web.de', '[EMAIL]'],
    ['de-DE', 'max.mustermann at web punkt de', '[EMAIL]'],
    ['de-DE', 'Schreib an max.mustermann ät web punkt de bitte', 'Schreib an [EMAIL] bitte'],
    ['de-DE', 'max punkt mustermann ät web.de', '[EMAIL]'],
    ['en-GB', 'john dot smith at gmail.com', '[EMAIL]'],
    ['en-GB', 'email me on john dot smith at gmail.com today', 'email me on [EMAIL] today'],
    ['en-GB', 'john.smith at gmail dot com', '[EMAIL]'],
    ['fr-FR', 'jean.dupont at gmail point com', '[EMAIL]'],
    ['it-IT', 'mario punto rossi at libero.it', '[EMAIL]'],
    ['it-IT', 'mario.rossi at libero punto it', '[EMAIL]'],
    ['nl-NL', 'jan punt jansen at ziggo.nl', '[EMAIL]'],
    ['nl-NL', 'jan.jansen at ziggo punt nl', '[EMAIL]'],
    ['tr-TR', 'ahmet nokta yilmaz et gmail.com', '[EMAIL]'],
    ['tr-TR', 'ahmet.yilmaz et gmail nokta com', '[EMAIL]'],
    ['pl-PL', 'jan kropka kowalski at wp.pl', '[EMAIL]'],
    ['pl-PL', 'jan.kowalski at wp kropka pl', '[EMAIL]'],
    ['pt-BR', 'joao ponto silva at gmail.com', '[EMAIL]'],
    ['pt-BR', 'joao.silva at gmail ponto com', '[EMAIL]'],
  ])('%s: %j goes', (locale, text, expected) => {
    expect(redact(text, { locale }).text).toBe(expected);
  });

  // The line with prose: the local part must show an address's shape (a spoken dot, or a dot
  // written between its characters), and a plainly written domain after "at" needs a spoken dot
  // in the local part that English prose does not put there.
  it.each<Row>([
    ['de-DE', 'wir treffen uns at home punkt', 'wir treffen uns at home punkt'],
    ['de-DE', 'wir treffen uns at home punkt acht', 'wir treffen uns at home punkt acht'],
    ['de-DE', 'z.B. at home punkt acht', 'z.B. at home punkt acht'],
    ['de-DE', 'max.mustermann ät web punto de', 'max.mustermann ät web punto de'],
    ['en-GB', 'find jane at example.com today', 'find jane at example.com today'],
    ['en-GB', 'find j.doe at example.com today', 'find j.doe at example.com today'],
    ['en-GB', 'the point is at example.com', 'the point is at example.com'],
    ['en-GB', 'the dot is at example.com', 'the dot is at example.com'],
    ['en-GB', 'I bought it at amazon.com', 'I bought it at amazon.com'],
    ['fr-FR', 'le point clé et google.com', 'le point clé et google.com'],
  ])('%s: %j stays', (locale, text, expected) => {
    expect(redact(text, { locale }).text).toBe(expected);
  });

  const SAID: Readonly<Record<string, [at: string, dot: string][]>> = {
    'de-DE': [
      ['at', 'punkt'],
      ['ät', 'punkt'],
    ],
    'it-IT': [['at', 'punto']],
    'nl-NL': [['at', 'punt']],
    'tr-TR': [['et', 'nokta']],
    'pl-PL': [['at', 'kropka']],
    'en-GB': [['at', 'dot']],
  };
  test.prop([
    fc.constantFrom(...Object.entries(SAID)),
    fc.nat(),
    fc.stringMatching(/^[a-z]{2,8}$/),
    fc.stringMatching(/^[a-z]{2,8}$/),
    fc.constantFrom('web.de', 'gmail.com', 'libero.it', 'example.co.uk'),
    fc.boolean(),
  ])(
    'spoken on one side of the "at", written on the other: the address goes whole',
    ([locale, pairs], k, first, last, host, spokenLocal) => {
      const [at, dot] = pairs[k % pairs.length] as [string, string];
      const address = spokenLocal
        ? `${first} ${dot} ${last} ${at} ${host}`
        : `${first}.${last} ${at} ${host.replaceAll('.', ` ${dot} `)}`;
      fc.pre(![first, last].some((w) => /^(?:is|are|was|were|it|us|me|at|et|ät)$/.test(w)));
      expect(redact(`mail: ${address} thanks`, { locale }).text).toBe('mail: [EMAIL] thanks');
    },
  );
});
