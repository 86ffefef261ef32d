#!/usr/bin/env bash
# Instructions a workload of workloads.ts costs, counted by valgrind (every thread, V8's compiler
# included), with its output hash: `bench/tools/instructions.sh redact 1` or `... text 11`.
# Run it on both trees of a change; compare the counts (not times) and check the hashes agree.
# --predictable keeps V8 on one thread (no concurrent compiler or GC racing the workload): at load 12
# two runs of one tree then differ by ~0.2%, where without it they differed by 4%.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$(mktemp -d)"
"$here/../../node_modules/.bin/esbuild" "$here/workloads.ts" --bundle --platform=node --format=cjs \
  --conditions=@meridian-cx/source --log-level=error --outfile="$out/w.cjs"
valgrind --tool=callgrind --callgrind-out-file=/dev/null --smc-check=all-non-file \
  node --predictable --hash-seed=1 --random-seed=1 "$out/w.cjs" "$@" 2> "$out/vg.log"
grep -o 'refs: *[0-9,]*' "$out/vg.log" | tr -d ', ' | sed 's/refs:/instructions: /'
rm -rf "$out"
