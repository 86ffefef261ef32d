#!/usr/bin/env bash
# Instructions of ONE pass of a workload of workloads.ts after WARM passes (3 unless given), counted
# by callgrind with its collection switched on for that pass alone (callgrind_control -i): start-up,
# corpus generation and the warm passes are not counted at all. warm.sh's (3 passes - 1) / 2 still
# counts TurboFan compiling in passes 2-3 (37% of its "warm pass" in T64d's map, session 45) and
# moves where V8 compiles or collects; this count repeated to 0.0001% on one tree (T64b's harness,
# session 45, made a tool here). Usage: `bench/tools/hotPass.sh redact 1 [WARM]` or `... text 11`;
# `... text 11 3 12`: the counted pass reads seed 12's messages, which the warm passes never met.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
workload="${1:-redact}"
seed="${2:-1}"
warm="${3:-3}"
fresh="${4:-}"
out="$(mktemp -d)"
"$here/../../node_modules/.bin/esbuild" "$here/workloads.ts" --bundle --platform=node --format=cjs \
  --conditions=@meridian-cx/source --log-level=error --outfile="$out/w.cjs"
HOT_PASS_DIR="$out" valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file="$out/cg" \
  --smc-check=all-non-file node --predictable --hash-seed=1 --random-seed=1 "$out/w.cjs" \
  "$workload" "$seed" "$((warm + 1))" $fresh > "$out/stdout" 2> "$out/vg.log" &
pid=$!
while [ ! -e "$out/ready" ]; do sleep 1; done
callgrind_control -i on "$pid" > /dev/null
touch "$out/go"
while [ ! -e "$out/done" ]; do sleep 1; done
callgrind_control -i off "$pid" > /dev/null
touch "$out/stop"
wait "$pid"
cat "$out/stdout"
echo "hot pass (after $warm warm): $(grep -o 'refs: *[0-9,]*' "$out/vg.log" | tr -d ', ' | sed 's/refs://')"
rm -rf "$out"
