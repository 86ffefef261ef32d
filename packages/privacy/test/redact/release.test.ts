// Nothing of a transcript outlives the redact() call that read it (release.ts): a child process
// redacts messages that carry a random marker, drops them, and looks for the marker in a heap
// snapshot (V8 collects garbage before it writes one). A marker kept on purpose shows the search
// finds what is there. Before release.ts the last call's context stayed in five module caches
// (the digit runs, a table's text, the claims, the label windows, the phone labels), and the
// spoken recognizers' reading until their next call: the snapshot held the whole transcript.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The child: `node child.mjs SCENARIO…` prints, per scenario, whether the marker of its calls and
// the one kept on purpose are in the heap after them.
const CHILD = `
import { randomBytes } from 'node:crypto';
import { getHeapSnapshot } from 'node:v8';
import { defineRecognizer, redact, spokenNumberRecognizers } from '@meridian-cx/privacy';

// The marker lives in a Buffer (outside the JavaScript heap) between the calls and the search.
const mark = () => Buffer.from('zq' + randomBytes(8).toString('hex'), 'latin1');
// A custom recognizer that redacts a plain turn (no digit, "@" or ":") inside the call that runs it:
// redact answers that turn at once and lets nothing go for it (redact.ts readNothing), and the
// call around it must still let go of its own reading.
const nested = defineRecognizer({
  id: 'nested',
  type: 'custom',
  placeholder: '[CUSTOM]',
  find: () => {
    redact('Dziękuję, do widzenia', { locale: 'pl-PL' });
    return [];
  },
});
const failing = defineRecognizer({
  id: 'failing',
  type: 'custom',
  placeholder: '[CUSTOM]',
  find: () => {
    throw new Error('broken');
  },
});

function calls(scenario, m) {
  const w = m.toString('latin1');
  const table = 'Telefon;Imię\\n600123456;' + w + '\\nKarta 4111 1111 1111 1111, jan.' + w + '@example.com';
  const wrapped = 'Tel. 600 123\\n456 ' + w + ' zamówienie 558812449';
  const spoken = 'call six zero zero one two three four five six ' + w;
  if (scenario === 'built-in') {
    redact(table, { locale: 'pl-PL' });
    redact(wrapped, { locale: 'pl-PL' });
  } else if (scenario === 'spoken') {
    redact(spoken, { locale: 'en-GB', recognizers: spokenNumberRecognizers });
  } else if (scenario === 'spoken, then built-in') {
    redact(spoken, { locale: 'en-GB', recognizers: spokenNumberRecognizers });
    redact('Tel. 600 123 456', { locale: 'pl-PL' });
  } else if (scenario === 'a recognizer throws') {
    try {
      redact(table, { locale: 'pl-PL', recognizers: [failing] });
    } catch {}
  } else if (scenario === 'a plain turn, then built-in') {
    redact('Dziękuję, do widzenia', { locale: 'pl-PL' });
    redact(table, { locale: 'pl-PL' });
  } else if (scenario === 'a plain turn inside a call') {
    redact(table, { locale: 'pl-PL', recognizers: [nested] });
  } else if (scenario === 'pseudonymise') {
    redact(table, { locale: 'pl-PL', mode: 'pseudonymise' });
  }
}

// Each scenario, one after the other, then a snapshot: what the scenario's last call kept.
const heaps = {};
for (const scenario of process.argv.slice(2)) {
  const used = mark();
  const kept = mark();
  calls(scenario, used);
  const held = { text: 'kept on purpose ' + kept.toString('latin1') };
  const chunks = [];
  for await (const chunk of getHeapSnapshot()) chunks.push(chunk);
  const heap = Buffer.concat(chunks);
  heaps[scenario] = { used: heap.includes(used), kept: heap.includes(kept), n: held.text.length };
}
console.log(JSON.stringify(heaps));
`;

const SCENARIOS = [
  'built-in',
  'spoken',
  'spoken, then built-in',
  'a recognizer throws',
  'a plain turn, then built-in',
  'a plain turn inside a call',
  'pseudonymise',
];
let dir = '';
let heaps: Record<string, { used: boolean; kept: boolean }> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'meridian-release-'));
  const child = join(dir, 'child.mjs');
  const result = await build({
    stdin: {
      contents: CHILD,
      resolveDir: fileURLToPath(new URL('.', import.meta.url)),
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    conditions: ['@meridian-cx/source'],
    write: false,
    logLevel: 'silent',
  });
  writeFileSync(child, result.outputFiles[0]?.text ?? '');
  heaps = JSON.parse(execFileSync(process.execPath, [child, ...SCENARIOS], { encoding: 'utf8' }));
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('redact keeps nothing of a transcript after it returns', () => {
  it.each(SCENARIOS)('%s: the marker is gone from the heap', (scenario) => {
    const heap = heaps[scenario];
    // The search finds a marker that is there: the test could fail.
    expect(heap?.kept).toBe(true);
    expect(heap?.used).toBe(false);
  });
});
