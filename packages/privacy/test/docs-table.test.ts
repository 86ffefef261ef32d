import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { currentBlock, DOC, generatedBlock } from './docs-table.js';

it('the regime table in docs/privacy.md is the one generated from the data (run test/docs-table.ts --write)', () => {
  expect(currentBlock(readFileSync(DOC, 'utf8'))).toBe(generatedBlock());
});
