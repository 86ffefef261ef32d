// Every ```ts block in docs/*.md, in the root README and in each package README runs here, as
// written, as its own module: a doc reader never meets an example that does not run.

import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const out = join(here, '.blocks');

const sources = [
  ...readdirSync(here)
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(here, f)),
  join(root, 'README.md'),
  ...readdirSync(join(root, 'packages')).map((p) => join(root, 'packages', p, 'README.md')),
].filter((file) => {
  try {
    readFileSync(file);
    return true;
  } catch {
    return false;
  }
});

/** The ```ts blocks of a Markdown file, with the line each starts on. */
export function tsBlocks(markdown: string): { line: number; code: string }[] {
  const blocks: { line: number; code: string }[] = [];
  const lines = markdown.split('\n');
  let open: { line: number; body: string[] } | undefined;
  lines.forEach((text, i) => {
    if (open) {
      if (/^\s*```\s*$/.test(text)) {
        blocks.push({ line: open.line, code: open.body.join('\n') });
        open = undefined;
      } else open.body.push(text);
    } else if (/^\s*```(ts|typescript)\s*$/.test(text)) {
      open = { line: i + 1, body: [] };
    }
  });
  return blocks;
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const cases = sources.flatMap((file) => {
  const name = relative(root, file);
  const slug = name.replaceAll(/[^a-z0-9]+/gi, '-');
  return tsBlocks(readFileSync(file, 'utf8')).map((block, i) => {
    const path = join(out, `${slug}-${i + 1}.ts`);
    writeFileSync(path, `${block.code}\nexport {};\n`);
    return { label: `${name}:${block.line}`, path };
  });
});

describe('documentation code blocks', () => {
  it('finds the guides', () => {
    expect(sources.map((s) => basename(s))).toContain('core.md');
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)('$label runs', async ({ path }) => {
    await import(pathToFileURL(path).href);
  });

  it('every block type-checks as a reader would paste it into a strict project', () => {
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    try {
      execFileSync(process.execPath, [tsc, '-p', join(here, 'tsconfig.blocks.json')], {
        encoding: 'utf8',
      });
    } catch (error) {
      const out = (error as { stdout?: string }).stdout ?? String(error);
      expect.fail(`doc blocks do not type-check:\n${out}`);
    }
  }, 120_000);
});

describe('every runtime export is documented in its guide', () => {
  const packages = readdirSync(join(root, 'packages')).filter((p) => {
    try {
      readFileSync(join(here, `${p}.md`));
      return true;
    } catch {
      return false;
    }
  });

  it.each(packages)('@meridian-cx/%s', async (name) => {
    const mod = (await import(`@meridian-cx/${name}`)) as Record<string, unknown>;
    let text = readFileSync(join(here, `${name}.md`), 'utf8');
    try {
      text += readFileSync(join(root, 'packages', name, 'README.md'), 'utf8');
    } catch {
      // a guide alone is enough
    }
    expect(Object.keys(mod).length).toBeGreaterThan(3);
    const missing = Object.keys(mod).filter((key) => !new RegExp(`\\b${key}\\b`).test(text));
    expect(missing, `exports of @meridian-cx/${name} not named in docs/${name}.md`).toEqual([]);
  });
});
