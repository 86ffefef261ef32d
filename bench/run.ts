// Runs every bench/*.bench.ts in turn, or the ones named: `pnpm bench core returns`.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.includes(f.replace('.bench.ts', '')))
  .sort();

for (const file of files) {
  const mod = (await import(join(here, file))) as { default: () => Promise<void> };
  await mod.default();
}
