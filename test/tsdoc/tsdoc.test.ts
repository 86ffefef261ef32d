// Every runtime and type export of every public entry carries TSDoc: a summary of what it answers,
// and for a function each @param, @returns (unless it returns nothing), an @example and @since
// (STYLE.md, "Docs and examples"; @since as every function has it, types and constants mostly not;
// @throws is left to review: whether a function throws is not read from its signature). The TypeScript compiler reads each entry of each package's exports map,
// follows re-exports to the declaration and reports what its TSDoc lacks.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from '../workspace.js';
import { publicEntries, undocumentedExports } from './exportDocs.js';

/**
 * What may lack TSDoc: nothing. The 36 gaps found when this test was written were documented the
 * same day (2026-11-30). Never add a line: a new export comes documented.
 */
const ALLOWED: readonly string[] = [];

// The checker's own fixture goes into the same program: one ts.Program for everything.
const fixture = {
  name: 'fixture',
  file: join(root, 'test', 'tsdoc', 'fixture', 'index.ts'),
  release: '0.1.0',
};
let found: string[] = [];

describe('TSDoc on every public export', () => {
  beforeAll(() => {
    found = undocumentedExports([...publicEntries(), fixture]);
  }, 120_000);

  it('reads every entry of every package', () => {
    const entries = publicEntries().map((e) => e.name);
    expect(entries).toContain('@meridian-cx/core');
    expect(entries).toContain('@meridian-cx/tone/text');
    expect(found.filter((line) => line.includes('not found'))).toEqual([]);
  });

  it('finds what an export lacks (fixture)', () => {
    expect(found.filter((line) => line.startsWith('fixture '))).toEqual([
      'fixture Bare: summary (test/tsdoc/fixture/parts.ts)',
      'fixture Both: summary of the type (test/tsdoc/fixture/parts.ts)',
      'fixture Plain: summary (test/tsdoc/fixture/parts.ts)',
      'fixture arrow: @param a, @param b, @returns, @example, @since (test/tsdoc/fixture/parts.ts)',
      'fixture early: @since 0.2.0 is after the next release 0.1.0 (test/tsdoc/fixture/parts.ts)',
      'fixture quiet: @example, @since (test/tsdoc/fixture/parts.ts)',
      'fixture renamed: @param options (test/tsdoc/fixture/parts.ts)',
      'fixture renamedBare: summary (test/tsdoc/fixture/parts.ts)',
      'fixture unversioned: @since "next" is not a version (test/tsdoc/fixture/parts.ts)',
    ]);
  });

  it('every export has its TSDoc, apart from the allowlist (which only shrinks)', () => {
    const packages = found.filter((line) => line.startsWith('@meridian-cx/'));
    const added = packages.filter((line) => !ALLOWED.includes(line));
    expect(added, `exports without full TSDoc:\n${added.join('\n')}`).toEqual([]);
    const stale = ALLOWED.filter((line) => !packages.includes(line));
    expect(
      stale,
      `documented now: delete from ALLOWED in ${__filename}:\n${stale.join('\n')}`,
    ).toEqual([]);
  });
});
