import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { SENTENCES } from '../../test/text/sentences.js';
import type { CodePage } from './codePageList.js';
import { DEFAULT_PAGES, encoderFor } from './codePages.js';
import { readString } from './engine.js';
import { mojibake } from './mojibake.js';
import { withSecondPass } from './secondPass.js';
import { withSloppyStretches } from './sloppyStretch.js';

// repairText's `complete` is the budget's `short`, unset: it must never say "read whole" of a
// reading the budget cut short. Oracle: the same reading with a budget that never runs out.
const encoders = DEFAULT_PAGES.map(encoderFor);
const PAGES: readonly CodePage[] = ['windows-1252', 'windows-1251', 'gbk', 'shift_jis', 'koi8-r'];

/** repairText's three passes with `budget`. */
function pipeline(text: string, budget: { left: number; short?: boolean }) {
  const options = { encoders, maxChain: 3, minGain: 3, preferCommon: true, budget };
  const first = readString(text, options, 0);
  const second = withSecondPass(first.cps, first.proposals, options);
  return withSloppyStretches(first.cps, second, options);
}

const part = fc.oneof(
  fc
    .tuple(fc.constantFrom(...Object.values(SENTENCES).flat()), fc.constantFrom(...PAGES))
    .map(([s, page]) => mojibake(s, page)),
  fc.constantFrom(...Object.values(SENTENCES).flat()),
  fc.constantFrom('Ã', 'Ã© Ã¨', 'Â ', 'â€œ', '?'),
);

test.prop([fc.array(part, { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 4_000 })])(
  'a reading the budget did not cut short is the reading without a budget',
  (parts, left) => {
    const text = parts.join(' ');
    const budget: { left: number; short?: boolean } = { left };
    const proposals = pipeline(text, budget);
    if (budget.short) return;
    expect(proposals).toEqual(pipeline(text, { left: Number.POSITIVE_INFINITY }));
  },
);
