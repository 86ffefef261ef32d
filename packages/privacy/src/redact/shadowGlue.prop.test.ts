// scanRuns reads a text without glue as its own shadow (T38a: its two glue readers are called for
// every text, so that V8 never meets them first mid-stream): that is the skipped reading only if a
// shadow holds no unit isGlueAt reads and no "&" where it holds a space, whatever the text.
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { INVISIBLE, referenceSpaceEnd, shadowOf } from './digits.js';
import { isGlueAt } from './runs.js';

const unit = fc.oneof(
  fc.constantFrom(
    '\u00ad',
    '\u200b',
    '\u2060',
    '\ufeff',
    '\u0301',
    '\u0951',
    '&nbsp;',
    '&#160;',
    '&#64;',
    '&',
    ' ',
    '1',
    '٣',
    '%20',
    'a',
  ),
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
);

test.prop([fc.array(unit, { maxLength: 40 }).map((u) => u.join(''))])(
  'a shadow read as its own text holds no glue and no reference space',
  (text) => {
    const shadow = shadowOf(text);
    for (let k = 0; k <= shadow.length; k++) {
      expect(isGlueAt(shadow, shadow, k)).toBe(false);
      expect(referenceSpaceEnd(shadow, shadow, k)).toBe(-1);
    }
  },
);

// runs.ts hasGlue and email.ts scanAddresses look for invisible characters only in a text that is
// not its own shadow (T48b: INVISIBLE read the whole of every text twice): the shortcut's premise,
// on the same texts and on each unit that the expression holds.
test.prop([fc.array(unit, { maxLength: 40 }).map((u) => u.join(''))])(
  'a text that is its own shadow holds no invisible character',
  (text) => {
    if (INVISIBLE.test(text)) expect(shadowOf(text)).not.toBe(text);
  },
);

test('every unit INVISIBLE holds is not its own shadow (all 65,536)', () => {
  let held = 0;
  for (let c = 0; c <= 0xffff; c++) {
    const ch = String.fromCharCode(c);
    if (!INVISIBLE.test(ch)) continue;
    held++;
    expect(shadowOf(`a${ch}1`)).not.toBe(`a${ch}1`);
  }
  expect(held).toBeGreaterThan(0);
});
