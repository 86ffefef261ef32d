import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { type MemoEntry, readString } from './engine.js';
import { memoOptions } from './memoOptions.js';

// A run's reading does not depend on what the memo met before (engine.ts memoRun): the engine's
// proposals for a message read with a memo that first read another message equal those read with
// an empty memo. The messages share the "Ã " whose space may be a lost 0xA0 (its reading looks
// past its key at the letters after the space: farKey), two characters of context before it (an
// "f" first as often as not: a short key beginning with "f" was once taken for a long one, session
// 63) and different letters after it.

const letter = fc.constantFrom(...'afghinoqsuxé');
const before = fc.tuple(fc.constantFrom('f', 'e', 'x'), letter).map(([a, b]) => a + b);
const after = fc.constantFrom('ng', 'ngx', 's', 'sx', 'quele', 'quelx', 'i', 'ix', 'n', 'nh');
const tail = fc.constantFrom(' toi café', ' 10h', '.', ' dia', '');

const proposals = (text: string, memo: Map<string, MemoEntry>) =>
  JSON.stringify(readString(text, memoOptions(memo), 0).proposals);

describe('the run memo keeps no reading that depends on another message', () => {
  test.prop([before, after, after, tail, tail])(
    'a message read after another with the same context before reads as it reads alone',
    (ctx, first, second, end1, end2) => {
      const a = `Xin ${ctx}Ã ${first}${end1}`;
      const b = `Xin ${ctx}Ã ${second}${end2}`;
      const shared = new Map<string, MemoEntry>();
      readString(a, memoOptions(shared), 0);
      expect(proposals(b, shared)).toBe(proposals(b, new Map()));
    },
  );
});
