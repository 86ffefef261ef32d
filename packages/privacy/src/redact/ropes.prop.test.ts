// A text built with "+" or a template literal is a rope in V8 (a ConsString, a tree of its parts),
// as many callers build transcripts: redact's output on it must be the one on the same text passed
// flat, whatever pieces it was joined from (an empty piece, U+FFFF among them), and hold every
// unit of the text but its findings'. (T69h looked for a cheap way to hand redact's readers the
// flat string itself, redact read a rope ~7% slower: split is the one read found, and its runtime
// call cost more on flat texts than it saved on ropes.)
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { generateCorpus } from '../../test/redact/corpus/index.js';
import { redact } from './redact.js';

const corpus = generateCorpus(5, 400);

/** `text` cut at `cuts` (any positions, in any order) and joined again with "+" at run time. */
function rope(text: string, cuts: readonly number[]): string {
  const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  let out = '';
  let from = 0;
  for (const c of [...at, text.length]) {
    out = out + text.slice(from, c);
    from = c;
  }
  return out;
}

/** A copy of `text` V8 holds flat (a JSON round trip parses it into one string). */
function flatCopy(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

// The corpus's messages, one alone or up to eight joined, with U+FFFF, an astral digit (the
// fold's copy) or a spoken address put in at times.
const message = fc
  .tuple(
    fc.array(fc.constantFrom(...corpus), { minLength: 1, maxLength: 8 }),
    fc.constantFrom(
      '',
      '\uffff',
      ' \uffff ',
      ' 𝟒𝟏𝟓 555 0199',
      ' jane (at) example (dot) com',
      '\uffff@',
    ),
    fc.nat(),
  )
  .map(([ms, extra, k]) => {
    const text = ms.map((m) => m.text).join('\n');
    const at = k % (text.length + 1);
    return { text: text.slice(0, at) + extra + text.slice(at), locale: ms[0]?.locale ?? 'en' };
  });

describe('redact on a rope', () => {
  test.prop([
    message,
    fc.array(fc.nat(), { maxLength: 24 }),
    fc.constantFrom('redact', 'pseudonymise'),
  ])('writes what it writes for the flat copy', (m, cuts, mode) => {
    const flat = flatCopy(m.text);
    const joined = rope(flat, cuts);
    expect(joined).toBe(flat);
    const options = { locale: m.locale, mode: mode as 'redact' };
    const result = redact(joined, options);
    expect(result).toEqual(redact(flat, options));
    // Every unit of the text is in the output, but those of its findings (a reading that lost a
    // part of the text would lose it for both).
    let rebuilt = '';
    let at = 0;
    for (const f of result.findings) {
      rebuilt += flat.slice(at, f.start) + f.replacement;
      at = f.end;
    }
    expect(rebuilt + flat.slice(at)).toBe(result.text);
  });
});
