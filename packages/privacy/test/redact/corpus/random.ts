// A seeded generator (mulberry32) and the helpers the corpus draws with: every run of a seed
// produces the same corpus.
export type Rng = {
  readonly next: () => number;
  readonly int: (min: number, max: number) => number;
  readonly pick: <T>(xs: readonly T[]) => T;
  readonly chance: (p: number) => boolean;
  readonly digits: (n: number) => string;
};

export function rng(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T,
    chance: (p: number) => next() < p,
    digits: (n: number) => Array.from({ length: n }, () => String(int(0, 9))).join(''),
  };
}

const SCRIPTS = {
  latin: 0x30,
  persian: 0x06f0,
  arabic: 0x0660,
  devanagari: 0x0966,
  fullwidth: 0xff10,
};
export type DigitScript = keyof typeof SCRIPTS;

/** `text` with its ASCII digits written in `script`. */
export function inScript(text: string, script: DigitScript): string {
  const zero = SCRIPTS[script];
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(zero + Number(d)));
}
