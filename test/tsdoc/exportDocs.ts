// What the TSDoc test reads: every public entry of every package (the exports maps), each export
// followed through its re-exports to its declaration, and what that declaration's TSDoc lacks.
import { join, relative } from 'node:path';
import ts from 'typescript';
import { root, workspaceDirs } from '../workspace.js';
import { bumped, compareVersions, parseVersion, pendingBumps } from './release.js';

/**
 * A public entry: `@meridian-cx/tone/text`, the source file behind it, and the version its
 * package's next release will carry (no `@since` may name a later one).
 */
export type Entry = { name: string; file: string; release: string };

/** Every entry of every package, read from the `@meridian-cx/source` condition of its exports. */
export function publicEntries(): Entry[] {
  const bumps = pendingBumps();
  return workspaceDirs('packages').flatMap(({ dir, pkg }) => {
    const release = bumped((pkg as { version?: string }).version ?? '0.0.0', bumps.get(pkg.name));
    return Object.entries(pkg.exports ?? {}).flatMap(([key, target]) => {
      const source = (target as Record<string, unknown>)['@meridian-cx/source'];
      if (typeof source !== 'string') return []; // ./package.json
      const name = key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`;
      return [{ name, file: join(dir, source), release }];
    });
  });
}

/** The node whose leading comment documents a declaration (a statement for a variable). */
function documentedNode(decl: ts.Declaration): ts.Node {
  let node: ts.Node = decl;
  // `export const { fail } = …` and `export const x = …`: the comment sits on the statement.
  while (
    ts.isBindingElement(node) ||
    ts.isObjectBindingPattern(node) ||
    ts.isArrayBindingPattern(node)
  ) {
    node = node.parent;
  }
  if (ts.isVariableDeclaration(node) && ts.isVariableDeclarationList(node.parent)) {
    return node.parent.parent;
  }
  return node;
}

/** A declaration's TSDoc: the doc comment nearest to it (an earlier one is a comment). */
function tsDocOf(decl: ts.Declaration): ts.JSDoc | undefined {
  const node = documentedNode(decl);
  return ((node as { jsDoc?: ts.JSDoc[] }).jsDoc ?? []).filter(ts.isJSDoc).at(-1);
}

function text(comment: ts.JSDoc['comment']): string {
  if (comment === undefined) return '';
  return typeof comment === 'string' ? comment : comment.map((c) => c.text).join('');
}

const isFromDependency = (decl: ts.Declaration) =>
  decl.getSourceFile().fileName.includes('/node_modules/');

/** What one export's TSDoc lacks, as words ('summary', '@param input', '@example'…). */
function lacks(
  checker: ts.TypeChecker,
  symbol: ts.Symbol,
  decls: ts.Declaration[],
  release: string,
): string[] {
  const missing = sinceProblems(decls, release);
  return missing.concat(functionLacks(checker, symbol, decls));
}

/** A `@since` that is not a version, or names one after the package's next release. */
function sinceProblems(decls: ts.Declaration[], release: string): string[] {
  const tags = decls
    .flatMap((d) => tsDocOf(d)?.tags ?? [])
    .filter((t) => t.tagName.text === 'since');
  return tags.flatMap((t) => {
    const version = text(t.comment).trim();
    if (!parseVersion(version)) return [`@since "${version}" is not a version`];
    return compareVersions(version, release) > 0
      ? [`@since ${version} is after the next release ${release}`]
      : [];
  });
}

/** What a function's TSDoc lacks (nothing for other exports once they have a summary). */
function functionLacks(
  checker: ts.TypeChecker,
  symbol: ts.Symbol,
  decls: ts.Declaration[],
): string[] {
  // Overloads: the first one with a summary is what an editor shows (a later `@deprecated` one
  // may carry only that tag).
  const decl = decls.find((d) => text(tsDocOf(d)?.comment).trim() !== '');
  const doc = decl && tsDocOf(decl);
  if (!decl || !doc) return ['summary'];
  const missing: string[] = [];
  const tags = doc.tags ?? [];
  const isValue = (symbol.flags & ts.SymbolFlags.Value) !== 0;
  if (!isValue || (symbol.flags & ts.SymbolFlags.Class) !== 0) return missing;
  const type = checker.getTypeOfSymbolAtLocation(symbol, decl);
  if (type.getConstructSignatures().length > 0) return missing;
  const signature = ts.isFunctionDeclaration(decl)
    ? checker.getSignatureFromDeclaration(decl)
    : type.getCallSignatures()[0];
  if (!signature) return missing;
  // A function: each parameter named, what it returns, an example and the version it came in.
  const named = new Set(
    tags.flatMap((t) => (ts.isJSDocParameterTag(t) ? [t.name.getText().replace(/\..*$/, '')] : [])),
  );
  let unnamed = [...named];
  for (const p of signature.getParameters()) {
    if (p.name.startsWith('__')) {
      // A destructured parameter: any @param not naming another parameter documents it.
      if (unnamed.length === 0) missing.push(`@param (destructured #${p.name.slice(2)})`);
      unnamed = unnamed.slice(1);
    } else if (!named.has(p.name)) missing.push(`@param ${p.name}`);
    else unnamed = unnamed.filter((n) => n !== p.name);
  }
  const returns = checker.getReturnTypeOfSignature(signature);
  const returnsNothing = (returns.flags & (ts.TypeFlags.Void | ts.TypeFlags.Never)) !== 0;
  if (!returnsNothing && !tags.some((t) => ['returns', 'return'].includes(t.tagName.text))) {
    missing.push('@returns');
  }
  if (!tags.some((t) => t.tagName.text === 'example')) missing.push('@example');
  if (!tags.some((t) => t.tagName.text === 'since')) missing.push('@since');
  return missing;
}

/**
 * One line per export of a public entry whose TSDoc lacks something:
 * `@meridian-cx/tickets ticketsMessage: summary (packages/tickets/src/failures.ts)`.
 */
export function undocumentedExports(entries: readonly Entry[] = publicEntries()): string[] {
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  // One program for every entry: the packages share core and zod, which are read once.
  const program = ts.createProgram(
    entries.map((e) => e.file),
    { ...options, noEmit: true },
  );
  const checker = program.getTypeChecker();
  const out: string[] = [];
  for (const entry of entries) {
    const source = program.getSourceFile(entry.file);
    const module = source && checker.getSymbolAtLocation(source);
    if (!module) {
      out.push(`${entry.name}: entry ${relative(root, entry.file)} not found`);
      continue;
    }
    for (const exported of checker.getExportsOfModule(module)) {
      const symbol =
        exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const decls = (symbol.declarations ?? []).filter((d) => !isFromDependency(d));
      if (decls.length === 0) continue; // a dependency's export passed on: its docs are its own
      // A name that is both a value and a type (`const X` and `type X`): each documented.
      const values = decls.filter(
        (d) => !ts.isTypeAliasDeclaration(d) && !ts.isInterfaceDeclaration(d),
      );
      const types = decls.filter(
        (d) => ts.isTypeAliasDeclaration(d) || ts.isInterfaceDeclaration(d),
      );
      const groups = values.length > 0 && types.length > 0 ? [values, types] : [decls];
      for (const group of groups) {
        const missing = lacks(checker, symbol, group, entry.release);
        if (group === types && group !== decls && missing.includes('summary')) {
          missing.splice(0, missing.length, 'summary of the type');
        }
        if (missing.length === 0) continue;
        const at = relative(root, (group[0] as ts.Declaration).getSourceFile().fileName);
        out.push(`${entry.name} ${exported.name}: ${missing.join(', ')} (${at})`);
      }
    }
  }
  return out.sort();
}
