// Options for recheck (the ReDoS checker) in every package's pattern test. Its verdict must not
// depend on the machine's load: its fuzzer stops an attack string, an incubation or a seeding
// after a wall-clock limit (1 s, 250 ms, 100 ms), and an attack that runs past its limit counts as
// found, so a loaded two-core machine running the whole suite saw a safe pattern called
// vulnerable (card.ts's line-break pattern, 2026-12-02). Without the clocks it counts steps only
// (attackLimit, incubationLimit, seedingLimit) from a fixed seed: the same verdict on any machine.
// The whole check keeps a limit well inside the tests' 60 s.
export const RECHECK_OPTIONS = {
  timeout: 50_000,
  attackTimeout: null,
  incubationTimeout: null,
  seedingTimeout: null,
  recallTimeout: -1,
  randomSeed: 0,
} as const;
