// redact.ts PLAIN_TURN tells a plain turn by one search where it took three (the fold's start,
// MAY_HOLD_DATA, the kanji phone's first digits): written as a literal for the ReDoS check, it
// must stay those three joined, or a turn one of them passes would be answered as plain (its data
// left in the text). And a turn is plain exactly where the three and DODGE find nothing.
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { FOLD_START_SOURCE, wideFoldOf } from '../../src/redact/astralDigits.js';
import { MAY_HOLD_DATA } from '../../src/redact/digits.js';
import { MAY_HOLD_KANJI_PHONE } from '../../src/redact/kanjiPhones.js';
import { DODGE } from '../../src/redact/recognizers/email.js';
import { PLAIN_TURN, PLAIN_TURN_AT } from '../../src/redact/redact.js';

describe('PLAIN_TURN (redact.ts)', () => {
  it('is the fold’s start, MAY_HOLD_DATA and the kanji phone’s digits, joined', () => {
    expect(PLAIN_TURN.source).toBe(
      `${FOLD_START_SOURCE}|${MAY_HOLD_DATA.source}|${MAY_HOLD_KANJI_PHONE.source}`,
    );
    expect(PLAIN_TURN.flags).toBe('');
  });

  it('is PLAIN_TURN_AT with the g flag (the copy whose lastIndex redact notes, dataAt.ts)', () => {
    expect(PLAIN_TURN_AT.source).toBe(PLAIN_TURN.source);
    expect(PLAIN_TURN_AT.flags).toBe('g');
  });

  // Units each search takes, and plain letters around them.
  const unit = fc.constantFrom(
    'a',
    ' ',
    'é',
    'ж',
    'ا',
    'क',
    'か',
    '漢',
    '1',
    '٣',
    '۴',
    '४',
    '１',
    '@',
    ':',
    '&',
    '²',
    '¹',
    '⁴',
    '①',
    'ⓐ',
    '𝟏',
    '🄰',
    '〇',
    '零',
    '九',
    '一',
    '三',
    '(',
    'at',
    ' dot ',
    'małpa',
    '😀',
  );
  test.prop([fc.array(unit, { maxLength: 8 }).map((u) => u.join(''))])(
    'finds something exactly where one of the three does, and a text it and DODGE pass is kept',
    (text) => {
      const three =
        wideFoldOf(text) !== undefined ||
        MAY_HOLD_DATA.test(text) ||
        MAY_HOLD_KANJI_PHONE.test(text);
      // A fold's start that folds to nothing is no fold (wideFoldOf asks the units beside it):
      // PLAIN_TURN passes it on to the old path, which answers it the same.
      if (three) expect(PLAIN_TURN.test(text)).toBe(true);
      if (!PLAIN_TURN.test(text) && !DODGE.test(text))
        expect(redact(text, { locale: 'ja-JP' }).text).toBe(text);
    },
  );
});
