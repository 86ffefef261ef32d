// The ids of digits found together by one walk of the runs (walks.ts, recognizers/digitIds.ts,
// T63a): the walk asked for several members gives, member by member, what each gives alone (its
// own `find`, the walk asked for it only); collect's plan gives each match its member's rank; the
// `entities` option enables the members one by one. The oracle of the first is each member alone:
// the walk over all of them must not let one member's reading change another's (a state kept
// across runs, a label scan's cache read in another order).

import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { ptNifValid } from './checks/nationalIds6.js';
import { auTfnValid } from './checks/nationalIds7.js';
import { lowerSameLength, shadowOf } from './digits.js';
import {
  auTfnRecognizer,
  ecCiRecognizer,
  frNirRecognizer,
  myNricRecognizer,
  uaRnokppRecognizer,
} from './recognizers/digitIds.js';
import { builtInRecognizers } from './recognizers/index.js';
import { runReaders } from './runs.js';
import type { Recognizer, RecognizerContext, RecognizerMatch } from './types.js';
import { type SharedWalk, walkPlan } from './walks.js';

type Country = 'FR' | 'DE' | 'BE' | 'PT' | 'MX' | 'EC' | 'UA' | 'AU' | 'MY';

function contextOf(text: string, locale: string, country?: Country): RecognizerContext {
  const shadow = shadowOf(text);
  return { text, shadow, lower: lowerSameLength(shadow), locale, country };
}

const plan = walkPlan(builtInRecognizers, runReaders(builtInRecognizers));
const walk = plan.walks[0] as SharedWalk;

/** A match as [start, end, confidence], sorted, for comparing multisets. */
function spans(ms: readonly RecognizerMatch[]): [number, number, number][] {
  return ms
    .map((m): [number, number, number] => [m.start, m.end, m.confidence])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
}

/** A nine-digit number both Portugal's NIF and Australia's TFN check. */
function nifAndTfn(): string {
  for (let n = 100_000_000; ; n++) {
    const d = String(n);
    if (ptNifValid(d) && auTfnValid(d)) return d;
  }
}

// One both members read, so that two members find the same run.
const BOTH = nifAndTfn();

// Texts of the members' prints and labels, valid ones among them, with digits and separators
// between: every member finds what it can, on runs of every count the walk reads.
const group = fc
  .integer({ min: 1, max: 12 })
  .chain((n) => fc.stringMatching(new RegExp(`^\\d{${n}}$`)));
const sep = fc.constantFrom(' ', '-', '.', ' - ', '/', '', '\n', ', ');
const word = fc.constantFrom(
  'NIR ',
  '1 85 05 75 112 071 12',
  '184112A00401221',
  'Steuer-ID ',
  '86 524 391 726',
  '12 345 678 995',
  '85.07.30-033.28',
  '850730 033 28',
  'rijksregisternummer ',
  'NIF ',
  '234567813',
  'CURP ',
  'GOMA900512HDFRRN08',
  'CLABE ',
  '002180001234567896',
  'cédula ',
  '1710034065',
  'РНОКПП ',
  '3012345670',
  'TFN ',
  'TFN/NIF: ',
  BOTH,
  `NIF/TFN: ${BOTH}`,
  `TFN ${BOTH.slice(0, 3)} ${BOTH.slice(3, 6)} ${BOTH.slice(6)} NIF`,
  '123 456 782',
  'IC ',
  '900512-14-5678',
  'ID number ',
  'order ',
  'customer ID number ',
);
const text = fc.array(fc.oneof(group, sep, word), { maxLength: 12 }).map((parts) => parts.join(''));
const country = fc.constantFrom<Country | undefined>(
  undefined,
  'FR',
  'DE',
  'BE',
  'PT',
  'MX',
  'EC',
  'UA',
  'AU',
  'MY',
);

