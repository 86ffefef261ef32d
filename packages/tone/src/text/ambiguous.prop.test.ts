import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { withoutLoneAmbiguous } from './ambiguous.js';
import { DEFAULT_PAGES, encoderFor } from './codePages.js';
import type { Proposal } from './engine.js';
import { mojibake } from './mojibake.js';
import { repairText } from './repairText.js';

const encoders = DEFAULT_PAGES.map((p) => encoderFor(p));

// Clean text that Mac Roman or Latin-1 cannot write (Turkish, Polish, Japanese, Greek), with one
// name pasted in as Latin-1 mojibake of a single accented letter: partial mojibake, repaired.
const CLEAN = [
  'Yaşadığınız sorun için',
  'Dziękujemy za kontakt',
  'ご注文ありがとうございます',
  'Σας ευχαριστούμε',
];
const NAMES = ['Chloé', 'José', 'Zoë', 'Björn', 'Ståle', 'Noël', 'Müller'];

describe('withoutLoneAmbiguous', () => {
  test.prop([fc.constantFrom(...CLEAN), fc.constantFrom(...NAMES)], { numRuns: 100 })(
    'a name pasted into text its pages cannot write is still repaired',
    (clean, name) => {
      const text = `${clean}. Klient: ${name}, nr 4471.`;
      const broken = `${clean}. Klient: ${mojibake(name, 'iso-8859-1')}, nr 4471.`;
      expect(repairText(broken).text).toBe(text);
    },
  );

  const proposal = fc.record({
    start: fc.nat({ max: 20 }),
    length: fc.integer({ min: 1, max: 3 }),
    after: fc.constantFrom('å', 'é', 'ø', '’'),
    applied: fc.boolean(),
  });
  test.prop(
    [
      fc.string({ unit: 'binary', minLength: 24, maxLength: 30 }),
      fc.array(proposal, { maxLength: 4 }),
    ],
    { numRuns: 300 },
  )('only ever withdraws a lone applied repair, and changes nothing else', (text, raw) => {
    const cps = Array.from(text, (c) => c.codePointAt(0) ?? 0);
    const proposals: Proposal[] = [];
    let at = 0;
    for (const r of [...raw].sort((a, b) => a.start - b.start)) {
      const start = Math.max(at, r.start);
      if (start + r.length > cps.length) break;
      proposals.push({
        start,
        end: start + r.length,
        after: r.after,
        chain: ['windows-1252'],
        gain: 6,
        applied: r.applied,
      });
      at = start + r.length;
    }
    const out = withoutLoneAmbiguous(cps, proposals, encoders);
    const flipped = out.filter((p, i) => p.applied !== proposals[i]?.applied);
    expect(out.map(({ applied: _, ...p }) => p)).toEqual(
      proposals.map(({ applied: _, ...p }) => p),
    );
    expect(flipped.every((p) => !p.applied)).toBe(true);
    if (proposals.filter((p) => p.applied).length !== 1) expect(flipped).toEqual([]);
  });
});

describe('withoutLoneAmbiguous, beside groups its page reads', () => {
  // A word holding a stretch that Windows-1252 reads whole as UTF-8 ("Åž" is "Ş", "Ã©" is "é")
  // is a group left as it stands, not clean text: put before the line, it changes no decision.
  const LINES: readonly [string, string][] = [
    ['Bremer/Mccoy – DrÃ¥ber', 'å'],
    ['Bremer/Mccoy - DrÃ¥ber', 'å'],
    ['Café DrÃ¥ber', 'å'],
    ['SipariÅŸleri.xlsx', 'ş'],
    ['Ørsted ChloÃ©', 'é'],
  ];
  test.prop(
    [
      fc.constantFrom(...LINES),
      fc.array(fc.constantFrom('Åž', 'Ã©', 'â€™', 'Ã¥', 'Ã…', 'Ä°'), {
        minLength: 1,
        maxLength: 3,
      }),
    ],
    { numRuns: 100 },
  )('decides alike with or without them', ([line, after], groups) => {
    const prefix = `${groups.map((g) => `${g}x`).join(' ')} `;
    const at = (text: string): Proposal => {
      const start = Array.from(text).length - Array.from(line).length + cpsIndex(line, after);
      return { start, end: start + 2, after, chain: ['windows-1252'], gain: 6, applied: true };
    };
    const decide = (text: string): boolean | undefined =>
      withoutLoneAmbiguous(
        Array.from(text, (c) => c.codePointAt(0) ?? 0),
        [at(text)],
        encoders,
      )[0]?.applied;
    expect(decide(prefix + line)).toBe(decide(line));
  });
});

/** Where the two characters that read as `after` through Windows-1252 start in `line`. */
function cpsIndex(line: string, after: string): number {
  return line.indexOf(mojibake(after, 'windows-1252'));
}
