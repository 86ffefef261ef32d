// No regular expression of the redaction code can backtrack catastrophically: every regex literal
// in src/redact is found through the TypeScript syntax tree and checked with recheck (automaton
// and fuzz checkers). A pattern built at run time would escape the check, so there must be none,
// with one named exception: phoneValidity.ts compiles libphonenumber-js's metadata patterns (the
// library runs the very same patterns on every number it parses) and reads with them only bare
// numbers of at most 22 characters, so their time is bounded whatever they are; and iban.ts
// compiles ibantools' BBAN pattern of each country once (ibantools' isValidBBAN compiles the same
// pattern on every call) and reads with it only a BBAN of that country's fixed length (at most 30
// characters); those patterns are checked here too.
const RUNTIME_PATTERNS_ALLOWED = ['recognizers/phoneValidity.ts', 'recognizers/iban.ts'];

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countrySpecs } from 'ibantools';
import { check } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { RECHECK_OPTIONS } from '../../../../test/setup/recheck.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../src/redact');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

type Found = { file: string; source: string; flags: string };

function patterns(): { literals: Found[]; dynamic: string[] } {
  const literals: Found[] = [];
  const dynamic: string[] = [];
  for (const file of files(root)) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const cut = text.lastIndexOf('/');
        literals.push({ file, source: text.slice(1, cut), flags: text.slice(cut + 1) });
      }
      if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp' &&
        !RUNTIME_PATTERNS_ALLOWED.some((allowed) => file.endsWith(allowed))
      ) {
        dynamic.push(`${file}: ${node.getText(sf)}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { literals, dynamic };
}

describe('every pattern of the redaction code', () => {
  const { literals, dynamic } = patterns();

  it('is a literal the check can see (no RegExp built at run time)', () => {
    expect(literals.length).toBeGreaterThan(10);
    expect(dynamic).toEqual([]);
  });

  it.each(literals.map((p) => [`/${p.source}/${p.flags}`, p] as const))(
    '%s is safe from ReDoS (recheck)',
    async (_, p) => {
      // The g flag changes nothing about backtracking; recheck takes the others.
      const result = await check(p.source, p.flags.replace('g', ''), RECHECK_OPTIONS);
      expect(result.status, `${p.file}: ${JSON.stringify(result)}`).toBe('safe');
    },
    60_000,
  );
});

describe("ibantools' BBAN patterns, which iban.ts compiles", () => {
  const formats = [
    ...new Set(
      Object.values(countrySpecs).flatMap((spec) => (spec.bban_regexp ? [spec.bban_regexp] : [])),
    ),
  ];

  it.each(formats.map((f) => [f] as const))(
    '/%s/ is safe from ReDoS (recheck)',
    async (format) => {
      const result = await check(format, '', RECHECK_OPTIONS);
      expect(result.status, JSON.stringify(result)).toBe('safe');
    },
    60_000,
  );
});
