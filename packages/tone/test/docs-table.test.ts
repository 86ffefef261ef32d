// The guideline table in docs/tone.md is generated from GUIDELINES; this fails when they drift.
// Regenerate with: UPDATE_DOCS=1 npx vitest run packages/tone/test/docs-table.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GUIDELINES } from '@meridian-cx/tone';
import { expect, it } from 'vitest';
import { guidelineTable } from './guidelineTable.js';

const doc = join(import.meta.dirname, '..', '..', '..', 'docs', 'tone.md');
const BEGIN =
  '<!-- tone-guidelines-table:begin (generated from GUIDELINES by packages/tone/test/docs-table.test.ts) -->';
const END = '<!-- tone-guidelines-table:end -->';

it('docs/tone.md carries the guideline table generated from the data', () => {
  const text = readFileSync(doc, 'utf8');
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  expect(start, 'the table markers are in docs/tone.md').toBeGreaterThanOrEqual(0);
  const wanted = `${BEGIN}\n${guidelineTable(GUIDELINES)}\n${END}`;
  const current = text.slice(start, end + END.length);
  if (process.env.UPDATE_DOCS === '1' && current !== wanted) {
    writeFileSync(doc, text.slice(0, start) + wanted + text.slice(end + END.length));
    return;
  }
  expect(current).toBe(wanted);
});
