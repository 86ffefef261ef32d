// No regular expression of the text-hygiene code can backtrack catastrophically: every regex
// literal under src/text is found through the TypeScript syntax tree and checked with recheck.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { RECHECK_OPTIONS } from '../../../../test/setup/recheck.js';

const root = dirname(fileURLToPath(import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return name.endsWith('.ts') && !name.includes('.test.') ? [path] : [];
  });
}

function literals(): { file: string; source: string; flags: string }[] {
  const found: { file: string; source: string; flags: string }[] = [];
  for (const file of files(root)) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const cut = text.lastIndexOf('/');
        found.push({ file, source: text.slice(1, cut), flags: text.slice(cut + 1) });
      }
      if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        found.push({ file, source: '<dynamic RegExp>', flags: '' });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

describe('regular expressions of src/text', () => {
  const all = literals();
  it('are all literals, and there are some to check', () => {
    expect(all.length).toBeGreaterThan(10);
    expect(all.filter((r) => r.source === '<dynamic RegExp>')).toEqual([]);
  });
  it.each(all)(
    '$source is safe',
    async ({ source, flags }) => {
      // No wall-clock limits inside the check (test/setup/recheck.ts says why).
      const result = await check(source, flags, RECHECK_OPTIONS);
      expect(result.status).toBe('safe');
    },
    60_000,
  );
});
