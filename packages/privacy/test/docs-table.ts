// Generates the regime table and the disagreements in docs/privacy.md from the data:
//   npx tsx --conditions=@meridian-cx/source packages/privacy/test/docs-table.ts --write
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REGIMES, regimeTable } from '@meridian-cx/privacy';

export const DOC = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'docs',
  'privacy.md',
);
const BEGIN = '<!-- regime-table:begin -->';
const END = '<!-- regime-table:end -->';

/** The generated block: the table, then every recorded disagreement with its sources. */
export function generatedBlock(): string {
  const disagreements = REGIMES.flatMap((r) =>
    r.disagreements.map(
      (d) =>
        `- **${r.short}: ${d.topic}**\n${d.readings.map((x) => `  - ${x.says} — [${x.provenance.source.title}](${x.provenance.source.url}), ${x.provenance.source.pinpoint ?? ''} (as of ${x.provenance.asOf})`).join('\n')}`,
    ),
  );
  return `${BEGIN}\n${regimeTable()}\n\n### Known disagreements between sources\n\n${disagreements.join('\n')}\n${END}`;
}

/** The block as it stands in the guide. */
export function currentBlock(markdown: string): string {
  const a = markdown.indexOf(BEGIN);
  const b = markdown.indexOf(END);
  return markdown.slice(a, b + END.length);
}

if (process.argv.includes('--write')) {
  const md = readFileSync(DOC, 'utf8');
  writeFileSync(DOC, md.replace(currentBlock(md), generatedBlock()));
}
