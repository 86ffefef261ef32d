#!/usr/bin/env bash
# A warm pass of redact by function, in instructions (warmProfile.ts): the two callgrind runs of
# warm.sh (1 and 3 passes of seed SEED, side by side) with each instruction's address kept and
# V8's JIT code mapped (--perf-basic-prof). Usage: `bench/tools/warmProfile.sh [SEED] [TOP]`
# (~3x the time of warm.sh: callgrind's per-instruction counts). Not run in CI.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
seed="${1:-1}"
top="${2:-40}"
out="$(mktemp -d)"
"$here/../../node_modules/.bin/esbuild" "$here/workloads.ts" --bundle --platform=node --format=cjs \
  --conditions=@meridian-cx/source --log-level=error --outfile="$out/w.cjs"
run() {
  valgrind --tool=callgrind --dump-instr=yes --compress-pos=no --compress-strings=no \
    --callgrind-out-file="$out/cg$1.out" --smc-check=all-non-file \
    node --perf-basic-prof --predictable --hash-seed=1 --random-seed=1 "$out/w.cjs" redact "$seed" "$1" \
    > "$out/run$1.txt" 2> "$out/vg$1.log"
  local pid
  pid="$(grep -o '^==[0-9]*==' "$out/vg$1.log" | head -1 | tr -d =)"
  mv "/tmp/perf-$pid.map" "$out/perf$1.map"
}
run 1 &
run 3 &
wait
cat "$out/run3.txt"
npx tsx "$here/warmProfile.ts" "$out/cg1.out" "$out/perf1.map" "$out/cg3.out" "$out/perf3.map" \
  "$out/w.cjs" "$top"
rm -rf "$out"
