// Run by primeFeedback.test.ts in a process of its own, under `node --trace-deopt`: repairText
// over a stream of never-seen messages (neverSeen.ts), a message at a time, as a pipeline calls it.
// The parent reads V8's trace for the functions whose compiled code was thrown away. argv: how
// many bytes of messages.
import { repairText } from '../../src/text/repairText.js';
import { neverSeenMessages } from './neverSeen.js';

// A fixed sequence in [0, 1), as neverSeen.test.ts draws its stream.
let x = 20_261_205;
const next = (): number => {
  x = (x * 16_807) % 2_147_483_647;
  return x / 2_147_483_647;
};
for (const m of neverSeenMessages(Number(process.argv[2] ?? 200_000), next)) repairText(m.text);
