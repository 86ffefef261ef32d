// The redact bench's messages and transcripts, shared by redact.bench.ts and tools/workloads.ts
// (`transcripts SEED EVERY`) so that the instruction count of a transcript workload measures the
// very texts whose CPU ratio the bench prints.
import { generateCorpus } from '../packages/privacy/test/redact/corpus/index.js';
import { SENTENCES } from '../packages/tone/test/text/sentences.js';

/** A text to redact and the locale it is redacted in. */
export type Message = { text: string; locale: string };

// Turns that carry no data, for the transcripts below: the text bench's customer-service sentences
// (written for this project) in each corpus language, and these in English.
/** English turns that carry no data (the plain turns of an English transcript). */
export const PLAIN_EN = [
  'Thanks for getting in touch, I am looking into it now.',
  'Could you tell me a little more about what happened?',
  'I am sorry for the trouble this has caused you.',
  'Let me check with the warehouse and come back to you.',
  'Is there anything else I can help you with today?',
  'Thank you, that was quick!',
];

/**
 * Labelled corpus messages (600 a seed, seeds from `firstSeed` up) until `target` characters,
 * each text flat, as a message parsed from a help desk's JSON or read from a socket arrives: the
 * generator builds each text by concatenation, and V8 keeps such a string as a tree that every
 * character read walks (6.3% of redact's instructions on the corpus, T26c, valgrind; redact-pii's
 * regular expressions flatten it once).
 */
export function benchMessages(target: number, firstSeed = 1): Message[] {
  const messages: Message[] = [];
  let size = 0;
  for (let seed = firstSeed; size < target; seed++) {
    for (const m of generateCorpus(seed, 600)) {
      messages.push({ text: JSON.parse(JSON.stringify(m.text)) as string, locale: m.locale });
      size += m.text.length;
      if (size >= target) break;
    }
  }
  return messages;
}

/**
 * Conversations in which one turn in `every` is a labelled corpus message (data and look-alikes)
 * and the others are plain turns in its language, until `size` characters.
 */
export function transcripts(labelled: readonly Message[], every: number, size: number): Message[] {
  const out: Message[] = [];
  let chars = 0;
  let k = 0;
  for (let n = 0; chars < size; n++) {
    const m = labelled[n % labelled.length] as Message;
    const lang = m.locale.slice(0, 2);
    const plain = lang === 'en' ? PLAIN_EN : (SENTENCES[lang] ?? PLAIN_EN);
    out.push(m);
    chars += m.text.length;
    for (let t = 1; t < every && chars < size; t++) {
      const text = plain[k++ % plain.length] as string;
      out.push({ text, locale: m.locale });
      chars += text.length;
    }
  }
  return out;
}

/**
 * The bench's mix of `size` characters where one turn in `every` carries data, or none does
 * (`every` infinite: the plain turns of the first labelled message's language, that message left
 * out).
 */
export function transcriptMix(
  labelled: readonly Message[],
  every: number,
  size: number,
): Message[] {
  return Number.isFinite(every)
    ? transcripts(labelled, every, size)
    : transcripts(labelled, 1_000_000, size).slice(1);
}
