#!/usr/bin/env bash
# Instructions of ONE pass of a workload of workloads.ts after WARM passes (3 unless given), counted
# by callgrind with its collection switched on for that pass alone (callgrind_control -i): start-up,
# corpus generation and the warm passes are not counted at all. warm.sh's (3 passes - 1) / 2 still
# counts TurboFan compiling in passes 2-3 (37% of its "warm pass" in T64d's map, session 45) and
# moves where V8 compiles or collects; this count repeated to 0.0001% on one tree (T64b's harness,
# session 45, made a tool here). Usage: `bench/tools/hotPass.sh redact 1 [WARM]`, `... text 11`,
# or `... transcripts 1 EVERY [WARM] [CORPUS]` (EVERY 3, 10, ... or none: the redact bench's
# transcripts; CORPUS passes over their labelled messages first, as the bench runs its corpus first).
# KEEP_CG=PATH keeps that pass's callgrind file at PATH, V8's perf map at PATH.map and the bundle
# at PATH.cjs: `npx tsx bench/tools/warmProfile.ts --hot PATH PATH.map PATH.cjs` reads it by
# function, `--hot-diff` two of them (two trees). With KEEP_CG node runs with --perf-basic-prof and
# callgrind keeps each instruction's address: the count can differ from a run without it.
# The default 3 warm passes leave TurboFan compiling in the counted pass (--predictable compiles on
# the main thread): redact 1 counts 966.8M after 3, 794.2M after 8 (of which V8's compiler 40.2M),
# on main a5fd4ab8; the redact bench's median rounds come after ~76,000 messages, compiled by then
# (T66b, redact.bench.ts's header): `hotPass.sh redact 1 8` is the closer count of what it times.
# A line before the count gives the count under V8's optimising compiler (Runtime_CompileOptimized,
# inclusive) and the count outside it: 57.5M and 568.8M of redact 1 8's 626.4M on main ceda6fe1
# (13.5M and 563.3M of 576.9M after 16 warm passes, with KEEP_CG): quote a change's figure from
# outside it.
# NODE_EXTRA="--print-opt-code --print-opt-code-filter=NAME" with KEEP_CG: lineProfile.py reads
# one optimised function's count by line.
# `... text 11 3 12` (FRESH, text only): the counted pass reads seed 12's messages, which the warm
# passes never met (the plain hot pass meets messages its memos already hold).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
workload="${1:-redact}"
seed="${2:-1}"
if [ "$workload" = transcripts ]; then
  every="${3:-3}"
  warm="${4:-3}"
  args=("$workload" "$seed" "$every" "$((warm + 1))" "${5:-0}")
else
  warm="${3:-3}"
  args=("$workload" "$seed" "$((warm + 1))")
  if [ "$workload" = text ] && [ -n "${4:-}" ]; then args+=("$4"); fi
fi
case "$warm" in '' | *[!0-9]*) echo "hotPass.sh: WARM is a whole number, not '$warm'" >&2; exit 2 ;; esac
out="$(mktemp -d)"
"$here/../../node_modules/.bin/esbuild" "$here/workloads.ts" --bundle --platform=node --format=cjs \
  --conditions=@meridian-cx/source --log-level=error --outfile="$out/w.cjs"
keep=()
node_flags=(--predictable --hash-seed=1 --random-seed=1)
# NODE_EXTRA: more flags for node, word-split (lineProfile.py's --print-opt-code).
if [ -n "${NODE_EXTRA:-}" ]; then read -r -a extra <<< "$NODE_EXTRA"; node_flags+=("${extra[@]}"); fi
if [ -n "${KEEP_CG:-}" ]; then
  keep=(--dump-instr=yes --compress-pos=no --compress-strings=no)
  node_flags+=(--perf-basic-prof --logfile="$out/v8.log")
fi
HOT_PASS_DIR="$out" valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file="$out/cg" \
  "${keep[@]}" --smc-check=all-non-file node "${node_flags[@]}" "$out/w.cjs" \
  "${args[@]}" > "$out/stdout" 2> "$out/vg.log" &
pid=$!
while [ ! -e "$out/ready" ]; do
  if ! kill -0 "$pid" 2> /dev/null; then cat "$out/stdout" "$out/vg.log" >&2; rm -rf "$out"; exit 1; fi
  sleep 1
done
callgrind_control -i on "$pid" > /dev/null
touch "$out/go"
while [ ! -e "$out/done" ]; do sleep 1; done
callgrind_control -i off "$pid" > /dev/null
touch "$out/stop"
wait "$pid"
cat "$out/stdout"
total="$(grep -o 'refs: *[0-9,]*' "$out/vg.log" | tr -d ', ' | sed 's/refs://')"
# What tiers up inside the counted pass moves with changes anywhere (V56d: 6.9M of work taken out
# of redact 1 8 moved the pass 25.1M, 18.2M of it compiling): a change's own figure is the count
# outside V8's optimising compiler, Runtime_CompileOptimized's inclusive count taken off.
compile="$( (callgrind_annotate --inclusive=yes "$out/cg" 2> /dev/null || true) |
  grep -m1 'Runtime_CompileOptimized' | awk '{print $1}' | tr -d , || true)"
echo "V8's optimising compiler: ${compile:-0}; outside it: $((total - ${compile:-0})) (of the hot pass below)"
echo "hot pass (after $warm warm): $total"
if [ -n "${KEEP_CG:-}" ]; then
  cp "$out/cg" "$KEEP_CG"
  mv "/tmp/perf-$(grep -o '^==[0-9]*==' "$out/vg.log" | head -1 | tr -d =).map" "$KEEP_CG.map"
  cp "$out/w.cjs" "$KEEP_CG.cjs"
fi
rm -rf "$out"
