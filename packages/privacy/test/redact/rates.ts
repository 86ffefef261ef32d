// What the rate tests share (moreIds2Rates, moreIds3Rates, moreIds4Rates, moreIds5Rates,
// bankAccountsRates, nubanRates, labelGapsRates, idGapsRates): a fixed stream of random strings and how many of them redact takes.
import { redact } from '@meridian-cx/privacy';

// mulberry32: a fixed stream of strings on every platform.
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** `count` strings of `pattern`: "d" a digit, "L" a capital letter, anything else as it is. */
export function strings(pattern: string, count = 2_000): string[] {
  const next = random(20261204);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = '';
    for (const p of pattern)
      s +=
        p === 'd'
          ? String(Math.floor(next() * 10))
          : p === 'L'
            ? LETTERS.charAt(Math.floor(next() * 26))
            : p;
    out.push(s);
  }
  return out;
}

/** `count` strings, each character drawn from its position's alphabet (`alphabets[i]`). */
export function stringsOf(alphabets: readonly string[], count: number): string[] {
  const next = random(20261204);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = '';
    for (const a of alphabets) s += a.charAt(Math.floor(next() * a.length));
    out.push(s);
  }
  return out;
}

/** How many of `texts` redact takes as `type` in `locale`. */
export function taken(type: string, texts: readonly string[], locale: string): number {
  let n = 0;
  for (const text of texts) if (redact(text, { locale }).findings.some((f) => f.type === type)) n++;
  return n;
}

/**
 * How many of `texts` redact takes as `type`, bare and after `label` (with a space), at home
 * (`locale`) and in en-US: [home bare, home labelled, en-US bare, en-US labelled].
 */
export function takenHomeAndAway(
  type: string,
  texts: readonly string[],
  label: string,
  locale: string,
): [number, number, number, number] {
  const labelled = texts.map((s) => `${label} ${s}`);
  return [
    taken(type, texts, locale),
    taken(type, labelled, locale),
    taken(type, texts, 'en-US'),
    taken(type, labelled, 'en-US'),
  ];
}
