import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { DEFAULT_PAGES, encoderFor } from './codePages.js';
import { type EngineOptions, moved, type Proposal, repairString } from './engine.js';
import { chunked } from './secondPassChunks.js';

// The engine's `weights` option (EngineOptions.weights): a text read as its distinct chunks, each
// chunk's runs casting their votes as often as the chunk occurs, must decide every run as reading
// the whole text does. The second pass relies on it (secondPass.ts); this property holds it on
// whole texts, where one page's repeated chunk and another page's single one compete for the
// message's page (counting each chunk once fails it).

const engine = (): EngineOptions => ({
  encoders: DEFAULT_PAGES.map((p) => encoderFor(p)),
  maxChain: 3,
  minGain: 3,
  preferCommon: true,
  memo: new Map(),
});

// Mojibake of several pages, weak (GBK's "заказ" repairs only by the message's vote) and strong,
// and short runs that follow the message's page ("за", "да").
const PIECES = [
  '蟹邪泻邪蟹 ',
  '蟹邪 ',
  'РїСЂРёРІРµС‚ ',
  'Ð´Ð° ',
  'Ð¶ ',
  'п╪п╦я─ ',
  'Г© ',
  'Ã© ',
  'Â Ã© ',
  'caf ',
  'é ',
  ' ',
];

/** The chunked reading's proposals, each chunk's moved back to its place in the whole. */
function readChunked(text: string): Proposal[] | undefined {
  const c = chunked(Int32Array.from(Array.from(text, (ch) => ch.codePointAt(0) ?? 0)));
  if (!c?.weights) return undefined;
  const read = String.fromCodePoint(...c.text);
  const proposals = repairString(read, { ...engine(), weights: c.weights }, 0).proposals;
  const out: Proposal[] = [];
  for (let k = 0; k + 1 < c.cuts.length; k++) {
    const [start = 0, end = 0, copy = 0] = [c.cuts[k], c.cuts[k + 1], c.copies[k]];
    for (const p of proposals)
      if (p.start >= copy && p.end <= copy + end - start) out.push(moved(p, start - copy));
  }
  return out;
}

test.prop(
  [
    fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 4 }),
    fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }),
    fc.integer({ min: 200, max: 3000 }),
  ],
  // Found by this property when each chunk counted once: Windows-1251's "é" against
  // Windows-1252's "ж", each page's runs repeated in every chunk.
  { numRuns: 60, examples: [[['Г© ', 'Ð¶ ', ' '], [], 1310]] },
)(
  'reading distinct chunks with their weights decides as reading the whole text',
  (unit, tail, n) => {
    const text = unit.join('').repeat(Math.ceil(n / unit.join('').length)) + tail.join('');
    const chunks = readChunked(text);
    if (chunks) expect(chunks).toEqual(repairString(text, engine(), 0).proposals);
  },
);