describe('one walk for the ids of digits', () => {
  it('holds the ten ids, each a built-in recognizer of its own at its own rank', () => {
    expect(plan.walks).toHaveLength(1);
    expect(walk.members.map((r) => r.id)).toEqual([
      'fr-nir',
      'de-tax-id',
      'be-nrn',
      'pt-nif',
      'mx-curp',
      'mx-clabe',
      'ec-ci',
      'ua-rnokpp',
      'au-tfn',
      'my-nric',
    ]);
    const ranks = plan.ranks[0] as Int32Array;
    walk.members.forEach((r, k) => {
      expect(ranks[k]).toBe(builtInRecognizers.indexOf(r));
    });
    // Asked at the first member's rank; the others are skipped there.
    const first = builtInRecognizers.indexOf(frNirRecognizer);
    expect(plan.kind[first]).toBe(0);
    for (const r of walk.members.slice(1))
      expect(plan.kind[builtInRecognizers.indexOf(r)]).toBe(-2);
    expect(plan.wanted[0]).toBe(2 ** walk.members.length - 1);
  });

  test.prop(
    [
      text,
      fc.constantFrom('en', 'fr', 'es-MX', 'uk'),
      country,
      fc.oneof(fc.constant(1023), fc.nat(1023)),
    ],
    {
      numRuns: 300,
    },
  )('asked for several members, gives each what it gives alone', (t, locale, home, wanted) => {
    const context = contextOf(t, locale, home);
    const together = walk.find(context, wanted);
    walk.members.forEach((member, k) => {
      const alone = spans((wanted >> k) & 1 ? [...member.find(context)] : []);
      expect(spans(together.filter((m) => m.member === k)), member.id).toEqual(alone);
    });
  });

  it('plans a list without some members, and a member listed twice', () => {
    const some = builtInRecognizers.filter(
      (r) => r !== frNirRecognizer && r !== ecCiRecognizer && r !== myNricRecognizer,
    );
    const twice = [...builtInRecognizers, auTfnRecognizer];
    const p = walkPlan(some, runReaders(some));
    // The first member present (Germany's) asks for the seven present.
    expect(p.kind[some.indexOf(walk.members[1] as Recognizer)]).toBe(0);
    expect(p.wanted[0]).toBe(0b0110111110);
    const q = walkPlan(twice, runReaders(twice));
    expect(q.kind[twice.length - 1]).toBe(-1);
  });
});

describe('the entities option and ties, through redact', () => {
  const both = BOTH;

  it('a value two members find alike goes as the earlier one, each alone as its own', () => {
    // Both labels in the window: pt-nif (earlier in the list) wins the tie, as it did alone.
    const t = `NIF/TFN: ${both}`;
    expect(redact(t, { locale: 'en' }).findings.map((f) => f.type)).toEqual(['pt-nif']);
    expect(
      redact(t, { locale: 'en', entities: ['au-tfn'] }).findings.map((f) => [f.type, f.recognizer]),
    ).toEqual([['au-tfn', 'au-tfn']]);
    expect(redact(t, { locale: 'en', entities: ['pt-nif'] }).findings.map((f) => f.type)).toEqual([
      'pt-nif',
    ]);
  });

  it('enables the members one by one', () => {
    const t = 'РНОКПП 3012345670, TFN 123 456 782';
    expect(redact(t, { locale: 'en' }).text).toBe('РНОКПП [UA_RNOKPP], TFN [AU_TFN]');
    expect(redact(t, { locale: 'en', entities: ['ua-rnokpp'] }).text).toBe(
      'РНОКПП [UA_RNOKPP], TFN 123 456 782',
    );
    expect(redact(t, { locale: 'en', entities: ['au-tfn', 'email'] }).text).toBe(
      'РНОКПП 3012345670, TFN [AU_TFN]',
    );
    expect(redact(t, { locale: 'en', entities: ['email'] }).text).toBe(t);
    // A member passed again as a custom recognizer is called alone there, and finds the same.
    expect(
      redact(t, {
        locale: 'en',
        entities: ['ua-rnokpp'],
        recognizers: [uaRnokppRecognizer],
      }).findings.map((f) => f.recognizer),
    ).toEqual(['ua-rnokpp']);
  });
});
