// The Meridian tour: one realistic day at a global shop's support desk, composed from the
// packages. Each package contributes a section in ./sections, run in the order of its prefix.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

type Section = { title: string; default: () => string | Promise<string> };

const dir = join(dirname(fileURLToPath(import.meta.url)), 'sections');
const files = readdirSync(dir)
  .filter((f) => /^\d+-.+\.ts$/.test(f))
  .sort();

const rule = '─'.repeat(78);
console.log(rule);
console.log(' Meridian tour: global customer service, one package at a time');
console.log(' "now" is fixed at 2026-03-02T10:00:00Z so the tour reads the same every run.');
console.log(rule);
for (const file of files) {
  const section = (await import(join(dir, file))) as Section;
  console.log(`\n▌ ${section.title}\n`);
  console.log(await section.default());
}
console.log(`\n${rule}`);
